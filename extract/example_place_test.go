package extract

import "fmt"

func ExampleExtractor_Extract_places() {
	x, _ := New(WithDimensions(Organizations | Places))
	r := x.Extract("记者走进云南省永胜县程海镇石桥村。青禾新材料股份有限公司（简称青禾材料）在宁夏设厂，青禾材料称产品销往美国。")
	for _, p := range r.Places {
		fmt.Println(p.Name)
	}
	for _, o := range r.Organizations {
		if o.Full != "" {
			fmt.Println(o.Name, o.Kind, "=", o.Full)
			continue
		}
		fmt.Println(o.Name, o.Kind)
	}
	// Output:
	// 云南省
	// 永胜县
	// 程海镇
	// 石桥村
	// 宁夏
	// 美国
	// 青禾新材料股份有限公司 company
	// 青禾材料 company = 青禾新材料股份有限公司
	// 青禾材料 company = 青禾新材料股份有限公司
}
