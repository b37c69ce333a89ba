package extract

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zhfacts/zhfacts/entities"
)

// TestEndIndex checks the index of organizations and places by end rune:
// of two ending at the same rune the longer wins, and of two as long the
// organization; a buffer used before gives the same answers as a new one.
func TestEndIndex(t *testing.T) {
	org := func(s, e int, k entities.OrgKind) entities.Organization {
		return entities.Organization{Span: entities.Span{RuneStart: s, RuneEnd: e}, Kind: k}
	}
	place := func(s, e int) entities.Place {
		return entities.Place{Span: entities.Span{RuneStart: s, RuneEnd: e}}
	}
	r := &entities.Result{
		Organizations: []entities.Organization{org(4, 8, entities.OrgGovernment), org(2, 8, entities.OrgMedia), org(10, 12, entities.OrgOther)},
		Places:        []entities.Place{place(0, 8), place(10, 12), place(13, 15)},
	}
	check := func(x spanEnds) {
		sp, ok := x.get(8)
		require.True(t, ok)
		require.Equal(t, foundSpan{s: 0, place: true}, sp, "the longest span ending at 8 is the place")
		sp, ok = x.get(12)
		require.True(t, ok)
		require.Equal(t, foundSpan{s: 10}, sp, "of two as long the organization wins")
		sp, ok = x.get(15)
		require.True(t, ok)
		require.Equal(t, foundSpan{s: 13, place: true}, sp)
		for _, e := range []int{-1, 0, 4, 7, 9, 16, 20} {
			_, ok := x.get(e)
			require.False(t, ok, "nothing ends at %d", e)
		}
	}
	x := endIndex(spanEnds{}, 16, r)
	check(x)
	// Reuse the buffers for another result, then for the first again.
	y := endIndex(x, 16, &entities.Result{Organizations: []entities.Organization{org(1, 4, entities.OrgMedia)}})
	sp, ok := y.get(4)
	require.True(t, ok)
	require.Equal(t, foundSpan{s: 1, media: true}, sp)
	_, ok = y.get(8)
	require.False(t, ok, "a reused buffer keeps nothing of the last call")
	check(endIndex(y, 16, r))
}
