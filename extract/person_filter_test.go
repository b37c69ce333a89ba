package extract

import (
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/zhfacts/zhfacts/patterns"
)

// TestPeopleFiltersMissNothing: mayBest and mayEnd are quick necessary
// conditions that let scan and bestEnding skip best. Wherever they say no,
// best must find nothing they would have used: no name at s without a cue,
// no reading before 、 that a list could take (mayBest), and no name from s
// ending at e with any cue (mayEnd). Checked at every rune of the front page
// and the corpus, on a state with the organizations and places blocked, and
// again after scan has taken its names.
func TestPeopleFiltersMissNothing(t *testing.T) {
	x, err := New(WithReference(frontPageRef))
	require.NoError(t, err)
	texts := append([]string{frontPage(t)}, corpusTexts(t)...)
	checked := 0
	for _, text := range texts {
		r := x.Extract(text)
		d := newDoc(text, frontPageRef)
		p := newPeopleState(d)
		for _, o := range r.Organizations {
			p.block(o.RuneStart, o.RuneEnd, 1)
		}
		for _, pl := range r.Places {
			p.block(pl.RuneStart, pl.RuneEnd, 1)
		}
		rs := d.runes
		n := len(rs)
		around := func(s int) string { return string(rs[max(0, s-6):min(n, s+8)]) }
		check := func(stage string) {
			for s := 0; s+1 < n; s++ {
				if !p.mayBest(s) {
					m, ok := p.best(s, nameCueNone)
					require.False(t, ok, "%s: mayBest is false, best finds %q in %q", stage, m.name, around(s))
					if m.e > m.s && m.e+1 < n && rs[m.e] == '、' {
						require.Less(t, m.score, acceptScore-kList, "%s: mayBest is false before a list item in %q", stage, around(s))
					}
					checked++
				}
				for e := s + 2; e <= s+4 && e <= n; e++ {
					if p.mayEnd(s, e) {
						continue
					}
					for _, cue := range []int{nameCueNone, cueList, cueStrong, cueTitled} {
						if m, ok := p.best(s, cue); ok {
							require.NotEqual(t, e, m.e, "%s: mayEnd(%d, %d) is false, best finds %q in %q", stage, s, e, m.name, around(s))
						}
					}
					checked++
				}
			}
		}
		check("blocked")
		p.scan()
		check("after scan")
		p.release()
		d.release()
	}
	require.Greater(t, checked, 10000, "the filters said no often enough to be tested")
}

// TestPeopleCueBoundsMissNothing: rightCueAt and leftCueAt first ask a
// table of runes (rightCueBound, leftLast) whether a cue can be there at
// all. The tables come from the lexicons; every cue word, post and byline
// role of the lexicons, and every rune of the front page and the corpus,
// must find them open wherever the full reading gives a cue.
func TestPeopleCueBoundsMissNothing(t *testing.T) {
	_, err := New()
	require.NoError(t, err)
	var after, before []string
	rows, err := patterns.LexiconRows("person_cue")
	require.NoError(t, err)
	for _, f := range rows {
		switch f[1] {
		case "after":
			after = append(after, f[0])
		case "before":
			before = append(before, f[0])
		}
	}
	posts, err := patterns.LexiconRows("title_post")
	require.NoError(t, err)
	for _, f := range posts {
		after = append(after, f[0])
	}
	bylines, err := patterns.Lexicon("title_byline")
	require.NoError(t, err)
	after = append(after, bylines...)
	require.NotEmpty(t, before)
	var texts []string
	for _, w := range after {
		texts = append(texts, "王明"+w+"说")
	}
	for _, w := range before {
		texts = append(texts, w+"王明说")
	}
	texts = append(texts, frontPage(t))
	texts = append(texts, corpusTexts(t)...)
	cues := 0
	for _, text := range texts {
		d := newDoc(text, frontPageRef)
		p := newPeopleState(d)
		for i := 0; i <= len(d.runes); i++ {
			if w := p.rightCueWeight(i); w > 0 {
				cues++
				require.GreaterOrEqual(t, p.rightCueBound(i), min(w, 3), "a right cue of weight %d at %d of %q", w, i, text)
				require.Equal(t, w, p.rightCueAt(i))
			}
			if w := p.leftCueWeight(i); w > 0 {
				cues++
				require.Equal(t, w, p.leftCueAt(i), "a left cue of weight %d before %d of %q", w, i, text)
			}
		}
		p.release()
		d.release()
	}
	require.Greater(t, cues, len(after)+len(before), "most words gave a cue")
}
