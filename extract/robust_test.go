package extract

import (
	"fmt"
	"reflect"
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
	for _, cf := range readCorpus(t) {
		for _, c := range cf.cases {
			texts = append(texts, c.text)
		}
	}
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
