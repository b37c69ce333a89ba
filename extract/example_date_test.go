package extract_test

import (
	"fmt"
	"time"

	"github.com/zhfacts/zhfacts/extract"
)

func Example_dates() {
	ref := time.Date(2026, 3, 15, 0, 0, 0, 0, time.UTC)
	x, _ := extract.New(extract.WithDimensions(extract.Dates), extract.WithReference(ref))
	r := x.Extract("今年前2个月，自治区外贸进出口总值38.1亿元；3月13日召开会议，确保“十五五”实现良好开局，经过5年左右建成。")
	for _, d := range r.Dates {
		fmt.Printf("%s\t%s\t%s\n", d.Text, d.Kind, d.Normalized())
	}
	// Output:
	// 今年前2个月	period	2026-01-01..2026-02-28
	// 3月13日	point	2026-03-13
	// 十五五	period	2026-01-01..2030-12-31
	// 5年左右	duration	P5Y~
}
