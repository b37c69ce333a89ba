package extract

// Dates. The patterns live in patterns/zh/date.rules; each rule has a
// normalizer here that turns its named groups into a typed value. The
// extractor finds date anchors in one pass (年 月 日 季 周 ..., or a digit
// followed by a date separator), runs only the rules whose key characters
// occur in the window around them, and keeps the longest candidate where
// candidates overlap.

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/zhfacts/zhfacts/entities"
	"github.com/zhfacts/zhfacts/patterns"
)

// dateNorm turns one match into a Date. g reads a named group; ok is false
// when the match is not a date after all (2月30日).
type dateNorm func(c *dateCtx) (entities.Date, bool)

// dateRuleSpec is the Go side of a rule: the characters one of which must
// occur in a window for the rule to run, and its normalizer.
type dateRuleSpec struct {
	keys string
	norm dateNorm
}

var dateSpecs = map[string]dateRuleSpec{
	"ymd":             {"年", normYMD},
	"ymd_num":         {"-/.．／－", normYMD},
	"ym":              {"年", normYM},
	"year":            {"年", normYear},
	"md":              {"月", normMD},
	"month":           {"月", normMonth},
	"day":             {"日", normDay},
	"rel_year":        {"年", normRelYear},
	"rel_month":       {"月", normRelMonth},
	"rel_day":         {"天日", normRelDay},
	"weekday":         {"周期拜", normWeekday},
	"holiday":         {"旦庆", normHoliday},
	"md_range":        {"月", normMDRange},
	"d_range":         {"日号", normDRange},
	"m_range":         {"月", normMRange},
	"y_range":         {"年", normYRange},
	"quarter":         {"季", normQuarter},
	"half":            {"半", normHalf},
	"first_months":    {"月", normFirstMonths},
	"since_start":     {"来", normSinceStart},
	"same_period":     {"期", normSamePeriod},
	"recent_years":    {"年", normRecentYears},
	"five_year_plan":  {"五", normFiveYearPlan},
	"duration_approx": {"右", normDuration},
	"duration":        {"年月天周期", normDuration},
}

type dateRule struct {
	name string
	re   *patterns.Regexp
	keys []rune
	norm dateNorm
}

var (
	dateOnce  sync.Once
	dateRules []dateRule
	dateErr   error
)

func loadDates() error {
	dateOnce.Do(func() {
		rules, err := patterns.Rules("date")
		if err != nil {
			dateErr = err
			return
		}
		for _, r := range rules {
			spec, ok := dateSpecs[r.Name]
			if !ok {
				dateErr = fmt.Errorf("date: rule %q has no normalizer", r.Name)
				return
			}
			dateRules = append(dateRules, dateRule{name: r.Name, re: r.Re, keys: []rune(spec.keys), norm: spec.norm})
		}
	})
	return dateErr
}

// isDateAnchor reports the runes around which a date can be found. A digit
// followed by a separator (2026-03-01) is checked separately.
func isDateAnchor(r rune) bool {
	switch r {
	case '年', '月', '日', '号', '季', '周', '期', '拜', '天', '旦', '庆', '五':
		return true
	}
	return false
}

func isDateSep(r rune) bool {
	switch r {
	case '-', '/', '.', '．', '／', '－':
		return true
	}
	return false
}

// Window padding: the longest prefix before an anchor (一九九八年 plus the
// guard) and the longest tail after one (2026-03-01 after its first
// separator, 左右, 以来).
const (
	dateBefore = 9
	dateAfter  = 9
)

// dateWindows finds the windows worth matching in one pass over the runes.
func dateWindows(d *doc) [][2]int {
	var out [][2]int
	rs := d.runes
	for i, r := range rs {
		anchor := isDateAnchor(r)
		if !anchor && isDateSep(r) && i > 0 && i+1 < len(rs) && isArabic(rs[i-1]) && isArabic(rs[i+1]) {
			anchor = true
		}
		if !anchor {
			continue
		}
		s, e := i-dateBefore, i+1+dateAfter
		if s < 0 {
			s = 0
		}
		if e > len(rs) {
			e = len(rs)
		}
		if k := len(out) - 1; k >= 0 && s <= out[k][1] {
			if e > out[k][1] {
				out[k][1] = e
			}
			continue
		}
		out = append(out, [2]int{s, e})
	}
	return out
}

// dateCtx is one match being normalized.
type dateCtx struct {
	// veto is set by a normalizer that rejects a malformed calendar date
	// (2023年2月29日): nothing inside it is a date either.
	veto bool
	d    *doc
	w    []rune
	m    *patterns.Match
	ref  time.Time
	has  bool
}

// g returns the runes of a named group, or nil.
func (c *dateCtx) g(name string) []rune {
	s, e, ok := c.m.Group(name)
	if !ok {
		return nil
	}
	return c.w[s:e]
}

// num reads a named group as a small integer, or -1.
func (c *dateCtx) num(name string) int {
	return smallInt(c.g(name))
}

type dateCand struct {
	start, end int // runes in the document
	rank       int // rule order, to break ties
	veto       bool
	date       entities.Date
}

func extractDates(d *doc) []entities.Date {
	if len(dateRules) == 0 {
		return nil
	}
	var cands []dateCand
	for _, win := range dateWindows(d) {
		w := d.runes[win[0]:win[1]]
		for rank := range dateRules {
			rule := &dateRules[rank]
			if !hasAnyRune(w, rule.keys) {
				continue
			}
			_ = rule.re.FindAll(w, func(m patterns.Match) {
				c := dateCtx{d: d, w: w, m: &m, ref: d.ref, has: d.hasRef}
				dt, ok := rule.norm(&c)
				s, e := win[0]+m.Start, win[0]+m.End
				if !ok {
					if c.veto {
						cands = append(cands, dateCand{start: s, end: e, rank: rank, veto: true})
					}
					return
				}
				dt.Span = d.span(s, e)
				dt.Rule = rule.name
				cands = append(cands, dateCand{start: s, end: e, rank: rank, date: dt})
			})
		}
	}
	if len(cands) == 0 {
		return nil
	}
	out := longestDates(cands)
	resolveSamePeriod(out)
	return out
}

func hasAnyRune(w []rune, keys []rune) bool {
	for _, r := range w {
		for _, k := range keys {
			if r == k {
				return true
			}
		}
	}
	return false
}

// longestDates keeps the longest of overlapping candidates (the earlier rule
// on a tie) and returns them in text order.
func longestDates(cands []dateCand) []entities.Date {
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if la, lb := a.end-a.start, b.end-b.start; la != lb {
			return la > lb
		}
		if a.rank != b.rank {
			return a.rank < b.rank
		}
		return a.start < b.start
	})
	var kept []dateCand
	for _, c := range cands {
		clash := false
		for _, k := range kept {
			if c.start < k.end && k.start < c.end {
				clash = true
				break
			}
		}
		if !clash {
			kept = append(kept, c)
		}
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].start < kept[j].start })
	out := make([]entities.Date, 0, len(kept))
	for _, k := range kept {
		if !k.veto {
			out = append(out, k.date)
		}
	}
	return out
}

// --- numbers --------------------------------------------------------------

// smallInt reads a year, month, day or count: Arabic digits of either width,
// Chinese digits read one by one (一九九八), or a Chinese numeral (二十三,
// 廿三). It returns -1 when s is none of these.
func smallInt(s []rune) int {
	if len(s) == 0 || len(s) > 6 {
		return -1
	}
	if s[0] == '廿' {
		if len(s) == 1 {
			return 20
		}
		v := digitValue(s[1])
		if len(s) != 2 || v < 1 {
			return -1
		}
		return 20 + v
	}
	if allDigits(s) && (len(s) > 1 || s[0] != '十') {
		n := 0
		for _, r := range s {
			n = n*10 + digitValue(r)
		}
		return n
	}
	n, ok := chineseSmall(s)
	if !ok {
		return -1
	}
	return int(n)
}

// --- calendar -------------------------------------------------------------

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// monthDays is the number of days in month m of year y.
func monthDays(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func yearOf(y int) *entities.Moment { return &entities.Moment{Year: y, Grain: entities.GrainYear} }

func monthOf(y, m int) *entities.Moment {
	return &entities.Moment{Year: y, Month: m, Grain: entities.GrainMonth}
}

func dayOf(y, m, d int) *entities.Moment {
	return &entities.Moment{Year: y, Month: m, Day: d, Grain: entities.GrainDay}
}

// validDay reports whether d is a day of month m (of year y when y > 0; any
// year, so up to 29 February, when y is 0).
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	if y == 0 {
		return d <= monthDays(2000, m)
	}
	return d <= monthDays(y, m)
}

// monthsPeriod is the period from the first day of month m1 to the last day
// of month m2 of year y: 1-10月, 前2个月, 一季度.
func monthsPeriod(y, m1, m2 int) (from, to *entities.Moment) {
	return dayOf(y, m1, 1), dayOf(y, m2, monthDays(y, m2))
}

// resolveYear returns the year a relative year word names (今 0, 去/上 -1,
// 明 +1, 前 -2) against the reference year.
func resolveYear(word rune, refYear int) int {
	switch word {
	case '去', '上':
		return refYear - 1
	case '明', '下':
		return refYear + 1
	case '前':
		return refYear - 2
	}
	return refYear
}

// weekdayIndex maps 一..六 to 1..6 and 日/天 to 7 (weeks start on Monday).
func weekdayIndex(r rune) int {
	switch r {
	case '日', '天':
		return 7
	}
	return digitValue(r)
}

// resolveWeekday returns the date of weekday wd (1 Monday .. 7 Sunday) in
// the week of ref shifted by weeks.
func resolveWeekday(ref time.Time, wd, weeks int) time.Time {
	cur := int(ref.Weekday())
	if cur == 0 {
		cur = 7
	}
	return ref.AddDate(0, 0, wd-cur+7*weeks)
}

// fiveYearPlan returns the years of the k-th five-year plan: the first ran
// 1953-1957, the second 1958-1962, and after the 1963-1965 adjustment the
// third started in 1966.
func fiveYearPlan(k int) (first, last int, ok bool) {
	switch {
	case k == 1 || k == 2:
		first = 1953 + 5*(k-1)
	case k >= 3 && k <= 30:
		first = 1966 + 5*(k-3)
	default:
		return 0, 0, false
	}
	return first, first + 4, true
}

// --- results --------------------------------------------------------------

func point(m *entities.Moment) entities.Date {
	return entities.Date{Kind: entities.DatePoint, Point: m, Resolved: true}
}

func period(from, to *entities.Moment) entities.Date {
	return entities.Date{Kind: entities.DatePeriod, From: from, To: to, Resolved: true}
}

// unresolved is a relative date of the given kind with no reference date.
func unresolved(kind entities.DateKind) entities.Date {
	return entities.Date{Kind: kind, Relative: true}
}

func relative(dt entities.Date) entities.Date {
	dt.Relative = true
	return dt
}

// refYear resolves the year prefix of a match: a written year (absolute), a
// relative word (needs the reference), or none (the reference year). rel
// reports whether the result depends on the reference; ok is false when it
// does and there is none.
func (c *dateCtx) year() (y int, rel, ok bool) {
	if v := c.g("y"); v != nil {
		y = smallInt(v)
		return y, false, y > 0
	}
	if !c.has {
		return 0, true, false
	}
	if v := c.g("ry"); v != nil {
		return resolveYear(v[0], c.ref.Year()), true, true
	}
	return c.ref.Year(), true, true
}

// --- normalizers ------------------------------------------------------------

func normYMD(c *dateCtx) (entities.Date, bool) {
	y, m, d := c.num("y"), c.num("m"), c.num("d")
	if !validDay(y, m, d) {
		c.veto = true
		return entities.Date{}, false
	}
	return point(dayOf(y, m, d)), true
}

func normYM(c *dateCtx) (entities.Date, bool) {
	y, m := c.num("y"), c.num("m")
	if m < 1 || m > 12 {
		return entities.Date{}, false
	}
	return point(monthOf(y, m)), true
}

func normYear(c *dateCtx) (entities.Date, bool) {
	y := c.num("y")
	if y < 1000 {
		return entities.Date{}, false
	}
	return point(yearOf(y)), true
}

func normMD(c *dateCtx) (entities.Date, bool) {
	m, d := c.num("m"), c.num("d")
	if !validDay(0, m, d) {
		c.veto = true
		return entities.Date{}, false
	}
	y, rel, ok := c.year()
	if !ok {
		return unresolved(entities.DatePoint), true
	}
	if !validDay(y, m, d) {
		c.veto = true
		return entities.Date{}, false
	}
	dt := point(dayOf(y, m, d))
	dt.Relative = rel
	return dt, true
}

func normMonth(c *dateCtx) (entities.Date, bool) {
	m := c.num("m")
	if m < 1 || m > 12 {
		return entities.Date{}, false
	}
	y, rel, ok := c.year()
	if !ok {
		return unresolved(entities.DatePoint), true
	}
	dt := point(monthOf(y, m))
	dt.Relative = rel
	return dt, true
}

// normDay reads 13日: a day of the reference month, or of the month named
// just before it (上月13日).
func normDay(c *dateCtx) (entities.Date, bool) {
	d := c.num("d")
	if d < 1 || d > 31 {
		return entities.Date{}, false
	}
	if !c.has {
		return unresolved(entities.DatePoint), true
	}
	y, m := c.ref.Year(), int(c.ref.Month())
	if v := c.g("rm"); v != nil {
		y, m = shiftMonth(y, m, monthShift(v[0]))
	}
	if !validDay(y, m, d) {
		return entities.Date{}, false
	}
	return relative(point(dayOf(y, m, d))), true
}

// monthShift is the offset 上 -1, 下 +1, 本 0 of a relative month word.
func monthShift(r rune) int {
	switch r {
	case '上':
		return -1
	case '下':
		return 1
	}
	return 0
}

// shiftMonth moves year y, month m by n months.
func shiftMonth(y, m, n int) (int, int) {
	t := (y*12 + m - 1) + n
	return t / 12, t%12 + 1
}

func normRelYear(c *dateCtx) (entities.Date, bool) {
	if !c.has {
		return unresolved(entities.DatePoint), true
	}
	return relative(point(yearOf(resolveYear(c.g("ry")[0], c.ref.Year())))), true
}

func normRelMonth(c *dateCtx) (entities.Date, bool) {
	if !c.has {
		return unresolved(entities.DatePoint), true
	}
	y, m := shiftMonth(c.ref.Year(), int(c.ref.Month()), monthShift(c.g("ry")[0]))
	return relative(point(monthOf(y, m))), true
}

func normRelDay(c *dateCtx) (entities.Date, bool) {
	if !c.has {
		return unresolved(entities.DatePoint), true
	}
	shift := 0
	switch c.g("rd")[0] {
	case '昨':
		shift = -1
	case '明':
		shift = 1
	case '前':
		shift = -2
	}
	t := c.ref.AddDate(0, 0, shift)
	return relative(point(dayOf(t.Year(), int(t.Month()), t.Day()))), true
}

func normWeekday(c *dateCtx) (entities.Date, bool) {
	wd := weekdayIndex(c.g("w")[0])
	if wd < 1 || wd > 7 {
		return entities.Date{}, false
	}
	if !c.has {
		return unresolved(entities.DatePoint), true
	}
	weeks := 0
	if v := c.g("wk"); v != nil {
		switch v[0] {
		case '上':
			weeks = -1
		case '下':
			weeks = 1
		}
	}
	t := resolveWeekday(c.ref, wd, weeks)
	return relative(point(dayOf(t.Year(), int(t.Month()), t.Day()))), true
}

func normHoliday(c *dateCtx) (entities.Date, bool) {
	y, rel, ok := c.year()
	if !ok {
		return unresolved(entities.DatePoint), true
	}
	m, d := 1, 1
	if c.g("h")[0] == '国' {
		m = 10
	}
	dt := point(dayOf(y, m, d))
	dt.Relative = rel
	return dt, true
}

func normMDRange(c *dateCtx) (entities.Date, bool) {
	m, d, d2 := c.num("m"), c.num("d"), c.num("d2")
	m2 := m
	if c.g("m2") != nil {
		m2 = c.num("m2")
	}
	if !validDay(0, m, d) || !validDay(0, m2, d2) || m2 < m || (m2 == m && d2 <= d) {
		return entities.Date{}, false
	}
	y, rel, ok := c.year()
	if !ok {
		return unresolved(entities.DatePeriod), true
	}
	if !validDay(y, m, d) || !validDay(y, m2, d2) {
		return entities.Date{}, false
	}
	dt := period(dayOf(y, m, d), dayOf(y, m2, d2))
	dt.Relative = rel
	return dt, true
}

func normDRange(c *dateCtx) (entities.Date, bool) {
	d, d2 := c.num("d"), c.num("d2")
	if d < 1 || d2 > 31 || d2 <= d {
		return entities.Date{}, false
	}
	if !c.has {
		return unresolved(entities.DatePeriod), true
	}
	y, m := c.ref.Year(), int(c.ref.Month())
	if !validDay(y, m, d2) {
		return entities.Date{}, false
	}
	return relative(period(dayOf(y, m, d), dayOf(y, m, d2))), true
}

func normMRange(c *dateCtx) (entities.Date, bool) {
	m, m2 := c.num("m"), c.num("m2")
	if m < 1 || m2 > 12 || m2 <= m {
		return entities.Date{}, false
	}
	y, rel, ok := c.year()
	if !ok {
		return unresolved(entities.DatePeriod), true
	}
	dt := period(monthsPeriod(y, m, m2))
	dt.Relative = rel
	return dt, true
}

func normYRange(c *dateCtx) (entities.Date, bool) {
	y, y2 := c.num("y"), c.num("y2")
	if y < 1000 || y2 <= y {
		return entities.Date{}, false
	}
	return period(yearOf(y), yearOf(y2)), true
}

func normQuarter(c *dateCtx) (entities.Date, bool) {
	q1, q2 := 1, 0
	switch {
	case c.g("qn") != nil:
		q2 = c.num("qn")
	case c.g("q2") != nil:
		q1, q2 = c.num("q"), c.num("q2")
	default:
		q1 = c.num("q")
		q2 = q1
	}
	if q1 < 1 || q2 > 4 || q2 < q1 {
		return entities.Date{}, false
	}
	y, rel, ok := c.year()
	if !ok {
		return unresolved(entities.DatePeriod), true
	}
	dt := period(monthsPeriod(y, 3*q1-2, 3*q2))
	dt.Relative = rel
	return dt, true
}

func normHalf(c *dateCtx) (entities.Date, bool) {
	y, rel, ok := c.year()
	if !ok {
		return unresolved(entities.DatePeriod), true
	}
	m1, m2 := 1, 6
	if c.g("h")[0] == '下' {
		m1, m2 = 7, 12
	}
	dt := period(monthsPeriod(y, m1, m2))
	dt.Relative = rel
	return dt, true
}

// normFirstMonths reads 前2个月: the first n months of the year, as one
// period.
func normFirstMonths(c *dateCtx) (entities.Date, bool) {
	n := c.num("n")
	if n < 1 || n > 12 {
		return entities.Date{}, false
	}
	y, rel, ok := c.year()
	if !ok {
		return unresolved(entities.DatePeriod), true
	}
	dt := period(monthsPeriod(y, 1, n))
	dt.Relative = rel
	return dt, true
}

// normSinceStart reads 今年以来: from 1 January to the reference date.
func normSinceStart(c *dateCtx) (entities.Date, bool) {
	if !c.has {
		return unresolved(entities.DatePeriod), true
	}
	y := c.ref.Year()
	if v := c.g("ry"); v != nil {
		y = resolveYear(v[0], y)
	}
	return relative(period(dayOf(y, 1, 1), dayOf(c.ref.Year(), int(c.ref.Month()), c.ref.Day()))), true
}

// normSamePeriod reads 去年同期. Its value is the period in context a year
// earlier, set by resolveSamePeriod; alone it is last year.
func normSamePeriod(c *dateCtx) (entities.Date, bool) {
	if !c.has {
		return unresolved(entities.DatePeriod), true
	}
	y := resolveYear(c.g("ry")[0], c.ref.Year())
	return relative(period(dayOf(y, 1, 1), dayOf(y, 12, 31))), true
}

// normRecentYears reads 近3年 as the years from three years before the
// reference year to the reference year, approximate.
func normRecentYears(c *dateCtx) (entities.Date, bool) {
	n := c.num("n")
	if n < 1 || n > 100 {
		return entities.Date{}, false
	}
	var dt entities.Date
	if !c.has {
		dt = unresolved(entities.DatePeriod)
	} else {
		y := c.ref.Year()
		dt = relative(period(yearOf(y-n), yearOf(y)))
	}
	dt.Approximate = true
	return dt, true
}

func normFiveYearPlan(c *dateCtx) (entities.Date, bool) {
	first, last, ok := fiveYearPlan(c.num("k"))
	if !ok {
		return entities.Date{}, false
	}
	return period(dayOf(first, 1, 1), dayOf(last, 12, 31)), true
}

// durationUnit maps a unit word to its ISO 8601 designator.
func durationUnit(u []rune) string {
	switch string(u) {
	case "年":
		return "Y"
	case "个月":
		return "M"
	case "天":
		return "D"
	case "周", "个星期":
		return "W"
	}
	return ""
}

func normDuration(c *dateCtx) (entities.Date, bool) {
	n := c.num("n")
	unit := durationUnit(c.g("u"))
	if n < 1 || unit == "" {
		return entities.Date{}, false
	}
	dt := entities.Date{Kind: entities.DateDuration, Duration: fmt.Sprintf("P%d%s", n, unit), Resolved: true}
	dt.Approximate = strings.HasSuffix(string(c.w[c.m.Start:c.m.End]), "左右")
	return dt, true
}

// resolveSamePeriod gives 去年同期 the value of the nearest earlier period
// or month in the text, a year before. Without one it keeps last year.
func resolveSamePeriod(ds []entities.Date) {
	for i := range ds {
		if ds[i].Rule != "same_period" || !ds[i].Resolved {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			p := ds[j]
			if !p.Resolved || p.Approximate || p.Rule == "five_year_plan" || p.Rule == "same_period" {
				continue
			}
			var from, to *entities.Moment
			switch {
			case p.Kind == entities.DatePeriod:
				from, to = shiftYear(p.From, -1), shiftYear(p.To, -1)
			case p.Kind == entities.DatePoint && p.Point.Grain == entities.GrainMonth:
				m := shiftYear(p.Point, -1)
				from, to = dayOf(m.Year, m.Month, 1), dayOf(m.Year, m.Month, monthDays(m.Year, m.Month))
			default:
				continue
			}
			ds[i].From, ds[i].To = from, to
			break
		}
	}
}

// shiftYear moves a moment by n years; a day past the end of the month (29
// February) becomes the last day of the month.
func shiftYear(m *entities.Moment, n int) *entities.Moment {
	out := *m
	out.Year += n
	if out.Grain == entities.GrainDay && (out.Day > monthDays(out.Year, out.Month) || m.Day == monthDays(m.Year, m.Month)) {
		out.Day = monthDays(out.Year, out.Month)
	}
	return &out
}
