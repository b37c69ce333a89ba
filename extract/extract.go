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
		return x.extractPart(text, ref)
	}
	var out entities.Result
	persons := map[string]int{}
	for base, baseRunes := 0, 0; base < len(text); {
		end := cutPoint(text, base, chunkSize)
		part := text[base:end]
		r := x.extractPart(part, ref)
		shiftResult(&r, base, baseRunes)
		appendResult(&out, r, persons)
		baseRunes += utf8.RuneCountInString(part)
		base = end
	}
	return out
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

// appendResult adds a part's result to out; persons maps a name to its
// index in out.Persons, so that one individual stays one Person.
func appendResult(out *entities.Result, r entities.Result, persons map[string]int) {
	titleBase := len(out.Titles)
	out.Dates = append(out.Dates, r.Dates...)
	out.Money = append(out.Money, r.Money...)
	out.Percents = append(out.Percents, r.Percents...)
	out.Titles = append(out.Titles, r.Titles...)
	out.Organizations = append(out.Organizations, r.Organizations...)
	out.Places = append(out.Places, r.Places...)
	out.Statistics = append(out.Statistics, r.Statistics...)
	for _, p := range r.Persons {
		for k := range p.Titles {
			p.Titles[k] += titleBase
		}
		if i, ok := persons[p.Name]; ok {
			out.Persons[i].Mentions = append(out.Persons[i].Mentions, p.Mentions...)
			out.Persons[i].Titles = append(out.Persons[i].Titles, p.Titles...)
			continue
		}
		persons[p.Name] = len(out.Persons)
		out.Persons = append(out.Persons, p)
	}
}

// extractPart runs every dimension over one text.
func (x *Extractor) extractPart(text string, ref time.Time) entities.Result {
	d := newDoc(text, ref)
	defer d.release()
	var r entities.Result
	dims := x.cfg.dims
	if dims&Dates != 0 {
		r.Dates = extractDates(d)
		if x.cfg.calendarOnly {
			r.Dates = calendarOnlyDates(d, r.Dates)
		}
	}
	if dims&Money != 0 {
		r.Money = extractMoney(d)
	}
	if dims&Percents != 0 {
		r.Percents = extractPercents(d)
	}
	if dims&Organizations != 0 {
		r.Organizations = extractOrganizations(d, &r)
	}
	if dims&Places != 0 {
		r.Places = extractPlaces(d, &r)
	}
	if dims&People != 0 {
		extractPeople(d, &r)
	}
	settle(d, &r)
	if dims&Statistics != 0 {
		r.Statistics = extractStatistics(d, &r)
		// A statistic owns its period: it must not alias r.Dates, which
		// is sorted below and shifted for parts.
		for i := range r.Statistics {
			if p := r.Statistics[i].Period; p != nil {
				c := *p
				r.Statistics[i].Period = &c
			}
		}
	}
	sortResult(&r)
	return r
}

func sortResult(r *entities.Result) {
	slices.SortStableFunc(r.Dates, func(a, b entities.Date) int { return a.Start - b.Start })
	slices.SortStableFunc(r.Money, func(a, b entities.Money) int { return a.Start - b.Start })
	slices.SortStableFunc(r.Percents, func(a, b entities.Percent) int { return a.Start - b.Start })
	slices.SortStableFunc(r.Organizations, func(a, b entities.Organization) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	slices.SortStableFunc(r.Places, func(a, b entities.Place) int { return a.Start - b.Start })
	slices.SortStableFunc(r.Statistics, func(a, b entities.Statistic) int { return a.Start - b.Start })
}
