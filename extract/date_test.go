package extract

import (
	"fmt"
	"math/rand"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/zhfacts/zhfacts/entities"
	"github.com/zhfacts/zhfacts/patterns"
)

func TestMonthDays(t *testing.T) {
	cases := []struct{ y, m, want int }{
		{2026, 1, 31}, {2026, 2, 28}, {2024, 2, 29}, {2000, 2, 29}, {1900, 2, 28},
		{2026, 4, 30}, {2026, 6, 30}, {2026, 9, 30}, {2026, 11, 30}, {2026, 12, 31},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, entities.DaysIn(c.y, c.m), "%d-%02d", c.y, c.m)
	}
}

func TestValidDay(t *testing.T) {
	assert.True(t, validDay(2024, 2, 29))
	assert.False(t, validDay(2023, 2, 29))
	assert.True(t, validDay(0, 2, 29), "with no year 29 February may exist")
	assert.False(t, validDay(0, 2, 30))
	assert.False(t, validDay(2026, 4, 31))
	assert.False(t, validDay(2026, 13, 1))
	assert.False(t, validDay(2026, 1, 0))
}

func TestSmallInt(t *testing.T) {
	cases := map[string]int{
		"2026": 2026, "２０２６": 2026, "二〇二六": 2026, "一九九八": 1998, "○九": 9,
		"3": 3, "０３": 3, "十": 10, "十二": 12, "二十一": 21, "三十一": 31, "廿三": 23, "两": 2,
		"": -1, "x": -1, "廿x": -1,
	}
	for s, want := range cases {
		assert.Equal(t, want, smallInt([]rune(s)), s)
	}
}

func TestMonthsPeriod(t *testing.T) {
	from, to := monthsPeriod(2026, 1, 2) // 前2个月
	assert.Equal(t, "2026-01-01", from.String())
	assert.Equal(t, "2026-02-28", to.String())
	from, to = monthsPeriod(2024, 1, 2) // leap year
	assert.Equal(t, "2024-02-29", to.String())
	from, to = monthsPeriod(2026, 7, 9) // 三季度
	assert.Equal(t, "2026-07-01", from.String())
	assert.Equal(t, "2026-09-30", to.String())
	_, to = monthsPeriod(2026, 1, 12)
	assert.Equal(t, "2026-12-31", to.String())
}

func TestResolveYear(t *testing.T) {
	for word, want := range map[rune]int{'今': 2026, '去': 2025, '上': 2025, '明': 2027, '前': 2024} {
		assert.Equal(t, want, resolveYear(word, 2026), string(word))
	}
}

func TestShiftMonth(t *testing.T) {
	y, m := shiftMonth(2026, 1, -1)
	assert.Equal(t, [2]int{2025, 12}, [2]int{y, m})
	y, m = shiftMonth(2026, 12, 1)
	assert.Equal(t, [2]int{2027, 1}, [2]int{y, m})
	y, m = shiftMonth(2026, 3, 0)
	assert.Equal(t, [2]int{2026, 3}, [2]int{y, m})
}

func TestShiftYear(t *testing.T) {
	// The end of February follows the month end across leap years.
	assert.Equal(t, "2023-02-28", shiftYear(dayOf(2024, 2, 29), -1).String())
	assert.Equal(t, "2024-02-29", shiftYear(dayOf(2025, 2, 28), -1).String())
	assert.Equal(t, "2025-03-15", shiftYear(dayOf(2026, 3, 15), -1).String())
	assert.Equal(t, "2025-04", shiftYear(monthOf(2026, 4), -1).String())
}

func TestResolveWeekday(t *testing.T) {
	sun := time.Date(2026, 3, 15, 0, 0, 0, 0, time.UTC) // a Sunday
	wed := time.Date(2026, 3, 11, 0, 0, 0, 0, time.UTC)
	assert.Equal(t, "2026-03-09", resolveWeekday(sun, 1, 0).Format("2006-01-02"))
	assert.Equal(t, "2026-03-15", resolveWeekday(sun, 7, 0).Format("2006-01-02"))
	assert.Equal(t, "2026-03-09", resolveWeekday(wed, 1, 0).Format("2006-01-02"))
	assert.Equal(t, "2026-03-20", resolveWeekday(wed, 5, 1).Format("2006-01-02"))
	assert.Equal(t, "2026-03-02", resolveWeekday(wed, 1, -1).Format("2006-01-02"))
}

func TestFiveYearPlan(t *testing.T) {
	cases := []struct{ k, first, last int }{
		{1, 1953, 1957}, {2, 1958, 1962}, {3, 1966, 1970}, {9, 1996, 2000},
		{10, 2001, 2005}, {13, 2016, 2020}, {14, 2021, 2025}, {15, 2026, 2030},
	}
	for _, c := range cases {
		f, l, ok := fiveYearPlan(c.k)
		require.True(t, ok)
		assert.Equal(t, [2]int{c.first, c.last}, [2]int{f, l}, "plan %d", c.k)
	}
	_, _, ok := fiveYearPlan(0)
	assert.False(t, ok)
}

// extractOne runs the date dimension alone and returns the normalized
// values keyed by surface.
func datesOf(t *testing.T, text string, ref time.Time) map[string]entities.Date {
	t.Helper()
	x, err := New(WithDimensions(Dates))
	require.NoError(t, err)
	out := map[string]entities.Date{}
	for _, d := range x.ExtractAt(text, ref).Dates {
		out[d.Text] = d
	}
	return out
}

func TestDateFlags(t *testing.T) {
	ref := time.Date(2026, 3, 15, 0, 0, 0, 0, time.UTC)
	got := datesOf(t, "今年以来，2026年3月1日，经过5年左右，近3年来，前2个月，1—10月", ref)
	require.Len(t, got, 6)

	ytd := got["今年以来"]
	assert.Equal(t, entities.DatePeriod, ytd.Kind)
	assert.True(t, ytd.Relative && ytd.Resolved)
	assert.Equal(t, "2026-01-01..2026-03-15", ytd.Normalized())
	assert.Equal(t, "since_start", ytd.Rule)

	abs := got["2026年3月1日"]
	assert.False(t, abs.Relative)
	assert.Equal(t, entities.GrainDay, abs.Point.Grain)

	dur := got["5年左右"]
	assert.Equal(t, entities.DateDuration, dur.Kind)
	assert.True(t, dur.Approximate)
	assert.Equal(t, "P5Y", dur.Duration)

	recent := got["近3年来"]
	assert.True(t, recent.Approximate && recent.Relative)
	assert.Equal(t, entities.GrainYear, recent.From.Grain)

	assert.Equal(t, "2026-01-01..2026-10-31", got["1—10月"].Normalized())
}

func TestDatesWithoutReference(t *testing.T) {
	got := datesOf(t, "今年前2个月，3月13日，2026年3月1日", time.Time{})
	rel := got["今年前2个月"]
	assert.False(t, rel.Resolved)
	assert.True(t, rel.Relative)
	assert.Nil(t, rel.From)
	assert.Equal(t, entities.DatePeriod, rel.Kind)
	assert.False(t, got["3月13日"].Resolved)
	assert.True(t, got["2026年3月1日"].Resolved)

	// After an absolute period 去年同期 depends on the text alone.
	got = datesOf(t, "2024年前2个月进出口增长，比去年同期提高。", time.Time{})
	same := got["去年同期"]
	assert.True(t, same.Resolved)
	assert.False(t, same.Relative)
	assert.Equal(t, "2023-01-01..2023-02-28", same.Normalized())

	// A range whose end is not after its start in the same month is no
	// range in any year: two days, with or without a reference.
	for _, ref := range []time.Time{{}, frontPageRef} {
		got = datesOf(t, "展会6月20日至6月18日举行", ref)
		assert.Len(t, got, 2, "ref %v", ref)
		assert.Contains(t, got, "6月20日")
		assert.Contains(t, got, "6月18日")
	}
}

func TestDatesBadInput(t *testing.T) {
	ref := time.Date(2026, 3, 15, 0, 0, 0, 0, time.UTC)
	x, err := New(WithDimensions(Dates))
	require.NoError(t, err)
	inputs := []string{
		"", "\xff\xfe年月日", strings.Repeat("1", 1<<20), strings.Repeat("年", 1<<16),
		strings.Repeat("1-", 1<<16), strings.Repeat("十二月三十一日至", 1<<12),
		strings.Repeat("1998年", 1<<13), strings.Repeat("2026-03-01-", 1<<13), strings.Repeat("今年前", 1<<13),
		strings.Repeat("十", 1<<16) + "月", strings.Repeat("“十五五”", 1<<13),
	}
	for _, in := range inputs {
		start := time.Now()
		r := x.ExtractAt(in, ref)
		// A generous bound: it catches a hang or a quadratic blow-up, not
		// a slow machine (every repeat above is a date to normalize).
		assert.Less(t, time.Since(start), 10*time.Second, "input of %d bytes", len(in))
		if len(r.Dates) > 1000 {
			r.Dates = r.Dates[:1000] // the span check is quadratic
		}
		checkSpans(t, in, r)
	}
}

func BenchmarkDates(b *testing.B) {
	x, err := New(WithDimensions(Dates))
	require.NoError(b, err)
	text := dateFrontPage(b)
	ref := time.Date(2026, 3, 15, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.ExtractAt(text, ref)
	}
}

func dateFrontPage(tb testing.TB) string {
	tb.Helper()
	data, err := os.ReadFile("../testdata/front-page.txt")
	require.NoError(tb, err)
	return string(data)
}

// TestDateGates checks that the gates are only an optimization: wherever a
// rule matches in the corpus texts (and in the longest forms below), its
// gate is open.
func TestDateGates(t *testing.T) {
	require.NoError(t, loadDates())
	texts := []string{
		"二〇二五年十二月三十一日至二〇二六年十二月三十一日",
		"十一月二十一日至二十三日", "二十一日至二十三日", "最近二十一年来", "二〇二五年十一至十二月",
		"二〇二五年前十二个月", "二〇二五年一至三季度", "二〇二五年上半年", "经过一百二十个星期左右",
		"历时二十一个多月", "十五五", "下礼拜天",
		"二〇二五年十二月三十一日——二〇二六年一月三日", "二〇二五年十二月三十一至二〇二六年一月三日",
		"1998年——2000年", "1998——2000年", "2025年11——12月", "二十一至二十三日", "最近二十一年来",
		"经过二十一个星期左右", "用了二十一个星期", "２０２６／１２／３１", "前年同期", "上年同期", "年初以来",
	}
	texts = append(texts, corpusTexts(t)...)
	for _, text := range texts {
		rs := []rune(text)
		for p := range rs {
			for _, rule := range dateRules {
				if _, ok := rule.re.MatchAt(rs, p); ok {
					assert.True(t, rule.gate.open(rs, p), "rule %s matches at %d of %q but its gate is shut", rule.name, p, text)
				}
			}
		}
	}
}

// TestDateStartsMissNothing checks the triggers and the walk back to a
// date's start: on every corpus text the extractor finds what trying the
// rules at every position finds.
func TestDateStartsMissNothing(t *testing.T) {
	require.NoError(t, loadDates())
	describe := func(ds []entities.Date) []string {
		var out []string
		for _, d := range ds {
			out = append(out, fmt.Sprintf("%d:%s=%s", d.RuneStart, d.Text, d.Normalized()))
		}
		return out
	}
	ref := time.Date(2026, 3, 15, 0, 0, 0, 0, time.UTC)
	for _, cf := range readCorpus(t) {
		for _, c := range cf.cases {
			d := newDoc(c.text, ref)
			var naive []entities.Date
			for p := 0; p < len(d.runes); p++ {
				if e := matchDateAt(d, p, &naive, new(dateScratch)); e > p {
					p = e - 1
				}
			}
			resolveSamePeriod(naive)
			assert.Equal(t, describe(naive), describe(extractDates(d)), "%s:%d", c.file, c.line)
		}
	}
}

func TestResolvePeriods(t *testing.T) {
	day := func(s string) time.Time {
		v, err := time.Parse("2006-01-02", s)
		require.NoError(t, err)
		return v
	}
	cases := []struct{ ref, text, want string }{
		{"2026-03-15", "前2个月", "2026-01-01..2026-02-28"},
		{"2024-03-15", "前2个月", "2024-01-01..2024-02-29"},
		{"2026-12-20", "前11个月", "2026-01-01..2026-11-30"},
		{"2026-03-15", "去年前2个月", "2025-01-01..2025-02-28"},
		{"2025-03-15", "去年前2个月", "2024-01-01..2024-02-29"},
		{"2026-05-01", "一季度", "2026-01-01..2026-03-31"},
		{"2026-05-01", "第四季度", "2026-10-01..2026-12-31"},
		{"2026-10-20", "前三季度", "2026-01-01..2026-09-30"},
		{"2026-10-20", "二至三季度", "2026-04-01..2026-09-30"},
		{"2026-08-01", "上半年", "2026-01-01..2026-06-30"},
		{"2026-08-01", "下半年", "2026-07-01..2026-12-31"},
		{"2024-02-29", "今年以来", "2024-01-01..2024-02-29"},
		{"2026-01-01", "今年以来", "2026-01-01..2026-01-01"},
		{"2026-11-05", "1-2月", "2026-01-01..2026-02-28"},
		{"2028-11-05", "1-2月", "2028-01-01..2028-02-29"},
		{"2026-03-15", "近3年", "2023..2026~"},
		{"2026-03-15", "13日", "2026-03-13"},
		{"2026-02-10", "30日", ""}, // no 30 February: nothing
		{"2026-01-10", "上月28日", "2025-12-28"},
		{"2026-01-10", "去年12月31日", "2025-12-31"},
		{"2026-01-01", "昨天", "2025-12-31"},
		{"2024-12-31", "明天", "2025-01-01"},
		{"2026-12-15", "下月", "2027-01"},
	}
	x, err := New(WithDimensions(Dates))
	require.NoError(t, err)
	for _, c := range cases {
		ds := x.ExtractAt(c.text, day(c.ref)).Dates
		got := ""
		if n := len(ds); n > 0 {
			got = ds[n-1].Normalized()
		}
		assert.Equal(t, c.want, got, "%s with reference %s", c.text, c.ref)
	}
}

func TestCalendarDatesOnly(t *testing.T) {
	x, err := New(WithReference(time.Date(2026, 3, 15, 0, 0, 0, 0, time.UTC)), WithCalendarDatesOnly())
	require.NoError(t, err)
	r := x.Extract("今年前2个月，1998年12月31日和3月13日之间，十五五期间，经过5年左右，昨天。")
	var got []string
	for _, d := range r.Dates {
		got = append(got, d.Text)
	}
	assert.Equal(t, []string{"1998年12月31日", "3月13日"}, got)

	// Only what is written with numerals, each end of a range on its own.
	r = x.Extract("去年10月15日，3月27日至29日，1991年11月至1993年9月，2000年左右。")
	got = got[:0]
	for _, d := range r.Dates {
		got = append(got, d.Text+" "+d.Normalized())
	}
	assert.Equal(t, []string{"10月15日 2025-10-15", "3月27日 2026-03-27", "29日 2026-03-29",
		"1991年11月 1991-11", "1993年9月 1993-09", "2000年 2000"}, got)
	rules, err := patterns.Rules("date")
	require.NoError(t, err)
	names := map[string]bool{}
	for _, r := range rules {
		names[r.Name] = true
	}
	for name := range calendarRules {
		assert.True(t, names[name], "calendar rule %s is not in date.rules", name)
	}
}

// TestDateReadersAgree checks the Go readers against the patterns they
// stand for: wherever a reader is sure, it gives the pattern's match and
// groups, on the corpus texts, crafted edge cases and random texts made of
// date runes.
func TestDateReadersAgree(t *testing.T) {
	require.NoError(t, loadDates())
	texts := []string{
		"2026年3月1日", "2026年03月01日", "２０２６年１２月３１日", "2026年13月1日", "2026年3月32日", "2026年0月1日",
		"2026年3月份", "2026年3月份5日", "2026年3月5号", "12026年", "0.2026年", "2026年代", "1998年左右", "1998年前后",
		"3月份", "3月亮", "3月期间", "3月期", "13日元旦", "13日以内", "13日之内", "13日内", "第13日", "3月1十日",
		"20261年", "202年", "2026年十二月", "2026年3月二十日", "9月3日下午", "00月", "0月", "1月", "31日", "32日", "30号",
		"2026年3月", "3月11日至13日", "今年3月", "每3月", "2026年3月1", "2026年3", "2026年",
	}
	texts = append(texts, corpusTexts(t)...)
	texts = append(texts, "2026年一季度", "二〇二六年第一季度", "今年前三季度", "1-3季度", "1——3季度", "一至三季度",
		"前2个月", "今年前10个月", "前十二个月", "前十一月", "提前3个月", "2026年前2个月", "一九九八年", "一九九八九年",
		"前二十个月", "前1个月", "3月11日至13日", "3月11至13日", "1月28日至2月2日", "2025年12月31日至2026年1月2日", "3月11日--13日",
		"3月11日至3月11日至", "3月1日至2026年3月5日", "3月111日至13日", "3月11日至131日", "3月11日至十三日", "3月32日至3日", "12月1日至1月5日",
		"3月11日至4月", "3月11日至", "1-10月", "今年1至2月", "2025年11-12月份", "1-13月", "10-3月", "1月-2月", "1月至2月份日", "1-2月份5", "1-2月5",
		"1-2月三", "二〇二六年三月二〇二六年三月", "十一月二十一日", "十二月三十一日", "三十二日", "三十日", "二十九日", "二十日", "廿三日", "廿日",
		"十五日", "十月", "十一月", "十三月", "十一日", "一九九八年十二月三十一日", "二〇二六年三月一日", "三月十日", "〇月", "两月", "九月九日",
		"2026年十月", "3月三十一号", "1一月", "十1月", "二十十日", "三十一十日", "1-2月号", "1-2月份号", "1-2月日", "一至二月", "1至二月", "5.1-2月", "十1-2月", "2026年3月1日-2026年3月5号", "03月01号～03月05号", "前13个月", "上年前2个月", "第五季度", "前四季度", "3-5季度", "2026年第2季度", "去年四季度",
		"“十四五”", "\"十五\"", "『九五』", "‘十五五’", "十四五规划", "十五规划", "十四五时", "“十四五规划", "近3年来", "最近十年", "过去二十年来", "近两年",
		"接近3年", "近2026年", "近十一年", "近二十五年", "近十十年", "近二年", "过去1０年", "近三十年来", "最近", "近十",
		"今天", "的昨天", "前天", "今日趋", "昨日", "如今日", "本月", "上个月", "下个月球", "上月份", "本个", "上周", "本周末", "下周一", "上周",
		"今年以来", "去年初以来", "年初以来", "今年初", "去年以", "去年同期", "上年同期", "上年同", "元旦", "国庆节", "国庆", "国",
		"今日臻", "昨日益", "上月额", "本月亮", "上周期", "下周天", "新今天", "好昨日")
	tokens := strings.Fields("0 1 2 3 12 31 2026 １２ 年 月 日 号 份 十 一 二 三 四 九 〇 一九九八 代 左右 前后 前 后 亮 期间 期 内 " +
		"以 之 元 第 今 去 明 上 提 史 纪 龄 个 季度 季 至 至 到 - -- ～ — 2 两 十二 3月 11日 1日 三 十一 二十 廿 三十 〇 五 " +
		"近 最近 过去 接 来 “ ” 规划 期间 天 本 周 同期 以来 初 旦 庆 节 的 趋 球 个 星期 礼拜")
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 4000; i++ {
		var sb strings.Builder
		for n := 1 + rng.Intn(7); n > 0; n-- {
			sb.WriteString(tokens[rng.Intn(len(tokens))])
		}
		texts = append(texts, sb.String())
	}
	type group struct{ s, e int }
	groups := func(m patterns.Match, base int) map[string]group {
		out := map[string]group{}
		for _, g := range m.Groups {
			if g.Start >= 0 {
				out[g.Name] = group{base + g.Start, base + g.End}
			}
		}
		return out
	}
	checked := 0
	for _, text := range texts {
		rs := []rune(text)
		for p := range rs {
			for _, rule := range dateRules {
				if rule.read == nil {
					continue
				}
				for _, hi := range []int{len(rs), min(p+3, len(rs)), min(p+dateRight, len(rs))} {
					lo := max(p-dateLeft, 0)
					fm, fok, sure := rule.read(rs, p, hi, nil)
					if !sure {
						continue
					}
					checked++
					rm, rok := rule.re.MatchAt(rs[lo:hi], p-lo)
					require.Equal(t, rok, fok, "rule %s at %d of %q (hi %d)", rule.name, p, text, hi)
					if rok {
						assert.Equal(t, [2]int{lo + rm.Start, lo + rm.End}, [2]int{fm.Start, fm.End}, "rule %s at %d of %q", rule.name, p, text)
						assert.Equal(t, groups(rm, lo), groups(fm, 0), "rule %s at %d of %q", rule.name, p, text)
					}
				}
			}
		}
	}
	assert.Greater(t, checked, 10000)
}
