package extract

import (
	"fmt"
	"time"
)

func Example_money() {
	x, _ := New(WithDimensions(Money|Percents), WithReference(time.Date(2026, 3, 15, 0, 0, 0, 0, time.UTC)))
	r := x.Extract("今年前2个月，全区外贸进出口总值38.1亿元，同比增长23.9%，较全国增速高出5.6个百分点。" +
		"其中，出口约29.4亿元，增长25.6%；民营企业进出口占全区的89.2%。预计全年投资5-10亿美元。")
	for _, m := range r.Money {
		fmt.Println(m.Text, m.Normalized(), "["+m.Qualifier+"]")
	}
	for _, p := range r.Percents {
		fmt.Println(p.Text, p.Normalized())
	}
	// Output:
	// 38.1亿元 3810000000 CNY []
	// 29.4亿元 2940000000 CNY ~ [约]
	// 5-10亿美元 500000000..1000000000 USD []
	// 23.9% 23.9 percent growth yoy
	// 5.6个百分点 5.6 point difference none
	// 25.6% 25.6 percent growth yoy
	// 89.2% 89.2 percent share none
}
