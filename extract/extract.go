package extract

import (
	"math"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/entities"
)

// Dimension selects what an Extractor looks for. Combine with |.
type Dimension uint

// The dimensions.
const (
	Dates Dimension = 1 << iota
	Money
	Percents
	People // persons and their titles
	Organizations
	Places
	Statistics // facts; they need Dates, Money and Percents, which it turns on

	// Numbers is the numbers-only path: dates, money and percentages.
	Numbers = Dates | Money | Percents
	// All is every dimension, the default.
	All = Numbers | People | Organizations | Places | Statistics
)

type config struct {
	ref          time.Time
	dims         Dimension
	calendarOnly bool
}

// Option configures an Extractor.
type Option func(*config)

// WithReference sets the publication date that relative dates (今年, 3月13日,
// 前2个月) resolve against. Without it they are reported unresolved.
func WithReference(t time.Time) Option { return func(c *config) { c.ref = t } }

// WithDimensions limits extraction to the given dimensions (default All).
func WithDimensions(d Dimension) Option { return func(c *config) { c.dims = d } }

// WithCalendarDatesOnly keeps only the calendar dates written with numerals
// (1998年, 3月13日, 2026年3月1日, 13日), each on its own: the ends of a range
// (3月27日至29日) come apart, and a relative year before one (去年10月15日)
// or an approximation after it (2000年左右) is left out of its span. It
// drops relative words (今年, 昨天), named periods (一季度, 十五五) and
// durations. Annotation schemes that mark only calendar dates, such as the
// People's Daily corpus, count the others as spurious.
func WithCalendarDatesOnly() Option { return func(c *config) { c.calendarOnly = true } }

// Extractor finds entities and facts in Chinese text. Build it once with New;
// it holds no per-call state and is safe for concurrent use.
type Extractor struct {
	cfg config
}

// loaders compile each dimension's rules and lexicons once per process; the
// compiled data is immutable and shared by every Extractor.
var loaders = []struct {
	dim  Dimension
	load func() error
}{
	{Dates, loadDates},
	{Money, loadMoney},
	{Percents, loadPercents},
	{People, loadPeople},
	{Organizations, loadOrganizations},
	{Places, loadPlaces},
	{Statistics, loadStatistics},
}

// New builds an Extractor. It returns an error only when the embedded rules
// fail to compile, which the tests rule out.
func New(opts ...Option) (*Extractor, error) {
	c := config{dims: All}
	for _, o := range opts {
		o(&c)
	}
	if c.dims&Statistics != 0 {
		c.dims |= Numbers
	}
	// The loaders run at once: the date rules compile while the lexicons
	// load, which halves the time to the first result on two cores. Each
	// loader runs once per process, and loads what it depends on itself.
	errs := make([]error, len(loaders))
	var wg sync.WaitGroup
	for i, l := range loaders {
		if c.dims&l.dim != 0 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				errs[i] = l.load()
			}()
		}
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	classTable() // take in the classes of the sets just loaded
	return &Extractor{cfg: c}, nil
}

// Reference returns the reference date the Extractor was built with (zero
// when none).
func (x *Extractor) Reference() time.Time { return x.cfg.ref }

// Extract returns everything found in text, with relative dates resolved
// against the Extractor's reference date.
func (x *Extractor) Extract(text string) entities.Result {
	return x.ExtractAt(text, x.cfg.ref)
}

// MaxText is the longest text Extract reads, in bytes; a longer one gives an
// empty Result. Split larger inputs into articles.
const MaxText = math.MaxInt32

// ExtractAt is Extract with a reference date for this call only, for batches
// of documents with their own publication dates. A zero ref means none.
//
// A text longer than chunkSize is read in parts cut at line breaks, so that
// memory stays proportional to a part and not to the whole text; a person
// named in several parts is one Person. Facts and document-level links do
// not cross a part boundary.
func (x *Extractor) ExtractAt(text string, ref time.Time) entities.Result {
	if len(text) > MaxText {
		return entities.Result{}
	}
	if len(text) <= chunkSize {
		return x.extractPart(text, ref, nil)
	}
	// The parts write their dates, money and percentages straight into
	// these slices, sized after the first part; the rest is joined at the
	// end.
	var numbers partSink
	var parts []entities.Result
	for base, baseRunes := 0, 0; base < len(text); {
		end := cutPoint(text, base, chunkSize)
		part := text[base:end]
		nd, nm, np := len(numbers.Dates), len(numbers.Money), len(numbers.Percents)
		numbers.room = float64(len(text)-base) / float64(end-base) * 33 / 32
		r := x.extractPart(part, ref, &numbers)
		shiftResult(&r, base, baseRunes)
		shiftResult(&entities.Result{Dates: numbers.Dates[nd:], Money: numbers.Money[nm:], Percents: numbers.Percents[np:]}, base, baseRunes)
		if base == 0 {
			// Room for the whole text at the first part's density, and a
			// thirty-second more.
			scale := float64(len(text)) / float64(end) * 33 / 32
			numbers.Dates = reserve(numbers.Dates, scale)
			numbers.Money = reserve(numbers.Money, scale)
			numbers.Percents = reserve(numbers.Percents, scale)
		}
		parts = append(parts, r)
		baseRunes += utf8.RuneCountInString(part)
		base = end
	}
	out := joinResults(parts)
	out.Dates, out.Money, out.Percents = orNil(numbers.Dates), orNil(numbers.Money), orNil(numbers.Percents)
	return out
}

// partSink collects the dates, money and percentages of the parts of a long
// text, which the parts' extractors append in place.
type partSink struct {
	entities.Result
	// room is the text left from the current part on, in multiples of the
	// part, and a thirty-second more: a slice that must grow grows for that
	// much at the part's density.
	room float64
}

// reserve returns s with room for len(s)*scale items.
func reserve[T any](s []T, scale float64) []T {
	if n := int(float64(len(s)) * scale); n > cap(s) {
		return slices.Grow(s, n-len(s))
	}
	return s
}

// keep returns a copy of s of its exact length, or nil when s is empty, for
// a Result: s lies in a buffer kept with the pooled doc. Results built in
// such a buffer and copied once cost no growing and no room left over.
func keep[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	out := make([]T, len(s))
	copy(out, s)
	return out
}

// orNil returns s, or nil when it is empty.
func orNil[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}

// partInto returns all[:n] followed by part: a part's items, which its
// extractor wrote at all[n:], and which later steps filter in place. When a
// step replaced them by a slice of its own, they are copied back.
func partInto[T any](all []T, n int, part []T) []T {
	if len(part) == 0 {
		return all[:n]
	}
	if cap(all) > n && &all[:n+1][n] == &part[0] {
		return all[:n+len(part)]
	}
	return append(all[:n], part...)
}

// chunkSize is the longest text read in one part, in bytes.
const chunkSize = 256 << 10

// cutPoint returns where the part of text starting at base ends: after the
// last line break within size bytes, else after the last 。, else at a rune
// boundary.
func cutPoint(text string, base, size int) int {
	end := base + size
	if end >= len(text) {
		return len(text)
	}
	window := text[base:end]
	if i := strings.LastIndexByte(window, '\n'); i > size/2 {
		return base + i + 1
	}
	if i := strings.LastIndex(window, "。"); i > size/2 {
		return base + i + len("。")
	}
	for end > base && !utf8.RuneStart(text[end]) {
		end--
	}
	return end
}

func shiftSpan(s *entities.Span, bytes, runes int) {
	s.Start += bytes
	s.End += bytes
	s.RuneStart += runes
	s.RuneEnd += runes
}

// shiftResult moves every span of a part's result to the part's place.
func shiftResult(r *entities.Result, bytes, runes int) {
	for i := range r.Dates {
		shiftSpan(&r.Dates[i].Span, bytes, runes)
	}
	for i := range r.Money {
		shiftSpan(&r.Money[i].Span, bytes, runes)
	}
	for i := range r.Percents {
		shiftSpan(&r.Percents[i].Span, bytes, runes)
	}
	for i := range r.Persons {
		for k := range r.Persons[i].Mentions {
			shiftSpan(&r.Persons[i].Mentions[k], bytes, runes)
		}
	}
	for i := range r.Titles {
		shiftSpan(&r.Titles[i].Span, bytes, runes)
	}
	for i := range r.Organizations {
		shiftSpan(&r.Organizations[i].Span, bytes, runes)
	}
	for i := range r.Places {
		shiftSpan(&r.Places[i].Span, bytes, runes)
	}
	for i := range r.Statistics {
		st := &r.Statistics[i]
		shiftSpan(&st.Span, bytes, runes)
		if st.Period != nil {
			shiftSpan(&st.Period.Span, bytes, runes)
		}
		if st.Amount != nil {
			shiftSpan(&st.Amount.Span, bytes, runes)
		}
	}
}

// joinResults puts the parts' results together, each slice allocated once
// at its final length; a person named in several parts is one Person, with
// the mentions and titles of every part in order.
func joinResults(parts []entities.Result) entities.Result {
	var out entities.Result
	out.Dates = joinSlices(parts, func(r *entities.Result) []entities.Date { return r.Dates })
	out.Money = joinSlices(parts, func(r *entities.Result) []entities.Money { return r.Money })
	out.Percents = joinSlices(parts, func(r *entities.Result) []entities.Percent { return r.Percents })
	out.Titles = joinSlices(parts, func(r *entities.Result) []entities.Title { return r.Titles })
	out.Organizations = joinSlices(parts, func(r *entities.Result) []entities.Organization { return r.Organizations })
	out.Places = joinSlices(parts, func(r *entities.Result) []entities.Place { return r.Places })
	out.Statistics = joinSlices(parts, func(r *entities.Result) []entities.Statistic { return r.Statistics })

	// First the size of each person's lists, then the lists themselves.
	type personSize struct{ at, mentions, titles int }
	persons := map[string]*personSize{}
	var order []string
	for i := range parts {
		for _, p := range parts[i].Persons {
			n := persons[p.Name]
			if n == nil {
				n = &personSize{at: len(order)}
				persons[p.Name] = n
				order = append(order, p.Name)
			}
			n.mentions += len(p.Mentions)
			n.titles += len(p.Titles)
		}
	}
	if len(order) == 0 {
		return out
	}
	out.Persons = make([]entities.Person, len(order))
	titleBase := 0
	for i := range parts {
		for _, p := range parts[i].Persons {
			n := persons[p.Name]
			q := &out.Persons[n.at]
			if q.Mentions == nil {
				*q = p
				q.Mentions = make([]entities.Span, 0, n.mentions)
				if n.titles > 0 {
					q.Titles = make([]int, 0, n.titles)
				} else {
					q.Titles = p.Titles // nil or empty, as the part gave it
				}
			}
			q.Mentions = append(q.Mentions, p.Mentions...)
			for _, t := range p.Titles {
				q.Titles = append(q.Titles, t+titleBase)
			}
		}
		titleBase += len(parts[i].Titles)
	}
	return out
}

// joinSlices concatenates one slice of every part into a slice allocated at
// its final length; nil when the parts hold none.
func joinSlices[T any](parts []entities.Result, get func(*entities.Result) []T) []T {
	n := 0
	for i := range parts {
		n += len(get(&parts[i]))
	}
	if n == 0 {
		return nil
	}
	out := make([]T, 0, n)
	for i := range parts {
		out = append(out, get(&parts[i])...)
	}
	return out
}

// extractPart runs every dimension over one text. With into, the text is
// a part of a longer one: its dates, money and percentages are appended to
// into's (with offsets in the part) and left out of the result.
func (x *Extractor) extractPart(text string, ref time.Time, into *partSink) entities.Result {
	d := newDoc(text, ref)
	defer d.release()
	var r, all entities.Result
	room := 1.0
	if into != nil {
		all, room = into.Result, into.room
	}
	nd, nm, np := len(all.Dates), len(all.Money), len(all.Percents)
	dims := x.cfg.dims
	// The dates, organizations and places of a whole text are built in
	// buffers of the doc, which later steps filter in place, and copied out
	// at the end.
	var datesBuilt, orgsBuilt, placesBuilt int
	if dims&Dates != 0 {
		if into == nil {
			all.Dates = d.dateBuf[:0]
		}
		all.Dates = extractDatesInto(d, all.Dates)
		r.Dates = all.Dates[nd:]
		if into == nil {
			d.dateBuf, datesBuilt = all.Dates[:0], len(all.Dates)
		}
		if x.cfg.calendarOnly {
			r.Dates = calendarOnlyDates(d, r.Dates)
		}
	}
	if dims&Money != 0 {
		all.Money = extractMoneyInto(d, all.Money, room)
		r.Money = all.Money[nm:]
	}
	if dims&Percents != 0 {
		all.Percents = extractPercentsInto(d, all.Percents, room)
		r.Percents = all.Percents[np:]
	}
	if dims&Organizations != 0 {
		r.Organizations = extractOrganizations(d, &r)
		orgsBuilt = len(r.Organizations)
	}
	if dims&Places != 0 {
		r.Places = extractPlaces(d, &r)
		placesBuilt = len(r.Places)
	}
	if dims&People != 0 {
		extractPeople(d, &r) // adds the organizations of titles
		orgsBuilt = max(orgsBuilt, len(r.Organizations))
	}
	settle(d, &r)
	if dims&Statistics != 0 {
		// A statistic owns its period and amount (see statState.result):
		// they do not alias r.Dates or r.Money, which are sorted below,
		// copied out of the doc's buffers and shifted for parts.
		r.Statistics = extractStatistics(d, &r)
	}
	sortResult(&r)
	if into == nil {
		r.Dates = keep(r.Dates)
	}
	r.Organizations = keep(r.Organizations)
	r.Places = keep(r.Places)
	clear(d.dateBuf[:min(datesBuilt, cap(d.dateBuf))])
	clear(d.orgBuf[:min(orgsBuilt, cap(d.orgBuf))])
	clear(d.placeBuf[:min(placesBuilt, cap(d.placeBuf))])
	if into != nil {
		into.Dates, r.Dates = partInto(all.Dates, nd, r.Dates), nil
		into.Money, r.Money = partInto(all.Money, nm, r.Money), nil
		into.Percents, r.Percents = partInto(all.Percents, np, r.Percents), nil
	}
	return r
}

func sortResult(r *entities.Result) {
	sortStable(r.Dates, func(a, b *entities.Date) int { return a.Start - b.Start })
	// Money and Percents come sorted from their extractors, and no step
	// after them reorders or edits them.
	sortStable(r.Organizations, func(a, b *entities.Organization) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	sortStable(r.Places, func(a, b *entities.Place) int { return a.Start - b.Start })
	sortStable(r.Statistics, func(a, b *entities.Statistic) int { return a.Start - b.Start })
}
