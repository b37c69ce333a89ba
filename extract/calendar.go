package extract

import "github.com/zhfacts/zhfacts/entities"

// Calendar dates only (WithCalendarDatesOnly): the expressions written as
// calendar dates with numerals, each on its own. A relative year before one
// (去年10月15日) and an approximation after it (2000年左右) are not part of
// what is written with numerals, and each end of a range (3月27日至29日) is a
// calendar date of its own.

// calendarRangeRules are the calendar rules whose matches are ranges.
var calendarRangeRules = map[string]bool{"md_range": true, "y_range": true, "d_range": true, "ym_range": true}

func calendarOnlyDates(d *doc, ds []entities.Date) []entities.Date {
	out := make([]entities.Date, 0, len(ds))
	for _, dt := range ds {
		if !calendarRules[dt.Rule] && !calendarRangeRules[dt.Rule] && dt.Rule != "month_part" {
			continue
		}
		rs, re := dt.RuneStart, dt.RuneEnd
		if re-rs > 2 && isRelativeYear(d.runes[rs], d.runes[rs+1]) && digitValue(d.runes[rs+2]) >= 0 {
			rs += 2
		}
		if re-rs > 2 {
			if tail := string(d.runes[re-2 : re]); tail == "左右" || tail == "前后" {
				re -= 2
				dt.Approximate = false
			}
		}
		if calendarRangeRules[dt.Rule] && dt.From != nil && dt.To != nil {
			if ms, me := rangeMarker(d.runes, rs, re); ms > rs && me < re {
				out = append(out, calendarPart(d, dt, rs, ms, *dt.From), calendarPart(d, dt, me, re, *dt.To))
				continue
			}
		}
		dt.Span = d.span(rs, re)
		out = append(out, dt)
	}
	return out
}

func isRelativeYear(a, b rune) bool {
	return b == '年' && (a == '今' || a == '去' || a == '明' || a == '前' || a == '本' || a == '上')
}

// rangeMarker finds the marker between the two ends of a range: 至, 到, or
// a run of dashes and tildes.
func rangeMarker(rs []rune, s, e int) (int, int) {
	for i := s; i < e; i++ {
		switch rs[i] {
		case '至', '到':
			return i, i + 1
		case '-', '－', '—', '–', '~', '～':
			j := i
			for j < e && (rs[j] == '-' || rs[j] == '－' || rs[j] == '—' || rs[j] == '–' || rs[j] == '~' || rs[j] == '～') {
				j++
			}
			return i, j
		}
	}
	return -1, -1
}

// calendarPart is one end of a range as a point, at the grain its text is
// written in (年, 月, 日).
func calendarPart(d *doc, dt entities.Date, s, e int, m entities.Moment) entities.Date {
	switch d.runes[e-1] {
	case '年':
		m = entities.Moment{Year: m.Year, Grain: entities.GrainYear}
	case '月':
		m = entities.Moment{Year: m.Year, Month: m.Month, Grain: entities.GrainMonth}
	}
	p := m
	return entities.Date{Span: d.span(s, e), Kind: entities.DatePoint, Point: &p,
		Relative: dt.Relative, Resolved: dt.Resolved, Rule: dt.Rule}
}
