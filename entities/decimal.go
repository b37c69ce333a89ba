package entities

import (
	"math/big"
	"strings"
)

// Decimal is an exact decimal number in canonical form: an optional minus
// sign, digits, and a fractional part without trailing zeros ("3810000000",
// "23.9", "-0.5"). It never goes through float64, so 38.1亿 is 3810000000
// exactly. The zero value "" means "absent".
type Decimal string

// DecimalFromRat renders r exactly when it has a finite decimal expansion,
// and otherwise rounds it to 12 fractional digits.
func DecimalFromRat(r *big.Rat) Decimal {
	if r == nil {
		return ""
	}
	s := r.FloatString(12)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(s, "0")
		s = strings.TrimSuffix(s, ".")
	}
	if s == "-0" {
		s = "0"
	}
	return Decimal(s)
}

// Rat returns the value as an exact rational, or nil when d is absent or
// malformed.
func (d Decimal) Rat() *big.Rat {
	if d == "" {
		return nil
	}
	r, ok := new(big.Rat).SetString(string(d))
	if !ok {
		return nil
	}
	return r
}

// Neg returns -d.
func (d Decimal) Neg() Decimal {
	r := d.Rat()
	if r == nil {
		return d
	}
	return DecimalFromRat(r.Neg(r))
}

// String returns the canonical text.
func (d Decimal) String() string { return string(d) }
