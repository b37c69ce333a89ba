package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/zhfacts/zhfacts/entities"
)

func TestParseNumber(t *testing.T) {
	cases := map[string]entities.Decimal{
		"23.9":       "23.9",
		"２３．９":       "23.9",
		"38.1亿":      "3810000000",
		"1,100万":     "11000000",
		"12,345,678": "12345678",
		"三千万":        "30000000",
		"二十三点九":      "23.9",
		"二〇二六":       "2026",
		"一九九八":       "1998",
		"十五":         "15",
		"一百零五":       "105",
		"两百":         "200",
		"3万亿":        "3000000000000",
		"1.5万亿":      "1500000000000",
		"2千万":        "20000000",
		"四千四百零八点八":   "4408.8",
		"壹佰贰拾叁":      "123",
		"一亿零五百万":     "105000000",
		"0.05":       "0.05",
		"十":          "10",
		"万":          "10000",
		"3.5千万":      "35000000",
		"1.2千":       "1200",
		"三点五亿":       "350000000",
	}
	for in, want := range cases {
		assert.Equal(t, want, decimalOf([]rune(in)), in)
	}
	for _, bad := range []string{"", "亿亿x", "1,10", "三点", "点五", "abc", "1..2", "3.5千千", "点五千",
		// Runs of digits inside a Chinese numeral that would overflow.
		"三千1000000000000000000七", "10000000000000000千"} {
		assert.Equal(t, entities.Decimal(""), decimalOf([]rune(bad)), bad)
	}
}

func TestDecimalNeverUsesFloat(t *testing.T) {
	// 0.1 + 0.2 style errors cannot happen: the value is a rational.
	assert.Equal(t, entities.Decimal("0.3"), decimalOf([]rune("0.3")))
	assert.Equal(t, entities.Decimal("123456789012345678.9"), decimalOf([]rune("123456789012345678.9")))
}

// arabicDecimal moves the decimal point and agrees with parseNumber.
func TestArabicDecimal(t *testing.T) {
	cases := []struct {
		in   string
		exp  int
		want entities.Decimal
	}{
		{"38.1", 8, "3810000000"}, {"23.9", 0, "23.9"}, {"２３．９", 0, "23.9"}, {"12·8", 0, "12.8"},
		{"5", -1, "0.5"}, {"3.5", -1, "0.35"}, {"3", -2, "0.03"}, {"0.05", 0, "0.05"},
		{"007", 0, "7"}, {"100.70", 0, "100.7"}, {"1.5", 12, "1500000000000"}, {"0", 4, "0"},
		{"0.000", 0, "0"}, {"123456789012345678901234", 4, "1234567890123456789012340000"},
	}
	for _, c := range cases {
		got, ok := arabicDecimal([]rune(c.in), c.exp)
		assert.True(t, ok, c.in)
		assert.Equal(t, c.want, got, c.in)
	}
	for _, bad := range []string{"", ".5", "5.", "1.2.3", "1,100", "三", "1x", "0.0000000000001"} {
		_, ok := arabicDecimal([]rune(bad), 0)
		assert.False(t, ok, bad)
	}
	// Agreement with the exact parser.
	for _, in := range []string{"0.5", "38.1", "1234.5678", "９９", "42"} {
		got, ok := arabicDecimal([]rune(in), 0)
		assert.True(t, ok)
		assert.Equal(t, decimalOf([]rune(in)), got, in)
	}
}

func TestPlainDecimal(t *testing.T) {
	for _, s := range []string{"0", "5", "23.9", "0.5", "100", "1.000000000001"} {
		assert.True(t, plainDecimal(s), s)
		v, ok := arabicDecimal([]rune(s), 0)
		assert.True(t, ok, s)
		assert.Equal(t, entities.Decimal(s), v, "a plain numeral renders as itself")
	}
	for _, s := range []string{"", "05", "00", "1.50", "1.", ".5", "1.2.3", "-1", "1,000", "２３", "1.0000000000001"} {
		assert.False(t, plainDecimal(s), s)
	}
}
