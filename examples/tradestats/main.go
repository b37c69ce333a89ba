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
	"os"

	"github.com/zhfacts/zhfacts/examples/internal/input"
	"github.com/zhfacts/zhfacts/extract"
)

func main() {
	asCSV := flag.Bool("csv", false, "write CSV instead of a table")
	refFlag := flag.String("ref", "", "reference (publication) date, YYYY-MM-DD, for text input")
	flag.Parse()

	text, ref, err := input.Read(*refFlag)
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
