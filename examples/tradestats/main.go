// Command tradestats prints the statistics (facts) zhfacts reads from Chinese
// news: subject, metric, period, amount, growth, share and the comparison
// against the national figure.
//
//	go run ./examples/tradestats                the bundled front page, as a table
//	go run ./examples/tradestats -csv           the same as CSV
//	go run ./examples/tradestats < report.txt   your text (with -ref for its date)
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/zhfacts/zhfacts/extract"
)

// frontPageRef is the publication date of the bundled front page.
const frontPageRef = "2026-03-15"

func main() {
	asCSV := flag.Bool("csv", false, "write CSV instead of a table")
	refFlag := flag.String("ref", "", "reference (publication) date, YYYY-MM-DD, for text input")
	flag.Parse()

	text, ref, err := input(*refFlag)
	if err != nil {
		fmt.Fprintln(os.Stderr, "tradestats:", err)
		os.Exit(2)
	}
	x, err := extract.New(extract.WithDimensions(extract.Statistics))
	if err != nil {
		fmt.Fprintln(os.Stderr, "tradestats:", err)
		os.Exit(2)
	}
	stats := x.ExtractAt(text, ref).Statistics
	if *asCSV {
		err = writeCSV(os.Stdout, stats)
	} else {
		err = writeTable(os.Stdout, stats)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "tradestats:", err)
		os.Exit(1)
	}
}

// input reads stdin when something is piped in, else the bundled front page.
func input(refFlag string) (string, time.Time, error) {
	var ref time.Time
	if refFlag != "" {
		t, err := time.Parse("2006-01-02", refFlag)
		if err != nil {
			return "", ref, fmt.Errorf("-ref: %w", err)
		}
		ref = t
	}
	if st, err := os.Stdin.Stat(); err == nil && st.Mode()&os.ModeCharDevice == 0 {
		data, err := io.ReadAll(os.Stdin)
		if err != nil {
			return "", ref, err
		}
		if len(data) > 0 {
			return string(data), ref, nil
		}
	}
	data, err := os.ReadFile(frontPagePath())
	if err != nil {
		return "", ref, fmt.Errorf("the bundled front page: %w", err)
	}
	if ref.IsZero() {
		ref, _ = time.Parse("2006-01-02", frontPageRef)
	}
	return string(data), ref, nil
}

// frontPagePath finds testdata/front-page.txt from the working directory or,
// failing that, from this source file's place in the module.
func frontPagePath() string {
	p := filepath.Join("testdata", "front-page.txt")
	if _, err := os.Stat(p); err == nil {
		return p
	}
	if _, file, _, ok := runtime.Caller(0); ok {
		return filepath.Join(filepath.Dir(file), "..", "..", "testdata", "front-page.txt")
	}
	return p
}
