package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func extractText(t *testing.T, text string) ([]string, []string) {
	t.Helper()
	x, err := New(WithDimensions(People))
	require.NoError(t, err)
	r := x.Extract(text)
	checkSpans(t, text, r)
	return described(r, "person"), described(r, "title")
}

func TestPaddedBylineName(t *testing.T) {
	text := "本报记者 颜  珂 李  明"
	x, err := New(WithDimensions(People))
	require.NoError(t, err)
	r := x.Extract(text)
	checkSpans(t, text, r)
	require.Len(t, r.Persons, 2)
	assert.Equal(t, "颜珂", r.Persons[0].Name)
	assert.Equal(t, "颜  珂", r.Persons[0].Mentions[0].Text, "the span keeps the padding")
	assert.Equal(t, "李明", r.Persons[1].Name)
	require.Len(t, r.Titles, 1)
	assert.Equal(t, []string{"颜珂", "李明"}, r.Titles[0].Holders)
	assert.True(t, r.Titles[0].Byline)
}

func TestOnePersonPerIndividual(t *testing.T) {
	text := "自治区党委书记李邑飞出席会议。李邑飞指出，要狠抓落实。李邑飞强调，要严明纪律。"
	x, err := New(WithDimensions(People))
	require.NoError(t, err)
	r := x.Extract(text)
	require.Len(t, r.Persons, 1)
	p := r.Persons[0]
	assert.Equal(t, "李邑飞", p.Name)
	assert.Len(t, p.Mentions, 3)
	for i := 1; i < len(p.Mentions); i++ {
		assert.Less(t, p.Mentions[i-1].Start, p.Mentions[i].Start, "mentions in text order")
	}
	require.Len(t, p.Titles, 1)
	assert.Equal(t, "自治区党委书记", r.Titles[p.Titles[0]].Text)
}

func TestForeignFlag(t *testing.T) {
	x, err := New(WithDimensions(People))
	require.NoError(t, err)
	r := x.Extract("美国总统克林顿说，双方将继续会谈。")
	require.Len(t, r.Persons, 1)
	assert.Equal(t, "克林顿", r.Persons[0].Name)
	assert.True(t, r.Persons[0].Foreign)
}

func TestWordStatistics(t *testing.T) {
	require.NoError(t, loadPeople())
	// Common words have a class; names do not.
	assert.Greater(t, wordClass("高度"), uint8(0))
	assert.Greater(t, wordClass("方向"), uint8(0))
	assert.Equal(t, uint8(0), wordClass("李邑飞"))
	// Surnames weigh more as surnames than function characters do.
	assert.True(t, charOf('李').surname)
	assert.False(t, charOf('的').surname)
	assert.Greater(t, charOf('李').sur, charOf('高').sur)
	// Transliteration characters.
	assert.Greater(t, charOf('斯').tr, float32(trCore))
	assert.Less(t, charOf('的').tr, float32(0))
}

func TestNoPersonsInBadInput(t *testing.T) {
	for _, text := range []string{"", "李", "\xff\xfe", "记者", "记者 ", "自治区党委书记", "、、、", "●●"} {
		persons, _ := extractText(t, text)
		assert.Empty(t, persons, "%q", text)
	}
}

func TestLongInputIsLinear(t *testing.T) {
	// A long run of surname characters and of transliteration characters
	// must not blow up.
	long := make([]rune, 0, 200000)
	for i := 0; i < 50000; i++ {
		long = append(long, '王', '李', '斯', '、')
	}
	x, err := New(WithDimensions(People))
	require.NoError(t, err)
	text := string(long)
	r := x.Extract(text)
	for _, p := range r.Persons {
		for _, m := range p.Mentions {
			require.Equal(t, text[m.Start:m.End], m.Text)
		}
	}
}

func TestLatinRun(t *testing.T) {
	for _, c := range []struct {
		text string
		want string // the name read at the start, "" for none
	}{
		{"Mark Olsen说", "Mark Olsen"},
		{"Jean-Luc Picard表示", "Jean-Luc Picard"},
		{"J. K. Rowling的小说", "J. K. Rowling"},
		{"maria女士", "maria"},
		{"Anna berg", "Anna"}, // a lowercase word after a space is not joined
		{"NASA发布", ""},        // an acronym
		{"DOTA2项目", ""},       // a figure inside
		{"bet365.com", ""},
		{"example.com", ""}, // an address
		{"Al", ""},          // too short
	} {
		rs := []rune(c.text)
		e, ok := latinRun(rs, 0)
		got := ""
		if ok {
			got = string(rs[:e])
		}
		assert.Equal(t, c.want, got, c.text)
	}
}
