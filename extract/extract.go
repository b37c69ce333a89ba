package extract

import (
	"math"
	"sort"
	"time"

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
	for _, l := range loaders {
		if c.dims&l.dim != 0 {
			if err := l.load(); err != nil {
				return nil, err
			}
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
func (x *Extractor) ExtractAt(text string, ref time.Time) entities.Result {
	if len(text) > MaxText {
		return entities.Result{}
	}
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
	}
	sortResult(&r)
	return r
}

func sortResult(r *entities.Result) {
	sort.SliceStable(r.Dates, func(i, j int) bool { return r.Dates[i].Start < r.Dates[j].Start })
	sort.SliceStable(r.Money, func(i, j int) bool { return r.Money[i].Start < r.Money[j].Start })
	sort.SliceStable(r.Percents, func(i, j int) bool { return r.Percents[i].Start < r.Percents[j].Start })
	sort.SliceStable(r.Organizations, func(i, j int) bool {
		a, b := r.Organizations[i], r.Organizations[j]
		return a.Start < b.Start || a.Start == b.Start && a.End > b.End
	})
	sort.SliceStable(r.Places, func(i, j int) bool { return r.Places[i].Start < r.Places[j].Start })
	sort.SliceStable(r.Statistics, func(i, j int) bool { return r.Statistics[i].Start < r.Statistics[j].Start })
}
