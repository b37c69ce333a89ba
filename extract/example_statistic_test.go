package extract_test

import (
	"fmt"
	"time"

	"github.com/zhfacts/zhfacts/extract"
)

func Example_statistics() {
	ref := time.Date(2026, 3, 15, 0, 0, 0, 0, time.UTC)
	x, _ := extract.New(extract.WithDimensions(extract.Statistics), extract.WithReference(ref))
	r := x.Extract("今年前2个月，自治区外贸进出口总值38.1亿元，同比增长23.9%，较全国增速高出5.6个百分点。" +
		"其中，出口29.4亿元，增长25.6%；进口8.7亿元，下降1.2%。" +
		"基本有机化学品、铁合金分别出口增长17.3%、47.3%。")
	for _, s := range r.Statistics {
		fmt.Println(s.Normalized())
		if c := s.Comparison; c != nil {
			fmt.Printf("  vs %s: %s %s\n", c.Against, c.Difference, c.Unit)
		}
	}
	// Output:
	// 自治区外贸 | 进出口总值 | 2026-01-01..2026-02-28 | 3810000000 CNY | 23.9 yoy | -
	//   vs 全国: 5.6 point
	// 自治区外贸 | 出口 | 2026-01-01..2026-02-28 | 2940000000 CNY | 25.6 yoy | -
	// 自治区外贸 | 进口 | 2026-01-01..2026-02-28 | 870000000 CNY | -1.2 yoy | -
	// 基本有机化学品 | 出口 | 2026-01-01..2026-02-28 | - | 17.3 yoy | -
	// 铁合金 | 出口 | 2026-01-01..2026-02-28 | - | 47.3 yoy | -
}
