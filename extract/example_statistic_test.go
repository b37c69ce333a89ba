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

// A company report: 公司 is the company named (by its short name), the
// fourth quarter belongs to the report's year, 全年 is that whole year.
func Example_statisticsCompany() {
	ref := time.Date(2025, 3, 29, 0, 0, 0, 0, time.UTC)
	x, _ := extract.New(extract.WithReference(ref))
	r := x.Extract("远航智能装备股份有限公司（以下简称“远航智能”）发布年度报告。2024年，公司实现营业收入52.3亿元，同比增长8.1%。" +
		"分季度看，公司第四季度实现营业收入15.6亿元，环比增长4.2%；公司全年实现海外销售收入3.1亿美元。")
	for _, s := range r.Statistics {
		fmt.Println(s.Normalized())
	}
	// Output:
	// 远航智能 | 营业收入 | 2024 | 5230000000 CNY | 8.1 yoy | -
	// 远航智能 | 营业收入 | 2024-10-01..2024-12-31 | 1560000000 CNY | 4.2 mom | -
	// 远航智能 | 海外销售收入 | 2024-01-01..2024-12-31 | 310000000 USD | - | -
}
