package main

import (
	"github.com/zhfacts/zhfacts/entities"
)

// The evaluation format: entities with rune offsets and a value object, and
// facts. See the README.

type evalEntity struct {
	Type  string         `json:"type"`
	Start int            `json:"start"`
	End   int            `json:"end"`
	Text  string         `json:"text"`
	Value map[string]any `json:"value"`
}

type evalOut struct {
	ID       string           `json:"id"`
	Ref      string           `json:"ref,omitempty"`
	Entities []evalEntity     `json:"entities"`
	Facts    []map[string]any `json:"facts"`
}

func ent(typ string, s entities.Span, v map[string]any) evalEntity {
	return evalEntity{Type: typ, Start: s.RuneStart, End: s.RuneEnd, Text: s.Text, Value: v}
}

func toEval(d evalDoc, r entities.Result) evalOut {
	out := evalOut{ID: d.ID, Ref: d.Ref, Entities: []evalEntity{}, Facts: []map[string]any{}}
	for _, p := range r.Persons {
		for _, m := range p.Mentions {
			out.Entities = append(out.Entities, ent("person", m, map[string]any{"name": p.Name}))
		}
	}
	for _, t := range r.Titles {
		holders := t.Holders
		if holders == nil {
			holders = []string{}
		}
		out.Entities = append(out.Entities, ent("title", t.Span, map[string]any{"persons": holders, "full": t.Full}))
	}
	for _, o := range r.Organizations {
		out.Entities = append(out.Entities, ent("org", o.Span, map[string]any{"name": o.Name, "kind": string(o.Kind)}))
	}
	for _, p := range r.Places {
		out.Entities = append(out.Entities, ent("place", p.Span, map[string]any{"name": p.Name}))
	}
	for _, dt := range r.Dates {
		out.Entities = append(out.Entities, ent("date", dt.Span, dateValue(dt)))
	}
	for _, m := range r.Money {
		out.Entities = append(out.Entities, ent("money", m.Span, map[string]any{"amount": string(m.Amount), "currency": m.Currency}))
	}
	for _, p := range r.Percents {
		out.Entities = append(out.Entities, ent("percent", p.Span, map[string]any{
			"value": string(p.Value), "unit": string(p.Unit), "kind": string(p.Kind), "basis": string(p.Basis)}))
	}
	for _, s := range r.Statistics {
		f := map[string]any{"subject": s.Subject, "metric": s.Metric}
		if s.Period != nil {
			if p := periodValue(*s.Period); p != nil {
				f["period"] = p
			}
		}
		if s.Amount != nil {
			f["amount"] = string(s.Amount.Amount)
			f["currency"] = s.Amount.Currency
		}
		if s.Growth != "" {
			f["growth"] = string(s.Growth)
			f["basis"] = string(s.Basis)
		}
		if s.Share != "" {
			f["share"] = string(s.Share)
		}
		out.Facts = append(out.Facts, f)
	}
	return out
}

func dateValue(d entities.Date) map[string]any {
	switch {
	case !d.Resolved:
		return map[string]any{}
	case d.Kind == entities.DatePoint && d.Point != nil:
		return map[string]any{"value": d.Point.String()}
	case d.Kind == entities.DatePeriod && d.From != nil && d.To != nil:
		return map[string]any{"from": d.From.String(), "to": d.To.String()}
	case d.Kind == entities.DateDuration:
		return map[string]any{"duration": d.Duration}
	}
	return map[string]any{}
}

// periodValue renders a fact's period as its two ends; a year or a month
// becomes the period it covers, from its first to its last day. A day is a
// point in time (a balance at 12月末): {"value": day}.
func periodValue(d entities.Date) map[string]any {
	if !d.Resolved {
		return nil
	}
	if d.Kind == entities.DatePeriod && d.From != nil && d.To != nil {
		return map[string]any{"from": d.From.String(), "to": d.To.String()}
	}
	if d.Kind == entities.DatePoint && d.Point != nil && d.Point.Grain == entities.GrainDay {
		return map[string]any{"value": d.Point.String()}
	}
	if d.Kind == entities.DatePoint && d.Point != nil {
		from, to := pointBounds(*d.Point)
		return map[string]any{"from": from, "to": to}
	}
	return nil
}

func pointBounds(m entities.Moment) (string, string) {
	switch m.Grain {
	case entities.GrainYear:
		first := entities.Moment{Year: m.Year, Month: 1, Day: 1, Grain: entities.GrainDay}
		last := entities.Moment{Year: m.Year, Month: 12, Day: 31, Grain: entities.GrainDay}
		return first.String(), last.String()
	case entities.GrainMonth:
		first := entities.Moment{Year: m.Year, Month: m.Month, Day: 1, Grain: entities.GrainDay}
		last := entities.Moment{Year: m.Year, Month: m.Month, Day: entities.DaysIn(m.Year, m.Month), Grain: entities.GrainDay}
		return first.String(), last.String()
	}
	return m.String(), m.String()
}
