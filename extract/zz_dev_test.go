package extract

import (
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/entities"
)

var (
	fmoney = regexp.MustCompile(`(\d+(?:\.\d+)?)(亿|万)?元`)
	fpct   = regexp.MustCompile(`(\d+(?:\.\d+)?)(%|个百分点)`)
	fdate  = regexp.MustCompile(`今年前(\d)个月|前(\d)个月|(\d{1,2})-(\d{1,2})月|(\d{4})年|(\d{1,2})月(\d{1,2})日|(\d{1,2})月`)
)

func fake(text string) (*doc, entities.Result) {
	d := newDoc(text, time.Date(2026, 3, 15, 0, 0, 0, 0, time.UTC))
	var r entities.Result
	rs := func(b int) int { return utf8.RuneCountInString(text[:b]) }
	for _, m := range fmoney.FindAllStringSubmatchIndex(text, -1) {
		v := text[m[2]:m[3]]
		r.Money = append(r.Money, entities.Money{Span: d.span(rs(m[0]), rs(m[1])), Amount: entities.Decimal(v), Currency: "CNY"})
	}
	for _, m := range fpct.FindAllStringSubmatchIndex(text, -1) {
		s := rs(m[0])
		before := string(d.runes[max(0, s-8):s])
		unit := entities.UnitPercent
		if text[m[4]:m[5]] != "%" {
			unit = entities.UnitPoint
		}
		kind := entities.KindRate
		switch {
		case strings.Contains(before, "占"):
			kind = entities.KindShare
		case unit == entities.UnitPoint && strings.ContainsAny(before, "高低快慢"):
			kind = entities.KindDifference
		case strings.ContainsAny(before, "降减落"):
			kind = entities.KindDecline
		case strings.ContainsAny(before, "增长升涨"):
			kind = entities.KindGrowth
		}
		basis := entities.BasisNone
		if strings.Contains(before, "同比") {
			basis = entities.BasisYoY
		}
		r.Percents = append(r.Percents, entities.Percent{Span: d.span(s, rs(m[1])), Value: entities.Decimal(text[m[2]:m[3]]), Unit: unit, Kind: kind, Basis: basis})
	}
	for _, m := range fdate.FindAllStringSubmatchIndex(text, -1) {
		sp := d.span(rs(m[0]), rs(m[1]))
		at := func(k int) int { n, _ := strconv.Atoi(text[m[2*k]:m[2*k+1]]); return n }
		dt := entities.Date{Span: sp, Resolved: true}
		switch {
		case m[2] >= 0 || m[4] >= 0:
			n := 0
			if m[2] >= 0 {
				n = at(1)
			} else {
				n = at(2)
			}
			f, t := entities.Moment{Year: 2026, Month: 1, Day: 1, Grain: "day"}, entities.Moment{Year: 2026, Month: n, Grain: "month"}
			dt.Kind, dt.From, dt.To = entities.DatePeriod, &f, &t
		case m[6] >= 0:
			f, t := entities.Moment{Year: 2026, Month: at(3), Grain: "month"}, entities.Moment{Year: 2026, Month: at(4), Grain: "month"}
			dt.Kind, dt.From, dt.To = entities.DatePeriod, &f, &t
		case m[10] >= 0:
			p := entities.Moment{Year: at(5), Grain: "year"}
			dt.Kind, dt.Point = entities.DatePoint, &p
		case m[12] >= 0:
			p := entities.Moment{Year: 2026, Month: at(6), Day: at(7), Grain: "day"}
			dt.Kind, dt.Point = entities.DatePoint, &p
		default:
			p := entities.Moment{Year: 2026, Month: at(8), Grain: "month"}
			dt.Kind, dt.Point = entities.DatePoint, &p
		}
		r.Dates = append(r.Dates, dt)
	}
	return d, r
}

func TestDevFacts(t *testing.T) {
	data, err := os.ReadFile(os.Getenv("DEVFILE"))
	if err != nil {
		t.Skip()
	}
	loadStatistics()
	for _, para := range strings.Split(string(data), "\n\n") {
		x, _ := New()
		r := x.ExtractAt(para, time.Date(2026, 3, 15, 0, 0, 0, 0, time.UTC))
		fmt.Println("#", para)
		if os.Getenv("DEVV") != "" {
			for _, e := range r.Dates {
				fmt.Println("   date", e.Text, e.Normalized())
			}
			for _, e := range r.Money {
				fmt.Println("   money", e.Text, e.Normalized())
			}
			for _, e := range r.Percents {
				fmt.Println("   pct", e.Text, e.Normalized())
			}
		}
		for _, s := range r.Statistics {
			fmt.Println("  fact =>", s.Normalized(), "   [", s.Text, "]")
		}
	}
}
