package entities

import "fmt"

// Grain is the precision of a calendar moment.
type Grain string

// The grains a Moment can have.
const (
	GrainYear  Grain = "year"
	GrainMonth Grain = "month"
	GrainDay   Grain = "day"
)

// Moment is a calendar year, month or day. Month and Day are zero when the
// grain is coarser.
type Moment struct {
	Year  int   `json:"year"`
	Month int   `json:"month,omitempty"`
	Day   int   `json:"day,omitempty"`
	Grain Grain `json:"grain"`
}

// String renders the moment as ISO 8601 at its grain: "2026", "2026-03",
// "2026-03-13".
func (m Moment) String() string {
	switch m.Grain {
	case GrainYear:
		return fmt.Sprintf("%04d", m.Year)
	case GrainMonth:
		return fmt.Sprintf("%04d-%02d", m.Year, m.Month)
	default:
		return fmt.Sprintf("%04d-%02d-%02d", m.Year, m.Month, m.Day)
	}
}

// DaysIn is the number of days in a month of the Gregorian calendar.
func DaysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// DateKind tells which fields of a Date hold its value.
type DateKind string

// The kinds of Date.
const (
	// DatePoint is a single day, month or year: 2026年3月1日, 3月13日, 今年.
	DatePoint DateKind = "point"
	// DatePeriod has two ends, both inclusive: 前2个月, 一季度, 十五五.
	DatePeriod DateKind = "period"
	// DateDuration is a length of time with no anchor: 5年左右, 3个月.
	DateDuration DateKind = "duration"
)

// Date is a temporal expression and its value.
//
// A relative expression (今年, 3月13日, 前2个月) resolves against the
// reference date given to the Extractor. Without one, Resolved is false and
// Point, From and To stay nil: the extractor never guesses from the clock.
type Date struct {
	Span
	Kind DateKind `json:"kind"`
	// Point holds the value of a DatePoint.
	Point *Moment `json:"point,omitempty"`
	// From and To hold the ends of a DatePeriod, both inclusive.
	From *Moment `json:"from,omitempty"`
	To   *Moment `json:"to,omitempty"`
	// Duration holds an ISO 8601 duration ("P5Y", "P3M") for a DateDuration.
	Duration string `json:"duration,omitempty"`
	// Approximate marks 左右, 近3年, 约 and the like.
	Approximate bool `json:"approximate,omitempty"`
	// Relative marks values that depend on the reference date.
	Relative bool `json:"relative,omitempty"`
	// Resolved is false for a relative expression with no reference date.
	Resolved bool `json:"resolved"`
	// Rule names the pattern that matched.
	Rule string `json:"rule,omitempty"`
}

// Normalized renders the value in one line: "2026-03-13",
// "2026-01-01..2026-02-28", "P5Y", with a trailing "~" when approximate and
// "?" when unresolved.
func (d Date) Normalized() string {
	var s string
	switch {
	case !d.Resolved:
		s = "?"
	case d.Kind == DatePoint && d.Point != nil:
		s = d.Point.String()
	case d.Kind == DatePeriod && d.From != nil && d.To != nil:
		s = d.From.String() + ".." + d.To.String()
	case d.Kind == DateDuration:
		s = d.Duration
	}
	if d.Approximate {
		s += "~"
	}
	return s
}
