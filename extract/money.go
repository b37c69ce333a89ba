package extract

import (
	"fmt"
	"math/big"
	"slices"
	"strings"
	"sync"

	"github.com/zhfacts/zhfacts/entities"
	"github.com/zhfacts/zhfacts/patterns"
)

// Money: an amount in Arabic or Chinese numerals (38.1亿, 1,100万, 三千万,
// ５０００万) with a currency behind it (元, 亿美元, 港币) or in front of it
// (人民币5000万元, 美元100万, ¥1,200, US$3.5亿).
//
// Spans. A mention's span is the number and its currency, as written:
// 5.5亿元, 人民币5000万, ¥1,200; when the currency is also named behind the
// amount, the word in front is a label outside the span (人民币5000万元 has
// the span 5000万元). The words that only qualify the amount stay
// outside it and go to Qualifier: 约, 近, 超过, 逾, 不到 in front, 左右, 上下,
// 以上, 以下, 以内 behind (约5亿元 has the span 5亿元, Qualifier "约", Approximate).
// 多 and 余 inside the amount (5000多万元, 3亿多元) are part of the span and
// set Approximate with Qualifier "多" or "余".
//
// A minus sign belongs to the amount (净利润-3.2亿元 is -320000000).
// Ranges (5-10亿元, 5至10亿元, 5亿—10亿元) set Min and Max; Amount is Min. A
// bound without a multiplier takes the other bound's: 5-10亿 is 5亿..10亿.
//
// 角 and 分 count only right after 元 (3元5角 is 3.5 yuan), so 十分重要 is no
// money; nor are 一元化, 多元化, 二元结构 (a lone Chinese digit before 元 is
// read only in 一元钱), 单元, 157亩 or 千万株.
//
// The work per document: one pass finds the currency runes with a numeral
// next to them (moneyAnchor); each grows into a tight window over the runes
// a mention can hold (inMoney); a window that is exactly the common form
// (38.1亿元) is read directly (moneyFast), any other runs the rules of
// patterns/zh/money.rules; the longest match wins, guards reject words such
// as 一元化, and the amount is computed exactly.

// moneyData is the compiled state of the money dimension, immutable after
// loadMoney.
type moneyData struct {
	rules    []patterns.Rule
	currency map[string]string // currency word or sign -> ISO 4217 code
	curRunes map[rune]struct{} // every rune of a currency word or sign
	after    map[string]bool   // the currency words written behind the number
	// afterWords and beforeWords are the currency words written behind and
	// in front of the number, longest first.
	afterWords, beforeWords [][]rune
	// afterByLast and beforeByLast index afterWords and beforeWords by
	// their last rune, in order; afterBoth tells the after words also
	// written in front.
	afterByLast, beforeByLast moneyRuneTab
	afterBoth                 []bool
	// afterPrev and beforePrev hold the rune before the last of every
	// word of two runes or more: a word can end at rune i only if rune i-1
	// is one of them, or if it is a word of one rune.
	afterPrev, beforePrev *runeSet
	// suffixRule is the index of the rule moneyFast stands for.
	suffixRule int
}

var (
	moneyOnce sync.Once
	moneyDat  *moneyData
	moneyErr  error
)

func loadMoney() error {
	moneyOnce.Do(func() {
		rules, err := patterns.Rules("money")
		if err != nil {
			moneyErr = err
			return
		}
		rows, err := patterns.LexiconRows("currency")
		if err != nil {
			moneyErr = err
			return
		}
		cur := make(map[string]string, len(rows))
		curRunes := map[rune]struct{}{}
		after := map[string]bool{}
		var afterWords, beforeWords [][]rune
		for _, r := range rows {
			for _, c := range r[0] {
				curRunes[c] = struct{}{}
			}
			if len(r) < 2 {
				moneyErr = fmt.Errorf("extract: currency lexicon: entry %q has no code", r[0])
				return
			}
			cur[r[0]] = r[1]
			if len(r) > 2 && (r[2] == "after" || r[2] == "both") {
				after[r[0]] = true
				afterWords = append(afterWords, []rune(r[0]))
			}
			if len(r) > 2 && (r[2] == "before" || r[2] == "both") {
				beforeWords = append(beforeWords, []rune(r[0]))
			}
		}
		suffix := -1
		for i, r := range rules {
			if r.Name == "suffix" {
				suffix = i
			}
		}
		if suffix < 0 {
			moneyErr = fmt.Errorf("extract: money rules: no rule named suffix")
			return
		}
		longestFirst := func(a, b []rune) int { return len(b) - len(a) }
		slices.SortStableFunc(afterWords, longestFirst)
		slices.SortStableFunc(beforeWords, longestFirst)
		byLast := func(words [][]rune) (moneyRuneTab, *runeSet) {
			m := map[rune][]int{}
			prev := new(runeSet)
			for i, w := range words {
				m[w[len(w)-1]] = append(m[w[len(w)-1]], i)
				if len(w) > 1 {
					prev.add(w[len(w)-2])
				}
			}
			return newMoneyRuneTab(words, m), prev
		}
		afterByLast, afterPrev := byLast(afterWords)
		beforeByLast, beforePrev := byLast(beforeWords)
		both := make([]bool, len(afterWords))
		for i, w := range afterWords {
			for _, b := range beforeWords {
				both[i] = both[i] || slices.Equal(w, b)
			}
		}
		moneyDat = &moneyData{rules: rules, currency: cur, curRunes: curRunes, after: after,
			afterWords: afterWords, beforeWords: beforeWords, suffixRule: suffix,
			afterByLast: afterByLast, beforeByLast: beforeByLast, afterBoth: both,
			afterPrev: afterPrev, beforePrev: beforePrev}
	})
	return moneyErr
}

// moneyRuneTab indexes a few words by their last rune.
type moneyRuneTab struct {
	runeTable[moneyWordList]
}

// moneyWordList holds the indexes of the words ending with one rune,
// longest first; those of one rune start at ones.
type moneyWordList struct {
	list []int
	ones int
}

// newMoneyRuneTab builds the table of m, which gives for each last rune
// the indexes in words of the words ending with it, longest first.
func newMoneyRuneTab(words [][]rune, m map[rune][]int) moneyRuneTab {
	lists := make(map[rune]moneyWordList, len(m))
	for r, list := range m {
		k := 0
		for k < len(list) && len(words[list[k]]) > 1 {
			k++
		}
		lists[r] = moneyWordList{list, k}
	}
	return moneyRuneTab{newRuneTable(lists)}
}

// words returns the indexes of the words ending with r, longest first;
// with long false, only those of one rune.
func (t *moneyRuneTab) words(r rune, long bool) []int {
	w, ok := t.get(r)
	if !ok {
		return nil
	}
	if long {
		return w.list
	}
	return w.list[w.ones:]
}

// The longest reach from a money anchor: room for a long numeral with a
// currency word in front (人民币1,234,567,890.12万元) and a range.
const (
	moneyBefore = 40
	// maxNumeral bounds the runes of an amount or a percentage, and of a
	// percentage from its start to its last numeral (a money mention may
	// have a currency word in front too): a longer one is a code or noise,
	// and the fast path and the rules, whose windows reach back
	// differently, read it alike: as nothing.
	maxNumeral = 24
	moneyAfter = 32
)

// isMoneyNumeral reports whether r can be part of a numeral: a digit
// (digitValue), a small unit (unitValue), 万 or 亿.
func isMoneyNumeral(r rune) bool { return moneyNumerals.has(r) }

// moneyNumerals are the runes of isMoneyNumeral, for a one-load test in the
// scans (TestMoneyNumerals checks them against digitValue and unitValue).
var moneyNumerals = newRuneSet("0123456789０１２３４５６７８９" +
	"〇零○一壹幺二两贰貳兩三叁參四肆五伍六陆陸七柒八捌九玖" + "十拾百佰千仟" + "万亿")

// numeralNear reports whether a numeral rune lies within n runes before
// (dir -1) or after (dir +1) index i, skipping blanks.
func numeralNear(runes []rune, i, dir, n int) bool {
	for k, j := 0, i+dir; k < n && j >= 0 && j < len(runes); k, j = k+1, j+dir {
		if isMoneyNumeral(runes[j]) {
			return true
		}
	}
	return false
}

// moneyAnchor reports whether rune i may close or open a money mention: a
// currency character with a numeral next to it.
func moneyAnchor(runes []rune, i int) bool {
	switch runes[i] {
	case '币', '布', '郎', '钱', '金', '克':
		// Only as the end of 人民币, 港币, 卢布, 法郎, 块钱, 美金, 马克:
		// 60克 and 资金 are no anchors.
		if i == 0 || !strings.ContainsRune(anchorLead[runes[i]], runes[i-1]) {
			return false
		}
		return numeralNear(runes, i, -1, 5) || numeralNear(runes, i, 1, 3)
	case '元', '镑', '铢':
		return numeralNear(runes, i, -1, 5) || numeralNear(runes, i, 1, 3)
	case '¥', '￥', '$', '€', '£':
		return numeralNear(runes, i, 1, 3)
	case 'B', 'D', 'Y', 'R', 'P': // RMB, USD, HKD, CNY, JPY, EUR, GBP
		return i >= 2 && runes[i-1] >= 'A' && runes[i-1] <= 'Z' && numeralNear(runes, i, 1, 3)
	}
	return false
}

// anchorLead gives, for the anchor runes that end a currency word only
// sometimes, the runes that may stand before them in one.
var anchorLead = map[rune]string{
	'币': "民港台新", '布': "卢", '郎': "法", '钱': "块", '金': "美", '克': "马",
}

// moneyAnchorRunes are the runes that may anchor a money mention;
// moneyAnchor decides.
var moneyAnchorRunes = newRuneSet(moneyAnchorString)

const moneyAnchorString = "元币镑布郎铢钱金克¥￥$€£BDYRP"

// moneyAnchorLow tells the low bytes of the runes of moneyAnchorRunes: a
// rune whose low byte is none of them is passed over with one load.
var moneyAnchorLow = lowBytes(moneyAnchorString)

// moneyAnchors appends to out the indexes of the runes that anchor a money
// mention.
func moneyAnchors(out []int, runes []rune) []int {
	for i := moneyNextAnchor(runes, 0); i < len(runes); i = moneyNextAnchor(runes, i+1) {
		if moneyAnchor(runes, i) {
			out = append(out, i)
		}
	}
	return out
}

// moneyNextAnchor returns the index of the first rune of moneyAnchorRunes at
// or after i, or len(runes): a tight loop that nearly every rune passes.
func moneyNextAnchor(runes []rune, i int) int {
	for ; i < len(runes); i++ {
		if r := runes[i]; moneyAnchorLow[uint8(r)] && moneyAnchorRunes.has(r) {
			return i
		}
	}
	return len(runes)
}

// tightWindows returns, for every anchor, the run of runes around it that
// belong to the expression (inSet), at most before runes to the left and
// after to the right; overlapping windows merge. The rules then run on a few
// runes per mention instead of a fixed padding.
func tightWindows(runes []rune, anchors []int, inSet func(rune) bool, before, after int) [][2]int {
	var out [][2]int
	for _, i := range anchors {
		s, e := i, i+1
		for s > 0 && i-s < before && inSet(runes[s-1]) {
			s--
		}
		for e < len(runes) && e-i-1 < after && inSet(runes[e]) {
			e++
		}
		if k := len(out) - 1; k >= 0 && s <= out[k][1] && e-out[k][0] <= maxWindow {
			out[k][1] = max(out[k][1], e)
			continue
		}
		out = append(out, [2]int{s, e})
	}
	return out
}

// maxWindow bounds a merged window. Past it, the next window starts anew and
// may overlap the last one: every mention lies whole in the window of each
// of its anchors, and pickLongest drops the duplicates.
const maxWindow = 256

// isRangeSep reports whether r can join the two bounds of a range.
func isRangeSep(r rune) bool {
	switch r {
	case '-', '－', '—', '–', '~', '～', '至', '到':
		return true
	}
	return false
}

// inMoney reports whether r can be part of a money mention.
func inMoney(r rune) bool {
	if isMoneyNumeral(r) || isDot(r) || isRangeSep(r) {
		return true
	}
	switch r {
	case '·', ',', ' ', '多', '余', '点', '角', '分', '○', '−':
		return true
	}
	_, ok := moneyDat.curRunes[r]
	return ok
}

// candidate is one rule match in document rune offsets.
type candidate struct {
	start, end int
	rule       int
	m          patterns.Match // groups relative to base
	base       int
}

func (c *candidate) group(name string) (int, int, bool) {
	s, e, ok := c.m.Group(name)
	return s + c.base, e + c.base, ok
}

// runRules runs every rule over every window and returns the matches,
// longest first among those that overlap. A match that starts a window whose
// left neighbour is a numeral rune is a cut numeral and is dropped.
func runRules(d *doc, rules []patterns.Rule, wins [][2]int, fast fastPath, gs *groupSlab, all []candidate) []candidate {
	for _, w := range wins {
		seg := d.runes[w[0]:w[1]]
		if !hasNumeral(seg) {
			continue // 元旦 next to a date, 宣布 after one
		}
		if useFastPath && fast != nil {
			if ri, groups, ok := fast(seg, gs); ok {
				if !cutNumeral(d, w[0]) {
					m := patterns.Match{Start: 0, End: len(seg), Groups: groups}
					all = append(all, candidate{start: w[0], end: w[1], rule: ri, m: m, base: w[0]})
				}
				continue
			}
		}
		for ri, r := range rules {
			if !ruleMayMatch(r.Name, seg) {
				continue
			}
			_ = r.Re.FindAll(seg, func(m patterns.Match) {
				s := m.Start + w[0]
				if m.Start == 0 && cutNumeral(d, s) {
					return
				}
				all = append(all, candidate{start: s, end: m.End + w[0], rule: ri, m: m, base: w[0]})
			})
		}
	}
	return all
}

func hasNumeral(seg []rune) bool {
	for _, r := range seg {
		if isMoneyNumeral(r) {
			return true
		}
	}
	return false
}

// cutNumeral reports whether a window starting at rune s cuts a numeral: a
// match there is only the tail of a longer number.
func cutNumeral(d *doc, s int) bool {
	if s == 0 {
		return false
	}
	r := d.runes[s-1]
	return isMoneyNumeral(r) || isDot(numeralRune(r)) || r == ','
}

// fastPath recognizes a window that is exactly the most common form of one
// rule (38.1亿元 for money/suffix, 23.9% for percent/sign) and returns that
// rule's index and groups without running the regular expression. The rules
// stay the definition: TestFastPathAgreesWithRules checks that both ways give
// the same entities.
type fastPath func(seg []rune, gs *groupSlab) (rule int, groups []patterns.Group, ok bool)

// groupSlab hands out the groups of the fast-path candidates from shared
// blocks, so that a text dense with figures costs a few allocations and not
// one per figure. A block is never reallocated: the slices handed out stay
// valid until reset.
type groupSlab struct {
	buf    []patterns.Group   // the block being filled
	blocks [][]patterns.Group // every block, kept for the next use
	next   int                // index in blocks of the block after buf
}

// pair returns a slice holding a and b.
func (s *groupSlab) pair(a, b patterns.Group) []patterns.Group {
	if len(s.buf)+2 > cap(s.buf) {
		if s.next < len(s.blocks) {
			s.buf = s.blocks[s.next][:0]
		} else {
			s.buf = make([]patterns.Group, 0, min(max(2*cap(s.buf), 16), 1024))
			s.blocks = append(s.blocks, s.buf)
		}
		s.next++
	}
	s.buf = append(s.buf, a, b)
	n := len(s.buf)
	return s.buf[n-2 : n : n]
}

// reset makes every block free for reuse.
func (s *groupSlab) reset() { s.buf, s.next = nil, 0 }

// candScratch holds the buffers of one money or percent extraction: the
// anchors, the candidates and their groups. They are pooled, so that a long
// text dense with figures, read in parts, does not allocate them anew for
// each part.
type candScratch struct {
	anchors, rest []int
	cands         []candidate
	groups        groupSlab
	// The line breaks and basis words of percentages (see basisContext).
	breaks []int
	marks  []basisMark
}

var candPool = sync.Pool{New: func() any { return new(candScratch) }}

// maxPooledCands bounds the candidates a pooled scratch keeps room for.
const maxPooledCands = 1 << 17

func newCandScratch() *candScratch { return candPool.Get().(*candScratch) }

// release returns the scratch to the pool; nothing handed out by it may be
// used after.
func (s *candScratch) release() {
	if cap(s.cands) > maxPooledCands || cap(s.anchors) > maxPooledCands || cap(s.breaks) > maxPooledCands || cap(s.marks) > maxPooledCands {
		return
	}
	s.groups.reset()
	candPool.Put(s)
}

// candidatesAt reads the mention at each anchor with local, the direct Go
// reader of the common forms, and runs the rules on the windows around the
// anchors it leaves.
func candidatesAt(d *doc, sc *candScratch, anchors []int, local func(*doc, int, *groupSlab, *candidate) bool,
	in func(rune) bool, before, after int, rules []patterns.Rule, fast fastPath) []candidate {
	cands := sc.cands[:0]
	if cap(cands) < len(anchors) {
		cands = make([]candidate, 0, len(anchors))
	}
	rest := sc.rest[:0]
	for _, i := range anchors {
		if useFastPath {
			// local writes the candidate in its slot: there is room for
			// one per anchor.
			n := len(cands)
			if cands = cands[:n+1]; local(d, i, &sc.groups, &cands[n]) {
				continue
			}
			cands = cands[:n]
		}
		rest = append(rest, i)
	}
	wins := tightWindows(d.runes, rest, in, before, after)
	cands = runRules(d, rules, wins, fast, &sc.groups, cands)
	sc.cands, sc.rest = cands, rest
	return cands
}

// useFastPath is switched off by the test that compares the two ways.
var useFastPath = true

// arabicEnd returns the end of an Arabic numeral at the start of s, as the
// rules read one: digits, groups of three digits after ASCII commas, and at
// most one decimal point; or 0.
func arabicEnd(s []rune) int {
	i, dot := 0, false
	for i < len(s) {
		switch r := s[i]; {
		case isArabic(r):
		case (r == '.' || r == '．' || r == '·') && !dot && i > 0 && i+1 < len(s) && isArabic(s[i+1]):
			dot = true
		case r == ',' && !dot && i > 0 && i+3 < len(s) && isArabic(s[i+1]) && isArabic(s[i+2]) && isArabic(s[i+3]) &&
			(i+4 == len(s) || !isArabic(s[i+4])):
			i += 3
		default:
			return i
		}
		i++
	}
	return i
}

// rangeBefore reports whether the rune before s is a range separator that
// follows a number or a unit (5-10亿元, 5亿元至10亿元, 2%～3%), so that a
// range rule may take the mention in.
func rangeBefore(runes []rune, s int) bool {
	k := s - 1
	if k < 0 || !isRangeSep(runes[k]) {
		return false
	}
	for k > 0 && isRangeSep(runes[k-1]) {
		k--
	}
	if k == 0 {
		return false
	}
	r := runes[k-1]
	_, cur := moneyDat.curRunes[r]
	return isMoneyNumeral(r) || cur || r == '%' || r == '％' || r == '‰' || r == '多' || r == '余'
}

// moneyFast reads 38.1亿元, 5000万美元, 3亿多元, 100余万元: an Arabic numeral,
// 多 or 余, multipliers, and a currency written behind the number.
func moneyFast(seg []rune, gs *groupSlab) (int, []patterns.Group, bool) {
	return moneyFastCur(seg, gs, 0)
}

// moneyFastCur is moneyFast for a window whose last curLen runes are known
// to be a currency word written behind the number (0: not known).
func moneyFastCur(seg []rune, gs *groupSlab, curLen int) (int, []patterns.Group, bool) {
	n := arabicEnd(seg)
	if n == 0 {
		return 0, nil, false
	}
	k := n
	if k < len(seg) && (seg[k] == '多' || seg[k] == '余') {
		k++
	}
	mult := k
	for k < len(seg) && multiplierExp(seg[k]) > 0 && seg[k] != '十' && k-mult < 2 {
		k++
	}
	if k > mult && k < len(seg) && (seg[k] == '多' || seg[k] == '余') && seg[n] != '多' && seg[n] != '余' {
		k++
	}
	if !validMult(seg[mult:k]) {
		return 0, nil, false
	}
	if len(seg)-k != curLen || curLen == 0 {
		if !moneyDat.after[string(seg[k:])] {
			return 0, nil, false
		}
	}
	return moneyDat.suffixRule, gs.pair(patterns.Group{Name: "amt", Start: 0, End: k}, patterns.Group{Name: "cur", Start: k, End: len(seg)}), true
}

// validMult reports whether a run of multipliers (and a trailing 多 or 余)
// is one the rules accept: 万, 亿, 千, 百, 万亿, 千万, 百万, 千亿, 百亿.
func validMult(s []rune) bool {
	if len(s) > 0 && (s[len(s)-1] == '多' || s[len(s)-1] == '余') {
		s = s[:len(s)-1]
	}
	switch len(s) {
	case 0:
		return true
	case 1:
		switch s[0] {
		case '万', '亿', '千', '百':
			return true
		}
	case 2:
		// 万亿, 千万, 百万, 千亿, 百亿
		return s[0] == '万' && s[1] == '亿' || (s[0] == '千' || s[0] == '百') && (s[1] == '万' || s[1] == '亿')
	}
	return false
}

// ruleMayMatch is a cheap test of a window for the runes a rule cannot do
// without, so that only the rules that may match run: a range needs a
// separator, 3元5角 a 角 or 分, a currency in front a currency rune before a
// digit, a percent sign %, a fraction 之, a point figure 点.
func ruleMayMatch(name string, seg []rune) bool {
	has := func(f func(rune) bool) bool {
		for _, r := range seg {
			if f(r) {
				return true
			}
		}
		return false
	}
	switch name {
	case "range":
		return has(isRangeSep)
	case "jiaofen":
		return has(func(r rune) bool { return r == '角' || r == '分' })
	case "prefix":
		for i := 1; i < len(seg); i++ {
			if _, cur := moneyDat.curRunes[seg[i-1]]; (cur || seg[i-1] == ' ') && isMoneyNumeral(seg[i]) {
				return true
			}
		}
		return false
	case "sign":
		return has(func(r rune) bool { return r == '%' || r == '％' || r == '‰' })
	case "fraction":
		return has(func(r rune) bool { return r == '之' })
	case "point":
		return has(func(r rune) bool { return r == '点' })
	}
	return true
}

// pickInto appends to out, in the room grow made, the items that read
// makes of the candidates pickLongest keeps. A slot is taken as it is, not
// zeroed first (zeroing a record while the collector marks costs a write
// barrier over its every pointer): read fills it whole, or reports false.
// The items come in text order, unless the rules read some after the fast
// path read the others: the order is checked as they are written, and the
// items are sorted by start only when it fails.
func pickInto[T any](out []T, cands []candidate, read func(*candidate, *T) bool, start func(*T) int) []T {
	from := len(out)
	inOrder, prev := true, -1
	dirty := false // the slot after the items holds a rejected one
	pickLongest(cands, func(c *candidate) bool {
		out = out[:len(out)+1]
		it := &out[len(out)-1]
		if !read(c, it) {
			out, dirty = out[:len(out)-1], true
			return false
		}
		dirty = false
		st := start(it)
		inOrder = inOrder && st >= prev
		prev = st
		return true
	})
	if dirty {
		clear(out[len(out) : len(out)+1]) // nothing kept alive past the items
	}
	if !inOrder {
		sortStable(out[from:], func(a, b *T) int { return start(a) - start(b) })
	}
	return out
}

// pickLongest calls ok on the candidates, longest first (then the earliest,
// then the earliest rule), skipping those that overlap one already accepted.
// ok reports whether it accepted the candidate.
func pickLongest(c []candidate, ok func(*candidate) bool) {
	if len(c) == 0 {
		return
	}
	disjoint := true // the common case: candidates in order, none overlapping
	for i := 1; i < len(c) && disjoint; i++ {
		disjoint = c[i].start >= c[i-1].end
	}
	if disjoint {
		for i := range c {
			ok(&c[i])
		}
		return
	}
	order := make([]int32, len(c))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(a, b int32) int {
		x, y := &c[a], &c[b]
		if lx, ly := x.end-x.start, y.end-y.start; lx != ly {
			return ly - lx
		}
		if x.start != y.start {
			return x.start - y.start
		}
		return x.rule - y.rule
	})
	var kept [][2]int
	clashes := func(x *candidate) bool {
		for _, k := range kept {
			if x.start < k[1] && k[0] < x.end {
				return true
			}
		}
		return false
	}
	var taken []bool // for many candidates: the runes already accepted
	lo := 0
	if len(c) > 32 {
		lo = c[0].start
		hi := c[0].end
		for i := range c {
			lo, hi = min(lo, c[i].start), max(hi, c[i].end)
		}
		taken = make([]bool, hi-lo)
		clashes = func(x *candidate) bool {
			for k := x.start; k < x.end; k++ {
				if taken[k-lo] {
					return true
				}
			}
			return false
		}
	}
	for _, i := range order {
		x := &c[i]
		if clashes(x) || !ok(x) {
			continue
		}
		if taken != nil {
			for k := x.start; k < x.end; k++ {
				taken[k-lo] = true
			}
		} else {
			kept = append(kept, [2]int{x.start, x.end})
		}
	}
}

// moneyLocal is the fast path of one anchor: a currency written behind the
// number, ending at rune i, with an Arabic amount right before it (38.1亿元)
// and nothing around that a longer rule could take in (a currency word in
// front, a range separator, 角 or 分 after 元). It writes to c what rule
// suffix would give and reports true; anything else goes to the windows and
// the rules.
func moneyLocal(d *doc, i int, gs *groupSlab, c *candidate) bool {
	runes := d.runes
	var cur []rune
	both := false
	words := moneyDat.afterByLast.words(runes[i], i > 0 && moneyDat.afterPrev.has(runes[i-1])) // 亿元: only 元 may end there
	for _, k := range words {
		if w := moneyDat.afterWords[k]; len(w) <= i+1 && slices.Equal(runes[i+1-len(w):i+1], w) {
			cur, both = w, moneyDat.afterBoth[k]
			break
		}
	}
	if cur == nil {
		return false
	}
	if i+1 < len(runes) {
		next := runes[i+1]
		if isRangeSep(next) {
			return false // 5亿元至10亿元
		}
		after := next
		if after == ' ' && i+2 < len(runes) {
			after = runes[i+2]
		}
		if both && isMoneyNumeral(after) {
			// 5美元 100万: a currency also written in front may open the
			// next amount, which the rules would read as the longer match.
			return false
		}
		if isMoneyNumeral(next) && i+2 < len(runes) && (runes[i+2] == '角' || runes[i+2] == '分') {
			return false // 3元5角
		}
		if cur[len(cur)-1] == '元' && strings.ContainsRune("人新港台", next) {
			return false // 元人民币
		}
	}
	cs := i + 1 - len(cur)
	s := cs
	// Within the rules' window around the anchor, moneyBefore runes back.
	for s > 0 && i-s < moneyBefore {
		r := runes[s-1]
		if !isArabic(r) && !isDot(r) && r != '·' && r != ',' && multiplierExp(r) == 0 && r != '多' && r != '余' {
			break
		}
		s--
	}
	if s == cs {
		return false
	}
	if s > 0 {
		l := runes[s-1]
		if isMoneyNumeral(l) || isDot(numeralRune(l)) || l == ',' || l == ' ' || l == '-' || l == '−' || isRangeSep(l) && rangeBefore(runes, s) {
			return false
		}
		words := moneyDat.beforeByLast.words(l, s > 1 && moneyDat.beforePrev.has(runes[s-2]))
		for _, k := range words {
			if w := moneyDat.beforeWords[k]; len(w) <= s && slices.Equal(runes[s-len(w):s], w) {
				return false // 人民币5000万元
			}
		}
	}
	ri, groups, ok := moneyFastCur(runes[s:i+1], gs, len(cur))
	if !ok {
		return false
	}
	*c = candidate{start: s, end: i + 1, rule: ri, m: patterns.Match{End: i + 1 - s, Groups: groups}, base: s}
	return true
}

func extractMoney(d *doc) []entities.Money { return extractMoneyInto(d, nil, 1) }

// extractMoneyInto appends the amounts of d to dst; when dst must grow, it
// grows for room times the amounts of d (see grow).
func extractMoneyInto(d *doc, dst []entities.Money, room float64) []entities.Money {
	if moneyDat == nil {
		return dst
	}
	sc := newCandScratch()
	defer sc.release()
	anchors := moneyAnchors(sc.anchors[:0], d.runes)
	sc.anchors = anchors
	if len(anchors) == 0 {
		return dst
	}
	var memo moneyMemo
	read := func(c *candidate, m *entities.Money) bool { return readMoney(d, c, m, &memo) }
	from := len(dst)
	if useFastPath {
		var ok bool
		if dst, ok = readDirect(d, sc, anchors, dst, room, moneyLocal, read); ok {
			return dst
		}
	}
	cands := candidatesAt(d, sc, anchors, moneyLocal, inMoney, moneyBefore, moneyAfter, moneyDat.rules, moneyFast)
	out := grow(dst[:from], len(cands), room)
	return pickInto(out, cands, read, func(m *entities.Money) int { return m.Start })
}

// readDirect reads the mentions of d straight into dst, with no list of
// candidates, when every anchor has a local reading (local) and these come
// in text order, none overlapping the one before: then candidatesAt would
// give just them, and pickLongest would keep each in turn. read fills an
// item from its candidate, or reports false. readDirect reports false at the
// first anchor that is not so; the slice it returns then holds dst's items,
// and room it may have made for more.
func readDirect[T any](d *doc, sc *candScratch, anchors []int, dst []T, room float64,
	local func(*doc, int, *groupSlab, *candidate) bool, read func(*candidate, *T) bool) ([]T, bool) {
	out := grow(dst, len(anchors), room)
	from := len(out)
	var c candidate
	end := 0       // the end of the last mention
	dirty := false // the slot after the items holds a rejected one
	for _, i := range anchors {
		sc.groups.reset() // the groups of c serve until it is read
		if !local(d, i, &sc.groups, &c) || c.start < end {
			clear(out[from : len(out)+1])
			sc.groups.reset()
			return out[:from], false
		}
		end = c.end
		out = out[:len(out)+1]
		if dirty = !read(&c, &out[len(out)-1]); dirty {
			out = out[:len(out)-1]
		}
	}
	if dirty {
		clear(out[len(out) : len(out)+1]) // nothing kept alive past the items
	}
	return out, true
}

// grow returns dst with room for n more items. When it must allocate, it
// makes room for n*room more (room >= 1): the part of a long text being
// read makes room for the parts after it. A nil dst becomes an empty slice.
func grow[T any](dst []T, n int, room float64) []T {
	more := max(n, int(float64(n)*room))
	if dst == nil {
		return make([]T, 0, more)
	}
	if cap(dst)-len(dst) >= n {
		return dst
	}
	return slices.Grow(dst, more)
}

// Measure words and time units: a number before one of them counts that,
// not the currency in front (人民币1年期).
const countWords = "年月日天周个件次位名人岁倍台辆吨亩米股手张家只期项款笔"

// Words that join 元 into another word: 一元化, 元素, 元旦, 元件...
const yuanWordTail = "化论素件旦宵首帅老勋凶组次气"

// readMoney fills every field of m from a candidate (m may hold an earlier
// item on entry), or reports false when the guards reject it, leaving m
// partly written.
func readMoney(d *doc, c *candidate, m *entities.Money, memo *moneyMemo) bool {
	var g moneyGroups
	g.read(c)
	rule := moneyDat.rules[c.rule].Name
	as, ae := g.amt.s, g.amt.e
	last := ae
	if _, be, ok := g.amt2.get(); ok {
		last = be
	}
	if ae-as > maxNumeral || last-c.start > maxNumeral+8 {
		return false
	}
	amt := d.runes[as:ae]
	curS, curE := g.cur.s, g.cur.e
	cur := d.str(curS, curE)
	var code string
	if memo != nil && memo.cur == cur && cur != "" {
		code = memo.code // the currency just read, written again
	} else {
		code = moneyDat.currency[cur]
		if memo != nil {
			memo.cur, memo.code = cur, code
		}
	}
	if ns, ne, ok := g.name.get(); ok && cur == "元" {
		code = moneyDat.currency[d.str(ns, ne)] // 980元新台币
	}
	if ps, pe, ok := g.pre.get(); ok {
		// 人民币5-10亿元: the word in front names the currency; one behind
		// must agree unless it is a bare 元.
		pc := moneyDat.currency[d.str(ps, pe)]
		if pc != code && cur != "元" {
			return false
		}
		code = pc
	}
	if code == "" {
		return false
	}
	// Guards on what stands around the amount.
	if as > 0 && curS > as && !isArabic(amt[0]) {
		switch d.runes[as-1] {
		case '数', '几', '第', '上', '成', '好':
			return false // 数千万元 is vague, 第一元 no amount
		}
	}
	// 人民币一年期, 人民币1年期: a currency word in front of a number that
	// counts something else.
	if curS < as && !g.cur2.ok {
		if !isArabic(amt[0]) && len(amt) == 1 {
			return false
		}
		if ae < len(d.runes) && strings.ContainsRune(countWords, d.runes[ae]) {
			return false
		}
	}
	if cur == "日元" && as > 0 && d.runes[as-1] == '月' {
		return false // 3月1日元旦
	}
	if d.runes[c.end-1] == '元' {
		next := rune(0)
		if c.end < len(d.runes) {
			next = d.runes[c.end]
		}
		if next != 0 && strings.ContainsRune(yuanWordTail, next) {
			return false
		}
		// 一元化, 二元结构: a lone Chinese digit before 元 is money only in 一元钱.
		if cur == "元" && len(amt) == 1 && !isArabic(amt[0]) && next != '钱' {
			return false
		}
	}
	if c2s, c2e, ok := g.cur2.get(); ok {
		// 人民币5000万元: the word behind must agree with the one in front.
		if moneyDat.currency[d.str(c2s, c2e)] != code && d.str(c2s, c2e) != "元" {
			return false
		}
	}
	approx, qual := "", ""
	clean := make([]rune, 0, len(amt))
	for _, r := range amt {
		if r == '多' || r == '余' {
			approx = string(r)
			continue
		}
		clean = append(clean, numeralRune(r))
	}
	hasJiao := g.jiao.ok
	hasFen := g.fen.ok
	src := d.str(as, ae)
	if memo != nil && memo.src == src && src != "" && !hasJiao && !hasFen {
		m.Amount = memo.amount // the amount just read, written again
	} else if fast, ok := multipliedDecimal(clean); ok && !hasJiao && !hasFen {
		m.Amount = fast
		if memo != nil {
			memo.src, memo.amount = src, fast
		}
	} else {
		v, ok := parseNumber(clean)
		if !ok {
			return false
		}
		if js, je, ok := g.jiao.get(); ok {
			jv, _ := parseNumber(d.runes[js:je])
			v.Add(v, new(big.Rat).Mul(jv, big.NewRat(1, 10)))
		}
		if fs, fe, ok := g.fen.get(); ok {
			fv, _ := parseNumber(d.runes[fs:fe])
			v.Add(v, new(big.Rat).Mul(fv, big.NewRat(1, 100)))
		}
		m.Amount = entities.DecimalFromRat(v)
	}
	if g.sign.ok {
		m.Amount = m.Amount.Neg() // 净利润-3.2亿元
	}
	if bs, be, ok := g.amt2.get(); ok {
		if c1s, c1e, ok := g.cur1.get(); ok && moneyDat.currency[d.str(c1s, c1e)] != code {
			return false
		}
		hi, lo, ok := rangeBounds(clean, stripApprox(d.runes[bs:be]))
		if !ok || lo.Cmp(hi) > 0 {
			return false
		}
		m.Min, m.Max = entities.DecimalFromRat(lo), entities.DecimalFromRat(hi)
		m.Amount = m.Min
	} else {
		m.Min, m.Max = "", ""
	}
	if approx != "" {
		qual = approx
	}
	if pre, post := qualifierAround(d, c.start, c.end); pre != "" || post != "" {
		qual = joinQualifier(pre, qual, post)
	}
	// 人民币50万元: when the currency is named again behind the amount, the
	// word in front is a label and stays outside the span.
	start := c.start
	if g.cur2.ok && curS < as {
		start = as
	}
	if g.pre.ok {
		start = as
	}
	m.Span = d.span(start, c.end)
	m.Currency = code
	m.Approximate = qual != ""
	m.Qualifier = qual
	m.Rule = rule
	return true
}

// moneyMemo remembers the last amount read the fast way and its text, so
// that a run of one amount (a table, a list) builds its Decimal once, and
// the last currency word and its code.
type moneyMemo struct {
	src       string
	amount    entities.Decimal
	cur, code string
}

// groupSpan is a named group of a candidate, in document runes; s and e
// are the candidate's base when the group took no part.
type groupSpan struct {
	s, e int
	ok   bool
}

func (g groupSpan) get() (int, int, bool) { return g.s, g.e, g.ok }

// moneyGroups are the groups the money rules name, read in one pass over a
// candidate's groups (what c.group gives for each name) by read.
type moneyGroups struct {
	amt, cur, name, pre, cur2, jiao, fen, sign, amt2, cur1 groupSpan
}

func (g *moneyGroups) read(c *candidate) {
	none := groupSpan{s: c.base, e: c.base}
	*g = moneyGroups{none, none, none, none, none, none, none, none, none, none}
	if x := c.m.Groups; len(x) == 2 && x[0].Name == "amt" && x[1].Name == "cur" && x[0].Start >= 0 && x[1].Start >= 0 {
		// The groups of the fast paths (moneyLocal, moneyFast).
		g.amt = groupSpan{x[0].Start + c.base, x[0].End + c.base, true}
		g.cur = groupSpan{x[1].Start + c.base, x[1].End + c.base, true}
		return
	}
	for _, x := range c.m.Groups {
		if x.Start < 0 {
			continue
		}
		var p *groupSpan
		switch x.Name {
		case "amt":
			p = &g.amt
		case "cur":
			p = &g.cur
		case "name":
			p = &g.name
		case "pre":
			p = &g.pre
		case "cur2":
			p = &g.cur2
		case "jiao":
			p = &g.jiao
		case "fen":
			p = &g.fen
		case "sign":
			p = &g.sign
		case "amt2":
			p = &g.amt2
		case "cur1":
			p = &g.cur1
		default:
			continue
		}
		if !p.ok {
			*p = groupSpan{x.Start + c.base, x.End + c.base, true}
		}
	}
}

// multiplierExp returns the power of ten of a multiplier character.
func multiplierExp(r rune) int {
	switch r {
	case '十':
		return 1
	case '百':
		return 2
	case '千':
		return 3
	case '万':
		return 4
	case '亿':
		return 8
	}
	return 0
}

// multipliedDecimal is the fast path for the usual amount: an Arabic numeral
// and a run of multipliers (38.1亿, 5000万, 2千万, 1.5万亿), whose value is
// the numeral with its point moved. It reports false for anything else.
func multipliedDecimal(s []rune) (entities.Decimal, bool) {
	exp, k := 0, len(s)
	for k > 0 {
		e := multiplierExp(s[k-1])
		if e == 0 {
			break
		}
		exp += e
		k--
	}
	if k == len(s) && exp == 0 || k == 0 || !isArabic(s[k-1]) {
		if k == len(s) && k > 0 && isArabic(s[k-1]) {
			return arabicDecimal(s, 0)
		}
		return "", false
	}
	return arabicDecimal(s[:k], exp)
}

// stripApprox drops 多 and 余 from an amount and maps its runes for
// parseNumber.
func stripApprox(s []rune) []rune {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		if r != '多' && r != '余' {
			out = append(out, numeralRune(r))
		}
	}
	return out
}

// numeralRune maps the middle dot some typesetting uses as a decimal point
// (２·５) to a full stop for parseNumber.
func numeralRune(r rune) rune {
	if r == '·' {
		return '.'
	}
	return r
}

// rangeBounds reads the two bounds of a range; a lower bound without a
// multiplier takes the upper bound's (5-10亿: 5亿; 两千至三千万: 两千万).
func rangeBounds(a, b []rune) (hi, lo *big.Rat, ok bool) {
	hi, ok = parseNumber(b)
	if !ok {
		return nil, nil, false
	}
	a = append([]rune(nil), a...)
	if !containsRune(a, '万', '亿') {
		// The multiplier run at the end of b: 亿, 千万, 万亿.
		k := len(b)
		for k > 0 && (b[k-1] == '万' || b[k-1] == '亿' || b[k-1] == '千' || b[k-1] == '百') {
			k--
		}
		mult := b[k:]
		if k == 0 || !isArabic(b[k-1]) && digitValue(b[k-1]) < 0 {
			// The run is part of a Chinese numeral (二十亿: 亿 only).
			for len(mult) > 0 && (mult[0] == '千' || mult[0] == '百') {
				mult = mult[1:]
			}
		}
		if containsRune(a, '千', '百', '十') {
			for len(mult) > 0 && (mult[0] == '千' || mult[0] == '百') {
				mult = mult[1:]
			}
		}
		a = append(a, mult...)
	}
	lo, ok = parseNumber(a)
	return hi, lo, ok
}

func containsRune(s []rune, rs ...rune) bool {
	for _, r := range s {
		for _, x := range rs {
			if r == x {
				return true
			}
		}
	}
	return false
}

// Qualifiers of an amount or a percentage, longest first.
var (
	qualBefore = []string{"约合", "约为", "约达", "大约", "将近", "接近", "超过", "不到", "不足", "约", "近", "超", "逾"}
	qualAfter  = []string{"左右", "上下", "以上", "以下", "以内", "有余"}
)

// qualifierAround returns the qualifier words just before rs and just after
// re, or "".
func qualifierAround(d *doc, rs, re int) (pre, post string) {
	if rs > 0 && qualBeforeEnds.has(d.runes[rs-1]) {
		for _, q := range qualBeforeRunes {
			if n := len(q); rs-n >= 0 && slices.Equal(d.runes[rs-n:rs], q) {
				pre = d.str(rs-n, rs)
				break
			}
		}
	}
	if re < len(d.runes) && qualAfterStarts.has(d.runes[re]) {
		for _, q := range qualAfterRunes {
			if n := len(q); re+n <= len(d.runes) && slices.Equal(d.runes[re:re+n], q) {
				post = d.str(re, re+n)
				break
			}
		}
	}
	return pre, post
}

var (
	qualBeforeRunes = toRunes(qualBefore)
	qualAfterRunes  = toRunes(qualAfter)
	// The last runes of the qualifiers before, the first of those after:
	// most figures have neither, and one test tells.
	qualBeforeEnds  = edgeRunes(qualBeforeRunes, true)
	qualAfterStarts = edgeRunes(qualAfterRunes, false)
)

// edgeRunes returns the set of the last (or first) runes of words.
func edgeRunes(words [][]rune, last bool) *runeSet {
	var b strings.Builder
	for _, w := range words {
		if last {
			b.WriteRune(w[len(w)-1])
		} else {
			b.WriteRune(w[0])
		}
	}
	return newRuneSet(b.String())
}

func toRunes(words []string) [][]rune {
	out := make([][]rune, len(words))
	for i, w := range words {
		out[i] = []rune(w)
	}
	return out
}

func joinQualifier(parts ...string) string {
	n := 0
	for _, p := range parts {
		if p != "" {
			n++
		}
	}
	if n == 0 {
		return ""
	}
	if n == 1 {
		for _, p := range parts {
			if p != "" {
				return p
			}
		}
	}
	var nonEmpty []string
	for _, p := range parts {
		if p != "" {
			nonEmpty = append(nonEmpty, p)
		}
	}
	return strings.Join(nonEmpty, "…")
}
