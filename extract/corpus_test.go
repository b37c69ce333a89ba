package extract

// The corpus runner. Every file testdata/*.corpus is a set of whole sentences
// with every entity expected in them; the files are the tests and the
// documentation of each dimension. The format:
//
//	# a comment: what the next cases show
//	types date money        the entity types this file checks (first line)
//	ref 2026-03-15          the reference date for the cases below ("none": no reference)
//	text 3月13日，…           a case: the sentence, on one line
//	  date 3月13日 => 2026-03-13
//	  money 38.1亿元 => 3810000000 CNY
//	  fact => 自治区外贸 | 进出口总值 | 2026-01-01..2026-02-28 | 3810000000 CNY | 23.9 yoy | -
//
// An expectation is "type surface => normalized", where normalized is the
// entity's Normalized() text; "=> normalized" may be left out to check the
// surface alone. A case must yield exactly its expectations for the file's
// types: one missing or one extra fails. A case with none is a negative.

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/zhfacts/zhfacts/entities"
	"github.com/zhfacts/zhfacts/patterns"
)

type corpusCase struct {
	file string
	line int
	ref  time.Time
	text string
	want []string // "type surface => normalized" or "type surface"
}

type corpusFile struct {
	path  string
	types []string
	cases []corpusCase
}

func readCorpus(t testing.TB) []corpusFile {
	t.Helper()
	paths, err := filepath.Glob("../testdata/*.corpus")
	require.NoError(t, err)
	require.NotEmpty(t, paths, "no corpus files")
	var out []corpusFile
	for _, p := range paths {
		f, err := os.Open(p)
		require.NoError(t, err)
		cf := corpusFile{path: p}
		var ref time.Time
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for n := 1; sc.Scan(); n++ {
			raw := sc.Text()
			line := strings.TrimSpace(raw)
			switch {
			case line == "" || strings.HasPrefix(line, "#"):
			case strings.HasPrefix(line, "types "):
				cf.types = strings.Fields(line)[1:]
			case strings.HasPrefix(line, "ref "):
				v := strings.TrimSpace(line[4:])
				ref = time.Time{}
				if v != "none" {
					ref, err = time.Parse("2006-01-02", v)
					require.NoError(t, err, "%s:%d", p, n)
				}
			case strings.HasPrefix(raw, "text "):
				cf.cases = append(cf.cases, corpusCase{file: p, line: n, ref: ref, text: raw[5:]})
			case raw != line: // indented: an expectation
				require.NotEmpty(t, cf.cases, "%s:%d: expectation before any text", p, n)
				c := &cf.cases[len(cf.cases)-1]
				c.want = append(c.want, normalizeExpectation(line))
			default:
				t.Fatalf("%s:%d: cannot read %q", p, n, raw)
			}
		}
		require.NoError(t, sc.Err())
		f.Close()
		require.NotEmpty(t, cf.types, "%s: no 'types' line", p)
		out = append(out, cf)
	}
	return out
}

func normalizeExpectation(s string) string {
	if i := strings.Index(s, "=>"); i >= 0 {
		return strings.Join(strings.Fields(s[:i]), " ") + " => " + strings.TrimSpace(s[i+2:])
	}
	return strings.Join(strings.Fields(s), " ")
}

// described lists a result's entities of one type as corpus lines.
func described(r entities.Result, typ string) []string {
	var out []string
	add := func(surface, norm string) { out = append(out, typ+" "+surface+" => "+norm) }
	switch typ {
	case "date":
		for _, e := range r.Dates {
			add(e.Text, e.Normalized())
		}
	case "money":
		for _, e := range r.Money {
			add(e.Text, e.Normalized())
		}
	case "percent":
		for _, e := range r.Percents {
			add(e.Text, e.Normalized())
		}
	case "person":
		for _, p := range r.Persons {
			for _, m := range p.Mentions {
				add(m.Text, p.Normalized())
			}
		}
	case "title":
		for _, e := range r.Titles {
			add(e.Text, e.Normalized())
		}
	case "org":
		for _, e := range r.Organizations {
			add(e.Text, e.Normalized())
		}
	case "place":
		for _, e := range r.Places {
			add(e.Text, e.Normalized())
		}
	case "fact":
		for _, e := range r.Statistics {
			out = append(out, "fact => "+e.Normalized())
		}
	}
	return out
}

// matchExpectations pairs wanted lines with got lines; a wanted line without
// "=>" matches on its surface alone.
func matchExpectations(want, got []string) (missing, extra []string) {
	used := make([]bool, len(got))
	for _, w := range want {
		found := false
		for i, g := range got {
			if used[i] {
				continue
			}
			if g == w || (!strings.Contains(w, "=>") && strings.HasPrefix(g, w+" => ")) {
				used[i], found = true, true
				break
			}
		}
		if !found {
			missing = append(missing, w)
		}
	}
	for i, g := range got {
		if !used[i] {
			extra = append(extra, g)
		}
	}
	return missing, extra
}

// firedRules collects the rule names that produced an entity in the corpus.
func firedRules(r entities.Result, into map[string]bool) {
	for _, e := range r.Dates {
		into["date/"+e.Rule] = true
	}
	for _, e := range r.Money {
		into["money/"+e.Rule] = true
	}
	for _, e := range r.Percents {
		into["percent/"+e.Rule] = true
	}
}

var corpusFired = map[string]bool{}

// corpusTexts returns the text of every case of the corpus, in file order.
func corpusTexts(t testing.TB) []string {
	var texts []string
	for _, cf := range readCorpus(t) {
		for _, c := range cf.cases {
			texts = append(texts, c.text)
		}
	}
	return texts
}

func TestCorpus(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	for _, cf := range readCorpus(t) {
		t.Run(filepath.Base(cf.path), func(t *testing.T) {
			for _, c := range cf.cases {
				r := x.ExtractAt(c.text, c.ref)
				checkSpans(t, c.text, r)
				firedRules(r, corpusFired)
				var got, want []string
				for _, typ := range cf.types {
					got = append(got, described(r, typ)...)
				}
				for _, w := range c.want {
					typ := strings.Fields(w)[0]
					if !contains(cf.types, typ) {
						t.Errorf("%s:%d: type %q is not in the file's types", c.file, c.line, typ)
					}
					want = append(want, w)
				}
				missing, extra := matchExpectations(want, got)
				sort.Strings(missing)
				sort.Strings(extra)
				if len(missing)+len(extra) > 0 {
					t.Errorf("%s:%d: %s\n  missing: %s\n  extra:   %s", c.file, c.line, c.text,
						strings.Join(missing, "\n           "), strings.Join(extra, "\n           "))
				}
			}
		})
	}
}

// TestEveryRuleFires checks that each pattern of the numeric dimensions
// produces an entity somewhere in the corpus.
func TestEveryRuleFires(t *testing.T) {
	if len(corpusFired) == 0 {
		TestCorpus(t)
	}
	for _, dim := range []string{"date", "money", "percent"} {
		rules, err := patterns.Rules(dim)
		if err != nil {
			continue // the dimension has no rules file
		}
		for _, rule := range rules {
			assert.True(t, corpusFired[dim+"/"+rule.Name], "rule %s/%s fires nowhere in the corpus", dim, rule.Name)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// checkSpans asserts the offset invariants on every span of a result: byte
// and rune offsets agree, and the text equals the source slice.
func checkSpans(t *testing.T, text string, r entities.Result) {
	t.Helper()
	// runeAt[b] is the number of runes before byte b, for the rune
	// boundaries b (boundary[b]); an invalid byte is a rune of its own, as
	// ranging over a string reads it.
	runeAt := make([]int, len(text)+1)
	boundary := make([]bool, len(text)+1)
	n := 0
	for b := range text {
		runeAt[b], boundary[b] = n, true
		n++
	}
	runeAt[len(text)], boundary[len(text)] = n, true
	for _, s := range allSpans(r) {
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			t.Errorf("span %+v out of range", s)
			continue
		}
		if text[s.Start:s.End] != s.Text {
			t.Errorf("span %+v: text %q != source %q", s, s.Text, text[s.Start:s.End])
		}
		if !boundary[s.Start] || !boundary[s.End] {
			t.Errorf("span %+v is not on rune boundaries", s)
			continue
		}
		if rs := runeAt[s.Start]; rs != s.RuneStart {
			t.Errorf("span %+v: rune start should be %d", s, rs)
		}
		if re := runeAt[s.End]; re != s.RuneEnd {
			t.Errorf("span %+v: rune end should be %d", s, re)
		}
	}
}

func allSpans(r entities.Result) []entities.Span {
	var out []entities.Span
	for _, e := range r.Dates {
		out = append(out, e.Span)
	}
	for _, e := range r.Money {
		out = append(out, e.Span)
	}
	for _, e := range r.Percents {
		out = append(out, e.Span)
	}
	for _, p := range r.Persons {
		out = append(out, p.Mentions...)
	}
	for _, e := range r.Titles {
		out = append(out, e.Span)
	}
	for _, e := range r.Organizations {
		out = append(out, e.Span)
	}
	for _, e := range r.Places {
		out = append(out, e.Span)
	}
	for _, e := range r.Statistics {
		out = append(out, e.Span)
	}
	return out
}

func ExampleNew() {
	x, _ := New(WithReference(time.Date(2026, 3, 15, 0, 0, 0, 0, time.UTC)))
	r := x.Extract("")
	fmt.Println(len(r.Dates), len(r.Money))
	// Output: 0 0
}
