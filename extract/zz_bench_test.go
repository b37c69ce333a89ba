package extract

import (
	"os"
	"testing"
	"time"
)

func BenchmarkZZPD(b *testing.B) {
	data, _ := os.ReadFile("/tmp/pd.txt")
	x, _ := New(WithDimensions(Organizations | Places))
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.Extract(string(data))
	}
}
func TestZZLoad(t *testing.T) {
	st := time.Now()
	x, _ := New()
	x.Extract("自治区党委")
	t.Logf("first extract %v", time.Since(st))
}
func BenchmarkZZDoc(b *testing.B) {
	data, _ := os.ReadFile("/tmp/pd.txt")
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		newDoc(string(data), time.Time{})
	}
}
