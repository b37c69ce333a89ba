package patterns

import (
	"io/fs"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every rules file compiles, and every lexicon loads.
func TestEmbeddedDataLoads(t *testing.T) {
	ruleFiles, err := fs.Glob(files, "zh/*.rules")
	require.NoError(t, err)
	require.NotEmpty(t, ruleFiles)
	for _, f := range ruleFiles {
		dim := strings.TrimSuffix(strings.TrimPrefix(f, "zh/"), ".rules")
		_, err := Rules(dim)
		assert.NoError(t, err, f)
	}
	lex, err := fs.Glob(files, "zh/lexicon/*.txt")
	require.NoError(t, err)
	for _, f := range lex {
		name := strings.TrimSuffix(strings.TrimPrefix(f, "zh/lexicon/"), ".txt")
		rows, err := LexiconRows(name)
		assert.NoError(t, err, f)
		assert.NotEmpty(t, rows, f)
	}
}

func TestExpand(t *testing.T) {
	defs := map[string]string{"D": "[0-9]"}
	got, err := expand(`{D}+(?:\.{D}{1,2})?`, defs)
	require.NoError(t, err)
	assert.Equal(t, `[0-9]+(?:\.[0-9]{1,2})?`, got, "a quantifier {1,2} is not a reference")
	_, err = expand("{NOPE}", defs)
	assert.ErrorContains(t, err, "undefined part {NOPE}")
}

func TestFindAllGroupsInRunes(t *testing.T) {
	re := MustCompile("t", `(?<num>[0-9０-９]+)(?<unit>亿元)`)
	var got []Match
	require.NoError(t, re.FindAll([]rune("总值３８亿元，出口29亿元"), func(m Match) { got = append(got, m) }))
	require.Len(t, got, 2)
	s, e, ok := got[0].Group("num")
	assert.True(t, ok)
	assert.Equal(t, [2]int{2, 4}, [2]int{s, e}, "offsets count runes")
	assert.Equal(t, [2]int{9, 13}, [2]int{got[1].Start, got[1].End})
	assert.False(t, got[0].Has("missing"))
}

// A guarded pattern stays fast on a long run of digits with no unit; the
// MatchTimeout bounds the unguarded one. No timing is asserted: the test
// checks that the guarded pattern finds nothing and returns no error.
func TestGuardedPatternOnDigits(t *testing.T) {
	re := MustCompile("money", `(?<![0-9.])(?>[0-9]+(?:\.[0-9]+)?)(?:亿|万)?元`)
	digits := []rune(strings.Repeat("7", 10000))
	n := 0
	assert.NoError(t, re.FindAll(digits, func(Match) { n++ }))
	assert.Zero(t, n)
}

func TestCompileError(t *testing.T) {
	_, err := Compile("bad", `(?<x>[0-9]`)
	assert.Error(t, err)
}

// A runaway pattern times out on its retry too: FindAll reports the error
// and MatchAt finds nothing, instead of running on.
func TestRunawayTimesOut(t *testing.T) {
	re := MustCompile("runaway", `(x+x+)+y`)
	re.re.MatchTimeout = 5 * time.Millisecond
	in := []rune(strings.Repeat("x", 40))
	assert.Error(t, re.FindAll(in, func(Match) {}))
	_, ok := re.MatchAt(in, 0)
	assert.False(t, ok)
}
