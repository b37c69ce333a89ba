package extract

import (
	"math"
	"strconv"
	"strings"
	"sync"

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
	if r < hanLo || r > hanHi || charTab == nil {
		return &noChar
	}
	return &charTab[r-hanLo]
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
		text := string(data)
		words = newRuneDict(110000)
		for len(text) > 0 {
			i := strings.IndexByte(text, '\n')
			line := text
			if i >= 0 {
				line, text = text[:i], text[i+1:]
			} else {
				text = ""
			}
			if line == "" || line[0] == '#' {
				continue
			}
			t := strings.IndexByte(line, '\t')
			if t < 0 || t+1 >= len(line) {
				continue
			}
			v := line[t+1] - '0'
			if t+2 < len(line) && line[t+2] == 'p' {
				v |= wordPerson
			}
			words.add(line[:t], v)
		}
		wordsErr = loadCharStats()
	})
	return wordsErr
}

func loadCharStats() error {
	rows, err := patterns.LexiconRows("person_chars")
	if err != nil {
		return err
	}
	type raw struct{ sur, g1, g2, g0, tr, gen float64 }
	tab := make(map[rune]raw, len(rows))
	var tot raw
	for _, f := range rows {
		if len(f) < 7 {
			continue
		}
		rs := []rune(f[0])
		if len(rs) != 1 {
			continue
		}
		var v [6]float64
		for i := 0; i < 6; i++ {
			v[i], _ = strconv.ParseFloat(f[i+1], 64)
		}
		x := raw{v[0], v[1], v[2], v[3], v[4], v[5]}
		tab[rs[0]] = x
		tot.sur += x.sur
		tot.g1 += x.g1
		tot.g2 += x.g2
		tot.g0 += x.g0
		tot.tr += x.tr
		tot.gen += x.gen
	}
	lr := func(n, total, gen float64) float32 {
		return float32(math.Log((n+0.5)/total) - math.Log((gen+20)/tot.gen))
	}
	charTab = make([]charInfo, hanHi-hanLo+1)
	for i := range charTab {
		// Unknown characters: rare, so weakly name-like as given
		// characters, never surnames.
		charTab[i] = charInfo{sur: -8, g1: lr(0, tot.g1, 0), g2: lr(0, tot.g2, 0), g0: lr(0, tot.g0, 0), tr: -8}
	}
	for r, x := range tab {
		if !isHan(r) {
			continue
		}
		charTab[r-hanLo] = charInfo{
			sur:     lr(x.sur, tot.sur, x.gen),
			g1:      lr(x.g1, tot.g1, x.gen),
			g2:      lr(x.g2, tot.g2, x.gen),
			g0:      lr(x.g0, tot.g0, x.gen),
			tr:      lr(x.tr, tot.tr, x.gen),
			trCount: int32(x.tr),
		}
	}
	return nil
}

// runeDict is a set of short strings with a small value, looked up by rune
// slices without building strings: entries of up to four Han runes are
// packed into a uint64 key; longer ones fall back to a string map, reached
// only when their first four runes match.
type runeDict struct {
	short  map[uint64]uint8
	long   map[string]uint8
	prefix map[uint64]bool // packed first four runes of the long entries
	first  []bool          // over the Han range: some entry starts with the rune
	maxLen int
}

func newRuneDict(capacity int) *runeDict {
	return &runeDict{short: make(map[uint64]uint8, capacity), long: map[string]uint8{}, prefix: map[uint64]bool{}, first: make([]bool, hanHi-hanLo+1)}
}

// pack packs up to four Han runes; ok is false for anything else.
func pack(rs []rune) (uint64, bool) {
	if len(rs) == 0 || len(rs) > 4 {
		return 0, false
	}
	var k uint64
	for _, r := range rs {
		if r < hanLo || r > hanHi {
			return 0, false
		}
		k = k<<16 | uint64(r-hanLo+1)
	}
	return k, true
}

func (t *runeDict) add(w string, v uint8) {
	rs := []rune(w)
	if len(rs) == 0 {
		return
	}
	if k, ok := pack(rs); ok {
		t.short[k] = v
	} else if len(rs) > 4 {
		t.long[w] = v
		if k, ok := pack(rs[:4]); ok {
			t.prefix[k] = true
		}
	} else {
		return
	}
	if isHan(rs[0]) {
		t.first[rs[0]-hanLo] = true
	}
	t.maxLen = max(t.maxLen, len(rs))
}

// get looks up the runes as one entry.
func (t *runeDict) get(rs []rune) (uint8, bool) {
	if len(rs) == 0 || !isHan(rs[0]) || !t.first[rs[0]-hanLo] {
		return 0, false
	}
	if len(rs) <= 4 {
		k, ok := pack(rs)
		if !ok {
			return 0, false
		}
		v, ok := t.short[k]
		return v, ok
	}
	if k, ok := pack(rs[:4]); !ok || !t.prefix[k] {
		return 0, false
	}
	v, ok := t.long[string(rs)]
	return v, ok
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
