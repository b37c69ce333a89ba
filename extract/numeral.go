package extract

import (
	"math/big"

	"github.com/zhfacts/zhfacts/entities"
)

// Numerals: Arabic digits of either width, Chinese numerals in the simple and
// formal forms, and the two mixed (38.1亿, 1,100万, 2千万). Values are exact
// rationals; nothing goes through float64.

// digitValue returns the value of an Arabic digit of either width or of a
// Chinese digit, or -1.
func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '０' && r <= '９':
		return int(r - '０')
	}
	switch r {
	case '〇', '零', '○':
		return 0
	case '一', '壹', '幺':
		return 1
	case '二', '两', '贰', '貳', '兩':
		return 2
	case '三', '叁', '參':
		return 3
	case '四', '肆':
		return 4
	case '五', '伍':
		return 5
	case '六', '陆', '陸':
		return 6
	case '七', '柒':
		return 7
	case '八', '捌':
		return 8
	case '九', '玖':
		return 9
	}
	return -1
}

// isArabic reports whether r is an Arabic digit of either width.
func isArabic(r rune) bool { return (r >= '0' && r <= '9') || (r >= '０' && r <= '９') }

// unitValue returns the small units 十百千 (and formal forms), or 0.
func unitValue(r rune) int64 {
	switch r {
	case '十', '拾':
		return 10
	case '百', '佰':
		return 100
	case '千', '仟':
		return 1000
	}
	return 0
}

func isDot(r rune) bool { return r == '.' || r == '．' || r == '点' || r == '點' }

var (
	ratWan = big.NewRat(10000, 1)
	ratYi  = big.NewRat(100000000, 1)
)

// parseNumber reads a whole numeral: 23.9, ２３．９, 1,100万, 38.1亿,
// 三千万, 二十三点九, 二〇二六, 3万亿. It reports false when s is not one
// well-formed numeral.
func parseNumber(s []rune) (*big.Rat, bool) {
	if len(s) == 0 {
		return nil, false
	}
	// The largest multiplier splits the numeral: left × multiplier + right.
	for _, m := range []struct {
		r rune
		v *big.Rat
	}{{'亿', ratYi}, {'億', ratYi}, {'万', ratWan}, {'萬', ratWan}} {
		for i := len(s) - 1; i >= 0; i-- {
			if s[i] != m.r {
				continue
			}
			left := big.NewRat(1, 1)
			if i > 0 {
				var ok bool
				if left, ok = parseNumber(s[:i]); !ok {
					return nil, false
				}
			}
			left.Mul(left, m.v)
			if i+1 < len(s) {
				right, ok := parseNumber(trimZero(s[i+1:]))
				if !ok {
					return nil, false
				}
				left.Add(left, right)
			}
			return left, true
		}
	}
	return parseSmall(s)
}

func containsDot(s []rune) bool {
	for _, r := range s {
		if isDot(r) {
			return true
		}
	}
	return false
}

func trimZero(s []rune) []rune {
	for len(s) > 1 && (s[0] == '零' || s[0] == '〇') {
		s = s[1:]
	}
	return s
}

// parseSmall reads a numeral below 万: Arabic with separators and a decimal
// part, Chinese with 十百千, or Chinese digits read one by one (二〇二六).
func parseSmall(s []rune) (*big.Rat, bool) {
	// A decimal times a small unit: 3.5千, 1.2百.
	if n := len(s); n > 2 {
		if u := unitValue(s[n-1]); u > 0 && digitValue(s[n-2]) >= 0 && containsDot(s[:n-1]) {
			v, ok := parseSmall(s[:n-1])
			if !ok {
				return nil, false
			}
			return v.Mul(v, big.NewRat(u, 1)), true
		}
	}
	// Split off a decimal part.
	intPart, frac := s, []rune(nil)
	for i, r := range s {
		if isDot(r) {
			intPart, frac = s[:i], s[i+1:]
			if len(frac) == 0 || len(intPart) == 0 {
				return nil, false
			}
			break
		}
	}
	var v *big.Rat
	if allDigits(intPart) {
		v = digitString(intPart)
	} else if n, ok := arabicWithCommas(intPart); ok {
		v = n
	} else {
		n, ok := chineseSmall(intPart)
		if !ok {
			return nil, false
		}
		v = big.NewRat(n, 1)
	}
	if frac != nil {
		if !allDigits(frac) {
			return nil, false
		}
		f := digitString(frac)
		f.Quo(f, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(len(frac))), nil)))
		v.Add(v, f)
	}
	return v, true
}

// allDigits reports whether every rune is a digit (Arabic or Chinese), so
// that the numeral reads digit by digit.
func allDigits(s []rune) bool {
	if len(s) == 0 {
		return false
	}
	for _, r := range s {
		if digitValue(r) < 0 {
			return false
		}
	}
	return true
}

func digitString(s []rune) *big.Rat {
	if len(s) <= 18 { // fits an int64: no big arithmetic
		var v int64
		for _, r := range s {
			v = v*10 + int64(digitValue(r))
		}
		return new(big.Rat).SetInt64(v)
	}
	n := new(big.Int)
	ten := big.NewInt(10)
	d := new(big.Int)
	for _, r := range s {
		n.Mul(n, ten)
		n.Add(n, d.SetInt64(int64(digitValue(r))))
	}
	return new(big.Rat).SetInt(n)
}

// arabicDecimal renders an Arabic numeral with an optional decimal point
// (23.9, ２３．９, 12·8), times 10^exp, as a Decimal by moving the point in
// its digit string: 38.1 with exp 8 is "3810000000". It reports false for
// anything else (separators, Chinese numerals) and for results with more
// than 12 fractional digits, which parseNumber and DecimalFromRat handle.
func arabicDecimal(s []rune, exp int) (entities.Decimal, bool) {
	if len(s) == 0 || len(s) > 40 || exp < -12 || exp > 16 {
		return "", false
	}
	var buf [96]byte
	digits := buf[:0]
	point := -1
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits = append(digits, byte(r))
		case r >= '０' && r <= '９':
			digits = append(digits, byte(r-'０'+'0'))
		case (r == '.' || r == '．' || r == '·') && point < 0:
			point = len(digits)
		default:
			return "", false
		}
	}
	if point == 0 || point == len(digits) {
		return "", false // .5 or 5.: not a numeral
	}
	if point < 0 {
		point = len(digits)
	}
	point += exp
	for point > len(digits) {
		digits = append(digits, '0')
	}
	if point < 0 {
		pad := -point
		digits = append(digits, make([]byte, pad)...)
		copy(digits[pad:], digits)
		for i := 0; i < pad; i++ {
			digits[i] = '0'
		}
		point = 0
	}
	intp, frac := digits[:point], digits[point:]
	for len(intp) > 1 && intp[0] == '0' {
		intp = intp[1:]
	}
	for len(frac) > 0 && frac[len(frac)-1] == '0' {
		frac = frac[:len(frac)-1]
	}
	if len(frac) > 12 {
		return "", false
	}
	if len(intp) == 0 {
		intp = []byte{'0'}
	}
	if len(frac) == 0 {
		return entities.Decimal(intp), true
	}
	return entities.Decimal(string(intp) + "." + string(frac)), true
}

// plainDecimal reports whether s is already written as arabicDecimal would
// render it with exp 0: ASCII digits with at most one point between digits,
// no leading zero before another digit of the whole part, no trailing zero
// after the point, at most 12 fractional digits. Such a numeral is its own
// Decimal and needs no new string.
func plainDecimal(s string) bool {
	if len(s) == 0 || len(s) > 40 || s[0] == '.' {
		return false
	}
	point := -1
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
		case c == '.' && point < 0:
			point = i
		default:
			return false
		}
	}
	if s[0] == '0' && len(s) > 1 && point != 1 {
		return false // 05
	}
	if point < 0 {
		return true
	}
	return point < len(s)-1 && s[len(s)-1] != '0' && len(s)-1-point <= 12
}

// arabicWithCommas reads 1,100 and 12,345,678: groups of three after the first.
func arabicWithCommas(s []rune) (*big.Rat, bool) {
	var digits []rune
	group := -1
	for _, r := range s {
		switch {
		case isArabic(r):
			digits = append(digits, r)
			if group >= 0 {
				group++
			}
		case r == ',' || r == '，':
			if group >= 0 && group != 3 || len(digits) == 0 {
				return nil, false
			}
			group = 0
		default:
			return nil, false
		}
	}
	if group != 3 || len(digits) == 0 {
		return nil, false
	}
	return digitString(digits), true
}

// chineseSmall reads 三千二百零五, 十五, 两百, and mixed forms such as 3千.
func chineseSmall(s []rune) (int64, bool) {
	var total, num int64
	sawUnit := false
	for i, r := range s {
		if d := digitValue(r); d >= 0 {
			num = num*10 + int64(d)
			// A numeral below 万 holds no long run of digits: refuse one
			// before it overflows, alone or times a unit
			// (三千1000000000000000000七, 10000000000000000千).
			if num > 1e12 {
				return 0, false
			}
			if d == 0 && !isArabic(r) {
				num = 0
			}
			continue
		}
		u := unitValue(r)
		if u == 0 {
			return 0, false
		}
		if num == 0 {
			if u != 10 || i != 0 {
				return 0, false
			}
			num = 1 // 十五 = 15
		}
		total += num * u
		if total > 1e18 {
			return 0, false
		}
		num = 0
		sawUnit = true
	}
	if !sawUnit && len(s) > 0 {
		return num, true
	}
	return total + num, true
}

// decimalOf parses s and renders it as an exact Decimal, or "".
func decimalOf(s []rune) entities.Decimal {
	v, ok := parseNumber(s)
	if !ok {
		return ""
	}
	return entities.DecimalFromRat(v)
}
