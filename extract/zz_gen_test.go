package extract

import (
	"bufio"
	"fmt"
	"os"
	"testing"
	"time"
)

func TestGenCorpus(t *testing.T) {
	f, err := os.Open(os.Getenv("GENFILE"))
	if err != nil {
		t.Skip()
	}
	x, _ := New()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if sc.Text() == "" {
			continue
		}
		r := x.ExtractAt(sc.Text(), time.Date(2026, 3, 15, 0, 0, 0, 0, time.UTC))
		fmt.Println("text " + sc.Text())
		for _, s := range r.Statistics {
			fmt.Println("  fact => " + s.Normalized())
		}
	}
}
