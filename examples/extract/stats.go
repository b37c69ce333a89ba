package main

import (
	"fmt"
	"io"
	"time"
)

// printStats reports how long New took, how long the first Extract took, and
// the process's peak resident memory.
func printStats(w io.Writer, built time.Duration, began time.Time, n int) {
	took := time.Since(began)
	rss := peakRSS()
	fmt.Fprintf(w, "New: %v, first Extract: %v (%d bytes, %.1f MB/s), first result after %v, peak RSS: %s\n",
		built.Round(time.Microsecond), took.Round(time.Microsecond), n,
		float64(n)/took.Seconds()/1e6, (built + took).Round(time.Microsecond), rss)
}
