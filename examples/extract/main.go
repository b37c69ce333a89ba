// Command extract runs zhfacts on Chinese text and prints what it finds.
//
//	go run ./examples/extract                  the bundled front page, as a table
//	go run ./examples/extract < article.txt    your text, as a table
//	go run ./examples/extract -json < a.txt    the library's own JSON
//	go run ./examples/extract -eval < docs.jsonl > pred.jsonl
//
// With -eval it reads JSON lines {"id", "ref", "text"} and writes one line per
// document in the evaluation format (entities with rune offsets, and facts).
// A malformed line is reported on stderr with its line number; the program
// goes on, and exits with status 1 at the end.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/zhfacts/zhfacts/examples/internal/input"
	"github.com/zhfacts/zhfacts/extract"
)

func main() {
	asJSON := flag.Bool("json", false, "print the library's JSON result")
	eval := flag.Bool("eval", false, "read JSON lines {id, ref, text} and write evaluation lines")
	refFlag := flag.String("ref", "", "reference (publication) date, YYYY-MM-DD, for text input")
	stats := flag.Bool("stats", false, "print the time to the first result and the peak RSS on stderr")
	calendar := flag.Bool("calendar-dates", false, "report only dates written as calendar dates (no 今年, 一季度, durations)")
	flag.Parse()

	start := time.Now()
	var opts []extract.Option
	if *calendar {
		opts = append(opts, extract.WithCalendarDatesOnly())
	}
	x, err := extract.New(opts...)
	if err != nil {
		fmt.Fprintln(os.Stderr, "extract:", err)
		os.Exit(2)
	}
	if *eval {
		if failed := runEval(x, os.Stdin, os.Stdout, os.Stderr); failed > 0 {
			fmt.Fprintf(os.Stderr, "extract: %d line(s) failed\n", failed)
			os.Exit(1)
		}
		return
	}

	built := time.Since(start)
	text, ref, err := input.Read(*refFlag)
	if err != nil {
		fmt.Fprintln(os.Stderr, "extract:", err)
		os.Exit(2)
	}
	began := time.Now()
	r := x.ExtractAt(text, ref)
	if *stats {
		printStats(os.Stderr, built, began, len(text))
	}
	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(r); err != nil {
			fmt.Fprintln(os.Stderr, "extract:", err)
			os.Exit(1)
		}
		return
	}
	printTable(os.Stdout, r)
}

type evalDoc struct {
	ID   string `json:"id"`
	Ref  string `json:"ref"`
	Text string `json:"text"`
}

// runEval reads JSON lines of any length and writes one prediction line per
// good input line. It returns the number of lines that failed.
func runEval(x *extract.Extractor, in io.Reader, out, errs io.Writer) int {
	br := bufio.NewReaderSize(in, 1<<20)
	bw := bufio.NewWriter(out)
	defer bw.Flush()
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	failed := 0
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(trimSpace(line)) > 0 {
			if e := evalLine(x, line, enc); e != nil {
				fmt.Fprintf(errs, "line %d: %v\n", n, e)
				failed++
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Fprintf(errs, "line %d: %v\n", n, err)
			failed++
			break
		}
	}
	return failed
}

func evalLine(x *extract.Extractor, line []byte, enc *json.Encoder) error {
	var d evalDoc
	if err := json.Unmarshal(line, &d); err != nil {
		return err
	}
	var ref time.Time
	if d.Ref != "" {
		t, err := time.Parse("2006-01-02", d.Ref)
		if err != nil {
			return fmt.Errorf("ref: %w", err)
		}
		ref = t
	}
	r := x.ExtractAt(d.Text, ref)
	return enc.Encode(toEval(d, r))
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\n' || b[0] == '\r' || b[0] == '\t') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\n' || b[len(b)-1] == '\r' || b[len(b)-1] == '\t') {
		b = b[:len(b)-1]
	}
	return b
}
