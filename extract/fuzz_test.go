package extract

import (
	"reflect"
	"testing"
	"time"
	"unicode/utf8"
)

// The fuzz targets check the invariants every input must keep: no panic,
// every span on rune boundaries with its text equal to the source slice, and
// the same output for the same input. CI runs each for a short while; run one
// longer with
//
//	go test ./extract -run '^$' -fuzz '^FuzzExtract$' -fuzztime 10m

var fuzzSeeds = []string{
	"",
	"今年前2个月，自治区外贸进出口总值38.1亿元，同比增长23.9%，较全国增速高出5.6个百分点。",
	"自治区党委书记、人大常委会主任李邑飞出席会议并讲话。",
	"本报讯(记者 马晓芳 陈瑶)3月13日，会议在银川召开。",
	"二〇二六年三月一日，１９９８年１２月３１日，百分之二十三点九，三千万元",
	"原源(宁夏)鲜乳制品有限公司总投资5.5亿元。",
	"热线电话:18909599990",
	"\xff\xfe亿亿亿、、、书记书记",
}

func FuzzExtract(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	x, err := New(WithReference(time.Date(2026, 3, 15, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		r1 := x.Extract(text)
		checkSpans(t, text, r1)
		for _, s := range allSpans(r1) {
			if s.Start < len(text) && !utf8.RuneStart(text[s.Start]) && utf8.ValidString(text) {
				t.Fatalf("span %+v does not start on a rune boundary", s)
			}
		}
		if r2 := x.Extract(text); !reflect.DeepEqual(r1, r2) {
			t.Fatalf("two runs over %q differ", text)
		}
	})
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"23.9", "２３．９", "1,100万", "38.1亿", "三千万", "二十三点九", "二〇二六", "壹佰", "1.5万亿", "十"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 64 {
			return // numerals are short; the parser recurses per multiplier
		}
		runes := []rune(s)
		v1, ok1 := parseNumber(runes)
		v2, ok2 := parseNumber(runes)
		if ok1 != ok2 || (ok1 && v1.Cmp(v2) != 0) {
			t.Fatalf("parseNumber(%q) is not deterministic", s)
		}
		if ok1 && v1.Sign() < 0 {
			t.Fatalf("parseNumber(%q) = %s, negative", s, v1.RatString())
		}
	})
}

func FuzzDates(f *testing.F) {
	f.Add("今年前2个月", 2026, 3, 15)
	f.Add("3月11日至13日", 2026, 3, 15)
	f.Add("去年同期，一季度，1-10月，十五五", 2024, 2, 29)
	f.Add("2026年2月30日", 2026, 12, 31)
	f.Fuzz(func(t *testing.T, text string, year, month, day int) {
		if year < 1 || year > 9999 {
			year = 2026
		}
		ref := time.Date(year, time.Month(month%12+1), day%28+1, 0, 0, 0, 0, time.UTC)
		if err := loadDates(); err != nil {
			t.Fatal(err)
		}
		d := newDoc(text, ref)
		dates := extractDates(d)
		for _, dt := range dates {
			if text[dt.Start:dt.End] != dt.Text {
				t.Fatalf("span %+v is not the source slice", dt.Span)
			}
			if dt.Resolved && dt.Kind == "period" && (dt.From == nil || dt.To == nil) {
				t.Fatalf("%q: a resolved period without ends", dt.Text)
			}
		}
	})
}
