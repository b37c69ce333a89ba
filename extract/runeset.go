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
