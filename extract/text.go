package extract

import (
	"encoding/binary"
	"math/bits"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/entities"
)

// doc is the per-call state, computed once: the caller's text, its runes, the
// rune-to-byte table and the reference date. The text itself is never
// rewritten; every offset points into it. Docs are pooled: the rune and
// offset buffers of one call serve the next, and nothing in a Result refers
// to them.
type doc struct {
	text  string
	runes []rune
	// off[i] is the byte offset of rune i; off[len(runes)] == len(text).
	off    []int32
	ref    time.Time
	hasRef bool
	// cls[i] is the class of rune i (see runeClasses); clsHave has the
	// class bits that the table held when the doc was made.
	cls     []uint8
	clsHave uint8
	// settleIdx is settle's span index, kept with the doc's buffers.
	settleIdx spanIndex
	// Buffers the dates, organizations and places of a call are built in,
	// before keep copies them out.
	dateBuf  []entities.Date
	orgBuf   []entities.Organization
	placeBuf []entities.Place
	orgFulls []string // settleOrgs' full names
}

var docPool = sync.Pool{New: func() any { return new(doc) }}

// maxPooled bounds the buffers kept for reuse, so that one huge text does
// not pin its memory.
const maxPooled = 1 << 20

// maxPooledItems bounds the result buffers kept with a pooled doc.
const maxPooledItems = 4096

func newDoc(text string, ref time.Time) *doc {
	d := docPool.Get().(*doc)
	d.text = text
	// len(text)+1 bounds the rune count, so a pooled buffer that has held
	// a text this long needs no count.
	if cap(d.off) <= len(text) {
		n := len(text) + 1
		if n > maxPooled {
			n = utf8.RuneCountInString(text) + 1
		}
		d.runes, d.off, d.cls = make([]rune, n), make([]int32, n), make([]uint8, n)
	}
	d.runes, d.off, d.cls = d.runes[:cap(d.runes)], d.off[:cap(d.off)], d.cls[:cap(d.cls)]
	t := classTable()
	k := decodeClasses(text, d.runes, d.off, d.cls, &t.tab)
	d.runes, d.off, d.cls, d.clsHave = d.runes[:k], d.off[:k], d.cls[:k], t.have
	d.off = append(d.off, int32(len(text)))
	d.ref, d.hasRef = time.Time{}, false
	if !ref.IsZero() {
		d.ref, d.hasRef = ref, true
	}
	return d
}

// decodeInto decodes text into runes and their byte offsets, exactly as a
// range loop does (an invalid byte is one U+FFFD), and returns the count.
// The buffers hold at least one slot per rune.
func decodeInto(text string, runes []rune, off []int32) int {
	return decodeClasses(text, runes, off, make([]uint8, len(runes)), &noClasses.tab)
}

var noClasses runeClasses

// decodeClasses is decodeInto that also looks up the class of every rune
// in tab (0xFF beyond the BMP). cls holds a slot per rune too. ASCII and
// the three-byte sequences of Chinese text are decoded inline; the rest
// falls back to utf8.DecodeRuneInString.
func decodeClasses(text string, runes []rune, off []int32, cls []uint8, tab *[0x10000]uint8) int {
	n := min(len(runes), len(off), len(cls))
	runes, off, cls = runes[:n], off[:n], cls[:n]
	k, i := 0, 0
	for i < len(text) && k < n {
		// A run of three-byte sequences with a lead byte E1-EC or EE-EF
		// and two continuation bytes: no overlong form (after E0) or
		// surrogate (after ED) is possible.
		for i+2 < len(text) && k < n {
			t := text[i : i+3]
			c, c1, c2 := t[0], t[1], t[2]
			if c-0xE1 > 0xEF-0xE1 || c == 0xED || (uint16(c1)|uint16(c2)<<8)&0xC0C0 != 0x8080 {
				break
			}
			// Less the marker bits 1110xxxx 10xxxxxx 10xxxxxx.
			r := rune(c)<<12 + rune(c1)<<6 + rune(c2) - (0xE0<<12 + 0x80<<6 + 0x80)
			off[k], runes[k], cls[k] = int32(i), r, tab[uint16(r)]
			i += 3
			k++
		}
		if i >= len(text) || k >= n {
			break
		}
		if c := text[i]; c < utf8.RuneSelf {
			off[k], runes[k], cls[k] = int32(i), rune(c), tab[c]
			i++
			k++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		cl := uint8(0xFF)
		if r < 0x10000 {
			cl = tab[r]
		}
		off[k], runes[k], cls[k] = int32(i), r, cl
		i += size
		k++
	}
	return k
}

// release returns the doc's buffers to the pool.
func (d *doc) release() {
	d.text = ""
	if cap(d.runes) > maxPooled {
		return
	}
	d.dateBuf = pooledItems(d.dateBuf)
	d.orgBuf = pooledItems(d.orgBuf)
	d.placeBuf = pooledItems(d.placeBuf)
	d.orgFulls = pooledItems(d.orgFulls)
	docPool.Put(d)
}

// pooledItems returns the buffer s to keep with a pooled doc: nil when it
// has grown past maxPooledItems.
func pooledItems[T any](s []T) []T {
	if cap(s) > maxPooledItems {
		return nil
	}
	return s
}

// span builds the Span of runes [rs, re).
func (d *doc) span(rs, re int) entities.Span {
	return entities.Span{
		Start: int(d.off[rs]), End: int(d.off[re]),
		RuneStart: rs, RuneEnd: re,
		Text: d.text[d.off[rs]:d.off[re]],
	}
}

// str returns the text of runes [rs, re), clamped to the document.
func (d *doc) str(rs, re int) string {
	if rs < 0 {
		rs = 0
	}
	if re > len(d.runes) {
		re = len(d.runes)
	}
	if rs >= re {
		return ""
	}
	return d.text[d.off[rs]:d.off[re]]
}

// Rune classes: the scans of several dimensions look for runes of a few
// sets (the first runes of places, posts, organization suffixes...), most of
// them rare. The class of every rune of the doc, one bit per set, is looked
// up once in a table, and a scan then passes over the runes of none of its
// sets eight at a time. A class bit is a filter: clear means the rune is not
// in the set; a rune outside the Basic Multilingual Plane has every bit set,
// and the scan's own test decides.
const (
	clsDate      = 1 << iota // mayTrigger: a rune where a date may be triggered
	clsPlace                 // the first rune of a word of the place trie (placeFwd.first)
	clsPrep                  // placePrep: a preposition before a place
	clsTitle                 // the first rune of a post or a byline role
	clsOrg                   // orgScanRunes: the last rune of an organization suffix, and 等
	clsMark                  // markRunes: the rare runes some people passes start from
	clsPlaceNext             // the second rune of a word of the place trie
	clsPlaceOne              // a word of one rune in the place trie

	// clsStatic are the classes known without loading anything.
	clsStatic = clsDate | clsPrep | clsMark
	// clsPlaces are the classes of the place trie, loaded together.
	clsPlaces = clsPlace | clsPlaceNext | clsPlaceOne
)

// runeClasses is the class table of the BMP. have holds the bits filled in:
// the sets of the dimensions not loaded yet are left out, and their scans
// do not skip (see next).
type runeClasses struct {
	tab  [0x10000]uint8
	have uint8
}

var (
	// clsReady holds the class bits whose sets are loaded. A loader sets
	// its bit once its set is complete.
	clsReady   atomic.Uint32
	clsCurrent atomic.Pointer[runeClasses]
	clsMu      sync.Mutex
)

// classTable returns a table holding every class loaded so far, building
// it when a loader has finished since the last one was built.
func classTable() *runeClasses {
	ready := uint8(clsReady.Load()) | clsStatic
	if t := clsCurrent.Load(); t != nil && t.have == ready {
		return t
	}
	clsMu.Lock()
	defer clsMu.Unlock()
	ready = uint8(clsReady.Load()) | clsStatic
	if t := clsCurrent.Load(); t != nil && t.have == ready {
		return t
	}
	t := &runeClasses{have: ready}
	for r := rune(0); r < 0x10000; r++ {
		var c uint8
		if mayTrigger(r) {
			c |= clsDate
		}
		if placePrep(r) {
			c |= clsPrep
		}
		if markRunes.has(r) {
			c |= clsMark
		}
		if ready&clsPlaces != 0 {
			if placeFwd.first.has(r) {
				c |= clsPlace
			}
			if placeFwd.tags[placeFwd.root[r]] != 0 {
				c |= clsPlaceOne
			}
			if placeSecond.has(r) {
				c |= clsPlaceNext
			}
		}
		if ready&clsTitle != 0 && tl.first.has(r) {
			c |= clsTitle
		}
		if ready&clsOrg != 0 && orgScanRunes.has(r) {
			c |= clsOrg
		}
		t.tab[r] = c
	}
	clsCurrent.Store(t)
	return t
}

// next returns the first rune at or after i whose class has a bit of mask,
// or len(d.runes) when none has. When the doc was made before the set of a
// bit was loaded, it returns i: the scan tests every rune.
func (d *doc) next(i int, mask uint8) int {
	if d.clsHave&mask != mask {
		return i
	}
	c := d.cls
	m := uint64(mask) * 0x0101010101010101
	for ; i+8 <= len(c); i += 8 {
		if w := binary.LittleEndian.Uint64(c[i:]) & m; w != 0 {
			return i + bits.TrailingZeros64(w)>>3
		}
	}
	for ; i < len(c); i++ {
		if c[i]&mask != 0 {
			return i
		}
	}
	return len(c)
}
