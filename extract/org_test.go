package extract

import (
	"math/rand"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/zhfacts/zhfacts/entities"
)

func TestClassifyOrg(t *testing.T) {
	require.NoError(t, loadOrganizations())
	cases := map[string]entities.OrgKind{
		"自治区党委":          entities.OrgParty,
		"人大常委会":          entities.OrgGovernment,
		"纪委":             entities.OrgParty,
		"监委":             entities.OrgGovernment,
		"政协":             entities.OrgGovernment,
		"自治区政府党组":        entities.OrgParty,
		"自治区党委组织部":       entities.OrgParty,
		"中共中央办公厅":        entities.OrgParty,
		"国务院办公厅":         entities.OrgGovernment,
		"银川海关":           entities.OrgCustoms,
		"原源(宁夏)鲜乳制品有限公司": entities.OrgCompany,
		"新华社":            entities.OrgMedia,
		"宁夏葡萄酒苗木工程技术研究中心": entities.OrgOther,
		"浙江省教育厅":          entities.OrgGovernment,
		"中共上海市委宣传部":       entities.OrgParty,
		"全国人大常委会法工委":      entities.OrgGovernment,
		"自治区党委政法委":        entities.OrgParty,
	}
	for name, want := range cases {
		got, ok := classifyOrg(name)
		assert.True(t, ok, name)
		assert.Equal(t, want, got, name)
	}
	for _, name := range []string{"", "会议", "宁夏", "葡萄酒", "全部", "干部", "公司", "中心"} {
		_, ok := classifyOrg(name)
		assert.False(t, ok, name)
	}
}

func orgsOf(t *testing.T, text string) []entities.Organization {
	t.Helper()
	x, err := New(WithDimensions(Organizations | Places))
	require.NoError(t, err)
	return x.Extract(text).Organizations
}

func TestOrgShortFormFull(t *testing.T) {
	orgs := orgsOf(t, "自治区政府党组召开会议。会议要求，政府党组要坚持立党为公。")
	require.Len(t, orgs, 2)
	assert.Equal(t, "自治区政府党组", orgs[0].Name)
	assert.Empty(t, orgs[0].Full)
	assert.Equal(t, "政府党组", orgs[1].Name)
	assert.Equal(t, "自治区政府党组", orgs[1].Full)
	assert.Equal(t, entities.OrgParty, orgs[1].Kind)
}

func TestOrgBareShortFormWithoutFull(t *testing.T) {
	// Without a full name before it, a bare body is a common noun.
	assert.Empty(t, orgsOf(t, "政府党组要坚持立党为公。"))
}

func TestOrgNested(t *testing.T) {
	orgs := orgsOf(t, "自治区党委组织部常务副部长宣布决定。")
	require.Len(t, orgs, 2)
	assert.Equal(t, "自治区党委组织部", orgs[0].Text)
	assert.Equal(t, "自治区党委", orgs[1].Text)
	assert.Equal(t, orgs[0].Start, orgs[1].Start)
}

func TestOrgOffsets(t *testing.T) {
	text := "abc，记者从银川海关获悉。"
	orgs := orgsOf(t, text)
	require.Len(t, orgs, 1)
	o := orgs[0]
	assert.Equal(t, "银川海关", text[o.Start:o.End])
	assert.Equal(t, 7, o.RuneStart)
	assert.Equal(t, 11, o.RuneEnd)
}

func TestOrgBadInput(t *testing.T) {
	x, err := New(WithDimensions(Organizations | Places))
	require.NoError(t, err)
	for _, text := range []string{"", "\xff\xfe委", "委", "(宁夏)公司", "）公司", "等4家企业", "、等", strings.Repeat("(", 100) + "公司"} {
		assert.NotPanics(t, func() { x.Extract(text) }, "%q", text)
	}
	// Text dense in suffix characters and lists runs in linear time.
	long := strings.Repeat("自治区党委组织部、宁夏有限公司等3家企业", 20000)
	start := time.Now()
	r := x.Extract(long)
	assert.Less(t, time.Since(start), 5*time.Second)
	assert.NotEmpty(t, r.Organizations)
	digits := strings.Repeat("1234567890", 100000)
	assert.Empty(t, x.Extract(digits).Organizations)
}

func TestTrie(t *testing.T) {
	tr := newTrie()
	tr.add("中东", 1, false)
	tr.add("中东欧", 2, false)
	tr.add("部", 3, true)
	tr.add("组织部", 4, true)
	rs := []rune("中东欧组织部")
	n, tag := tr.forward(rs, 0)
	assert.Equal(t, 3, n)
	assert.Equal(t, int32(2), tag)
	n, tag = tr.backward(rs, len(rs), 0)
	assert.Equal(t, 3, n)
	assert.Equal(t, int32(4), tag)
	n, _ = tr.backward(rs, len(rs), 4) // not before rune 4
	assert.Equal(t, 1, n)
	var lens []int
	tr.allBackward(rs, len(rs), 0, func(n int, _ int32) bool { lens = append(lens, n); return false })
	assert.Equal(t, []int{3, 1}, lens)
	n, _ = tr.forward([]rune("\U0001F600中东"), 0)
	assert.Zero(t, n)
}

func BenchmarkOrganizationsAndPlaces(b *testing.B) {
	data, err := os.ReadFile("../testdata/front-page.txt")
	require.NoError(b, err)
	text := strings.Repeat(string(data), 20)
	x, err := New(WithDimensions(Organizations | Places))
	require.NoError(b, err)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.Extract(text)
	}
}

func TestOrgConcurrent(t *testing.T) {
	x, err := New(WithDimensions(Organizations | Places))
	require.NoError(t, err)
	text := "自治区政府党组召开会议，政府党组要求银川海关和宁夏大学抓好落实。"
	want := x.Extract(text)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				assert.Equal(t, want, x.Extract(text))
				kind, ok := classifyOrg("自治区党委")
				assert.True(t, ok)
				assert.Equal(t, entities.OrgParty, kind)
			}
		}()
	}
	wg.Wait()
}

func TestOrgRandomText(t *testing.T) {
	// Text made of suffix characters, brackets, list marks and names keeps
	// every span inside the text and within its own bytes.
	x, err := New(WithDimensions(Organizations | Places))
	require.NoError(t, err)
	alphabet := []rune("自治区党委组织部政府人大常委会宁夏银川海关有限公司(（)）、等3家企业中心研究所大学从在各该\xff a1")
	rng := rand.New(rand.NewSource(7))
	for n := 0; n < 2000; n++ {
		rs := make([]rune, rng.Intn(40))
		for i := range rs {
			rs[i] = alphabet[rng.Intn(len(alphabet))]
		}
		text := string(rs)
		r := x.Extract(text)
		for _, o := range r.Organizations {
			require.True(t, o.Start >= 0 && o.Start < o.End && o.End <= len(text), "%q %+v", text, o)
			require.Equal(t, text[o.Start:o.End], o.Text)
			require.Equal(t, o.Text, o.Name)
		}
		for _, p := range r.Places {
			require.True(t, p.Start >= 0 && p.Start < p.End && p.End <= len(text), "%q %+v", text, p)
			require.Equal(t, text[p.Start:p.End], p.Text)
		}
	}
}

func TestOrgAliasFull(t *testing.T) {
	x, err := New(WithDimensions(Organizations))
	require.NoError(t, err)
	text := "青禾新材料股份有限公司（简称青禾材料）称，青禾材料将回购。（简称）不是简称。"
	var got []string
	for _, o := range x.Extract(text).Organizations {
		got = append(got, o.Name+"|"+o.Full)
		assert.Equal(t, o.Name, text[o.Start:o.End])
	}
	assert.Equal(t, []string{"青禾新材料股份有限公司|", "青禾材料|青禾新材料股份有限公司", "青禾材料|青禾新材料股份有限公司"}, got)
}
