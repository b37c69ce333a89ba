package extract

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/entities"
	"github.com/zhfacts/zhfacts/patterns"
)

// Statistics link the numbers other extractors found (money, growth and share
// percentages, periods) to a metric word and a subject.
//
// The text is read paragraph by paragraph, sentence by sentence (。！？；),
// clause by clause (，：and spaces). A metric word (进出口总值, 出口, 增加值)
// opens a group; the amounts and percentages that follow it in the sentence
// fill the group's facts. The subject is the topic written before the metric
// in its clause (民营企业, 共建“一带一路”国家), else the topic of the clause
// just before (民营企业作为主力军，进出口34亿元), else the subject of the
// previous fact of the same article (其中，出口29.4亿元). With 分别 a list of
// subjects or metrics gives one fact per item. A period comes from the
// clause, from the nearest period opening a clause earlier in the paragraph,
// or from the period of an earlier statistics paragraph or the headline of
// the same article; an article ends at a headline (a short line with no full
// stop) or a wide gap. A figure with no metric of its own goes to the open
// group, or, after a subject of its own (国有企业增长21.8%), takes the metric
// before it, unless that subject names a measure (利税8000万元). Not facts:
// rates, ranks, bounds (低于425元), prices per unit (每台1.3万元),
// amounts that qualify a noun (3000万元以上的企业), bases of a comparison
// (较去年同期亏损3亿元) and goals (力争…突破10亿元).
//
// Periods: a date opening a later clause of a sentence, after a figure or
// in a breakdown (其中), holds for that sentence only (同比增长7.2%，3月份
// 环比增长0.8%). A month or quarter with no year of its own takes the year of
// the article's periods written with a year (2024年年度报告 … 第四季度). 全年
// is the whole year of the period around it, else the year before
// publication (unless forecast: 预计全年). A balance (余额) at the end of a
// month or year (截至12月末) is that day; a project's total investment has
// no period. A growth over a period with no basis written is year on year.
// Subjects: 公司 and 集团 stand for the company the article names last (or
// the short name given it: 以下简称“…”); a metric with no subject takes the
// region written earlier in its sentence (全县), and a topic of its own is
// prefixed with the region of the sentence's first figure (全市 … 外贸).
// Everything runs in one pass over the entities and clauses, with bounded
// look-backs. Only the sentences holding a date, an amount or a percentage
// are read (the entities say where they are); one pass over such a sentence
// splits its clauses and finds its end, its 其中, 分别 and goal words; the
// lexicons are tried only where a bit filter on the first rune, then on the
// first two, lets an entry start. Subjects and metrics are slices of the
// text. The state, its groups and facts are reused from sentence to
// sentence and from call to call; the facts are copied out at the end.

// wordSet is a small lexicon indexed by first rune, longest entries first,
// with a bit filter on the first rune that rules most runes out without a
// lookup.
type wordSet struct {
	// lists gives the entries by their first rune.
	lists runeTable[[][]rune]
	bits  [1024]uint64 // first runes, folded to 16 bits
	last  [1024]uint64 // last runes, folded the same way
	one   [1024]uint64 // first runes of the entries of one rune
	// pairs is a filter of the first two runes of the longer entries.
	pairs [64]uint64
}

func wordPair(a, b rune) uint32 {
	return (uint32(a)*2654435761 ^ uint32(b)*40503) >> 20 & 4095
}

// may reports whether some entry may start with r.
func (w *wordSet) may(r rune) bool {
	h := uint32(r) & 0xffff
	return w.bits[h>>6]&(1<<(h&63)) != 0
}

func newWordSet(words []string) wordSet {
	var w wordSet
	m := map[rune][][]rune{}
	for _, s := range words {
		rs := []rune(s)
		if len(rs) == 0 {
			continue
		}
		m[rs[0]] = append(m[rs[0]], rs)
		h := uint32(rs[0]) & 0xffff
		w.bits[h>>6] |= 1 << (h & 63)
		if len(rs) == 1 {
			w.one[h>>6] |= 1 << (h & 63)
		} else {
			p := wordPair(rs[0], rs[1])
			w.pairs[p>>6] |= 1 << (p & 63)
		}
		h = uint32(rs[len(rs)-1]) & 0xffff
		w.last[h>>6] |= 1 << (h & 63)
	}
	for _, list := range m {
		sort.SliceStable(list, func(i, j int) bool { return len(list[i]) > len(list[j]) })
	}
	w.lists = newRuneTable(m)
	return w
}

// endsMay reports whether some entry may end with r.
func (w *wordSet) endsMay(r rune) bool {
	h := uint32(r) & 0xffff
	return w.last[h>>6]&(1<<(h&63)) != 0
}

// match returns the length of the longest entry at rs[i:end], or 0.
func (w *wordSet) match(rs []rune, i, end int) int {
	if i >= end {
		return 0
	}
	h := uint32(rs[i]) & 0xffff
	if w.bits[h>>6]&(1<<(h&63)) == 0 {
		return 0
	}
	if i+1 >= end || w.pairs[wordPair(rs[i], rs[i+1])>>6]&(1<<(wordPair(rs[i], rs[i+1])&63)) == 0 {
		// No longer entry fits or starts here: only one of one rune may.
		if w.one[h>>6]&(1<<(h&63)) == 0 {
			return 0
		}
	}
	list, _ := w.lists.get(rs[i])
	for _, e := range list {
		if i+len(e) > end {
			continue
		}
		ok := true
		for k := 1; k < len(e); k++ {
			if rs[i+k] != e[k] {
				ok = false
				break
			}
		}
		if ok {
			return len(e)
		}
	}
	return 0
}

var statLex struct {
	once sync.Once
	err  error
	// metrics are the metric words; after the words that make a metric word
	// a modifier; stops end a subject, keeps are names containing a stop;
	// leads open a clause before its subject.
	metrics, after, stops, keeps, leads wordSet
	// verbs are the metrics that are also verbs and take an object: 出口机电产品3.9万亿元.
	verbs map[string]bool
	// growthOnly are the measures whose amounts are prices (价格为37元):
	// only their growth figures make facts.
	growthOnly map[string]bool
	// project are the measures of a project (总投资): no period.
	project map[string]bool
	// measures end noun phrases that name a measure of their own.
	measures wordSet
}

func loadStatistics() error {
	statLex.once.Do(func() {
		rows, err := patterns.LexiconRows("metric")
		if err != nil {
			statLex.err = err
			return
		}
		var m []string
		statLex.verbs, statLex.growthOnly, statLex.project = map[string]bool{}, map[string]bool{}, map[string]bool{}
		for _, r := range rows {
			m = append(m, r[0])
			if len(r) > 1 && r[1] == "verb" {
				statLex.verbs[r[0]] = true
			}
			if len(r) > 1 && r[1] == "growth" {
				statLex.growthOnly[r[0]] = true
			}
			if len(r) > 1 && r[1] == "project" {
				statLex.project[r[0]] = true
			}
		}
		a, err := patterns.Lexicon("stat_after")
		if err != nil {
			statLex.err = err
			return
		}
		rows, err = patterns.LexiconRows("stat_stop")
		if err != nil {
			statLex.err = err
			return
		}
		var stops, keeps []string
		for _, r := range rows {
			if len(r) > 1 && r[1] == "keep" {
				keeps = append(keeps, r[0])
			} else {
				stops = append(stops, r[0])
			}
		}
		l, err := patterns.Lexicon("stat_lead")
		if err != nil {
			statLex.err = err
			return
		}
		ms, err := patterns.Lexicon("stat_measure")
		if err != nil {
			statLex.err = err
			return
		}
		statLex.measures = newWordSet(ms)
		statLex.metrics, statLex.after = newWordSet(m), newWordSet(a)
		statLex.stops, statLex.keeps, statLex.leads = newWordSet(stops), newWordSet(keeps), newWordSet(l)
	})
	return statLex.err
}

// statReach bounds the look-backs (占 before a share, 较 before a
// difference, 同比 before a growth figure) so that the work stays linear.
const statReach = 40

// Token kinds of a sentence.
const (
	tokDate = iota
	tokMoney
	tokPct
	tokMetric
)

type statTok struct {
	kind int
	s, e int // runes
	i    int // index into the Result slice of its kind
}

// statFact is a fact being built.
type statFact struct {
	st        entities.Statistic
	s, e      int // runes of its clauses
	growthPct int // index of the growth percent, or -1
	clauseS   int // start of the clause of the growth figure
}

func (f *statFact) hasNumbers() bool {
	return f.st.Amount != nil || f.st.Growth != "" || f.st.Share != ""
}

// statGroup is what one metric mention (or a list of them) opens.
type statGroup struct {
	subjects []string
	metrics  []string
	fenbie   bool // 分别: the numbers go to the items in turn
	period   *entities.Date
	s        int // start of its clause
	metricE  int // end of the last metric word
	facts    []*statFact
	nAmount  int
	nGrowth  int
	nShare   int

	st *statState // where its facts come from
	// the backing of subjects, metrics and facts for one item each
	subject1, metric1 [1]string
	fact1             [1]*statFact
}

// newGroup gives a group of the sentence for one subject and one metric.
// Groups and facts live until the sentence is flushed; their memory serves
// the next sentence.
func (st *statState) newGroup(s, metricE int, subj, metric string, period *entities.Date) *statGroup {
	if st.nGroups == len(st.groups) {
		st.groups = append(st.groups, new(statGroup))
	}
	g := st.groups[st.nGroups]
	st.nGroups++
	*g = statGroup{s: s, metricE: metricE, period: period, st: st}
	g.subject1[0], g.metric1[0] = subj, metric
	g.subjects, g.metrics = g.subject1[:], g.metric1[:]
	return g
}

func (st *statState) newFact() *statFact {
	if st.nFacts == len(st.facts) {
		st.facts = append(st.facts, new(statFact))
	}
	f := st.facts[st.nFacts]
	st.nFacts++
	*f = statFact{}
	return f
}

// ensure builds the facts at the first number.
func (g *statGroup) ensure() {
	if g.facts != nil {
		return
	}
	mk := func(subj, metric string) *statFact {
		f := g.st.newFact()
		f.growthPct, f.s, f.e = -1, g.s, g.metricE
		f.st.Subject, f.st.Metric, f.st.Period = subj, metric, g.period
		return f
	}
	g.facts = g.fact1[:0]
	switch {
	case len(g.metrics) > 1:
		for _, m := range g.metrics {
			g.facts = append(g.facts, mk(g.subjects[0], m))
		}
	case len(g.subjects) > 1:
		for _, s := range g.subjects {
			g.facts = append(g.facts, mk(s, g.metrics[0]))
		}
	default:
		g.facts = append(g.facts, mk(g.subjects[0], g.metrics[0]))
	}
}

// slot returns the fact the next number of a kind goes to, or nil when that
// slot is taken; n counts the numbers of the kind given so far.
func (g *statGroup) slot(n *int, taken func(*statFact) bool) *statFact {
	g.ensure()
	if len(g.facts) > 1 {
		if *n >= len(g.facts) {
			return nil
		}
		f := g.facts[*n]
		*n++
		return f
	}
	if taken(g.facts[0]) {
		return nil
	}
	*n++
	return g.facts[0]
}

type statState struct {
	d   *doc
	r   *entities.Result
	out []entities.Statistic // the facts so far (a pooled buffer: see result)
	// the periods of the facts in out
	periodBuf []entities.Date

	// article state, reset at a headline or a wide gap
	artPeriod   *entities.Date
	artBasis    entities.Basis
	prevSubject string
	prevMetric  string
	prevPeriod  *entities.Date
	artStart    int // rune where the article starts
	// absYear is the year of the last period written with its year (2024年,
	// 二〇二五年) in the article; a month or quarter with no year of its own
	// (第四季度, 12月末) belongs to it. 0 when none.
	absYear int

	// paragraph state
	paraPeriod *entities.Date
	paraFacts  int
	paraFirst  int // index in out of the paragraph's first fact

	// sentence state
	sentS      int // start of the sentence
	qizhong    int // start of the first 其中 of the sentence, or -1
	dayPeriod  *entities.Date
	fenbie     int          // start of the last 分别 of the sentence, or -1
	sentGroups []*statGroup // groups of the sentence, emitted at its end
	// foreign is set when a figure of the clause belongs to a measure of
	// its own (价格为37元和69元); the figures listed after it go with it.
	foreign bool

	tokMax int // the length of the longest token of the sentence
	// endsSorted is set when the tokens of the sentence, sorted by start,
	// are sorted by end too, so that tokSearch may start at tokHint, the
	// index in its clause of the token being read.
	endsSorted bool
	tokHint    int

	dates, money, pcts []int // indexes sorted by start
	orgs               []int // indexes of the companies, sorted by start
	di, mi, pi         int   // cursors
	// checkOrder is set when money and pcts are the Result's order, to be
	// checked: inOrder holds while the items the cursors passed are in
	// text order.
	checkOrder, inOrder bool

	clsBuf [][2]int  // the clauses of the sentence, reused
	goals  []int     // where the goal words of the sentence start
	items  []string  // the items of the lists of the sentence
	tokBuf []statTok // the tokens of the sentence, reused

	// the groups and facts of the sentence, reused by the next
	groups  []*statGroup
	nGroups int
	facts   []*statFact
	nFacts  int
}

// byStart fills idx (reused) with the indexes 0..n-1 sorted by start.
func byStart(idx []int, n int, start func(int) int) []int {
	idx = append(idx[:0], make([]int, n)...)
	sorted := true
	for i := range idx {
		idx[i] = i
		if i > 0 && start(i) < start(i-1) {
			sorted = false
		}
	}
	if sorted { // the usual case: the entities come in text order
		return idx
	}
	sort.SliceStable(idx, func(a, b int) bool { return start(idx[a]) < start(idx[b]) })
	return idx
}

func extractStatistics(d *doc, r *entities.Result) []entities.Statistic {
	if loadStatistics() != nil || len(d.runes) == 0 || (len(r.Money) == 0 && len(r.Percents) == 0) {
		return nil
	}
	if len(r.Money) == 0 && statRatesOnly(r.Percents) {
		// A fact needs an amount, a growth or a share: rates alone make none.
		return nil
	}
	st := statPool.Get().(*statState)
	defer st.release()
	st.reset(d, r)
	// Money and percentages come in text order from their extractors: they
	// are read so at once, and their order is checked as the cursors pass
	// over them (st.ordered). Should it fail, the reading starts again over
	// them sorted. A text dense with figures is so read in one pass over
	// them instead of two.
	st.checkOrder = true
	st.money = byIndex(st.money, len(r.Money))
	st.pcts = byIndex(st.pcts, len(r.Percents))
	st.run()
	if st.checkOrder && st.outOfOrder(st.mi, st.pi) {
		st.reset(d, r)
		st.money = byStart(st.money, len(r.Money), func(i int) int { return r.Money[i].RuneStart })
		st.pcts = byStart(st.pcts, len(r.Percents), func(i int) int { return r.Percents[i].RuneStart })
		st.run()
	}
	return st.result()
}

// statRatesOnly reports whether every percentage is a rate.
func statRatesOnly(ps []entities.Percent) bool {
	for i := range ps {
		if k := ps[i].Kind; k != entities.KindRate && k != "" {
			return false
		}
	}
	return true
}

// byIndex fills idx (reused) with the indexes 0..n-1.
func byIndex(idx []int, n int) []int {
	idx = append(idx[:0], make([]int, n)...)
	for i := range idx {
		idx[i] = i
	}
	return idx
}

// ordered notes that the cursor of the money (money) or percentages
// passes the item at index k of the Result, and clears st.inOrder when
// it starts before the item passed before it.
func (st *statState) ordered(money bool, k int) {
	if !st.checkOrder || k == 0 {
		return
	}
	if money {
		st.inOrder = st.inOrder && st.r.Money[k].RuneStart >= st.r.Money[k-1].RuneStart
	} else {
		st.inOrder = st.inOrder && st.r.Percents[k].RuneStart >= st.r.Percents[k-1].RuneStart
	}
}

// outOfOrder reports whether the money or the percentages, read in the
// order of the Result, were not in text order: the cursors found so, or
// the items they did not reach (from mi and pi on) are.
func (st *statState) outOfOrder(mi, pi int) bool {
	if !st.inOrder {
		return true
	}
	r := st.r
	for k := max(mi, 1); k < len(r.Money); k++ {
		if r.Money[k].RuneStart < r.Money[k-1].RuneStart {
			return true
		}
	}
	for k := max(pi, 1); k < len(r.Percents); k++ {
		if r.Percents[k].RuneStart < r.Percents[k-1].RuneStart {
			return true
		}
	}
	return false
}

// run reads the document, paragraph by paragraph.
func (st *statState) run() {
	r, d := st.r, st.d
	st.dates = byStart(st.dates, len(r.Dates), func(i int) int { return r.Dates[i].RuneStart })
	// The companies in text order (a stable sort of the few companies
	// keeps the order a sort of every organization gives them).
	for i := range r.Organizations {
		if r.Organizations[i].Kind == entities.OrgCompany {
			st.orgs = append(st.orgs, i)
		}
	}
	orgStart := func(a int) int { return r.Organizations[st.orgs[a]].RuneStart }
	for a := 1; a < len(st.orgs); a++ {
		if orgStart(a) < orgStart(a-1) {
			sort.SliceStable(st.orgs, func(a, b int) bool { return orgStart(a) < orgStart(b) })
			break
		}
	}

	rs := d.runes
	blank := 0
	for ps := 0; ps < len(rs); {
		pe := st.lineEnd(ps)
		if isBlank(rs[ps:pe]) {
			blank++
		} else {
			head := isHeadline(rs[ps:pe]) && !isSectionHeading(rs[ps:pe])
			if blank >= 2 || head {
				st.resetArticle()
				st.artStart = ps
			}
			blank = 0
			st.paragraph(ps, pe, head)
		}
		ps = pe + 1
	}
}

// statPool keeps the buffers of a statState from one call to the next.
var statPool = sync.Pool{New: func() any { return new(statState) }}

// reset readies a pooled state for a document, keeping its buffers.
func (st *statState) reset(d *doc, r *entities.Result) {
	*st = statState{
		d: d, r: r, inOrder: true,
		out:        st.out[:0],
		periodBuf:  st.periodBuf[:0],
		sentGroups: st.sentGroups[:0],
		dates:      st.dates[:0], money: st.money[:0], pcts: st.pcts[:0],
		orgs:   st.orgs[:0],
		clsBuf: st.clsBuf[:0], tokBuf: st.tokBuf[:0], goals: st.goals[:0], items: st.items[:0],
		groups: st.groups, facts: st.facts,
	}
}

// statPoolMax bounds the facts, groups and list items a pooled state keeps,
// so that one huge text does not pin its memory; statPoolMaxTok bounds its
// tokens, clauses and indexes, small entries that a part of a long text
// dense with figures (one token every four runes) fills by the ten
// thousand: kept, they serve the next part instead of being allocated anew.
const (
	statPoolMax    = 1 << 14
	statPoolMaxTok = 1 << 17
)

func (st *statState) release() {
	st.d, st.r = nil, nil
	// Nothing pooled may keep the text or the Result of this call alive.
	clear(st.out)
	clear(st.periodBuf)
	clear(st.items[:cap(st.items)])
	for _, g := range st.groups {
		*g = statGroup{}
	}
	for _, f := range st.facts {
		*f = statFact{}
	}
	st.resetArticle()
	st.paraPeriod, st.dayPeriod = nil, nil
	if max(cap(st.out), cap(st.periodBuf), cap(st.items), len(st.groups), len(st.facts)) > statPoolMax ||
		max(cap(st.dates), cap(st.money), cap(st.pcts), cap(st.orgs), cap(st.tokBuf), cap(st.clsBuf), cap(st.goals)) > statPoolMaxTok {
		return
	}
	statPool.Put(st)
}

// result copies the facts out of the pooled buffers; each has a period and
// an amount of its own.
func (st *statState) result() []entities.Statistic {
	if len(st.out) == 0 {
		return nil
	}
	out := make([]entities.Statistic, len(st.out))
	copy(out, st.out)
	nd, nm := 0, 0
	for i := range out {
		if out[i].Period != nil {
			nd++
		}
		if out[i].Amount != nil {
			nm++
		}
	}
	dates, money := make([]entities.Date, 0, nd), make([]entities.Money, 0, nm)
	for i := range out {
		if p := out[i].Period; p != nil {
			dates = append(dates, *p)
			out[i].Period = &dates[len(dates)-1]
		}
		if m := out[i].Amount; m != nil {
			money = append(money, *m)
			out[i].Amount = &money[len(money)-1]
		}
	}
	return out
}

// lineEnd gives the index of the first line break at or after rune i, or
// the number of runes. The break is found in the bytes of the text, then
// its rune in the offset table, by interpolation: a line break byte is
// always a rune of its own.
func (st *statState) lineEnd(i int) int {
	d := st.d
	n := len(d.runes)
	if i >= n {
		return n
	}
	j := strings.IndexByte(d.text[d.off[i]:], '\n')
	if j < 0 {
		return n
	}
	b := int(d.off[i]) + j
	// The rune is in [i, i+j]: each rune takes a byte or more.
	lo, hi := i, min(n-1, i+j)
	for lo < hi {
		olo, ohi := int(d.off[lo]), int(d.off[hi])
		g := lo + int(int64(b-olo)*int64(hi-lo)/int64(ohi-olo))
		switch o := int(d.off[g]); {
		case o == b:
			return g
		case o < b:
			lo = g + 1
		default:
			hi = g - 1
		}
	}
	return lo
}

func isBlank(rs []rune) bool {
	for _, r := range rs {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// isHeadline tells a title line: short, with no full stop, and not opening
// with a connective (其中，出口… on a line of its own goes on the article).
func isHeadline(rs []rune) bool {
	if len(rs) > 80 {
		return false
	}
	for _, r := range rs {
		if r == '。' {
			return false
		}
	}
	for len(rs) > 0 && unicode.IsSpace(rs[0]) {
		rs = rs[1:]
	}
	for _, w := range statNotHeadline {
		if statHasPrefix(rs, w) {
			return false
		}
	}
	return true
}

// statQizhong is 其中 (among them), which opens a breakdown.
var statQizhong = []rune("其中")

// statNotHeadline are the connectives that open no headline.
var statNotHeadline = [...][]rune{[]rune("其中"), []rune("同时"), []rune("此外"), []rune("另外"), []rune("而"), []rune("但")}

// statHasPrefix tells whether rs starts with w.
func statHasPrefix(rs, w []rune) bool {
	if len(rs) < len(w) {
		return false
	}
	for i, r := range w {
		if rs[i] != r {
			return false
		}
	}
	return true
}

func (st *statState) resetArticle() {
	st.artPeriod, st.artBasis, st.prevSubject, st.prevMetric = nil, "", "", ""
	st.prevPeriod, st.absYear = nil, 0
}

func (st *statState) paragraph(ps, pe int, head bool) {
	st.paraPeriod, st.paraFacts, st.paraFirst = nil, 0, len(st.out)
	rs := st.d.runes
	// Only a sentence holding a date, an amount or a percentage has
	// anything to read: find the next one from the entities.
	for ss := ps; ss < pe; {
		p := st.nextToken(ss)
		if p >= pe {
			break
		}
		if isSentenceEnd(rs[p]) {
			ss = p + 1 // an entity starting at a full stop is in no sentence
			continue
		}
		s := p
		for s > ss && !isSentenceEnd(rs[s-1]) {
			s--
		}
		ss = st.sentence(s, pe) + 1
	}
	// The period of a statistics paragraph, or of a headline (2025年…统计
	// 公报), holds for the paragraphs after it.
	if (st.paraFacts > 0 || head) && st.paraPeriod != nil {
		st.artPeriod = st.paraPeriod
		st.notePeriod(st.paraPeriod)
	}
}

// isSectionHeading tells a numbered heading inside an article (一、农业;
// （二）对外贸易; 3. 财政), which does not start another article.
func isSectionHeading(rs []rune) bool {
	i := 0
	for i < len(rs) && isSpaceRune(rs[i]) {
		i++
	}
	if i < len(rs) && (rs[i] == '（' || rs[i] == '(') {
		i++
	}
	j := i
	for j < len(rs) && (isArabic(rs[j]) || strings.ContainsRune("一二三四五六七八九十", rs[j])) {
		j++
	}
	return j > i && j < len(rs) && strings.ContainsRune("、.．）)", rs[j])
}

func isSentenceEnd(r rune) bool {
	switch r {
	case '。', '！', '？', '；', '!', '?', ';', '\r':
		return true
	}
	return false
}

func isClauseEnd(r rune) bool {
	switch r {
	case '，', ',', '：', ':':
		return true
	}
	return false
}

func isSpaceRune(r rune) bool { return r == ' ' || r == '\t' || r == '\u3000' || r == '\u00a0' }

// statMarks are the first runes of 其中, 分别, 力争, 目标 and 争取.
var statMarks = newRuneSet("其分力目争")

// statClauseRunes are the runes the clause pass looks at: statMarks, the
// ends of clauses and sentences (isClauseEnd, isSentenceEnd) and the
// spaces (isSpaceRune).
var statClauseRunes = newRuneSet("其分力目争，,：:。！？；!?;\r \t\u3000\u00a0")

// clauses splits the sentence starting at s, in a paragraph ending at pe,
// at commas, colons and at spaces between words. It also gives the first
// 其中 and the last 分别 of the sentence, or -1, and its end e, and notes
// the goal words (st.goals). (A rune after the end is no Arabic digit, 中,
// 别, 争, 标 or 取, so pe bounds the look-aheads as e would.)
func (st *statState) clauses(s, pe int) (cls [][2]int, qizhong, fenbie, e int) {
	e = pe
	rs := st.d.runes
	out := st.clsBuf[:0]
	st.goals = st.goals[:0]
	cs := s
	qizhong, fenbie = -1, -1
	for i := s; i < pe; i++ {
		r := rs[i]
		if !statClauseRunes.has(r) {
			continue // nothing this pass looks for
		}
		if statMarks.has(r) {
			if i+1 >= pe {
				continue
			}
			switch next := rs[i+1]; {
			case r == '其' && next == '中':
				if qizhong < 0 {
					qizhong = i
				}
			case r == '分' && next == '别':
				fenbie = i
			case r == '力' && next == '争', r == '目' && next == '标', r == '争' && next == '取':
				st.goals = append(st.goals, i)
			}
			continue
		}
		if isSentenceEnd(r) {
			e = i
			break
		}
		split := isClauseEnd(r)
		if !split && isSpaceRune(r) {
			split = !(i > s && isArabic(rs[i-1])) && !(i+1 < pe && isArabic(rs[i+1]))
		}
		if split {
			if i > cs {
				out = append(out, [2]int{cs, i})
			}
			cs = i + 1
		}
	}
	if e > cs {
		out = append(out, [2]int{cs, e})
	}
	st.clsBuf = out
	return out, qizhong, fenbie, e
}

// tokens collects the dates, money and percentages starting in [s, e), and
// the metric words when the sentence holds a number.
func (st *statState) tokens(s, e int) ([]statTok, bool) {
	r := st.r
	toks := st.tokBuf[:0]
	defer func() { st.tokBuf = toks[:0] }()
	st.endsSorted = false // until the tokens of this sentence are seen in order
	if n := len(st.dates) - st.di + len(st.money) - st.mi + len(st.pcts) - st.pi; cap(toks) < n {
		// Room for every figure left, once: a sentence dense with
		// figures would otherwise regrow the buffer many times.
		toks = make([]statTok, 0, n+8)
	}
	for ; st.di < len(st.dates) && r.Dates[st.dates[st.di]].RuneStart < e; st.di++ {
		dt := &r.Dates[st.dates[st.di]]
		if dt.RuneStart >= s {
			toks = append(toks, statTok{tokDate, dt.RuneStart, dt.RuneEnd, st.dates[st.di]})
		}
	}
	// rates: the sentence holds no date, and its percentages, if any, are
	// all rates.
	rates := len(toks) == 0
	hasNum, hasMoney := false, false
	for ; st.mi < len(st.money) && r.Money[st.money[st.mi]].RuneStart < e; st.mi++ {
		st.ordered(true, st.mi)
		m := &r.Money[st.money[st.mi]]
		if m.RuneStart >= s {
			toks = append(toks, statTok{tokMoney, m.RuneStart, m.RuneEnd, st.money[st.mi]})
			hasNum, hasMoney = true, true
		}
	}
	for ; st.pi < len(st.pcts) && r.Percents[st.pcts[st.pi]].RuneStart < e; st.pi++ {
		st.ordered(false, st.pi)
		p := &r.Percents[st.pcts[st.pi]]
		if p.RuneStart >= s {
			toks = append(toks, statTok{tokPct, p.RuneStart, p.RuneEnd, st.pcts[st.pi]})
			hasNum = true
			rates = rates && (p.Kind == entities.KindRate || p.Kind == "")
		}
	}
	if !hasNum {
		return toks, false
	}
	if rates && !hasMoney {
		// A rate makes no fact, nor does a list after it (pctKind), and
		// with no date a metric word opens a group that gets no figure
		// and changes nothing: the sentence has nothing to read.
		return toks[:0], false
	}
	figures := len(toks)
	statSortToks(toks)
	// Metric words outside the entities.
	rs := st.d.runes
	k := 0
	for i := s; i < e; {
		for k < len(toks) && toks[k].e <= i {
			k++
		}
		if k < len(toks) && toks[k].s <= i {
			i = toks[k].e
			continue
		}
		end := e
		if k < len(toks) {
			end = toks[k].s
		}
		// The runes up to the next entity.
		for i < end {
			if !statLex.metrics.may(rs[i]) {
				i++
				continue
			}
			n := statLex.metrics.match(rs, i, end)
			if n == 0 {
				i++
				continue
			}
			if statLex.after.match(rs, i+n, e) == 0 {
				toks = append(toks, statTok{kind: tokMetric, s: i, e: i + n, i: -1})
			}
			i += n
		}
	}
	if rates && len(toks) == figures && st.paraFacts == 0 {
		// Amounts with no metric word in the sentence and no fact before
		// them in the paragraph have no measure to go to (target): with no
		// date and only rates besides, nothing is read here either.
		return toks[:0], false
	}
	statSortToks(toks)
	st.tokMax = 0
	st.endsSorted = true
	for i, t := range toks {
		st.tokMax = max(st.tokMax, t.e-t.s)
		if i > 0 && t.e < toks[i-1].e {
			st.endsSorted = false
		}
	}
	return toks, true
}

// tokSearch is sort.Search over the tokens ct of a clause for a predicate
// on a token's start or end that is false and then true. When the ends of
// the sentence's tokens are in order, such a predicate changes once, at an
// index both ways find; the search then starts at st.tokHint and steps out
// in doubling strides, so that a clause of thousands of figures costs a
// few probes per figure and not a search of the whole clause.
func (st *statState) tokSearch(ct []statTok, f func(t *statTok) bool) int {
	n := len(ct)
	if !st.endsSorted || n == 0 {
		return sort.Search(n, func(j int) bool { return f(&ct[j]) })
	}
	h := min(max(st.tokHint, 0), n-1)
	lo, hi := 0, n // f is false before lo and true at hi (or hi == n)
	if f(&ct[h]) {
		hi = h
		for step := 1; ; step *= 2 {
			i := hi - step
			if i < 0 {
				break
			}
			if !f(&ct[i]) {
				lo = i + 1
				break
			}
			hi = i
		}
	} else {
		lo = h + 1
		for step := 1; ; step *= 2 {
			i := lo - 1 + step
			if i >= n {
				break
			}
			if f(&ct[i]) {
				hi = i
				break
			}
			lo = i + 1
		}
	}
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if !f(&ct[m]) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// nextToken passes over the dates, amounts and percentages starting before
// s and gives the start of the next, or the end of the text.
func (st *statState) nextToken(s int) int {
	r := st.r
	p := len(st.d.runes)
	for ; st.di < len(st.dates); st.di++ {
		if q := r.Dates[st.dates[st.di]].RuneStart; q >= s {
			p = min(p, q)
			break
		}
	}
	for ; st.mi < len(st.money); st.mi++ {
		if q := r.Money[st.money[st.mi]].RuneStart; q >= s {
			p = min(p, q)
			break
		}
		st.ordered(true, st.mi)
	}
	for ; st.pi < len(st.pcts); st.pi++ {
		if q := r.Percents[st.pcts[st.pi]].RuneStart; q >= s {
			p = min(p, q)
			break
		}
		st.ordered(false, st.pi)
	}
	return p
}

// statSortToks orders tokens by start, stably, by insertion: the lists are
// short and mostly in order already. A long list (a sentence dense with
// figures) is sorted in O(n log n).
func statSortToks(toks []statTok) {
	if slices.IsSortedFunc(toks, func(a, b statTok) int { return a.s - b.s }) {
		return
	}
	if len(toks) > 32 {
		sort.SliceStable(toks, func(a, b int) bool { return toks[a].s < toks[b].s })
		return
	}
	for i := 1; i < len(toks); i++ {
		t := toks[i]
		j := i
		for j > 0 && toks[j-1].s > t.s {
			toks[j] = toks[j-1]
			j--
		}
		toks[j] = t
	}
}

// sentence reads the sentence starting at ss, in a paragraph ending at pe,
// and gives its end.
func (st *statState) sentence(ss, pe int) int {
	st.dayPeriod, st.sentS = nil, ss
	st.nGroups, st.nFacts, st.items = 0, 0, st.items[:0]
	cls, qizhong, fenbie, se := st.clauses(ss, pe)
	toks, hasNum := st.tokens(ss, se)
	if !hasNum && len(toks) == 0 {
		st.flush() // no figure and no date: nothing to read or record
		return se
	}
	rs := st.d.runes
	st.fenbie, st.qizhong = -1, -1
	if hasNum {
		st.fenbie, st.qizhong = fenbie, qizhong
	}
	var g *statGroup
	var topic statTopic
	k := 0
	// aside: a date opening a later clause holds for that sentence only,
	// after a figure (同比增长7.2%，3月份环比增长0.8%) or in a breakdown
	// (其中，4月份实现…).
	aside := false
	for ci, c := range cls {
		if ci == 0 && statHasPrefix(rs[c[0]:c[1]], statQizhong) && st.leadEnd(c[0], c[1], nil) == c[1] {
			aside = true
		}
		for k < len(toks) && toks[k].s < c[0] {
			k++
		}
		kEnd := k
		for kEnd < len(toks) && toks[kEnd].s < c[1] {
			kEnd++
		}
		ct := toks[k:kEnd]
		k = kEnd
		st.clausePeriods(c, ct, aside && ci > 0)
		if !hasNum {
			continue
		}
		st.maskShares(c, ct)
		hasMetric, hasFigure := false, false
		st.foreign = false
		var dist []*statFact // figures after 分别 paired with earlier metrics
		last := c[0]
		lastFig := c[0] // end of the last figure of the clause
		for ti := range ct {
			t := ct[ti]
			st.tokHint = ti
			switch t.kind {
			case tokMetric:
				hasMetric = true
				if g != nil && g.facts == nil && g.s == c[0] && t.s == g.metricE+1 && (rs[g.metricE] == '（' || rs[g.metricE] == '(') {
					// 地区生产总值（GDP）: another name of the same metric.
					break
				}
				if g != nil && g.facts == nil && g.s == c[0] && t.s == g.metricE && len(g.metrics) == 1 {
					// 货物贸易进出口: the first word modifies the second.
					if len(g.subjects[0]) < 90 {
						g.subjects[0] += g.metrics[0]
					}
					g.metrics[0] = st.d.str(t.s, t.e)
					g.metricE = t.e
				} else if g != nil && g.facts == nil && g.s == c[0] && onlyListGlue(rs[g.metricE:t.s]) {
					g.metrics = append(g.metrics, st.d.str(t.s, t.e))
					g.metricE = t.e
				} else {
					st.close(g)
					g = st.open(c, ct, last, t, se, &topic)
				}
			case tokMoney:
				hasFigure = true
				if st.attributive(t.s, t.e, lastFig, c[1]) || st.statVersusPast(lastFig, t.s) || st.statGoal(t.s) {
					break
				}
				if g != nil && statLex.growthOnly[g.metrics[len(g.metrics)-1]] {
					break // 价格为37元: a price
				}
				if f := st.target(&g, c, ct, last, t, &topic, func(g *statGroup) *statFact {
					return g.slot(&g.nAmount, func(f *statFact) bool { return f.st.Amount != nil })
				}); f != nil {
					f.st.Amount = &st.r.Money[t.i] // copied by result
					f.e = max(f.e, c[1])
				}
			case tokPct:
				p := &st.r.Percents[t.i] // read in place: most figures need a field or two
				kind := st.pctKind(ct, ti)
				switch {
				case (kind == entities.KindGrowth || kind == entities.KindDecline) && p.Unit == entities.UnitPercent:
					hasFigure = true
					if st.statGoal(t.s) {
						break
					}
					if dist == nil && st.fenbie >= c[0] && st.fenbie < t.s && (g == nil || len(g.subjects) == 1 && len(g.metrics) == 1) {
						if dist = st.distribute(g, ct, ti); dist == nil {
							dist = []*statFact{}
						}
					}
					if len(dist) > 0 {
						f := dist[0]
						dist = dist[1:]
						f.st.Growth = p.Value
						if kind == entities.KindDecline {
							f.st.Growth = p.Value.Neg()
						}
						f.growthPct, f.clauseS = t.i, c[0]
						f.e = max(f.e, c[1])
						break
					}
					if g != nil && st.otherBasis(g, p) {
						// 同比上涨0.7%，环比上涨0.3%: a second fact on the other basis.
						st.close(g)
						ng := st.newGroup(c[0], c[0], "", "", g.period)
						ng.subjects, ng.metrics = g.subjects[:1], g.metrics[:1]
						g = ng
					}
					if f := st.target(&g, c, ct, last, t, &topic, func(g *statGroup) *statFact {
						return g.slot(&g.nGrowth, func(f *statFact) bool { return f.st.Growth != "" })
					}); f != nil {
						f.st.Growth = p.Value
						if kind == entities.KindDecline {
							f.st.Growth = p.Value.Neg()
						}
						f.growthPct, f.clauseS = t.i, c[0]
						f.e = max(f.e, c[1])
					}
				case kind == entities.KindShare:
					hasFigure = true
					st.share(&g, c, ct, last, t)
				case kind == entities.KindDifference:
					hasFigure = true
					if g != nil && g.facts != nil {
						f := g.facts[len(g.facts)-1]
						if f.st.Comparison == nil {
							f.st.Comparison = st.comparison(c, t, p)
							f.e = max(f.e, c[1])
						}
					}
				}
			}
			if t.kind != tokDate {
				last = t.e
			}
			if t.kind == tokMoney || t.kind == tokPct {
				aside = true
				lastFig = t.e
			}
		}
		if !hasMetric && !hasFigure {
			topic = statTopic{c: c, ct: ct, set: true}
		} else {
			topic = statTopic{}
		}
	}
	st.close(g)
	st.flush()
	return se
}

// attributive tells an amount that qualifies a noun (年销售额3000万元以上的
// 企业, 投资6亿元的项目) rather than states a figure.
func (st *statState) attributive(s, e, cs, ce int) bool {
	rs := st.d.runes
	// A bound or a price per unit: 收入低于425元, 每台1.3万元.
	for i := s - 1; i >= cs && i >= s-8; i-- {
		if rs[i] == '每' {
			return true
		}
	}
	for _, w := range statBoundWords {
		if n := len(w); s-n >= cs && statHasPrefix(rs[s-n:s], w) {
			return true
		}
	}
	for _, w := range statQualifies {
		if n := len(w); e+n <= ce && statHasPrefix(rs[e:e+n], w) {
			return true
		}
	}
	return false
}

// statBounds are the words of a bound before an amount; statQualifies
// the words after an amount that qualifies a noun.
var (
	statBoundWords = statRuneWords("低于", "不低于", "不超过", "不高于", "不少于", "少于", "不足", "控制在")
	statQualifies  = statRuneWords("的", "以上的", "以下的", "左右的", "以内的", "以内", "之间")
)

func statRuneWords(words ...string) [][]rune {
	out := make([][]rune, len(words))
	for i, w := range words {
		out[i] = []rune(w)
	}
	return out
}

// onlyListGlue tells the separators of a list: 、 和 及 与.
func onlyListGlue(rs []rune) bool {
	if len(rs) == 0 {
		return false
	}
	for _, r := range rs {
		switch r {
		case '、', '和', '及', '与', '以', ' ':
		default:
			return false
		}
	}
	return true
}

// clausePeriods records the dates that open a clause (今年前2个月，…;
// 1-10月，…) as the current period.
// With aside, the date holds for the rest of the sentence only.
func (st *statState) clausePeriods(c [2]int, ct []statTok, aside bool) {
	hasDate := false
	for _, t := range ct {
		hasDate = hasDate || t.kind == tokDate
	}
	if !hasDate {
		return
	}
	lead := st.leadEnd(c[0], c[1], ct)
	for _, t := range ct {
		if t.kind != tokDate || t.e > lead {
			continue
		}
		dt := &st.r.Dates[t.i]
		switch {
		case dt.Kind == entities.DateDuration:
		case aside || dt.Kind == entities.DatePoint && dt.Point != nil && dt.Point.Grain == entities.GrainDay:
			st.dayPeriod = dt
			st.notePeriod(dt)
		case st.statSubPeriod(dt):
			// A part of the running period (10月当月 in 1-10月; 9月份
			// in 前三季度) is a breakdown: it holds for its sentence, and the
			// running period goes on after it.
			st.dayPeriod = dt
			st.notePeriod(dt)
		default:
			st.paraPeriod, st.dayPeriod = dt, nil
			st.notePeriod(dt)
		}
	}
}

// statSubPeriod reports whether dt lies strictly inside the running period.
func (st *statState) statSubPeriod(dt *entities.Date) bool {
	outer := st.paraPeriod
	if outer == nil {
		outer = st.artPeriod
	}
	lo, hi, ok := statBounds(dt)
	olo, ohi, ook := statBounds(outer)
	return ok && ook && lo >= olo && hi <= ohi && (lo != olo || hi != ohi)
}

// statBounds returns the first and last day of a resolved date as
// yyyymmdd numbers.
func statBounds(dt *entities.Date) (lo, hi int, ok bool) {
	if dt == nil || !dt.Resolved {
		return 0, 0, false
	}
	switch {
	case dt.Kind == entities.DatePoint && dt.Point != nil:
		return momentLo(*dt.Point), momentHi(*dt.Point), true
	case dt.Kind == entities.DatePeriod && dt.From != nil && dt.To != nil:
		return momentLo(*dt.From), momentHi(*dt.To), true
	}
	return 0, 0, false
}

func momentLo(m entities.Moment) int {
	switch m.Grain {
	case entities.GrainYear:
		return m.Year*10000 + 101
	case entities.GrainMonth:
		return m.Year*10000 + m.Month*100 + 1
	}
	return m.Year*10000 + m.Month*100 + m.Day
}

func momentHi(m entities.Moment) int {
	switch m.Grain {
	case entities.GrainYear:
		return m.Year*10000 + 1231
	case entities.GrainMonth:
		return m.Year*10000 + m.Month*100 + entities.DaysIn(m.Year, m.Month)
	}
	return m.Year*10000 + m.Month*100 + m.Day
}

// notePeriod records the year of a period written with its year.
func (st *statState) notePeriod(dt *entities.Date) {
	if dt == nil || !dt.Resolved || dt.Relative {
		return
	}
	switch {
	case dt.Kind == entities.DatePoint && dt.Point != nil:
		st.absYear = dt.Point.Year
	case dt.Kind == entities.DatePeriod && dt.From != nil && dt.To != nil && dt.From.Year == dt.To.Year:
		st.absYear = dt.From.Year
	}
}

// statAnchor moves a month or a quarter that took its year from the
// publication date (第四季度, １２月) into the year of the article's
// periods (2024年年度报告 … 第四季度). It returns a new date or dt itself.
func (st *statState) statAnchor(dt *entities.Date) *entities.Date {
	if dt == nil || !dt.Relative || !dt.Resolved || st.absYear == 0 || strings.ContainsAny(dt.Text, "年今去明") {
		return dt
	}
	shift := func(m *entities.Moment, y int) *entities.Moment {
		out := *m
		out.Year += y
		if out.Grain == entities.GrainDay && out.Month == 2 && out.Day >= 28 {
			out.Day = entities.DaysIn(out.Year, 2)
		}
		return &out
	}
	out := *dt
	switch {
	case dt.Kind == entities.DatePoint && dt.Point != nil && dt.Point.Year != st.absYear:
		out.Point = shift(dt.Point, st.absYear-dt.Point.Year)
	case dt.Kind == entities.DatePeriod && dt.From != nil && dt.To != nil && dt.From.Year == dt.To.Year && dt.From.Year != st.absYear:
		y := st.absYear - dt.From.Year
		out.From, out.To = shift(dt.From, y), shift(dt.To, y)
	default:
		return dt
	}
	return &out
}

// statYear is the whole year of a period within one year (全年 after 一季度).
func statYear(dt *entities.Date, fallback int) *entities.Date {
	y := fallback
	switch {
	case dt != nil && dt.Kind == entities.DatePoint && dt.Point != nil:
		y = dt.Point.Year
	case dt != nil && dt.Kind == entities.DatePeriod && dt.From != nil && dt.To != nil && dt.From.Year == dt.To.Year:
		y = dt.From.Year
	}
	if y <= 0 {
		return nil
	}
	return &entities.Date{Kind: entities.DatePeriod, Resolved: true,
		From: &entities.Moment{Year: y, Month: 1, Day: 1, Grain: entities.GrainDay},
		To:   &entities.Moment{Year: y, Month: 12, Day: 31, Grain: entities.GrainDay}}
}

// leadEnd skips what opens a clause before its subject: spaces, brackets and
// quotes, dates and connectives.
func (st *statState) leadEnd(s, e int, ct []statTok) int {
	rs := st.d.runes
	k := st.tokSearch(ct, func(t *statTok) bool { return t.s >= s })
	for s < e {
		for k < len(ct) && ct[k].s < s {
			k++
		}
		if k < len(ct) && ct[k].s == s && ct[k].kind == tokDate {
			s = ct[k].e
			continue
		}
		r := rs[s]
		if unicode.IsSpace(r) || r == '(' || r == '（' || r == '、' {
			s++
			continue
		}
		if n := statLex.leads.match(rs, s, e); n > 0 {
			s += n
			continue
		}
		break
	}
	return s
}

// subjectIn reads the subject written in [s, e): the topic after the leading
// dates and connectives, without a leading 对 (我区对美国…), up to the first
// stop word or figure. It also returns a date written inside it and whether a
// stop word ended it.
func (st *statState) subjectIn(s, e int, ct []statTok) (string, *entities.Date, bool) {
	return st.subjectFrom(s, e, ct, false)
}

// subjectFrom is subjectIn; with skipVerbs, stop words before any subject
// text are passed over rather than ending it, for the words just before a
// metric (预计全年完成房地产开发|投资 → 房地产开发).
func (st *statState) subjectFrom(s, e int, ct []statTok, skipVerbs bool) (string, *entities.Date, bool) {
	if s >= e {
		return "", nil, false // nothing written between two figures
	}
	rs := st.d.runes
	s0 := s
	s = st.leadEnd(s, e, ct)
	// 对美国…, 我区对共建“一带一路”国家…, 我区与东盟…: the partner is the
	// subject.
	for i := s; i < e && i < s+8; i++ {
		if rs[i] == '对' && (i+1 >= e || !strings.ContainsRune("外于话接比应", rs[i+1])) &&
			(i == s || !strings.ContainsRune("针相绝面", rs[i-1])) {
			s = st.leadEnd(i+1, e, ct)
			break
		}
		if i == s+2 && strings.ContainsRune("我本全", rs[s]) && strings.ContainsRune("区国省市县州", rs[s+1]) &&
			(rs[i] == '与' || rs[i] == '同' && (i+1 >= e || !strings.ContainsRune("期比样时步等", rs[i+1]))) {
			s = st.leadEnd(i+1, e, ct)
			break
		}
	}
	// The subject is the runes written below: a slice of the text while
	// they are contiguous, else (a date skipped inside, a rune the text
	// holds as invalid UTF-8) built rune by rune.
	var b strings.Builder
	built := false
	ws, we := -1, -1 // the runes written, while not built
	write := func(a, z int, check bool) {
		if !built && check {
			for _, r := range rs[a:z] {
				if r == utf8.RuneError {
					built = true
				}
			}
			if built && ws >= 0 {
				for _, r := range rs[ws:we] {
					b.WriteRune(r)
				}
			}
		}
		if !built && ws >= 0 && a != we {
			built = true
			for _, r := range rs[ws:we] {
				b.WriteRune(r)
			}
		}
		if built {
			for _, r := range rs[a:z] {
				b.WriteRune(r)
			}
			return
		}
		if ws < 0 {
			ws = a
		}
		we = z
	}
	var date *entities.Date
	for j := st.tokSearch(ct, func(t *statTok) bool { return t.s >= s0 }); j < len(ct) && ct[j].s < s; j++ {
		if t := ct[j]; t.kind == tokDate && t.e <= s && st.r.Dates[t.i].Kind != entities.DateDuration {
			date = &st.r.Dates[t.i] // a date among the opening words
		}
	}
	cut := false
	k := st.tokSearch(ct, func(t *statTok) bool { return t.e > s })
	for i := s; i < e; {
		for k < len(ct) && ct[k].e <= i {
			k++
		}
		if k < len(ct) && ct[k].s <= i {
			if ct[k].kind != tokDate {
				break
			}
			if dt := &st.r.Dates[ct[k].i]; dt.Kind != entities.DateDuration {
				date = dt
			}
			i = ct[k].e
			continue
		}
		r := rs[i]
		if n := 0; statLex.keeps.may(r) {
			if n = statLex.keeps.match(rs, i, e); n > 0 {
				write(i, i+n, false)
				i += n
				continue
			}
		}
		if n := 0; statLex.stops.may(r) {
			if n = statLex.stops.match(rs, i, e); n > 0 {
				if skipVerbs && ws < 0 && b.Len() == 0 {
					i += n
					i = max(i, st.leadEnd(i, e, ct))
					continue
				}
				cut = true
				break
			}
		}
		if isArabic(r) || r == '%' || r == '％' || r == '，' || r == '(' || r == '（' {
			break
		}
		write(i, i+1, true)
		i++
	}
	subj := b.String()
	if !built && ws >= 0 {
		subj = st.d.str(ws, we)
	}
	subj = statTrimSubject(subj)
	if strings.HasPrefix(subj, "以") || strings.HasPrefix(subj, "左") {
		for _, w := range [...]string{"以上的", "以下的", "左右的", "以上", "以下", "左右"} {
			subj = strings.TrimPrefix(subj, w)
		}
	}
	// 全市全年…: a time word after the subject is not part of it.
	for srs := statLeadTail(subj); len(srs) > 2; {
		n := 0
		for k := max(0, len(srs)-6); k < len(srs)-1 && n == 0; k++ {
			if statLex.leads.match(srs, k, len(srs)) == len(srs)-k {
				n = len(srs) - k
			}
		}
		if n == 0 || n == len(srs) {
			break
		}
		srs = srs[:len(srs)-n]
		subj = string(srs)
	}
	if utf8.RuneCountInString(subj) < 2 && !strings.Contains(shortPartners, subj) {
		subj = "" // 年, 共: a stray word, not a subject
	}
	// An unpaired quote: the subject stops before it (南京“同创…) or starts
	// after it.
	if strings.IndexByte(subj, 0xe2) < 0 {
		// no quote mark: “ and ” start with this byte
	} else if o, c := strings.Count(subj, "“"), strings.Count(subj, "”"); o > c {
		subj = strings.TrimSpace(subj[:strings.LastIndex(subj, "“")])
	} else if c > o {
		subj = subj[strings.Index(subj, "”")+len("”"):]
	}
	if len(subj) > 30 && utf8.RuneCountInString(subj) > 30 {
		subj = ""
	}
	return subj, date, cut
}

// statTrimSubject is strings.TrimFunc(s, statSubjectTrim).
func statTrimSubject(s string) string {
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if !statSubjectTrim(r) {
			break
		}
		s = s[n:]
	}
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		if !statSubjectTrim(r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// statSubjectTrim tells the runes trimmed off both ends of a subject.
func statSubjectTrim(r rune) bool {
	switch r {
	case '、', '，', ',', '：', ':', '的', '之', '和', '及', '与':
		return true
	}
	return r < 0x3400 && unicode.IsSpace(r) // no space from there on
}

// statLeadTail gives the runes of a subject that may end with a lead word
// (全年), or nil when its last rune ends none.
func statLeadTail(subj string) []rune {
	r, _ := utf8.DecodeLastRuneInString(subj)
	if !statLex.leads.endsMay(r) {
		return nil
	}
	return []rune(subj)
}

// shortPartners are the one-character names of trade partners (对美出口).
const shortPartners = "美日英法德俄韩印澳欧港台"

// topicOf gives the topic of a clause with no figure and no metric when a
// predicate follows it (民营企业作为主力军 → 民营企业).
func (st *statState) topicOf(c [2]int, ct []statTok) string {
	// 记者从海关获悉，…: a reporting clause names no topic.
	if statReporting.match1(st.d.runes, c[0], c[1]) {
		return ""
	}
	subj, _, cut := st.subjectIn(c[0], c[1], ct)
	if !cut {
		return ""
	}
	return subj
}

// statTopic is the clause whose topic the next clause may take; the topic
// is read only when asked for.
type statTopic struct {
	c         [2]int
	ct        []statTok
	set, done bool
	text      string
}

// topic gives the topic of the clause tp holds, or "".
func (st *statState) topic(tp *statTopic) string {
	if !tp.set {
		return ""
	}
	if !tp.done {
		tp.text, tp.done = st.topicOf(tp.c, tp.ct), true
	}
	return tp.text
}

// statReporting are the reporting verbs (记者从海关获悉).
var statReporting = newWordSet([]string{"获悉", "了解到", "得知", "介绍", "表示", "显示", "透露", "指出", "报道"})

// match1 tells whether an entry starts anywhere in rs[s:e] and fits in it.
func (w *wordSet) match1(rs []rune, s, e int) bool {
	for i := s; i < e; i++ {
		if w.match(rs, i, e) > 0 {
			return true
		}
	}
	return false
}

// open starts a group at metric token t of clause c; last is the end of the
// previous token in the clause.
func (st *statState) open(c [2]int, ct []statTok, last int, t statTok, se int, topic *statTopic) *statGroup {
	rs := st.d.runes
	subj, date, cut := st.subjectFrom(last, t.s, ct, true)
	metric := st.d.str(t.s, t.e) // a lexicon word: the text holds it as decoded
	g := st.newGroup(c[0], t.e, "", metric, nil)
	if cut && subj != "" {
		if q := st.statQualifier(last, t.s, ct); q != "" {
			// 全省完成交通基础设施投资, 公司实现海外销售收入: with a
			// subject before the verb, its object qualifies the measure.
			g.metrics[0] = q + g.metrics[0]
		}
	}
	if n := statPhaseEnd(subj); n > 0 {
		// 产业园一期总投资: the phase belongs to the measure.
		g.metrics[0] = subj[len(subj)-n:] + g.metrics[0]
		subj = subj[:len(subj)-n]
	}
	// 分别 before the metric or in the rest of the sentence.
	g.fenbie = st.fenbie >= last
	if subj != "" && len(st.sentGroups) > 0 && statRegion(subj) == "" && (st.qizhong < 0 || st.qizhong >= t.s) {
		// 全市规上工业增加值增长4.6%，外贸进出口总额…: the region of the
		// sentence's first figure holds for the next, but not for the parts
		// after 其中.
		if r := statRegion(st.sentGroups[0].subjects[0]); r != "" {
			subj = r + subj
		}
	}
	if subj == "" {
		subj = st.topic(topic)
	}
	for i := len(st.sentGroups) - 1; i >= 0 && i >= len(st.sentGroups)-8 && subj == ""; i-- {
		// 全市共接待游客…，实现旅游收入…: the subject of a metric before it
		// in the sentence, even one still without a figure.
		subj = st.sentGroups[i].subjects[0]
	}
	if subj == "" {
		// 今年全县小麦种植面积…，单产同比提高3.4%: the region written earlier
		// in the sentence.
		for i := max(st.sentS, t.s-2*statReach); i+1 < t.s; i++ {
			if statRegionAt(rs, i) {
				subj = string(rs[i : i+2])
				break
			}
		}
	}
	if subj == "" {
		subj = st.prevSubject
	}
	g.subject1[0] = subj
	if g.fenbie {
		if items := st.listItems(subj); len(items) > 1 {
			g.subjects = items
		}
	}
	if date != nil {
		// A date written with the subject holds for the figures after it.
		if date.Kind == entities.DatePoint && date.Point != nil && date.Point.Grain == entities.GrainDay {
			st.dayPeriod = date
		} else {
			st.paraPeriod = date
		}
		st.notePeriod(date)
	}
	g.period = st.period(date)
	project := statLex.project[metric]
	if date == nil && project {
		g.period = nil // 总投资: a project's, over no period
	}
	// Only words are looked for in before: a slice of the text finds them
	// as the decoded runes would.
	before := st.d.str(max(c[0], t.s-statReach), t.s)
	if date == nil && !project && strings.Contains(before, "全年") {
		// 公司全年实现海外销售收入: the whole year of the period around it,
		// else a year already over when the text appeared, unless the figure
		// is a forecast (预计全年完成…).
		y := 0
		if st.d.hasRef {
			y = st.d.ref.Year() - 1
			for _, w := range [...]string{"预计", "力争", "目标", "计划", "有望", "将"} {
				if strings.Contains(before, w) {
					y++
					break
				}
			}
		}
		if st.absYear != 0 {
			y = st.absYear
		}
		if p := statYear(st.statAnchor(g.period), y); p != nil {
			g.period = p
		}
	}
	return g
}

// statQualifier reads the words between the last verb (a stop word) before a
// metric at e and the metric: 完成|交通基础设施|投资. It gives "" when a
// figure or a date comes between, or when they are too many to be a noun.
func (st *statState) statQualifier(s, e int, ct []statTok) string {
	rs := st.d.runes
	s = max(s, e-statReach)
	// The tokens that may overlap [s, e): ct is sorted by start and no
	// token is longer than st.tokMax.
	j := st.tokSearch(ct, func(t *statTok) bool { return t.s >= e })
	for k := j - 1; k >= 0 && ct[k].s+st.tokMax > s; k-- {
		if t := ct[k]; t.e > s && t.s < e && t.kind != tokMetric && t.kind != -1 {
			s = max(s, t.e)
		}
	}
	q := -1
	for i := s; i < e; {
		if statLex.keeps.may(rs[i]) {
			if n := statLex.keeps.match(rs, i, e); n > 0 {
				i += n
				continue
			}
		}
		if statLex.stops.may(rs[i]) {
			if n := statLex.stops.match(rs, i, e); n > 0 {
				i += n
				q = i
				continue
			}
		}
		i++
	}
	if q < 0 || e-q > 10 || e-q < 2 {
		return ""
	}
	for _, r := range rs[q:e] {
		if !unicode.Is(unicode.Han, r) {
			return ""
		}
	}
	return st.d.str(q, e) // Han runes: the text holds them as decoded
}

// statPhaseEnd gives the length in bytes of a phase of a project (一期,
// 二期, 首期) ending s, or 0.
func statPhaseEnd(s string) int {
	r1, n1 := utf8.DecodeLastRuneInString(s)
	if r1 != '期' {
		return 0
	}
	r0, n0 := utf8.DecodeLastRuneInString(s[:len(s)-n1])
	if n0 == 0 || !strings.ContainsRune("一二三四五首前后", r0) {
		return 0
	}
	return n0 + n1
}

// statRegion gives the region word opening s (全市, 全省, 我区, 本县), or "".
func statRegion(s string) string {
	rs := []rune(s)
	if statRegionAt(rs, 0) {
		return string(rs[:2])
	}
	return ""
}

// statRegionAt tells a region word at rs[i:].
func statRegionAt(rs []rune, i int) bool {
	if i+1 >= len(rs) {
		return false
	}
	switch rs[i] {
	case '全', '我', '本':
	default:
		return false
	}
	switch rs[i+1] {
	case '市', '省', '县', '区', '州', '国', '镇', '乡', '旗':
		return true
	}
	return false
}

// period picks a group's period: a date in its own clause, else the nearest
// period earlier in the sentence or paragraph, else the article's.
func (st *statState) period(own *entities.Date) *entities.Date {
	switch {
	case own != nil:
		return own
	case st.dayPeriod != nil:
		return st.dayPeriod
	case st.paraPeriod != nil:
		return st.paraPeriod
	}
	return st.artPeriod
}

// listItems splits 加纳、中亚、中东欧国家 and 美国和英国 into items; with no
// 、 or 和 it gives nil. The items are kept in a buffer of the sentence.
func (st *statState) listItems(s string) []string {
	if !strings.Contains(s, "、") && !strings.Contains(s, "和") {
		return nil
	}
	k := len(st.items)
	add := func(p string) {
		if p = strings.TrimSpace(p); p != "" {
			st.items = append(st.items, p)
		}
	}
	for {
		i := strings.Index(s, "、")
		if i < 0 {
			break
		}
		add(s[:i])
		s = s[i+len("、"):]
	}
	if i := strings.LastIndex(s, "和"); i >= 0 {
		add(s[:i])
		add(s[i+len("和"):])
	} else {
		add(s)
	}
	return st.items[k:len(st.items):len(st.items)]
}

// target returns the fact a figure goes to: the open group's, or, when the
// group is full or absent, a new group for the subject written before the
// figure with the metric of the previous fact (国有企业增长21.8%).
func (st *statState) target(gp **statGroup, c [2]int, ct []statTok, last int, t statTok, topic *statTopic, slot func(*statGroup) *statFact) *statFact {
	subj, date, _ := st.subjectIn(last, t.s, ct)
	if st.measureLike(subj) {
		// 价格为37元, 手续费每台1.3万元: the figure of another measure.
		st.foreign = true
		return nil
	}
	if st.foreign && onlyListGlue(st.d.runes[last:t.s]) {
		return nil
	}
	st.foreign = false
	g := *gp
	if g != nil {
		if f := slot(g); f != nil {
			if date != nil && len(g.facts) == 1 && !st.comparing(last, t.s) {
				// 双边贸易额1991年只有1400万美元: the date between metric and figure.
				f.st.Period = date
			}
			if subj != "" && date == nil && last == g.metricE && len(g.facts) == 1 && statLex.verbs[f.st.Metric] && !st.measureLike(subj) {
				// 我国出口机电产品3.9万亿元: the object of the verb is the subject.
				f.st.Subject = subj
			}
			return f
		}
		if date != nil && subj == "" && len(g.facts) == 1 && !st.comparing(last, t.s) {
			// …，1996年增至13.4亿美元: the same measure at another date.
			st.close(g)
			f0 := g.facts[0]
			*gp = st.newGroup(c[0], c[0], f0.st.Subject, f0.st.Metric, date)
			return slot(*gp)
		}
	}
	if g == nil && subj == "" && st.paraFacts > 0 && st.prevMetric != "" {
		// 其中，4月份实现390亿元: the measure of the fact before at another
		// date; …；环比增长0.5%: the same measure on another basis.
		var period *entities.Date
		switch {
		case date != nil && !st.comparing(last, t.s):
			period = date
		case date == nil && st.statBareBasis(st.leadEnd(max(last, c[0]), t.s, ct), t.s):
			period = st.prevPeriod
		}
		if period != nil {
			ng := st.newGroup(c[0], c[0], st.prevSubject, st.prevMetric, period)
			*gp = ng
			return slot(ng)
		}
	}
	metric := st.prevMetric
	if g != nil {
		metric = g.metrics[len(g.metrics)-1]
	} else if st.paraFacts == 0 {
		return nil
	}
	if subj == "" && g == nil {
		subj = st.topic(topic)
	}
	// 国有企业增长21.8%: the subject takes the metric before it, unless it
	// names a measure of its own (利税8000万元, 新开工面积1.4亿平方米).
	if subj == "" || metric == "" {
		return nil
	}
	st.close(g)
	ng := st.newGroup(c[0], c[0], subj, metric, nil)
	if ng.fenbie = st.fenbie >= last; ng.fenbie {
		if items := st.listItems(subj); len(items) > 1 {
			ng.subjects = items
		}
	}
	ng.period = st.period(date)
	*gp = ng
	return slot(ng)
}

// statVersusPast tells an amount set against an earlier period (较去年同期
// 亏损3.02亿元, 比上年增加1800万元): a base or a change, not a figure.
func (st *statState) statVersusPast(s, e int) bool {
	rs := st.d.runes
	for i := max(s, e-statReach); i < e-1; i++ {
		if rs[i] != '较' && rs[i] != '比' || i > 0 && (rs[i-1] == '环' || rs[i-1] == '同') {
			continue
		}
		if i+3 > e {
			continue // the word after 较 must be whole
		}
		for _, p := range statPast {
			if rs[i+1] == p[0] && rs[i+2] == p[1] {
				return true
			}
		}
	}
	return false
}

// statPast are the earlier periods a figure is set against.
var statPast = [...][2]rune{{'去', '年'}, {'上', '年'}, {'同', '期'}, {'上', '月'}, {'年', '初'}, {'上', '季'}, {'前', '年'}}

// statGoal tells a figure set as a goal (力争…突破10亿元, 预期目标为增长6%):
// no statistic yet.
func (st *statState) statGoal(e int) bool {
	// st.goals are where 力争, 目标 and 争取 start in the sentence, in
	// order: is one in [max(sentS, e-statReach), e-1)?
	k := sort.SearchInts(st.goals, max(st.sentS, e-statReach))
	return k < len(st.goals) && st.goals[k]+1 < e
}

// statBareBasis tells a figure introduced by its basis alone (环比增长).
func (st *statState) statBareBasis(s, e int) bool {
	rs := st.d.runes
	if e-s < 2 || e-s > 5 {
		return false
	}
	return rs[s+1] == '比' && (rs[s] == '环' || rs[s] == '同')
}

// comparing tells a comparison before a figure (比上年增加12527亿元): its
// date is the base, not the period of a new figure.
func (st *statState) comparing(s, e int) bool {
	rs := st.d.runes
	for i := max(s, e-statReach); i < e; i++ {
		if rs[i] == '较' || rs[i] == '比' && (i == 0 || rs[i-1] != '环' && rs[i-1] != '同') {
			return true
		}
	}
	return false
}

// measureLike tells a noun phrase that ends like a measure (消费额, 出厂价,
// 平均工资, 面积).
func (st *statState) measureLike(s string) bool {
	rs := []rune(s)
	for i := max(0, len(rs)-4); i < len(rs); i++ {
		if statLex.measures.match(rs, i, len(rs)) == len(rs)-i {
			return true
		}
	}
	return false
}

// otherBasis tells a growth figure on another basis than the one a single
// fact of the group already has.
func (st *statState) otherBasis(g *statGroup, p *entities.Percent) bool {
	if len(g.facts) != 1 || g.facts[0].growthPct < 0 || p.Basis == "" || p.Basis == entities.BasisNone {
		return false
	}
	b := st.r.Percents[g.facts[0].growthPct].Basis
	return b != "" && b != entities.BasisNone && b != p.Basis
}

// pctKind is the kind of percent token ct[ti]; a bare figure in a list after
// a growth figure (增长4408.8%、76.2%和16.4%) takes the kind of the list.
func (st *statState) pctKind(ct []statTok, ti int) entities.PercentKind {
	p := &st.r.Percents[ct[ti].i]
	if p.Kind != entities.KindRate && p.Kind != "" {
		return p.Kind
	}
	for j := ti - 1; j >= 0 && j >= ti-8; j-- {
		prev := ct[j]
		if prev.kind != tokPct || !onlyListGlue(st.d.runes[prev.e:ct[j+1].s]) {
			break
		}
		if q := &st.r.Percents[prev.i]; q.Kind != entities.KindRate && q.Kind != "" {
			return q.Kind
		}
	}
	return p.Kind
}

// maskShares drops the metric words inside 占…的 before a share figure:
// 占全区进出口总值的89.2% names the whole, not the fact's metric.
func (st *statState) maskShares(c [2]int, ct []statTok) {
	for ti, t := range ct {
		if t.kind != tokPct || st.r.Percents[t.i].Kind != entities.KindShare {
			continue
		}
		z := st.zhan(c[0], t.s)
		if z < 0 {
			continue
		}
		for j := ti - 1; j >= 0 && ct[j].s > z; j-- {
			if ct[j].kind == tokMetric {
				ct[j].kind = -1
			}
		}
	}
}

// zhan finds the 占 of a share figure at s in a clause starting at cs.
func (st *statState) zhan(cs, s int) int {
	rs := st.d.runes
	for i := s - 1; i >= cs && i >= s-statReach; i-- {
		if rs[i] == '占' {
			return i
		}
	}
	return -1
}

// share joins a share figure to the open group, or to the paragraph's fact
// of the subject written before 占.
func (st *statState) share(gp **statGroup, c [2]int, ct []statTok, last int, t statTok) {
	p := st.r.Percents[t.i]
	z := st.zhan(c[0], t.s)
	subj := ""
	if z >= last {
		subj, _, _ = st.subjectIn(last, z, ct)
	}
	if g := *gp; g != nil && (subj == "" || subj == g.subjects[0]) {
		if f := g.slot(&g.nShare, func(f *statFact) bool { return f.st.Share != "" }); f != nil {
			f.st.Share = p.Value
			f.e = max(f.e, c[1])
		}
		return
	}
	if subj == "" {
		return
	}
	for i := len(st.out) - 1; i >= st.paraFirst && i >= len(st.out)-statReach; i-- {
		if st.out[i].Subject == subj {
			if st.out[i].Share == "" {
				st.out[i].Share = p.Value
			}
			return
		}
	}
	// 高新技术产品占出口总值的30%: the metric is the whole it is a share of.
	if z < 0 {
		return
	}
	n := 0
	for i := z + 1; i < t.s; i++ {
		if n = statLex.metrics.match(st.d.runes, i, t.s); n > 0 {
			st.close(*gp)
			g := st.newGroup(c[0], c[0], subj, st.d.str(i, i+n), st.period(nil))
			g.ensure()
			g.facts[0].st.Share = p.Value
			g.facts[0].e = c[1]
			g.nShare = 1
			*gp = g
			return
		}
	}
}

// comparison reads 较全国增速高出5.6个百分点: against 全国, +5.6 points. A
// change over time (比重较去年同期提升2.7个百分点) is no comparison: nil.
func (st *statState) comparison(c [2]int, t statTok, p *entities.Percent) *entities.Comparison {
	rs := st.d.runes
	cmp := &entities.Comparison{Difference: p.Value, Unit: p.Unit}
	cs := max(c[0], t.s-statReach)
	from := -1
	for i := t.s - 1; i >= cs; i-- {
		r := rs[i]
		if (r == '较' || r == '比') && (i+1 >= t.s || !strings.ContainsRune("重例较", rs[i+1])) && (i == cs || rs[i-1] != '比') ||
			r == '于' && i > cs && strings.ContainsRune("高低快慢", rs[i-1]) {
			from = i + 1
			break
		}
	}
	if from < 0 {
		return nil
	}
	end := from
	for end < t.s && !strings.ContainsRune("增高低快慢多少平水同上下提回", rs[end]) {
		end++
	}
	cmp.Against = string(rs[from:end])
	if cmp.Against == "" {
		return nil
	}
	for _, w := range [...]string{"去年", "上年", "前年", "上月", "上季", "年初", "同期", "上半年"} {
		if strings.HasPrefix(cmp.Against, w) {
			return nil
		}
	}
	if strings.ContainsAny(cmp.Against, "0123456789０１２３４５６７８９年月季") {
		return nil // 比1-2月提高0.8个百分点: a change since an earlier period
	}
	for i := cs; i < t.s; i++ {
		switch rs[i] {
		case '低', '慢', '少', '降':
			cmp.Difference = p.Value.Neg()
		}
	}
	return cmp
}

// close emits the facts of a group that got a figure.
func (st *statState) close(g *statGroup) {
	if g == nil {
		return
	}
	st.sentGroups = append(st.sentGroups, g)
	for _, f := range g.facts {
		if !f.hasNumbers() {
			continue
		}
		st.paraFacts++
		if f.st.Subject != "" {
			st.prevSubject = f.st.Subject
		}
		st.prevMetric, st.prevPeriod = f.st.Metric, f.st.Period
	}
}

// flush emits the facts of the sentence's groups that got a figure.
func (st *statState) flush() {
	for _, g := range st.sentGroups {
		st.emit(g)
	}
	st.sentGroups = st.sentGroups[:0]
}

func (st *statState) emit(g *statGroup) {
	for _, f := range g.facts {
		if !f.hasNumbers() {
			continue
		}
		s := f.st
		if s.Growth != "" {
			s.Basis = st.basis(f)
			if s.Basis == entities.BasisYoY {
				st.artBasis = s.Basis
			}
		}
		if s.Period != nil {
			// A copy: the Result's dates are sorted after this runs.
			p := *st.statAnchor(s.Period)
			if strings.Contains(s.Metric, "余额") {
				p = st.statBalance(p)
			}
			// Kept in a pooled buffer: result copies it. A pointer into
			// an array the buffer outgrew stays good, as nothing writes
			// there again.
			st.periodBuf = append(st.periodBuf, p)
			s.Period = &st.periodBuf[len(st.periodBuf)-1]
		}
		s.Subject = st.statCompany(s.Subject, f.s)
		s.Span = st.d.span(f.s, max(f.e, f.s))
		st.out = append(st.out, s)
	}
}

// statBalance gives a balance at the end of a month or a year (截至12月末,
// 2024年末 … 贷款余额) the last day of it, a point in time.
func (st *statState) statBalance(p entities.Date) entities.Date {
	rs := st.d.runes
	if p.Kind != entities.DatePoint || p.Point == nil || p.RuneEnd <= 0 || p.RuneEnd >= len(rs) {
		return p
	}
	e := p.RuneEnd
	if rs[e] == '份' && e+1 < len(rs) {
		e++
	}
	if rs[e] != '末' && rs[e] != '底' {
		return p
	}
	m := *p.Point
	switch m.Grain {
	case entities.GrainYear:
		m.Month, m.Day = 12, 31
	case entities.GrainMonth:
		m.Day = entities.DaysIn(m.Year, m.Month)
	default:
		return p
	}
	m.Grain = entities.GrainDay
	p.Point = &m
	return p
}

// statCompanyWords refer to the company of the article.
var statCompanyWords = [...]string{"该公司", "本公司", "公司", "该集团", "本集团", "集团"}

// statCompany puts the name of the company the article is about (the last
// company named before the fact, or the short name it was given) for 公司,
// 该公司, 集团 at the head of a subject.
func (st *statState) statCompany(subj string, pos int) string {
	w := ""
	for _, c := range statCompanyWords {
		if strings.HasPrefix(subj, c) {
			w = c
			break
		}
	}
	if w == "" {
		return subj
	}
	if r, _ := utf8.DecodeRuneInString(subj[len(w):]); strings.ContainsRune("债类制化型股客团", r) {
		return subj // 公司债, 公司制, 集团化: a kind, not the company
	}
	k := sort.Search(len(st.orgs), func(j int) bool { return st.r.Organizations[st.orgs[j]].RuneEnd > pos }) - 1
	if k < 0 {
		return subj
	}
	o := st.r.Organizations[st.orgs[k]]
	if o.RuneStart < st.artStart {
		return subj
	}
	name := o.Name // a short form (Full set) is the name the text uses
	if short := st.statShortName(o.RuneEnd); short != "" {
		name = short
	}
	return name
}

// statShortName reads （以下简称“华能”） after a name.
func (st *statState) statShortName(e int) string {
	rs := st.d.runes
	if e >= len(rs) || rs[e] != '(' && rs[e] != '（' {
		return ""
	}
	i := e + 1
	text := string(rs[i:min(len(rs), i+24)])
	text = strings.TrimPrefix(text, "以下")
	if !strings.HasPrefix(text, "简称") {
		return ""
	}
	text = strings.TrimPrefix(strings.TrimPrefix(text, "简称"), "：")
	text = strings.TrimLeft(text, "“\"「")
	end := strings.IndexAny(text, "”\"」）)")
	if end <= 0 {
		return ""
	}
	return text[:end]
}

// distribute pairs the growth figures listed after 分别 in a clause with the
// facts of as many metrics named before it in the sentence, each in its own
// clause (接待游客156.3万人次，实现旅游收入9.8亿元，分别增长23.5%和31.2%).
// It returns nil when they do not pair.
func (st *statState) distribute(g *statGroup, ct []statTok, ti int) []*statFact {
	n := 0
	for j := ti; j < len(ct); j++ {
		if ct[j].kind == tokPct {
			if k := st.pctKind(ct, j); k == entities.KindGrowth || k == entities.KindDecline {
				n++
			}
		}
	}
	if n < 2 {
		return nil
	}
	groups := st.sentGroups
	if g != nil {
		groups = append(groups[:len(groups):len(groups)], g)
	}
	var out []*statFact
	for i := len(groups) - 1; i >= 0 && len(out) < n; i-- {
		gi := groups[i]
		if len(gi.subjects) != 1 || len(gi.metrics) != 1 {
			return nil
		}
		gi.ensure()
		if gi.facts[0].st.Growth != "" {
			return nil
		}
		out = append(out, gi.facts[0])
	}
	if len(out) != n {
		return nil
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	for _, f := range out {
		if !f.hasNumbers() {
			st.paraFacts++
		}
	}
	return out
}

// basis is the growth figure's basis, else one written in its clause
// (比上年增长), else the basis of the article's statistics so far.
func (st *statState) basis(f *statFact) entities.Basis {
	if f.growthPct < 0 {
		return ""
	}
	p := &st.r.Percents[f.growthPct]
	// The last word of each basis before the figure: 环比, 上月; 同比,
	// 上年, 去年, 同期.
	rs := st.d.runes
	mom, yoy := -1, -1
	for i := p.RuneStart - 2; i >= max(f.clauseS, p.RuneStart-statReach) && (mom < 0 || yoy < 0); i-- {
		switch a, b := rs[i], rs[i+1]; {
		case mom < 0 && (a == '环' && b == '比' || a == '上' && b == '月'):
			mom = i
		case yoy < 0 && (a == '同' && (b == '比' || b == '期') || (a == '上' || a == '去') && b == '年'):
			yoy = i
		}
	}
	switch {
	case mom > yoy:
		return entities.BasisMoM
	case yoy > mom:
		return entities.BasisYoY
	case p.Basis == entities.BasisYoY:
		return p.Basis
	}
	// A month-on-month figure says so in its clause; with no word of its
	// own a figure takes the basis of the article's statistics.
	if st.artBasis != "" {
		return st.artBasis
	}
	if p.Basis == entities.BasisMoM {
		return p.Basis
	}
	// A growth over a period with no basis written is year on year (一季度
	// …增长5.2%), unless it is set against something else (比2015年增长).
	if f.st.Period != nil && f.st.Period.Kind != entities.DateDuration && !st.comparing(max(f.clauseS, p.RuneStart-statReach), p.RuneStart) {
		return entities.BasisYoY
	}
	return entities.BasisNone
}
