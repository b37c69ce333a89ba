package extract

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/zhfacts/zhfacts/entities"
	"github.com/zhfacts/zhfacts/patterns"
)

func moneyOf(t *testing.T, text string) []entities.Money {
	t.Helper()
	require.NoError(t, loadMoney())
	return extractMoney(newDoc(text, time.Time{}))
}

// Every currency of the lexicon is read where the lexicon says it stands,
// with the lexicon's code: the rules and the lexicon stay in step.
func TestCurrencyLexiconMatchesRules(t *testing.T) {
	rows, err := patterns.LexiconRows("currency")
	require.NoError(t, err)
	require.NotEmpty(t, rows)
	for _, r := range rows {
		require.Len(t, r, 3, "entry %v", r)
		word, code, where := r[0], r[1], r[2]
		if where == "after" || where == "both" {
			got := moneyOf(t, "合计25"+word+"。")
			if assert.Len(t, got, 1, word) {
				assert.Equal(t, "25"+word, got[0].Text, word)
				assert.Equal(t, code, got[0].Currency, word)
				assert.Equal(t, entities.Decimal("25"), got[0].Amount, word)
			}
		}
		if where == "before" || where == "both" {
			got := moneyOf(t, "合计"+word+"25万。")
			if assert.Len(t, got, 1, word) {
				assert.Equal(t, word+"25万", got[0].Text, word)
				assert.Equal(t, code, got[0].Currency, word)
				assert.Equal(t, entities.Decimal("250000"), got[0].Amount, word)
			}
		}
	}
}

func TestRangeBounds(t *testing.T) {
	cases := []struct{ a, b, lo, hi string }{
		{"5", "10亿", "500000000", "1000000000"},
		{"5亿", "10亿", "500000000", "1000000000"},
		{"1.5", "2万", "15000", "20000"},
		{"两千", "三千万", "20000000", "30000000"},
		{"一", "三千万", "10000000", "30000000"},
		{"五", "二十亿", "500000000", "2000000000"},
		{"3000", "5000", "3000", "5000"},
	}
	for _, c := range cases {
		hi, lo, ok := rangeBounds([]rune(c.a), []rune(c.b))
		require.True(t, ok, c.a+"-"+c.b)
		assert.Equal(t, entities.Decimal(c.lo), entities.DecimalFromRat(lo), c.a+"-"+c.b)
		assert.Equal(t, entities.Decimal(c.hi), entities.DecimalFromRat(hi), c.a+"-"+c.b)
	}
	_, _, ok := rangeBounds([]rune("5"), []rune("x"))
	assert.False(t, ok)
}

func TestQualifierAround(t *testing.T) {
	for text, want := range map[string]string{
		"约5亿元":    "约",
		"约为5亿元":   "约为",
		"超过5亿元":   "超过",
		"5亿元左右":   "左右",
		"近5亿元以上":  "近…以上",
		"共5亿元":    "",
		"5000多万元": "多",
	} {
		got := moneyOf(t, text)
		if assert.Len(t, got, 1, text) {
			assert.Equal(t, want, got[0].Qualifier, text)
			assert.Equal(t, want != "", got[0].Approximate, text)
		}
	}
}

func TestMoneyAnchor(t *testing.T) {
	for text, want := range map[string]bool{
		"5元": true, "多元化": false, "元旦": false, "¥5": true, "¥ 5": true, "$": false,
		"RMB 5": true, "ABC": false, "5万美元": true, "人民币5": true, "人民币汇率": false,
	} {
		runes := []rune(text)
		got := false
		for i := range runes {
			got = got || moneyAnchor(runes, i)
		}
		assert.Equal(t, want, got, text)
	}
}

func TestMoneySpansAndBadInput(t *testing.T) {
	for _, text := range []string{"", "元", "¥", "\xff\xfe5元", "5\xff元", "人民币", "亿元亿元", "-元", "5-元", "至10亿元"} {
		for _, m := range moneyOf(t, text) {
			assert.Equal(t, text[m.Start:m.End], m.Text, text)
			assert.Equal(t, utf8.RuneCountInString(text[:m.Start]), m.RuneStart, text)
		}
	}
	assert.Empty(t, moneyOf(t, "至10亿"))
	got := moneyOf(t, "\xff5元")
	require.Len(t, got, 1)
	assert.Equal(t, "5元", got[0].Text)
}

// A megabyte of digits runs in linear time: a numeral cut by the window is
// not read, and a long run of amounts gives every amount.
func TestMoneyDigitFlood(t *testing.T) {
	digits := strings.Repeat("1234567890", 100_000)
	assert.Empty(t, moneyOf(t, digits))
	assert.Empty(t, moneyOf(t, digits+"元"))
	assert.Empty(t, moneyOf(t, digits+"亿元"+digits))

	many := strings.Repeat("1元，", 20_000)
	got := moneyOf(t, many)
	require.Len(t, got, 20_000)
	for _, m := range got[:3] {
		assert.Equal(t, "1元", m.Text)
		assert.Equal(t, "1 CNY", m.Normalized())
	}

	mixed := strings.Repeat("1.2.3,4万亿元-", 10_000)
	for _, m := range moneyOf(t, mixed) {
		assert.Equal(t, mixed[m.Start:m.End], m.Text)
		assert.NotEmpty(t, m.Amount)
	}
}

func BenchmarkNumbers(b *testing.B) {
	data, err := readFrontPage()
	if err != nil {
		b.Fatal(err)
	}
	x, err := New(WithDimensions(Numbers))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.Extract(data)
	}
}

// BenchmarkMoneyPercent measures the two extractors alone, on a document
// already split into runes.
func BenchmarkMoneyPercent(b *testing.B) {
	data, err := readFrontPage()
	if err != nil {
		b.Fatal(err)
	}
	if err := loadMoney(); err != nil {
		b.Fatal(err)
	}
	if err := loadPercents(); err != nil {
		b.Fatal(err)
	}
	d := newDoc(data, time.Time{})
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		extractMoney(d)
		extractPercents(d)
	}
}

func BenchmarkNewDoc(b *testing.B) {
	data, err := readFrontPage()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		newDoc(data, time.Time{})
	}
}

// The fast paths stand for rules money/suffix and percent/sign: with and
// without them the extractors give the same entities, on the corpus, the
// front page and cases made to probe the edges of the fast forms.
func TestFastPathAgreesWithRules(t *testing.T) {
	require.NoError(t, loadMoney())
	require.NoError(t, loadPercents())
	var texts []string
	texts = append(texts, corpusTexts(t)...)
	front, err := readFrontPage()
	require.NoError(t, err)
	texts = append(texts, front,
		"5元", "1.元", "1..2亿元", ".5亿元", "5.亿元", "3亿多元", "5000多万元", "100余万元", "5多余万元",
		"5万万元", "5十万元", "5千万亿元", "5亿多多元", "１２．５亿元", "5·5亿元", "12,000元", "-5%", "−5％",
		"5 %", "5  %", "5.5.5%", "3.%", "%", "5‰", "1.2.3%", "5日元", "3月5日元旦", "5元化", "5亿美元区",
		"5人民币", "5新加坡元", "5块钱", "5块", "5亿——10亿元", "5亿元至10亿元", "增长到10亿元", "1美元2亿元",
		"1,349,084亿元", "1,2345元", "12,345.6%", "5.6个百分点", "-5.6个百分点", "两个百分点", "0.5个百分点至5.2%",
		"5%-10%", "5%～10%", "攀升至85%", "5至10%", "人民币1亿元", "3元5角2分", "US$ 3亿", "5 元", "1-2月增长5%",
		strings.Repeat("1亿元", 50), strings.Repeat("1.5%", 50), strings.Repeat("同比增长23.9%、", 20),
		strings.Repeat("人民币1亿元", 50), strings.Repeat("5-10亿元，", 30), strings.Repeat("2.5个百分点", 40))
	for _, text := range texts {
		assertFastPathAgrees(t, text)
	}
}

// assertFastPathAgrees checks that the money and percentages of text are the
// same read by the fast path and by the rules alone.
func assertFastPathAgrees(t *testing.T, text string) {
	t.Helper()
	defer func() { useFastPath = true }()
	useFastPath = true
	d := newDoc(text, time.Time{})
	m1, p1 := extractMoney(d), extractPercents(d)
	useFastPath = false
	d = newDoc(text, time.Time{})
	m2, p2 := extractMoney(d), extractPercents(d)
	assert.Equal(t, m2, m1, text)
	assert.Equal(t, p2, p1, text)
}

func TestMultipliedDecimal(t *testing.T) {
	for in, want := range map[string]entities.Decimal{
		"38.1亿": "3810000000", "5000万": "50000000", "2千万": "20000000", "1.5万亿": "1500000000000",
		"５．５亿": "550000000", "42": "42", "3百": "300", "0.05万": "500",
	} {
		got, ok := multipliedDecimal([]rune(in))
		assert.True(t, ok, in)
		assert.Equal(t, want, got, in)
		assert.Equal(t, decimalOf([]rune(in)), got, in) // the exact parser agrees
	}
	for _, bad := range []string{"", "万", "三千万", "3千5百", "1,100万", "x亿"} {
		_, ok := multipliedDecimal([]rune(bad))
		assert.False(t, ok, bad)
	}
}

func TestArabicEnd(t *testing.T) {
	for in, want := range map[string]int{
		"38.1亿": 4, "1,349,084亿": 9, "1,2345": 1, "1,23亿": 1, "12,345.6%": 8, "1.2.3": 3, ".5": 0,
		"5.": 1, "亿": 0, "２·５": 3, "1,234,": 5,
	} {
		assert.Equal(t, want, arabicEnd([]rune(in)), in)
	}
}

func TestRangeBefore(t *testing.T) {
	require.NoError(t, loadMoney())
	// "|" marks where the mention under test starts.
	for text, want := range map[string]bool{
		"5-|10亿元": true, "5亿元至|10亿元": true, "5亿——|10亿元": true, "2%～|3%": true,
		"增长到|10亿元": false, "攀升至|85%": false, "|10亿元": false, "共|10亿元": false,
	} {
		i := strings.Index(text, "|")
		runes := []rune(text[:i] + text[i+1:])
		assert.Equal(t, want, rangeBefore(runes, utf8.RuneCountInString(text[:i])), text)
	}
}

// FuzzFastPathAgreesWithRules: on any text the fast paths give what the
// rules give.
func FuzzFastPathAgreesWithRules(f *testing.F) {
	for _, s := range []string{"38.1亿元，同比增长23.9%", "5-10亿元", "人民币5000万元", "1,349,084亿元", "5.6个百分点",
		"5%-10%", "净利润-3.2亿元", "3元5角", "增长到10亿元", "2%～3%", "1亿元1亿元", "百分之十"} {
		f.Add(s)
	}
	require.NoError(f, loadMoney())
	require.NoError(f, loadPercents())
	f.Fuzz(func(t *testing.T, text string) {
		assertFastPathAgrees(t, text)
		if t.Failed() {
			t.FailNow()
		}
	})
}

// TestFastPathRandomText builds texts from the pieces of money and percent
// mentions at random (a fixed seed) and checks that the fast paths agree
// with the rules on every one.
func TestFastPathRandomText(t *testing.T) {
	require.NoError(t, loadMoney())
	require.NoError(t, loadPercents())
	pieces := []string{"1", "2", "0", "5", "３", "亿", "万", "千", "百", "十", "三", "一", "元", "美元", "人民币", "¥", "$",
		"US$", "%", "％", "‰", "个百分点", "百分点", "百分之", "至", "-", "—", "～", "角", "分", "多", "余", "约", "增长",
		"，", "、", " ", "·", ".", ",", "−", "日元", "月", "新台币", "港币", "RMB", "块钱", "马克", "化", "钱", "同比",
		"占", "率", "\n", "。", "比上年", "下降", "到", "个", "点", "之", "千分之", "以上", "左右"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.Intn(20) + 1; k > 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		if assertFastPathAgrees(t, b.String()); t.Failed() {
			t.FailNow()
		}
	}
}

// TestNumbersInTextOrder: money and percentages come in text order, also
// when the rules read a mention (a range, a currency in front) after the
// fast path read those after it; the Result keeps that order as they give
// it. Every corpus text is checked as well.
func TestNumbersInTextOrder(t *testing.T) {
	x, err := New(WithReference(frontPageRef))
	require.NoError(t, err)
	text := "38.1亿元、人民币5000万元和5-10亿元，5%～10%、23.9%和3.2个百分点"
	r := x.Extract(text)
	var money, pcts []string
	for _, m := range r.Money {
		money = append(money, m.Text)
	}
	for _, p := range r.Percents {
		pcts = append(pcts, p.Text)
	}
	assert.Equal(t, []string{"38.1亿元", "5000万元", "5-10亿元"}, money)
	assert.Equal(t, []string{"5%～10%", "23.9%", "3.2个百分点"}, pcts)
	texts := []string{text, frontPage(t)}
	texts = append(texts, corpusTexts(t)...)
	for _, s := range texts {
		r := x.Extract(s)
		assert.True(t, slices.IsSortedFunc(r.Money, func(a, b entities.Money) int { return a.Start - b.Start }), s)
		assert.True(t, slices.IsSortedFunc(r.Percents, func(a, b entities.Percent) int { return a.Start - b.Start }), s)
	}
}
