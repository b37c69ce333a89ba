// Package entities holds the typed results of zhfacts. It depends on the
// standard library only, so that callers can store and pass results around
// without pulling in the extractors.
package entities

// Span locates a mention in the caller's text.
//
// Start and End are byte offsets, half-open, for slicing the Go string:
// text[s.Start:s.End] == s.Text. RuneStart and RuneEnd count Unicode code
// points, also half-open, for every other language (Python, JavaScript with
// Array.from, databases that count characters).
type Span struct {
	Start     int    `json:"start"`
	End       int    `json:"end"`
	RuneStart int    `json:"rune_start"`
	RuneEnd   int    `json:"rune_end"`
	Text      string `json:"text"`
}

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Len is the length of the span in bytes.
func (s Span) Len() int { return s.End - s.Start }
