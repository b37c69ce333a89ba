package extract

import (
	"sync"

	"github.com/zhfacts/zhfacts/entities"
	"github.com/zhfacts/zhfacts/patterns"
)

// A runeTrie maps words to small integer tags. Words are inserted forward
// for left-to-right matching or reversed for matching leftwards from a
// position. Node 0 is the root; children live in one map keyed by
// (node, rune), which loads and matches faster than a map per node.
type runeTrie struct {
	kids  map[trieKey]int32
	tags  []int32 // tag of node i, 0 for none
	first runeSet // first rune of every word, as inserted
	max   int     // longest word in runes
}

type trieKey struct {
	node int32
	r    rune
}

func newTrie() *runeTrie {
	return &runeTrie{kids: map[trieKey]int32{}, tags: []int32{0}}
}

// add inserts w (reversed when rev) with tag; when a word is inserted twice
// the larger tag wins, so callers order tags by priority.
func (t *runeTrie) add(w string, tag int32, rev bool) {
	rs := []rune(w)
	if len(rs) == 0 {
		return
	}
	if rev {
		for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
			rs[i], rs[j] = rs[j], rs[i]
		}
	}
	t.first.add(rs[0])
	n := int32(0)
	for _, r := range rs {
		k := trieKey{n, r}
		c, ok := t.kids[k]
		if !ok {
			c = int32(len(t.tags))
			t.tags = append(t.tags, 0)
			t.kids[k] = c
		}
		n = c
	}
	if tag > t.tags[n] {
		t.tags[n] = tag
	}
	if len(rs) > t.max {
		t.max = len(rs)
	}
}

// forward returns the length and tag of the longest word starting at rs[i]
// (the trie holds forward words).
func (t *runeTrie) forward(rs []rune, i int) (int, int32) {
	if i >= len(rs) || !t.first.has(rs[i]) {
		return 0, 0
	}
	n, best, tag := int32(0), 0, int32(0)
	for j := i; j < len(rs) && j-i < t.max; j++ {
		c, ok := t.kids[trieKey{n, rs[j]}]
		if !ok {
			break
		}
		n = c
		if t.tags[n] != 0 {
			best, tag = j-i+1, t.tags[n]
		}
	}
	return best, tag
}

// backward returns the length and tag of the longest word ending just
// before rs[e], not reaching before lo (the trie holds reversed words).
func (t *runeTrie) backward(rs []rune, e, lo int) (int, int32) {
	if e <= lo || e > len(rs) || !t.first.has(rs[e-1]) {
		return 0, 0
	}
	n, best, tag := int32(0), 0, int32(0)
	for j := e - 1; j >= lo && e-j <= t.max; j-- {
		c, ok := t.kids[trieKey{n, rs[j]}]
		if !ok {
			break
		}
		n = c
		if t.tags[n] != 0 {
			best, tag = e-j, t.tags[n]
		}
	}
	return best, tag
}

// allBackward calls fn for every word ending just before rs[e], longest
// first, until fn returns true.
func (t *runeTrie) allBackward(rs []rune, e, lo int, fn func(n int, tag int32) bool) {
	if e <= lo || e > len(rs) || !t.first.has(rs[e-1]) {
		return
	}
	var lens [16]int
	var tags [16]int32
	k := 0
	n := int32(0)
	for j := e - 1; j >= lo && e-j <= t.max; j-- {
		c, ok := t.kids[trieKey{n, rs[j]}]
		if !ok {
			break
		}
		n = c
		if t.tags[n] != 0 && k < len(lens) {
			lens[k], tags[k] = e-j, t.tags[n]
			k++
		}
	}
	for k--; k >= 0; k-- {
		if fn(lens[k], tags[k]) {
			return
		}
	}
}

// runeSet is a set of runes of the Basic Multilingual Plane.
type runeSet [1024]uint64

func (s *runeSet) add(r rune) {
	if r >= 0 && r < 0x10000 {
		s[r>>6] |= 1 << (uint(r) & 63)
	}
}

func (s *runeSet) has(r rune) bool {
	return r >= 0 && r < 0x10000 && s[r>>6]&(1<<(uint(r)&63)) != 0
}

// Place lexicon tags.
const (
	placeName int32 = 1 + iota // a division, country, region or geographic name
	placeCue                   // 东麓, 流域, 地区 after a place
)

var (
	placeOnce sync.Once
	placeErr  error
	placeFwd  *runeTrie // places, forward
	placeCues *runeTrie // cue words, forward
	placeNot  *runeTrie // words that hold a place name but name none
)

func loadPlaces() error {
	placeOnce.Do(func() {
		placeFwd, placeCues, placeNot = newTrie(), newTrie(), newTrie()
		for _, name := range []string{"place_cn", "place_world", "place_derived"} {
			words, err := patterns.Lexicon(name)
			if err != nil {
				placeErr = err
				return
			}
			for _, w := range words {
				placeFwd.add(w, placeName, false)
			}
		}
		cues, err := patterns.Lexicon("place_cue")
		if err != nil {
			placeErr = err
			return
		}
		for _, w := range cues {
			placeCues.add(w, placeCue, false)
		}
		nots, err := patterns.Lexicon("place_not")
		if err != nil {
			placeErr = err
			return
		}
		for _, w := range nots {
			placeNot.add(w, 1, false)
		}
	})
	return placeErr
}

// matchPlace returns the length of the place name starting at rs[i], with
// a following cue word (贺兰山东麓, 中东地区), or 0.
func matchPlace(rs []rune, i int) int {
	n, _ := placeFwd.forward(rs, i)
	if n == 0 {
		return 0
	}
	if c, _ := placeCues.forward(rs, i+n); c > 0 {
		n += c
	}
	return n
}

// extractPlaces reports the place names of the lexicon, longest first, left
// to right. A place inside an organization's name belongs to the
// organization and is not reported, nor is a place in brackets inside a
// company name (原源(宁夏)鲜乳制品).
func extractPlaces(d *doc, r *entities.Result) []entities.Place {
	if placeFwd == nil {
		return nil
	}
	rs := d.runes
	var out []entities.Place
	orgs := r.Organizations
	oi, covered := 0, 0 // covered: the furthest end of the orgs started so far
	for i := 0; i < len(rs); {
		n := matchPlace(rs, i)
		if n == 0 {
			i++
			continue
		}
		if m, _ := placeNot.forward(rs, i); m >= n {
			i += m
			continue
		}
		s := d.span(i, i+n)
		for oi < len(orgs) && orgs[oi].Start <= s.Start {
			if orgs[oi].End > covered {
				covered = orgs[oi].End
			}
			oi++
		}
		if covered < s.End && !bracketedInName(rs, i, i+n) {
			out = append(out, entities.Place{Span: s, Name: s.Text})
		}
		i += n
	}
	return out
}

// bracketedInName reports a place written in brackets between two parts of
// a name: 原源(宁夏)新质.
func bracketedInName(rs []rune, s, e int) bool {
	return s >= 2 && e+1 < len(rs) && isOpenBracket(rs[s-1]) && isCloseBracket(rs[e]) &&
		isHan(rs[s-2]) && isHan(rs[e+1])
}

func isOpenBracket(r rune) bool  { return r == '(' || r == '（' }
func isCloseBracket(r rune) bool { return r == ')' || r == '）' }

func isHan(r rune) bool { return r >= 0x4e00 && r <= 0x9fff || r >= 0x3400 && r <= 0x4dbf }
