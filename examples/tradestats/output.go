package main

import (
	"bufio"
	"encoding/csv"
	"io"
	"strings"
	"time"

	"github.com/zhfacts/zhfacts/entities"
)

// header is the CSV header; row gives the fields of one statistic.
var header = []string{"subject", "metric", "period_from", "period_to", "amount", "currency",
	"growth", "basis", "share", "against", "difference", "unit", "text"}

func row(s entities.Statistic) []string {
	from, to := periodBounds(s.Period)
	amount, currency := "", ""
	if s.Amount != nil {
		amount, currency = string(s.Amount.Amount), s.Amount.Currency
	}
	basis := ""
	if s.Growth != "" {
		basis = string(s.Basis)
	}
	against, diff, unit := "", "", ""
	if c := s.Comparison; c != nil {
		against, diff, unit = c.Against, string(c.Difference), string(c.Unit)
	}
	return []string{s.Subject, s.Metric, from, to, amount, currency,
		string(s.Growth), basis, string(s.Share), against, diff, unit, s.Text}
}

// writeCSV writes a header and one record per statistic.
func writeCSV(w io.Writer, stats []entities.Statistic) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, s := range stats {
		if err := cw.Write(row(s)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// writeTable prints the statistics as a table aligned for a terminal, where
// a Chinese character takes two columns.
func writeTable(w io.Writer, stats []entities.Statistic) error {
	rows := [][]string{{"SUBJECT", "METRIC", "PERIOD", "AMOUNT", "GROWTH", "SHARE", "VS"}}
	for _, s := range stats {
		r := row(s)
		period := "-"
		if r[2] != "" {
			period = r[2] + ".." + r[3]
		}
		amount := dash(r[4])
		if r[4] != "" {
			amount += " " + r[5]
		}
		growth := dash(r[6])
		if r[6] != "" {
			growth += "% " + r[7]
		}
		share := dash(r[8])
		if r[8] != "" {
			share += "%"
		}
		vs := "-"
		if r[9] != "" || r[10] != "" {
			vs = r[9] + " " + r[10]
			if r[11] == string(entities.UnitPoint) {
				vs += " pt"
			} else {
				vs += "%"
			}
		}
		rows = append(rows, []string{dash(r[0]), r[1], period, amount, growth, share, vs})
	}
	widths := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], width(c))
		}
	}
	bw := bufio.NewWriter(w)
	for _, r := range rows {
		for i, c := range r {
			bw.WriteString(c)
			if i < len(r)-1 {
				bw.WriteString(strings.Repeat(" ", widths[i]-width(c)+2))
			}
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// width is the number of terminal columns s takes: two for East Asian wide
// characters, one for the others.
func width(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case r >= 0x1100 && r <= 0x115F, r >= 0x2E80 && r <= 0xA4CF, r >= 0xAC00 && r <= 0xD7A3,
			r >= 0xF900 && r <= 0xFAFF, r >= 0xFE30 && r <= 0xFE4F, r >= 0xFF00 && r <= 0xFF60,
			r >= 0xFFE0 && r <= 0xFFE6, r == '“' || r == '”':
			n += 2
		default:
			n++
		}
	}
	return n
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// periodBounds gives the first and last day a period covers: a year or a
// month stands for all its days.
func periodBounds(d *entities.Date) (string, string) {
	if d == nil || !d.Resolved {
		return "", ""
	}
	switch {
	case d.Kind == entities.DatePeriod && d.From != nil && d.To != nil:
		return first(*d.From), last(*d.To)
	case d.Kind == entities.DatePoint && d.Point != nil:
		return first(*d.Point), last(*d.Point)
	}
	return "", ""
}

func first(m entities.Moment) string {
	switch m.Grain {
	case entities.GrainYear:
		m.Month, m.Day = 1, 1
	case entities.GrainMonth:
		m.Day = 1
	}
	m.Grain = entities.GrainDay
	return m.String()
}

func last(m entities.Moment) string {
	switch m.Grain {
	case entities.GrainYear:
		m.Month, m.Day = 12, 31
	case entities.GrainMonth:
		// The day before the first of the next month.
		t := time.Date(m.Year, time.Month(m.Month)+1, 0, 0, 0, 0, 0, time.UTC)
		m.Day = t.Day()
	}
	m.Grain = entities.GrainDay
	return m.String()
}
