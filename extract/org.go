package extract

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/zhfacts/zhfacts/entities"
	"github.com/zhfacts/zhfacts/patterns"
)

// Organizations are found by their grammar, not by a list of names: an
// organization ends in a suffix that gives its kind (党委, 政府, 海关, 有限公司,
// 研究中心) and begins, leftwards, with a place, an administrative level
// (自治区, 省, 市), a national scope (全国, 中共, 国家), a governing body
// (自治区党委组织部), a region in brackets (原源(宁夏)鲜乳制品有限公司), and the
// name words in between. The left edge stops at punctuation, digits and
// function words (从, 在, 由, 依托); a determiner (各, 该, 有关) makes the noun
// a common noun. Well-known short forms (党中央, 国务院, 新华社) are listed.

// Suffix classes, see zh/lexicon/org_suffix.txt.
const (
	sfxBody uint8 = iota
	sfxDept
	sfxOffice
	sfxDomain
	sfxNamed
	sfxGeneric
	sfxTeam
	sfxShort // a listed short form, a whole name
)

type orgSuffix struct {
	text   string
	n      int // runes
	kind   entities.OrgKind
	class  uint8
	parent bool // may stand inside a longer name
	alone  bool // a name by itself (省委)
}

// Tags of the left lexicon, by priority: when one word has two tags the
// larger wins (中国 is a place before it is a scope).
const (
	leftWord  int32 = 1 + iota // a plain word (经济, 和平)
	leftStop                   // the name starts after it (从, 依托)
	leftDet                    // a determiner: no name (各, 该)
	leftLeaf                   // an organization that is no parent: a boundary
	leftCue                    // 东麓 after a mountain
	leftLevel                  // 自治区, 省, 市
	leftScope                  // 全国, 中共, 国家
	leftBody                   // a parent body: 党委, 集团, 学会
	leftShort                  // a listed short form: 国务院
	leftPlace                  // a place name
)

var (
	orgOnce   sync.Once
	orgErr    error
	orgSfx    []orgSuffix
	sfxRev    *runeTrie // suffixes and short forms, reversed; tag = index+1
	leftRev   *runeTrie // the left lexicon, reversed
	domainRev *runeTrie // fields before a one-character office, reversed
	sectorFwd *runeTrie // trades and fields, forward: 航空, 投资
	orgNotRev *runeTrie // common nouns that end like an organization, reversed
	// verbSectorFwd holds trade words that are verbs too (建设, 投资): after
	// a function word they begin no name (将建设洁净能源研究院).
	verbSectorFwd *runeTrie
	sfxLast       runeSet // last runes of suffixes and short forms
	orgScanRunes  runeSet // sfxLast and 等: where the scan stops to look
)

// detHeads begin determiners: a word of the verb list that starts with one
// (各地, 该项) is a determiner too.
const detHeads = "各该每这那此某其本"

// orgBlockNext lists, by the last character of a suffix, the characters
// that after it make a word of its own (部分, 局面, 委员, 组织, 大学生): the
// suffix then ends no name.
var orgBlockNext = map[rune]string{
	'组': "织长员",
	'委': "员托屈婉",
	'部': "分门署长队位件落下",
	'局': "面长势部限外",
	'厅': "长堂",
	'办': "法理事学公好成案",
	'院': "长士子校落线系",
	'会': "议长员谈见计上后场期同商晤务所堂费展演面",
	'司': "令机法长",
	'团': "结体长员队伙",
	'行': "长业",
	'社': "会区长员",
	'报': "道告名送考刊纸社业",
	'台': "长湾上阶风",
	'心': "理中脏意得",
	'所': "长有以在属谓",
	'学': "生习院校术者科会报期年",
	'大': "学楼厦代会",
	'关': "系于心键注口联",
	'厂': "长房区家",
	'队': "员伍长",
	'馆': "长",
	'署': "长名",
	'盟': "友国员",
	'校': "长园友",
	'府': "工采",
	'军': "工事人队区官民舰机火港费备基",
}

// orgBlockPairs is a filter of the pairs of orgBlockNext, by pairHash: a
// clear bit means the pair makes no word. Most suffixes stand before no such
// character, and the test then costs no map lookup.
var orgBlockPairs = func() []uint64 {
	bits := make([]uint64, pairBits/64)
	for last, next := range orgBlockNext {
		for _, r := range next {
			h := pairHash(last, r)
			bits[h>>6] |= 1 << (h & 63)
		}
	}
	return bits
}()

// orgBlocked reports whether the suffix character last and the character
// after it make a word of their own (部分, 局面).
func orgBlocked(last, next rune) bool {
	if h := pairHash(last, next); orgBlockPairs[h>>6]&(1<<(h&63)) == 0 {
		return false
	}
	b, ok := orgBlockNext[last]
	return ok && strings.ContainsRune(b, next)
}

func loadOrganizations() error {
	orgOnce.Do(func() { orgErr = buildOrgLexicons() })
	return orgErr
}

func buildOrgLexicons() error {
	if err := loadPlaces(); err != nil {
		return err
	}
	sfxRev, leftRev, domainRev, sectorFwd, orgNotRev = newTrie(), newTrie(), newTrie(), newTrie(), newTrie()
	verbSectorFwd = newTrie()
	rows, err := patterns.LexiconRows("org_suffix")
	if err != nil {
		return err
	}
	classes := map[string]uint8{"body": sfxBody, "dept": sfxDept, "office": sfxOffice, "domain": sfxDomain,
		"named": sfxNamed, "generic": sfxGeneric, "team": sfxTeam}
	for _, r := range rows {
		if len(r) < 3 {
			continue
		}
		flags := ""
		if len(r) > 3 {
			flags = "," + r[3] + ","
		}
		s := orgSuffix{text: r[0], n: len([]rune(r[0])), kind: entities.OrgKind(r[1]), class: classes[r[2]],
			parent: strings.Contains(flags, ",parent,"), alone: strings.Contains(flags, ",alone,")}
		orgSfx = append(orgSfx, s)
		sfxRev.add(s.text, int32(len(orgSfx)), true)
		switch {
		case s.parent:
			leftRev.add(s.text, leftBody, true)
		case s.n >= 2:
			leftRev.add(s.text, leftLeaf, true)
		}
	}
	rows, err = patterns.LexiconRows("org_short")
	if err != nil {
		return err
	}
	for _, r := range rows {
		if len(r) < 2 {
			continue
		}
		orgSfx = append(orgSfx, orgSuffix{text: r[0], n: len([]rune(r[0])), kind: entities.OrgKind(r[1]), class: sfxShort, parent: true})
		sfxRev.add(r[0], int32(len(orgSfx)), true)
		leftRev.add(r[0], leftShort, true)
	}
	for _, s := range orgSfx {
		rs := []rune(s.text)
		sfxLast.add(rs[len(rs)-1])
		orgScanRunes.add(rs[len(rs)-1])
	}
	orgScanRunes.add('等')
	stops, err := patterns.LexiconRows("org_stop")
	if err != nil {
		return err
	}
	isStop := map[string]bool{}
	for _, r := range stops {
		tag := leftStop
		if len(r) > 1 && r[1] == "det" {
			tag = leftDet
		}
		leftRev.add(r[0], tag, true)
		isStop[r[0]] = true
	}
	rows, err = patterns.LexiconRows("org_prefix")
	if err != nil {
		return err
	}
	tags := map[string]int32{"level": leftLevel, "scope": leftScope, "word": leftWord}
	for _, r := range rows {
		if len(r) > 1 && tags[r[1]] != 0 {
			leftRev.add(r[0], tags[r[1]], true)
		}
	}
	names, err := patterns.Lexicon("org_names")
	if err != nil {
		return err
	}
	for _, w := range names {
		leftRev.add(w, leftWord, true) // 华为: 为 inside a name
	}
	cues, err := patterns.Lexicon("place_cue")
	if err != nil {
		return err
	}
	for _, w := range cues {
		leftRev.add(w, leftCue, true)
	}
	for _, name := range []string{"place_cn", "place_world", "place_derived"} {
		words, err := patterns.Lexicon(name)
		if err != nil {
			return err
		}
		for _, w := range words {
			leftRev.add(w, leftPlace, true)
		}
	}
	domains, err := patterns.Lexicon("org_domain")
	if err != nil {
		return err
	}
	for _, w := range domains {
		domainRev.add(w, 1, true)
		sectorFwd.add(w, 1, false)
		leftRev.add(w, leftWord, true) // 发展和改革: 和 inside a field
	}
	sectorRows, err := patterns.LexiconRows("org_sector")
	if err != nil {
		return err
	}
	var sectors []string
	for _, r := range sectorRows {
		sectors = append(sectors, r[0])
		if len(r) > 1 && r[1] == "verb" {
			verbSectorFwd.add(r[0], 1, false)
		}
	}
	isSector := map[string]bool{}
	for _, w := range domains {
		isSector[w] = true
	}
	for _, w := range sectors {
		sectorFwd.add(w, 1, false)
		isSector[w] = true
		leftRev.add(w, leftWord, true) // 广告: 告 inside a name
	}
	nots, err := patterns.Lexicon("org_not")
	if err != nil {
		return err
	}
	for _, w := range nots {
		orgNotRev.add(w, 1, true)
	}
	// Verbs end a name on its left like function words, trade words apart.
	verbs, err := patterns.Lexicon("org_verbs")
	if err != nil {
		return err
	}
	for _, w := range verbs {
		switch {
		case isSector[w], isStop[w], strings.HasPrefix(w, "驻"): // 德国驻华使馆
		case strings.ContainsRune(detHeads, []rune(w)[0]):
			leftRev.add(w, leftDet, true) // 各地, 这些
		default:
			leftRev.add(w, leftStop, true)
		}
	}
	clsReady.Or(clsOrg)
	return nil
}

// Unit kinds of a name, read leftwards from its suffix.
const (
	unitName    uint8 = iota // a character or word of the name proper
	unitPlace                // a place
	unitLevel                // an administrative level
	unitScope                // a national or international scope
	unitBody                 // a parent body (党委, 政府, 集团)
	unitShort                // a listed short form (国务院)
	unitBracket              // a bracketed region: (宁夏)
)

type unit struct {
	s, e int
	kind uint8
}

// Why the leftward reading stopped.
const (
	edgeHard  = iota // punctuation, a digit, the start of the text
	edgeStop         // a function word
	edgeDet          // a determiner
	edgeLimit        // the name grew too long
)

const maxOrgPrefix = 20 // runes before the suffix

type orgCand struct {
	s, e   int
	kind   entities.OrgKind
	class  uint8 // of the suffix
	bare   bool  // bodies only (政府党组): a short form of an earlier name
	alone  bool  // a bare name that stands by itself (省委)
	bodies int   // bodies before the suffix
}

// readLeft reads the units of a name leftwards from rs[p]. It fills us
// (nearest first) and returns how many, and why it stopped.
func readLeft(rs []rune, p int, us *[24]unit) (int, int) {
	k := 0
	lo := p - maxOrgPrefix
	if lo < 0 {
		lo = 0
	}
	i := p
	for i > lo && k < len(us) {
		r := rs[i-1]
		if isCloseBracket(r) {
			j := i - 2
			for j >= lo && j >= i-8 && isHan(rs[j]) {
				j--
			}
			if j < lo || j == i-2 || !isOpenBracket(rs[j]) || !bracketRegion(rs, j+1, i-1) {
				return k, edgeHard
			}
			us[k] = unit{j, i, unitBracket}
			k++
			i = j
			continue
		}
		n, tag := leftRev.backward(rs, i, lo)
		switch {
		case n > 0 && tag == leftStop:
			return k, edgeStop
		case n > 0 && tag == leftDet:
			return k, edgeDet
		case n > 0 && tag == leftLeaf:
			return k, edgeHard
		case n > 0:
			kind := unitName
			switch tag {
			case leftPlace:
				kind = unitPlace
			case leftLevel:
				kind = unitLevel
			case leftScope:
				kind = unitScope
			case leftBody:
				kind = unitBody
			case leftShort:
				kind = unitShort
			}
			us[k] = unit{i - n, i, kind}
			k++
			i -= n
			continue
		}
		if isHan(r) || isLetter(r) || r == '·' {
			us[k] = unit{i - 1, i, unitName}
			k++
			i--
			continue
		}
		return k, edgeHard
	}
	if i <= 0 {
		return k, edgeHard
	}
	return k, edgeLimit
}

// bracketRegion reports a place or a company form in brackets inside a
// name: 原源(宁夏), 煤业(集团).
func bracketRegion(rs []rune, s, e int) bool {
	if n, tag := leftRev.backward(rs, e, s); n == e-s && (tag == leftPlace || tag == leftBody) {
		return true
	}
	return false
}

// onlySectors reports whether rs[s:e] is made of trade and field words
// alone (航空, 投资): a common noun before a suffix.
func onlySectors(rs []rune, s, e int) bool {
	for s < e {
		n, _ := sectorFwd.forward(rs[:e], s)
		if n == 0 {
			return false
		}
		s += n
	}
	return true
}

func isLetter(r rune) bool {
	return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= 'Ａ' && r <= 'Ｚ' || r >= 'ａ' && r <= 'ｚ'
}

// orgCandidate builds the organization that ends with suffix sf at rs[:e].
func orgCandidate(rs []rune, e int, sf *orgSuffix, us *[24]unit) (orgCand, bool) {
	s := e - sf.n
	c := orgCand{s: s, e: e, kind: sf.kind, class: sf.class}
	if sf.class == sfxShort {
		// A country before a national body belongs to it (中国国务院,
		// 美国国务院), not a city before 联合国.
		if sf.kind == entities.OrgGovernment || sf.kind == entities.OrgParty {
			if n, tag := leftRev.backward(rs, s, 0); n > 0 && tag == leftPlace {
				c.s = s - n
			}
		}
		return c, true
	}
	p := s
	if sf.class == sfxDomain {
		n, _ := domainRev.backward(rs, s, 0)
		if n == 0 && s >= 2 && rs[s-2] == '工' && rs[s-1] == '作' {
			// 金融工作局: 工作 between the field and the office.
			if n, _ = domainRev.backward(rs, s-2, 0); n > 0 {
				n += 2
			}
		}
		if n == 0 {
			return c, false
		}
		p = s - n
	}
	k, edge := readLeft(rs, p, us)
	if edge == edgeDet {
		// A determiner makes a common noun (各地级市党委, 该公司) unless a
		// proper name stands between (本报讯中华书局).
		if !hasProper(us[:k]) {
			return c, false
		}
		edge = edgeStop
	}
	// A body after a level or place reading leftwards ends an earlier name:
	// 县委县政府 is two.
	for j := 1; j < k; j++ {
		if us[j].kind == unitBody && (us[j-1].kind == unitLevel || us[j-1].kind == unitPlace) && governing(rs[us[j].s:us[j].e]) {
			k, edge = j, edgeHard
			break
		}
	}
	// 全国 alone before a trade's suffix is a scope, not a name: 全国银行,
	// 全国海关 (全国文联 is a name).
	if k == 1 && us[0].kind == unitScope && string(rs[us[0].s:us[0].e]) == "全国" &&
		(sf.class == sfxNamed || sf.class == sfxTeam || sf.kind == entities.OrgCompany || sf.kind == entities.OrgCustoms) {
		return c, false
	}
	// The leftmost unit that begins a name. A body (党委, 集团) begins one
	// only next to the suffix (政府党组) or after another beginning
	// (中国教育学会华茂培训中心).
	strong, firm := -1, false
	for j := 0; j < k; j++ {
		switch us[j].kind {
		case unitName:
		case unitBody:
			c.bodies++
			if j == 0 || firm {
				strong = j
			}
		default:
			strong, firm = j, true
		}
	}
	if strong >= 0 && !firm {
		// Bodies alone: only the run next to the suffix counts.
		strong = -1
		for j := 0; j < k && us[j].kind == unitBody; j++ {
			strong = j
		}
	}
	switch {
	case sf.class == sfxTeam:
		// A place and a short name: 中国队, 广东宏远队.
		if strong < 0 || us[strong].kind != unitPlace || s-us[strong].s > 6 {
			return c, false
		}
		// One team ends at its suffix: 慕尼黑队两队 is none.
		for i := us[strong].e; i < s; i++ {
			if rs[i] == '队' {
				return c, false
			}
		}
		c.s = us[strong].s
		return c, true
	case strong >= 0:
		c.s = us[strong].s
		// Names before a bracketed region are the name proper: 原源(宁夏).
		if us[strong].kind == unitBracket && k > strong+1 && edge != edgeLimit && us[k-1].s >= us[strong].s-6 {
			c.s = us[k-1].s
		}
		// Only bodies and levels: 政府党组, 自治区党委 alone is fine; a
		// body that is a name by itself begins one (省委常委会).
		if onlyBodies(us[:strong+1]) && !orgAloneBody(rs[us[strong].s:us[strong].e]) {
			// A company form after a group: the name before the group
			// is the name proper (远洋控股集团有限公司).
			if sf.class == sfxNamed && sf.kind == entities.OrgCompany && k > strong+1 && edge != edgeLimit {
				if ns := us[k-1].s; us[strong].s-ns >= 2 && us[strong].s-ns <= 8 && !onlySectors(rs, ns, us[strong].s) {
					c.s = ns
					return c, true
				}
			}
			c.bare = true
		}
		return c, true
	case sf.class == sfxDomain:
		// 外交部, 统计局: the field alone names the office.
		c.s = p
		return c, true
	case sf.class == sfxNamed:
		// A body further left is a common noun before the name proper:
		// 港股公司 before 鸿信集团.
		for j := 1; j < k; j++ {
			if us[j].kind == unitBody {
				k = j
				break
			}
		}
		if k == 0 || edge == edgeLimit {
			return c, false
		}
		ns := us[k-1].s
		if edge == edgeStop {
			if n, _ := verbSectorFwd.forward(rs[:p], ns); n > 0 {
				ns += n
			}
		}
		if p-ns < 2 || p-ns > 8 || onlySectors(rs, ns, p) {
			return c, false
		}
		c.s = ns
		return c, true
	case sf.class == sfxBody || sf.class == sfxDept || sf.class == sfxOffice:
		if k == 0 {
			// After a bracket that closes no region, a body alone is
			// the end of a list (各区(市)县委).
			if sf.alone && p > 0 && isCloseBracket(rs[p-1]) {
				return c, false
			}
			c.bare, c.alone = true, sf.alone
			return c, true
		}
	}
	return c, false
}

// governing reports a party or government body (县委, 政府), which a
// level or place after it does not continue (县委县政府), unlike a bank
// and its branch (中国银行宁夏分行).
func governing(body []rune) bool {
	n, tag := sfxRev.backward(body, len(body), 0)
	if n == 0 {
		return false
	}
	k := orgSfx[tag-1].kind
	return k == entities.OrgParty || k == entities.OrgGovernment
}

// orgAloneBody reports a body that is a name by itself (省委, 市委).
func orgAloneBody(body []rune) bool {
	n, tag := sfxRev.backward(body, len(body), 0)
	return n == len(body) && n > 0 && orgSfx[tag-1].alone
}

// hasProper reports a place, a scope or a listed name among us.
func hasProper(us []unit) bool {
	for _, u := range us {
		if u.kind == unitPlace || u.kind == unitScope || u.kind == unitShort {
			return true
		}
	}
	return false
}

// onlyBodies reports units that are all parent bodies (政府 in 政府党组).
func onlyBodies(us []unit) bool {
	for _, u := range us {
		if u.kind != unitBody {
			return false
		}
	}
	return true
}

func extractOrganizations(d *doc, r *entities.Result) []entities.Organization {
	if sfxRev == nil {
		return nil
	}
	rs := d.runes
	bp := orgCandPool.Get().(*[]orgCand)
	cands := (*bp)[:0]
	defer func() {
		if cap(cands) <= 4096 {
			*bp = cands[:0]
			orgCandPool.Put(bp)
		}
	}()
	var us [24]unit // orgCandidate's reading, of which it reads what it wrote
	for e := d.next(0, clsOrg) + 1; e <= len(rs); e = d.next(e, clsOrg) + 1 {
		if !orgScanRunes.has(rs[e-1]) {
			continue
		}
		if rs[e-1] == '等' {
			cands = listedCompanies(rs, e-1, cands)
		}
		if !sfxLast.has(rs[e-1]) {
			continue
		}
		common := -1 // the longest common word ending at e, looked up at the first suffix
		first, firstClass := true, uint8(0)
		sfxRev.allBackward(rs, e, 0, func(n int, tag int32) bool {
			sf := &orgSfx[tag-1]
			if common < 0 {
				common, _ = orgNotRev.backward(rs, e, 0)
			}
			if common >= n {
				return true // 市中心, 中小学
			}
			if e < len(rs) && (sf.class != sfxShort || sf.n <= 2) {
				if orgBlocked(rs[e-1], rs[e]) {
					return false
				}
			}
			// The longest suffix decides: when its name fails, a shorter
			// suffix inside it (公司 of 股份有限公司) names nothing either,
			// but a one-character office may (国防科工委 is no 工委).
			if !first && (sf.class != sfxDomain || firstClass != sfxBody) {
				return false // 公安局 alone is no name, 国防科工委 no 工委
			}
			first, firstClass = false, sf.class
			c, ok := orgCandidate(rs, e, sf, &us)
			if ok {
				cands = append(cands, c)
			}
			return ok
		})
	}
	if len(cands) == 0 {
		return nil
	}
	orgs := orgAliases(d, settleOrgs(d, cands, d.orgBuf[:0]))
	if cap(orgs) > cap(d.orgBuf) {
		d.orgBuf = orgs[:0]
	}
	return orgs
}

// orgAliasLeads introduce the short name of an organization in brackets
// after it: 华辰新材料股份有限公司(以下简称“华辰新材”).
var orgAliasLeads = []string{"以下简称", "以下称", "下称", "简称"}

// orgAliases reads the short names given in brackets after the names of
// orgs and reports every mention of them in the text, with the full name.
func orgAliases(d *doc, orgs []entities.Organization) []entities.Organization {
	rs := d.runes
	n := len(orgs)
	var seen [orgMaxAliases]string
	aliases := 0
	for k := 0; k < n && aliases < orgMaxAliases; k++ {
		e := orgs[k].RuneEnd
		if e+4 >= len(rs) || !isOpenBracket(rs[e]) {
			continue
		}
		p := e + 1
		lead := ""
		for _, l := range orgAliasLeads {
			if strings.HasPrefix(d.text[d.off[p]:], l) {
				lead = l
				break
			}
		}
		if lead == "" {
			continue
		}
		p += len([]rune(lead))
		if p < len(rs) && (rs[p] == '：' || rs[p] == ':') {
			p++
		}
		quoted := p < len(rs) && strings.ContainsRune("“\"「『", rs[p])
		if quoted {
			p++
		}
		q := p
		for q < len(rs) && q-p <= 10 && (isHan(rs[q]) || isLetter(rs[q]) || isDigit(rs[q])) {
			q++
		}
		if q-p < 2 || q-p > 10 || q >= len(rs) {
			continue
		}
		if quoted && !strings.ContainsRune("”\"」』", rs[q]) || !quoted && !isCloseBracket(rs[q]) {
			continue
		}
		alias := d.str(p, q)
		full, kind := orgs[k].Name, orgs[k].Kind
		if orgs[k].Full != "" {
			full = orgs[k].Full
		}
		if alias == full || slices.Contains(seen[:aliases], alias) {
			continue
		}
		seen[aliases] = alias
		aliases++
		for from := 0; ; {
			i := strings.Index(d.text[from:], alias)
			if i < 0 {
				break
			}
			bs := from + i
			from = bs + len(alias)
			s := sort.Search(len(d.off), func(j int) bool { return int(d.off[j]) >= bs })
			if s >= len(rs) || int(d.off[s]) != bs {
				continue
			}
			se := s + len([]rune(alias))
			if orgOverlaps(orgs[:n], s, se) || orgOverlapsAny(orgs[n:], s, se) {
				continue
			}
			if len(orgs)-n >= orgMaxMentions {
				break
			}
			orgs = append(orgs, entities.Organization{Span: d.span(s, se), Name: alias, Full: full, Kind: kind})
		}
	}
	if len(orgs) > n {
		sort.SliceStable(orgs, func(i, j int) bool {
			a, b := orgs[i], orgs[j]
			return a.Start < b.Start || a.Start == b.Start && a.End > b.End
		})
	}
	return orgs
}

// Bounds of the short names: distinct names per text and mentions in all.
const (
	orgMaxAliases  = 8
	orgMaxMentions = 256
)

// orgOverlaps reports an organization of orgs, sorted by start, overlapping
// runes [s, e).
func orgOverlaps(orgs []entities.Organization, s, e int) bool {
	j := sort.Search(len(orgs), func(i int) bool { return orgs[i].RuneStart >= e })
	for j--; j >= 0 && orgs[j].RuneStart >= s-maxOrgPrefix-16; j-- {
		if s < orgs[j].RuneEnd {
			return true
		}
	}
	return false
}

// orgOverlapsAny is orgOverlaps on an unsorted slice.
func orgOverlapsAny(orgs []entities.Organization, s, e int) bool {
	for _, o := range orgs {
		if o.RuneStart < e && s < o.RuneEnd {
			return true
		}
	}
	return false
}

// listKinds are the nouns that make the items of a list before 等N家 organizations.
var listKinds = map[string]entities.OrgKind{"企业": entities.OrgCompany, "公司": entities.OrgCompany,
	"集团": entities.OrgCompany, "银行": entities.OrgCompany, "龙头企业": entities.OrgCompany}

// listedCompanies reads the names listed before 等 in "A、B等4家重点育苗企业":
// the items of a list closed by 等, a count of 家 and a noun of companies.
func listedCompanies(rs []rune, i int, cands []orgCand) []orgCand {
	j := i + 1
	for j < len(rs) && j-i <= 4 && (isDigit(rs[j]) || strings.ContainsRune("一二两三四五六七八九十百几多数", rs[j])) {
		j++
	}
	if j == i+1 || j >= len(rs) || rs[j] != '家' {
		return cands
	}
	// The noun comes within a few characters: 4家重点育苗企业.
	kind := entities.OrgKind("")
	for k := j + 1; k < len(rs) && k <= j+8 && kind == ""; k++ {
		for w, kd := range listKinds {
			if strings.HasPrefix(string(rs[k:min(len(rs), k+4)]), w) {
				kind = kd
			}
		}
		if !isHan(rs[k]) {
			break
		}
	}
	if kind == "" {
		return cands
	}
	e := i
	for n := 0; n < 8 && e > 0; n++ {
		// An item after 、 runs from the 、; the first one starts where a
		// name would.
		q := e - 1
		for q >= 0 && e-q <= 11 && (isHan(rs[q]) || isLetter(rs[q])) {
			q--
		}
		s := q + 1
		if q < 0 || rs[q] != '、' {
			var us [24]unit
			k, edge := readLeft(rs, e, &us)
			if k == 0 || edge == edgeDet || edge == edgeLimit {
				break
			}
			s = us[k-1].s
			for m := k - 1; m >= 0; m-- {
				if us[m].kind != unitName {
					s = us[m].s
					break
				}
			}
		}
		if e-s < 2 || e-s > 10 || onlySectors(rs, s, e) {
			break
		}
		cands = append(cands, orgCand{s: s, e: e, kind: kind, class: sfxNamed})
		if s == 0 || rs[s-1] != '、' {
			break
		}
		e = s - 1
	}
	return cands
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

// orgCandPool keeps the candidate buffers of extractOrganizations: the
// candidates are copied into the result, never returned.
var orgCandPool = sync.Pool{New: func() any { return new([]orgCand) }}

// settleOrgs drops the candidates nested in a longer one (the 中共中央 of
// 中共中央办公厅) except a body inside its office (the 自治区党委 of
// 自治区党委组织部), and resolves bare short forms against earlier names.
// It appends the organizations to out.
func settleOrgs(d *doc, cands []orgCand, out []entities.Organization) []entities.Organization {
	slices.SortStableFunc(cands, func(a, b orgCand) int {
		if a.s != b.s {
			return a.s - b.s
		}
		return b.e - a.e
	})
	fulls := d.orgFulls[:0]
	defer func() { clear(fulls); d.orgFulls = fulls[:0] }()
	for i, c := range cands {
		if i > 0 && c.s == cands[i-1].s && c.e == cands[i-1].e || nestedDrop(cands, i) {
			continue // a list item that is also a name of its own is one
		}
		name := d.str(c.s, c.e)
		o := entities.Organization{Span: d.span(c.s, c.e), Name: name}
		if c.bare {
			if c.alone {
				out = append(out, entities.Organization{Span: o.Span, Name: name, Kind: c.kind})
				continue
			}
			if c.bodies == 0 {
				continue
			}
			full := ""
			for k := len(fulls) - 1; k >= 0 && k >= len(fulls)-64; k-- {
				if len(fulls[k]) > len(name) && strings.HasSuffix(fulls[k], name) {
					full = fulls[k]
					break
				}
			}
			if full == "" {
				continue
			}
			o.Full = full
		}
		key := name
		if o.Full != "" {
			key = o.Full
		}
		if o.Full != "" {
			o.Kind, _ = classifyOrg(key)
		} else {
			o.Kind, _ = orgClassify(key, d.runes[c.s:c.e])
		}
		if o.Kind == "" {
			o.Kind = c.kind
		}
		if !c.bare {
			fulls = append(fulls, name)
		}
		out = append(out, o)
	}
	return out
}

// nestedDrop reports whether cands[i] lies inside another candidate and is
// not a body inside its office.
func nestedDrop(cands []orgCand, i int) bool {
	c := cands[i]
	// Sorted by start, then longest first: a container starts at or
	// before c, within the longest name.
	for j := i - 1; j >= 0 && cands[j].s >= c.s-maxOrgPrefix-8; j-- {
		o := cands[j]
		if o.e < c.e || (o.s == c.s && o.e == c.e) {
			continue
		}
		if o.class == sfxOffice && c.class == sfxBody && o.s == c.s && !c.bare {
			continue
		}
		return true
	}
	return false
}

// partyMarks in a name before its suffix make an office a party office
// (自治区党委办公厅, 中共中央办公厅).
var partyMarks = []string{"中共", "中国共产党", "党中央", "党委", "党组", "省委", "市委", "县委", "区委", "州委", "纪委", "工委"}

// classifyOrg returns the kind of an organization name from its suffix
// (自治区党委 → party, 银川海关 → customs), or false when the name does not
// end like an organization. Titles use it for their organization part.
func classifyOrg(name string) (entities.OrgKind, bool) {
	if loadOrganizations() != nil || name == "" {
		return "", false
	}
	return orgClassify(name, []rune(name))
}

// orgClassify is classifyOrg on a name and its runes.
func orgClassify(name string, rs []rune) (entities.OrgKind, bool) {
	n, tag := sfxRev.backward(rs, len(rs), 0)
	if n == 0 {
		return "", false
	}
	sf := &orgSfx[tag-1]
	if sf.class == sfxShort && n == len(rs) {
		return sf.kind, true
	}
	head := name[:len(name)-len(sf.text)]
	switch sf.class {
	case sfxDomain:
		// 外交部, but not 全部 or 干部.
		if d, _ := domainRev.backward(rs, len(rs)-n, 0); d == 0 {
			return "", false
		}
	case sfxNamed, sfxGeneric, sfxTeam:
		if head == "" {
			return "", false // 公司, 中心 alone name nothing
		}
	}
	// A working committee (工委) of a congress or a government is theirs:
	// 全国人大常委会法工委.
	if sf.text == "工委" && (strings.Contains(head, "人大") || strings.Contains(head, "政府")) {
		return entities.OrgGovernment, true
	}
	// The branches of the central bank are government offices.
	if sf.kind == entities.OrgCompany && strings.Contains(head, "人民银行") {
		return entities.OrgGovernment, true
	}
	if sf.kind == entities.OrgGovernment || sf.kind == entities.OrgOther {
		for _, m := range partyMarks {
			if strings.Contains(head, m) {
				return entities.OrgParty, true
			}
		}
	}
	return sf.kind, true
}
