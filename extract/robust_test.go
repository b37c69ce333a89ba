package extract

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/zhfacts/zhfacts/entities"
)

var frontPageRef = time.Date(2026, 3, 15, 0, 0, 0, 0, time.UTC)

func frontPage(tb testing.TB) string {
	tb.Helper()
	return readFile(tb, "../testdata/front-page.txt")
}

// pathological inputs: each is about n bytes of one repeated piece.
func pathological(n int) map[string]string {
	rep := func(s string) string { return strings.Repeat(s, n/len(s)+1)[:n/len(s)*len(s)] }
	return map[string]string{
		"digits":     rep("1234567890"),
		"fullwidth":  rep("１２３４５６７８９０"),
		"yi":         rep("亿"),
		"dunhao":     rep("、"),
		"titles":     rep("书记"),
		"money":      rep("1亿元"),
		"percent":    rep("1.5%"),
		"dots":       rep("1."),
		"invalid":    rep("\xff\xfe\xc3"),
		"mixed":      rep("同比增长23.9%、"),
		"names":      rep("王立、"),
		"orgsuffix":  rep("有限公司"),
		"numerals":   rep("二〇二六年三月"),
		"surnames":   rep("李王张刘陈杨"),
		"brackets":   rep("(("),
		"datechain":  rep("3月11日至"),
		"yearranges": rep("2026-"),
	}
}

// TestBadInput: empty text, invalid UTF-8 and long runs of one piece return
// a result with valid offsets and no panic. Their speed is measured by
// BenchmarkPathological, not here.
func TestBadInput(t *testing.T) {
	x, err := New(WithReference(frontPageRef))
	require.NoError(t, err)
	inputs := pathological(64 << 10)
	inputs["empty"] = ""
	inputs["space"] = "   \n\t "
	inputs["nul"] = "\x00\x00年\x00"
	inputs["lone-surrogate"] = "\xed\xa0\x80月13日"
	inputs["truncated"] = "3月1\xe6\x97"
	for name, text := range inputs {
		t.Run(name, func(t *testing.T) {
			r := x.Extract(text)
			checkSpans(t, text, r)
		})
	}
}

func TestMegabyteOfDigits(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	text := strings.Repeat("9", 1<<20)
	r := x.Extract(text)
	checkSpans(t, text, r)
	assert.Empty(t, r.Dates, "a run of digits is no date")
}

// TestConcurrentUse: one Extractor shared by 8 goroutines gives the same
// results as one goroutine (run under -race in CI).
func TestConcurrentUse(t *testing.T) {
	x, err := New(WithReference(frontPageRef))
	require.NoError(t, err)
	texts := []string{frontPage(t)}
	texts = append(texts, corpusTexts(t)...)
	want := make([]entities.Result, len(texts))
	for i, s := range texts {
		want[i] = x.Extract(s)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := range texts {
				i := (k + g*7) % len(texts)
				if got := x.Extract(texts[i]); !reflect.DeepEqual(got, want[i]) {
					errs <- fmt.Sprintf("goroutine %d, text %d: result differs", g, i)
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestNoReferenceLeavesRelativeDatesUnresolved(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	r := x.Extract("今年前2个月，进出口总值38.1亿元。")
	for _, d := range r.Dates {
		if d.Relative {
			assert.False(t, d.Resolved, "%s resolved without a reference", d.Text)
			assert.Nil(t, d.From)
			assert.Nil(t, d.Point)
		}
	}
}

// TestLongTextIsReadInParts: a text longer than chunkSize is read in parts
// cut at line breaks; offsets still point into the whole text, and a person
// named in several parts is one Person.
func TestLongTextIsReadInParts(t *testing.T) {
	x, err := New(WithReference(frontPageRef))
	require.NoError(t, err)
	para := "本报讯(记者 张晓燕)3月13日，市长王建国出席会议。今年前2个月，全市外贸进出口总值38.1亿元，同比增长23.9%。\n"
	one := x.Extract(para)
	require.Len(t, one.Money, 1)
	n := chunkSize/len(para)*3 + 7
	text := strings.Repeat(para, n)
	require.Greater(t, len(text), 3*chunkSize)
	r := x.Extract(text)
	checkSpans(t, text, r)
	assert.Len(t, r.Money, n)
	assert.Len(t, r.Percents, n*len(one.Percents))
	assert.Len(t, r.Dates, n*len(one.Dates))
	assert.Len(t, r.Statistics, n*len(one.Statistics))
	assert.Len(t, r.Persons, len(one.Persons), "one Person per name across parts")
	for _, p := range r.Persons {
		assert.Len(t, p.Mentions, n, p.Name)
		for _, ti := range p.Titles {
			require.Less(t, ti, len(r.Titles))
			assert.Contains(t, r.Titles[ti].Holders, p.Name)
		}
	}
	for _, s := range r.Statistics {
		if s.Amount != nil {
			assert.Equal(t, text[s.Amount.Start:s.Amount.End], s.Amount.Text)
		}
		if s.Period != nil {
			assert.Equal(t, text[s.Period.Start:s.Period.End], s.Period.Text)
		}
	}
}

func TestCutPoint(t *testing.T) {
	text := strings.Repeat("甲", 100) + "\n" + strings.Repeat("乙", 100)
	assert.Equal(t, 301, cutPoint(text, 0, 400), "after the line break")
	assert.Equal(t, len(text), cutPoint(text, 0, 1000))
	noBreak := strings.Repeat("丙", 200)
	c := cutPoint(noBreak, 0, 100)
	assert.Equal(t, 99, c, "at a rune boundary")
}

// TestLongTextNumbersPerPart: the parts of a long text write their dates,
// money and percentages straight into the result; they must be those of
// each part read alone, moved to the part's place, whatever the density of
// the parts (a sparse first part sizes the slices too small for the dense
// parts after it), with and without WithCalendarDatesOnly (which rewrites a
// part's dates).
func TestLongTextNumbersPerPart(t *testing.T) {
	sparse := "本报讯 今年前2个月，全市外贸进出口总值38.1亿元，同比增长23.9%。" + strings.Repeat("会议强调要加强组织领导。", 40) + "\n"
	dense := "3月27日至29日，去年同期，出口5亿元、6.5亿美元，分别增长1.5%、2个百分点，2026年3月1日。\n"
	text := strings.Repeat(sparse, chunkSize/len(sparse)+1) + strings.Repeat(dense, 2*chunkSize/len(dense)+3)
	for _, opts := range [][]Option{{WithReference(frontPageRef)}, {WithReference(frontPageRef), WithCalendarDatesOnly()}} {
		x, err := New(opts...)
		require.NoError(t, err)
		whole := x.Extract(text)
		checkSpans(t, text, whole)
		var want entities.Result
		var perPart []int // money found in each part
		for base, baseRunes := 0, 0; base < len(text); {
			end := cutPoint(text, base, chunkSize)
			r := x.Extract(text[base:end])
			perPart = append(perPart, len(r.Money))
			shiftResult(&r, base, baseRunes)
			want.Dates = append(want.Dates, r.Dates...)
			want.Money = append(want.Money, r.Money...)
			want.Percents = append(want.Percents, r.Percents...)
			baseRunes += len([]rune(text[base:end]))
			base = end
		}
		require.Greater(t, len(perPart), 2)
		require.Greater(t, slices.Max(perPart[1:]), 10*perPart[0], "the later parts are denser")
		assert.Equal(t, want.Dates, whole.Dates)
		assert.Equal(t, want.Money, whole.Money)
		assert.Equal(t, want.Percents, whole.Percents)
	}
}

// TestFastPathLongNumerals: a numeral too long for the rules' window (it is
// cut there, and no mention) is no mention on the fast path either, however
// many runes the unit or currency after it has.
func TestFastPathLongNumerals(t *testing.T) {
	require.NoError(t, loadMoney())
	require.NoError(t, loadPercents())
	for n := 20; n <= 48; n++ {
		for _, tail := range []string{"%", " %", "个百分点", "百分点", "元", " 元", "美元", "亿元", "万美元"} {
			assertFastPathAgrees(t, "增长"+strings.Repeat("1", n)+tail)
		}
	}
	assert.Len(t, extractPercents(newDoc(strings.Repeat("0", 32)+" %", time.Time{})), 0, "a cut numeral")
	assert.Len(t, extractPercents(newDoc(strings.Repeat("0", 20)+" %", time.Time{})), 1)
}
