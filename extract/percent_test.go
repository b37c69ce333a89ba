package extract

import (
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/zhfacts/zhfacts/entities"
)

func readFrontPage() (string, error) {
	data, err := os.ReadFile("../testdata/front-page.txt")
	return string(data), err
}

func percentsOf(t *testing.T, text string) []entities.Percent {
	t.Helper()
	require.NoError(t, loadPercents())
	return extractPercents(newDoc(text, time.Time{}))
}

func normalized(ps []entities.Percent) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Text + " " + p.Normalized()
	}
	return out
}

// A basis stated once carries over to the later growth figures of the
// paragraph, and, when the document states only one kind of basis, to the
// later paragraphs too.
func TestPercentBasisAcrossParagraphs(t *testing.T) {
	text := "今年前2个月，全区外贸进出口总值38.1亿元，同比增长23.9%，较全国增速高出5.6个百分点。其中，出口增长25.6%。\n\n" +
		"民营企业进出口增长39.9%，占全区进出口总值的89.2%。\n\n" +
		"出口方面，机电产品出口增长100.7%。"
	assert.Equal(t, []string{
		"23.9% 23.9 percent growth yoy",
		"5.6个百分点 5.6 point difference none",
		"25.6% 25.6 percent growth yoy",
		"39.9% 39.9 percent growth yoy",
		"89.2% 89.2 percent share none",
		"100.7% 100.7 percent growth yoy",
	}, normalized(percentsOf(t, text)))

	// Month on month only: mom everywhere.
	assert.Equal(t, []string{"0.3% 0.3 percent growth mom", "2.1% 2.1 percent growth mom"},
		normalized(percentsOf(t, "社会消费品零售总额环比增长0.3%。\n汽车类零售额增长2.1%。")))

	// Both: the paragraph's own word, else the nearest one before.
	assert.Equal(t, []string{
		"0.4% 0.4 percent decline mom",
		"0.1% 0.1 percent growth yoy",
		"1.2% 1.2 percent growth yoy",
		"0.5% 0.5 percent growth yoy",
	}, normalized(percentsOf(t, "价格环比下降0.4%，同比上涨0.1%。其中食品上涨1.2%。\n服务价格上涨0.5%。")))

	// A growth figure before any basis word in a document that has both:
	// year on year, the usual basis; 环比 only where it is written.
	assert.Equal(t, []string{"3% 3 percent growth yoy", "1% 1 percent growth mom", "2% 2 percent growth yoy"},
		normalized(percentsOf(t, "产量增长3%。\n环比增长1%。\n同比增长2%。")))

	// No basis word at all.
	assert.Equal(t, []string{"3% 3 percent growth none"}, normalized(percentsOf(t, "产量增长3%。")))
}

func TestPercentNumber(t *testing.T) {
	for in, want := range map[string]string{
		"23.9": "23.9", "２３．９": "23.9", "百": "100", "二十三点九": "23.9", "-3.2": "-3.2",
		"−0.5": "-0.5", "12·8": "12.8", "五十点○七": "50.07",
	} {
		v, ok := percentNumber([]rune(in))
		require.True(t, ok, in)
		assert.Equal(t, entities.Decimal(want), entities.DecimalFromRat(v), in)
	}
	for _, bad := range []string{"", "-", "x"} {
		_, ok := percentNumber([]rune(bad))
		assert.False(t, ok, bad)
	}
}

func TestPercentKindCues(t *testing.T) {
	for text, want := range map[string]entities.PercentKind{
		"出口增长5%":            entities.KindGrowth,
		"出口下降5%":            entities.KindDecline,
		"占全省的5%":            entities.KindShare,
		"合格率达到99%":          entities.KindRate,
		"比全国高出2个百分点":        entities.KindDifference,
		"占比提高2个百分点":         entities.KindDifference,
		"出口提高5%":            entities.KindGrowth,
		"占比逐年攀升至85%":        entities.KindShare,
		"增速提高到6%":           entities.KindGrowth,
		"第二产业增加值5%":         entities.KindRate,
		"增量的48%":            entities.KindRate,
		"回落2个百分点":           entities.KindDecline,
		"据调查，65%":           entities.KindRate,
		"大约2个百分点":           entities.KindDifference,
		"增长率为30.8%":         entities.KindGrowth,
		"市场占有率12%":          entities.KindShare,
		"出口增长5%，合格率98%":     entities.KindRate,
		"分别增长4408.8%、76.2%": entities.KindGrowth,
		"下降0.5个百分点至5.2%":    entities.KindRate,
		"比例由25%降到20%":       entities.KindRate,
		"增幅回落至3%":           entities.KindGrowth,
		"粮食增产1.6%":          entities.KindGrowth,
		"降幅收窄到1.2%":         entities.KindDecline,
	} {
		got := percentsOf(t, text)
		if assert.NotEmpty(t, got, text) {
			assert.Equal(t, want, got[len(got)-1].Kind, text)
		}
	}
}

func TestPercentBadInput(t *testing.T) {
	for _, text := range []string{"", "%", "％％", "百分之", "\xff%", "5\xff%", "百分之\xff", "个百分点", "-%", "5-%"} {
		for _, p := range percentsOf(t, text) {
			assert.Equal(t, text[p.Start:p.End], p.Text, text)
		}
	}
	assert.Empty(t, percentsOf(t, "百分之"))
}

// A megabyte of digits and signs runs in linear time.
func TestPercentDigitFlood(t *testing.T) {
	digits := strings.Repeat("1234567890", 100_000)
	assert.Empty(t, percentsOf(t, digits+"%"))
	assert.Empty(t, percentsOf(t, digits+"个百分点"))

	many := strings.Repeat("增长1%，", 20_000)
	got := percentsOf(t, many)
	require.Len(t, got, 20_000)
	assert.Equal(t, "1 percent growth none", got[0].Normalized())

	signs := strings.Repeat("1%2%3.4%-5%", 10_000)
	for _, p := range percentsOf(t, signs) {
		assert.Equal(t, signs[p.Start:p.End], p.Text)
	}
}

// Every basis word has a key rune, so the one-pass scan finds it.
func TestBasisKeys(t *testing.T) {
	n := 0
	for _, ws := range basisKeys {
		n += len(ws)
	}
	assert.Equal(t, len(yoyWords)+len(momWords), n)
	for _, w := range append(append([]string{}, yoyWords...), momWords...) {
		b := &basisContext{d: newDoc("。"+w+"增长", time.Time{})}
		b.load()
		if assert.Len(t, b.marks, 1, w) {
			assert.Equal(t, 1, b.marks[0].start, w)
			assert.Equal(t, 1+len([]rune(w)), b.marks[0].end, w)
		}
	}
}

// The cue search reads at most maxCueLen runes and stops only where cueEnds
// says a cue may end.
func TestPercentCueTable(t *testing.T) {
	for w := range percentCues {
		r := []rune(w)
		assert.LessOrEqual(t, len(r), maxCueLen, w)
		assert.True(t, cueEnds.has(r[len(r)-1]), w)
	}
}

func TestPercentQualifier(t *testing.T) {
	for text, want := range map[string]string{
		"超过85%": "超过", "控制在3.5%以内": "以内", "约30%左右": "约…左右", "达到12%": "", "近五成": "",
	} {
		got := percentsOf(t, text)
		if want == "" && len(got) == 0 {
			continue
		}
		if assert.Len(t, got, 1, text) {
			assert.Equal(t, want, got[0].Qualifier, text)
			assert.Equal(t, want != "", got[0].Approximate, text)
		}
	}
}

// garbage sets every string, integer and boolean of v, a struct, to a value
// no extractor writes.
func garbage(v reflect.Value) {
	for i := 0; i < v.NumField(); i++ {
		switch f := v.Field(i); f.Kind() {
		case reflect.String:
			f.SetString("garbage")
		case reflect.Int:
			f.SetInt(-7)
		case reflect.Bool:
			f.SetBool(true)
		case reflect.Struct:
			garbage(f)
		}
	}
}

// TestNumbersOverwriteTheirSlots: money and percentages written into room
// that holds earlier records (every field set) come out as written into
// fresh room: the readers fill every field of a record.
func TestNumbersOverwriteTheirSlots(t *testing.T) {
	_, err := New(WithReference(frontPageRef))
	require.NoError(t, err)
	texts := []string{frontPage(t)}
	texts = append(texts, corpusTexts(t)...)
	n := 0
	for _, text := range texts {
		d := newDoc(text, frontPageRef)
		wantM := extractMoneyInto(d, nil, 1)
		wantP := extractPercentsInto(d, nil, 1)
		dm := make([]entities.Money, len(wantM)+4)
		for i := range dm {
			garbage(reflect.ValueOf(&dm[i]).Elem())
		}
		dp := make([]entities.Percent, len(wantP)+4)
		for i := range dp {
			garbage(reflect.ValueOf(&dp[i]).Elem())
		}
		if gotM := extractMoneyInto(d, dm[:0], 1); len(wantM) > 0 || len(gotM) > 0 {
			assert.Equal(t, wantM, gotM, text)
		}
		if gotP := extractPercentsInto(d, dp[:0], 1); len(wantP) > 0 || len(gotP) > 0 {
			assert.Equal(t, wantP, gotP, text)
		}
		n += len(wantM) + len(wantP)
		d.release()
	}
	assert.Greater(t, n, 100, "the texts hold figures")
}
