package extract

import (
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/zhfacts/zhfacts/entities"
)

// statFixture builds a Result by hand, so that the linking is tested apart
// from the extractors of dates, money and percentages.
type statFixture struct {
	t    *testing.T
	text string
	d    *doc
	r    entities.Result
	from map[string]int // byte offset to search the next occurrence from
}

func newStatFixture(t *testing.T, text string) *statFixture {
	return &statFixture{t: t, text: text, d: newDoc(text, time.Date(2026, 3, 15, 0, 0, 0, 0, time.UTC)), from: map[string]int{}}
}

// span finds the next occurrence of sub.
func (f *statFixture) span(sub string) entities.Span {
	f.t.Helper()
	i := strings.Index(f.text[f.from[sub]:], sub)
	require.GreaterOrEqual(f.t, i, 0, "%q not in the text", sub)
	b := f.from[sub] + i
	f.from[sub] = b + len(sub)
	rs := utf8.RuneCountInString(f.text[:b])
	return f.d.span(rs, rs+utf8.RuneCountInString(sub))
}

func (f *statFixture) money(sub, amount string) *statFixture {
	f.r.Money = append(f.r.Money, entities.Money{Span: f.span(sub), Amount: entities.Decimal(amount), Currency: "CNY"})
	return f
}

func (f *statFixture) pct(sub, value string, kind entities.PercentKind, basis entities.Basis) *statFixture {
	unit := entities.UnitPercent
	if strings.HasSuffix(sub, "个百分点") {
		unit = entities.UnitPoint
	}
	f.r.Percents = append(f.r.Percents, entities.Percent{Span: f.span(sub), Value: entities.Decimal(value),
		Unit: unit, Kind: kind, Basis: basis})
	return f
}

func (f *statFixture) period(sub string, from, to entities.Moment) *statFixture {
	f.r.Dates = append(f.r.Dates, entities.Date{Span: f.span(sub), Kind: entities.DatePeriod, From: &from, To: &to, Resolved: true})
	return f
}

func (f *statFixture) point(sub string, m entities.Moment) *statFixture {
	f.r.Dates = append(f.r.Dates, entities.Date{Span: f.span(sub), Kind: entities.DatePoint, Point: &m, Resolved: true})
	return f
}

func (f *statFixture) facts() []string {
	f.t.Helper()
	require.NoError(f.t, loadStatistics())
	var out []string
	for _, s := range extractStatistics(f.d, &f.r) {
		assert.Equal(f.t, f.text[s.Start:s.End], s.Text)
		out = append(out, s.Normalized())
	}
	return out
}

func statDay(y, m, d int) entities.Moment {
	return entities.Moment{Year: y, Month: m, Day: d, Grain: entities.GrainDay}
}

func statMonth(y, m int) entities.Moment {
	return entities.Moment{Year: y, Month: m, Grain: entities.GrainMonth}
}

const (
	sGrowth  = entities.KindGrowth
	sDecline = entities.KindDecline
	sShare   = entities.KindShare
	sDiff    = entities.KindDifference
	sRate    = entities.KindRate
	sYoY     = entities.BasisYoY
	sNone    = entities.BasisNone
)

func TestStatisticsLeadAndInheritance(t *testing.T) {
	f := newStatFixture(t, "本报讯(记者 王瑞)记者3月12日从银川海关获悉，今年前2个月，自治区外贸进出口总值38.1亿元，同比增长23.9%，较全国增速高出5.6个百分点，增速排名居全国第10位。其中，出口29.4亿元，增长25.6%，增速居全国第12位；进口8.7亿元，增长18.7%，增速居全国第16位。")
	f.point("3月12日", statDay(2026, 3, 12)).period("今年前2个月", statDay(2026, 1, 1), statDay(2026, 2, 28))
	f.money("38.1亿元", "3810000000").pct("23.9%", "23.9", sGrowth, sYoY).pct("5.6个百分点", "5.6", sDiff, sNone)
	f.money("29.4亿元", "2940000000").pct("25.6%", "25.6", sGrowth, sNone)
	f.money("8.7亿元", "870000000").pct("18.7%", "18.7", sGrowth, sNone)
	p := "2026-01-01..2026-02-28"
	assert.Equal(t, []string{
		"自治区外贸 | 进出口总值 | " + p + " | 3810000000 CNY | 23.9 yoy | -",
		"自治区外贸 | 出口 | " + p + " | 2940000000 CNY | 25.6 yoy | -",
		"自治区外贸 | 进口 | " + p + " | 870000000 CNY | 18.7 yoy | -",
	}, f.facts())

	require.NoError(t, loadStatistics())
	st := extractStatistics(f.d, &f.r)
	require.NotNil(t, st[0].Comparison)
	assert.Equal(t, entities.Comparison{Against: "全国", Difference: "5.6", Unit: entities.UnitPoint}, *st[0].Comparison)
	assert.Equal(t, "自治区外贸进出口总值38.1亿元，同比增长23.9%，较全国增速高出5.6个百分点", st[0].Text)
}

func TestStatisticsTopicShareAndLists(t *testing.T) {
	text := "前2个月，我区市场主体活力迸发。民营企业作为主力军，进出口34亿元，增长39.9%，占全区进出口总值的89.2%。国有企业在增强能源资源供应上发挥关键作用，进出口增长21.8%。\n" +
		"传统市场表现亮眼，我区对美国、英国、日本等传统市场进出口10.3亿元，占全区进出口总值的27.2%；对共建“一带一路”国家进出口21.1亿元，增长45.9%。加纳、中亚、中东欧国家与我区贸易往来加速发展，分别增长4408.8%、76.2%和16.4%。"
	f := newStatFixture(t, text)
	f.period("前2个月", statDay(2026, 1, 1), statDay(2026, 2, 28))
	f.money("34亿元", "3400000000").pct("39.9%", "39.9", sGrowth, sNone).pct("89.2%", "89.2", sShare, sNone).pct("21.8%", "21.8", sGrowth, sNone)
	f.money("10.3亿元", "1030000000").pct("27.2%", "27.2", sShare, sNone).money("21.1亿元", "2110000000").pct("45.9%", "45.9", sGrowth, sYoY)
	f.pct("4408.8%", "4408.8", sGrowth, sNone).pct("76.2%", "76.2", sRate, sNone).pct("16.4%", "16.4", sRate, sNone)
	p := "2026-01-01..2026-02-28"
	assert.Equal(t, []string{
		"民营企业 | 进出口 | " + p + " | 3400000000 CNY | 39.9 yoy | 89.2",
		"国有企业 | 进出口 | " + p + " | - | 21.8 yoy | -",
		// The second paragraph keeps the period of the first.
		"美国、英国、日本等传统市场 | 进出口 | " + p + " | 1030000000 CNY | - | 27.2",
		"共建“一带一路”国家 | 进出口 | " + p + " | 2110000000 CNY | 45.9 yoy | -",
		"加纳 | 贸易往来 | " + p + " | - | 4408.8 yoy | -",
		"中亚 | 贸易往来 | " + p + " | - | 76.2 yoy | -",
		"中东欧国家 | 贸易往来 | " + p + " | - | 16.4 yoy | -",
	}, f.facts())
}

func TestStatisticsHeadingsAndProducts(t *testing.T) {
	text := "出口方面，机电产品表现亮眼，出口8.9亿元，增长100.7%；传统优势产品出口份额持续扩大，基本有机化学品、铁合金分别出口增长17.3%、47.3%；农产品出口3亿元，增长13.6%。进口方面，金属矿及矿砂进口3.3亿元，增长426.7%，全力保障生产需求；农产品进口1.7亿元，增长72.6%，带动进口持续向好。"
	f := newStatFixture(t, text)
	f.money("8.9亿元", "890000000").pct("100.7%", "100.7", sGrowth, sNone).pct("17.3%", "17.3", sGrowth, sNone).pct("47.3%", "47.3", sGrowth, sNone)
	f.money("3亿元", "300000000").pct("13.6%", "13.6", sGrowth, sNone).money("3.3亿元", "330000000").pct("426.7%", "426.7", sGrowth, sNone)
	f.money("1.7亿元", "170000000").pct("72.6%", "72.6", sGrowth, sNone)
	assert.Equal(t, []string{
		"机电产品 | 出口 | - | 890000000 CNY | 100.7 none | -",
		"基本有机化学品 | 出口 | - | - | 17.3 none | -",
		"铁合金 | 出口 | - | - | 47.3 none | -",
		"农产品 | 出口 | - | 300000000 CNY | 13.6 none | -",
		"金属矿及矿砂 | 进口 | - | 330000000 CNY | 426.7 none | -",
		"农产品 | 进口 | - | 170000000 CNY | 72.6 none | -",
	}, f.facts())
}

func TestStatisticsHeadlineAndProject(t *testing.T) {
	text := "前2个月宁夏外贸实现开门红 进出口总值38.1亿元，同比增长23.9%\n\n" +
		"会议指出，今年的全国两会，是一次十分重要的会议。\n\n\n\n" +
		"3月11日，二期项目建设现场，主体厂房基本完工，预计4月竣工。\n\n" +
		"新质乳品精深加工生产项目规划占地157亩、总投资5.5亿元，是重点支撑项目。"
	f := newStatFixture(t, text)
	f.period("前2个月", statDay(2026, 1, 1), statDay(2026, 2, 28)).money("38.1亿元", "3810000000").pct("23.9%", "23.9", sGrowth, sYoY)
	f.point("今年", entities.Moment{Year: 2026, Grain: entities.GrainYear}).point("3月11日", statDay(2026, 3, 11)).point("4月", statMonth(2026, 4))
	f.money("5.5亿元", "550000000")
	assert.Equal(t, []string{
		"宁夏外贸 | 进出口总值 | 2026-01-01..2026-02-28 | 3810000000 CNY | 23.9 yoy | -",
		"新质乳品精深加工生产项目 | 总投资 | - | 550000000 CNY | - | -",
	}, f.facts())
}

func TestStatisticsCommunique(t *testing.T) {
	text := "2025年，全区地区生产总值5315.1亿元，比上年增长5.1%。分产业看，第一产业增加值402.2亿元，增长4.5%；第二产业增加值2312.3亿元，增长5.8%。\n" +
		"1-10月，全市规模以上工业增加值同比增长6.2%，全市社会消费品零售总额下降1.2%。"
	f := newStatFixture(t, text)
	f.point("2025年", entities.Moment{Year: 2025, Grain: entities.GrainYear}).money("5315.1亿元", "531510000000").pct("5.1%", "5.1", sGrowth, sNone)
	f.money("402.2亿元", "40220000000").pct("4.5%", "4.5", sGrowth, sNone).money("2312.3亿元", "231230000000").pct("5.8%", "5.8", sGrowth, sNone)
	f.period("1-10月", statDay(2026, 1, 1), statDay(2026, 10, 31)).pct("6.2%", "6.2", sGrowth, sYoY).pct("1.2%", "1.2", sDecline, sNone)
	assert.Equal(t, []string{
		"全区 | 地区生产总值 | 2025 | 531510000000 CNY | 5.1 yoy | -",
		"第一产业 | 增加值 | 2025 | 40220000000 CNY | 4.5 yoy | -",
		"第二产业 | 增加值 | 2025 | 231230000000 CNY | 5.8 yoy | -",
		"全市规模以上工业 | 增加值 | 2026-01-01..2026-10-31 | - | 6.2 yoy | -",
		"全市 | 社会消费品零售总额 | 2026-01-01..2026-10-31 | - | -1.2 yoy | -",
	}, f.facts())
}

func TestStatisticsNotFacts(t *testing.T) {
	text := "近3年来，这里年出圃优质种苗稳定在千万株以上，优质种苗率超过85%，其中脱毒种苗占比逐年攀升至85%。增速居全国第12位。"
	f := newStatFixture(t, text)
	f.pct("85%", "85", sRate, sNone).pct("85%", "85", sShare, sNone)
	assert.Empty(t, f.facts())
}

func TestStatisticsBadInput(t *testing.T) {
	require.NoError(t, loadStatistics())
	for _, s := range []string{"", "\n\n\n", "进出口", "，，；；。", "\xff\xfe出口", strings.Repeat("出口增长", 1000)} {
		d := newDoc(s, time.Time{})
		r := entities.Result{}
		assert.Empty(t, extractStatistics(d, &r))
	}
}

func TestStatisticsArticleBoundaries(t *testing.T) {
	text := "今年前2个月，全区进出口总值38.1亿元，同比增长23.9%。\n" +
		"机电产品出口8.9亿元，增长100.7%。\n" +
		"某县招商引资再创新高\n" +
		"该项目总投资12亿元。"
	f := newStatFixture(t, text)
	f.period("今年前2个月", statDay(2026, 1, 1), statDay(2026, 2, 28)).money("38.1亿元", "3810000000").pct("23.9%", "23.9", sGrowth, sYoY)
	f.money("8.9亿元", "890000000").pct("100.7%", "100.7", sGrowth, sNone).money("12亿元", "1200000000")
	assert.Equal(t, []string{
		"全区 | 进出口总值 | 2026-01-01..2026-02-28 | 3810000000 CNY | 23.9 yoy | -",
		// The next paragraph keeps the period and the basis of the article.
		"机电产品 | 出口 | 2026-01-01..2026-02-28 | 890000000 CNY | 100.7 yoy | -",
		// A headline starts another article: no period, no subject carried.
		"该项目 | 总投资 | - | 1200000000 CNY | - | -",
	}, f.facts())
}

func TestWordSetLongestMatch(t *testing.T) {
	w := newWordSet([]string{"进出口", "进出口总值", "出口"})
	rs := []rune("进出口总值38亿元")
	assert.Equal(t, 5, w.match(rs, 0, len(rs)))
	assert.Equal(t, 3, w.match(rs, 0, 4), "bounded by end")
	assert.Equal(t, 2, w.match(rs, 1, len(rs)))
	assert.Equal(t, 0, w.match(rs, 5, len(rs)))
}

func TestStatisticsListItems(t *testing.T) {
	var st statState
	a := st.listItems("加纳、中亚和中东欧国家")
	b := st.listItems(" 美国 、、英国")
	assert.Equal(t, []string{"加纳", "中亚", "中东欧国家"}, a)
	assert.Equal(t, []string{"美国", "英国"}, b)
	assert.Equal(t, []string{"日本"}, st.listItems("日本和"))
	assert.Nil(t, st.listItems("民营企业"))
	// The lists of a sentence do not overwrite each other.
	_ = append(a, "其他")
	assert.Equal(t, []string{"美国", "英国"}, b)
}

func TestStatisticsSectionHeadings(t *testing.T) {
	text := "2025年国民经济和社会发展统计公报\n" +
		"一、综合\n" +
		"全区地区生产总值5315.1亿元，比上年增长5.1%。\n" +
		"（二）对外贸易\n" +
		"全区货物进出口总额250.3亿元，增长3.2%。"
	f := newStatFixture(t, text)
	f.point("2025年", entities.Moment{Year: 2025, Grain: entities.GrainYear})
	f.money("5315.1亿元", "531510000000").pct("5.1%", "5.1", sGrowth, sNone).money("250.3亿元", "25030000000").pct("3.2%", "3.2", sGrowth, sNone)
	assert.Equal(t, []string{
		"全区 | 地区生产总值 | 2025 | 531510000000 CNY | 5.1 yoy | -",
		"全区货物 | 进出口总额 | 2025 | 25030000000 CNY | 3.2 yoy | -",
	}, f.facts())
	assert.True(t, isSectionHeading([]rune("一、综合")))
	assert.True(t, isSectionHeading([]rune("（二）对外贸易")))
	assert.True(t, isSectionHeading([]rune("3. 财政")))
	assert.False(t, isSectionHeading([]rune("前2个月宁夏外贸实现开门红")))
	assert.False(t, isSectionHeading([]rune("十五五开局")))
}

// TestStatisticsCustomsRelease runs the whole pipeline on a release of
// several paragraphs: the period and the basis of the lead hold for the
// paragraphs after it.
func TestStatisticsCustomsRelease(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	text := "据海关统计，今年前两个月，我省货物贸易进出口总值达1234.5亿元人民币，比去年同期（下同）增长8.9%。其中，出口856.7亿元，增长12.3%；进口377.8亿元，增长1.9%。贸易顺差478.9亿元，扩大21.6%。\n" +
		"从主要市场看，东盟为我省第一大贸易伙伴，进出口256.3亿元，增长15.6%，占同期我省外贸总值的20.8%。欧盟为第二大贸易伙伴，进出口198.4亿元，增长6.7%。\n" +
		"从经营主体看，民营企业进出口876.5亿元，增长13.2%，占71%，比重较去年同期提升2.7个百分点。外商投资企业进出口245.6亿元，下降2.1%。\n" +
		"从商品结构看，机电产品出口523.4亿元，增长18.9%，占出口总值的61.1%，其中电动汽车、锂电池和太阳能电池“新三样”产品合计出口89.6亿元，增长45.3%。\n" +
		"农产品进口156.7亿元，下降5.6%；铁矿砂进口2345万吨，减少3.2%，价值189.2亿元，下降12.6%。\n"
	var got []string
	for _, s := range x.ExtractAt(text, time.Date(2026, 3, 15, 0, 0, 0, 0, time.UTC)).Statistics {
		got = append(got, s.Normalized())
	}
	assert.Equal(t, []string{
		"我省货物贸易 | 进出口总值 | 2026-01-01..2026-02-28 | 123450000000 CNY | 8.9 yoy | -",
		"我省货物贸易 | 出口 | 2026-01-01..2026-02-28 | 85670000000 CNY | 12.3 yoy | -",
		"我省货物贸易 | 进口 | 2026-01-01..2026-02-28 | 37780000000 CNY | 1.9 yoy | -",
		"我省货物贸易 | 贸易顺差 | 2026-01-01..2026-02-28 | 47890000000 CNY | 21.6 yoy | -",
		"东盟 | 进出口 | 2026-01-01..2026-02-28 | 25630000000 CNY | 15.6 yoy | 20.8",
		"欧盟 | 进出口 | 2026-01-01..2026-02-28 | 19840000000 CNY | 6.7 yoy | -",
		"民营企业 | 进出口 | 2026-01-01..2026-02-28 | 87650000000 CNY | 13.2 yoy | 71",
		"外商投资企业 | 进出口 | 2026-01-01..2026-02-28 | 24560000000 CNY | -2.1 yoy | -",
		"机电产品 | 出口 | 2026-01-01..2026-02-28 | 52340000000 CNY | 18.9 yoy | 61.1",
		"电动汽车、锂电池和太阳能电池“新三样”产品 | 出口 | 2026-01-01..2026-02-28 | 8960000000 CNY | 45.3 yoy | -",
		"农产品 | 进口 | 2026-01-01..2026-02-28 | 15670000000 CNY | -5.6 yoy | -",
		"铁矿砂 | 进口 | 2026-01-01..2026-02-28 | - | -3.2 yoy | -",
	}, got)
}

func TestStatisticsComparison(t *testing.T) {
	for _, c := range []struct {
		text, pct string
		want      *entities.Comparison
	}{
		{"全县固定资产投资同比增长8.7%，高于全市平均水平2.1个百分点。", "2.1个百分点",
			&entities.Comparison{Against: "全市", Difference: "2.1", Unit: entities.UnitPoint}},
		{"全区进出口增长3.1%，比全国低0.8个百分点。", "0.8个百分点",
			&entities.Comparison{Against: "全国", Difference: "-0.8", Unit: entities.UnitPoint}},
		// A change over time is no comparison.
		{"民营企业进出口增长13.2%，比重较去年同期提升2.7个百分点。", "2.7个百分点", nil},
		{"全区固定资产投资增长6.6%，增速比1-2月提高0.8个百分点。", "0.8个百分点", nil},
	} {
		f := newStatFixture(t, c.text)
		f.pct(c.text[strings.Index(c.text, "增长")+len("增长"):strings.Index(c.text, "%")+1], "1", sGrowth, sYoY)
		f.pct(c.pct, strings.TrimSuffix(c.pct, "个百分点"), sDiff, sNone)
		require.NoError(t, loadStatistics())
		st := extractStatistics(f.d, &f.r)
		require.Len(t, st, 1, c.text)
		assert.Equal(t, c.want, st[0].Comparison, c.text)
	}
}

// TestStatisticsNoPanic runs the whole pipeline over scrambled statistics
// text: every fact's span must point into the text.
func TestStatisticsNoPanic(t *testing.T) {
	parts := []string{"出口", "进口", "进出口总值", "38.1亿元", "增长", "下降", "23.9%", "5.6个百分点", "占", "的",
		"分别", "、", "，", "。", "；", "\n", " ", "其中", "今年前2个月", "同比", "较全国", "对", "与我区", "民营企业",
		"（", "）", "“", "”", "每台", "以上的", "2025年", "\xff", "比上年", "增速", "方面"}
	x, err := New()
	require.NoError(t, err)
	seed := uint32(7)
	for n := 0; n < 300; n++ {
		var b strings.Builder
		for k := 0; k < 40; k++ {
			seed = seed*1664525 + 1013904223
			b.WriteString(parts[int(seed>>16)%len(parts)])
		}
		text := b.String()
		r := x.ExtractAt(text, time.Date(2026, 3, 15, 0, 0, 0, 0, time.UTC))
		for _, s := range r.Statistics {
			require.True(t, s.Start >= 0 && s.End <= len(text) && s.Start <= s.End, text)
			require.Equal(t, text[s.Start:s.End], s.Text)
			require.NotEmpty(t, s.Metric)
		}
	}
}

func TestStatisticsReportingClauseIsNoTopic(t *testing.T) {
	f := newStatFixture(t, "记者从自治区商务厅获悉，进出口总值38.1亿元，增长5%。")
	f.money("38.1亿元", "3810000000").pct("5%", "5", sGrowth, sNone)
	require.NoError(t, loadStatistics())
	st := extractStatistics(f.d, &f.r)
	require.Len(t, st, 1)
	assert.Equal(t, "", st[0].Subject)
	assert.Equal(t, "进出口总值", st[0].Metric)
}

func TestStatisticsLinesWithoutFullStops(t *testing.T) {
	text := "今年前2个月，全区进出口总值38.1亿元，同比增长23.9%\n其中，出口29.4亿元，增长25.6%"
	f := newStatFixture(t, text)
	f.period("今年前2个月", statDay(2026, 1, 1), statDay(2026, 2, 28)).money("38.1亿元", "3810000000").pct("23.9%", "23.9", sGrowth, sYoY)
	f.money("29.4亿元", "2940000000").pct("25.6%", "25.6", sGrowth, sNone)
	assert.Equal(t, []string{
		"全区 | 进出口总值 | 2026-01-01..2026-02-28 | 3810000000 CNY | 23.9 yoy | -",
		"全区 | 出口 | 2026-01-01..2026-02-28 | 2940000000 CNY | 25.6 yoy | -",
	}, f.facts())
}

// A month inside the running period (10月当月 within 1-10月) is a breakdown:
// it holds for its sentence, and the paragraphs after it go on with 1-10月.
func TestStatisticsSubPeriodIsABreakdown(t *testing.T) {
	x, err := New(WithReference(time.Date(2024, 11, 20, 0, 0, 0, 0, time.UTC)))
	require.NoError(t, err)
	r := x.Extract("今年1-10月，全县进出口总值86.5亿元，同比增长7.4%。10月当月，全县进出口9.3亿元，增长9.1%。\n\n从商品看，电机出口12.5亿元，增长6.7%。")
	var got []string
	for _, s := range r.Statistics {
		got = append(got, s.Normalized())
	}
	assert.Equal(t, []string{
		"全县 | 进出口总值 | 2024-01-01..2024-10-31 | 8650000000 CNY | 7.4 yoy | -",
		"全县 | 进出口 | 2024-10 | 930000000 CNY | 9.1 yoy | -",
		"电机 | 出口 | 2024-01-01..2024-10-31 | 1250000000 CNY | 6.7 yoy | -",
	}, got)
}

// TestWordSetFilters checks the first-rune, pair and last-rune filters of a
// wordSet against a plain search: entries of one rune, entries sharing a
// first rune, and runes beyond the 16 bits the filters fold to.
func TestWordSetFilters(t *testing.T) {
	words := []string{"者", "商", "”", "进出口", "进出口总值", "出口", "进口", "企业", "𠀋𠀌", "\U0001100b"}
	w := newWordSet(words)
	alphabet := []rune("者商”进出口总值企业额𠀋𠀌\U0001100b\u100b\u000b")
	naive := func(rs []rune, i, end int) int {
		best := 0
		for _, s := range words {
			e := []rune(s)
			if i+len(e) <= end && len(e) > best && string(rs[i:i+len(e)]) == s {
				best = len(e)
			}
		}
		return best
	}
	seed := uint32(11)
	for n := 0; n < 2000; n++ {
		rs := make([]rune, 8)
		for k := range rs {
			seed = seed*1664525 + 1013904223
			rs[k] = alphabet[int(seed>>16)%len(alphabet)]
		}
		for i := 0; i <= len(rs); i++ {
			for end := i; end <= len(rs); end++ {
				require.Equal(t, naive(rs, i, end), w.match(rs, i, end), "%q at %d..%d", string(rs), i, end)
			}
		}
	}
	for _, s := range words {
		rs := []rune(s)
		assert.True(t, w.may(rs[0]), s)
		assert.True(t, w.endsMay(rs[len(rs)-1]), s)
	}
	assert.False(t, w.may('额'))
}

// TestStatisticsReusedState runs one text, another, then the first again:
// the pooled state must leave nothing behind, and the facts returned must
// not share memory with the state or with the Result they were read from.
func TestStatisticsReusedState(t *testing.T) {
	build := func(text string) *statFixture {
		f := newStatFixture(t, text)
		f.period("今年前2个月", statDay(2026, 1, 1), statDay(2026, 2, 28))
		f.money("38.1亿元", "3810000000").pct("23.9%", "23.9", sGrowth, sYoY)
		return f
	}
	a := build("今年前2个月，自治区外贸进出口总值38.1亿元，同比增长23.9%。")
	b := build("公司今年前2个月实现营业收入38.1亿元，同比增长23.9%，占全省的12%。")
	want := []string{"自治区外贸 | 进出口总值 | 2026-01-01..2026-02-28 | 3810000000 CNY | 23.9 yoy | -"}
	require.NoError(t, loadStatistics())
	first := extractStatistics(a.d, &a.r)
	require.Len(t, first, 1)
	for n := 0; n < 20; n++ {
		require.Len(t, b.facts(), 1)
	}
	// The first facts are intact after the state served other texts.
	assert.Equal(t, want[0], first[0].Normalized())
	assert.Equal(t, want, a.facts())
	// Their period and amount are copies.
	a.r.Money[0].Amount = "1"
	a.r.Dates[0].Text = "x"
	assert.Equal(t, want[0], first[0].Normalized())
	assert.Equal(t, "今年前2个月", first[0].Period.Text)
	assert.NotSame(t, &a.r.Money[0], first[0].Amount)
	assert.NotSame(t, &a.r.Dates[0], first[0].Period)
}

// TestStatClauseRunes: the clause pass skips the runes outside
// statClauseRunes, so every rune it acts on must be in it.
func TestStatClauseRunes(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if isClauseEnd(r) || isSentenceEnd(r) || isSpaceRune(r) || statMarks.has(r) {
			require.True(t, statClauseRunes.has(r), "%U", r)
		}
	}
}

// TestStatisticsLineEnd checks the line breaks found through the bytes
// against a scan of the runes.
func TestStatisticsLineEnd(t *testing.T) {
	pieces := []string{"\n", "\n\n", "a", "12", "出口", "𠀋", "\xff", "\xe5", "\xe5\x85", "，", " ", "\r\n"}
	seed := uint32(5)
	for n := 0; n < 500; n++ {
		var b strings.Builder
		for k := 0; k < int(seed>>28)+n%40; k++ {
			seed = seed*1664525 + 1013904223
			b.WriteString(pieces[int(seed>>16)%len(pieces)])
		}
		st := statState{d: newDoc(b.String(), time.Time{})}
		rs := st.d.runes
		for i := 0; i <= len(rs); i++ {
			want := i
			for want < len(rs) && rs[want] != '\n' {
				want++
			}
			require.Equal(t, want, st.lineEnd(i), "%q from %d", b.String(), i)
		}
	}
}

// TestTokSearch: the search that starts at a hint finds what sort.Search
// finds, for every hint and every threshold, on tokens in order of start
// and end; with the ends out of order it is sort.Search itself.
func TestTokSearch(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for round := 0; round < 200; round++ {
		n := rng.IntN(40)
		ct := make([]statTok, n)
		s := 0
		for i := range ct {
			s += rng.IntN(3) // ties too
			ct[i] = statTok{s: s, e: s + 1 + rng.IntN(4)}
		}
		st := &statState{endsSorted: true}
		for i := 1; i < n; i++ {
			if ct[i].e < ct[i-1].e {
				st.endsSorted = false
			}
		}
		for x := -1; x <= s+6; x++ {
			wantS := sort.Search(n, func(j int) bool { return ct[j].s >= x })
			wantE := sort.Search(n, func(j int) bool { return ct[j].e > x })
			for h := -2; h <= n+1; h++ {
				st.tokHint = h
				if got := st.tokSearch(ct, func(t *statTok) bool { return t.s >= x }); got != wantS {
					t.Fatalf("starts %v, x %d, hint %d: got %d, want %d", ct, x, h, got, wantS)
				}
				if !st.endsSorted {
					continue
				}
				if got := st.tokSearch(ct, func(t *statTok) bool { return t.e > x }); got != wantE {
					t.Fatalf("ends %v, x %d, hint %d: got %d, want %d", ct, x, h, got, wantE)
				}
			}
		}
	}
}

// TestStatisticsItemsOutOfOrder: money and percentages handed over out of
// text order give the facts they give in order (the reading that takes them
// in the Result's order starts again over them sorted).
func TestStatisticsItemsOutOfOrder(t *testing.T) {
	text := "今年前2个月，自治区外贸进出口总值38.1亿元，同比增长23.9%。其中，出口29.4亿元，增长25.6%；进口8.7亿元，增长18.7%。\n全区实现利税6亿元，增长3%。"
	build := func(reversed bool) *statFixture {
		f := newStatFixture(t, text)
		f.period("今年前2个月", statDay(2026, 1, 1), statDay(2026, 2, 28))
		money := [][2]string{{"38.1亿元", "3810000000"}, {"29.4亿元", "2940000000"}, {"8.7亿元", "870000000"}, {"6亿元", "600000000"}}
		pcts := [][2]string{{"23.9%", "23.9"}, {"25.6%", "25.6"}, {"18.7%", "18.7"}, {"3%", "3"}}
		for _, m := range money {
			f.money(m[0], m[1])
		}
		for _, p := range pcts {
			f.pct(p[0], p[1], sGrowth, sYoY)
		}
		if reversed {
			slices.Reverse(f.r.Money)
			// The last two swapped: only the end is out of order.
			n := len(f.r.Percents)
			f.r.Percents[n-2], f.r.Percents[n-1] = f.r.Percents[n-1], f.r.Percents[n-2]
		}
		return f
	}
	want := build(false).facts()
	require.Len(t, want, 4)
	assert.Equal(t, want, build(true).facts())
}
