package extract

import "github.com/zhfacts/zhfacts/entities"

// settle decides between overlapping candidates of different dimensions;
// within a dimension each extractor keeps the longest match. The rules, in
// order:
//
//   - a person's name holds no place (科隆 in 卡特琳·科隆纳) and no date
//     (the byline name 周一);
//   - an organization's name holds no person (a company named after its
//     founder);
//   - a country or region that only stands before a post (美国 in 美国总统)
//     is a place, not an organization: where an organization and a place
//     have the same span, the place stays unless the name ends like an
//     organization.
func settle(d *doc, r *entities.Result) {
	if len(r.Places) > 0 && len(r.Organizations) > 0 {
		places := map[[2]int]bool{}
		for _, p := range r.Places {
			places[[2]int{p.Start, p.End}] = true
		}
		orgs := r.Organizations[:0]
		for _, o := range r.Organizations {
			if places[[2]int{o.Start, o.End}] {
				if _, ok := classifyOrg(o.Name); !ok {
					continue
				}
			}
			orgs = append(orgs, o)
		}
		r.Organizations = orgs
	}
	if len(r.Persons) == 0 {
		return
	}
	var names []entities.Span
	for _, p := range r.Persons {
		names = append(names, p.Mentions...)
	}
	r.Places = dropInside(r.Places, names, func(p entities.Place) entities.Span { return p.Span })
	r.Dates = dropInside(r.Dates, names, func(x entities.Date) entities.Span { return x.Span })
	if len(r.Organizations) > 0 {
		orgSpans := make([]entities.Span, len(r.Organizations))
		for i, o := range r.Organizations {
			orgSpans[i] = o.Span
		}
		persons := r.Persons[:0]
		for _, p := range r.Persons {
			ms := p.Mentions[:0]
			for _, m := range p.Mentions {
				if !strictlyInsideAny(m, orgSpans) {
					ms = append(ms, m)
				}
			}
			p.Mentions = ms
			if len(ms) > 0 {
				persons = append(persons, p)
			}
		}
		r.Persons = persons
	}
}

// dropInside removes the items whose span lies within one of the spans.
func dropInside[T any](items []T, spans []entities.Span, span func(T) entities.Span) []T {
	if len(items) == 0 || len(spans) == 0 {
		return items
	}
	out := items[:0]
	for _, it := range items {
		s := span(it)
		inside := false
		for _, o := range spans {
			if o.Contains(s) {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, it)
		}
	}
	return out
}

func strictlyInsideAny(s entities.Span, spans []entities.Span) bool {
	for _, o := range spans {
		if o.Contains(s) && o.Len() > s.Len() {
			return true
		}
	}
	return false
}
