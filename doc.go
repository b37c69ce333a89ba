// Package zhfacts turns Chinese news text into typed facts: people with their
// titles, organizations, places, dates, money, percentages, and the
// statistics that tie them together.
//
// The first call:
//
//	x, err := extract.New(extract.WithReference(time.Date(2026, 3, 15, 0, 0, 0, 0, time.Local)))
//	if err != nil { ... }
//	r := x.Extract("今年前2个月，自治区外贸进出口总值38.1亿元，同比增长23.9%。")
//	for _, m := range r.Money {
//		fmt.Println(m.Text, m.Amount, m.Currency) // 38.1亿元 3810000000 CNY
//	}
//
// Build the Extractor once: it loads its rules and lexicons once per process
// and is safe for concurrent use. The reference date is the publication date
// that relative dates (今年, 3月13日, 前2个月) resolve against; without it they
// are reported unresolved, never guessed from the clock. ExtractAt takes a
// reference for one call, for batches of articles.
//
// # Offsets
//
// Every result carries an entities.Span into the caller's untouched text:
// Start and End are byte offsets for slicing the Go string
// (text[s.Start:s.End] == s.Text), RuneStart and RuneEnd count Unicode code
// points for every other language. The input is never rewritten: full-width
// digits (３月１３日), Chinese numerals (二〇二六年, 三千万) and formal
// numerals are read where they stand.
//
// # Where things live
//
//   - entities: the typed results (Date, Money, Percent, Person, Title,
//     Organization, Place, Statistic), standard library only.
//   - extract: the extractors and the pipeline.
//   - patterns: the rules (patterns/zh/*.rules) and lexicons
//     (patterns/zh/lexicon/*.txt), embedded data; the only code that uses
//     the backtracking regexp engine, with a match timeout.
//   - testdata: the corpus, one *.corpus file per dimension, whole sentences
//     with every expected entity, negatives included. The files are the tests
//     and the documentation of each rule.
//   - examples/extract: a command that prints what the library finds.
package zhfacts
