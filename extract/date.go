package extract

// Dates. The patterns live in patterns/zh/date.rules; each rule has a small
// normalizer here that turns its named groups into a typed value, and a gate,
// a cheap necessary condition tested before its pattern runs.
//
// One pass over the runes finds triggers (a unit after a numeral: 3月,
// 2026年, 13日; a relative word: 今年, 本月; 季度, 半年, 星期, 元旦, a
// five-year plan, 2026-03-01). From each trigger the extractor walks back over
// date runes to where the date may start and tries the rules there in file
// order; the first that matches and normalizes wins, so the longer forms come
// first in the file (今年前2个月 before 今年). A malformed calendar date
// (2月30日) consumes its text and yields nothing. Text without triggers costs
// one table test per rune. The common rules (years, months, days, their
// ranges, 今年, 前2个月, quarters) also have Go readers that give exactly
// what their patterns give, checked by TestDateReadersAgree; a reader that
// meets a form beyond it hands over to the pattern.

import (
	"fmt"
	"math/bits"
	"strings"
	"sync"
	"time"

	"github.com/zhfacts/zhfacts/entities"
	"github.com/zhfacts/zhfacts/patterns"
)

// dateNorm turns one match into a Date; ok is false when the match is not
// a date after all (2月30日, 10-3月).
type dateNorm func(c *dateCtx) (entities.Date, bool)

// dateGate is a cheap necessary condition for a rule to match at a
// position, tested before the pattern runs: the class of the first rune and
// of the rune before it, and runes that must occur at given offsets from the
// start.
type dateGate struct {
	first func(rune) bool
	prev  func(rune) bool // nil: any
	need  []gateNeed
}

// gateNeed asks for a rune of set at an offset in [lo, hi] from the start.
type gateNeed struct {
	set    []rune
	lo, hi int
	bloom  uint64 // bit r%64 of every rune of set: most runes fail it
}

// at builds a gateNeed.
func at(set string, lo, hi int) gateNeed {
	if hi >= gateReach {
		panic("date: gate offset beyond gateReach")
	}
	n := gateNeed{set: []rune(set), lo: lo, hi: hi}
	for _, r := range n.set {
		n.bloom |= 1 << (uint(r) & 63)
	}
	return n
}

func gate(first func(rune) bool, needs ...gateNeed) dateGate {
	return dateGate{first: first, need: needs}
}

// dateSpec is the Go side of a rule of date.rules.
type dateSpec struct {
	gate dateGate
	norm dateNorm
}

const dateTo = "至到-－—–~～"

func firstIn(set string) func(rune) bool {
	rs := []rune(set)
	return func(r rune) bool { return runeIn(r, rs) }
}

func numeralOr(set string) func(rune) bool {
	rs := []rune(set)
	return func(r rune) bool { return isDateNumeral(r) || runeIn(r, rs) }
}

func runeIn(r rune, set []rune) bool {
	for _, x := range set {
		if x == r {
			return true
		}
	}
	return false
}

// The offsets follow from the parts: a written year is 4 runes, a month 1-2,
// a day 1-3, a count 1-3, a range marker 1-2, a year prefix (2026年, 今年)
// 2-5.
var dateSpecs = map[string]dateSpec{
	"md_range":        {gate(isDateNumeral, at("月", 1, 7), at(dateTo, 3, 12)), normMDRange},
	"ym_range":        {gate(isDateNumeral, at("年", 4, 4), at("月", 6, 7), at(dateTo, 7, 9)), normYMRange},
	"month_part":      {gate(numeralOr("今去明"), at("旬", 3, 10)), normMonthPart},
	"y_range":         {gate(isDateNumeral, at(dateTo, 4, 5), at("年", 9, 11)), normYRange},
	"ymd":             {gate(isDateNumeral, at("年", 4, 4), at("月", 6, 7), at("日号", 8, 11)), normYMD},
	"ymd_num":         {gate(isArabic, at("-/.．／－", 4, 4)), normYMD},
	"quarter":         {gate(numeralOr("今去明上第前"), at("季", 1, 11)), normQuarter},
	"half":            {gate(numeralOr("今去明上下"), at("半", 1, 8)), normHalf},
	"first_months":    {gate(numeralOr("今去明上前"), at("前", 0, 5), at("月", 2, 10)), normFirstMonths},
	"m_range":         {gate(numeralOr("今去明上"), at(dateTo, 1, 12), at("月", 3, 15)), normMRange},
	"ym":              {gate(isDateNumeral, at("年", 4, 4), at("月", 6, 7)), normYM},
	"since_start":     {gate(firstIn("今去年"), at("以", 1, 3)), normSinceStart},
	"same_period":     {gate(firstIn("去上"), at("同", 2, 2)), normSamePeriod},
	"recent_years":    {gate(firstIn("近最过"), at("年", 2, 7)), normRecentYears},
	"duration_approx": {gate(isDateNumeral, at("左", 2, 7)), normDuration},
	"duration_within": {gate(isDateNumeral, at("内", 2, 7)), normDuration},
	"duration":        {dateGate{first: isDateNumeral, prev: firstIn("过时了用期达续来后长迟"), need: []gateNeed{at("年月天周期", 1, 5)}}, normDuration},
	"year":            {gate(isDateNumeral, at("年", 4, 4)), normYear},
	"md":              {gate(numeralOr("今去明"), at("月", 1, 4), at("日号", 3, 8)), normMD},
	"d_range":         {gate(isDateNumeral, at(dateTo, 1, 4), at("日号", 3, 10)), normDRange},
	"month":           {gate(numeralOr("今去明"), at("月", 1, 4)), normMonth},
	"day":             {gate(isDateNumeral, at("日", 1, 3)), normDay},
	"rel_year":        {gate(firstIn("今去明前上"), at("年", 1, 1)), normRelYear},
	"rel_month":       {gate(firstIn("本上下"), at("月", 1, 2)), normRelMonth},
	"rel_day":         {gate(firstIn("今昨明前"), at("天日", 1, 1)), normRelDay},
	"weekday":         {gate(firstIn("上下本星礼周"), at("周期拜", 0, 2), at("一二三四五六日天", 1, 3)), normWeekday},
	"rel_week":        {gate(firstIn("本上下"), at("周", 1, 1)), normRelWeek},
	"holiday":         {gate(firstIn("元国")), normHoliday},
	"five_year_plan":  {gate(firstIn("一二三四五六七八九十"), at("五", 1, 2)), normFiveYearPlan},
}

// gateReach is past the last offset a gateNeed looks at.
const gateReach = 16

// gateBloom returns the bloom bits (r%64) of the runes at offsets [0,
// gateReach) from p: a need none of whose runes has its bit set there
// fails without a search.
func gateBloom(rs []rune, p int) uint64 {
	var b uint64
	for _, r := range rs[p:min(p+gateReach, len(rs))] {
		b |= 1 << (uint(r) & 63)
	}
	return b
}

// open reports whether the gate lets rule try position p.
func (g *dateGate) open(rs []rune, p int) bool {
	return g.first(rs[p]) && g.openBloom(rs, p, gateBloom(rs, p))
}

// openBloom is open with bloom = gateBloom(rs, p), computed once for every
// rule tried at p, once the gate's first test passed (matchDateAt knows it
// from dateFirstRules).
func (g *dateGate) openBloom(rs []rune, p int, bloom uint64) bool {
	if g.prev != nil && (p == 0 || !g.prev(rs[p-1])) {
		return false
	}
	for _, n := range g.need {
		if n.bloom&bloom == 0 {
			return false
		}
		found := false
		for k := p + n.lo; k <= p+n.hi && k < len(rs); k++ {
			if n.bloom>>(uint(rs[k])&63)&1 != 0 && runeIn(rs[k], n.set) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

type dateRule struct {
	name string
	re   *patterns.Regexp // the rule, anchored with \G
	read dateReader       // nil, or the Go reading of the common forms
	dateSpec
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
			re, err := patterns.Compile(r.Name, `\G(?:`+r.Source+`)`)
			if err != nil {
				dateErr = err
				return
			}
			dateRules = append(dateRules, dateRule{name: r.Name, re: re, read: dateReaders[r.Name], dateSpec: spec})
		}
		if len(dateRules) <= 64 {
			dateFirstRules = map[rune]uint64{}
			for _, r := range dateStartRunes {
				var m uint64
				for k := range dateRules {
					if dateRules[k].gate.first(r) {
						m |= 1 << k
					}
				}
				dateFirstRules[r] = m
			}
		}
	})
	return dateErr
}

// dateFirstRules maps the runes dates start with to the rules whose gate
// takes them as the first rune, a bit by rank: matchDateAt passes over the
// other rules at once. A rune not in the map tries every rule.
var dateFirstRules map[rune]uint64

// nextDateRule returns the first rank at or after k whose rule may start at
// a rune with the rules first (dateFirstRules; every rule when !known), or
// len(dateRules).
func nextDateRule(first uint64, known bool, k int) int {
	if !known || k >= 64 {
		return k // with known, there are at most 64 rules
	}
	if m := first >> uint(k); m != 0 {
		return k + bits.TrailingZeros64(m)
	}
	return len(dateRules)
}

// dateStartRunes are the runes isDateStart accepts.
var dateStartRunes = []rune("0123456789０１２３４５６７８９〇○零一二两三四五六七八九十廿今昨去明前上本下近过最第星礼周元国年")

// isDateNumeral reports the runes a number before a date unit ends with.
func isDateNumeral(r rune) bool {
	if isArabic(r) {
		return true
	}
	switch r {
	case '〇', '○', '零', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '廿':
		return true
	}
	return false
}

// dateTrigger reports whether rune i can be part of a date: a unit after a
// numeral (3月, 2026年, 13日, 10天), a relative word (今年, 本月, 昨天), a
// quarter, a half year, a weekday, a holiday, a five-year plan, or a digit
// between date separators (2026-03-01). It is the cheap test every rune
// goes through.
func dateTrigger(rs []rune, i int) bool {
	r := rs[i]
	var prev, next rune
	if i > 0 {
		prev = rs[i-1]
	}
	if i+1 < len(rs) {
		next = rs[i+1]
	}
	switch r {
	case '年':
		switch prev {
		case '今', '去', '明', '前', '上':
			return true
		}
		return isDateNumeral(prev) || next == '初'
	case '月':
		switch prev {
		case '个', '多', '本', '上', '下':
			return true
		}
		return isDateNumeral(prev)
	case '日':
		return isDateNumeral(prev) || prev == '今' || prev == '昨'
	case '号':
		return isDateNumeral(prev)
	case '天':
		switch prev {
		case '今', '昨', '明', '前', '期', '拜':
			return true
		}
		return isDateNumeral(prev)
	case '季':
		return next == '度'
	case '半':
		return next == '年'
	case '周':
		switch next {
		case '一', '二', '三', '四', '五', '六', '日':
			return true
		}
		switch prev {
		case '本', '上', '下': // 本周, a week
			return true
		}
		return isDateNumeral(prev) // 3周, a duration
	case '期':
		return prev == '星'
	case '拜':
		return prev == '礼'
	case '旦':
		return prev == '元'
	case '庆':
		return prev == '国'
	case '五':
		return isDateNumeral(prev)
	case '-', '/', '.', '．', '／', '－':
		return yearSepDate(rs, i)
	}
	return false
}

// triggerBloom has bit r%1024 set for every rune dateTrigger can accept, so
// that nearly every other rune is turned down with one test.
var triggerBloom = func() (b [16]uint64) {
	for _, r := range "年月日号天季半周期拜旦庆五-/.．／－" {
		b[uint(r)>>6&15] |= 1 << (uint(r) & 63)
	}
	return b
}()

// mayTrigger is the one test: false means dateTrigger is false.
func mayTrigger(r rune) bool { return triggerBloom[uint(r)>>6&15]>>(uint(r)&63)&1 != 0 }

// yearSepDate reports whether the separator at i follows a four-digit year
// and is followed by a month and the same separator: 2026-03-01, 1998.12.31.
func yearSepDate(rs []rune, i int) bool {
	if i < 4 || i+3 >= len(rs) || !isArabic(rs[i+1]) {
		return false
	}
	for k := i - 4; k < i; k++ {
		if !isArabic(rs[k]) {
			return false
		}
	}
	if i > 4 && isArabic(rs[i-5]) {
		return false
	}
	return rs[i+2] == rs[i] || isArabic(rs[i+2]) && rs[i+3] == rs[i]
}

func isDateSep(r rune) bool {
	switch r {
	case '-', '/', '.', '．', '／', '－':
		return true
	}
	return false
}

// isDateRune reports the runes a date is made of, for walking back from a
// trigger to where the date may start.
func isDateRune(r rune) bool {
	if isDateNumeral(r) || isDateSep(r) {
		return true
	}
	switch r {
	case '年', '月', '日', '号', '个', '多', '第', '前', '今', '昨', '去', '明', '上', '本', '下', '近', '过', '最',
		'至', '到', '—', '–', '~', '～', '初', '季', '度', '半', '星', '期', '礼', '拜', '周', '元', '国':
		return true
	}
	return false
}

// dateLookBack bounds the walk from a trigger back to a date's start
// (一九九八年十二月三十一日 from 日).
const dateLookBack = 14

// dateStarts calls fn, left to right, with every position where a date may
// start: the starts of numerals and date words on the run of date runes that
// leads to each trigger. It runs in one pass.
func dateStarts(d *doc, fn func(p int) (next int)) {
	rs := d.runes
	next := 0 // positions before next are covered by a date found
	// The class filter passes over the runes mayTrigger turns down, and
	// over the positions before next.
	for i := d.next(0, clsDate); i < len(rs); i = d.next(max(i+1, next), clsDate) {
		if !mayTrigger(rs[i]) || i < next || !dateTrigger(rs, i) {
			continue
		}
		s := i
		for s > next && s > i-dateLookBack && isDateRune(rs[s-1]) {
			s--
		}
		for p := s; p <= i && p >= next; p++ {
			if isDateStart(rs, p) {
				if e := fn(p); e > p {
					next = e
					break
				}
			}
		}
		if next <= i {
			next = i + 1
		}
	}
}

// dateCtx is one match being normalized.
type dateCtx struct {
	w   []rune // the runes the match offsets refer to
	m   *patterns.Match
	ref time.Time
	has bool
	// veto is set by a normalizer that rejects a malformed calendar date
	// (2023年2月29日): nothing inside it is a date either.
	veto bool
	// prev is the date that ends right where this match starts, if any:
	// 去年 before 10月15日, 1996年 before 元旦, 上月 before 28日.
	prev *entities.Date
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

// isDateStart reports whether a date can begin at rune i: the first rune of
// a numeral, or the first character of a date word (今年, 近3年, 第一季度,
// 星期三, 元旦, 年初以来).
func isDateStart(rs []rune, i int) bool {
	r := rs[i]
	if isDateNumeral(r) {
		return i == 0 || !isDateNumeral(rs[i-1])
	}
	switch r {
	case '今', '昨', '去', '明', '前', '上', '本', '下', '近', '过', '最', '第', '星', '礼', '周', '元', '国', '年':
		return true
	}
	return false
}

func extractDates(d *doc) []entities.Date { return extractDatesInto(d, nil) }

// extractDatesInto appends the dates of d to dst; the dates already in dst
// play no part (no date links to them).
func extractDatesInto(d *doc, dst []entities.Date) []entities.Date {
	if len(dateRules) == 0 {
		return dst
	}
	out := dst
	s := &dateScratch{first: len(dst)}
	dateStarts(d, func(p int) int { return matchDateAt(d, p, &out, s) })
	resolveSamePeriod(out[len(dst):])
	return out
}

// The context a rule sees around a start: its guards look back a few runes;
// the longest date (一九九八年十二月三十一日至一九九九年一月三日) and its
// lookaheads fit on the right.
const (
	dateLeft  = 8
	dateRight = 40
)

// matchDateAt tries the rules in file order at rune p; the first that
// matches and normalizes wins. It appends the date found and returns the end
// of the text consumed (p when none). A malformed calendar date (2月30日)
// consumes its text and yields nothing.
func matchDateAt(d *doc, p int, out *[]entities.Date, s *dateScratch) int {
	lo, hi := max(p-dateLeft, 0), min(p+dateRight, len(d.runes))
	bloom := gateBloom(d.runes, p)
	first, known := dateFirstRules[d.runes[p]]
	for rank := nextDateRule(first, known, 0); rank < len(dateRules); rank = nextDateRule(first, known, rank+1) {
		rule := &dateRules[rank]
		if !known && !rule.gate.first(d.runes[p]) || !rule.gate.openBloom(d.runes, p, bloom) {
			continue
		}
		w, base := d.runes, 0 // the runes the match offsets refer to
		var ok, sure bool
		if rule.read != nil && dateUseReaders {
			s.m, ok, sure = rule.read(d.runes, p, hi, s.g[:0])
		}
		if !sure {
			w, base = d.runes[lo:hi], lo
			s.m, ok = rule.re.MatchAt(w, p-lo)
		}
		if !ok {
			continue
		}
		c := &s.c
		*c = dateCtx{w: w, m: &s.m, ref: d.ref, has: d.hasRef}
		if k := len(*out) - 1; k >= s.first && (*out)[k].RuneEnd == p {
			c.prev = &(*out)[k]
		}
		dt, ok := rule.norm(c)
		switch {
		case ok:
			dt.Span = d.span(base+s.m.Start, base+s.m.End)
			dt.Rule = rule.name
			if len(*out) == cap(*out) { // double: fewer copies of a long list
				grown := make([]entities.Date, len(*out), max(8, 2*cap(*out)))
				copy(grown, *out)
				*out = grown
			}
			*out = append(*out, dt)
			return base + s.m.End
		case c.veto:
			return base + s.m.End
		}
	}
	return p
}

// dateScratch is the per-call state of matchDateAt, allocated once per
// document.
type dateScratch struct {
	first int // index in the output of the document's first date
	m     patterns.Match
	c     dateCtx
	g     [6]patterns.Group
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
		return d <= entities.DaysIn(2000, m)
	}
	return d <= entities.DaysIn(y, m)
}

// monthsPeriod is the period from the first day of month m1 to the last day
// of month m2 of year y: 1-10月, 前2个月, 一季度.
func monthsPeriod(y, m1, m2 int) (from, to *entities.Moment) {
	return dayOf(y, m1, 1), dayOf(y, m2, entities.DaysIn(y, m2))
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

// year resolves the year of a match: a written year (absolute), a
// relative word (needs the reference), a year mentioned just before it
// (1996年元旦, 去年10月15日), or else the reference year. rel reports whether
// the result depends on the reference; ok is false when it does and there is
// none.
// inYear builds a date of kind in the year of c with at, marked relative
// when the year was; with no year to resolve against, the date stays
// unresolved.
func (c *dateCtx) inYear(kind entities.DateKind, at func(y int) (entities.Date, bool)) (entities.Date, bool) {
	y, rel, ok := c.year()
	if !ok {
		return unresolved(kind), true
	}
	dt, ok := at(y)
	if ok {
		dt.Relative = rel
	}
	return dt, ok
}

func (c *dateCtx) year() (y int, rel, ok bool) {
	if v := c.g("y"); v != nil {
		y = smallInt(v)
		return y, false, y > 0
	}
	if v := c.g("ry"); v != nil {
		if !c.has {
			return 0, true, false
		}
		return resolveYear(v[0], c.ref.Year()), true, true
	}
	if p := c.prev; p != nil && p.Kind == entities.DatePoint && (p.Rule == "year" || p.Rule == "rel_year") {
		if !p.Resolved {
			return 0, true, false
		}
		return p.Point.Year, p.Relative, true
	}
	if !c.has {
		return 0, true, false
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
	dt := point(yearOf(y))
	dt.Approximate = c.g("approx") != nil
	return dt, true
}

func normMD(c *dateCtx) (entities.Date, bool) {
	m, d := c.num("m"), c.num("d")
	if !validDay(0, m, d) {
		c.veto = true
		return entities.Date{}, false
	}
	return c.inYear(entities.DatePoint, func(y int) (entities.Date, bool) {
		if !validDay(y, m, d) {
			c.veto = true
			return entities.Date{}, false
		}
		return point(dayOf(y, m, d)), true
	})
}

func normMonth(c *dateCtx) (entities.Date, bool) {
	m := c.num("m")
	if m < 1 || m > 12 {
		return entities.Date{}, false
	}
	return c.inYear(entities.DatePoint, func(y int) (entities.Date, bool) {
		return point(monthOf(y, m)), true
	})
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
	if p := c.prev; p != nil && p.Rule == "rel_month" && p.Resolved {
		y, m = p.Point.Year, p.Point.Month
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

// normRelWeek reads 本周, 上周, 下周: Monday to Sunday of that week.
func normRelWeek(c *dateCtx) (entities.Date, bool) {
	if !c.has {
		return unresolved(entities.DatePeriod), true
	}
	weeks := 0
	switch c.g("wk")[0] {
	case '上':
		weeks = -1
	case '下':
		weeks = 1
	}
	mon, sun := resolveWeekday(c.ref, 1, weeks), resolveWeekday(c.ref, 7, weeks)
	return relative(period(dayOf(mon.Year(), int(mon.Month()), mon.Day()), dayOf(sun.Year(), int(sun.Month()), sun.Day()))), true
}

func normHoliday(c *dateCtx) (entities.Date, bool) {
	return c.inYear(entities.DatePoint, func(y int) (entities.Date, bool) {
		m, d := 1, 1
		if c.g("h")[0] == '国' {
			m = 10
		}
		return point(dayOf(y, m, d)), true
	})
}

// normMDRange reads 3月11日至13日, 1月28日至2月2日, 12月1日至1月5日 (the end
// in the next year) and 2025年12月31日至2026年1月2日.
func normMDRange(c *dateCtx) (entities.Date, bool) {
	m, d, d2 := c.num("m"), c.num("d"), c.num("d2")
	m2 := m
	if c.g("m2") != nil {
		m2 = c.num("m2")
	}
	if !validDay(0, m, d) || !validDay(0, m2, d2) {
		return entities.Date{}, false
	}
	hasY2 := c.g("y2") != nil
	if !hasY2 && m2 == m && d2 <= d {
		return entities.Date{}, false // 3月11日至3月11日, in any year
	}
	return c.inYear(entities.DatePeriod, func(y int) (entities.Date, bool) {
		y2 := y
		switch {
		case hasY2:
			if c.g("y") == nil {
				return entities.Date{}, false // 3月1日至2026年…: no reading
			}
			y2 = c.num("y2")
		case m2 < m:
			y2 = y + 1
		}
		if !validDay(y, m, d) || !validDay(y2, m2, d2) {
			return entities.Date{}, false
		}
		if !before(&entities.Moment{Year: y, Month: m, Day: d}, &entities.Moment{Year: y2, Month: m2, Day: d2}) {
			return entities.Date{}, false // 3月11日至3月11日
		}
		return period(dayOf(y, m, d), dayOf(y2, m2, d2)), true
	})
}

// before reports whether day a comes before day b.
func before(a, b *entities.Moment) bool {
	if a.Year != b.Year {
		return a.Year < b.Year
	}
	if a.Month != b.Month {
		return a.Month < b.Month
	}
	return a.Day < b.Day
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
	return c.inYear(entities.DatePeriod, func(y int) (entities.Date, bool) {
		return period(monthsPeriod(y, m, m2)), true
	})
}

// normYMRange reads 2016年3月至2019年10月: the first day of the first
// month to the last day of the second.
func normYMRange(c *dateCtx) (entities.Date, bool) {
	y, m, y2, m2 := c.num("y"), c.num("m"), c.num("y2"), c.num("m2")
	if m < 1 || m > 12 || m2 < 1 || m2 > 12 || y*12+m >= y2*12+m2 {
		return entities.Date{}, false
	}
	return period(dayOf(y, m, 1), dayOf(y2, m2, entities.DaysIn(y2, m2))), true
}

// normMonthPart reads 3月上旬, 3月中旬, 3月下旬: days 1-10, 11-20 and 21
// to the end of the month.
func normMonthPart(c *dateCtx) (entities.Date, bool) {
	m := c.num("m")
	if m < 1 || m > 12 {
		return entities.Date{}, false
	}
	return c.inYear(entities.DatePeriod, func(y int) (entities.Date, bool) {
		d1, d2 := 1, 10
		switch c.g("x")[0] {
		case '中':
			d1, d2 = 11, 20
		case '下':
			d1, d2 = 21, entities.DaysIn(y, m)
		}
		return period(dayOf(y, m, d1), dayOf(y, m, d2)), true
	})
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
	return c.inYear(entities.DatePeriod, func(y int) (entities.Date, bool) {
		return period(monthsPeriod(y, 3*q1-2, 3*q2)), true
	})
}

func normHalf(c *dateCtx) (entities.Date, bool) {
	return c.inYear(entities.DatePeriod, func(y int) (entities.Date, bool) {
		m1, m2 := 1, 6
		if c.g("h")[0] == '下' {
			m1, m2 = 7, 12
		}
		return period(monthsPeriod(y, m1, m2)), true
	})
}

// normFirstMonths reads 前2个月: the first n months of the year, as one
// period.
func normFirstMonths(c *dateCtx) (entities.Date, bool) {
	n := c.num("n")
	if n < 1 || n > 12 {
		return entities.Date{}, false
	}
	return c.inYear(entities.DatePeriod, func(y int) (entities.Date, bool) {
		return period(monthsPeriod(y, 1, n)), true
	})
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

// normSamePeriod reads 去年同期: the period in context a year earlier,
// filled in by resolveSamePeriod. Alone it stays an unresolved period.
func normSamePeriod(c *dateCtx) (entities.Date, bool) {
	return unresolved(entities.DatePeriod), true
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
	case "个月", "月":
		return "M"
	case "天", "日":
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
	dt.Approximate = c.g("approx") != nil
	return dt, true
}

// resolveSamePeriod gives 去年同期 the value of the nearest earlier period
// or month in the text, a year before. It needs no reference date when that
// period is absolute (2024年前2个月 … 去年同期).
func resolveSamePeriod(ds []entities.Date) {
	for i := range ds {
		if ds[i].Rule != "same_period" {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			p := ds[j]
			if !p.Resolved || p.Approximate || p.Rule == "five_year_plan" || p.Rule == "same_period" {
				continue
			}
			var from, to *entities.Moment
			switch {
			case p.Kind == entities.DatePeriod && p.From.Grain == entities.GrainDay:
				from, to = shiftYear(p.From, -1), shiftYear(p.To, -1)
			case p.Kind == entities.DatePoint && p.Point.Grain == entities.GrainMonth:
				m := shiftYear(p.Point, -1)
				from, to = dayOf(m.Year, m.Month, 1), dayOf(m.Year, m.Month, entities.DaysIn(m.Year, m.Month))
			default:
				continue
			}
			ds[i].From, ds[i].To, ds[i].Resolved = from, to, true
			ds[i].Relative = p.Relative // 2024年前2个月 … 去年同期 is absolute
			break
		}
	}
}

// shiftYear moves a moment by n years; a day past the end of the month (29
// February) becomes the last day of the month.
func shiftYear(m *entities.Moment, n int) *entities.Moment {
	out := *m
	out.Year += n
	if out.Grain == entities.GrainDay && (out.Day > entities.DaysIn(out.Year, out.Month) || m.Day == entities.DaysIn(m.Year, m.Month)) {
		out.Day = entities.DaysIn(out.Year, out.Month)
	}
	return &out
}

// calendarRules are the rules of dates written as calendar dates with
// numerals, kept by WithCalendarDatesOnly (see calendar.go).
var calendarRules = map[string]bool{
	"md_range": true, "ym_range": true, "y_range": true, "ymd": true, "ymd_num": true, "ym": true,
	"year": true, "md": true, "d_range": true, "month": true, "day": true,
}

// --- Go readers of the common forms ---------------------------------------

// dateReader reads one rule at rune p in Go, for the forms written with
// Arabic digits: it gives exactly what the rule's pattern gives on the
// window that ends at hi (TestDateReadersAgree checks), or sure=false when
// the text is beyond it (Chinese numerals, a relative year), and the
// pattern decides. Groups are appended to g, in runes of rs.
type dateReader func(rs []rune, p, hi int, g []patterns.Group) (m patterns.Match, matched, sure bool)

var dateReaders = map[string]dateReader{
	"ymd":            readYMD,
	"ym":             readYM,
	"year":           readYear,
	"md":             readMD,
	"month":          readMonth,
	"day":            readDay,
	"rel_year":       readRelYear,
	"first_months":   readFirstMonths,
	"quarter":        readQuarter,
	"md_range":       readMDRange,
	"m_range":        readMRange,
	"recent_years":   readRecentYears,
	"five_year_plan": readFiveYearPlan,
	"rel_day":        readRelDay,
	"rel_month":      readRelMonth,
	"rel_week":       readRelWeek,
	"since_start":    readSinceStart,
	"same_period":    readSamePeriod,
	"holiday":        readHoliday,
}

// dateAt tells whether rs[k] is before hi and in set.
func dateAt(rs []rune, k, hi int, set string) bool {
	return k >= 0 && k < hi && strings.ContainsRune(set, rs[k])
}

// dateWordAt tells whether the runes of w start at k and end by hi.
func dateWordAt(rs []rune, k, hi int, w string) bool {
	for _, r := range w {
		if k >= hi || rs[k] != r {
			return false
		}
		k++
	}
	return true
}

// readRelDay reads 今天, 昨天, 明天, 前天, 今日, 昨日.
func readRelDay(rs []rune, p, hi int, g []patterns.Group) (patterns.Match, bool, bool) {
	if p > 0 && strings.ContainsRune("的好新如", rs[p-1]) || p+1 >= hi {
		return patterns.Match{}, false, true
	}
	a, b := rs[p], rs[p+1]
	if b == '天' && strings.ContainsRune("今昨明前", a) ||
		b == '日' && (a == '今' || a == '昨') && !dateAt(rs, p+2, hi, "趋益渐臻") {
		return patterns.Match{Start: p, End: p + 2, Groups: append(g, dateGroup("rd", p, p+2))}, true, true
	}
	return patterns.Match{}, false, true
}

// readRelMonth reads 本月, 上个月, 下月.
func readRelMonth(rs []rune, p, hi int, g []patterns.Group) (patterns.Match, bool, bool) {
	if !dateAt(rs, p, hi, "本上下") {
		return patterns.Match{}, false, true
	}
	k := p + 1
	if k < hi && rs[k] == '个' {
		k++
	}
	if k >= hi || rs[k] != '月' || dateAt(rs, k+1, hi, "球亮份额") {
		return patterns.Match{}, false, true
	}
	return patterns.Match{Start: p, End: k + 1, Groups: append(g, dateGroup("ry", p, p+1))}, true, true
}

// readRelWeek reads 本周, 上周, 下周 (not 上周一, 本周末).
func readRelWeek(rs []rune, p, hi int, g []patterns.Group) (patterns.Match, bool, bool) {
	if !dateAt(rs, p, hi, "本上下") || !dateWordAt(rs, p+1, hi, "周") || dateAt(rs, p+2, hi, "一二三四五六日天末年期") {
		return patterns.Match{}, false, true
	}
	return patterns.Match{Start: p, End: p + 2, Groups: append(g, dateGroup("wk", p, p+1))}, true, true
}

// readSinceStart reads 今年以来, 去年初以来, 年初以来.
func readSinceStart(rs []rune, p, hi int, g []patterns.Group) (patterns.Match, bool, bool) {
	k := p
	switch {
	case dateAt(rs, p, hi, "今去") && dateWordAt(rs, p+1, hi, "年"):
		g = append(g, dateGroup("ry", p, p+1))
		k = p + 2
		if dateWordAt(rs, k, hi, "初") {
			k++
		}
	case dateWordAt(rs, p, hi, "年初"):
		k = p + 2
	default:
		return patterns.Match{}, false, true
	}
	if !dateWordAt(rs, k, hi, "以来") {
		return patterns.Match{}, false, true
	}
	return patterns.Match{Start: p, End: k + 2, Groups: g}, true, true
}

// readSamePeriod reads 去年同期, 上年同期.
func readSamePeriod(rs []rune, p, hi int, g []patterns.Group) (patterns.Match, bool, bool) {
	if !dateAt(rs, p, hi, "去上") || !dateWordAt(rs, p+1, hi, "年同期") {
		return patterns.Match{}, false, true
	}
	return patterns.Match{Start: p, End: p + 4, Groups: append(g, dateGroup("ry", p, p+1))}, true, true
}

// readHoliday reads 元旦, 国庆, 国庆节.
func readHoliday(rs []rune, p, hi int, g []patterns.Group) (patterns.Match, bool, bool) {
	e := p
	switch {
	case dateWordAt(rs, p, hi, "元旦"):
		e = p + 2
	case dateWordAt(rs, p, hi, "国庆"):
		e = p + 2
		if dateWordAt(rs, e, hi, "节") {
			e++
		}
	default:
		return patterns.Match{}, false, true
	}
	return patterns.Match{Start: p, End: e, Groups: append(g, dateGroup("h", p, e))}, true, true
}

// isCNYearDigit reports whether r is a digit of a year written in Chinese
// (一九九八): 〇, ○, 零 or 一 to 九.
func isCNYearDigit(r rune) bool { return r == '〇' || r == '○' || r == '零' || isCN19(r) }

// isCN19 reports whether r is one of the Chinese digits 一 to 九.
func isCN19(r rune) bool {
	switch r {
	case '一', '二', '三', '四', '五', '六', '七', '八', '九':
		return true
	}
	return false
}

// datePrefix reads {YPRE} at p: a written year (group y) or 今年, 去年,
// 明年, 上年 (group ry). k is after 年.
func datePrefix(rs []rune, p, hi int, g []patterns.Group) (k int, out []patterns.Group, matched, sure bool) {
	if p+1 < hi && rs[p+1] == '年' && strings.ContainsRune("今去明上", rs[p]) {
		return p + 2, append(g, dateGroup("ry", p, p+1)), true, true
	}
	k, matched, sure = dateYearAt(rs, p, hi)
	if !matched {
		return 0, g, false, sure
	}
	return k, append(g, dateGroup("y", p, k-1)), true, true
}

// dateUseReaders is switched off by the test that compares the two ways.
var dateUseReaders = true

// dateNumeralRunes are the Chinese numerals a part may continue with; a
// part that meets one is left to the pattern.
func dateCNDigit(r rune) bool { return isDateNumeral(r) && !isArabic(r) }

// dateNotAfter is the lookbehind {NB}: no year inside a longer number.
const dateNotAfter = "0123456789０１２３４５６７８９〇○零一二三四五六七八九十两百千万亿.．"

const (
	monthNotAfter = "0123456789０１２３４５６７８９〇○零一二三四五六七八九十两百千几数个每上下本当同半整第"
	dayNotAfter   = "0123456789０１２３４５６７８９〇○零一二三四五六七八九十两百千廿几数第每当某同次翌前后逐个半朝整隔"
)

// dateArabicRun returns the end of the run of Arabic digits from i, before
// hi, and whether a Chinese numeral follows it (sure is then false).
func dateArabicRun(rs []rune, i, hi int) (end int, sure bool) {
	for i < hi && isArabic(rs[i]) {
		i++
	}
	return i, i >= hi || !dateCNDigit(rs[i])
}

func dateDigit(r rune) int {
	if r >= '０' {
		return int(r - '０')
	}
	return int(r - '0')
}

// dateMonthDigits reports whether Arabic digits rs[s:e] are a {MONTH}.
func dateMonthDigits(rs []rune, s, e int) bool {
	switch e - s {
	case 1:
		return dateDigit(rs[s]) >= 1
	case 2:
		a, b := dateDigit(rs[s]), dateDigit(rs[s+1])
		return a == 0 && b >= 1 || a == 1 && b <= 2
	}
	return false
}

// dateDayDigits reports whether Arabic digits rs[s:e] are a {DAY}.
func dateDayDigits(rs []rune, s, e int) bool {
	switch e - s {
	case 1:
		return dateDigit(rs[s]) >= 1
	case 2:
		a, b := dateDigit(rs[s]), dateDigit(rs[s+1])
		return a == 0 && b >= 1 || a == 1 || a == 2 || a == 3 && b <= 1
	}
	return false
}

func dateAfterIn(rs []rune, p int, set string) bool {
	return p > 0 && strings.ContainsRune(set, rs[p-1])
}

// The lookbehinds as rune sets, for the readers that test one at every
// date.
var (
	dateNotAfterSet  = newRuneSet(dateNotAfter)
	monthNotAfterSet = newRuneSet(monthNotAfter)
	dayNotAfterSet   = newRuneSet(dayNotAfter)
)

// dateAfter reports whether the rune before p is in set.
func dateAfter(rs []rune, p int, set *runeSet) bool {
	return p > 0 && set.has(rs[p-1])
}

// dateYearAt reads {NB}{YEAR}年 at p; k is the index after 年.
func dateYearAt(rs []rune, p, hi int) (k int, matched, sure bool) {
	if isCNYearDigit(rs[p]) {
		if dateAfter(rs, p, dateNotAfterSet) {
			return 0, false, true
		}
		e := p
		for e < hi && e < p+4 && isCNYearDigit(rs[e]) {
			e++
		}
		if e-p < 4 || e >= hi || rs[e] != '年' {
			return 0, false, true
		}
		return e + 1, true, true
	}
	if !isArabic(rs[p]) {
		return 0, false, true // {YEAR} opens with a digit
	}
	if dateAfter(rs, p, dateNotAfterSet) {
		return 0, false, true
	}
	e, ok := dateArabicRun(rs, p, hi)
	if e-p > 4 || e-p == 4 && (dateDigit(rs[p]) < 1 || dateDigit(rs[p]) > 2) {
		return 0, false, true
	}
	if e-p < 4 {
		return 0, false, ok
	}
	if e >= hi || rs[e] != '年' {
		return 0, false, true
	}
	return e + 1, true, true
}

// dateMonthAt reads {MONTH}月 at i; k is after 月. A part must be followed
// by what the pattern wants next, so the longest reading of the numeral is
// the only one that can match.
func dateMonthAt(rs []rune, i, hi int) (k int, matched, sure bool) {
	if i >= hi {
		return 0, false, true
	}
	e := -1
	switch r := rs[i]; {
	case isArabic(r):
		e, _ = dateArabicRun(rs, i, hi)
		if !dateMonthDigits(rs, i, e) {
			return 0, false, true
		}
	case r == '十':
		e = i + 1
		if e+1 < hi && (rs[e] == '一' || rs[e] == '二') && rs[e+1] == '月' {
			e++
		}
	case isCN19(r):
		e = i + 1
	default:
		return 0, false, true
	}
	if e >= hi || rs[e] != '月' {
		return 0, false, true
	}
	return e + 1, true, true
}

// dateDayAt reads {DAY} at i, followed by a rune of ends; k is after that
// rune.
func dateDayAt(rs []rune, i, hi int, ends string) (k int, matched, sure bool) {
	if i >= hi {
		return 0, false, true
	}
	in19 := func(k int) bool { return k < hi && isCN19(rs[k]) }
	e := -1
	switch r := rs[i]; {
	case isArabic(r):
		e, _ = dateArabicRun(rs, i, hi)
		if !dateDayDigits(rs, i, e) {
			return 0, false, true
		}
	case r == '三' || r == '二':
		e = i + 1
		if e < hi && rs[e] == '十' {
			e++
			if r == '三' && e < hi && rs[e] == '一' || r == '二' && in19(e) {
				e++
			}
		}
	case r == '十' || r == '廿':
		e = i + 1
		if in19(e) {
			e++
		}
	case in19(i):
		e = i + 1
	default:
		return 0, false, true
	}
	if e >= hi || !strings.ContainsRune(ends, rs[e]) {
		return 0, false, true
	}
	return e + 1, true, true
}

func dateGroup(name string, s, e int) patterns.Group {
	return patterns.Group{Name: name, Start: s, End: e}
}

// dateCountAt reads {COUNT} at k, followed by 年, and returns the end of
// the count: 1-3 Arabic digits, 二十三, 十, 三.
func dateCountAt(rs []rune, k, hi int) (int, bool) {
	const units = "一二三四五六七八九"
	if k < hi && isArabic(rs[k]) {
		e := k
		for e < hi && isArabic(rs[e]) {
			e++
		}
		return e, e-k <= 3 && e < hi && rs[e] == '年'
	}
	e := k
	if e < hi && strings.ContainsRune("二三四五六七八九", rs[e]) && e+1 < hi && rs[e+1] == '十' {
		e++
	}
	if e < hi && rs[e] == '十' {
		e++
		if e < hi && strings.ContainsRune(units, rs[e]) && e+1 < hi && rs[e+1] == '年' {
			e++
		}
		return e, e < hi && rs[e] == '年'
	}
	if k < hi && strings.ContainsRune("一二两三四五六七八九", rs[k]) {
		return k + 1, k+1 < hi && rs[k+1] == '年'
	}
	return k, false
}

// readRecentYears reads 近3年, 最近十年来, 过去五年.
func readRecentYears(rs []rune, p, hi int, g []patterns.Group) (patterns.Match, bool, bool) {
	if p > 0 && strings.ContainsRune("接将附靠亲", rs[p-1]) {
		return patterns.Match{}, false, true
	}
	k := p
	switch {
	case k < hi && rs[k] == '近':
		k++
	case k+1 < hi && (rs[k] == '最' && rs[k+1] == '近' || rs[k] == '过' && rs[k+1] == '去'):
		k += 2
	default:
		return patterns.Match{}, false, true
	}
	e, ok := dateCountAt(rs, k, hi)
	if !ok {
		return patterns.Match{}, false, true
	}
	g = append(g, dateGroup("n", k, e))
	end := e + 1
	if end < hi && rs[end] == '来' {
		end++
	}
	return patterns.Match{Start: p, End: end, Groups: g}, true, true
}

// readFiveYearPlan reads “十四五” (in quotes) and 十四五规划.
func readFiveYearPlan(rs []rune, p, hi int, g []patterns.Group) (patterns.Match, bool, bool) {
	const units = "一二三四五六七八九"
	if p >= hi {
		return patterns.Match{}, false, true
	}
	// The ends of k to try, greedy first.
	var ends [2]int
	n := 0
	if rs[p] == '十' {
		if p+1 < hi && strings.ContainsRune(units, rs[p+1]) {
			ends[n] = p + 2
			n++
		}
		ends[n] = p + 1
		n++
	} else if strings.ContainsRune(units, rs[p]) {
		ends[n] = p + 1
		n++
	}
	if p > 0 && strings.ContainsRune("“\"‘「『", rs[p-1]) {
		for _, ke := range ends[:n] {
			if ke+1 < hi && rs[ke] == '五' && strings.ContainsRune("”\"’」』", rs[ke+1]) {
				return patterns.Match{Start: p, End: ke + 1, Groups: append(g, dateGroup("k", p, ke))}, true, true
			}
		}
	}
	if rs[p] == '十' && n == 2 {
		ke := p + 2
		if ke < hi && rs[ke] == '五' && ke+3 <= hi {
			switch string(rs[ke+1 : ke+3]) {
			case "规划", "计划", "时期", "期间", "末期", "开局":
				return patterns.Match{Start: p, End: ke + 1, Groups: append(g, dateGroup("k", p, ke))}, true, true
			}
		}
	}
	return patterns.Match{}, false, true
}

func readYear(rs []rune, p, hi int, g []patterns.Group) (patterns.Match, bool, bool) {
	k, ok, sure := dateYearAt(rs, p, hi)
	if !ok || k < hi && rs[k] == '代' {
		return patterns.Match{}, false, sure
	}
	g = append(g, dateGroup("y", p, k-1))
	end := k
	if k+1 < hi && (rs[k] == '左' && rs[k+1] == '右' || rs[k] == '前' && rs[k+1] == '后') {
		g = append(g, dateGroup("approx", k, k+2))
		end = k + 2
	}
	return patterns.Match{Start: p, End: end, Groups: g}, true, true
}

func readYMD(rs []rune, p, hi int, g []patterns.Group) (patterns.Match, bool, bool) {
	k, ok, sure := dateYearAt(rs, p, hi)
	if !ok {
		return patterns.Match{}, false, sure
	}
	k2, ok, sure := dateMonthAt(rs, k, hi)
	if !ok {
		return patterns.Match{}, false, sure
	}
	k3, ok, sure := dateDayAt(rs, k2, hi, "日号")
	if !ok {
		return patterns.Match{}, false, sure
	}
	g = append(g, dateGroup("y", p, k-1), dateGroup("m", k, k2-1), dateGroup("d", k2, k3-1))
	return patterns.Match{Start: p, End: k3, Groups: g}, true, true
}

// dateDayAhead is the lookahead of ym: (?=[0-9０-９〇一二三四五六七八九十]+[日号]).
func dateDayAhead(rs []rune, i, hi int) bool {
	j := i
	for j < hi && (isArabic(rs[j]) || rs[j] == '〇' || rs[j] == '十' || isCN19(rs[j])) {
		j++
	}
	return j > i && j < hi && (rs[j] == '日' || rs[j] == '号')
}

func readYM(rs []rune, p, hi int, g []patterns.Group) (patterns.Match, bool, bool) {
	k, ok, sure := dateYearAt(rs, p, hi)
	if !ok {
		return patterns.Match{}, false, sure
	}
	k2, ok, sure := dateMonthAt(rs, k, hi)
	if !ok {
		return patterns.Match{}, false, sure
	}
	end := -1
	if k2 < hi && rs[k2] == '份' && !dateDayAhead(rs, k2+1, hi) {
		end = k2 + 1
	} else if !dateDayAhead(rs, k2, hi) {
		end = k2
	}
	if end < 0 {
		return patterns.Match{}, false, true
	}
	g = append(g, dateGroup("y", p, k-1), dateGroup("m", k, k2-1))
	return patterns.Match{Start: p, End: end, Groups: g}, true, true
}

func readMD(rs []rune, p, hi int, g []patterns.Group) (patterns.Match, bool, bool) {
	if r := rs[p]; r == '今' || r == '去' || r == '明' {
		return patterns.Match{}, false, false
	}
	if dateAfter(rs, p, dateNotAfterSet) {
		return patterns.Match{}, false, true
	}
	k, ok, sure := dateMonthAt(rs, p, hi)
	if !ok {
		return patterns.Match{}, false, sure
	}
	k2, ok, sure := dateDayAt(rs, k, hi, "日号")
	if !ok {
		return patterns.Match{}, false, sure
	}
	g = append(g, dateGroup("m", p, k-1), dateGroup("d", k, k2-1))
	return patterns.Match{Start: p, End: k2, Groups: g}, true, true
}

// dateMonthAhead is the lookahead of month: (?![亮球光饼薪息]|期(?!间)).
func dateMonthAhead(rs []rune, i, hi int) bool {
	if i >= hi {
		return true
	}
	switch rs[i] {
	case '亮', '球', '光', '饼', '薪', '息':
		return false
	case '期':
		return i+1 < hi && rs[i+1] == '间'
	}
	return true
}

func readMonth(rs []rune, p, hi int, g []patterns.Group) (patterns.Match, bool, bool) {
	if r := rs[p]; r == '今' || r == '去' || r == '明' {
		return patterns.Match{}, false, false
	}
	if dateAfter(rs, p, monthNotAfterSet) {
		return patterns.Match{}, false, true
	}
	k, ok, sure := dateMonthAt(rs, p, hi)
	if !ok {
		return patterns.Match{}, false, sure
	}
	end := -1
	if k < hi && rs[k] == '份' && dateMonthAhead(rs, k+1, hi) {
		end = k + 1
	} else if dateMonthAhead(rs, k, hi) {
		end = k
	}
	if end < 0 {
		return patterns.Match{}, false, true
	}
	g = append(g, dateGroup("m", p, k-1))
	return patterns.Match{Start: p, End: end, Groups: g}, true, true
}

func readDay(rs []rune, p, hi int, g []patterns.Group) (patterns.Match, bool, bool) {
	if dateAfter(rs, p, dayNotAfterSet) {
		return patterns.Match{}, false, true
	}
	k, ok, sure := dateDayAt(rs, p, hi, "日")
	if !ok {
		return patterns.Match{}, false, sure
	}
	if k < hi {
		switch rs[k] {
		case '元', '语', '文', '军', '货', '方', '圆', '游', '团', '内':
			return patterns.Match{}, false, true
		case '以', '之':
			if k+1 < hi && rs[k+1] == '内' {
				return patterns.Match{}, false, true
			}
		}
	}
	g = append(g, dateGroup("d", p, k-1))
	return patterns.Match{Start: p, End: k, Groups: g}, true, true
}

func readRelYear(rs []rune, p, hi int, g []patterns.Group) (patterns.Match, bool, bool) {
	if p+1 >= hi || rs[p+1] != '年' {
		return patterns.Match{}, false, true
	}
	switch rs[p] {
	case '今', '去', '明', '上':
	case '前':
		if p > 0 && strings.ContainsRune("提以之空从此史年", rs[p-1]) {
			return patterns.Match{}, false, true
		}
	default:
		return patterns.Match{}, false, true
	}
	if p+2 < hi && strings.ContainsRune("纪龄轻级代头华终", rs[p+2]) {
		return patterns.Match{}, false, true
	}
	g = append(g, dateGroup("ry", p, p+1))
	return patterns.Match{Start: p, End: p + 2, Groups: g}, true, true
}

// readFirstMonths reads {YPRE}?前N个月 (前2个月, 今年前10个月).
func readFirstMonths(rs []rune, p, hi int, g []patterns.Group) (patterns.Match, bool, bool) {
	k, g2, ok, sure := datePrefix(rs, p, hi, g)
	switch {
	case ok:
		g = g2
	case !sure:
		return patterns.Match{}, false, false
	case rs[p] != '前' || dateAfterIn(rs, p, "提之此以"):
		return patterns.Match{}, false, true
	default:
		k = p
	}
	if k >= hi || rs[k] != '前' || k+1 >= hi {
		return patterns.Match{}, false, true
	}
	i, e := k+1, k+1
	switch r := rs[i]; {
	case isArabic(r):
		e, sure = dateArabicRun(rs, i, hi)
		if !sure {
			return patterns.Match{}, false, false
		}
		switch e - i {
		case 1:
			if dateDigit(r) < 2 {
				return patterns.Match{}, false, true
			}
		case 2:
			if dateDigit(r) != 1 || dateDigit(rs[i+1]) > 2 {
				return patterns.Match{}, false, true
			}
		default:
			return patterns.Match{}, false, true
		}
	case r == '十':
		e = i + 1
		if e < hi && (rs[e] == '一' || rs[e] == '二') {
			e++
		}
	case strings.ContainsRune("二两三四五六七八九", r):
		e = i + 1
	default:
		return patterns.Match{}, false, true
	}
	end := e
	if end < hi && rs[end] == '个' {
		end++
	}
	if end >= hi || rs[end] != '月' {
		return patterns.Match{}, false, true
	}
	g = append(g, dateGroup("n", i, e))
	return patterns.Match{Start: p, End: end + 1, Groups: g}, true, true
}

// dateQuarterBody reads what follows {YPRE}? in rule quarter at i: 第一季度,
// 一季度, 前三季度, 1-3季度.
func dateQuarterBody(rs []rune, i, hi int, g []patterns.Group) (end int, out []patterns.Group, ok bool) {
	at := func(k int, set string) bool { return k < hi && strings.ContainsRune(set, rs[k]) }
	jidu := func(k int) bool { return k+1 < hi && rs[k] == '季' && rs[k+1] == '度' }
	j := i
	if at(j, "第") {
		j++
	}
	if at(j, "一二三四1234１２３４") && jidu(j+1) {
		return j + 3, append(g, dateGroup("q", j, j+1)), true
	}
	if at(i, "前") && at(i+1, "一二三23２３") && jidu(i+2) {
		return i + 4, append(g, dateGroup("qn", i+1, i+2)), true
	}
	if at(i, "一二三123１２３") {
		t := i + 1
		switch {
		case at(t, "至到"):
			t++
		case at(t, "-－—–~～"):
			t++
			if at(t, "-－—–~～") {
				t++
			}
		default:
			return 0, g, false
		}
		if at(t, "二三四234２３４") && jidu(t+1) {
			return t + 3, append(g, dateGroup("q", i, i+1), dateGroup("q2", t, t+1)), true
		}
	}
	return 0, g, false
}

func readQuarter(rs []rune, p, hi int, g []patterns.Group) (patterns.Match, bool, bool) {
	k, g2, ok, sure := datePrefix(rs, p, hi, g)
	if !ok && !sure {
		return patterns.Match{}, false, false
	}
	if ok {
		if end, g3, ok := dateQuarterBody(rs, k, hi, g2); ok {
			return patterns.Match{Start: p, End: end, Groups: g3}, true, true
		}
	}
	if end, g3, ok := dateQuarterBody(rs, p, hi, g); ok {
		return patterns.Match{Start: p, End: end, Groups: g3}, true, true
	}
	return patterns.Match{}, false, true
}

// dateRun reads Arabic digits at i: the whole run, which valid must accept
// ({DAY} with dateDayDigits, {MONTH} with dateMonthDigits). sure is false
// when a Chinese numeral takes part.
func dateRun(rs []rune, i, hi int, valid func(rs []rune, s, e int) bool) (e int, ok, sure bool) {
	if i >= hi {
		return 0, false, true
	}
	if !isArabic(rs[i]) {
		return 0, false, !dateCNDigit(rs[i])
	}
	e, sure = dateArabicRun(rs, i, hi)
	if !sure {
		return 0, false, false
	}
	return e, valid(rs, i, e), true
}

// readMDRange reads rule md_range: 3月11日至13日, 1月28日至2月2日,
// 2025年12月31日至2026年1月2日.
func readMDRange(rs []rune, p, hi int, g []patterns.Group) (patterns.Match, bool, bool) {
	no := func(sure bool) (patterns.Match, bool, bool) { return patterns.Match{}, false, sure }
	if !isDateNumeral(rs[p]) {
		return no(true)
	}
	if !isArabic(rs[p]) {
		return no(false)
	}
	if dateAfter(rs, p, dateNotAfterSet) {
		return no(true)
	}
	k := p
	if k2, ok, sure := dateYearAt(rs, p, hi); !sure {
		return no(false)
	} else if ok {
		g = append(g, dateGroup("y", p, k2-1))
		k = k2
	}
	k2, ok, sure := dateMonthAt(rs, k, hi)
	if !ok {
		return no(sure)
	}
	g = append(g, dateGroup("m", k, k2-1))
	e, ok, sure := dateRun(rs, k2, hi, dateDayDigits)
	if !ok {
		return no(sure)
	}
	g = append(g, dateGroup("d", k2, e))
	if e < hi && (rs[e] == '日' || rs[e] == '号') {
		e++
	}
	if e >= hi {
		return no(true)
	}
	switch rs[e] {
	case '至', '到':
		e++
	case '-', '－', '—', '–', '~', '～':
		e++
		if e < hi && strings.ContainsRune("-－—–~～", rs[e]) {
			e++
		}
	default:
		return no(true)
	}
	if e >= hi {
		return no(true)
	}
	if !isArabic(rs[e]) {
		return no(!isDateNumeral(rs[e]))
	}
	if y2, ok, sure := dateYearAt(rs, e, hi); !sure {
		return no(false)
	} else if ok {
		g = append(g, dateGroup("y2", e, y2-1))
		e = y2
	}
	if m2, ok, sure := dateMonthAt(rs, e, hi); ok {
		g = append(g, dateGroup("m2", e, m2-1))
		e = m2
	} else if !sure {
		return no(false)
	}
	e2, ok, sure := dateRun(rs, e, hi, dateDayDigits)
	if !ok {
		return no(sure)
	}
	if e2 >= hi || rs[e2] != '日' && rs[e2] != '号' {
		return no(true)
	}
	g = append(g, dateGroup("d2", e, e2))
	return patterns.Match{Start: p, End: e2 + 1, Groups: g}, true, true
}

// dateTo reads {TO} at i and returns the index after it, or -1.
func dateToAt(rs []rune, i, hi int) int {
	if i >= hi {
		return -1
	}
	switch rs[i] {
	case '至', '到':
		return i + 1
	case '-', '－', '—', '–', '~', '～':
		if i+1 < hi && strings.ContainsRune("-－—–~～", rs[i+1]) {
			return i + 2
		}
		return i + 1
	}
	return -1
}

// readMRange reads rule m_range: 1-10月, 今年1至2月, 2025年11-12月份.
func readMRange(rs []rune, p, hi int, g []patterns.Group) (patterns.Match, bool, bool) {
	no := func(sure bool) (patterns.Match, bool, bool) { return patterns.Match{}, false, sure }
	i := p
	if k, g2, ok, sure := datePrefix(rs, p, hi, g); ok {
		i, g = k, g2
	} else if !sure {
		return no(false)
	} else if dateAfterIn(rs, p, "0123456789０１２３４５６７８９〇○零一二三四五六七八九十两百千.．") {
		return no(true)
	}
	e, ok, sure := dateRun(rs, i, hi, dateMonthDigits)
	if !ok {
		return no(sure)
	}
	g = append(g, dateGroup("m", i, e))
	if e < hi && rs[e] == '月' {
		e++
	}
	t := dateToAt(rs, e, hi)
	if t < 0 {
		return no(true)
	}
	e2, ok, sure := dateRun(rs, t, hi, dateMonthDigits)
	if !ok {
		return no(sure)
	}
	if e2 >= hi || rs[e2] != '月' {
		return no(true)
	}
	g = append(g, dateGroup("m2", t, e2))
	end := e2 + 1
	ahead := func(k int) bool {
		return k >= hi || !isArabic(rs[k]) && !strings.ContainsRune("〇一二三四五六七八九十日号", rs[k])
	}
	switch {
	case end < hi && rs[end] == '份' && ahead(end+1):
		end++
	case !ahead(end):
		return no(true)
	}
	return patterns.Match{Start: p, End: end, Groups: g}, true, true
}
