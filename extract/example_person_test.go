package extract_test

import (
	"fmt"
	"strings"

	"github.com/zhfacts/zhfacts/extract"
)

func ExampleExtractor_Extract_people() {
	x, _ := extract.New(extract.WithDimensions(extract.People))
	r := x.Extract("自治区党委书记、人大常委会主任李邑飞出席会议并讲话。李邑飞指出，要坚持问题导向。(记者 马晓芳 陈瑶)")
	for _, p := range r.Persons {
		fmt.Println(p.Name, len(p.Mentions))
	}
	for _, t := range r.Titles {
		fmt.Printf("%s (%s): %s\n", t.Text, t.Full, strings.Join(t.Holders, ", "))
	}
	// Output:
	// 李邑飞 2
	// 马晓芳 1
	// 陈瑶 1
	// 自治区党委书记 (自治区党委书记): 李邑飞
	// 人大常委会主任 (自治区人大常委会主任): 李邑飞
	// 记者 (记者): 马晓芳, 陈瑶
}
