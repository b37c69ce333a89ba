package extract

import "testing"

// TestMoneyNumerals: the rune set behind isMoneyNumeral holds exactly the
// digits, the small units, 万 and 亿 of the numeral reader.
func TestMoneyNumerals(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		want := digitValue(r) >= 0 || unitValue(r) > 0 || r == '万' || r == '亿'
		if got := isMoneyNumeral(r); got != want {
			t.Errorf("isMoneyNumeral(%q) = %v, want %v", r, got, want)
		}
	}
	for _, r := range []rune{0x10000, 0x20000, -1, '\uFFFD'} {
		if isMoneyNumeral(r) {
			t.Errorf("isMoneyNumeral(%q) = true", r)
		}
	}
}
