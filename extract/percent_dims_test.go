package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPercentsAlone: an Extractor for percentages only reads a range whose
// bounds are joined by 至 as the whole pipeline does.
func TestPercentsAlone(t *testing.T) {
	alone, err := New(WithDimensions(Percents))
	require.NoError(t, err)
	all, err := New()
	require.NoError(t, err)
	for _, text := range []string{"增长3至5%", "占比为5%～10%，下降2到3个百分点"} {
		got := alone.Extract(text).Percents
		want := all.Extract(text).Percents
		require.NotEmpty(t, want, text)
		assert.Equal(t, want, got, text)
	}
}
