package extract

import (
	"math/rand"
	"strings"
	"testing"
	"time"
)

// TestClassFilters: the class filters the scans skip with pass every rune
// that the scans' own tests accept, on the front page, the corpus and
// random mixtures of the runes that matter.
func TestClassFilters(t *testing.T) {
	if _, err := New(); err != nil {
		t.Fatal(err)
	}
	texts := append([]string{frontPage(t), "", "年", "在北京", "😀北京𠀀年"}, corpusTexts(t)...)
	pieces := []rune("北京市在于到年月日号老小·\n等公司局委会书记主任记者中国美国海淀区😀𠀀a1２ 。、")
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 3000; i++ {
		var sb strings.Builder
		for j := rng.Intn(30); j >= 0; j-- {
			sb.WriteRune(pieces[rng.Intn(len(pieces))])
		}
		texts = append(texts, sb.String())
	}
	tests := []struct {
		name string
		next func(d *doc, i int) int
		want func(rs []rune, i int) bool
	}{
		{"date", func(d *doc, i int) int { return d.next(i, clsDate) }, func(rs []rune, i int) bool { return mayTrigger(rs[i]) }},
		{"title", func(d *doc, i int) int { return d.next(i, clsTitle) }, func(rs []rune, i int) bool { return tl.first.has(rs[i]) }},
		{"org", func(d *doc, i int) int { return d.next(i, clsOrg) }, func(rs []rune, i int) bool { return orgScanRunes.has(rs[i]) }},
		{"mark", func(d *doc, i int) int { return d.next(i, clsMark) }, func(rs []rune, i int) bool { return markRunes.has(rs[i]) }},
		// The place filter is finer than placeMayStart, whose filter of
		// the first two runes has false hits: placeAt finds nothing there.
		{"place", placeNext, func(rs []rune, i int) bool {
			n, none := placeAt(rs, i)
			return n > 0 || none > 0 || i > 0 && placePrep(rs[i-1])
		}},
	}
	tab := classTable()
	for _, text := range texts {
		d := newDoc(text, time.Time{})
		for i, r := range d.runes {
			want := uint8(0xFF)
			if r < 0x10000 {
				want = tab.tab[r]
			}
			if d.cls[i] != want {
				t.Fatalf("class of rune %d of %q: %08b, want %08b", i, text, d.cls[i], want)
			}
		}
		for _, tc := range tests {
			for i := 0; i < len(d.runes); i++ {
				if j := tc.next(d, i); j > i {
					for k := i; k < j && k < len(d.runes); k++ {
						if tc.want(d.runes, k) {
							t.Fatalf("%s: skipped rune %d of %q", tc.name, k, text)
						}
					}
				}
			}
		}
		d.release()
	}
}

// TestClassFiltersUnloaded: a doc made before a dimension's sets were
// loaded has no class bits for them, and its scans skip nothing.
func TestClassFiltersUnloaded(t *testing.T) {
	if _, err := New(); err != nil {
		t.Fatal(err)
	}
	d := newDoc("　美国总统在北京说", time.Time{})
	defer d.release()
	d.clsHave = clsStatic
	for i := range d.runes {
		for _, mask := range []uint8{clsTitle, clsOrg, clsPlace} {
			if j := d.next(i, mask); j != i {
				t.Errorf("next(%d, %08b) = %d without the class loaded", i, mask, j)
			}
		}
		if j := placeNext(d, i); j != i {
			t.Errorf("placeNext(%d) = %d without the place classes loaded", i, j)
		}
	}
	if j := d.next(0, clsMark); j != len(d.runes) {
		t.Errorf("next(0, clsMark) = %d, want %d: the static classes are always there", j, len(d.runes))
	}
}
