package entities

// Money is an amount of money with an ISO 4217 currency.
type Money struct {
	Span
	// Amount is the exact amount in units of the currency: 38.1亿元 is
	// "3810000000". For a range it is the lower bound.
	Amount Decimal `json:"amount"`
	// Currency is the ISO 4217 code: CNY, USD, EUR, JPY, HKD, GBP...
	Currency string `json:"currency"`
	// Min and Max are set for a range (5-10亿元).
	Min Decimal `json:"min,omitempty"`
	Max Decimal `json:"max,omitempty"`
	// Approximate marks 约, 近, 超, 逾, 多 and the like; Qualifier keeps the word.
	Approximate bool   `json:"approximate,omitempty"`
	Qualifier   string `json:"qualifier,omitempty"`
	// Rule names the pattern that matched.
	Rule string `json:"rule,omitempty"`
}

// Normalized renders the value in one line: "3810000000 CNY",
// "500000000..1000000000 CNY", with "~" when approximate.
func (m Money) Normalized() string {
	s := string(m.Amount)
	if m.Min != "" && m.Max != "" {
		s = string(m.Min) + ".." + string(m.Max)
	}
	s += " " + m.Currency
	if m.Approximate {
		s += " ~"
	}
	return s
}
