package extract

import (
	"strings"
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
	tags  []int32  // tag of node i, 0 for none
	root  []int32  // child of the root by BMP rune, 0 for none
	pairs []uint64 // filter of the first two runes of every word
	max   int      // longest word in runes
}

const pairBits = 1 << 20

func pairHash(a, b rune) uint32 { return (uint32(a)*40503 ^ uint32(b)*2654435761) & (pairBits - 1) }

func (t *runeTrie) pairMayStart(a, b rune) bool {
	h := pairHash(a, b)
	return t.pairs[h>>6]&(1<<(h&63)) != 0
}

type trieKey struct {
	node int32
	r    rune
}

func newTrie() *runeTrie {
	return &runeTrie{kids: map[trieKey]int32{}, tags: []int32{0}, root: make([]int32, 0x10000), pairs: make([]uint64, pairBits/64)}
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
	if rs[0] < 0 || rs[0] >= 0x10000 {
		return // the dense root holds the BMP only; no lexicon word starts beyond it
	}
	if len(rs) > 1 {
		h := pairHash(rs[0], rs[1])
		t.pairs[h>>6] |= 1 << (h & 63)
	}
	n := t.root[rs[0]]
	if n == 0 {
		n = int32(len(t.tags))
		t.tags = append(t.tags, 0)
		t.root[rs[0]] = n
	}
	for _, r := range rs[1:] {
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
	if i >= len(rs) || rs[i] < 0 || rs[i] >= 0x10000 {
		return 0, 0
	}
	n := t.root[rs[i]]
	if n == 0 {
		return 0, 0
	}
	best, tag := 0, int32(0)
	if t.tags[n] != 0 {
		best, tag = 1, t.tags[n]
	}
	if i+1 >= len(rs) || !t.pairMayStart(rs[i], rs[i+1]) {
		return best, tag
	}
	for j := i + 1; j < len(rs) && j-i < t.max; j++ {
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
	if e <= lo || e > len(rs) || rs[e-1] < 0 || rs[e-1] >= 0x10000 {
		return 0, 0
	}
	n := t.root[rs[e-1]]
	if n == 0 {
		return 0, 0
	}
	best, tag := 0, int32(0)
	if t.tags[n] != 0 {
		best, tag = 1, t.tags[n]
	}
	if e-2 < lo || !t.pairMayStart(rs[e-1], rs[e-2]) {
		return best, tag
	}
	for j := e - 2; j >= lo && e-j <= t.max; j-- {
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
	if e <= lo || e > len(rs) || rs[e-1] < 0 || rs[e-1] >= 0x10000 {
		return
	}
	n := t.root[rs[e-1]]
	if n == 0 {
		return
	}
	var lens [16]int
	var tags [16]int32
	k := 0
	if t.tags[n] != 0 {
		lens[0], tags[0] = 1, t.tags[n]
		k = 1
	}
	if e-2 < lo || !t.pairMayStart(rs[e-1], rs[e-2]) {
		if k == 1 {
			fn(1, tags[0])
		}
		return
	}
	for j := e - 2; j >= lo && e-j <= t.max; j-- {
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

// suffixWords lists, by division suffix, the characters that after it make
// a word (市场, 县级, 省长).
var suffixWords = map[rune]string{
	'市': "场民长中级区内外容面值",
	'县': "级城长里内委",
	'省': "级长内外会委",
	'区': "级长内域别委",
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
	// A division suffix that starts a word of its own (太原市场, 玉环县级)
	// belongs to that word.
	if e := i + n; n > 2 && e < len(rs) {
		if next, ok := suffixWords[rs[e-1]]; ok && strings.ContainsRune(next, rs[e]) {
			return n - 1
		}
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
		if m, _ := placeNot.forward(rs, i); m > 0 && m >= n {
			i += m
			continue
		}
		if n == 0 {
			i++
			continue
		}
		s := d.span(i, i+n)
		for oi < len(orgs) && orgs[oi].Start <= s.Start {
			if orgs[oi].End > covered {
				covered = orgs[oi].End
			}
			oi++
		}
		if covered < s.End && !bracketedInName(rs, i, i+n) && !styleOf(rs, i+n) {
			out = append(out, entities.Place{Span: s, Name: s.Text})
		}
		i += n
	}
	return out
}

// styleOf reports a place used as a style or origin (英国式, 以色列籍) or
// naming a facility (宁夏基地, 酒泉基地), not the place itself.
func styleOf(rs []rune, e int) bool {
	if e >= len(rs) {
		return false
	}
	return rs[e] == '式' || rs[e] == '籍' || rs[e] == '基' && e+1 < len(rs) && rs[e+1] == '地'
}

// bracketedInName reports a place written in brackets between two parts of
// a name: 原源(宁夏)新质.
func bracketedInName(rs []rune, s, e int) bool {
	return s >= 2 && e+1 < len(rs) && isOpenBracket(rs[s-1]) && isCloseBracket(rs[e]) &&
		isHan(rs[s-2]) && isHan(rs[e+1])
}

func isOpenBracket(r rune) bool  { return r == '(' || r == '（' }
func isCloseBracket(r rune) bool { return r == ')' || r == '）' }
