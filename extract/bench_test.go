package extract

// Benchmarks. Run them all with
//
//	go test ./extract -run '^$' -bench . -benchtime 3x -count 5
//
// Every benchmark calls b.SetBytes, so MB/s is printed. The reference (gse
// Pos over the whole text, with gse's default dictionary) and the ceiling (a
// rune-decoding loop) run in the same process, on the same input, so that
// ratios hold on a noisy machine. See BENCHMARKS.md for the latest figures.

import (
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/go-ego/gse"
)

// newsInput assembles about n bytes of news text: the front page repeated,
// a page of official news as dense in figures, names and titles as such
// news gets. With dense set, every sentence of the test corpus is added
// after each copy: text far denser in entities than any news.
func newsInput(tb testing.TB, n int, dense bool) string {
	tb.Helper()
	parts := []string{frontPage(tb)}
	if dense {
		parts = append(parts, corpusTexts(tb)...)
	}
	unit := strings.Join(parts, "\n\n")
	var sb strings.Builder
	for sb.Len() < n {
		sb.WriteString(unit)
		sb.WriteString("\n\n")
	}
	return sb.String()
}

var (
	news10Once, dense10Once sync.Once
	news10, dense10         string
)

func news10MB(b *testing.B) string {
	news10Once.Do(func() { news10 = newsInput(b, 10<<20, false) })
	return news10
}

func dense10MB(b *testing.B) string {
	dense10Once.Do(func() { dense10 = newsInput(b, 10<<20, true) })
	return dense10
}

// docsOf splits text into articles at blank lines, as a batch would see it.
func docsOf(text string, size int) []string {
	var out []string
	for len(text) > 0 {
		n := size
		if n >= len(text) {
			out = append(out, text)
			break
		}
		for n < len(text) && !utf8.RuneStart(text[n]) {
			n++
		}
		out = append(out, text[:n])
		text = text[n:]
	}
	return out
}

func benchPipeline(b *testing.B, dims Dimension, text string, goroutines int) {
	x, err := New(WithReference(frontPageRef), WithDimensions(dims))
	if err != nil {
		b.Fatal(err)
	}
	docs := docsOf(text, 16<<10)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if goroutines == 1 {
			for _, d := range docs {
				x.Extract(d)
			}
			continue
		}
		var wg sync.WaitGroup
		for g := 0; g < goroutines; g++ {
			wg.Add(1)
			go func(g int) {
				defer wg.Done()
				for k := g; k < len(docs); k += goroutines {
					x.Extract(docs[k])
				}
			}(g)
		}
		wg.Wait()
	}
}

// BenchmarkExtract is the whole pipeline and the numbers-only path on the
// front page and on 10 MB of news, with one goroutine and two.
func BenchmarkExtract(b *testing.B) {
	fp := frontPage(b)
	b.Run("front-page/all", func(b *testing.B) { benchPipeline(b, All, fp, 1) })
	b.Run("front-page/numbers", func(b *testing.B) { benchPipeline(b, Numbers, fp, 1) })
	b.Run("news10MB/all/1", func(b *testing.B) { benchPipeline(b, All, news10MB(b), 1) })
	b.Run("news10MB/all/2", func(b *testing.B) { benchPipeline(b, All, news10MB(b), 2) })
	b.Run("news10MB/numbers/1", func(b *testing.B) { benchPipeline(b, Numbers, news10MB(b), 1) })
	b.Run("dense10MB/all/1", func(b *testing.B) { benchPipeline(b, All, dense10MB(b), 1) })
	b.Run("dense10MB/numbers/1", func(b *testing.B) { benchPipeline(b, Numbers, dense10MB(b), 1) })
}

var (
	gseOnce sync.Once
	gseSeg  gse.Segmenter
	gseErr  error
)

// BenchmarkGsePos is the naive way, as the reference: gse's default
// dictionary and Pos over the whole text.
func BenchmarkGsePos(b *testing.B) {
	gseOnce.Do(func() { gseSeg, gseErr = gse.New() })
	if gseErr != nil {
		b.Fatal(gseErr)
	}
	for _, in := range []struct{ name, text string }{
		{"front-page", frontPage(b)},
		{"news10MB", news10MB(b)},
		{"dense10MB", dense10MB(b)},
	} {
		b.Run(in.name, func(b *testing.B) {
			docs := docsOf(in.text, 16<<10)
			b.SetBytes(int64(len(in.text)))
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				for _, d := range docs {
					gseSeg.Pos(d, true)
				}
			}
		})
	}
}

var sink int

// BenchmarkRuneLoop is the ceiling: decoding every rune and nothing else.
func BenchmarkRuneLoop(b *testing.B) {
	for _, in := range []struct{ name, text string }{
		{"front-page", frontPage(b)},
		{"news10MB", news10MB(b)},
		{"dense10MB", dense10MB(b)},
	} {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.text)))
			for i := 0; i < b.N; i++ {
				n := 0
				for _, r := range in.text {
					if r > 0x3000 {
						n++
					}
				}
				sink += n
			}
		})
	}
}

// BenchmarkPathological runs 1 MB of each pathological input through the
// whole pipeline; its MB/s should stay in the range of the news text.
func BenchmarkPathological(b *testing.B) {
	x, err := New(WithReference(frontPageRef))
	if err != nil {
		b.Fatal(err)
	}
	inputs := pathological(1 << 20)
	// The reference: 1 MB of news (the front page repeated) read the same
	// way, in one call.
	news := newsInput(b, 1<<20, false)
	cut := 1 << 20
	for !utf8.RuneStart(news[cut]) {
		cut--
	}
	inputs["news"] = news[:cut]
	for name, text := range inputs {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for i := 0; i < b.N; i++ {
				x.Extract(text)
			}
		})
	}
}

// BenchmarkFirstResult measures New plus the first Extract on the front page.
// Rules and lexicons load once per process, so only the first iteration of
// the first run is a true cold start; examples/extract -stats measures that
// from a fresh process.
func BenchmarkFirstResult(b *testing.B) {
	fp := frontPage(b)
	b.SetBytes(int64(len(fp)))
	for i := 0; i < b.N; i++ {
		x, err := New(WithReference(frontPageRef))
		if err != nil {
			b.Fatal(err)
		}
		x.Extract(fp)
	}
}
