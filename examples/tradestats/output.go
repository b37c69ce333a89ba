package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"text/tabwriter"
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

// writeTable prints the statistics as an aligned table.
func writeTable(w io.Writer, stats []entities.Statistic) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SUBJECT\tMETRIC\tPERIOD\tAMOUNT\tGROWTH\tSHARE\tVS")
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
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", dash(r[0]), r[1], period, amount, growth, share, vs)
	}
	return tw.Flush()
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
