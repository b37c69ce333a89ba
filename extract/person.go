package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/zhfacts/zhfacts/entities"
	"github.com/zhfacts/zhfacts/patterns"
)

// Person names are found by structure and evidence, not looked up in a list:
//
//   - structure: a surname (surname.txt, single or compound) and a one- or
//     two-character given name, each character weighed by how often it plays
//     that role in names against how common it is in general vocabulary
//     (person_chars.txt, derived from a general dictionary);
//   - words: a candidate that is a common word (高度, 方向), or whose edge cuts
//     through a common word (主持 in 刘明主持), loses weight (dict_words.txt);
//   - context: a title or byline before the name, a speech verb or 同志 after
//     it, a 、-list of names, a post after it (张海涛书记) add weight
//     (person_cue.txt, title_post.txt, title_byline.txt);
//   - the document: a name confirmed once by strong evidence is found again
//     at its other mentions, and all the mentions make one Person.
//
// Transliterated foreign names (克林顿) are runs of transliteration
// characters with a cue (a title before, a verb after), or joined by a name
// dot (乔治·索罗斯). Signatures ((张雄 张占涛) at the end of a paragraph, a
// line that is only a name) and forms of address (老邱) are read apart.
// Context also vetoes: a team next to vs, a brand before 集团, a dateline
// after 新华社, a country before a post.
//
// The order of the passes: dotted names, titles and their holders,
// signatures, the statistical scan, 、-lists read backwards, forms of
// address, and last the document pass that finds confirmed names again.

type cueLexicon struct {
	after, before *runeDict
	maxAfter      int
	maxBefore     int
	// notAfter holds the words that make the name before them part of the
	// name of a place, an organization or a thing (公司, 广场).
	notAfter *runeDict
	maxNot   int
	// notName holds common words that read like names (高尔夫).
	notName *runeDict
	// teamAfter and teamBefore hold the words that make the name next to
	// them a team in a fixture (主场, 输给).
	teamAfter, teamBefore *runeDict
	maxTeam               int
	// beforeLast holds the last runes of the before cues; beforeAny is set
	// when one ends in a rune outside the Han range, and disables the filter.
	beforeLast hanSet
	beforeAny  bool
}

var (
	peopleOnce sync.Once
	peopleErr  error
	compound   *runeDict // compound surnames (欧阳)
	nameStart  hanSet    // surnames, first runes of compound surnames, transliteration characters
	surnameSet hanSet    // the one-rune surnames
	noGiven    hanSet    // Han runes that never sit in a given name: !isNameRune, isDivision, 氏
	trStart    hanSet    // runes that start a foreign name without a cue (tr >= trCore)
	// rightMax holds, by Han rune, the greatest weight of a right cue
	// starting with it (see rightCueBound).
	rightMax [hanHi - hanLo + 1]uint8
	// nameBits holds, by Han rune, the sets above it is in (nb*), for the
	// scans that look them up together.
	nameBits [hanHi - hanLo + 1]uint8
	leftLast runeSet // the runes a left cue may end with (all when cues.beforeAny)
	cues     cueLexicon
)

func loadPeople() error {
	peopleOnce.Do(func() { peopleErr = loadPeopleData() })
	return peopleErr
}

func loadPeopleData() error {
	if err := loadWordStats(); err != nil {
		return err
	}
	list, err := patterns.Lexicon("surname")
	if err != nil {
		return err
	}
	compound = newRuneDict(100)
	for _, s := range list {
		rs := []rune(s)
		switch {
		case len(rs) == 1 && isHan(rs[0]):
			charTab[rs[0]-hanLo].surname = true
		case len(rs) == 2:
			compound.add(s, 1)
		}
	}
	compound.seal()
	for r := rune(hanLo); r <= hanHi; r++ {
		if c := charOf(r); c.surname || c.tr >= 0.3 || compound.starts(r) {
			nameStart.add(r)
		}
		if charOf(r).surname {
			surnameSet.add(r)
		}
		if !isNameRune(r) || isDivision(r) || r == '氏' {
			noGiven.add(r)
		}
		if float64(charOf(r).tr) >= trCore {
			trStart.add(r)
		}
		var b uint8
		if nameStart.has(r) {
			b |= nbStart
		}
		if surnameSet.has(r) {
			b |= nbSurname
		}
		if !noGiven.has(r) {
			b |= nbGiven
		}
		if compound.starts(r) {
			b |= nbCompound
		}
		if trStart.has(r) {
			b |= nbTr
		}
		if isFunctionSurname(r) {
			b |= nbFunction
		}
		if isNameRune(r) {
			b |= nbName
		}
		nameBits[r-hanLo] = b
	}
	rows, err := patterns.LexiconRows("person_cue")
	if err != nil {
		return err
	}
	cues = cueLexicon{after: newRuneDict(200), before: newRuneDict(200), notAfter: newRuneDict(100), notName: newRuneDict(50),
		teamAfter: newRuneDict(50), teamBefore: newRuneDict(50)}
	for _, f := range rows {
		if len(f) < 3 {
			continue
		}
		w := f[2][0] - '0'
		n := len([]rune(f[0]))
		switch f[1] {
		case "after":
			cues.after.add(f[0], w)
			if r, _ := utf8.DecodeRuneInString(f[0]); isHan(r) {
				rightMax[r-hanLo] = max(rightMax[r-hanLo], min(w, 3))
			}
			cues.maxAfter = max(cues.maxAfter, n)
		case "not":
			cues.notAfter.add(f[0], 1)
			cues.maxNot = max(cues.maxNot, n)
		case "word":
			cues.notName.add(f[0], 1)
		case "team-after":
			cues.teamAfter.add(f[0], 1)
			cues.maxTeam = max(cues.maxTeam, n)
		case "team-before":
			cues.teamBefore.add(f[0], 1)
			cues.maxTeam = max(cues.maxTeam, n)
		case "before":
			cues.before.add(f[0], w)
			cues.maxBefore = max(cues.maxBefore, n)
			if rs := []rune(f[0]); len(rs) > 0 {
				if last := rs[len(rs)-1]; isHan(last) {
					cues.beforeLast.add(last)
				} else {
					cues.beforeAny = true
				}
			}
		}
	}
	cues.after.seal()
	cues.before.seal()
	cues.notAfter.seal()
	cues.notName.seal()
	cues.teamAfter.seal()
	cues.teamBefore.seal()
	if err := loadTitleLexicon(); err != nil {
		return err
	}
	// The Han runes that start a right cue other than a cue word (see
	// rightCueAt).
	for r := rune(hanLo); r <= hanHi; r++ {
		m := &rightMax[r-hanLo]
		switch {
		case tl.posts.first.has(r), strings.ContainsRune("一二三四五六七八九", r):
			*m = 3
		case tl.bylines.starts(r), r == '的':
			*m = max(*m, 2)
		}
		// Every left cue ends with one of these runes (see leftCueAt).
		if cues.beforeAny || cues.beforeLast.has(r) || r == '号' || isRoleEnd(r) {
			leftLast.add(r)
		}
	}
	return nil
}

// The bits of nameBits.
const (
	nbStart    = 1 << iota // nameStart
	nbSurname              // surnameSet
	nbGiven                // not in noGiven: may sit in a given name
	nbCompound             // starts a compound surname
	nbTr                   // trStart
	nbFunction             // isFunctionSurname
	nbName                 // isNameRune
)

// nameBitsOf returns the nameBits of r, none outside the Han range.
func nameBitsOf(r rune) uint8 {
	if i := uint32(r) - hanLo; i <= hanHi-hanLo {
		return nameBits[i]
	}
	return 0
}

// mention is one name found in the text, in runes. A byline name padded
// with spaces keeps them in [s, e); name has none.
type mention struct {
	s, e    int
	name    string
	score   float64
	strong  bool // held a title, signed a byline, or confirmed by the document
	foreign bool
}

// Scoring constants. A candidate is kept when its score reaches
// acceptScore; a name confirmed by the document is found again anywhere.
const (
	// Length priors: two-character names (one given character) are rarer
	// than three-character ones.
	kLen2 = -0.5
	kLen3 = 1.0
	// kF3 and kF4 are the mean transliteration weights a foreign name of
	// three, or four and more, characters needs without a cue.
	kF3 = 3.0
	kF4 = 3.2
	// kEdge rewards a clean word edge on either side of a name.
	kEdge = 1.0
	// maxCtx bounds what the context can add to a score: a strong cue on
	// each side and two clean edges.
	maxCtx = 6 + 6 + 2*kEdge
	// kList lowers the bar for an item of a 、-list of names.
	kList        = 2.0
	kListNeed    = 0.0
	kRole        = 3
	kForeignLook = 4.5
	// kPlaceEnd weighs a candidate ending in a place suffix (赵庄, 沙坪镇).
	kPlaceEnd   = 6.0
	acceptScore = 7.0
	// kDottedCommon is the mean transliteration weight below which a dotted
	// name needs a cue (中国·苏州).
	kDottedCommon = 1.2
	confirmScore  = 7.0
)

// extractPeople fills r.Persons and r.Titles, and adds the organization
// part of each title to r.Organizations.
func extractPeople(d *doc, r *entities.Result) {
	n := len(d.runes)
	if n < 2 || charTab == nil {
		return
	}
	p := newPeopleState(d)
	defer p.release()
	for _, o := range r.Organizations {
		p.block(o.RuneStart, o.RuneEnd, 1)
	}
	for _, pl := range r.Places {
		p.block(pl.RuneStart, pl.RuneEnd, 1)
	}
	titles := findTitles(p, r)
	p.titles = titles
	linkChains(d, titles)
	for _, t := range titles {
		p.block(t.s, t.e, 2)
	}
	p.scanDotted()
	p.holders(titles)
	p.scanSignatures()
	p.scan()
	p.scanLists()
	p.scanLatin()
	p.scanAddress()
	p.scanOriginal()
	p.propagate()
	p.output(r, titles)
	addTitleOrgs(p, r, titles)
}

type peopleState struct {
	d      *doc
	wcache []uint8 // word lookups at (start, length 2-4): 0 unknown, else value+1
	rcache []int8  // rightCue by end rune: 0 unknown, else weight+1
	lcache []int8  // leftCue by start rune: 0 unknown, else weight+1
	busy   []uint8 // by rune, busy* bits: what covers the rune
	ms     []mention
	// scanned holds the runes scan tried as starts of names, in order.
	scanned []int32
	starts  []int32 // mention index+1 by start rune, 0 for none
	ends    []int32 // mention index+1 by end rune, 0 for none
	// output's scratch, reused across calls
	order, personOf []int
	marks           [4][]int // positions of the rare runes some passes start from, by mark*
	confs           []confName
	counts          [][2]int // output: mentions and titles by person
	byName          map[string]int
	// findTitles' scratch: the candidates, the organizations and places by
	// their ends (spans), the holders of the titles (hbuf, carved into
	// titleCand.holders), and addTitleOrgs' index of spans.
	titles  []titleCand
	spans   spanEnds
	hbuf    []int
	orgAt   []int32
	orgList []orgLink
}

// The per-call buffers are pooled like the doc's; a state holding buffers
// for a text longer than maxPooled runes is dropped.
var peoplePool = sync.Pool{New: func() any { return new(peopleState) }}

func peopleBuf[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	b = b[:n]
	clear(b)
	return b
}

func newPeopleState(d *doc) *peopleState {
	p := peoplePool.Get().(*peopleState)
	n := len(d.runes) + 1
	p.d = d
	p.wcache = peopleBuf(p.wcache, 3*n)
	p.rcache = peopleBuf(p.rcache, n)
	p.lcache = peopleBuf(p.lcache, n)
	p.busy = peopleBuf(p.busy, n)
	p.starts = peopleBuf(p.starts, n)
	p.ends = peopleBuf(p.ends, n)
	p.ms = p.ms[:0]
	p.scanned = p.scanned[:0]
	p.hbuf = p.hbuf[:0]
	for k := range p.marks {
		p.marks[k] = p.marks[k][:0]
	}
	for i := d.next(0, clsMark); i < len(d.runes); i = d.next(i+1, clsMark) {
		if r := d.runes[i]; markRunes.has(r) {
			switch {
			case r == '\n':
				p.marks[markLine] = append(p.marks[markLine], i)
			case r == '老' || r == '小':
				p.marks[markAddress] = append(p.marks[markAddress], i)
			case isLatinLetter(r):
				if i == 0 || !isLatinAlnum(d.runes[i-1]) {
					p.marks[markLatin] = append(p.marks[markLatin], i)
				}
			default:
				p.marks[markDot] = append(p.marks[markDot], i)
			}
		}
	}
	return p
}

// The rare runes that some passes start from, found in one pass over the
// text: line breaks (signatures), 老 and 小 (forms of address), the dots
// of foreign names, and the first letters of words in Latin letters.
const (
	markLine = iota
	markAddress
	markDot
	markLatin
)

var markRunes = newRuneSet("\n老小·•‧・abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

func (p *peopleState) release() {
	p.d = nil
	if cap(p.busy) > maxPooled {
		return
	}
	clear(p.ms[:cap(p.ms)]) // drop the names' references into the text
	clear(p.confs[:cap(p.confs)])
	clear(p.titles[:cap(p.titles)]) // and the titles' strings and holders
	p.titles = p.titles[:0]
	if len(p.byName) > 1024 {
		p.byName = nil // a map does not shrink: drop a big one
	}
	clear(p.byName)
	p.ms = p.ms[:0]
	peoplePool.Put(p)
}

// The bits of peopleState.busy.
const (
	busyBlocked = 1 << iota // cannot be part of a name: titles, places, organizations
	busySoft                // covered by a place or an organization (a strong cue overrides)
	busyTaken               // covered by an accepted mention
)

func (p *peopleState) blockedAt(i int) bool { return p.busy[i]&busyBlocked != 0 }
func (p *peopleState) softAt(i int) bool    { return p.busy[i]&busySoft != 0 }
func (p *peopleState) takenAt(i int) bool   { return p.busy[i]&busyTaken != 0 }

// block marks runes [s, e) blocked (kind 2) or soft (kind 1).
func (p *peopleState) block(s, e int, kind int) {
	var bit uint8 = busyBlocked
	if kind == 1 {
		bit = busySoft
	}
	b := p.busy
	for i := max(s, 0); i < e && i < len(b); i++ {
		b[i] |= bit
	}
}

// busyMask is the busy bits that keep a rune out of a name: soft ones
// only without a strong cue.
func busyMask(strong bool) uint8 {
	if strong {
		return busyBlocked | busyTaken
	}
	return busyBlocked | busyTaken | busySoft
}

func (p *peopleState) free(s, e int, strong bool) bool {
	m := busyMask(strong)
	for i := s; i < e; i++ {
		if p.busy[i]&m != 0 {
			return false
		}
	}
	return true
}

// freeRun returns how many runes from s, at most maxL, are free in the
// sense of free: free(s, s+l, strong) holds exactly for l <= the result.
func (p *peopleState) freeRun(s, maxL int, strong bool) int {
	e := min(s+maxL, len(p.d.runes))
	if e <= s {
		return 0
	}
	m := busyMask(strong)
	for i, b := range p.busy[s:e] {
		if b&m != 0 {
			return i
		}
	}
	return e - s
}

func (p *peopleState) add(m mention) int {
	for i := m.s; i < m.e; i++ {
		p.busy[i] |= busyTaken
	}
	p.ms = append(p.ms, m)
	p.starts[m.s] = int32(len(p.ms))
	p.ends[m.e] = int32(len(p.ms))
	return len(p.ms) - 1
}

// Cue strengths passed to the scorer.
const (
	nameCueNone = 0
	cueList     = 1 // after 、 and another name
	cueStrong   = 2 // after a title or a byline role
	cueTitled   = 3 // right before a post that follows names (张海涛书记)
)

// best returns the best-scoring name starting at s, given the cue before
// it, or ok=false when none is good enough.
func (p *peopleState) best(s int, cue int) (mention, bool) {
	d := p.d
	n := len(d.runes)
	if s >= n || !isHan(d.runes[s]) {
		return mention{}, false
	}
	need := acceptScore
	switch cue {
	case cueStrong:
		need = -3
	case cueList:
		need = kListNeed
	case cueTitled:
		need = 0
	}
	// The readings to try, in order: compound surname, then one-rune
	// surname, each with one and two given runes. A reading of l runes
	// needs them free (see free): l <= fl.
	fl := p.freeRun(s, 4, cue == cueStrong)
	bestScore := -1e9
	bestE := -1
	if fl >= 3 && compound.has(d.runes[s:s+2]) {
		for gl := 1; gl <= 2 && 2+gl <= fl; gl++ {
			if sc, ok := p.score(s, 2, gl, cue, need); ok && sc > bestScore {
				bestScore, bestE = sc, s+2+gl
			}
		}
	}
	if fl >= 2 && surnameSet.has(d.runes[s]) {
		for gl := 1; gl <= 2 && 1+gl <= fl; gl++ {
			if sc, ok := p.score(s, 1, gl, cue, need); ok && sc > bestScore {
				bestScore, bestE = sc, s+1+gl
			}
		}
	}
	var bestM mention
	if bestE >= 0 {
		bestM = mention{s: s, e: bestE, name: d.str(s, bestE), score: bestScore}
	}
	if cue != nameCueNone {
		if f, ok := p.foreignAt(s, cue); ok && (bestScore < need || p.preferForeign(f, bestM)) {
			bestM, bestScore = f, f.score
		}
	}
	if bestScore == -1e9 {
		return mention{}, false
	}
	if bestScore < need {
		return bestM, false
	}
	return bestM, true
}

// isPeter reports 得 after 彼 in a transliterated name that starts at or
// before s (彼得, Peter): 得 is no name rune elsewhere.
func isPeter(rs []rune, s, i int) bool {
	return i > s && rs[i] == '得' && rs[i-1] == '彼'
}

func isNameRune(r rune) bool {
	if !isHan(r) {
		return false
	}
	switch r {
	case '的', '了', '是', '在', '和', '与', '及', '或', '等', '这', '那', '你', '他', '她', '们', '也', '都', '就', '还', '又', '并', '而', '从', '对', '把', '被', '将', '向', '为', '于', '以', '之', '个', '不', '没', '要', '会', '用', '说', '让', '给', '到', '去', '着', '过', '得', '地', '所', '该', '每', '各', '某', '姓':
		return false
	}
	return true
}

// score weighs the name of sl surname and gl given runes at s. ok is false
// when the runes cannot form a name at all. A score below need may be an
// upper bound: the word checks are skipped when they cannot matter.
func (p *peopleState) score(s, sl, gl int, cue int, need float64) (float64, bool) {
	st, cw, v, ok, done := p.scoreHead(s, sl, gl, cue, need)
	if done {
		return v, ok
	}
	return p.scoreTail(s, sl, gl, cue, need, st, cw)
}

// scoreHead is the first part of score, from the runes and the cues
// alone: when done, score returns (v, ok); otherwise score goes on with
// the weight of the structure st and of the cues cw.
func (p *peopleState) scoreHead(s, sl, gl int, cue int, need float64) (st, cw, v float64, ok, done bool) {
	d := p.d
	e := s + sl + gl
	if !p.givenOK(s+sl, e) {
		return 0, 0, 0, false, true
	}
	if sl == 2 {
		st = 4
		if wc := p.wc(s, s+2); wc > 3 {
			st -= float64(wc) * 0.5
		}
	} else {
		st = surnameWeight(d.runes[s], cue)
	}
	st = givenWeight(st, d.runes[s+sl:e])
	// The context adds at most maxCtx: stop early when even that is not
	// enough.
	if st+maxCtx < need {
		return st, 0, st + maxCtx, true, true
	}
	// The cues bound the context more tightly. Below floor a candidate is
	// neither accepted nor kept as a list item, whatever the checks below
	// would find, so any score below floor may stand for it.
	// The cue on the left is shared by the candidates from s: test it
	// first, with the strongest right cue, before looking the right one up.
	floor := min(need, acceptScore-kList)
	left := 0.0
	leftToo := cue == nameCueNone || cue == cueTitled
	if leftToo {
		// Most runes end no left cue: leftCueAt gives 0 at once there.
		if s > 0 && (cues.beforeAny || leftLast.has(d.runes[s-1])) {
			left = cueWeight(p.leftCue(s))
		}
		if b := st + left + cueWeight(3) + 2*kEdge; b < floor {
			return st, 0, b, true, true
		}
	}
	// The bound of the right cue first, then the cue itself.
	rb := p.rightCueBound(e)
	cw = cueWeight(rb)
	if leftToo {
		cw += left
	}
	if st+cw+2*kEdge < floor {
		return st, cw, st + cw + 2*kEdge, true, true
	}
	if rb == 0 {
		return st, cw, 0, false, false
	}
	rc := p.rightCue(e)
	// A speaker's label: a name alone at the start of a line before a
	// colon (张明：…).
	if rc == 2 && (d.runes[e] == '：' || d.runes[e] == ':') && (s == 0 || d.runes[s-1] == '\n' || isSpace(d.runes[s-1])) {
		rc = 3
	}
	cw = cueWeight(rc)
	if leftToo {
		cw += left
	}
	if st+cw+2*kEdge < floor {
		return st, cw, st + cw + 2*kEdge, true, true
	}
	return st, cw, 0, false, false
}

// givenOK reports that runes [g, e) may form a given name: Han runes that
// sit in names.
func (p *peopleState) givenOK(g, e int) bool {
	d := p.d
	for i := g; i < e; i++ {
		if r := d.runes[i]; !isHan(r) || noGiven.has(r) {
			// 和 ends a given name when no noun follows it (赖中和等).
			if !(r == '和' && i == e-1 && e-g == 2 && p.clauseEnd(e)) {
				return false
			}
		}
	}
	return true
}

// surnameWeight is the weight of the one-rune surname r, with the cue
// before it.
func surnameWeight(r rune, cue int) float64 {
	st := float64(charOf(r).sur)
	if nameBitsOf(r)&nbFunction != 0 && cue == nameCueNone {
		st -= 3
	}
	return st
}

// givenWeight adds to st the weight of the given name g, of one or two
// runes, and the length prior.
func givenWeight(st float64, g []rune) float64 {
	if len(g) == 1 {
		return st + (float64(charOf(g[0]).g0) + kLen2)
	}
	return st + (float64(charOf(g[0]).g1) + float64(charOf(g[1]).g2) + kLen3)
}

// scoreTail is the rest of score, with the word checks, given the weights
// scoreHead found.
func (p *peopleState) scoreTail(s, sl, gl int, cue int, need float64, st, cw float64) (float64, bool) {
	d := p.d
	e := s + sl + gl
	g := s + sl
	// A cue word is no name (强调 after a title).
	if cues.after.starts(d.runes[s]) {
		for l := 2; l <= cues.maxAfter && s+l <= len(d.runes); l++ {
			if _, ok := cues.after.get(d.sl(s, s+l)); ok {
				return 0, false
			}
		}
	}
	// A surname and 总 are a form of address (王总), not a name.
	if gl == 1 && d.runes[e-1] == '总' {
		return 0, false
	}
	// Before an honorific, a surname after a function word or a role
	// ending in 师 is addressed alone (已向陈先生, 理财师刘女士): no name
	// ends in it.
	if gl == 1 && (isFunctionSurname(d.runes[s]) || d.runes[s] == '师') && s > 0 && isHan(d.runes[s-1]) &&
		charOf(d.runes[s+sl]).surname && isHonorific(d.sl(e, min(e+2, len(d.runes)))) {
		return 0, false
	}
	// A cue inside the given name ends the name there (沈先生, 乔明说),
	// and one starting at the given name leaves none (施先生: no 施先).
	if w, ok := cues.after.get(d.sl(s+sl, min(s+sl+2, len(d.runes)))); ok && w >= 2 {
		return 0, false
	}
	if gl == 2 {
		if w, ok := cues.after.get(d.sl(s+sl, e)); ok && w >= 2 {
			return 0, false
		}
		if w, ok := cues.after.get(d.sl(e-1, e+1)); ok && w >= 2 {
			return 0, false
		}
	}
	if w, ok := cues.after.get(d.sl(e-1, e)); ok && w >= 2 {
		return 0, false
	}
	// A function character after a two-character name is no third
	// character of it (陈妍已领先, 倪萍答), nor is a word for a kind of
	// thing named after a person (刘晓明卡, 王一鸣版, 宁玛派).
	if gl == 2 && (isFunctionAfterName(d.runes[e-1]) || isKindAfterName(d.runes[e-1])) {
		return 0, false
	}
	ctx := cw
	// Clean edges: the name starts a clause or follows a word, and a word
	// or a clause break follows it.
	if s == 0 || !isHan(d.runes[s-1]) || p.wc(s-2, s) > 0 {
		ctx += kEdge
	}
	if e >= len(d.runes) || !isHan(d.runes[e]) || p.wc(e, e+2) > 0 {
		ctx += kEdge
	}
	// Penalties only lower the score: stop when it cannot reach need.
	if st+ctx < need {
		return st + ctx, true
	}
	// Without a title or a list, a word or a place is no name (俄罗斯 before
	// 总统 gives no 罗斯).
	if (cue == nameCueNone || cue == cueTitled) && p.placeBefore(s, e) {
		return 0, false
	}
	// Words: the candidate itself, a word inside it, a word across its edges.
	var pen, wordPen float64
	if wc, person := p.wi(s, e); wc > 0 {
		if person {
			// Tagged as a person: two-character ones are as often words
			// (蓝图, 熊熊); longer ones are weighed like any name.
			if e-s == 2 {
				wordPen = 2 + 0.6*float64(wc)
			} else if foreignLooking(d.runes[s:e]) || isLandform(d.runes[e-1]) {
				wordPen = 1 + 0.4*float64(wc)
			}
		} else {
			wordPen = 2 + 0.8*float64(wc)
		}
	}
	// Without a cue, a name written in transliteration characters is
	// weighed as a foreign name, not by Chinese name statistics (阿森纳).
	if cue == nameCueNone && foreignLooking(d.runes[s:e]) {
		pen += kForeignLook
	}
	// A name written in transliteration characters does not stop inside a
	// run of them (哈萨克 in 哈萨克斯坦).
	if e < len(d.runes) && float64(charOf(d.runes[e]).tr) >= trCore && foreignLooking(d.runes[s:e]) {
		pen += 3
	}
	// A place suffix ends the candidate or follows it (赵庄, 梁园镇).
	if isPlaceSuffix(d.runes[e-1]) {
		pen += kPlaceEnd
	}
	if e < len(d.runes) && isPlaceSuffix(d.runes[e]) {
		pen += 3
	}
	if gl == 2 {
		if wc := p.wc(s, s+sl+1); wc > 0 && sl == 1 {
			wordPen += 1 + 0.5*float64(wc)
		}
		if wc := p.wc(g, e); wc > 0 {
			pen += 0.4 * float64(wc)
		}
	}
	n := len(d.runes)
	// A word that starts inside the name and runs past its end (欣欣向荣
	// after 夏, 主持 after 刘明) means the name ends earlier.
	if e < n && isHan(d.runes[e]) {
		worst := uint8(0)
		for q := s + 1; q < e; q++ {
			for l := e - q + 1; l <= 4 && q+l <= n; l++ {
				if wc := p.wc(q, q+l); wc > worst {
					worst = wc
				}
			}
		}
		if worst > 0 {
			pen += 1 + 0.7*float64(worst)
		}
	}
	// A three-character candidate ending in a strong surname is often a
	// two-character name before another name (孙晶孙…, 冀欣李…).
	if gl == 2 && e < n && isHan(d.runes[e]) {
		if c := charOf(d.runes[e-1]); c.surname && c.sur > c.g2+2 {
			wordPen += 5
		}
	}
	// A word that starts before the name and runs into it (好高骛远 before
	// 高骛远, 市长 before 长江).
	if cue == nameCueNone || cue == cueTitled {
		worst := uint8(0)
		whole := false // the word takes the surname whole (设计师 before 师黄珊)
		for q := max(0, s-3); q < s; q++ {
			if !isHan(d.runes[q]) {
				continue
			}
			for l := s - q + 1; l <= 4 && q+l <= n; l++ {
				if wc := p.wc(q, q+l); wc > worst {
					worst = wc
					whole = q+l == s+1
				}
			}
		}
		if worst > 0 {
			pen += 1 + 0.5*float64(worst)
			if whole && worst >= 3 && (cue == nameCueNone || e-s == 2) {
				return 0, false // the surname ends a word: 设计师邓…, 纪念江…
			}
		}
	}
	// A longer word from the same start (张灯结彩, 乌鲁木齐).
	for l := e - s + 1; l <= 4 && s+l <= n; l++ {
		if wc := p.wc(s, s+l); wc > 0 {
			pen += 2 + 0.8*float64(wc)
			break
		}
	}
	if cue == cueStrong {
		// After a title most penalties weigh less; a name that is a word
		// (高明) still needs a verb or a clause break after it.
		pen *= 0.4
		if e >= n || !isHan(d.runes[e]) || d.runes[e] == '、' || p.rightCue(e) >= 2 {
			wordPen *= 0.4
		}
	}
	return st - pen - wordPen + ctx, true
}

// isFunctionAfterName marks the function characters that follow a name
// rather than end it (曾, 答, 已, 将...).
func isFunctionAfterName(r rune) bool {
	switch r {
	case '曾', '答', '问', '已', '仍', '却', '则', '也', '又', '就', '都', '还', '将', '把', '被', '让', '给', '跟':
		return true
	}
	return false
}

// isHonorific reports 先生, 女士 or 小姐 at the start of rs.
func isHonorific(rs []rune) bool {
	if len(rs) < 2 {
		return false
	}
	a, b := rs[0], rs[1]
	return a == '先' && b == '生' || a == '女' && b == '士' || a == '小' && b == '姐'
}

// isKindAfterName marks the characters that name a kind of thing after a
// name (刘晓明卡, 王一鸣版, 宁玛派, 汪氏): none ends a given name.
func isKindAfterName(r rune) bool {
	switch r {
	case '卡', '版', '派', '氏', '式', '型', '牌':
		return true
	}
	return false
}

// rightCue is the weight of the cue right after a name ending at e.
func (p *peopleState) rightCue(e int) int {
	if e < 0 || e >= len(p.rcache) {
		return p.rightCueAt(e)
	}
	if v := p.rcache[e]; v > 0 {
		return int(v) - 1
	}
	w := p.rightCueAt(e)
	p.rcache[e] = int8(w + 1)
	return w
}

// rightCueBound bounds rightCue(e), and the weight score gives a speaker's
// label: a cue starts with a rune of few (rightMax).
func (p *peopleState) rightCueBound(e int) int {
	d := p.d
	if e >= len(d.runes) {
		return 0
	}
	r := d.runes[e]
	if i := uint32(r) - hanLo; i <= hanHi-hanLo {
		return int(rightMax[i])
	}
	switch r {
	case '、':
		return 1
	case '（', '(', '：', ':':
		return 3
	}
	return 0
}

func (p *peopleState) rightCueAt(e int) int {
	if p.rightCueBound(e) == 0 {
		return 0
	}
	return p.rightCueWeight(e)
}

// rightCueWeight is rightCueAt past its bound: the weight of the cue
// starting at rune e.
func (p *peopleState) rightCueWeight(e int) int {
	d := p.d
	n := len(d.runes)
	if e >= n {
		return 0
	}
	w := 0
	r := d.runes[e]
	// Most runes start no cue: the dictionaries' first-rune filters and
	// the runes tested below turn them down at once.
	if cues.after.first.has(r) {
		if l, x := cues.after.longest(d.runes, e, cues.maxAfter); l > 0 {
			w = int(x)
		}
	}
	if w < 3 && tl.posts.first.has(r) {
		if l, fl := postAt(d, e); l > 0 && fl&postAfterName != 0 {
			w = 3
		}
	}
	var next rune
	if e+1 < n {
		next = d.runes[e+1]
	}
	if r == '、' && e+1 < n && surnameSet.has(next) && w < 1 {
		w = 1
	}
	// A rank after the name (常昊八段, 段嵘六段).
	if next == '段' && e+1 < n && strings.ContainsRune("一二三四五六七八九", r) && w < 3 {
		w = 3
	}
	// The author of a work (王明远的《春水》).
	if r == '的' && next == '《' && e+1 < n && w < 2 {
		w = 2
	}
	// A note in parentheses: sex, nationality, a pseudonym or a post (程映萱（女）,
	// 马进成（东乡族）, 张发强（国家体委副主任）).
	if (r == '（' || r == '(') && w < 3 && p.personNote(e+1) {
		w = 3
	}
	// Another byline role (马力通讯员李新华), but not one that is also a
	// common word (设计, 监制).
	if w < 2 && tl.bylines.starts(r) {
		if l := bylineAt(d, e); l >= 3 || l == 2 && strings.Contains("记者编辑摄影", d.str(e, e+2)) {
			w = 2
		}
	}
	// A speaker or column label at the start of a line (张明：…).
	if (r == '：' || r == ':') && w < 2 && p.lineStart(e) {
		w = 2
	}
	return w
}

// leftCue is the weight of the cue right before a name starting at s: a
// cue word, or a word for a trade or a role (经济学家, 设计师, 运动员, 名将,
// 诗人).
func (p *peopleState) leftCue(s int) int {
	if s < 0 || s >= len(p.lcache) {
		return p.leftCueAt(s)
	}
	if v := p.lcache[s]; v > 0 {
		return int(v) - 1
	}
	w := p.leftCueAt(s)
	p.lcache[s] = int8(w + 1)
	return w
}

func (p *peopleState) leftCueAt(s int) int {
	if s <= 0 || !cues.beforeAny && !leftLast.has(p.d.runes[s-1]) {
		return 0 // most runes end no left cue
	}
	return p.leftCueWeight(s)
}

// leftCueWeight is leftCueAt past its first test: the weight of the cue
// ending right before rune s.
func (p *peopleState) leftCueWeight(s int) int {
	d := p.d
	if s <= 0 {
		return 0
	}
	prev := d.runes[s-1]
	if cues.beforeAny || cues.beforeLast.has(prev) {
		for l := min(cues.maxBefore, s); l >= 1; l-- {
			if x, ok := cues.before.get(d.sl(s-l, s)); ok {
				return int(x)
			}
		}
	}
	// A jersey number before the name (９号孙雯).
	if s >= 2 && prev == '号' && (d.runes[s-2] >= '0' && d.runes[s-2] <= '9' || d.runes[s-2] >= '０' && d.runes[s-2] <= '９') {
		return 2
	}
	// A word for a role, unless the name's first rune continues it (老师傅).
	if s >= 2 && isRoleEnd(prev) && p.wc(s-1, s+1) == 0 && p.wc(s-2, s+1) == 0 && !notRole(d.runes[s-2], prev) {
		for l := 2; l <= 4 && s-l >= 0; l++ {
			if p.wc(s-l, s) > 0 {
				return kRole
			}
		}
	}
	return 0
}

// isRoleEnd marks the last characters of words for trades and roles.
func isRoleEnd(r rune) bool {
	switch r {
	case '家', '师', '员', '手', '将', '匠', '星', '士', '人', '者', '授', '编':
		return true
	}
	return false
}

// notRole marks the words ending like a role that name none: 或者, 后者,
// 王者.
func notRole(a, b rune) bool {
	return b == '者' && strings.ContainsRune("或后前再王两二三", a)
}

func cueWeight(w int) float64 {
	if w >= 3 {
		return 6
	}
	return 1.5 * float64(w)
}

func isSpace(r rune) bool { return r == ' ' || r == '\u3000' || r == '\t' || r == '\u00a0' }

// holders finds the people holding each title.
func (p *peopleState) holders(ts []titleCand) {
	d := p.d
	n := len(d.runes)
	for k := 0; k < len(ts); k++ {
		t := &ts[k]
		if t.byline {
			if t.glued {
				p.postOverrun(t)
				// Chinese names, one or more glued together (每经记者林珂何琼),
				// unless a lone transliterated name of up to four runes reads
				// better.
				m, ok := p.best(t.e, cueList)
				if gs := p.gluedNames(t.e, p.hanEnd(t.e), cueList); len(gs) > 0 {
					if !ok || !m.foreign || m.e-m.s > 4 || len(gs) > 1 {
						h0 := len(p.hbuf)
						for _, g := range gs {
							g.strong = true
							p.hbuf = append(p.hbuf, p.add(g))
						}
						t.holders = p.hbuf[h0:len(p.hbuf):len(p.hbuf)]
						continue
					}
				}
				if ok {
					m.strong = true
					p.hbuf = append(p.hbuf, p.add(m))
					t.holders = p.hbuf[len(p.hbuf)-1 : len(p.hbuf) : len(p.hbuf)]
				}
				continue
			}
			t.holders = p.bylineNames(t.e)
			continue
		}
		if t.chainNext {
			continue
		}
		p.postOverrun(t)
		// The holders are appended to hbuf, and carved from it.
		h0 := len(p.hbuf)
		hs := p.hbuf[h0:]
		if mk := p.mentionAt(t.e); mk >= 0 {
			hs = append(hs, mk) // a dotted foreign name (外长于贝尔·韦德里纳)
		} else if m, ok := p.latinAfterTitle(t.e); ok {
			hs = append(hs, p.add(m)) // 市场总监Mark Olsen
		} else if m, ok := p.best(t.e, cueStrong); ok {
			m.strong = true
			hs = append(hs, p.add(m))
			// A 、-list of names shares the title (市领导刘明、赵新华).
			for last := m; last.e+1 < n && d.runes[last.e] == '、'; {
				if l, _ := postAt(d, last.e+1); l > 0 {
					break
				}
				m2, ok := p.best(last.e+1, cueList)
				if !ok {
					break
				}
				m2.strong = true
				hs = append(hs, p.add(m2))
				last = m2
			}
		} else if t.flags&postAfterName != 0 && t.orgS == t.orgE && (k == 0 || !ts[k-1].chainNext) {
			if mk := int(p.ends[t.s]) - 1; mk >= 0 {
				hs = append(hs, mk) // a name already found (张三、李四总经理)
			} else if m, ok := p.bestEnding(t.s); ok {
				m.strong = true
				hs = append(hs, p.add(m))
			}
		}
		if len(hs) == 0 {
			continue
		}
		p.hbuf = append(p.hbuf[:h0], hs...)
		hs = p.hbuf[h0:len(p.hbuf):len(p.hbuf)]
		// Every title of the chain ending here has the same holders.
		t.holders = hs
		for j := k - 1; j >= 0 && ts[j].chainNext; j-- {
			ts[j].holders = hs
		}
	}
}

// postOverrun extends a post that a common word runs over by a rune or two
// (主教 in 主教练, 设计 in 设计师): the word is the post, and the name
// starts after it.
func (p *peopleState) postOverrun(t *titleCand) {
	d := p.d
	n := len(d.runes)
	if t.e >= n || !isHan(d.runes[t.e]) || p.blockedAt(t.e) {
		return
	}
	for j := 1; j <= 2 && t.e+j <= n; j++ {
		if r := d.runes[t.e+j-1]; !isHan(r) || isOrgSuffix(r) {
			return
		}
		for q := max(t.orgE, t.e-3); q <= t.e-2; q++ {
			if l := t.e + j - q; l <= 4 && p.wc(q, t.e+j) > 0 {
				t.full += d.str(t.e, t.e+j)
				p.block(t.e, t.e+j, 2)
				t.e += j
				return
			}
		}
	}
}

// bestEnding finds a name ending right before a post that follows names
// (张海涛书记, 吴萍局长), or a lone surname used as a form of address
// before it (江主席).
func (p *peopleState) bestEnding(e int) (mention, bool) {
	d := p.d
	var bestM mention
	found := false
	for l := 4; l >= 2; l-- {
		s := e - l
		if s < 0 {
			continue
		}
		if isOrgSuffix(d.runes[e-1]) {
			break // 宣传司司长: an office, not a name
		}
		if !nameStart.has(d.runes[s]) {
			continue // no surname and no transliteration rune starts here
		}
		if !p.mayEnd(s, e) {
			continue // no reading of best from s ends at e
		}
		if s > 0 && (isDigit(d.runes[s-1]) || strings.ContainsRune("一二两三四五六七八九十百千几", d.runes[s-1])) {
			continue // 20位客户经理: a measure word, not a surname
		}
		if p.placeBefore(s, e) {
			continue // 俄罗斯总统, 乌克兰总统: a country, not a name
		}
		if wc, person := p.wi(s, e); l == 2 && wc >= 5 && !person {
			continue // 海军发言人: a common word, not a name
		}
		if m, ok := p.best(s, cueTitled); ok && m.e == e && (!found || m.score > bestM.score) {
			bestM, found = m, true
		}
	}
	if found {
		return bestM, true
	}
	// A lone surname is no verb or function word (副县长任组长), and no part of
	// a common word with the post (班主任; 江主席 is less common).
	if e >= 1 && surnameSet.has(d.runes[e-1]) && !isFunctionSurname(d.runes[e-1]) && d.runes[e-1] != '任' &&
		p.wc(e-1, e+2) < 6 && p.free(e-1, e, false) && loneSurnameLeft(d, e-1) {
		return mention{s: e - 1, e: e, name: d.str(e-1, e), score: acceptScore}, true
	}
	return mention{}, false
}

// mayEnd is a quick necessary condition for best(s, cue) to find a name
// ending at e, by the readings it tries: a compound surname and one or
// two given runes, a surname and one or two, or a foreign name (which
// needs a rune of some transliteration weight at s).
func (p *peopleState) mayEnd(s, e int) bool {
	d := p.d
	r := d.runes[s]
	switch l := e - s; {
	case float64(charOf(r).tr) >= 0.3:
		return true
	case l == 2:
		return surnameSet.has(r)
	case l == 3:
		return surnameSet.has(r) || compound.has(d.sl(s, s+2))
	case l == 4:
		return compound.has(d.sl(s, s+2))
	}
	return false
}

// loneSurnameLeft accepts the left edge of a lone surname (在与江主席): the
// start of a clause, a function word, or the end of a common word.
func loneSurnameLeft(d *doc, s int) bool {
	if s == 0 || !isHan(d.runes[s-1]) {
		return true
	}
	for k := 1; k <= 3 && s-k >= 0; k++ {
		if wordClassR(d.sl(s-k, s+1)) > 0 {
			return false // the end of a word (共和国大使)
		}
	}
	if charOf(d.runes[s]).sur < 0.5 {
		return false
	}
	switch d.runes[s-1] {
	case '的', '在', '与', '和', '对', '同', '给', '是', '按', '当', '为', '向', '跟', '请', '让', '被', '把', '说', '问', '找', '及', '由', '位', '姓', '将', '称', '叫':
		return true
	}
	for l := 2; l <= 3 && s-l >= 0; l++ {
		if wordClassR(d.sl(s-l, s)) > 0 {
			return true
		}
	}
	return false
}

// bylineNames reads the space-separated names after a byline role at e
// (记者 张晓燕 李明), padded names included (颜  珂).
func (p *peopleState) bylineNames(e int) []int {
	d := p.d
	n := len(d.runes)
	var hs []int
	i := e
	// A colon may set the names off the role (责任编辑：王某).
	colon := e < n && (d.runes[e] == '：' || d.runes[e] == ':')
	if colon {
		i++
	}
	for {
		j := i
		for j < n && isSpace(d.runes[j]) {
			j++
		}
		if j >= n || !isHan(d.runes[j]) {
			break
		}
		if j == i && (len(hs) > 0 || colon && j > e+1) {
			break
		}
		if l := bylineAt(d, j); l > 0 {
			break
		}
		// The token: a run of Han characters.
		k := p.hanEnd(j)
		if k-j >= 3 && d.runes[k-1] == '摄' {
			k-- // 王长山摄
		} else if k-j >= 4 && d.str(k-2, k) == "报道" {
			k -= 2 // 陈杰报道
			// A dateline place between the name and 报道 (龙华北京报道).
			if k-j >= 4 && p.softAt(k-1) && p.softAt(k-2) {
				q := k - 2
				for q > j+2 && p.softAt(q-1) {
					q--
				}
				if q-j >= 2 && !p.softAt(q-1) {
					k = q
				}
			}
		}
		// Four runes with no compound surname are two names (林珂何琼),
		// whatever the dateline cut.
		if k-j == 4 && !compound.has(d.sl(j, j+2)) {
			k = p.hanEnd(j)
		}
		s, end := j, k
		name := d.str(j, k)
		if k-j == 1 {
			// A padded two-character name: 颜  珂.
			q := k
			for q < n && isSpace(d.runes[q]) {
				q++
			}
			if q > k && q < n && isHan(d.runes[q]) && (q+1 >= n || !isHan(d.runes[q+1])) && surnameSet.has(d.runes[j]) {
				end = q + 1
				name = d.str(j, k) + d.str(q, q+1)
			} else {
				break
			}
		}
		if d.runes[j] == '摄' && end-s == 1 {
			break
		}
		if end-s == k-j && (k-j < 2 || k-j > 4) {
			// Not a lone name token: a name glued to text (记者王明报道).
			if j == e {
				// Names glued together (记者陈辉李清华).
				for _, m := range p.gluedNames(j, k, cueStrong) {
					m.strong = true
					hs = append(hs, p.add(m))
				}
			}
			break
		}
		if !p.free(s, end, true) || !(charOf(d.runes[j]).surname || compound.has(d.sl(j, j+2)) || charOf(d.runes[j]).tr > 0) {
			break
		}
		hs = append(hs, p.add(mention{s: s, e: end, name: name, score: confirmScore, strong: true}))
		i = end
	}
	return hs
}

// hanEnd returns the end of the run of Han runes from i.
func (p *peopleState) hanEnd(i int) int {
	for i < len(p.d.runes) && isHan(p.d.runes[i]) {
		i++
	}
	return i
}

// gluedNames splits the names written without spaces after a byline role
// (记者林珂何琼黄海敏) into Chinese names of two to four runes, each starting
// with a surname: of the splits into up to four names from j, each good
// enough, the one with the best total score. The first name is weighed with
// the cue first (after a title, or as a list item), the others as list
// items that need more.
func (p *peopleState) gluedNames(j, k int, first int) []mention {
	d := p.d
	lim := min(k, j+maxSplit)
	// No name runs into the next byline role (记者马力通讯员李新华).
	for q := j + 2; q < lim; q++ {
		if bylineAt(d, q) > 0 {
			lim = q
			break
		}
	}
	need := -3.0
	if first == cueList {
		need = kListNeed
	}
	var cells [maxSplit + 1]nameSplit
	sp := cells[:lim-j+1]
	p.splitNames(sp, j, first, need, acceptScore-kList, true, 4)
	best := 0
	for x := 1; x < len(sp); x++ {
		if sp[x].ok && (best == 0 || sp[x].total > sp[best].total) {
			best = x
		}
	}
	if best == 0 {
		return nil
	}
	return splitMentions(sp, best)
}

// scan finds the names that no title vouches for.
func (p *peopleState) scan() {
	d := p.d
	rs := d.runes
	n := len(rs)
	busy := p.busy[:n] // add writes into it, and never moves it
	for i := 0; i < n-1; i++ {
		// Only a surname or a transliteration character starts a name.
		c := nameBitsOf(rs[i])
		if c&nbStart == 0 || busy[i]&(busyTaken|busyBlocked) != 0 {
			continue
		}
		p.scanned = append(p.scanned, int32(i))
		r := rs[i]
		cue := nameCueNone
		joined := false // after 和, 与 or 及 and a name (阿里森和纳托利)
		glued := false
		// The cues come from the rune before: 、, a conjunction, or the
		// end of a name.
		if i >= 1 {
			if prev := rs[i-1]; prev == '、' || isConjunction(prev) || busy[i-1]&busyTaken != 0 {
				if i >= 2 && prev == '、' && busy[i-2]&busyTaken != 0 {
					cue = cueList
				}
				if i >= 2 && isConjunction(prev) && p.ends[i-1] > 0 {
					cue, joined = cueList, true
				}
				// A name glued to the end of another (刘国梁王晨取得…).
				// A function character there follows the name (…米勒曾暗示).
				if busy[i-1]&busyTaken != 0 && p.endsMention(i) && !isFunctionSurname(r) && !isFunctionAfterName(r) {
					cue, glued = cueList, true
				}
			}
		}
		// Without a cue best finds a name only from a compound surname, or
		// a surname before a rune that may sit in a given name (see
		// mayBest), and only a core transliteration rune, or a surname
		// before one (马尔科夫), starts a foreign name (see foreignAt).
		tryBest, tryForeign := true, true
		if cue == nameCueNone {
			c1 := nameBitsOf(rs[i+1])
			tryBest = c&nbCompound != 0 || c&nbSurname != 0 && c1&nbGiven != 0
			tryForeign = (c|c1)&nbTr != 0
			if !tryBest && !tryForeign {
				continue
			}
			tryBest = tryBest && p.mayBest(i)
			if !tryBest && !tryForeign {
				continue
			}
		}
		var m mention
		ok := false
		if tryBest {
			m, ok = p.best(i, cue)
		}
		// A foreign name has two runes at least: foreignAt finds none when
		// the second does not continue it.
		if tryForeign && p.foreignNext(i) {
			if f, fok := p.foreignAt(i, cue); fok && (!ok || p.preferForeign(f, m)) {
				m, ok = f, true
			}
		}
		// An item of a 、-list whose next item is a name too (张勇、阎森).
		if !ok && m.e > m.s && m.score >= acceptScore-kList && m.e+1 < n && d.runes[m.e] == '、' {
			if _, ok2 := p.best(m.e+1, cueList); ok2 {
				ok = true
			}
		}
		if !ok || (cue == nameCueNone || cue == cueList) && !m.strong && p.notPerson(m.s, m.e) || cues.notName.has(d.sl(m.s, m.e)) {
			continue
		}
		// A name glued to another needs more than a list item does: a
		// common word or a weak name there is no second name (李明初盘).
		if (glued || joined) && m.score < acceptScore-kList {
			continue
		}
		// A name starting at the next rune and running further may be the
		// right reading (官江德力: 江德力, not 官江德).
		if i+1 < n && cue == nameCueNone {
			if m2, ok2 := p.best(i+1, nameCueNone); ok2 && m2.s < m.e && m2.e > m.e && m2.score > m.score-1 {
				continue
			}
		}
		m.strong = m.score >= confirmScore
		p.add(m)
		i = m.e - 1
	}
}

// mayBest is a quick test before best(s, nameCueNone): it is false when
// best finds no name there, nor a reading before 、 that scores
// acceptScore-kList (what scan looks at when best finds none): a surname
// and a rune that may start a given name, or a compound surname, then
// scoreHead for each reading, with the left cue looked up once.
func (p *peopleState) mayBest(s int) bool {
	d := p.d
	rs := d.runes
	if s+1 >= len(rs) {
		return false
	}
	r, r1 := rs[s], rs[s+1]
	c := nameBitsOf(r)
	given1 := nameBitsOf(r1)&nbGiven != 0
	if c&nbCompound != 0 {
		return c&nbSurname != 0 && given1 || compound.has(rs[s:s+2])
	}
	if !given1 || c&nbSurname == 0 {
		return false
	}
	fl := p.freeRun(s, 4, false)
	const need = acceptScore
	sw := surnameWeight(r, nameCueNone)
	c1 := charOf(r1)
	left, leftDone := 0.0, false
	for gl := 1; gl <= 2 && 1+gl <= fl; gl++ {
		e := s + 1 + gl
		// A reading that is no name matters only before 、 (see scan).
		floor := need
		if e < len(rs) && rs[e] == '、' {
			floor = acceptScore - kList
		}
		var st float64
		if gl == 1 {
			st = sw + (float64(c1.g0) + kLen2)
		} else {
			// As givenOK and givenWeight.
			r2 := rs[s+2]
			if nameBitsOf(r2)&nbGiven == 0 && !(r2 == '和' && p.clauseEnd(e)) {
				continue
			}
			st = sw + (float64(c1.g1) + float64(charOf(r2).g2) + kLen3)
		}
		if st+maxCtx < need {
			if st+maxCtx >= floor {
				return true
			}
			continue
		}
		if !leftDone {
			leftDone = true
			if s > 0 && (cues.beforeAny || leftLast.has(rs[s-1])) {
				left = cueWeight(p.leftCue(s))
			}
		}
		if st+left+cueWeight(3)+2*kEdge < floor {
			continue
		}
		rb := p.rightCueBound(e)
		cw := cueWeight(rb)
		cw += left
		if st+cw+2*kEdge < floor {
			continue
		}
		if rb == 0 || p.mayBestRight(s, e, st, left, floor) {
			return true
		}
	}
	return false
}

// mayBestRight is the end of mayBest's test of the reading [s, e) whose
// structure weighs st, after a left cue of weight left: with the right cue
// itself, it may reach floor.
func (p *peopleState) mayBestRight(s, e int, st, left, floor float64) bool {
	rs := p.d.runes
	rc := p.rightCue(e)
	if rc == 2 && (rs[e] == '：' || rs[e] == ':') && (s == 0 || rs[s-1] == '\n' || isSpace(rs[s-1])) {
		rc = 3
	}
	cw := cueWeight(rc)
	cw += left
	return !(st+cw+2*kEdge < floor)
}

// scanSignatures reads the names that sign a text: in parentheses at the end
// of a paragraph ((张雄 张占涛), (周幼马摄)), after 文/, or alone on a
// line. Each must segment fully into names.
func (p *peopleState) scanSignatures() {
	d := p.d
	n := len(d.runes)
	lineStart := 0
	for _, i := range append(p.marks[markLine], n) {
		p.signatureLine(lineStart, i)
		lineStart = i + 1
	}
}

func (p *peopleState) signatureLine(ls, le int) {
	d := p.d
	// Trim spaces.
	for ls < le && (isSpace(d.runes[ls]) || d.runes[ls] == '\r') {
		ls++
	}
	for le > ls && (isSpace(d.runes[le-1]) || d.runes[le-1] == '\r') {
		le--
	}
	if le-ls < 2 {
		return
	}
	// (names) at the end of the line.
	if r := d.runes[le-1]; r == '）' || r == ')' {
		o := le - 2
		for o >= ls && o >= le-12 && d.runes[o] != '（' && d.runes[o] != '(' {
			o--
		}
		if o >= ls && (d.runes[o] == '（' || d.runes[o] == '(') {
			p.signatureNames(o+1, le-1)
		}
		return
	}
	// A line that is only a name or names.
	if le-ls <= 8 {
		p.signatureNames(ls, le)
	}
	// 文/name at the start of a line.
	if le-ls > 2 && d.runes[ls] == '文' && (d.runes[ls+1] == '/' || d.runes[ls+1] == '／') {
		if m, ok := p.best(ls+2, cueStrong); ok {
			m.strong = true
			p.add(m)
		}
	}
}

// signatureNames accepts [s, e) when it is made of names only (spaces and
// a final 摄 allowed), choosing the best segmentation into names
// (周幼马, not 周幼 + 马).
func (p *peopleState) signatureNames(s, e int) {
	d := p.d
	if e > s && d.runes[e-1] == '摄' {
		e--
	}
	if e-s < 2 || e-s > maxSplit {
		return
	}
	var cells [maxSplit + 1]nameSplit
	sp := cells[:e-s+1]
	p.splitNames(sp, s, cueList, 0, 0, false, 0)
	if !sp[e-s].ok {
		return
	}
	found := splitMentions(sp, e-s)
	if len(found) == 0 || len(found) > 4 {
		return
	}
	for _, m := range found {
		m.strong = true
		p.add(m)
	}
}

// maxSplit bounds the runes that splitNames reads.
const maxSplit = 16

// nameSplit is a cell of splitNames: the best split of the runes before it.
type nameSplit struct {
	ok    bool
	total float64
	from  int // the cell the split's last step starts from
	names int
	m     mention // the split's last name; none (m.e == 0) for a space
}

// splitNames fills sp[i] with the best split of the runes [s, s+i) into
// Chinese names, each a surname (one rune or compound) and one or two given
// runes, with spaces between them skipped: the split with the best total
// score, each name reaching its need. The first name is weighed with
// firstCue and needs firstNeed; the others are list items that need need.
// Names must be free (strong as in free); maxNames > 0 bounds the names of
// a split.
func (p *peopleState) splitNames(sp []nameSplit, s int, firstCue int, firstNeed, need float64, strong bool, maxNames int) {
	d := p.d
	clear(sp)
	sp[0].ok = true
	lim := s + len(sp) - 1
	for i := 0; s+i < lim; i++ {
		cur := sp[i]
		if !cur.ok || maxNames > 0 && cur.names >= maxNames {
			continue
		}
		at := s + i
		if isSpace(d.runes[at]) {
			if !sp[i+1].ok || cur.total > sp[i+1].total {
				sp[i+1] = nameSplit{ok: true, total: cur.total, from: i, names: cur.names}
			}
			continue
		}
		cue, nd := cueList, need
		if i == 0 {
			cue, nd = firstCue, firstNeed
		}
		try := func(sl, gl int) {
			end := at + sl + gl
			if end > lim || !p.free(at, end, strong) {
				return
			}
			sc, ok := p.score(at, sl, gl, cue, nd)
			if !ok || sc < nd {
				return
			}
			j := end - s
			if total := cur.total + sc; !sp[j].ok || total > sp[j].total {
				sp[j] = nameSplit{ok: true, total: total, from: i, names: cur.names + 1,
					m: mention{s: at, e: end, name: d.str(at, end), score: sc}}
			}
		}
		if compound.has(d.sl(at, at+2)) {
			try(2, 1)
			try(2, 2)
		}
		if surnameSet.has(d.runes[at]) {
			try(1, 1)
			try(1, 2)
		}
	}
}

// splitMentions returns the names of the split ending at cell end, in text
// order.
func splitMentions(sp []nameSplit, end int) []mention {
	var out []mention
	for j := end; j > 0; j = sp[j].from {
		if sp[j].m.e > 0 {
			out = append(out, sp[j].m)
		}
	}
	slices.Reverse(out)
	return out
}

// scanAddress finds surnames used as forms of address after 老 or 小 (老邱,
// 小贾). A lone surname before an honorific (沈先生) is left out: it names
// no one in particular; before a title (江主席) it is a holder.
func (p *peopleState) scanAddress() {
	d := p.d
	n := len(d.runes)
	for _, i := range p.marks[markAddress] {
		i++ // the rune after 老 or 小
		if i+2 >= n {
			break
		}
		r := d.runes[i]
		if !surnameSet.has(r) || !p.free(i, i+1, false) {
			continue
		}
		if p.free(i-1, i, false) &&
			p.wc(i-1, i+1) <= 6 && charOf(r).sur >= 2 && (i+1 >= n || !isNameRune(d.runes[i+1]) || isParticle(d.runes[i+1]) || p.wc(i+1, i+3) > 0) &&
			p.wc(i, i+2) == 0 && (i-1 == 0 || !isHan(d.runes[i-2]) || loneSurnameLeft(d, i-1)) {
			p.add(mention{s: i - 1, e: i + 1, name: d.str(i-1, i+1), score: acceptScore})
		}
	}
}

// scanOriginal finds the original spelling of a transliterated name given
// in parentheses right after it (克洛普（Jurgen Klopp）): a mention of the
// same person.
func (p *peopleState) scanOriginal() {
	d := p.d
	n := len(d.runes)
	for k, nm := 0, len(p.ms); k < nm; k++ {
		m := p.ms[k]
		e := m.e
		if !m.foreign || e+1 >= n || d.runes[e] != '（' && d.runes[e] != '(' || !isLatinLetter(d.runes[e+1]) {
			continue
		}
		j, letters := e+1, 0
		for j < n && j-e <= 40 {
			r := d.runes[j]
			if isLatinLetter(r) {
				letters++
			} else if r != ' ' && r != '.' && r != '-' && r != '\'' {
				break
			}
			j++
		}
		if j >= n || d.runes[j] != '）' && d.runes[j] != ')' || letters < 3 {
			continue
		}
		end := j
		for end > e+1 && d.runes[end-1] == ' ' {
			end--
		}
		if p.free(e+1, end, true) {
			p.add(mention{s: e + 1, e: end, name: m.name, score: m.score, strong: m.strong, foreign: true})
		}
	}
}

func isLatinLetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

func isLatinUpper(r rune) bool { return r >= 'A' && r <= 'Z' }

func isLatinAlnum(r rune) bool { return isLatinLetter(r) || r >= '0' && r <= '9' }

// latinRun returns the end of a name written in Latin letters starting at
// s: words of letters, joined by one space when the next word is
// capitalized (Mark Olsen), by a hyphen (Jean-Luc), or after an initial's
// dot (J. K. Rowling). It is no name when it is glued to other letters or
// figures, part of an address or a file name (bet365.com, a@b), holds a
// figure, or is an acronym of up to five capitals (CEO, NBA).
func latinRun(rs []rune, s int) (int, bool) {
	n := len(rs)
	if s >= n || !isLatinLetter(rs[s]) {
		return s, false
	}
	if s > 0 {
		switch r := rs[s-1]; {
		case isLatinAlnum(r), r == '.', r == '/', r == '@', r == '-', r == '_', r == '&':
			return s, false
		}
	}
	e, letters, upper := s, 0, 0
	for e < n && e-s < 40 {
		r := rs[e]
		switch {
		case isLatinLetter(r):
			letters++
			if isLatinUpper(r) {
				upper++
			}
			e++
			continue
		case r >= '0' && r <= '9':
			return s, false
		case (r == ' ' || r == '-') && e+1 < n && isLatinUpper(rs[e+1]) && isLatinUpper(rs[s]),
			r == '-' && e+1 < n && isLatinLetter(rs[e+1]) && isLatinLetter(rs[e-1]):
			e++
			continue
		case r == '.' && e-1 >= s && isLatinUpper(rs[e-1]) && (e-2 < s || !isLatinLetter(rs[e-2])):
			// an initial: J. or J.K.
			if e+1 < n && isLatinUpper(rs[e+1]) {
				e++
				continue
			}
			if e+2 < n && rs[e+1] == ' ' && isLatinUpper(rs[e+2]) {
				e += 2
				continue
			}
		}
		break
	}
	if e < n {
		switch r := rs[e]; {
		case isLatinAlnum(r), r == '@', r == '_', r == '/', r == '&':
			return s, false
		case r == '.' && e+1 < n && isLatinAlnum(rs[e+1]):
			return s, false
		}
	}
	if letters < 3 || upper == letters && letters <= 5 {
		return s, false
	}
	return e, true
}

// latinAfterTitle reads a name in Latin letters right after a title, with
// at most one space between (编剧Anna Berg, 总监 Mark Olsen).
func (p *peopleState) latinAfterTitle(e int) (mention, bool) {
	d := p.d
	s := e
	if s < len(d.runes) && isSpace(d.runes[s]) {
		s++
	}
	end, ok := latinRun(d.runes, s)
	if !ok || !p.free(s, end, true) {
		return mention{}, false
	}
	return mention{s: s, e: end, name: d.str(s, end), score: confirmScore, strong: true, foreign: true}, true
}

// scanLatin reads names in Latin letters outside titles: with a role
// before them (影评人Lena) or a strong cue after them (Walters说, Maria女士).
func (p *peopleState) scanLatin() {
	d := p.d
	n := len(d.runes)
	next := 0 // the end of the last run read: its other words start none
	for _, s := range p.marks[markLatin] {
		if s < next || p.takenAt(s) || p.blockedAt(s) {
			continue
		}
		e, ok := latinRun(d.runes, s)
		if !ok {
			continue
		}
		next = e
		// A space may sit between the name and the cue (编剧 Anna Berg 透露).
		ce, cs := e, s
		if ce < n && isSpace(d.runes[ce]) {
			ce++
		}
		if cs > 0 && isSpace(d.runes[cs-1]) {
			cs--
		}
		// A post after the name is no cue here: brands and companies come
		// before posts too (Apex总裁).
		after := 0
		if l, x := cues.after.longest(d.runes, ce, cues.maxAfter); l > 0 {
			after = int(x)
		}
		if p.free(s, e, false) && (after >= 3 || p.leftCue(cs) >= 2) {
			p.add(mention{s: s, e: e, name: d.str(s, e), score: confirmScore, strong: true, foreign: true})
		}
	}
}

// scanLists extends 、-lists backwards: a name before 、 and a found name
// (冈波斯、安德烈斯、胡建平) is weighed as a list item.
func (p *peopleState) scanLists() {
	d := p.d
	for k := 0; k < len(p.ms); k++ {
		m := p.ms[k]
		for s0 := m.s; s0 >= 2 && d.runes[s0-1] == '、'; {
			found := false
			for l := 2; l <= 6 && s0-1-l >= 0; l++ {
				st := s0 - 1 - l
				if st > 0 && isHan(d.runes[st-1]) && d.runes[st-1] != '、' && l < 3 {
					continue
				}
				c, ok := p.best(st, cueList)
				if ok && c.e == s0-1 {
					p.add(c)
					s0 = st
					found = true
					break
				}
			}
			if !found {
				break
			}
		}
		// A name joined by 和, 与 or 及 to a found one needs more than a
		// list item does (贝托和皮萨诺).
		if s0 := m.s; s0 >= 3 && isConjunction(d.runes[s0-1]) {
			for l := 2; l <= 6 && s0-1-l >= 0; l++ {
				st := s0 - 1 - l
				if st > 0 && isHan(d.runes[st-1]) && l < 3 {
					continue
				}
				c, ok := p.best(st, cueList)
				if ok && c.e == s0-1 && c.score >= acceptScore-kList {
					p.add(c)
					break
				}
			}
		}
	}
}

func isConjunction(r rune) bool { return r == '和' || r == '与' || r == '及' }

// propagate finds the other mentions of every confirmed name, in one pass
// over the text.
func (p *peopleState) propagate() {
	d := p.d
	confs := p.confs[:0]
	// The first mention of each name stands for it. The names are told
	// apart by their first runes first (firstSet), then compared: with
	// the few names found so far, or past propagateFew in a set.
	var firstSet hanSet
	latin := false
	inSet := false
	for _, m := range p.ms {
		if !m.strong || m.e-m.s < 2 {
			continue
		}
		rs := d.runes[m.s:m.e]
		if d.str(m.s, m.e) != m.name { // a byline name padded with spaces
			rs = []rune(m.name)
		}
		if len(rs) < 2 {
			continue
		}
		if r := rs[0]; !isHan(r) || firstSet.has(r) {
			if inSet {
				if _, ok := p.byName[m.name]; ok {
					continue
				}
			} else if slices.ContainsFunc(confs, func(c confName) bool { return c.rs[0] == r && c.name == m.name }) {
				continue
			}
		}
		wc, person := wordInfoR(rs)
		confs = append(confs, confName{rs: rs, name: m.name, isWord: wc >= 6 && !person})
		switch {
		case inSet:
			p.byName[m.name] = 0
		case len(confs) > propagateFew:
			inSet = true
			if p.byName == nil {
				p.byName = map[string]int{}
			}
			clear(p.byName)
			for _, c := range confs {
				p.byName[c.name] = 0
			}
		}
		firstSet.add(rs[0])
		latin = latin || isLatinLetter(rs[0])
	}
	p.confs = confs
	if len(confs) == 0 {
		return
	}
	// By first rune, in the order found within each rune.
	sortStable(confs, func(a, b *confName) int { return int(a.rs[0]) - int(b.rs[0]) })
	rs := d.runes
	n := len(rs)
	if latin {
		p.propagateLatin(confs)
	}
	// When every name starts with a rune of nameStart, the starts that
	// scan tried are the only ones to try again: a rune it passed over
	// was taken or blocked then, or inside a name it found, and stays so.
	onlyScanned := true
	for _, c := range confs {
		if isHan(c.rs[0]) && !nameStart.has(c.rs[0]) {
			onlyScanned = false
			break
		}
	}
	busy := p.busy[:n] // add writes into it, and never moves it
	if onlyScanned {
		for _, s := range p.scanned {
			if r := rs[s]; firstSet.has(r) && busy[s]&(busyTaken|busyBlocked) == 0 {
				p.propagateAt(int(s), confs)
			}
		}
		return
	}
	for s := 0; s < n; s++ {
		if r := rs[s]; firstSet.has(r) && busy[s]&(busyTaken|busyBlocked) == 0 {
			if e := p.propagateAt(s, confs); e > s {
				s = e - 1
			}
		}
	}
}

// propagateFew bounds the confirmed names propagate compares one by one.
const propagateFew = 32

// propagateAt adds the mention of a confirmed name starting at s, if
// any, and returns its end (s when there is none).
func (p *peopleState) propagateAt(s int, confs []confName) int {
	d := p.d
	n := len(d.runes)
	r := d.runes[s]
	k, _ := slices.BinarySearchFunc(confs, r, func(c confName, r rune) int { return int(c.rs[0]) - int(r) })
	for ; k < len(confs) && confs[k].rs[0] == r; k++ {
		c := confs[k]
		e := s + len(c.rs)
		if e > n || !slices.Equal(d.runes[s:e], c.rs) || !p.free(s, e, true) {
			continue
		}
		if c.isWord && p.rightCue(e) == 0 && p.leftCue(s) == 0 || p.doctrineAfter(e) {
			continue
		}
		// A name glued inside a longer word is not a mention (张立 in 张立方体).
		if e < n && isHan(d.runes[e]) && p.wc(e-1, e+1) >= 5 && p.rightCue(e) == 0 {
			continue
		}
		p.add(mention{s: s, e: e, name: c.name, score: confirmScore, strong: true})
		return e
	}
	return s
}

// propagateLatin finds the other mentions of confirmed names in Latin
// letters, as whole names (Sky, not the start of Skype).
func (p *peopleState) propagateLatin(confs []confName) {
	d := p.d
	next := 0
	for _, s := range p.marks[markLatin] {
		if s < next {
			continue
		}
		e, ok := latinRun(d.runes, s)
		if !ok {
			continue
		}
		next = e
		if !p.free(s, e, true) {
			continue
		}
		for _, c := range confs {
			if slices.Equal(d.runes[s:e], c.rs) {
				p.add(mention{s: s, e: e, name: c.name, score: confirmScore, strong: true, foreign: true})
				break
			}
		}
	}
}

// confName is a confirmed name that propagate looks for again.
type confName struct {
	rs     []rune
	name   string
	isWord bool
}

// output groups the mentions into Persons and keeps the titles that have
// holders.
func (p *peopleState) output(r *entities.Result, ts []titleCand) {
	d := p.d
	p.order = peopleBuf(p.order, len(p.ms))
	order := p.order
	for i := range order {
		order[i] = i
	}
	// The passes often add the mentions in order already: sort only when
	// they did not.
	if !slices.IsSortedFunc(order, func(a, b int) int { return p.ms[a].s - p.ms[b].s }) {
		slices.SortFunc(order, func(a, b int) int {
			if p.ms[a].s != p.ms[b].s {
				return p.ms[a].s - p.ms[b].s
			}
			return a - b
		})
	}
	if p.byName == nil {
		p.byName = map[string]int{}
	}
	byName := p.byName
	clear(byName)
	p.personOf = peopleBuf(p.personOf, len(p.ms))
	personOf := p.personOf
	// Number the people, and count their mentions and the titles they
	// may hold, so that every slice of the output is carved from one
	// allocation.
	base := len(r.Persons)
	p.counts = p.counts[:0]
	for _, i := range order {
		name := p.ms[i].name
		k, ok := byName[name]
		if !ok {
			k = len(p.counts)
			byName[name] = k
			p.counts = append(p.counts, [2]int{})
		}
		p.counts[k][0]++
		personOf[i] = base + k
	}
	nHolders, nTitles := 0, 0
	for _, t := range ts {
		if len(t.holders) > 0 {
			nTitles++
			nHolders += len(t.holders)
			for _, h := range t.holders {
				p.counts[personOf[h]-base][1]++
			}
		}
	}
	r.Persons = slices.Grow(r.Persons, len(p.counts))
	spans := make([]entities.Span, len(p.ms))
	titleIdx := make([]int, nHolders)
	for _, c := range p.counts {
		r.Persons = append(r.Persons, entities.Person{
			Mentions: spans[:0:c[0]],
			Titles:   titleIdx[:0:c[1]],
		})
		spans, titleIdx = spans[c[0]:], titleIdx[c[1]:]
	}
	for _, i := range order {
		m := p.ms[i]
		pp := &r.Persons[personOf[i]]
		if len(pp.Mentions) == 0 {
			pp.Name, pp.Foreign = m.name, m.foreign
		}
		pp.Mentions = append(pp.Mentions, d.span(m.s, m.e))
	}
	r.Titles = slices.Grow(r.Titles, nTitles)
	holders := make([]string, nHolders)
	for _, t := range ts {
		if len(t.holders) == 0 {
			continue
		}
		ti := len(r.Titles)
		title := entities.Title{Span: d.span(t.s, t.e), Full: t.full, Post: d.str(t.orgE, t.e), Byline: t.byline}
		if t.orgS < t.orgE {
			title.Org = strings.TrimSuffix(t.full, title.Post)
		}
		title.Holders, holders = holders[:0:len(t.holders)], holders[len(t.holders):]
		for _, h := range t.holders {
			title.Holders = append(title.Holders, p.ms[h].name)
			pp := &r.Persons[personOf[h]]
			if l := len(pp.Titles); l == 0 || pp.Titles[l-1] != ti {
				pp.Titles = append(pp.Titles, ti)
			}
		}
		r.Titles = append(r.Titles, title)
	}
	// A person with no title has nil Titles, as before.
	for k := base; k < len(r.Persons); k++ {
		if len(r.Persons[k].Titles) == 0 {
			r.Persons[k].Titles = nil
		}
	}
}

func isPlaceSuffix(r rune) bool {
	switch r {
	case '镇', '村', '庄', '县', '乡', '寨', '沟', '湾', '岛', '港', '桥', '屯', '堡', '坪', '坝', '寺', '庙', '街', '路', '队', '省', '市', '州', '洲', '峡', '湖', '宫', '祠', '府', '郡', '滩', '苑', '旗', '河', '坡', '町', '墩', '陵', '殿', '坊', '堰', '塘', '城':
		return true
	}
	return false
}

func isNameDot(r rune) bool { return r == '·' || r == '•' || r == '‧' || r == '・' }

// Transliteration thresholds on charInfo.tr: a core character of a foreign
// name, and one that may sit inside a name between core characters.
const (
	trCore  = 1.5
	trInner = 0.0
	trEnd   = 0.8 // the last character (基 in 泽连斯基, 肯 in 布林肯)
)

// foreignAt reads a transliterated foreign name starting at s (克林顿,
// 乔治·索罗斯) and decides with the cue before it and the cue after it.
func (p *peopleState) foreignAt(s int, cue int) (mention, bool) {
	d := p.d
	n := len(d.runes)
	start := trCore
	if cue != nameCueNone {
		start = 0.3
	}
	if s >= n || !isHan(d.runes[s]) {
		return mention{}, false
	}
	// A rune that starts a name only weakly, before a core one (马 in
	// 马尔科夫), needs a cue next to the name.
	weak := false
	if t := float64(charOf(d.runes[s]).tr); t < start {
		if t < 0.3 || s+1 >= n || !trStart.has(d.runes[s+1]) {
			return mention{}, false
		}
		weak = true
	}
	e := s
	dots := 0
	for e < n && e-s < 20 {
		if e-s >= 2 && p.rightCueBound(e) >= 2 && p.rightCue(e) >= 2 {
			break // 卡尼宣布: the cue ends the name
		}
		ok, dot := p.foreignRune(s, e)
		if !ok {
			break
		}
		if dot {
			dots++
		}
		e++
	}
	for e > s && charOf(d.runes[e-1]).tr < trEnd {
		e--
	}
	// One of the last two runes starts a word running past the name, or
	// the last two are a common word: the name ends before it
	// (梅德韦杰夫特意, 博斯克公布), and needs a cue.
	cut := false
	if e-s >= 3 && e < n && isHan(d.runes[e]) {
		for q := e - 1; q >= e-2 && q >= s+2; q-- {
			if (p.wc(q, e+1) >= 2 || p.wc(q, e+2) >= 2 || q == e-2 && p.wc(q, e) >= 5) && !foreignLooking(d.runes[q:e+1]) {
				e, cut = q, true
				for e > s && charOf(d.runes[e-1]).tr < trEnd {
					e--
				}
				break
			}
		}
	}
	if e-s < 2 || !p.free(s, e, cue == cueStrong) {
		return mention{}, false
	}
	var sum float64
	han := 0
	for i := s; i < e; i++ {
		if isHan(d.runes[i]) {
			sum += float64(charOf(d.runes[i]).tr)
			han++
		}
	}
	avg := sum / float64(han)
	// Every way to accept the name below needs a mean weight of 2, or 1.5
	// after a title, and without a cue 2.5 unless it has dots or a strong
	// cue word before it: the word checks cannot save a name below that.
	if avg < 2 && (cue != cueStrong || avg < 1.5) ||
		cue == nameCueNone && avg < 2.5 && dots == 0 && p.leftCue(s) < 3 {
		return mention{}, false
	}
	// A common word at the start is no part of a name (希望利维), nor is
	// the start of a longer word or place (乌鲁木 in 乌鲁木齐).
	if wc, person := p.wi(s, s+2); wc >= 6 && !person && e-s > 2 {
		return mention{}, false
	}
	for l := e - s + 1; l <= e-s+3 && s+l <= n; l++ {
		if wc, person := p.wi(s, s+l); wc > 0 && !person {
			return mention{}, false
		}
	}
	name := d.str(s, e)
	// A country, a place or a word written with the same characters
	// (伊拉克, 阿拉伯, 巴西).
	// After a title only a place found as such is one: the dictionary also
	// lists some foreign leaders' names as places.
	wc, person := p.wi(s, e)
	if wc > 0 && !person && (cue == nameCueNone || wc >= 6 && (cue != cueStrong || p.softAt(s) || !foreignLooking(d.runes[s:e]))) {
		return mention{}, false
	}
	// A transliterated name ends in no landform or place suffix (瓦伦尼尔山,
	// 塔卡拉岛, 阿尔塔堡).
	if r := d.runes[e-1]; cue != cueStrong && (isLandform(r) || isPlaceSuffix(r)) {
		return mention{}, false
	}
	// Without a cue a name neither starts inside a run of transliteration
	// characters nor stops short of a place ending (哈萨克 in 哈萨克斯坦).
	if cue == nameCueNone || cue == cueList {
		if s > 0 && isHan(d.runes[s-1]) && charOf(d.runes[s-1]).tr >= 0.5 && p.leftCue(s) < 2 {
			return mention{}, false
		}
		for k := 1; k <= 2 && e+k <= n; k++ {
			if foreignPlaceEnding(d.runes[s : e+k]) {
				return mention{}, false
			}
		}
	}
	if cue == nameCueNone || cue == cueList {
		if p.placeBefore(s, e) {
			return mention{}, false
		}
	}
	// Teams in a fixture (桑德兰vs博尔顿) are no persons.
	if cue == nameCueNone || cue == cueList {
		if p.nearVersus(s, e) {
			return mention{}, false
		}
	}
	right := p.rightCue(e)
	left := p.leftCue(s)
	ok := false
	switch {
	case dots > 0 && han >= 4 && avg >= 2:
		ok = true
	case cue == cueStrong && avg >= 1.5, cue != nameCueNone && avg >= 2:
		ok = true
	case (right >= 2 || left >= 2) && han >= 2 && avg >= 2.5, left >= 3 && han >= 2 && avg >= 2.0:
		ok = true
	case han >= 4 && avg >= kF4 && wc == 0 && (e >= n || !isForeignPlaceSuffix(d.runes[e])) && !foreignPlaceEnding(d.runes[s:e]) && p.leftBoundary(s):
		ok = true
	case han == 3 && avg >= kF3 && wc == 0 && (e >= n || !isForeignPlaceSuffix(d.runes[e])) && p.cleanEdges(s, e) && p.leftBoundary(s) && p.rightBoundary(e):
		ok = true
	}
	if (person || cut || weak) && cue == nameCueNone && right < 2 && left < 2 {
		ok = false
	}
	if !ok {
		return mention{}, false
	}
	return mention{s: s, e: e, name: name, score: acceptScore + float64(han), foreign: true}, true
}

// foreignRune reports that rune e continues a transliterated name that
// starts at s: a name rune of some transliteration weight (or 得 after
// 彼), or a name dot before a Han rune; dot tells the dot.
func (p *peopleState) foreignRune(s, e int) (ok, dot bool) {
	d := p.d
	r := d.runes[e]
	if nameBitsOf(r)&nbName != 0 && float64(charOf(r).tr) >= trInner || isPeter(d.runes, s, e) {
		return true, false
	}
	if isNameDot(r) && e-s >= 1 && e+1 < len(d.runes) && isHan(d.runes[e+1]) && charOf(d.runes[e+1]).tr >= -0.5 {
		return true, true
	}
	return false, false
}

// foreignNext reports that the rune after s continues a transliterated
// name starting at s.
func (p *peopleState) foreignNext(s int) bool {
	ok, _ := p.foreignRune(s, s+1)
	return ok
}

// isFunctionSurname marks surnames that are far more often function words
// (和, 于, 向); a name starting with one needs a cue.
func isFunctionSurname(r rune) bool {
	switch r {
	case '和', '于', '向', '从', '同', '将', '以', '由', '自', '比', '对', '为', '及':
		return true
	}
	return false
}

// isForeignPlaceSuffix marks what follows a transliterated place or team
// rather than a person (桑德兰队, 阿德莱德港, 卡德奈特峡谷).
func isForeignPlaceSuffix(r rune) bool {
	switch r {
	case '队', '港', '峡', '山', '河', '湖', '岛', '州', '邦', '城', '省', '市', '县', '镇', '村', '区', '湾', '堡', '球', '大', '公', '集', '俱', '国', '人', '语', '族', '式', '型', '号':
		return true
	}
	return false
}

// foreignLooking reports runes written mostly with transliteration
// characters (伊拉克, 温哥华).
func foreignLooking(rs []rune) bool {
	var sum float64
	for _, r := range rs {
		sum += float64(charOf(r).tr)
	}
	return sum/float64(len(rs)) >= 2.5
}

// isLandform marks the last characters of mountains, rivers and lakes
// (贺兰山).
func isLandform(r rune) bool {
	switch r {
	case '山', '河', '江', '湖', '岭', '峰', '海', '川', '原', '岛':
		return true
	}
	return false
}

// isDivision marks administrative and body suffixes that never sit inside a
// given name (丰县, 雷兹党, 吉林队).
func isDivision(r rune) bool {
	switch r {
	case '县', '省', '市', '区', '党', '队', '馆', '牌':
		return true
	}
	return false
}

// foreignPlaceEnding marks transliterated names of countries and cities
// (哈萨克斯坦, 伊斯坦布尔, 斯大林格勒).
func foreignPlaceEnding(rs []rune) bool {
	if len(rs) < 4 {
		return false
	}
	switch string(rs[len(rs)-2:]) {
	case "斯坦", "利亚", "布尔", "格勒", "尼亚", "维亚", "比亚", "西亚", "罗斯", "拉克", "拉圭", "基斯":
		return true
	}
	return false
}

// isOrgSuffix marks the last characters of offices and bodies (宣传司, 办公室).
func isOrgSuffix(r rune) bool {
	switch r {
	case '司', '部', '局', '厅', '处', '委', '办', '院', '所', '会', '社', '团', '组', '科', '室', '站', '署', '行', '校', '馆', '台':
		return true
	}
	return false
}

// rightBoundary reports a clean right edge for a name without a cue: no
// Han rune follows it, or a cue, a function character, a rune that sits in
// no name or a word does (not 卡拉巴 before 鄂).
func (p *peopleState) rightBoundary(e int) bool {
	d := p.d
	return e >= len(d.runes) || !isHan(d.runes[e]) || p.rightCue(e) >= 1 || isFunctionAfterName(d.runes[e]) || !isNameRune(d.runes[e]) ||
		p.wc(e, e+2) > 0 || p.wc(e, e+3) > 0
}

// cleanEdges reports that no common word crosses either edge of [s, e).
func (p *peopleState) cleanEdges(s, e int) bool {
	d := p.d
	n := len(d.runes)
	if s > 0 && isHan(d.runes[s-1]) && p.wc(s-1, s+1) > 0 {
		return false
	}
	if e < n && isHan(d.runes[e]) && p.wc(e-1, e+1) > 0 {
		return false
	}
	return true
}

// nearVersus reports a name written next to vs or 队, as teams are.
func (p *peopleState) nearVersus(s, e int) bool {
	d := p.d
	n := len(d.runes)
	i := s - 1
	for i >= 0 && (isSpace(d.runes[i]) || d.runes[i] == '.' || d.runes[i] >= '0' && d.runes[i] <= '9') {
		i--
	}
	if i >= 1 && (d.runes[i] == 's' || d.runes[i] == 'S') && (d.runes[i-1] == 'v' || d.runes[i-1] == 'V') {
		return true
	}
	j := e
	for j < n && isSpace(d.runes[j]) {
		j++
	}
	if j+1 < n && (d.runes[j] == 'v' || d.runes[j] == 'V') && (d.runes[j+1] == 's' || d.runes[j+1] == 'S') {
		return true
	}
	if j < n && d.runes[j] == '队' {
		return true
	}
	if l, _ := cues.teamAfter.longest(d.runes, j, cues.maxTeam); l > 0 {
		return true
	}
	for l := min(cues.maxTeam, s); l >= 2; l-- {
		if _, ok := cues.teamBefore.get(d.sl(s-l, s)); ok {
			return true
		}
	}
	return false
}

func isParticle(r rune) bool {
	switch r {
	case '呀', '啊', '吗', '呢', '吧', '啦':
		return true
	}
	return false
}

// leftBoundary reports that a name may start at s: at the start of a clause,
// after a function character, or after a common word.
func (p *peopleState) leftBoundary(s int) bool {
	d := p.d
	if s == 0 || !isHan(d.runes[s-1]) || !isNameRune(d.runes[s-1]) {
		return true
	}
	return p.wc(s-2, s) > 0 || p.wc(s-3, s) > 0
}

// preferForeign decides between a foreign reading f and a Chinese reading c
// of the same start: the foreign one when it is written with a name dot, or
// is longer and does not start with a strong surname (克林顿, not 林顿).
func (p *peopleState) preferForeign(f, c mention) bool {
	if f.e <= c.e {
		return false
	}
	if strings.ContainsAny(f.name, "·•‧・") {
		return true
	}
	first := charOf(p.d.runes[f.s]).sur
	if first >= 5 {
		// A strong surname reads as a Chinese name (刘辉李雪梅) unless its
		// given name is plainly transliterated (冯德莱恩).
		var sum float64
		for i := c.s + 1; i < c.e; i++ {
			sum += float64(charOf(p.d.runes[i]).tr)
		}
		return c.e-c.s >= 2 && sum/float64(c.e-c.s-1) >= 3.0
	}
	return first < 3 || foreignLooking(p.d.runes[f.s:f.e]) || f.e-f.s >= 4
}

// placeBefore reports that [s, e) is the end of a word or a place rather
// than a name: a common word runs into it from before its start (俄罗斯 over
// 罗斯), or it is a common word written in transliteration characters.
// Entries the dictionary tags as persons are left to the other checks:
// 乌克兰 and 克林顿 look alike, and places come from the place extractor.
func (p *peopleState) placeBefore(s, e int) bool {
	d := p.d
	for q := max(0, s-3); q <= s; q++ {
		wc, person := p.wi(q, e)
		if wc == 0 {
			continue
		}
		if e-q >= 3 && !person && (q < s || foreignLooking(d.runes[q:e])) {
			return true
		}
	}
	return false
}

// wi looks up runes [a, b) in the word set, through a per-call cache for
// the short lengths the scorer asks for again and again.
func (p *peopleState) wi(a, b int) (uint8, bool) {
	a = max(a, 0)
	rs := p.d.runes
	if b > len(rs) {
		b = len(rs)
	}
	l := b - a
	if l < 2 {
		return 0, false
	}
	// The word set's own filters first: most runes start no word of
	// length l, and most pairs start no word.
	w := rs[a : a+2 : b]
	i := uint32(w[0]) - hanLo
	if i > hanHi-hanLo {
		return 0, false
	}
	if wd := words; wd.lens[i]&lenBit(l) == 0 || !wd.pairMay(w[0], w[1]) {
		return 0, false
	}
	if l > 4 {
		return wordInfoR(rs[a:b])
	}
	k := 3*a + l - 2
	v := p.wcache[k]
	if v == 0 {
		raw, _ := words.get(rs[a:b])
		v = raw + 1
		p.wcache[k] = v
	}
	v--
	return v &^ wordPerson, v&wordPerson != 0
}

func (p *peopleState) wc(a, b int) uint8 {
	c, _ := p.wi(a, b)
	return c
}

// lineStart reports that the name ending at e starts its line (at most four
// runes after a line break or the start of the text).
func (p *peopleState) lineStart(e int) bool {
	d := p.d
	for i := e - 1; i >= 0 && i >= e-5; i-- {
		if d.runes[i] == '\n' {
			return true
		}
		if i == 0 {
			return true
		}
	}
	return false
}

// notPerson vetoes a name found by statistics alone when its context makes
// it a team, a brand, an organization or a place: 桑德兰vs…, 李宁集团,
// 梅雷兹党, 吉林队, a dateline (新华社巴格达１月１９日电).
func (p *peopleState) notPerson(s, e int) bool {
	d := p.d
	n := len(d.runes)
	if p.nearVersus(s, e) || p.doctrineAfter(e) || p.inWorkTitle(s, e) {
		return true
	}
	if s > 0 && (d.runes[s-1] == '社' || d.runes[s-1] == '报') && e < n && (d.runes[e] >= '0' && d.runes[e] <= '9' || d.runes[e] >= '０' && d.runes[e] <= '９' || d.runes[e] == '电') {
		return true
	}
	if l, _ := cues.notAfter.longest(d.runes, e, cues.maxNot); l > 0 {
		return true
	}
	if e < n {
		switch d.runes[e] {
		case '党', '队', '厅', '馆', '牌', '杯', '奖', '路', '街', '桥', '镇', '村', '县', '乡', '港', '湾', '岛', '寺', '庙', '宫', '城', '站', '厂', '矿', '号':
			return p.wc(e, e+2) == 0
		}
	}
	return false
}

// scanDotted finds the foreign names written with a name dot (乔治·索罗斯,
// 于贝尔·韦德里纳): the dot between Han characters is evidence enough; the
// parts stop at a clause boundary, a function character or a cue.
func (p *peopleState) scanDotted() {
	d := p.d
	n := len(d.runes)
	for _, k := range p.marks[markDot] {
		if k < 1 || k+1 >= n || !isHan(d.runes[k-1]) || !isHan(d.runes[k+1]) {
			continue
		}
		if p.takenAt(k) {
			continue
		}
		// Left part: everything after a title (外长于贝尔·…), else the
		// nearest start of two or more runes that is a word boundary.
		s := -1
		q0 := k - 1
		for q0 > 0 && k-q0 < 5 && isHan(d.runes[q0-1]) && !p.blockedAt(q0-1) {
			q0--
		}
		if q0 > 0 && p.blockedAt(q0-1) && !p.blockedAt(q0) {
			s = q0
		}
		for q := k - 1; s < 0 && q >= 0 && k-q <= 5; q-- {
			r := d.runes[q]
			if !isHan(r) || p.blockedAt(q) {
				break
			}
			if !isNameRune(r) && !isPeter(d.runes, 0, q) {
				// Right after a title even 于 starts a name (外长于贝尔·…).
				if q > 0 && p.blockedAt(q-1) {
					s = q
				}
				break
			}
			if p.leftBoundary(q) {
				s = q
				if k-q >= 2 {
					break
				}
			}
		}
		// Extend over clear transliteration characters (格雷 before 厄姆).
		for q := s - 1; s > 0 && q >= 0 && k-q <= 6; q-- {
			r := d.runes[q]
			if !isHan(r) || p.blockedAt(q) || !isNameRune(r) || charOf(r).tr < trCore {
				break
			}
			if p.leftBoundary(q) {
				s = q
			}
		}
		// A longer run of transliteration runes with a clean start is the
		// left part whole (文学家安德鲁·…, 斯图尔特·…).
		s = p.dottedRun(s, k)
		// A function character before the name is no part of it (由斯蒂芬·…,
		// 帮亚当·…).
		s = p.dottedLead(s, k)
		if s < 0 {
			continue
		}
		s = p.dottedTrim(s, k)
		// Right part, through further dots.
		e := k + 1
		for e < n && e-k <= 12 {
			r := d.runes[e]
			if isHan(r) && (isNameRune(r) || isPeter(d.runes, k+1, e)) && !p.blockedAt(e) {
				if e-k >= 2 && (p.rightCue(e) >= 1 || p.wc(e, e+2) >= 6 && !foreignLooking(d.sl(e, e+2))) {
					break
				}
				e++
				continue
			}
			if isNameDot(r) && e+1 < n && isHan(d.runes[e+1]) {
				e++
				continue
			}
			break
		}
		for e > k+1 && (charOf(d.runes[e-1]).tr < -0.5 || isNameDot(d.runes[e-1])) {
			e--
		}
		if e-s < 4 || e == k+1 || !p.free(s, e, true) {
			continue
		}
		// A dotted name opening the title of a work names the work
		// (《哈利·波特与魔法石》), as does a citation (《礼记·礼运》).
		if s > 0 && d.runes[s-1] == '《' {
			p.block(s, e, 2)
			continue
		}
		if !p.dottedLooksNamed(s, e) {
			p.block(s, e, 1)
			continue
		}
		p.add(mention{s: s, e: e, name: d.str(s, e), score: confirmScore, strong: true, foreign: true})
		k = e
	}
}

// mentionAt returns the index of the mention starting at s, or -1.
func (p *peopleState) mentionAt(s int) int {
	return int(p.starts[s]) - 1
}

// doctrineAfter reports a doctrine named after a person (邓小平理论,
// 毛泽东思想, 马克思主义): the name there is part of a term, not a mention
// of the person.
func (p *peopleState) doctrineAfter(e int) bool {
	d := p.d
	if e+1 >= len(d.runes) {
		return false
	}
	switch d.str(e, e+2) {
	case "理论", "思想", "主义":
		return true
	}
	return false
}

// personNote reports a parenthesized note about a person starting at i:
// 女, 男, a nationality (回族), or a post before the closing parenthesis.
func (p *peopleState) personNote(i int) bool {
	d := p.d
	n := len(d.runes)
	j := i
	for j < n && j-i <= 14 && d.runes[j] != '）' && d.runes[j] != ')' {
		j++
	}
	if j >= n || j == i || j-i > 14 {
		return false
	}
	if j-i == 1 && (d.runes[i] == '女' || d.runes[i] == '男') {
		return true
	}
	if j-i == 2 && d.runes[i] == '化' && d.runes[i+1] == '名' {
		return true // a pseudonym: 王某（化名）
	}
	if d.runes[j-1] == '族' && j-i <= 5 {
		return true
	}
	for k := i; k < j; k++ {
		if l, _ := postAt(d, k); l > 0 && k+l == j {
			return true
		}
	}
	return false
}

// clauseEnd reports that nothing a conjunction could join follows e: the
// end of the text, punctuation, or 等.
func (p *peopleState) clauseEnd(e int) bool {
	d := p.d
	if e >= len(d.runes) {
		return true
	}
	r := d.runes[e]
	return !isHan(r) || r == '等'
}

// endsMention reports that a mention ends right before rune i.
func (p *peopleState) endsMention(i int) bool {
	for k := len(p.ms) - 1; k >= 0 && k >= len(p.ms)-8; k-- {
		if p.ms[k].e == i {
			return true
		}
	}
	return false
}

// inWorkTitle reports a name that is the whole title of a work (《沃尔沃》):
// a book, a film or a game more often than a mention of the person.
func (p *peopleState) inWorkTitle(s, e int) bool {
	d := p.d
	return s > 0 && d.runes[s-1] == '《' || e < len(d.runes) && d.runes[e] == '》'
}

// dottedRun returns the farthest start of the left part of a dotted name
// (the dot at k), up to six runes back, over runes that all may sit in a
// transliterated name, where a name may start: after punctuation, a title,
// a function character, a role word or a common word. It returns s when
// there is none farther.
func (p *peopleState) dottedRun(s, k int) int {
	d := p.d
	q := k
	for q > 0 && k-q < 6 {
		r := d.runes[q-1]
		if !isHan(r) || p.blockedAt(q-1) || !isNameRune(r) || float64(charOf(r).tr) < trInner {
			break
		}
		q--
	}
	for c := q; c < k-1 && (s < 0 || c < s); c++ {
		// Not inside a place or a word (苏丹, 大臣, 扣押).
		if p.softAt(c) || c > 0 && p.wc(c-1, c+1) >= 3 {
			continue
		}
		if wc, person := p.wi(c, c+2); wc > 0 && !person && !foreignLooking(d.runes[c:c+2]) {
			continue
		}
		if c == 0 || p.blockedAt(c-1) || p.leftBoundary(c) || p.leftCue(c) >= 2 {
			return c
		}
	}
	return s
}

// dottedLooksNamed tells a dotted name from a brand and a project joined by
// a dot (星河·天街, 中国·苏州): a title right before it always makes it
// a name; otherwise a name ending like an estate or a place needs one, and
// a name written mostly in common characters rather than transliteration
// ones (买买提·艾力 is) needs a cue on either side.
func (p *peopleState) dottedLooksNamed(s, e int) bool {
	d := p.d
	if s > 0 && p.blockedAt(s-1) {
		return true
	}
	if isEstateEnd(d.runes[e-1]) || isPlaceSuffix(d.runes[e-1]) || p.notPerson(s, e) {
		return false
	}
	// A ship or a weapon named in quotes (“伊万·鲁卡斯”号).
	if e+1 < len(d.runes) && (d.runes[e] == '”' || d.runes[e] == '"') && (d.runes[e+1] == '号' || d.runes[e+1] == '级') {
		return false
	}
	var sum float64
	han := 0
	for _, r := range d.runes[s:e] {
		if isHan(r) {
			sum += float64(charOf(r).tr)
			han++
		}
	}
	if han > 0 && sum/float64(han) >= kDottedCommon {
		return true
	}
	return p.leftCue(s) >= 2 || p.rightCue(e) >= 2
}

// isEstateEnd marks the last characters of the names of estates and
// buildings (花园, 华府, 名苑).
func isEstateEnd(r rune) bool {
	switch r {
	case '苑', '园', '城', '府', '墅', '庭', '郡', '邸', '居', '阁', '轩', '坊', '谷', '宫', '湾', '廷', '汇':
		return true
	}
	return false
}

// dottedTrim drops from the left part of a dotted name what belongs to the
// words before it, keeping two runes before the dot: the end of a word begun
// before the name (主教练卡尔·…, where the title read is 主教), or a common
// word that is no transliteration before one (老公马克·…).
func (p *peopleState) dottedTrim(s, k int) int {
	d := p.d
	// After a title only a longer word counts: 长安 in 外长安东尼·… is
	// no word there; nor is 手帕 after the cue 选手.
	if s > 0 && s+2 < k && isHan(d.runes[s-1]) && (!p.blockedAt(s-1) && p.wc(s-1, s+1) >= 2 && p.leftCue(s) < 2 || s > 1 && p.wc(s-2, s+1) >= 2) {
		s++
	}
	if s+4 <= k && (s == 0 || !p.blockedAt(s-1)) {
		if wc, _ := p.wi(s, s+2); wc >= 4 && !foreignLooking(d.runes[s:s+2]) && foreignLooking(d.runes[s+2:k]) {
			s += 2
		}
	}
	return s
}

// dottedLead corrects the start s of the left part of a dotted name (the
// dot at k): a function character before the name (由安德烈·…, 帮约瑟夫·…)
// within five runes of the dot, with no common word after it, marks where
// the name starts.
func (p *peopleState) dottedLead(s, k int) int {
	d := p.d
	for q := k - 3; q >= 0 && q >= k-6; q-- {
		r := d.runes[q]
		if isDottedLeadRune(r) {
			return q + 1
		}
		if !isHan(r) || p.blockedAt(q) || !isNameRune(r) {
			break
		}
		if wc, person := p.wi(q, q+2); wc > 0 && !person && !foreignLooking(d.runes[q:q+2]) {
			break // a common word (领导人阿·…)
		}
	}
	return s
}

// isDottedLeadRune marks the function characters that introduce a name
// (由, 帮, 为, 像) rather than start a transliterated one.
func isDottedLeadRune(r rune) bool {
	switch r {
	case '由', '帮', '如', '被', '让', '对', '给', '向', '跟', '和', '与', '把', '为', '替', '据', '像', '请', '叫':
		return true
	}
	return false
}
