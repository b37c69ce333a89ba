package extract

import (
	"bytes"
	"math"
	"sort"
	"sync"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/patterns"
)

// The shared word statistics, derived at generate time from a general
// dictionary (see patterns/internal/gen) and loaded once per process:
//
//   - commonWords: the common words of two to four characters with a
//     frequency class 1-9, used to tell words (高度, 方向, 周一) from names
//     and to see where a word crosses the edge of a candidate;
//   - charTab: per Han character, log-likelihood ratios of its roles in
//     person names (surname, first or second given character, single given
//     character, transliteration) against its use in general vocabulary.
//
// No segmenter runs at extraction time: these tables answer the questions a
// segmenter would, in constant time per lookup.

const (
	hanLo = 0x3400
	hanHi = 0x9fff
)

type charInfo struct {
	sur, g1, g2, g0, tr float32 // log-likelihood ratios
	trCount             int32
	surname             bool // in the surname lexicon
}

var (
	wordsOnce sync.Once
	words     *runeDict
	charTab   []charInfo
	wordsErr  error
	noChar    charInfo
)

func isHan(r rune) bool { return r >= hanLo && r <= hanHi }

func charOf(r rune) *charInfo {
	// Before loading, charTab is empty; a rune out of the range wraps
	// around above it.
	if i := uint32(r) - hanLo; i < uint32(len(charTab)) {
		return &charTab[i]
	}
	return &noChar
}

// wordPerson flags the words the dictionary tags as person names: as often
// words and places as names (蓝图, 石家庄).
const wordPerson = 0x10

// wordClass returns the frequency class of s as a common word, 0 if none.
func wordClass(s string) uint8 { return wordClassR([]rune(s)) }

// wordInfo returns the class and whether the dictionary tags s as a person.
func wordInfo(s string) (uint8, bool) { return wordInfoR([]rune(s)) }

func loadWordStats() error {
	wordsOnce.Do(func() {
		data, err := patterns.ReadFile("zh/lexicon/dict_words.txt")
		if err != nil {
			wordsErr = err
			return
		}
		words = newRuneDict(112000)
		var buf [16]rune
		dataLines(data, func(line []byte) {
			t := bytes.IndexByte(line, '\t')
			if t < 0 || t+1 >= len(line) {
				return
			}
			v := line[t+1] - '0'
			if t+2 < len(line) && line[t+2] == 'p' {
				v |= wordPerson
			}
			rs := buf[:0]
			for w := line[:t]; len(w) > 0 && len(rs) < len(buf); {
				r, size := utf8.DecodeRune(w)
				rs = append(rs, r)
				w = w[size:]
			}
			if len(rs) > 4 {
				words.addRunes(rs, string(line[:t]), v)
			} else {
				words.addRunes(rs, "", v)
			}
		})
		words.seal()
		wordsErr = loadCharStats()
	})
	return wordsErr
}

func loadCharStats() error {
	data, err := patterns.ReadFile("zh/lexicon/person_chars.txt")
	if err != nil {
		return err
	}
	// Fields: char, surname, given1, given2, given_single, translit,
	// general; all counts are integers.
	type raw struct {
		r rune
		v [6]float64 // sur, g1, g2, g0, tr, gen
	}
	rows := make([]raw, 0, 7000)
	var tot [6]float64
	dataLines(data, func(line []byte) {
		r, size := utf8.DecodeRune(line)
		if size == len(line) || line[size] != '\t' {
			return
		}
		x := raw{r: r}
		f := 0
		for _, c := range line[size+1:] {
			switch {
			case c == '\t':
				f++
			case c >= '0' && c <= '9' && f < 6:
				x.v[f] = x.v[f]*10 + float64(c-'0')
			}
		}
		if f != 5 {
			return
		}
		for k := range tot {
			tot[k] += x.v[k]
		}
		rows = append(rows, x)
	})
	logGen := math.Log(tot[5])
	lr := func(n, total, gen float64) float32 {
		return float32(math.Log((n+0.5)/total) - math.Log(gen+20) + logGen)
	}
	charTab = make([]charInfo, hanHi-hanLo+1)
	// Unknown characters: rare, so weakly name-like as given characters,
	// never surnames.
	unknown := charInfo{sur: -8, g1: lr(0, tot[1], 0), g2: lr(0, tot[2], 0), g0: lr(0, tot[3], 0), tr: -8}
	for i := range charTab {
		charTab[i] = unknown
	}
	for _, x := range rows {
		if !isHan(x.r) {
			continue
		}
		charTab[x.r-hanLo] = charInfo{
			sur:     lr(x.v[0], tot[0], x.v[5]),
			g1:      lr(x.v[1], tot[1], x.v[5]),
			g2:      lr(x.v[2], tot[2], x.v[5]),
			g0:      lr(x.v[3], tot[3], x.v[5]),
			tr:      lr(x.v[4], tot[4], x.v[5]),
			trCount: int32(x.v[4]),
		}
	}
	return nil
}

// hanSet is a bitmap over the Han range, 3.4 KB: small enough to stay in
// the first-level cache during a scan, where a table of a byte or more per
// rune would not.
type hanSet [(hanHi - hanLo + 64) / 64]uint64

func (s *hanSet) add(r rune) {
	if isHan(r) {
		s[(r-hanLo)>>6] |= 1 << (uint(r-hanLo) & 63)
	}
}

func (s *hanSet) has(r rune) bool {
	i := uint32(r) - hanLo // a rune out of the range wraps around above it
	return i <= hanHi-hanLo && s[i>>6]&(1<<(i&63)) != 0
}

// runeDict is a set of short strings with a small value, looked up by rune
// slices without building strings. Entries of up to four Han runes are
// packed into a uint64 key, first rune in the high bits, and kept in one
// sorted array indexed by the first rune: the dictionary files are sorted,
// so loading appends in order and touches memory sequentially. Longer
// entries fall back to a string map, reached only when their first four
// runes match. Two filters answer most misses without a search: the lengths
// of the entries starting with each rune, and a bitset of the hashed first
// two runes. Call seal after the last add.
type runeDict struct {
	keys   []uint64
	vals   []uint8
	bucket []int32 // over the Han range plus one: start of the keys with that first rune
	sorted bool
	long   map[string]uint8
	prefix map[uint64]bool // packed first four runes of the long entries
	lens   []uint8         // over the Han range: bit l-1 set when an entry of l runes starts with the rune (bit 7: eight or more)
	first  hanSet          // the first runes, a compact filter in front of lens
	pairs  []uint64        // filter of the first two runes, sized to the dictionary
	pmask  uint32          // len(pairs)*64 - 1
	maxLen int
}

func (t *runeDict) pairHash(a, b rune) uint32 {
	return (uint32(a)*2654435761 ^ uint32(b)*40503) >> 12 & t.pmask
}

// pairMay reports that some entry may start with the runes a, b.
func (t *runeDict) pairMay(a, b rune) bool {
	h := t.pairHash(a, b)
	return t.pairs[h>>6]&(1<<(h&63)) != 0
}

func newRuneDict(capacity int) *runeDict {
	t := &runeDict{
		keys: make([]uint64, 0, capacity), vals: make([]uint8, 0, capacity),
		long: map[string]uint8{}, prefix: map[uint64]bool{}, lens: make([]uint8, hanHi-hanLo+1),
		sorted: true,
	}
	// About 64 filter bits an entry, at least 16K bits: a miss on the
	// first two runes is then nearly always caught.
	bits := 1 << 14
	for bits < 64*capacity && bits < 1<<20 {
		bits <<= 1
	}
	t.pairs, t.pmask = make([]uint64, bits/64), uint32(bits-1)
	return t
}

// seal sorts the entries (when they were not added in order), drops
// duplicates (the last added wins) and builds the index by first rune.
func (t *runeDict) seal() {
	if !t.sorted {
		idx := make([]int, len(t.keys))
		for i := range idx {
			idx[i] = i
		}
		sort.SliceStable(idx, func(a, b int) bool { return t.keys[idx[a]] < t.keys[idx[b]] })
		keys, vals := make([]uint64, 0, len(idx)), make([]uint8, 0, len(idx))
		for _, i := range idx {
			if n := len(keys); n > 0 && keys[n-1] == t.keys[i] {
				vals[n-1] = t.vals[i]
				continue
			}
			keys, vals = append(keys, t.keys[i]), append(vals, t.vals[i])
		}
		t.keys, t.vals, t.sorted = keys, vals, true
	}
	t.bucket = make([]int32, hanHi-hanLo+2)
	k := 0
	for r := 0; r <= hanHi-hanLo+1; r++ {
		for k < len(t.keys) && int(t.keys[k]>>48) <= r {
			k++
		}
		t.bucket[r] = int32(k)
	}
}

func (t *runeDict) put(k uint64, v uint8) {
	if n := len(t.keys); n > 0 {
		switch {
		case t.keys[n-1] == k:
			t.vals[n-1] = v
			return
		case t.keys[n-1] > k:
			t.sorted = false
		}
	}
	t.keys = append(t.keys, k)
	t.vals = append(t.vals, v)
}

func (t *runeDict) lookup(k uint64) (uint8, bool) {
	j := int(k >> 48)
	lo, hi := int(t.bucket[j-1]), int(t.bucket[j])
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t.keys[m] < k {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(t.keys) && t.keys[lo] == k {
		return t.vals[lo], true
	}
	return 0, false
}

// pack packs up to four Han runes, the first in the high bits; ok is false
// for anything else.
func pack(rs []rune) (uint64, bool) {
	if len(rs) == 0 || len(rs) > 4 {
		return 0, false
	}
	var k uint64
	for i, r := range rs {
		if r < hanLo || r > hanHi {
			return 0, false
		}
		k |= uint64(r-hanLo+1) << (48 - 16*i)
	}
	return k, true
}

func lenBit(l int) uint8 {
	if l >= 8 {
		return 1 << 7
	}
	return 1 << (l - 1)
}

func (t *runeDict) add(w string, v uint8) {
	var buf [16]rune
	rs := buf[:0]
	for _, r := range w {
		rs = append(rs, r)
	}
	t.addRunes(rs, w, v)
}

// addRunes adds the entry rs, whose text is w.
func (t *runeDict) addRunes(rs []rune, w string, v uint8) {
	if len(rs) == 0 {
		return
	}
	if k, ok := pack(rs); ok {
		t.put(k, v)
	} else if len(rs) > 4 {
		t.long[w] = v
		if k, ok := pack(rs[:4]); ok {
			t.prefix[k] = true
		}
	} else {
		return
	}
	if isHan(rs[0]) {
		t.lens[rs[0]-hanLo] |= lenBit(len(rs))
		t.first.add(rs[0])
		if len(rs) > 1 {
			h := t.pairHash(rs[0], rs[1])
			t.pairs[h>>6] |= 1 << (h & 63)
		}
	}
	t.maxLen = max(t.maxLen, len(rs))
}

// starts reports that some entry starts with r.
func (t *runeDict) starts(r rune) bool { return t.first.has(r) }

// get looks up the runes as one entry.
func (t *runeDict) get(rs []rune) (uint8, bool) {
	if len(rs) == 0 || !t.first.has(rs[0]) || t.lens[rs[0]-hanLo]&lenBit(len(rs)) == 0 {
		return 0, false
	}
	if len(rs) > 1 && !t.pairMay(rs[0], rs[1]) {
		return 0, false
	}
	if len(rs) <= 4 {
		k, ok := pack(rs)
		if !ok {
			return 0, false
		}
		return t.lookup(k)
	}
	if k, ok := pack(rs[:4]); !ok || !t.prefix[k] {
		return 0, false
	}
	v, ok := t.long[string(rs)]
	return v, ok
}

// longest returns the longest entry of at most maxL runes that starts at
// rs[i], and its value; l is 0 when none does.
func (t *runeDict) longest(rs []rune, i, maxL int) (l int, v uint8) {
	return t.longestFrom(rs, i, 1, maxL)
}

// longestFrom is longest for the entries of minL to maxL runes.
func (t *runeDict) longestFrom(rs []rune, i, minL, maxL int) (l int, v uint8) {
	if i >= len(rs) || !t.first.has(rs[i]) {
		return 0, 0
	}
	m := t.lens[rs[i]-hanLo] &^ (1<<(minL-1) - 1)
	if m == 0 {
		return 0, 0
	}
	top := min(maxL, len(rs)-i, 8)
	pairOK := top >= 2 && t.pairMay(rs[i], rs[i+1])
	if !pairOK && m&1 == 0 {
		return 0, 0 // no entry of one rune, and none starts with this pair
	}
	// The keys of the entries of up to four runes are prefixes of one
	// packed key, and they share the filter of the first two runes.
	var k uint64
	han := 0
	for han < 4 && han < top {
		r := rs[i+han]
		if r < hanLo || r > hanHi {
			break
		}
		k |= uint64(r-hanLo+1) << (48 - 16*han)
		han++
	}
	// The entries of five runes or more share one check of their first
	// four in the prefix set.
	longOK := -1
	for l = top; l >= 1; l-- {
		if m&lenBit(l) == 0 {
			continue
		}
		if l > 4 {
			if longOK < 0 {
				longOK = 0
				if han == 4 && pairOK && t.prefix[k] {
					longOK = 1
				}
			}
			if longOK == 1 {
				if v, ok := t.long[string(rs[i:i+l])]; ok {
					return l, v
				}
			}
			continue
		}
		if l > han || l > 1 && !pairOK {
			continue
		}
		if v, ok := t.lookup(k &^ (1<<(64-16*l) - 1)); ok {
			return l, v
		}
	}
	if maxL > 8 && m&lenBit(8) != 0 {
		for l = min(maxL, len(rs)-i); l > 8; l-- {
			if v, ok := t.get(rs[i : i+l]); ok {
				return l, v
			}
		}
	}
	return 0, 0
}

func (t *runeDict) has(rs []rune) bool {
	_, ok := t.get(rs)
	return ok
}

// sl returns runes [a, b) clamped to the document.
func (d *doc) sl(a, b int) []rune {
	if a < 0 {
		a = 0
	}
	if b > len(d.runes) {
		b = len(d.runes)
	}
	if a >= b {
		return nil
	}
	return d.runes[a:b]
}

// wordClassR is wordClass for runes.
func wordClassR(rs []rune) uint8 {
	v, _ := words.get(rs)
	return v &^ wordPerson
}

// wordInfoR is wordInfo for runes.
func wordInfoR(rs []rune) (uint8, bool) {
	v, _ := words.get(rs)
	return v &^ wordPerson, v&wordPerson != 0
}

// dataLines calls fn for every line of data that is neither blank nor a #
// comment, without copying.
func dataLines(data []byte, fn func(line []byte)) {
	for len(data) > 0 {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		if len(line) > 0 && line[0] != '#' {
			fn(line)
		}
	}
}
