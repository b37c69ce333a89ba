package entities

import "strings"

// Comparison is a statistic's figure set against another: 较全国增速高出5.6个百分点.
type Comparison struct {
	Against    string      `json:"against"`
	Difference Decimal     `json:"difference"`
	Unit       PercentUnit `json:"unit"`
}

// Statistic is one fact: who or what (Subject), which measure (Metric), over
// which period, with its amount, growth and share.
type Statistic struct {
	// Span is the clause the statistic was read from.
	Span
	Subject string `json:"subject"`
	Metric  string `json:"metric"`
	Period  *Date  `json:"period,omitempty"`
	Amount  *Money `json:"amount,omitempty"`
	// Growth is signed: a decline is negative.
	Growth     Decimal     `json:"growth,omitempty"`
	Basis      Basis       `json:"basis,omitempty"`
	Share      Decimal     `json:"share,omitempty"`
	Comparison *Comparison `json:"comparison,omitempty"`
}

// Normalized renders the statistic in one line:
// "subject | metric | period | amount | growth basis | share".
func (s Statistic) Normalized() string {
	var parts []string
	parts = append(parts, s.Subject, s.Metric)
	if s.Period != nil {
		parts = append(parts, s.Period.Normalized())
	} else {
		parts = append(parts, "-")
	}
	if s.Amount != nil {
		parts = append(parts, s.Amount.Normalized())
	} else {
		parts = append(parts, "-")
	}
	if s.Growth != "" {
		parts = append(parts, string(s.Growth)+" "+string(s.Basis))
	} else {
		parts = append(parts, "-")
	}
	if s.Share != "" {
		parts = append(parts, string(s.Share))
	} else {
		parts = append(parts, "-")
	}
	return strings.Join(parts, " | ")
}
