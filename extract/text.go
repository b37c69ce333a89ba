package extract

import (
	"time"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/entities"
)

// doc is the per-call state, computed once: the caller's text, its runes, the
// rune-to-byte table and the reference date. The text itself is never
// rewritten; every offset points into it.
type doc struct {
	text  string
	runes []rune
	// off[i] is the byte offset of rune i; off[len(runes)] == len(text).
	off    []int
	ref    time.Time
	hasRef bool

	numWin [][2]int // cached numeric windows, see numericWindows
}

func newDoc(text string, ref time.Time) *doc {
	n := utf8.RuneCountInString(text)
	d := &doc{text: text, runes: make([]rune, 0, n), off: make([]int, 0, n+1)}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		d.runes = append(d.runes, r)
		d.off = append(d.off, i)
		i += size
	}
	d.off = append(d.off, len(text))
	if !ref.IsZero() {
		d.ref, d.hasRef = ref, true
	}
	return d
}

// span builds the Span of runes [rs, re).
func (d *doc) span(rs, re int) entities.Span {
	return entities.Span{
		Start: d.off[rs], End: d.off[re],
		RuneStart: rs, RuneEnd: re,
		Text: d.text[d.off[rs]:d.off[re]],
	}
}

// str returns the text of runes [rs, re), clamped to the document.
func (d *doc) str(rs, re int) string {
	if rs < 0 {
		rs = 0
	}
	if re > len(d.runes) {
		re = len(d.runes)
	}
	if rs >= re {
		return ""
	}
	return d.text[d.off[rs]:d.off[re]]
}

// windows returns the rune ranges around every anchor rune, padded by before
// and after runes and merged where they touch. It runs in one pass.
func (d *doc) windows(isAnchor func(rune) bool, before, after int) [][2]int {
	var out [][2]int
	for i, r := range d.runes {
		if !isAnchor(r) {
			continue
		}
		s, e := i-before, i+1+after
		if s < 0 {
			s = 0
		}
		if e > len(d.runes) {
			e = len(d.runes)
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

// Window padding for the numeric dimensions: enough left context for the
// longest guard or prefix (今年前, 约, 百分之), enough right context for the
// longest unit (个百分点, 亿美元).
const (
	numBefore = 12
	numAfter  = 12
)

// numericWindows are the windows around digits of either width, Chinese
// numerals and the date, money and percent anchors. The dates, money and
// percent extractors share them.
func (d *doc) numericWindows() [][2]int {
	if d.numWin == nil {
		d.numWin = d.windows(isNumericAnchor, numBefore, numAfter)
		if d.numWin == nil {
			d.numWin = [][2]int{}
		}
	}
	return d.numWin
}

func isNumericAnchor(r rune) bool {
	switch {
	case r >= '0' && r <= '9', r >= '０' && r <= '９':
		return true
	case r == '%' || r == '％' || r == '‰' || r == '¥' || r == '$' || r == '￥':
		return true
	}
	switch r {
	case '〇', '零', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '亿',
		'壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖', '拾', '佰', '仟',
		'年', '月', '日', '号', '季', '周', '旬', '今', '昨', '去', '明', '前', '本', '上', '下', '近', '元':
		return true
	}
	return false
}
