package extract

import (
	"math/rand"
	"testing"

	"github.com/stretchr/testify/require"
)

// rangeDecode is the reference: what a range loop over the string gives.
func rangeDecode(s string) ([]rune, []int32) {
	rs, off := []rune{}, []int32{}
	for i, r := range s {
		rs = append(rs, r)
		off = append(off, int32(i))
	}
	return rs, off
}

// TestDecodeInto: the inline decoder agrees with a range loop on valid
// text, on every kind of invalid sequence, and on random bytes.
func TestDecodeInto(t *testing.T) {
	inputs := []string{
		"", "a", "前2个月，自治区外贸进出口总值38.1亿元", "３月１３日", "😀𠀀x",
		"\xed\xa0\x80",         // a surrogate, encoded: invalid
		"\xe0\x80\xaf",         // an overlong form: invalid
		"\xe6\x97",             // truncated
		"\xe6\x97\xa5\xe6",     // valid, then truncated
		"\xff\xfe\xc3\xa9\x80", // stray bytes around é
		"\xef\xbf\xbd",         // U+FFFD itself
	}
	rng := rand.New(rand.NewSource(1))
	pieces := []string{"\xe6", "\x97", "\xa5", "\xed", "\xa0", "\x80", "\xf0", "\x9f", "a", "日", "\xc3"}
	for i := 0; i < 2000; i++ {
		var b []byte
		for j := rng.Intn(12); j >= 0; j-- {
			b = append(b, pieces[rng.Intn(len(pieces))]...)
		}
		inputs = append(inputs, string(b))
	}
	for _, s := range inputs {
		wantR, wantOff := rangeDecode(s)
		rs, off := make([]rune, len(s)+1), make([]int32, len(s)+1)
		k := decodeInto(s, rs, off)
		require.Equal(t, len(wantR), k, "%q", s)
		require.Equal(t, wantR, rs[:k], "%q", s)
		require.Equal(t, wantOff, off[:k], "%q", s)
	}
}
