package extract

import (
	"fmt"
	"math/big"
	"sort"
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
// 5.5亿元, 人民币5000万元, ¥1,200. The words that only qualify the amount stay
// outside it and go to Qualifier: 约, 近, 超过, 逾, 不到 in front, 左右, 上下,
// 以上 behind (约5亿元 has the span 5亿元, Qualifier "约", Approximate).
// 多 and 余 inside the amount (5000多万元, 3亿多元) are part of the span and
// set Approximate with Qualifier "多" or "余".
//
// Ranges (5-10亿元, 5至10亿元, 5亿—10亿元) set Min and Max; Amount is Min. A
// bound without a multiplier takes the other bound's: 5-10亿 is 5亿..10亿.
//
// 角 and 分 count only right after 元 (3元5角 is 3.5 yuan), so 十分重要 is no
// money; nor are 一元化, 多元化, 二元结构 (a lone Chinese digit before 元 is
// read only in 一元钱), 单元, 157亩 or 千万株.

// moneyData is the compiled state of the money dimension, immutable after
// loadMoney.
type moneyData struct {
	rules    []patterns.Rule
	currency map[string]string // currency word or sign -> ISO 4217 code
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
		for _, r := range rows {
			if len(r) < 2 {
				moneyErr = fmt.Errorf("extract: currency lexicon: entry %q has no code", r[0])
				return
			}
			cur[r[0]] = r[1]
		}
		moneyDat = &moneyData{rules: rules, currency: cur}
	})
	return moneyErr
}

// Window padding around a money anchor: room for a long numeral with a
// currency word in front (人民币1,234,567,890.12万元) and a range.
const (
	moneyBefore = 32
	moneyAfter  = 28
)

// isNumeralRune reports whether r can be part of a numeral.
func isNumeralRune(r rune) bool {
	return digitValue(r) >= 0 || unitValue(r) > 0 || r == '万' || r == '亿'
}

// numeralNear reports whether a numeral rune lies within n runes before
// (dir -1) or after (dir +1) index i, skipping blanks.
func numeralNear(runes []rune, i, dir, n int) bool {
	for k, j := 0, i+dir; k < n && j >= 0 && j < len(runes); k, j = k+1, j+dir {
		if isNumeralRune(runes[j]) {
			return true
		}
	}
	return false
}

// moneyAnchor reports whether rune i may close or open a money mention: a
// currency character with a numeral next to it.
func moneyAnchor(runes []rune, i int) bool {
	switch runes[i] {
	case '元', '币', '镑', '布', '郎', '铢', '钱', '金':
		return numeralNear(runes, i, -1, 5) || numeralNear(runes, i, 1, 3)
	case '¥', '￥', '$', '€', '£':
		return numeralNear(runes, i, 1, 3)
	case 'B', 'D', 'Y', 'R', 'P': // RMB, USD, HKD, CNY, JPY, EUR, GBP
		return i >= 2 && runes[i-1] >= 'A' && runes[i-1] <= 'Z' && numeralNear(runes, i, 1, 3)
	}
	return false
}

// anchorWindows returns merged rune windows around the runes for which
// anchor is true, padded by before and after.
func anchorWindows(runes []rune, anchor func([]rune, int) bool, before, after int) [][2]int {
	var out [][2]int
	for i := range runes {
		if !anchor(runes, i) {
			continue
		}
		s, e := max(i-before, 0), min(i+1+after, len(runes))
		if k := len(out) - 1; k >= 0 && s <= out[k][1] {
			out[k][1] = max(out[k][1], e)
			continue
		}
		out = append(out, [2]int{s, e})
	}
	return out
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
func runRules(d *doc, rules []patterns.Rule, wins [][2]int) []candidate {
	var all []candidate
	for _, w := range wins {
		seg := d.runes[w[0]:w[1]]
		for ri, r := range rules {
			_ = r.Re.FindAll(seg, func(m patterns.Match) {
				s := m.Start + w[0]
				if m.Start == 0 && s > 0 && (isNumeralRune(d.runes[s-1]) || isDot(d.runes[s-1]) || d.runes[s-1] == ',') {
					return
				}
				all = append(all, candidate{start: s, end: m.End + w[0], rule: ri, m: m, base: w[0]})
			})
		}
	}
	return all
}

// pickLongest keeps, among overlapping candidates, the longest (then the
// earliest rule), in text order.
func pickLongest(c []candidate, ok func(*candidate) bool) []candidate {
	sort.SliceStable(c, func(i, j int) bool {
		li, lj := c[i].end-c[i].start, c[j].end-c[j].start
		if li != lj {
			return li > lj
		}
		if c[i].start != c[j].start {
			return c[i].start < c[j].start
		}
		return c[i].rule < c[j].rule
	})
	var kept []candidate
	for i := range c {
		clash := false
		for _, k := range kept {
			if c[i].start < k.end && k.start < c[i].end {
				clash = true
				break
			}
		}
		if !clash && ok(&c[i]) {
			kept = append(kept, c[i])
		}
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].start < kept[j].start })
	return kept
}

func extractMoney(d *doc) []entities.Money {
	if moneyDat == nil {
		return nil
	}
	wins := anchorWindows(d.runes, moneyAnchor, moneyBefore, moneyAfter)
	if len(wins) == 0 {
		return nil
	}
	cands := runRules(d, moneyDat.rules, wins)
	var out []entities.Money
	pickLongest(cands, func(c *candidate) bool {
		m, ok := readMoney(d, c)
		if ok {
			out = append(out, m)
		}
		return ok
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// Words that join 元 into another word: 一元化, 元素, 元旦, 元件...
const yuanWordTail = "化论素件旦宵首帅老勋凶组次气"

// readMoney turns a candidate into a Money, or reports false when the guards
// reject it.
func readMoney(d *doc, c *candidate) (entities.Money, bool) {
	var m entities.Money
	rule := moneyDat.rules[c.rule].Name
	as, ae, _ := c.group("amt")
	amt := d.runes[as:ae]
	curS, curE, _ := c.group("cur")
	cur := d.str(curS, curE)
	code := moneyDat.currency[cur]
	if code == "" {
		return m, false
	}
	// Guards on what stands around the amount.
	if as > 0 && curS > as && !isArabic(amt[0]) {
		switch d.runes[as-1] {
		case '数', '几', '第', '上', '成', '好':
			return m, false // 数千万元 is vague, 第一元 no amount
		}
	}
	if cur == "日元" && as > 0 && d.runes[as-1] == '月' {
		return m, false // 3月1日元旦
	}
	if d.runes[c.end-1] == '元' {
		next := rune(0)
		if c.end < len(d.runes) {
			next = d.runes[c.end]
		}
		if next != 0 && strings.ContainsRune(yuanWordTail, next) {
			return m, false
		}
		// 一元化, 二元结构: a lone Chinese digit before 元 is money only in 一元钱.
		if cur == "元" && len(amt) == 1 && !isArabic(amt[0]) && next != '钱' {
			return m, false
		}
	}
	if c2s, c2e, ok := c.group("cur2"); ok {
		// 人民币5000万元: the word behind must agree with the one in front.
		if moneyDat.currency[d.str(c2s, c2e)] != code && d.str(c2s, c2e) != "元" {
			return m, false
		}
	}
	approx, qual := "", ""
	clean := make([]rune, 0, len(amt))
	for _, r := range amt {
		if r == '多' || r == '余' {
			approx = string(r)
			continue
		}
		clean = append(clean, r)
	}
	v, ok := parseNumber(clean)
	if !ok {
		return m, false
	}
	if js, je, ok := c.group("jiao"); ok {
		jv, _ := parseNumber(d.runes[js:je])
		v.Add(v, new(big.Rat).Mul(jv, big.NewRat(1, 10)))
	}
	if fs, fe, ok := c.group("fen"); ok {
		fv, _ := parseNumber(d.runes[fs:fe])
		v.Add(v, new(big.Rat).Mul(fv, big.NewRat(1, 100)))
	}
	m.Amount = entities.DecimalFromRat(v)
	if bs, be, ok := c.group("amt2"); ok {
		if c1s, c1e, ok := c.group("cur1"); ok && moneyDat.currency[d.str(c1s, c1e)] != code {
			return m, false
		}
		hi, lo, ok := rangeBounds(clean, stripApprox(d.runes[bs:be]))
		if !ok || lo.Cmp(hi) > 0 {
			return m, false
		}
		m.Min, m.Max = entities.DecimalFromRat(lo), entities.DecimalFromRat(hi)
		m.Amount = m.Min
	}
	if approx != "" {
		qual = approx
	}
	pre, post := qualifierAround(d, c.start, c.end)
	qual = joinQualifier(pre, qual, post)
	m.Span = d.span(c.start, c.end)
	m.Currency = code
	m.Approximate = qual != ""
	m.Qualifier = qual
	m.Rule = rule
	return m, true
}

func stripApprox(s []rune) []rune {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		if r != '多' && r != '余' {
			out = append(out, r)
		}
	}
	return out
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
	qualAfter  = []string{"左右", "上下", "以上", "有余"}
)

// qualifierAround returns the qualifier words just before rs and just after
// re, or "".
func qualifierAround(d *doc, rs, re int) (pre, post string) {
	for _, q := range qualBefore {
		n := len([]rune(q))
		if rs-n >= 0 && d.str(rs-n, rs) == q {
			pre = q
			break
		}
	}
	for _, q := range qualAfter {
		n := len([]rune(q))
		if re+n <= len(d.runes) && d.str(re, re+n) == q {
			post = q
			break
		}
	}
	return pre, post
}

func joinQualifier(parts ...string) string {
	var nonEmpty []string
	for _, p := range parts {
		if p != "" {
			nonEmpty = append(nonEmpty, p)
		}
	}
	return strings.Join(nonEmpty, "…")
}
