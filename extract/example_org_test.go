package extract

import "fmt"

func ExampleExtractor_Extract_organizations() {
	x, _ := New(WithDimensions(Organizations | Places))
	r := x.Extract("自治区政府党组召开会议，自治区党委组织部、银川海关和原源(宁夏)鲜乳制品有限公司参加。政府党组要求，加快建设美丽新宁夏。")
	for _, o := range r.Organizations {
		if o.Full != "" {
			fmt.Println(o.Name, o.Kind, "=", o.Full)
			continue
		}
		fmt.Println(o.Name, o.Kind)
	}
	for _, p := range r.Places {
		fmt.Println(p.Name)
	}
	// Output:
	// 自治区政府党组 party
	// 自治区党委组织部 party
	// 自治区党委 party
	// 银川海关 customs
	// 原源(宁夏)鲜乳制品有限公司 company
	// 政府党组 party = 自治区政府党组
	// 宁夏
}
