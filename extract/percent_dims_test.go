package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/zhfacts/zhfacts/entities"
)

// TestPercentsAlone: an Extractor for percentages only reads a range whose
// bounds are joined by 至 as the whole pipeline does. (Run on its own, it
// is the first to load anything.)
func TestPercentsAlone(t *testing.T) {
	texts := []string{"增长3至5%", "占比为5%～10%，下降2到3个百分点"}
	alone, err := New(WithDimensions(Percents))
	require.NoError(t, err)
	got := make([][]entities.Percent, len(texts))
	for i, text := range texts {
		got[i] = alone.Extract(text).Percents
	}
	all, err := New()
	require.NoError(t, err)
	for i, text := range texts {
		want := all.Extract(text).Percents
		require.NotEmpty(t, want, text)
		assert.Equal(t, want, got[i], text)
	}
}
