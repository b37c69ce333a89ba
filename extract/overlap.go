package extract

import (
	"sort"

	"github.com/zhfacts/zhfacts/entities"
)

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
		orgIdx := newSpanIndex(orgSpans)
		persons := r.Persons[:0]
		for _, p := range r.Persons {
			ms := p.Mentions[:0]
			for _, m := range p.Mentions {
				if !orgIdx.contains(m, true) {
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

// spanIndex answers "does any of these spans contain this one" in
// O(log n): the spans sorted by start, with the running maximum of their ends.
type spanIndex struct {
	spans  []entities.Span
	maxEnd []int
}

func newSpanIndex(spans []entities.Span) spanIndex {
	sorted := append([]entities.Span(nil), spans...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Start < sorted[j].Start })
	maxEnd := make([]int, len(sorted))
	m := -1
	for i, sp := range sorted {
		if sp.End > m {
			m = sp.End
		}
		maxEnd[i] = m
	}
	return spanIndex{spans: sorted, maxEnd: maxEnd}
}

// contains reports whether a span of the index contains s; with strict, a
// span other than s itself.
func (x spanIndex) contains(s entities.Span, strict bool) bool {
	// Spans that start before s contain it when they reach its end.
	k := sort.Search(len(x.spans), func(i int) bool { return x.spans[i].Start >= s.Start })
	if k > 0 && x.maxEnd[k-1] >= s.End {
		return true
	}
	// Spans that start with s contain it when they end at or after it.
	for ; k < len(x.spans) && x.spans[k].Start == s.Start; k++ {
		if x.spans[k].End > s.End || !strict && x.spans[k].End == s.End {
			return true
		}
	}
	return false
}

// dropInside removes the items whose span lies within one of the spans.
func dropInside[T any](items []T, spans []entities.Span, span func(T) entities.Span) []T {
	if len(items) == 0 || len(spans) == 0 {
		return items
	}
	idx := newSpanIndex(spans)
	out := items[:0]
	for _, it := range items {
		if !idx.contains(span(it), false) {
			out = append(out, it)
		}
	}
	return out
}

// sortStable sorts s stably by cmp. Extractors give their results in text
// order almost always, so the common case is one pass that finds s sorted:
// a text dense with figures holds hundreds of thousands of them. cmp takes
// pointers, so that the pass copies no record.
func sortStable[T any](s []T, cmp func(a, b *T) int) {
	for i := 1; i < len(s); i++ {
		if cmp(&s[i-1], &s[i]) > 0 {
			sort.SliceStable(s, func(i, j int) bool { return cmp(&s[i], &s[j]) < 0 })
			return
		}
	}
}
