package extract

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/zhfacts/zhfacts/entities"
)

func TestSettle(t *testing.T) {
	text := "美国总统卡特琳·科隆纳周一李宁体育用品有限公司"
	d := newDoc(text, frontPageRef)
	sp := func(s string) entities.Span {
		rs := []rune(text)
		sub := []rune(s)
		for i := 0; i+len(sub) <= len(rs); i++ {
			if string(rs[i:i+len(sub)]) == s {
				return d.span(i, i+len(sub))
			}
		}
		t.Fatalf("%s not in text", s)
		return entities.Span{}
	}
	r := entities.Result{
		Places: []entities.Place{{Span: sp("美国"), Name: "美国"}, {Span: sp("科隆"), Name: "科隆"}},
		Organizations: []entities.Organization{
			{Span: sp("美国"), Name: "美国", Kind: entities.OrgGovernment},
			{Span: sp("李宁体育用品有限公司"), Name: "李宁体育用品有限公司", Kind: entities.OrgCompany},
		},
		Dates: []entities.Date{{Span: sp("周一"), Kind: entities.DatePoint}},
		Persons: []entities.Person{
			{Name: "卡特琳·科隆纳", Mentions: []entities.Span{sp("卡特琳·科隆纳")}},
			{Name: "周一", Mentions: []entities.Span{sp("周一")}},
			{Name: "李宁", Mentions: []entities.Span{sp("李宁")}},
		},
	}
	settle(d, &r)
	var places, orgs, persons []string
	for _, p := range r.Places {
		places = append(places, p.Text)
	}
	for _, o := range r.Organizations {
		orgs = append(orgs, o.Text)
	}
	for _, p := range r.Persons {
		persons = append(persons, p.Name)
	}
	assert.Equal(t, []string{"美国"}, places, "a place inside a name goes")
	assert.Equal(t, []string{"李宁体育用品有限公司"}, orgs, "a country before a post is a place only")
	assert.Equal(t, []string{"卡特琳·科隆纳", "周一"}, persons, "a name inside an organization goes")
	assert.Empty(t, r.Dates, "a byline name is no weekday")
}

// TestSortStable: sortStable gives what slices.SortStableFunc gives, ties in
// their order, for lists in order, reversed and shuffled.
func TestSortStable(t *testing.T) {
	type item struct{ key, id int }
	cmp := func(a, b *item) int { return a.key - b.key }
	rng := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{0, 1, 2, 5, 19, 20, 21, 40, 300, 1000} {
		for _, shape := range []string{"sorted", "reversed", "shuffled", "random"} {
			s := make([]item, n)
			for i := range s {
				switch shape {
				case "sorted":
					s[i] = item{i / 3, i}
				case "reversed":
					s[i] = item{(n - i) / 3, i}
				case "random":
					s[i] = item{rng.IntN(n/4 + 1), i}
				default:
					s[i] = item{(i * 7919) % 11, i}
				}
			}
			want := slices.Clone(s)
			slices.SortStableFunc(want, func(a, b item) int { return cmp(&a, &b) })
			sortStable(s, cmp)
			assert.Equal(t, want, s, "%s %d", shape, n)
		}
	}
}
