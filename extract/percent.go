package extract

import (
	"fmt"
	"math/big"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/zhfacts/zhfacts/entities"
	"github.com/zhfacts/zhfacts/patterns"
)

// Percentages: 23.9%, ２３．９％, 百分之二十三点九, 百分之10, and percentage
// points: 5.6个百分点, 两个百分点. Per mille figures are given in percent:
// 千分之五 and 5‰ are Value 0.5 with Unit percent; 万分之三 is 0.03.
// Ranges (5-10%, 5%～10%, 2至3个百分点) set Min and Max; Value is Min.
//
// The span is the figure with its sign or unit words (23.9%, 百分之十,
// 5.6个百分点); qualifiers stay outside it, as for money (超过85% has the span
// 85% and Qualifier "超过").
//
// Kind is read from the clause before the figure (back to the last ，；。 or
// line break, at most percentCueReach runes): the cue word nearest to the
// figure decides (see percentCues). 增长 and the like give growth, 下降 and
// the like decline (the value stays positive), 占, 占比, 比重, 份额 share,
// a word ending in 率 rate, 高出, 高于, 低于 difference. A point figure after
// 提高, 提升, 加快 or 放缓 is a difference as well. A growth or decline verb
// followed by 至 or 到, or a figure after 至 or 到, names a level (攀升至85%,
// 下降0.5个百分点至5.2%), so the search goes on past the verb (占比逐年攀升至85%
// is a share); nouns that name a rate of change keep their kind (增幅回落至3%
// is growth). One-character verbs (增, 降, 涨, 跌, 高, 低) count only right
// before the figure or the list of figures it ends (暴跌约62%、53%). A figure
// without a cue is a rate, or a difference when it is in points. 成 (三成) is
// not read: as a percentage it is rare next to its other uses.
//
// Basis applies to growth and decline figures (and to a difference whose
// own clause says 同比 or 环比); every other figure has none. It is, in order:
// the 同比-like (yoy) or 环比-like (mom) word in the figure's own clause;
// none when the clause compares with another time (比2020年增长, 较上周末)
// or gives a yearly average (年均增长); the nearest basis word before the figure in
// the same paragraph; else the document's own default, yoy when it states only
// yoy words, mom when only mom words, and with both the nearest basis word
// before the figure anywhere in the document. So a trade release that says
// 同比 once in its lead reads yoy in every later paragraph.

var (
	percentOnce  sync.Once
	percentRules []patterns.Rule
	percentSign  int // index of the rule percentFast stands for
	percentPoint int // index of the rule that reads 5.6个百分点
	percentErr   error
)

func loadPercents() error {
	percentOnce.Do(func() {
		// The readers share money's numeral and currency runes (rangeBefore).
		if err := loadMoney(); err != nil {
			percentErr = err
			return
		}
		rules, err := patterns.Rules("percent")
		if err != nil {
			percentErr = err
			return
		}
		percentSign = -1
		for i, r := range rules {
			if r.Name == "sign" {
				percentSign = i
			}
		}
		percentPoint = -1
		for i, r := range rules {
			if r.Name == "point" {
				percentPoint = i
			}
		}
		if percentSign < 0 || percentPoint < 0 {
			percentErr = fmt.Errorf("extract: percent rules: no rule named sign or point")
			return
		}
		percentRules = rules
	})
	return percentErr
}

// percentFast reads 23.9%, -3.2%, ２３．９％, 5‰: a window that is exactly an
// Arabic numeral and a percent sign.
func percentFast(seg []rune, gs *groupSlab) (int, []patterns.Group, bool) {
	s := 0
	if len(seg) > 0 && (seg[0] == '-' || seg[0] == '−') {
		s = 1
	}
	n := arabicEnd(seg[s:])
	if n == 0 {
		return 0, nil, false
	}
	k := s + n
	if k < len(seg) && seg[k] == ' ' {
		k++
	}
	if k+1 != len(seg) || (seg[k] != '%' && seg[k] != '％' && seg[k] != '‰') {
		return 0, nil, false
	}
	return percentSign, gs.pair(patterns.Group{Name: "num", Start: 0, End: s + n}, patterns.Group{Name: "unit", Start: k, End: k + 1}), true
}

const (
	percentBefore   = 32
	percentAfter    = 24
	percentCueReach = 40
)

// inPercent reports whether r can be part of a percentage.
func inPercent(r rune) bool {
	if isMoneyNumeral(r) || isDot(r) || isRangeSep(r) {
		return true
	}
	switch r {
	case '·', ',', ' ', '%', '％', '‰', '个', '分', '之', '○', '−':
		return true
	}
	return false
}

// percentAnchor reports whether rune i is a percent sign with a digit before
// it, or the 分 of 百分之, 千分之, 万分之, 百分点.
func percentAnchor(runes []rune, i int) bool {
	switch runes[i] {
	case '%', '％', '‰':
		return numeralNear(runes, i, -1, 2)
	case '分':
		if i == 0 {
			return false
		}
		switch runes[i-1] {
		case '百', '千', '万':
			return i+1 < len(runes) && (runes[i+1] == '之' || runes[i+1] == '点')
		}
	}
	return false
}

func extractPercents(d *doc) []entities.Percent { return extractPercentsInto(d, nil, 1) }

// extractPercentsInto appends the percentages of d to dst; when dst must
// grow, it grows for room times the percentages of d (see grow).
func extractPercentsInto(d *doc, dst []entities.Percent, room float64) []entities.Percent {
	if percentRules == nil {
		return dst
	}
	sc := newCandScratch()
	defer sc.release()
	ctx := &basisContext{d: d, breaks: sc.breaks[:0], marks: sc.marks[:0]}
	defer func() { sc.breaks, sc.marks = ctx.breaks[:0], ctx.marks[:0] }()
	anchors := ctx.scan(sc.anchors[:0])
	sc.anchors = anchors
	if len(anchors) == 0 {
		return dst
	}
	read := func(c *candidate, p *entities.Percent) bool { return readPercent(d, c, ctx, p) }
	from := len(dst)
	if useFastPath {
		var ok bool
		if dst, ok = readDirect(d, sc, anchors, dst, room, percentLocal, read); ok {
			return dst
		}
	}
	cands := candidatesAt(d, sc, anchors, percentLocal, inPercent, percentBefore, percentAfter, percentRules, percentFast)
	out := grow(dst[:from], len(cands), room)
	return pickInto(out, cands, read, func(p *entities.Percent) int { return p.Start })
}

// percentLocal is the fast path of one anchor: a percent sign at rune i with
// an Arabic numeral right before it (23.9%, ２３．９％) and no range or sign
// around that a rule could read otherwise. It writes to c what rule sign
// would give and reports true; anything else goes to the windows and the
// rules.
func percentLocal(d *doc, i int, gs *groupSlab, c *candidate) bool {
	runes := d.runes
	anchor := i
	var unitStart int
	switch runes[i] {
	case '%', '％', '‰':
		if i+1 < len(runes) && isRangeSep(runes[i+1]) {
			return false // 5%-10%
		}
		unitStart = i
		if unitStart > 0 && runes[unitStart-1] == ' ' {
			unitStart--
		}
	case '分': // 5.6个百分点
		if i < 2 || runes[i-1] != '百' || i+1 >= len(runes) || runes[i+1] != '点' {
			return false
		}
		unitStart = i - 1
		if runes[unitStart-1] == '个' {
			unitStart--
		}
		i++ // the match ends after 点
	default:
		return false
	}
	// The numeral must lie within the rules' window around the anchor,
	// percentBefore runes back; one longer is cut there, and no mention.
	s := unitStart
	dots, plain := 0, true // plain: ASCII digits and full stops only
	for s > 0 && anchor-s < percentBefore {
		r := runes[s-1]
		if r >= '0' && r <= '9' {
			s--
			continue
		}
		if !isArabic(r) && !isDot(r) && r != '·' && r != ',' {
			break
		}
		if r == '.' {
			dots++
		} else {
			plain = false
		}
		s--
	}
	if s > 0 {
		l := runes[s-1]
		if isMoneyNumeral(l) || isDot(numeralRune(l)) || l == ',' || l == ' ' || l == '−' || l == '-' || isRangeSep(l) && rangeBefore(runes, s) {
			return false
		}
	}
	var ri int
	var groups []patterns.Group
	if runes[i] == '点' {
		n := arabicEnd(runes[s:unitStart])
		if n == 0 || s+n != unitStart {
			return false
		}
		ri = percentPoint
		groups = gs.pair(patterns.Group{Name: "num", Start: 0, End: n}, patterns.Group{Name: "unit", Start: n, End: i + 1 - s})
	} else if plain && dots <= 1 && s < unitStart && percentDigit(runes[s]) && percentDigit(runes[unitStart-1]) {
		// 23.9%: the whole run is the numeral, as percentFast would find.
		ri = percentSign
		groups = gs.pair(patterns.Group{Name: "num", Start: 0, End: unitStart - s}, patterns.Group{Name: "unit", Start: i - s, End: i + 1 - s})
	} else {
		var ok bool
		if ri, groups, ok = percentFast(runes[s:i+1], gs); !ok {
			return false
		}
	}
	*c = candidate{start: s, end: i + 1, rule: ri, m: patterns.Match{End: i + 1 - s, Groups: groups}, base: s}
	return true
}

// percentDigit reports whether r is an ASCII digit.
func percentDigit(r rune) bool { return r >= '0' && r <= '9' }

// readPercent fills every field of p from the candidate (p may hold an
// earlier item on entry), or reports false, leaving p partly written.
func readPercent(d *doc, c *candidate, ctx *basisContext, p *entities.Percent) bool {
	// What c.group gives for each name.
	none := groupSpan{s: c.base, e: c.base}
	num, num2, unitG := none, none, none
	if g := c.m.Groups; len(g) == 2 && g[0].Name == "num" && g[1].Name == "unit" && g[0].Start >= 0 && g[1].Start >= 0 {
		// The groups of the fast paths (percentLocal, percentFast).
		num = groupSpan{g[0].Start + c.base, g[0].End + c.base, true}
		unitG = groupSpan{g[1].Start + c.base, g[1].End + c.base, true}
	} else {
		num, num2, unitG = percentGroups(c, none)
	}
	ns, ne := num.s, num.e
	last := ne
	if num2.ok {
		last = num2.e
	}
	if ne-ns > maxNumeral || last-c.start > maxNumeral {
		return false
	}
	us, ue := unitG.s, unitG.e
	unit := d.str(us, ue)
	exp := 0
	switch unit {
	case "‰", "千分之":
		exp = -1
	case "万分之":
		exp = -2
	}
	p.Unit = entities.UnitPercent
	if strings.HasSuffix(unit, "百分点") {
		p.Unit = entities.UnitPoint
	}
	if num := d.str(ns, ne); exp == 0 && (num != "" && num == ctx.plain || plainDecimal(num)) {
		p.Value = entities.Decimal(num) // 23.9: the text is the value
		ctx.plain = num
	} else {
		v, ok := percentValue(d.runes[ns:ne], exp)
		if !ok {
			return false
		}
		p.Value = v
	}
	if s2, e2, ok := num2.get(); ok {
		hi, ok := percentValue(d.runes[s2:e2], exp)
		if !ok || p.Value.Rat().Cmp(hi.Rat()) > 0 {
			return false
		}
		p.Min, p.Max = p.Value, hi
	} else {
		p.Min, p.Max = "", ""
	}
	p.Qualifier = ""
	if pre, post := qualifierAround(d, c.start, c.end); pre != "" || post != "" {
		p.Qualifier = joinQualifier(pre, post)
	}
	p.Approximate = p.Qualifier != ""
	p.Span = d.span(c.start, c.end)
	p.Kind, p.Basis = percentKind(d, c.start, c.end, p.Unit, ctx)
	p.Rule = percentRules[c.rule].Name
	return true
}

// percentGroups reads the num, num2 and unit groups of a candidate, in
// document runes, in one pass over its groups; none for a group that took
// no part.
func percentGroups(c *candidate, none groupSpan) (num, num2, unit groupSpan) {
	num, num2, unit = none, none, none
	for _, x := range c.m.Groups {
		var g *groupSpan
		switch x.Name {
		case "num":
			g = &num
		case "num2":
			g = &num2
		case "unit":
			g = &unit
		default:
			continue
		}
		if x.Start >= 0 && !g.ok {
			*g = groupSpan{x.Start + c.base, x.End + c.base, true}
		}
	}
	return num, num2, unit
}

// percentValue renders the numeral of a percentage times 10^exp; Arabic
// numerals take the fast path.
func percentValue(s []rune, exp int) (entities.Decimal, bool) {
	neg := len(s) > 0 && (s[0] == '-' || s[0] == '−')
	if neg {
		if v, ok := arabicDecimal(s[1:], exp); ok {
			return v.Neg(), true
		}
	} else if v, ok := arabicDecimal(s, exp); ok {
		return v, true
	}
	v, ok := percentNumber(s)
	if !ok {
		return "", false
	}
	if exp < 0 {
		v.Quo(v, new(big.Rat).SetInt64(pow10(-exp)))
	}
	return entities.DecimalFromRat(v), true
}

func pow10(n int) int64 {
	p := int64(1)
	for ; n > 0; n-- {
		p *= 10
	}
	return p
}

// percentNumber reads the numeral of a percentage; 百分之百 is 100, and a
// leading minus sign is kept.
func percentNumber(s []rune) (*big.Rat, bool) {
	if len(s) == 1 && (s[0] == '百' || s[0] == '佰') {
		return big.NewRat(100, 1), true
	}
	neg := false
	if len(s) > 0 && (s[0] == '-' || s[0] == '−') {
		neg, s = true, s[1:]
	}
	v, ok := parseNumber(stripApprox(s))
	if ok && neg {
		v.Neg(v)
	}
	return v, ok
}

// cueKind is what a cue word says about the figure after it.
type cueKind uint8

const (
	cueNone cueKind = iota // a word to step over whole (增加值 is no 增加)
	cueGrowth
	cueDecline
	cueShare
	cueRate
	cueDiff
	cuePointDiff        // growth for a percent, difference for points: 提高, 加快
	cueAdjacent  = 0x80 // flag: a one-character verb that counts only right before the figure
	cueNoun      = 0x40 // flag: a noun naming a rate of change (增速), which a level keeps
)

// percentCues maps cue words to what they say. Longer words win over the
// shorter ones they end with (增长率 over 率, 占有率 over 率).
var percentCues = map[string]cueKind{
	"增长": cueGrowth, "增加": cueGrowth, "上升": cueGrowth, "上涨": cueGrowth,
	"增速": cueGrowth | cueNoun, "增幅": cueGrowth | cueNoun, "涨幅": cueGrowth | cueNoun, "增长率": cueGrowth | cueNoun,
	"攀升": cueGrowth, "扩大": cueGrowth, "回升": cueGrowth, "跃升": cueGrowth,
	"激增": cueGrowth, "猛增": cueGrowth, "大增": cueGrowth, "新增": cueGrowth,
	"涨": cueGrowth | cueAdjacent, "增": cueGrowth | cueAdjacent, "升": cueGrowth | cueAdjacent,
	"提高": cuePointDiff, "提升": cuePointDiff, "加快": cuePointDiff,
	"下降": cueDecline, "减少": cueDecline, "回落": cueDecline, "下跌": cueDecline,
	"降低": cueDecline, "缩小": cueDecline, "下滑": cueDecline, "降幅": cueDecline | cueNoun,
	"跌幅": cueDecline | cueNoun, "减幅": cueDecline | cueNoun, "萎缩": cueDecline, "收窄": cueDecline,
	"缩减": cueDecline, "下调": cueDecline, "走低": cueDecline, "放缓": cueDecline,
	"降": cueDecline | cueAdjacent, "减": cueDecline | cueAdjacent, "跌": cueDecline | cueAdjacent,
	"升幅": cueGrowth | cueNoun, "同比": cueGrowth | cueNoun, "环比": cueGrowth | cueNoun,
	"下落": cueDecline, "上扬": cueGrowth, "上浮": cueGrowth, "上调": cueGrowth, "升值": cueGrowth, "暴涨": cueGrowth,
	"大涨": cueGrowth, "下浮": cueDecline, "贬值": cueDecline, "下挫": cueDecline, "跳水": cueDecline,
	"缩水": cueDecline, "暴跌": cueDecline, "大跌": cueDecline, "跌去": cueDecline,
	"占": cueShare, "占比": cueShare, "比重": cueShare, "份额": cueShare, "占有率": cueShare,
	"率":  cueRate,
	"高出": cueDiff, "高于": cueDiff, "低于": cueDiff, "低出": cueDiff, "快于": cueDiff,
	"慢于": cueDiff, "超出": cueDiff, "多出": cueDiff, "相差": cueDiff,
	"高": cueDiff | cueAdjacent, "低": cueDiff | cueAdjacent, "高达": cueNone,
	"增加值": cueNone, "增值": cueNone, "降水": cueNone, "升级": cueNone, "减税": cueNone,
	"降费": cueNone, "增产": cueGrowth, "增收": cueGrowth, "减产": cueDecline, "减收": cueDecline,
}

const maxCueLen = 3

// cueEnds holds the last rune of every cue word, so that the search tries
// the table only where a cue may end.
var cueEnds = func() *runeSet {
	var b strings.Builder
	for w := range percentCues {
		r := []rune(w)
		b.WriteRune(r[len(r)-1])
	}
	return newRuneSet(b.String())
}()

// isClauseBreak reports whether r ends a clause for the cue search.
func isClauseBreak(r rune) bool {
	switch r {
	case '，', ',', '；', ';', '。', '！', '？', '!', '?', '\n', '\r':
		return true
	}
	return false
}

// percentKind reads the kind and basis of the figure starting at rune p.
func percentKind(d *doc, p, end int, unit entities.PercentUnit, ctx *basisContext) (entities.PercentKind, entities.Basis) {
	lo := max(p-percentCueReach, 0)
	clause := p
	kind := percentKindAfter(d, end)
	j := p // where the search for a cue starts
	switch k := ctx.lastMark(p); {
	case k < 0:
		// Neither a clause break nor the end of a cue within reach: no
		// cue, so the kind is the one read after the figure or the default.
		clause, j = lo, lo
		if kind == "" {
			if unit == entities.UnitPoint {
				return entities.KindDifference, ctx.written(clause, p)
			}
			return entities.KindRate, entities.BasisNone
		}
	case isClauseBreak(d.runes[k]):
		clause, j = k+1, k+1
	default:
		for clause > lo && !isClauseBreak(d.runes[clause-1]) {
			clause--
		}
	}
	level := levelBefore(d, clause, p)
	for j > clause && kind == "" {
		if !cueEnds.has(d.runes[j-1]) {
			j--
			continue
		}
		found, n := cueKind(0), 0
		for l := min(maxCueLen, j-clause); l >= 1; l-- {
			if k, ok := percentCues[d.str(j-l, j)]; ok {
				found, n = k, l
				break
			}
		}
		if n == 0 {
			j--
			continue
		}
		base := found &^ (cueAdjacent | cueNoun)
		if found&cueAdjacent != 0 && !transparentGap(d, j, p) {
			j -= n
			continue
		}
		verb := found&cueNoun == 0 && (base == cueGrowth || base == cueDecline || base == cuePointDiff)
		if verb && (level || isLevelMark(d, j, p)) {
			j -= n // 攀升至85%, 下降0.5个百分点至5.2%: a level, not a change
			continue
		}
		switch base {
		case cueGrowth:
			kind = entities.KindGrowth
		case cueDecline:
			kind = entities.KindDecline
		case cueShare:
			kind = entities.KindShare
		case cueRate:
			kind = entities.KindRate
		case cueDiff:
			kind = entities.KindDifference
		case cuePointDiff:
			kind = entities.KindGrowth
			if unit == entities.UnitPoint {
				kind = entities.KindDifference
			}
		}
		j -= n
	}
	if kind == "" {
		kind = entities.KindRate
		if unit == entities.UnitPoint {
			kind = entities.KindDifference
		}
	}
	if unit == entities.UnitPoint && (kind == entities.KindGrowth || kind == entities.KindDecline) && percentComparison(d, clause, p) {
		kind = entities.KindDifference // 降幅比1-2月收窄1.5个百分点
	}
	switch kind {
	case entities.KindGrowth, entities.KindDecline:
		if unit == entities.UnitPoint && percentPulls(d, clause, p) {
			return kind, ctx.written(clause, p) // 拉动增长2.2个百分点: a contribution
		}
		return kind, ctx.basis(clause, p)
	case entities.KindDifference:
		return kind, ctx.written(clause, p)
	}
	return kind, entities.BasisNone
}

// percentMarks holds the runes that end a clause (isClauseBreak) and the
// last runes of the cue words (cueEnds), the marks of lastMark: one test
// per rune.
var percentMarks = func() *runeSet {
	s := *cueEnds
	for _, r := range "，,；;。！？!?\n\r" {
		s.add(r)
	}
	return &s
}()

// lastMark returns the index of the last rune in [p-percentCueReach, p)
// that ends a clause or may end a cue word, or -1. The figures of a text
// come in order, mostly, so it remembers the answer for the last one and
// reads only the runes after it: a run of figures costs a pass over it and
// not percentCueReach runes for each.
func (b *basisContext) lastMark(p int) int {
	runes := b.d.runes
	lo := max(p-percentCueReach, 0)
	stop := lo
	memo := b.markAt > 0 && b.markAt <= p && b.markAt > lo
	if memo {
		stop = b.markAt
	}
	k := p - 1
	for marks := percentMarks; k >= stop && !marks.has(runes[k]); {
		k--
	}
	if k < stop {
		k = -1
		if memo && b.mark >= lo {
			k = b.mark // the last mark before markAt, and none after it
		}
	}
	b.markAt, b.mark = p, k
	return k
}

// percentPulls reports whether the clause [clause, p) gives a contribution
// to growth (拉动, 贡献).
func percentPulls(d *doc, clause, p int) bool {
	for i := clause; i+1 < p; i++ {
		if r, n := d.runes[i], d.runes[i+1]; r == '拉' && n == '动' || r == '贡' && n == '献' {
			return true
		}
	}
	return false
}

// percentKindAfter reads a change named right after the figure:
// 达到30%的增长, 5%的降幅.
func percentKindAfter(d *doc, end int) entities.PercentKind {
	if end+3 > len(d.runes) || d.runes[end] != '的' {
		return ""
	}
	switch string(d.runes[end+1 : end+3]) {
	case "增长", "增幅", "涨幅", "提升", "提高":
		return entities.KindGrowth
	case "下降", "降幅", "跌幅", "减少", "下滑":
		return entities.KindDecline
	}
	return ""
}

// percentComparison reports whether the clause [clause, p) compares with
// another figure or time: 比1-2月, 较上年末, 高于全国, 超过全部贷款增速. A
// change in points there is a difference (同比, 环比, 比重 are no
// comparisons).
func percentComparison(d *doc, clause, p int) bool {
	for i := clause; i < p; i++ {
		r := d.runes[i]
		if (r == '高' || r == '低' || r == '快' || r == '慢') && i+1 < p && (d.runes[i+1] == '于' || d.runes[i+1] == '出') {
			return true
		}
		if r == '超' && i+1 < p && d.runes[i+1] == '过' {
			return true
		}
		if r != '比' && r != '较' {
			continue
		}
		if i > 0 && strings.ContainsRune("同环相对之占无类好", d.runes[i-1]) {
			continue
		}
		if i+1 < p && strings.ContainsRune("重例率较如赛", d.runes[i+1]) {
			continue
		}
		return true
	}
	return false
}

// transparentGap reports whether the runes between a one-character verb
// ending at j and the figure at p leave the verb in charge: particles and
// qualifiers (增了, 跌约), or earlier figures of a list (暴跌约62%、53%).
func transparentGap(d *doc, j, p int) bool {
	for k := j; k < p; k++ {
		r := d.runes[k]
		if isArabic(r) || isDot(r) || r == '·' {
			continue
		}
		switch r {
		case '%', '％', '‰', '、', '和', '及', '与', '了', '约', '近', '超', '逾', '达', '为', ' ':
			continue
		}
		return false
	}
	return true
}

// levelBefore reports whether the figure at p follows 至 or 到 (possibly
// with 了 or a qualifier between): it is the level something reached.
func levelBefore(d *doc, clause, p int) bool {
	for k := p - 1; k >= clause && k >= p-4; k-- {
		switch d.runes[k] {
		case '至', '到':
			return true
		case '了', '约', '近', '超', '逾', ' ':
			continue
		}
		return false
	}
	return false
}

// isLevelMark reports whether the runes between a verb ending at j and the
// figure at p say "to" (至, 到), possibly after 了 or a qualifier.
func isLevelMark(d *doc, j, p int) bool {
	for k := j; k < p && k < j+2; k++ {
		switch d.runes[k] {
		case '至', '到':
			return true
		}
	}
	return false
}

// Basis words. 比上年 and the like state a year-on-year comparison as
// plainly as 同比.
var (
	yoyWords = []string{"同比", "比上年", "较上年", "比去年", "较去年", "上年同期", "去年同期", "与上年相比", "与去年相比"}
	momWords = []string{"环比", "比上月", "较上月", "与上月相比", "比上季", "较上季"}
)

// basisContext finds the basis words of a document once, on first use.
type basisContext struct {
	d      *doc
	loaded bool
	// lastMark's memo: the last mark before markAt (0: none yet), or -1.
	markAt, mark int
	// plain is the last numeral readPercent took as its value (a figure
	// written again, in a table or a list, is not checked again).
	plain  string
	marks  []basisMark // in text order
	breaks []int       // rune index of every line break
	hasYoY bool
	hasMoM bool
}

type basisMark struct {
	start, end int // runes
	basis      entities.Basis
	plain      bool // 同比 or 环比 itself
}

func (b *basisContext) load() {
	if !b.loaded {
		b.scan(nil)
	}
}

// percentScanRunes are the runes the one pass over a document stops at:
// percent anchors, line breaks and the key runes of the basis words.
var percentScanRunes = newRuneSet(percentScanString)

const percentScanString = "%％‰分\n比较期"

// percentScanLow tells the low bytes of the runes of percentScanRunes: a
// rune whose low byte is none of them, nearly every rune of a text, is
// passed over with one load.
var percentScanLow = lowBytes(percentScanString)

// scan reads the document once: it finds the basis words and the line
// breaks, and appends the percent anchors to anchors.
func (b *basisContext) scan(anchors []int) []int {
	b.loaded = true
	runes := b.d.runes
	for i := percentNextScan(runes, 0); i < len(runes); i = percentNextScan(runes, i+1) {
		r := runes[i]
		switch r {
		case '\n':
			b.breaks = append(b.breaks, i)
			continue
		case '比', '较', '期':
		default:
			if percentAnchor(runes, i) {
				anchors = append(anchors, i)
			}
			continue
		}
		for _, w := range basisKeys[r] {
			s := i - w.key
			if s < 0 || s+len(w.runes) > len(runes) || !slices.Equal(runes[s:s+len(w.runes)], w.runes) {
				continue
			}
			b.marks = append(b.marks, basisMark{s, s + len(w.runes), w.basis, len(w.runes) == 2})
			if w.basis == entities.BasisYoY {
				b.hasYoY = true
			} else {
				b.hasMoM = true
			}
		}
	}
	byStart := func(x, y basisMark) int { return x.start - y.start }
	if !slices.IsSortedFunc(b.marks, byStart) {
		slices.SortStableFunc(b.marks, byStart)
	}
	return anchors
}

// percentNextScan returns the index of the first rune of percentScanRunes
// at or after i, or len(runes): a tight loop that nearly every rune passes.
func percentNextScan(runes []rune, i int) int {
	for ; i < len(runes); i++ {
		if r := runes[i]; percentScanLow[uint8(r)] && percentScanRunes.has(r) {
			return i
		}
	}
	return len(runes)
}

// basisWord is a basis word found from its key rune (比, 较 or 期), which
// stands at index key of the word.
type basisWord struct {
	runes []rune
	key   int
	basis entities.Basis
}

// basisKeys indexes the basis words by their key rune, for one pass over
// the text.
var basisKeys = func() map[rune][]basisWord {
	m := map[rune][]basisWord{}
	add := func(words []string, basis entities.Basis) {
		for _, w := range words {
			rs := []rune(w)
			for k, r := range rs {
				if r == '比' || r == '较' || r == '期' {
					m[r] = append(m[r], basisWord{rs, k, basis})
					break
				}
			}
		}
	}
	add(yoyWords, entities.BasisYoY)
	add(momWords, entities.BasisMoM)
	return m
}()

// nearest returns the basis word ending last at or before p and starting at
// or after from, or "".
func (b *basisContext) nearest(from, p int) entities.Basis {
	b.load()
	k := sort.Search(len(b.marks), func(i int) bool { return b.marks[i].end > p })
	for k--; k >= 0; k-- {
		if b.marks[k].start < from {
			break
		}
		return b.marks[k].basis
	}
	return ""
}

// explicit returns the basis stated in the clause [clause, p), or "".
func (b *basisContext) explicit(clause, p int) entities.Basis {
	return b.nearest(clause, p)
}

// written returns the basis of a difference in points: 同比 or 环比 written
// in its own clause, else none (比上年末提高0.9个百分点 compares two
// figures).
func (b *basisContext) written(clause, p int) entities.Basis {
	b.load()
	k := sort.Search(len(b.marks), func(i int) bool { return b.marks[i].end > p })
	for k--; k >= 0 && b.marks[k].start >= clause; k-- {
		if b.marks[k].plain {
			return b.marks[k].basis
		}
	}
	return entities.BasisNone
}

// percentSentenceReach bounds the walk back to the start of a sentence.
const percentSentenceReach = 160

// sentenceStart returns the start of the sentence holding rune p, at most
// percentSentenceReach runes back.
func sentenceStart(d *doc, p int) int {
	lo := max(p-percentSentenceReach, 0)
	for p > lo {
		switch d.runes[p-1] {
		case '。', '！', '？', '!', '?', '\n', '\r':
			return p
		}
		p--
	}
	return p
}

// basis returns the basis of a growth or decline figure at p whose clause
// starts at clause. A month-on-month word reaches to the end of its
// sentence; a year-on-year one, the usual basis of Chinese statistics,
// reaches the whole document. A change over a period named in the
// sentence (一季度…增长6.1%) is year on year even when no word says so.
func (b *basisContext) basis(clause, p int) entities.Basis {
	d := b.d
	if x := b.explicit(clause, p); x != "" {
		return x
	}
	if comparesWithTime(d, clause, p) || averagesOverYears(d, clause, p) {
		return entities.BasisNone
	}
	b.load()
	sent := sentenceStart(d, clause)
	if x := b.nearest(sent, p); x != "" {
		return x
	}
	switch {
	case b.hasYoY:
		return entities.BasisYoY
	case b.hasMoM:
		return entities.BasisMoM
	}
	if periodNamed(d, sent, p) {
		return entities.BasisYoY
	}
	return entities.BasisNone
}

// periodNamed reports whether [from, p) names a calendar period: a year,
// a quarter or a month (今年以来, 全年, 上半年, 年末, 一季度, 1-4月, 明年), not a
// span counted from an event (上市首月).
func periodNamed(d *doc, from, p int) bool {
	for i := from; i < p; i++ {
		prev := rune(0)
		if i > 0 {
			prev = d.runes[i-1]
		}
		switch d.runes[i] {
		case '季':
			if i+1 < p && d.runes[i+1] == '度' {
				return true
			}
		case '月':
			if isDateNumeral(prev) {
				return true
			}
		case '年':
			if i+1 < p && (d.runes[i+1] == '均' || d.runes[i+1] == '平') {
				continue
			}
			if isDateNumeral(prev) || strings.ContainsRune("今去明全上下本半", prev) ||
				i+1 < p && strings.ContainsRune("末底初", d.runes[i+1]) {
				return true
			}
		}
	}
	return false
}

// averagesOverYears reports whether the clause [clause, p) speaks of an
// average yearly rate (年均增长12.1%), which has no year-on-year basis.
func averagesOverYears(d *doc, clause, p int) bool {
	for i := clause; i+1 < p; i++ {
		if d.runes[i] == '年' && (d.runes[i+1] == '均' || d.runes[i+1] == '平' && i+2 < p && d.runes[i+2] == '均') {
			return true
		}
	}
	return false
}

// comparesWithTime reports whether the clause [clause, p) compares with
// another time than the basis words name: 比2019年, 较之上周末, 比年初,
// 比前一交易日. 同比, 环比, 比重, 比例 and the like are not comparisons.
func comparesWithTime(d *doc, clause, p int) bool {
	for i := clause; i < p; i++ {
		if r := d.runes[i]; r != '比' && r != '较' {
			continue
		}
		if i > 0 && strings.ContainsRune("同环相对之占无类好", d.runes[i-1]) {
			continue
		}
		if i+1 < p && strings.ContainsRune("重例率较如赛", d.runes[i+1]) {
			continue
		}
		for k := i + 1; k < p && k <= i+7; k++ {
			if strings.ContainsRune("年月日周季初末", d.runes[k]) {
				return true
			}
		}
	}
	return false
}
