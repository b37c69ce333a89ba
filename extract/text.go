package extract

import (
	"sync"
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
}

var docPool = sync.Pool{New: func() any { return new(doc) }}

// maxPooled bounds the buffers kept for reuse, so that one huge text does
// not pin its memory.
const maxPooled = 1 << 20

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
		d.runes, d.off = make([]rune, n), make([]int32, n)
	}
	d.runes, d.off = d.runes[:cap(d.runes)], d.off[:cap(d.off)]
	k := decodeInto(text, d.runes, d.off)
	d.runes, d.off = d.runes[:k], d.off[:k]
	d.off = append(d.off, int32(len(text)))
	d.ref, d.hasRef = time.Time{}, false
	if !ref.IsZero() {
		d.ref, d.hasRef = ref, true
	}
	return d
}

// decodeInto decodes text into runes and their byte offsets, exactly as a
// range loop does (an invalid byte is one U+FFFD), and returns the count.
// The buffers hold at least one slot per rune. ASCII and the three-byte
// sequences of Chinese text are decoded inline; the rest falls back to
// utf8.DecodeRuneInString.
func decodeInto(text string, runes []rune, off []int32) int {
	k := 0
	for i := 0; i < len(text); k++ {
		c := text[i]
		off[k] = int32(i)
		if c < utf8.RuneSelf {
			runes[k] = rune(c)
			i++
			continue
		}
		if c&0xF0 == 0xE0 && i+2 < len(text) {
			c1, c2 := text[i+1], text[i+2]
			// Two continuation bytes, not an overlong form (E0 needs A0-BF
			// after it) and not a surrogate (ED needs 80-9F).
			if c1&0xC0 == 0x80 && c2&0xC0 == 0x80 && (c > 0xE0 || c1 >= 0xA0) && (c != 0xED || c1 < 0xA0) {
				runes[k] = rune(c&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F)
				i += 3
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		runes[k] = r
		i += size
	}
	return k
}

// release returns the doc's buffers to the pool.
func (d *doc) release() {
	d.text = ""
	if cap(d.runes) > maxPooled {
		return
	}
	docPool.Put(d)
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
