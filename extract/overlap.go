package extract

import (
	"slices"

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
	idx := &d.settleIdx
	if len(r.Places) > 0 && len(r.Organizations) > 0 {
		idx.reset(len(r.Places))
		for _, p := range r.Places {
			idx.add(p.Span)
		}
		idx.seal()
		orgs := r.Organizations[:0]
		for _, o := range r.Organizations {
			if idx.has(o.Span) {
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
	n := 0
	for _, p := range r.Persons {
		n += len(p.Mentions)
	}
	idx.reset(n)
	for _, p := range r.Persons {
		for _, m := range p.Mentions {
			idx.add(m)
		}
	}
	idx.seal()
	r.Places = dropInside(r.Places, idx, func(p *entities.Place) entities.Span { return p.Span })
	r.Dates = dropInside(r.Dates, idx, func(x *entities.Date) entities.Span { return x.Span })
	if len(r.Organizations) > 0 {
		idx.reset(len(r.Organizations))
		for _, o := range r.Organizations {
			idx.add(o.Span)
		}
		idx.seal()
		persons := r.Persons[:0]
		for _, p := range r.Persons {
			ms := p.Mentions[:0]
			for _, m := range p.Mentions {
				if !idx.contains(m, true) {
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

// spanIndex answers "does any of these spans contain this one" and "is this
// span among them" in O(log n): the byte ranges of the spans as keys
// (start<<32 | end, so that their order is by start, then end), sorted, with
// the running maximum of their ends. Its buffers live in the pooled doc and
// serve every call.
type spanIndex struct {
	keys   []uint64
	maxEnd []int
}

// spanKey packs a span's byte range; offsets fit in 32 bits (see MaxText).
func spanKey(start, end int) uint64 { return uint64(start)<<32 | uint64(uint32(end)) }

// reset empties the index, with room for n spans.
func (x *spanIndex) reset(n int) {
	x.keys = slices.Grow(x.keys[:0], n)
}

func (x *spanIndex) add(sp entities.Span) {
	x.keys = append(x.keys, spanKey(sp.Start, sp.End))
}

// seal sorts the spans, when they are not in order already, and takes the
// running maximum of their ends.
func (x *spanIndex) seal() {
	if !slices.IsSorted(x.keys) {
		slices.Sort(x.keys)
	}
	x.maxEnd = slices.Grow(x.maxEnd[:0], len(x.keys))
	m := -1
	for _, k := range x.keys {
		m = max(m, int(uint32(k)))
		x.maxEnd = append(x.maxEnd, m)
	}
}

// has reports whether s is one of the spans, by its byte range.
func (x *spanIndex) has(s entities.Span) bool {
	_, ok := slices.BinarySearch(x.keys, spanKey(s.Start, s.End))
	return ok
}

// contains reports whether a span of the index contains s; with strict, a
// span other than s itself.
func (x *spanIndex) contains(s entities.Span, strict bool) bool {
	// Spans that start before s contain it when they reach its end.
	k, _ := slices.BinarySearch(x.keys, spanKey(s.Start, 0))
	if k > 0 && x.maxEnd[k-1] >= s.End {
		return true
	}
	// Spans that start with s contain it when they end at or after it.
	for ; k < len(x.keys) && int(x.keys[k]>>32) == s.Start; k++ {
		if e := int(uint32(x.keys[k])); e > s.End || !strict && e == s.End {
			return true
		}
	}
	return false
}

// dropInside removes the items whose span lies within a span of idx.
func dropInside[T any](items []T, idx *spanIndex, span func(*T) entities.Span) []T {
	if len(items) == 0 || len(idx.keys) == 0 {
		return items
	}
	out := items[:0]
	for i := range items {
		if !idx.contains(span(&items[i]), false) {
			out = append(out, items[i])
		}
	}
	return out
}

// sortStable sorts s stably by cmp. Extractors give their results in text
// order almost always, so the common case is one pass that finds s sorted:
// a text dense with figures holds hundreds of thousands of them. cmp takes
// pointers, so that neither the pass nor the sort copies a record to
// compare it, and nothing is allocated.
func sortStable[T any](s []T, cmp func(a, b *T) int) {
	for i := 1; i < len(s); i++ {
		if cmp(&s[i-1], &s[i]) > 0 {
			sortStableAll(s, cmp)
			return
		}
	}
}

// sortStableAll is the stable sort of the standard library (insertion sort of
// blocks of 20, then in-place merges, O(n log² n)) over pointers.
func sortStableAll[T any](s []T, cmp func(a, b *T) int) {
	n := len(s)
	block := 20
	a, b := 0, block
	for b <= n {
		sortStableInsertion(s, a, b, cmp)
		a, b = b, b+block
	}
	sortStableInsertion(s, a, n, cmp)
	for ; block < n; block *= 2 {
		a, b = 0, 2*block
		for b <= n {
			sortStableMerge(s, a, a+block, b, cmp)
			a, b = b, b+2*block
		}
		if m := a + block; m < n {
			sortStableMerge(s, a, m, n, cmp)
		}
	}
}

func sortStableInsertion[T any](s []T, a, b int, cmp func(a, b *T) int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && cmp(&s[j], &s[j-1]) < 0; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// sortStableMerge merges the sorted runs s[a:m] and s[m:b] in place, stably
// (Kim and Kutzner's SymMerge, as the standard library has it).
func sortStableMerge[T any](s []T, a, m, b int, cmp func(a, b *T) int) {
	if m-a == 1 {
		// s[a] goes before the first element of s[m:b] not less than it.
		i, j := m, b
		for i < j {
			h := int(uint(i+j) >> 1)
			if cmp(&s[h], &s[a]) < 0 {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			s[k], s[k+1] = s[k+1], s[k]
		}
		return
	}
	if b-m == 1 {
		// s[m] goes before the first element of s[a:m] greater than it.
		i, j := a, m
		for i < j {
			h := int(uint(i+j) >> 1)
			if cmp(&s[m], &s[h]) >= 0 {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			s[k], s[k-1] = s[k-1], s[k]
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start, r = n-b, mid
	} else {
		start, r = a, m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if cmp(&s[p-c], &s[c]) >= 0 {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		sortStableRotate(s, start, m, end)
	}
	if a < start && start < mid {
		sortStableMerge(s, a, start, mid, cmp)
	}
	if mid < end && end < b {
		sortStableMerge(s, mid, end, b, cmp)
	}
}

// sortStableRotate turns s[a:m] s[m:b] into s[m:b] s[a:m].
func sortStableRotate[T any](s []T, a, m, b int) {
	i, j := m-a, b-m
	for i != j {
		if i > j {
			sortStableSwap(s, m-i, m, j)
			i -= j
		} else {
			sortStableSwap(s, m-i, m+j-i, i)
			j -= i
		}
	}
	sortStableSwap(s, m-i, m, i)
}

func sortStableSwap[T any](s []T, a, b, n int) {
	for i := 0; i < n; i++ {
		s[a+i], s[b+i] = s[b+i], s[a+i]
	}
}
