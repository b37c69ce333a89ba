package extract

// runeSet is a bitmap of the runes of the Basic Multilingual Plane, for a
// one-load membership test in the anchor scans.
type runeSet [1024]uint64

func newRuneSet(runes string) *runeSet {
	var s runeSet
	for _, r := range runes {
		s.add(r)
	}
	return &s
}

func (s *runeSet) add(r rune) {
	if r >= 0 && r < 0x10000 {
		s[r>>6] |= 1 << (uint(r) & 63)
	}
}

func (s *runeSet) has(r rune) bool {
	return r >= 0 && r < 0x10000 && s[r>>6]&(1<<(uint(r)&63)) != 0
}

// lowBytes tells the low bytes of the runes of s: a rune whose low byte is
// none of them is not in s.
func lowBytes(s string) (t [256]bool) {
	for _, r := range s {
		t[uint8(r)] = true
	}
	return t
}

// runeTable maps a few runes to values: an open-addressing table, probed
// without hashing a map key.
type runeTable[V any] struct {
	keys  []rune // -1: an empty slot
	vals  []V
	shift uint32
}

// newRuneTable builds the table of m, at most half full.
func newRuneTable[V any](m map[rune]V) runeTable[V] {
	bits := uint32(4)
	for 1<<bits < 2*len(m) {
		bits++
	}
	t := runeTable[V]{keys: make([]rune, 1<<bits), vals: make([]V, 1<<bits), shift: 32 - bits}
	for i := range t.keys {
		t.keys[i] = -1
	}
	for r, v := range m {
		h := t.slot(r)
		t.keys[h], t.vals[h] = r, v
	}
	return t
}

// slot gives the slot of r: its own, or the empty one where it would go.
func (t *runeTable[V]) slot(r rune) uint32 {
	mask := uint32(len(t.keys) - 1)
	for h := (uint32(r) * 2654435761) >> t.shift; ; h = (h + 1) & mask {
		if k := t.keys[h]; k == r || k == -1 {
			return h
		}
	}
}

// get returns the value of r, and whether r has one.
func (t *runeTable[V]) get(r rune) (V, bool) {
	if h := t.slot(r); t.keys[h] == r {
		return t.vals[h], true
	}
	var zero V
	return zero, false
}
