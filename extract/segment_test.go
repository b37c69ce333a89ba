package extract

import "testing"

// TestRuneDictLongest checks longest against entry-by-entry lookups, at
// every position of the front page and of mixed text.
func TestRuneDictLongest(t *testing.T) {
	if _, err := New(); err != nil {
		t.Fatal(err)
	}
	texts := []string{frontPage(t), "中华人民共和国国务院总理、副总理A股，ＡＢ中国1998年人民代表大会常务委员会委员长"}
	dicts := map[string]*runeDict{"words": words, "posts": tl.posts, "bylines": tl.bylines, "cues.after": cues.after}
	found := 0
	for name, dict := range dicts {
		for _, text := range texts {
			rs := []rune(text)
			for i := range rs {
				for _, maxL := range []int{1, 2, 3, 4, 6, 12} {
					wl, wv := 0, uint8(0)
					for l := min(maxL, len(rs)-i); l >= 1; l-- {
						if v, ok := dict.get(rs[i : i+l]); ok {
							wl, wv = l, v
							break
						}
					}
					gl, gv := dict.longest(rs, i, maxL)
					if gl != wl || gv != wv {
						t.Fatalf("%s: longest(%q, %d) = %d, %d; want %d, %d", name, string(rs[i:min(i+maxL, len(rs))]), maxL, gl, gv, wl, wv)
					}
					if gl > 0 {
						found++
					}
				}
			}
		}
	}
	if found == 0 {
		t.Fatal("no entry found")
	}
}
