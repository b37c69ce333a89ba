package extract

import (
	"strings"

	"github.com/zhfacts/zhfacts/entities"
	"github.com/zhfacts/zhfacts/patterns"
)

// Titles follow a small grammar: an optional organization made of parts
// (自治区 + 党委 + 组织部) and a post (常务副部长). Titles joined by 、 share
// their holder and, where a later one lacks it, the region of the first
// (自治区党委常委、纪委书记 → 自治区纪委书记). A title is kept only when
// someone holds it: the name after it (or the 、-list of names after it), or
// the name right before it for posts that follow a name (张海涛书记).
// Bylines (记者 张晓燕 李明) are titles whose holders are the space-separated
// names after them.

// Post flags, from title_post.txt.
const (
	postAfterName = 1 << iota // a: may follow the holder's name
	postHonorific             // h: may follow a lone surname (江主席)
	postNeedsOrg              // o: needs an organization before it
	postVague                 // x: too vague alone
)

// Organization part flags, from title_org.txt.
const (
	orgRegion  = 1 << iota // r: a level or region, shared in a list
	orgTop                 // t: top level, never completed
	orgGeneric             // g: a common noun (公司, 法院), no organization by itself
)

type titleLexicon struct {
	posts   *runeDict
	maxPost int
	parts   *runeDict
	maxPart int
	bylines *runeDict
	maxByl  int
	first   hanSet // first runes of the posts and the bylines
	// partEnds holds, for each Han rune, bit l-1 set when a part of l runes
	// ends with it: most runes end no part, and are passed over at once.
	partEnds []uint8
}

var tl titleLexicon

func loadTitleLexicon() error {
	tl = titleLexicon{posts: newRuneDict(200), parts: newRuneDict(200), bylines: newRuneDict(50)}
	rows, err := patterns.LexiconRows("title_post")
	if err != nil {
		return err
	}
	for _, f := range rows {
		var fl uint8
		if len(f) > 1 {
			for _, c := range f[1] {
				switch c {
				case 'a':
					fl |= postAfterName
				case 'h':
					fl |= postHonorific
				case 'o':
					fl |= postNeedsOrg
				case 'x':
					fl |= postVague
				}
			}
		}
		tl.posts.add(f[0], fl)
		tl.maxPost = max(tl.maxPost, len([]rune(f[0])))
	}
	rows, err = patterns.LexiconRows("title_org")
	if err != nil {
		return err
	}
	for _, f := range rows {
		var fl uint8
		if len(f) > 1 {
			if strings.Contains(f[1], "r") {
				fl |= orgRegion
			}
			if strings.Contains(f[1], "t") {
				fl |= orgTop
			}
			if strings.Contains(f[1], "g") {
				fl |= orgGeneric
			}
		}
		tl.parts.add(f[0], fl)
		rs := []rune(f[0])
		tl.maxPart = max(tl.maxPart, len(rs))
		if last := rs[len(rs)-1]; isHan(last) && len(rs) <= 8 {
			if tl.partEnds == nil {
				tl.partEnds = make([]uint8, hanHi-hanLo+1)
			}
			tl.partEnds[last-hanLo] |= 1 << (len(rs) - 1)
		}
	}
	list, err := patterns.Lexicon("title_byline")
	if err != nil {
		return err
	}
	for _, w := range list {
		tl.bylines.add(w, 1)
		tl.maxByl = max(tl.maxByl, len([]rune(w)))
	}
	tl.posts.seal()
	tl.parts.seal()
	tl.bylines.seal()
	for i := range tl.first {
		tl.first[i] = tl.posts.first[i] | tl.bylines.first[i]
	}
	clsReady.Or(clsTitle)
	return nil
}

// titleCand is a title found in the text, in runes.
type titleCand struct {
	s, e       int // the title as written
	orgS, orgE int // organization part; orgS == orgE when there is none
	region     int // end of the leading region parts within the org (orgS when none)
	top        bool
	flags      uint8
	byline     bool
	glued      bool // a byline role inside a sentence: only a glued name
	full       string
	holders    []int // indexes of name mentions
	chainNext  bool  // followed by 、 and another title of the same chain
}

// postAt returns the longest post starting at i (its length in runes) and
// its flags.
func postAt(d *doc, i int) (int, uint8) {
	l, fl := tl.posts.longestFrom(d.runes, i, 2, tl.maxPost)
	if l < 2 {
		return 0, 0
	}
	return l, fl
}

func bylineAt(d *doc, i int) int {
	l, _ := tl.bylines.longestFrom(d.runes, i, 2, tl.maxByl)
	if l < 2 {
		return 0
	}
	return l
}

// partEndingAt returns the longest organization part that ends at rune end
// and starts at or after limit, and its flags; l is 0 when none does.
func partEndingAt(d *doc, end, limit int) (l int, fl uint8) {
	if end <= limit || end > len(d.runes) || tl.partEnds == nil || !isHan(d.runes[end-1]) {
		return 0, 0
	}
	m := tl.partEnds[d.runes[end-1]-hanLo]
	for l = min(8, end-limit); l >= 1; l-- {
		if m&(1<<(l-1)) == 0 {
			continue
		}
		if fl, ok := tl.parts.get(d.runes[end-l : end]); ok {
			return l, fl
		}
	}
	return 0, 0
}

// foundSpan is an organization or a place found by the other extractors,
// as orgBefore sees it: its start and what it is.
type foundSpan struct {
	s     int
	place bool
	media bool // an organization of kind media
}

// spanEnds finds the longest organization or place ending at a rune: at
// holds, by end rune, the index+1 of its span in list (0 for none).
type spanEnds struct {
	at   []int32
	list []foundSpan
}

// endIndex indexes the organizations and places of r by their ends, in the
// buffers of x. Of two ending at the same rune the longer wins, and of two
// as long the first: the organization.
func endIndex(x spanEnds, n int, r *entities.Result) spanEnds {
	x.at = peopleBuf(x.at, n+1)
	x.list = x.list[:0]
	put := func(s, e int, f foundSpan) {
		if e < 0 || e > n {
			return
		}
		if k := x.at[e]; k > 0 && x.list[k-1].s <= s {
			return
		}
		x.list = append(x.list, f)
		x.at[e] = int32(len(x.list))
	}
	for _, o := range r.Organizations {
		put(o.RuneStart, o.RuneEnd, foundSpan{s: o.RuneStart, media: o.Kind == entities.OrgMedia})
	}
	for _, p := range r.Places {
		put(p.RuneStart, p.RuneEnd, foundSpan{s: p.RuneStart, place: true})
	}
	return x
}

// get returns the span ending at end.
func (x spanEnds) get(end int) (foundSpan, bool) {
	if uint(end) < uint(len(x.at)) {
		if k := x.at[end]; k > 0 {
			return x.list[k-1], true
		}
	}
	return foundSpan{}, false
}

// orgBefore extends an organization leftwards from p over organization parts
// and the organizations and places already found. It returns the start, the
// end of the leading region parts, whether the org starts at top level, and
// whether it is made of common nouns only (公司, 法院刑二庭).
func orgBefore(d *doc, p, limit int, spans spanEnds) (start, region int, top, generic bool) {
	start = p
	type piece struct {
		s       int
		region  bool
		top     bool
		generic bool
	}
	var buf [16]piece
	pieces := buf[:0]
	for start > limit {
		partLen, flags := partEndingAt(d, start, limit)
		// A place or an organization found by the other extractors wins
		// over a shorter part (宁夏回族自治区 over 自治区, 银川海关 over
		// 海关).
		if sp, ok := spans.get(start); ok && sp.s >= limit {
			// An organization wins only where the parts do not reach its
			// start (人大常委会 stays 人大 + 常委会).
			reach := partLen
			if !sp.place && partLen > 0 {
				c := start
				for c > sp.s {
					l, _ := partEndingAt(d, c, limit)
					if l == 0 {
						break
					}
					c -= l
				}
				if c <= sp.s {
					reach = start - sp.s
				}
			}
			if start-sp.s > reach {
				pieces = append(pieces, piece{s: sp.s, region: sp.place})
				start = sp.s
				continue
			}
		}
		if partLen > 0 {
			pieces = append(pieces, piece{s: start - partLen, region: flags&orgRegion != 0, top: flags&orgTop != 0, generic: flags&orgGeneric != 0})
			start -= partLen
			continue
		}
		if sp, ok := spans.get(start); ok && sp.s >= limit {
			pieces = append(pieces, piece{s: sp.s, region: sp.place})
			start = sp.s
			continue
		}
		break
	}
	// A one-character level (市, 区) glued to a word before it belongs to
	// that word (城市, 地区): drop it.
	if k := len(pieces) - 1; k >= 0 && !pieces[k].top {
		ps := pieces[k].s
		pe := p
		if k > 0 {
			pe = pieces[k-1].s
		}
		if pe-ps == 1 && ps > 0 && isHan(d.runes[ps-1]) {
			if _, ok := spans.get(ps); !ok {
				pieces = pieces[:k]
				start = pe
			}
		}
	}
	region = start
	// pieces are in right-to-left order; the region is the leading run.
	for k := len(pieces) - 1; k >= 0; k-- {
		if !pieces[k].region {
			break
		}
		if k > 0 {
			region = pieces[k-1].s
		} else {
			region = p
		}
	}
	if len(pieces) > 0 {
		top = pieces[len(pieces)-1].top
	}
	generic = len(pieces) > 0
	for _, pc := range pieces {
		generic = generic && pc.generic
	}
	return start, region, top, generic
}

// findTitles lists the title candidates of the text in order, before their
// holders are known.
func findTitles(p *peopleState, r *entities.Result) []titleCand {
	d := p.d
	n := len(d.runes)
	p.spans = endIndex(p.spans, n, r)
	spans := p.spans
	// The candidates are scratch: the pooled buffer of an earlier call.
	out := p.titles[:0]
	// An organization does not reach back into a byline; it may take in the
	// post of an earlier candidate (常委 in 人大常委会主任), which is then
	// dropped.
	limit := 0
	for i := d.next(0, clsTitle); i < n; i = d.next(i+1, clsTitle) {
		// Posts and bylines have two runes or more: both filters on the
		// first two runes must fail for nothing to start here.
		if !tl.first.has(d.runes[i]) || i+1 >= n {
			continue
		}
		post, byl := tl.posts.pairMay(d.runes[i], d.runes[i+1]), tl.bylines.pairMay(d.runes[i], d.runes[i+1])
		if !post && !byl {
			continue
		}
		// A filter that fails rules its entries out: bylineAt and postAt
		// would find none.
		l := 0
		if byl {
			l = bylineAt(d, i)
		}
		if l > 0 {
			// A byline role is one only at a clause start: after punctuation,
			// a space or the start of the text.
			// At a clause start it takes the space-separated names after it;
			// inside a sentence only a name glued to it (电记者许立群报道).
			// A newspaper or an agency right before the role is the
			// byline's organization (中国证券报记者).
			s := i
			if sp, ok := spans.get(i); ok && sp.media && sp.s >= limit {
				s = sp.s
			}
			lead := s == 0 || !isHan(d.runes[s-1]) || isBylineLead(d, s)
			out = append(out, titleCand{s: s, e: i + l, orgS: s, orgE: i, region: s, byline: true, glued: !lead})
			limit = i + l
			i += l - 1
			continue
		}
		if !post {
			continue
		}
		l, fl := postAt(d, i)
		if l == 0 {
			continue
		}
		os, region, top, generic := orgBefore(d, i, limit, spans)
		if fl&postNeedsOrg != 0 && os == i {
			continue
		}
		// Common nouns alone name no organization (公司主席, 法院刑二庭
		// 庭长): the title is the post, unless the post needs them
		// (公司负责人).
		if generic && fl&postNeedsOrg == 0 {
			os, region, top = i, i, false
		}
		// A post glued to the word before it is part of that word
		// (城市长远, 保护区长期): the post needs a clause boundary, an
		// organization, or a name before it.
		tc := titleCand{s: os, e: i + l, orgS: os, orgE: i, region: region, top: top, flags: fl}
		// Drop an earlier candidate that this one covers (人大常委 inside
		// 人大常委会主任).
		for len(out) > 0 && out[len(out)-1].e > tc.s {
			out = out[:len(out)-1]
		}
		out = append(out, tc)
		i += l - 1
	}
	return out
}

// isBylineLead accepts a byline role glued to a lead-in such as 本报讯(.
func isBylineLead(d *doc, i int) bool {
	switch d.runes[i-1] {
	case '讯', '●', '　', '电':
		return true
	}
	return false
}

// linkChains marks titles joined by 、 (自治区党委书记、人大常委会主任) and
// restores the shared region in Full.
func linkChains(d *doc, ts []titleCand) {
	for k := range ts {
		t := &ts[k]
		t.full = d.str(t.s, t.e)
		// Titles joined by 、 or 兼 (副总理兼外长) share their holder.
		if k+1 < len(ts) && !t.byline && !ts[k+1].byline && ts[k+1].s == t.e+1 && (d.runes[t.e] == '、' || d.runes[t.e] == '兼') {
			t.chainNext = true
		}
	}
	for k := 1; k < len(ts); k++ {
		if !ts[k-1].chainNext {
			continue
		}
		// Find the chain's head: the first title of the chain.
		h := k - 1
		for h > 0 && ts[h-1].chainNext {
			h--
		}
		head, t := ts[h], &ts[k]
		if t.top || t.byline {
			continue
		}
		switch {
		case isPartyDepartment(d.str(t.orgS, t.orgE)) && isPartyCommittee(d.str(head.orgS, head.orgE)):
			// 市委常委、宣传部部长: the department belongs to the committee.
			t.full = d.str(head.orgS, head.orgE) + d.str(t.s, t.e)
		case t.orgS == t.orgE && head.orgS != head.orgE && !isRegionHead(d.str(t.s, t.e)):
			// 副主任、秘书长: the post alone takes the head's organization.
			t.full = d.str(head.orgS, head.orgE) + d.str(t.s, t.e)
		case t.region == t.orgS && head.region > head.orgS:
			// 纪委书记 after 自治区党委常委: restore 自治区.
			t.full = d.str(head.orgS, head.region) + d.str(t.s, t.e)
		}
	}
}

// orgKindFallback classifies a title's organization part when classifyOrg
// does not know it.
func orgKindFallback(name string) entities.OrgKind {
	switch {
	case strings.HasSuffix(name, "公司"), strings.HasSuffix(name, "集团"), strings.HasSuffix(name, "银行"):
		return entities.OrgCompany
	case strings.HasSuffix(name, "海关"), strings.HasSuffix(name, "总署") && strings.Contains(name, "海关"):
		return entities.OrgCustoms
	case strings.HasSuffix(name, "报社"), strings.HasSuffix(name, "电视台"), strings.HasSuffix(name, "电台"), strings.HasSuffix(name, "出版社"):
		return entities.OrgMedia
	case strings.HasSuffix(name, "党委"), strings.HasSuffix(name, "党组"), strings.HasSuffix(name, "纪委"),
		strings.HasSuffix(name, "组织部"), strings.HasSuffix(name, "宣传部"), strings.HasSuffix(name, "统战部"),
		strings.HasSuffix(name, "政法委"), strings.HasSuffix(name, "中共中央"), strings.HasSuffix(name, "党中央"),
		strings.HasSuffix(name, "省委"), strings.HasSuffix(name, "市委"), strings.HasSuffix(name, "县委"),
		strings.HasSuffix(name, "区委"), strings.HasSuffix(name, "州委"), strings.HasSuffix(name, "工委"),
		strings.HasSuffix(name, "党支部"), strings.HasSuffix(name, "党总支"), strings.HasSuffix(name, "纪检监察组"):
		return entities.OrgParty
	case strings.HasSuffix(name, "人大常委会"), strings.HasSuffix(name, "人大"), strings.HasSuffix(name, "政协"),
		strings.HasSuffix(name, "监委"), strings.HasSuffix(name, "国务院"), strings.HasSuffix(name, "政府"),
		strings.HasSuffix(name, "厅"), strings.HasSuffix(name, "局"), strings.HasSuffix(name, "部"),
		strings.HasSuffix(name, "委"), strings.HasSuffix(name, "办公室"), strings.HasSuffix(name, "管委会"),
		strings.HasSuffix(name, "法院"), strings.HasSuffix(name, "检察院"), strings.HasSuffix(name, "常委会"),
		strings.HasSuffix(name, "庭"), strings.HasSuffix(name, "检察部"),
		strings.HasSuffix(name, "委员会"):
		return entities.OrgGovernment
	}
	return entities.OrgOther
}

// addTitleOrgs reports the organization part of every kept title as an
// organization, and the organizations nested at its start (自治区党委 in
// 自治区党委组织部), unless the same span is already there.
func addTitleOrgs(p *peopleState, r *entities.Result, ts []titleCand) {
	d := p.d
	needed := false
	for _, t := range ts {
		if !t.byline && t.orgS != t.orgE && len(t.holders) > 0 {
			needed = true
			break
		}
	}
	if !needed {
		return
	}
	// The spans there are, by end: orgAt[e] is the index+1 in orgList
	// of the last one ending at e, and each links to the one before.
	n := len(d.runes)
	p.orgAt = peopleBuf(p.orgAt, n+1)
	p.orgList = p.orgList[:0]
	mark := func(s, e int) {
		if e < 0 || e > n {
			return
		}
		p.orgList = append(p.orgList, orgLink{s: int32(s), next: p.orgAt[e]})
		p.orgAt[e] = int32(len(p.orgList))
	}
	has := func(s, e int) bool {
		if e < 0 || e > n {
			return false
		}
		for k := p.orgAt[e]; k > 0; k = p.orgList[k-1].next {
			if int(p.orgList[k-1].s) == s {
				return true
			}
		}
		return false
	}
	for _, o := range r.Organizations {
		mark(o.RuneStart, o.RuneEnd)
	}
	add := func(s, e int) {
		if e-s < 2 || has(s, e) {
			return
		}
		name := d.str(s, e)
		if fl, ok := tl.parts.get(d.sl(s, e)); ok && fl&(orgRegion|orgGeneric) != 0 {
			return // a bare level (自治区) is a place, a common noun (公司) no name
		}
		kind, ok := classifyOrg(name)
		if !ok {
			kind = orgKindFallback(name)
		}
		mark(s, e)
		r.Organizations = append(r.Organizations, entities.Organization{Span: d.span(s, e), Name: name, Kind: kind})
	}
	for _, t := range ts {
		if t.byline || t.orgS == t.orgE || len(t.holders) == 0 {
			continue
		}
		// Nested: every prefix that ends after a non-region part.
		p := t.orgS
		for p < t.orgE {
			adv, _ := tl.parts.longest(d.runes[:t.orgE], p, tl.maxPart)
			if adv == 0 {
				break
			}
			p += adv
			if p < t.orgE && p > t.region {
				add(t.orgS, p)
			}
		}
		add(t.orgS, t.orgE)
	}
}

// orgLink is a span of addTitleOrgs' index: its start, and the index+1 of
// the one before it with the same end.
type orgLink struct{ s, next int32 }

// isRegionHead reports a post that names its own level (省长, 常务副市长,
// 县长): it takes no organization from the head of its chain (省委副书记、
// 省长 is no 省委省长).
func isRegionHead(post string) bool {
	return strings.HasSuffix(post, "长") && strings.ContainsAny(post, "省市县区州乡镇")
}

// isPartyDepartment reports an organization that starts with a department of
// a party committee (宣传部, 组织部).
func isPartyDepartment(org string) bool {
	for _, p := range []string{"组织部", "宣传部", "统战部", "政法委"} {
		if strings.HasPrefix(org, p) {
			return true
		}
	}
	return false
}

// isPartyCommittee reports an organization that ends with a party committee
// (自治区党委, 市委).
func isPartyCommittee(org string) bool {
	for _, p := range []string{"党委", "省委", "市委", "县委", "区委", "州委", "工委"} {
		if strings.HasSuffix(org, p) {
			return true
		}
	}
	return false
}
