package patterns

// This is the only file that imports regexp2. regexp2 backtracks, so every
// pattern runs with a MatchTimeout, and the rules guard themselves with
// lookbehinds and atomic groups.

import (
	"time"

	"github.com/dlclark/regexp2"
)

// MatchTimeout bounds one match attempt. The extractors run patterns on short
// windows, where a guarded pattern takes microseconds; the bound is a last
// resort, set well above that because regexp2 measures it with a coarse
// clock that a loaded machine can make jump, which would drop matches at
// random under load.
const MatchTimeout = 2 * time.Second

// Regexp is a compiled pattern.
type Regexp struct {
	name string
	re   *regexp2.Regexp
}

// Compile compiles a regexp2 (.NET syntax) pattern with MatchTimeout set.
func Compile(name, expr string) (*Regexp, error) {
	re, err := regexp2.Compile(expr, regexp2.None)
	if err != nil {
		return nil, err
	}
	re.MatchTimeout = MatchTimeout
	return &Regexp{name: name, re: re}, nil
}

// MustCompile is Compile for patterns known to be valid; it panics otherwise.
func MustCompile(name, expr string) *Regexp {
	re, err := Compile(name, expr)
	if err != nil {
		panic(err)
	}
	return re
}

// Name is the rule name given to Compile.
func (r *Regexp) Name() string { return r.name }

// Group is a named capture, in runes relative to the input slice. Start is
// -1 when the group did not take part in the match.
type Group struct {
	Name       string
	Start, End int
}

// Match is one match, in runes relative to the input slice.
type Match struct {
	Start, End int
	Groups     []Group
}

// Group returns the named group's rune range, or ok=false when it did not
// match.
func (m *Match) Group(name string) (start, end int, ok bool) {
	for _, g := range m.Groups {
		if g.Name == name && g.Start >= 0 {
			return g.Start, g.End, true
		}
	}
	return 0, 0, false
}

// Has reports whether the named group took part in the match.
func (m *Match) Has(name string) bool {
	_, _, ok := m.Group(name)
	return ok
}

// FindAll calls fn for every non-overlapping match in runes, left to right.
// It stops at the first timeout and returns its error; the matches found
// until then have been delivered.
func (r *Regexp) FindAll(runes []rune, fn func(m Match)) error {
	m, err := retry(func() (*regexp2.Match, error) { return r.re.FindRunesMatch(runes) })
	for err == nil && m != nil {
		fn(toMatch(m))
		prev := m
		m, err = retry(func() (*regexp2.Match, error) { return r.re.FindNextMatch(prev) })
	}
	return err
}

// retry runs a match again when it timed out. A true runaway times out
// twice; a clock that jumped on a loaded machine, which regexp2's coarse
// clock can do after a pause, does not, and the match is not lost.
func retry(match func() (*regexp2.Match, error)) (*regexp2.Match, error) {
	m, err := match()
	if err != nil {
		m, err = match()
	}
	return m, err
}

func toMatch(m *regexp2.Match) Match {
	out := Match{Start: m.Index, End: m.Index + m.Length}
	groups := m.Groups()
	out.Groups = make([]Group, 0, len(groups))
	for _, g := range groups {
		if g.Name == "0" || isNumber(g.Name) {
			continue
		}
		gr := Group{Name: g.Name, Start: -1, End: -1}
		if len(g.Captures) > 0 {
			c := g.Captures[len(g.Captures)-1]
			gr.Start, gr.End = c.Index, c.Index+c.Length
		}
		out.Groups = append(out.Groups, gr)
	}
	return out
}

// MatchAt reports whether the pattern matches runes starting exactly at
// start, and returns that match with its groups. Lookbehinds see the runes
// before start; a pattern that begins with \G is tried at start only.
func (r *Regexp) MatchAt(runes []rune, start int) (Match, bool) {
	m, err := retry(func() (*regexp2.Match, error) { return r.re.FindRunesMatchStartingAt(runes, start) })
	if err != nil || m == nil || m.Index != start {
		return Match{}, false
	}
	return toMatch(m), true
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
