package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/zhfacts/zhfacts/entities"
)

func TestTitleParts(t *testing.T) {
	x, err := New(WithDimensions(People))
	require.NoError(t, err)
	r := x.Extract("自治区党委常委、纪委书记、监委主任艾俊涛主持。")
	require.Len(t, r.Titles, 3)
	want := []struct{ text, full, org, post string }{
		{"自治区党委常委", "自治区党委常委", "自治区党委", "常委"},
		{"纪委书记", "自治区纪委书记", "自治区纪委", "书记"},
		{"监委主任", "自治区监委主任", "自治区监委", "主任"},
	}
	for i, w := range want {
		tt := r.Titles[i]
		assert.Equal(t, w.text, tt.Text)
		assert.Equal(t, w.full, tt.Full)
		assert.Equal(t, w.org, tt.Org)
		assert.Equal(t, w.post, tt.Post)
		assert.Equal(t, []string{"艾俊涛"}, tt.Holders)
	}
	require.Len(t, r.Persons, 1)
	assert.Equal(t, []int{0, 1, 2}, r.Persons[0].Titles)
}

func TestTitleOrganizations(t *testing.T) {
	x, err := New(WithDimensions(People))
	require.NoError(t, err)
	text := "自治区党委书记、人大常委会主任李邑飞出席。自治区党委组织部常务副部长杜银杰宣布。银川海关关长张建国表示。"
	r := x.Extract(text)
	checkSpans(t, text, r)
	got := map[string]entities.OrgKind{}
	for _, o := range r.Organizations {
		got[o.Text] = o.Kind
	}
	assert.Equal(t, entities.OrgParty, got["自治区党委"])
	assert.Equal(t, entities.OrgGovernment, got["人大常委会"])
	assert.Equal(t, entities.OrgParty, got["自治区党委组织部"])
	assert.Equal(t, entities.OrgCustoms, got["海关"])
	_, bare := got["自治区"]
	assert.False(t, bare, "a bare level is not an organization")
}

func TestTitleWithoutHolderIsDropped(t *testing.T) {
	x, err := New(WithDimensions(People))
	require.NoError(t, err)
	for _, text := range []string{"自治区政协主席会议召开。", "巡视组长、副组长授权任职。", "记者3月12日获悉。"} {
		r := x.Extract(text)
		assert.Empty(t, r.Titles, text)
	}
}

func TestOrgKindFallback(t *testing.T) {
	cases := map[string]entities.OrgKind{
		"自治区党委":  entities.OrgParty,
		"纪委":     entities.OrgParty,
		"人大常委会":  entities.OrgGovernment,
		"监委":     entities.OrgGovernment,
		"银川海关":   entities.OrgCustoms,
		"某某有限公司": entities.OrgCompany,
		"宁夏日报社":  entities.OrgMedia,
		"某某协会":   entities.OrgOther,
	}
	for name, want := range cases {
		assert.Equal(t, want, orgKindFallback(name), name)
	}
}

// extractWith runs the people extractor on a result that already holds the
// places and organizations of other extractors.
func extractWith(t *testing.T, text string, places []string) entities.Result {
	t.Helper()
	require.NoError(t, loadPeople())
	d := newDoc(text, time.Time{})
	var r entities.Result
	for _, pl := range places {
		i := strings.Index(text, pl)
		require.GreaterOrEqual(t, i, 0, pl)
		rs := len([]rune(text[:i]))
		re := rs + len([]rune(pl))
		r.Places = append(r.Places, entities.Place{Span: d.span(rs, re), Name: pl})
	}
	extractPeople(d, &r)
	return r
}

func TestTitleOrgTakesPlaces(t *testing.T) {
	r := extractWith(t, "宁夏回族自治区党委书记、人大常委会主任李邑飞出席。", []string{"宁夏回族自治区"})
	require.Len(t, r.Titles, 2)
	assert.Equal(t, "宁夏回族自治区党委书记", r.Titles[0].Text)
	assert.Equal(t, "宁夏回族自治区人大常委会主任", r.Titles[1].Full)
	assert.Equal(t, []string{"李邑飞"}, r.Titles[1].Holders)
}

func TestNoPersonInsidePlace(t *testing.T) {
	// Without the place, 贺兰 would be weighed as a name; with it, no.
	r := extractWith(t, "于贺兰山东麓建设葡萄酒产区。", []string{"贺兰山"})
	assert.Empty(t, r.Persons)
}
