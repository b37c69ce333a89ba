package extract

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"sync"

	"github.com/zhfacts/zhfacts/entities"
	"github.com/zhfacts/zhfacts/patterns"
)

// A runeTrie maps words to small integer tags. Words are inserted forward
// for left-to-right matching or reversed for matching leftwards from a
// position. Node 0 is the root; its children are a dense table by BMP rune,
// the other edges live in one open-addressing hash table keyed by (node,
// rune), which matches several times faster than a Go map.
type runeTrie struct {
	keys  []uint64 // edge keys, node<<21 | rune, plus one; 0 marks a free slot
	vals  []int32  // child of the edge in the same slot
	used  int      // occupied slots
	shift uint     // 64 - log2(len(keys))
	tags  []int32  // tag of node i, 0 for none
	root  []int32  // child of the root by BMP rune, 0 for none
	first runeSet  // the runes of root, a smaller table for the first test
	pairs []uint64 // filter of the first two runes of every word
	max   int      // longest word in runes
}

const pairBits = 1 << 17

func pairHash(a, b rune) uint32 { return (uint32(a)*40503 ^ uint32(b)*2654435761) & (pairBits - 1) }

func (t *runeTrie) pairMayStart(a, b rune) bool {
	h := pairHash(a, b)
	return t.pairs[h>>6]&(1<<(h&63)) != 0
}

func newTrie() *runeTrie {
	return &runeTrie{keys: make([]uint64, 64), vals: make([]int32, 64), shift: 64 - 6,
		tags: []int32{0}, root: make([]int32, 0x10000), pairs: make([]uint64, pairBits/64)}
}

func trieEdge(node int32, r rune) uint64 { return uint64(node)<<21 | uint64(r&0x1fffff) + 1 }

// secondRunes returns the second runes of the words of t (the BMP ones).
func (t *runeTrie) secondRunes() *runeSet {
	rootChild := make([]bool, len(t.tags))
	for _, n := range t.root {
		rootChild[n] = n != 0
	}
	var s runeSet
	for _, k := range t.keys {
		if k == 0 {
			continue
		}
		node, r := (k-1)>>21, rune((k-1)&0x1fffff)
		if rootChild[node] {
			s.add(r)
		}
	}
	return &s
}

// child returns the child of node by r, or 0.
func (t *runeTrie) child(node int32, r rune) int32 {
	k := trieEdge(node, r)
	mask := len(t.keys) - 1
	for i := int((k * 0x9e3779b97f4a7c15) >> t.shift); ; i = (i + 1) & mask {
		switch t.keys[i] {
		case k:
			return t.vals[i]
		case 0:
			return 0
		}
	}
}

func (t *runeTrie) setChild(node int32, r rune, c int32) {
	if 2*(t.used+1) > len(t.keys) {
		keys, vals := t.keys, t.vals
		t.keys, t.vals, t.used = make([]uint64, 2*len(keys)), make([]int32, 2*len(keys)), 0
		t.shift--
		for i, k := range keys {
			if k != 0 {
				t.put(k, vals[i])
			}
		}
	}
	t.put(trieEdge(node, r), c)
}

func (t *runeTrie) put(k uint64, v int32) {
	mask := len(t.keys) - 1
	i := int((k * 0x9e3779b97f4a7c15) >> t.shift)
	for t.keys[i] != 0 && t.keys[i] != k {
		i = (i + 1) & mask
	}
	if t.keys[i] == 0 {
		t.used++
	}
	t.keys[i], t.vals[i] = k, v
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
		t.first.add(rs[0])
	}
	for _, r := range rs[1:] {
		c := t.child(n, r)
		if c == 0 {
			c = int32(len(t.tags))
			t.tags = append(t.tags, 0)
			t.setChild(n, r, c)
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
		c := t.child(n, rs[j])
		if c == 0 {
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
		c := t.child(n, rs[j])
		if c == 0 {
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
	n := t.root[rs[e-1]]
	if n == 0 {
		return
	}
	if e-2 < lo || !t.pairMayStart(rs[e-1], rs[e-2]) {
		if tag := t.tags[n]; tag != 0 {
			fn(1, tag)
		}
		return
	}
	var lens [16]int
	var tags [16]int32
	k := 0
	if t.tags[n] != 0 {
		lens[0], tags[0] = 1, t.tags[n]
		k = 1
	}
	for j := e - 2; j >= lo && e-j <= t.max; j-- {
		c := t.child(n, rs[j])
		if c == 0 {
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
	placeNone                  // a word that holds a place name but names none
)

var (
	placeOnce sync.Once
	placeErr  error
	placeFwd  *runeTrie // places and, tagged placeNone, words that hold a place name but name none
	placeCues *runeTrie // cue words, forward
	// placeSecond holds the second runes of the words of placeFwd, for the
	// class filter of the scan.
	placeSecond *runeSet
)

func loadPlaces() error {
	placeOnce.Do(func() {
		placeFwd, placeCues = newTrie(), newTrie()
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
			placeFwd.add(w, placeNone, false)
		}
		placeSecond = placeFwd.secondRunes()
		clsReady.Or(clsPlaces)
	})
	return placeErr
}

// matchPlace returns the length of the place name starting at rs[i], with
// a following cue word (贺兰山东麓, 中东地区), or 0.
func matchPlace(rs []rune, i int) int {
	n, _ := placeAt(rs, i)
	return n
}

// placeAt returns the length of the place name starting at rs[i] with its
// cue word, as matchPlace, and the length of the longest word there that
// holds a place name but names none (其中, 发展中国家).
func placeAt(rs []rune, i int) (n, none int) {
	t := placeFwd
	if i >= len(rs) || !t.first.has(rs[i]) {
		return 0, 0
	}
	node := t.root[rs[i]]
	switch t.tags[node] {
	case placeName:
		n = 1
	case placeNone:
		none = 1
	}
	if i+1 < len(rs) && t.pairMayStart(rs[i], rs[i+1]) {
		for j := i + 1; j < len(rs) && j-i < t.max; j++ {
			node = t.child(node, rs[j])
			if node == 0 {
				break
			}
			switch t.tags[node] {
			case placeName:
				n = j - i + 1
			case placeNone:
				none = j - i + 1
			}
		}
	}
	if n == 0 {
		return 0, none
	}
	// A division suffix that starts a word of its own (太原市场, 玉环县级)
	// belongs to that word.
	if e := i + n; n > 2 && e < len(rs) {
		if next, ok := suffixWords[rs[e-1]]; ok && strings.ContainsRune(next, rs[e]) {
			return n - 1, none
		}
	}
	if c, _ := placeCues.forward(rs, i+n); c > 0 {
		n += c
	}
	return n, none
}

// placeMayStart is a quick necessary condition for placeAt to find
// anything at i: a word of one rune, or a word starting with the first two.
func placeMayStart(rs []rune, i int) bool {
	t := placeFwd
	return t.tags[t.root[rs[i]]] != 0 || i+1 < len(rs) && t.pairMayStart(rs[i], rs[i+1])
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
	out := d.placeBuf[:0] // see extractPart
	orgs := r.Organizations
	oi, covered := 0, 0 // covered: the furthest end of the orgs started so far
	townAt, townSfx := -1, ""
	first := &placeFwd.first
	for i := 0; i < len(rs); {
		if i != townAt {
			// Pass over the runes the test below turns down at once.
			j := placeNext(d, i)
			if townAt > i && townAt < j {
				j = townAt
			}
			if j >= len(rs) {
				break
			}
			i = j
		}
		if i != townAt && !(first.has(rs[i]) && placeMayStart(rs, i)) && (i == 0 || !placePrep(rs[i-1])) {
			i++ // no place starts here
			continue
		}
		n, m := 0, 0
		if i == townAt {
			n = placeTown(rs, i, townSfx)
		} else if i > 0 && placePrep(rs[i-1]) {
			// After a preposition, a town before punctuation: 在乐平镇，
			if n = placeTown(rs, i, "镇乡"); n > 0 && i+n < len(rs) && (isHan(rs[i+n]) && rs[i+n] != '的' || isLetter(rs[i+n])) {
				n = 0
			}
		}
		if n == 0 {
			n, m = placeAt(rs, i)
		}
		if m > 0 && m >= n {
			i += m
			continue
		}
		if n == 0 {
			i++
			continue
		}
		// A county or a city may be followed by one of its towns, a town
		// by one of its villages: 榕江县古州镇高文村.
		switch last := rs[i+n-1]; {
		case strings.ContainsRune("县市区旗", last):
			townAt, townSfx = i+n, "镇乡"
		case (last == '镇' || last == '乡') && i == townAt:
			townAt, townSfx = i+n, "村"
		}
		s := d.span(i, i+n)
		for oi < len(orgs) && orgs[oi].Start <= s.Start {
			if orgs[oi].End > covered {
				covered = orgs[oi].End
			}
			oi++
		}
		if covered < s.End && !bracketedInName(rs, i, i+n) && !styleOf(rs, i+n) && !placeInForeignName(rs, i, i+n) {
			out = append(out, entities.Place{Span: s, Name: s.Text})
		}
		i += n
	}
	if cap(out) > cap(d.placeBuf) {
		d.placeBuf = out[:0]
	}
	return out
}

// townBlock lists, by the last character of a town or village, the
// characters that after it make a word (镇压, 乡亲, 村民).
var townBlock = map[rune]string{
	'镇': "压长定痛静守",
	'乡': "镇村亲长下土里民愁音情间党",
	'村': "民庄长委落里子级寨镇干两组务",
}

// townWords lists, by the suffix, the characters that before it make a
// common noun (水乡, 故乡, 山村, 古镇).
var townWords = map[rune]string{
	'镇': "城重小古",
	'乡': "水家故老下异他梦返回",
	'村': "农山渔乡",
}

// placeTown returns the length of a town or village name of two or three
// characters ending in one of sfx at rs[i], after its county or town, or 0.
func placeTown(rs []rune, i int, sfx string) int {
	for l := 2; l <= 3; l++ {
		j := i + l
		if j >= len(rs) || !strings.ContainsRune(sfx, rs[j]) {
			continue
		}
		if j+1 < len(rs) && strings.ContainsRune(townBlock[rs[j]], rs[j+1]) ||
			strings.ContainsRune(townWords[rs[j]], rs[j-1]) {
			return 0
		}
		for k := i; k < j; k++ {
			if !isHan(rs[k]) || strings.ContainsRune(townStop, rs[k]) {
				return 0
			}
		}
		if n, _ := leftRev.backward(rs, j, i); n == l && onlySectors(rs, i, j) {
			return 0 // 贫困村, 示范村
		}
		return l + 1
	}
	return 0
}

// townStop holds characters that do not stand in a town's name: function
// words and the modifiers of a common noun (全镇, 各乡, 新农村).
const townStop = "的之和与及在是为等各该全本每个这那了其所城乡镇村新贫困示范特色重点中心建制民族行政自然"

// placeNext returns the first position at or after i where a place may
// start: the test of extractPlaces' scan (first.has && placeMayStart, or a
// preposition before), town chains aside.
//
// placeMayStart needs a word of one rune, or a word starting with the
// first two runes: then the first rune has clsPlace and the second
// clsPlaceNext. The classes are tested on eight runes at once: shifted
// right by its bit's position, each class bit of each rune lands on bit 0
// of the rune's byte. The filter of the first two runes decides the few
// runes left.
func placeNext(d *doc, i int) int {
	const need = clsPlaces | clsPrep
	if d.clsHave&need != need {
		return i
	}
	c := d.cls
	if i == 0 {
		if len(c) == 0 || placeCand(d, 0) {
			return 0
		}
		i = 1
	}
	const ones = 0x0101010101010101
	rs, pairs := d.runes, placeFwd
	for ; i+9 <= len(c); i += 8 {
		a := binary.LittleEndian.Uint64(c[i:])
		b := binary.LittleEndian.Uint64(c[i+1:]) // the next runes
		p := binary.LittleEndian.Uint64(c[i-1:]) // the runes before
		two := a >> placeShift & (b >> placeNextShift) & ones
		sure := (a>>placeOneShift | p>>prepShift) & ones
		for w := two | sure; w != 0; w &= w - 1 {
			k := bits.TrailingZeros64(w)
			if j := i + k>>3; sure>>k&1 != 0 || pairs.pairMayStart(rs[j], rs[j+1]) {
				return j
			}
		}
	}
	for ; i < len(c); i++ {
		if placeCand(d, i) {
			return i
		}
	}
	return len(c)
}

// The positions of the place classes' bits, for placeNext.
const (
	placeShift     = 1
	prepShift      = 2
	placeNextShift = 6
	placeOneShift  = 7
)

// The shifts must match the class bits: this index is out of range otherwise.
var _ = [1]struct{}{}[clsPlace^1<<placeShift|clsPrep^1<<prepShift|clsPlaceNext^1<<placeNextShift|clsPlaceOne^1<<placeOneShift]

// placeCand is placeNext's test for one rune.
func placeCand(d *doc, j int) bool {
	c, rs := d.cls, d.runes
	return c[j]&clsPlaceOne != 0 ||
		c[j]&clsPlace != 0 && j+1 < len(c) && c[j+1]&clsPlaceNext != 0 && placeFwd.pairMayStart(rs[j], rs[j+1]) ||
		j > 0 && c[j-1]&clsPrep != 0
}

// placePrep reports a preposition before a place (在, 到, 赴, 于).
func placePrep(r rune) bool { return r == '在' || r == '到' || r == '赴' || r == '于' }

// placeInForeignName reports a place written next to the dot of a foreign
// person's name: 卡特琳·科隆纳.
func placeInForeignName(rs []rune, s, e int) bool {
	return s > 0 && (rs[s-1] == '·' || rs[s-1] == '•') || e < len(rs) && (rs[e] == '·' || rs[e] == '•')
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
