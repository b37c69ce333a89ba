package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMatchPlace(t *testing.T) {
	require.NoError(t, loadPlaces())
	cases := map[string]int{
		"贺兰山东麓葡萄酒": 5, // a mountain and its foot
		"永宁县为核心":   3,
		"中东欧国家":    3, // the longest name
		"新疆维吾尔自治区": 8,
		"中东地区局势":   4,
		"南京东路商业街":  4,
		"会议召开":     0,
	}
	for text, want := range cases {
		assert.Equal(t, want, matchPlace([]rune(text), 0), text)
	}
}

func TestPlacesOutsideOrganizations(t *testing.T) {
	x, err := New(WithDimensions(Organizations | Places))
	require.NoError(t, err)
	r := x.Extract("宁夏外贸增长，宁夏葡萄酒苗木工程技术研究中心成立，银川海关发布数据。")
	var names []string
	for _, p := range r.Places {
		names = append(names, p.Text)
	}
	assert.Equal(t, []string{"宁夏"}, names)
	require.Len(t, r.Organizations, 2)
}

func TestPlacesWithoutOrganizations(t *testing.T) {
	// With organizations off, the places inside their names are reported.
	x, err := New(WithDimensions(Places))
	require.NoError(t, err)
	r := x.Extract("银川海关发布数据。")
	require.Len(t, r.Places, 1)
	assert.Equal(t, "银川", r.Places[0].Name)
}
