package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/zhfacts/zhfacts/entities"
)

// printTable prints one row per entity: its type, rune offsets, text and
// value, then the facts.
func printTable(w io.Writer, r entities.Result) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "TYPE\tRUNES\tTEXT\tVALUE")
	rows := 0
	row := func(typ string, s entities.Span, v string) {
		fmt.Fprintf(tw, "%s\t%d-%d\t%s\t%s\n", typ, s.RuneStart, s.RuneEnd, s.Text, v)
		// A tabwriter holds its rows until Flush: flush in blocks, so that
		// a long text's table does not sit in memory whole.
		if rows++; rows%1024 == 0 {
			tw.Flush()
		}
	}
	for _, p := range r.Persons {
		for _, m := range p.Mentions {
			row("person", m, p.Name)
		}
	}
	for _, t := range r.Titles {
		row("title", t.Span, t.Full+" ← "+strings.Join(t.Holders, "、"))
	}
	for _, o := range r.Organizations {
		row("org", o.Span, string(o.Kind))
	}
	for _, p := range r.Places {
		row("place", p.Span, p.Name)
	}
	for _, d := range r.Dates {
		row("date", d.Span, d.Normalized())
	}
	for _, m := range r.Money {
		row("money", m.Span, m.Normalized())
	}
	for _, p := range r.Percents {
		row("percent", p.Span, p.Normalized())
	}
	tw.Flush()
	if len(r.Statistics) > 0 {
		fmt.Fprintln(w)
		tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "SUBJECT\tMETRIC\tPERIOD\tAMOUNT\tGROWTH\tSHARE")
		for _, s := range r.Statistics {
			period, amount := "-", "-"
			if s.Period != nil {
				period = s.Period.Normalized()
			}
			if s.Amount != nil {
				amount = s.Amount.Normalized()
			}
			growth := "-"
			if s.Growth != "" {
				growth = string(s.Growth) + "% " + string(s.Basis)
			}
			share := "-"
			if s.Share != "" {
				share = string(s.Share) + "%"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", s.Subject, s.Metric, period, amount, growth, share)
		}
		tw.Flush()
	}
}
