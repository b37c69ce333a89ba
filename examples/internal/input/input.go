// Package input reads the text the example programs work on: standard input
// when something is piped in, else the bundled front page.
package input

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"time"
)

// FrontPageRef is the publication date of the bundled front page.
const FrontPageRef = "2026-03-15"

// Read returns the text and its reference date. refFlag (YYYY-MM-DD, may be
// empty) sets the date; the front page defaults to FrontPageRef, piped text
// to none.
func Read(refFlag string) (string, time.Time, error) {
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
	data, err := os.ReadFile(FrontPagePath())
	if err != nil {
		return "", ref, fmt.Errorf("the bundled front page: %w", err)
	}
	if ref.IsZero() {
		ref, _ = time.Parse("2006-01-02", FrontPageRef)
	}
	return string(data), ref, nil
}

// FrontPagePath finds testdata/front-page.txt from the working directory or,
// failing that, from this source file's place in the module.
func FrontPagePath() string {
	p := filepath.Join("testdata", "front-page.txt")
	if _, err := os.Stat(p); err == nil {
		return p
	}
	if _, file, _, ok := runtime.Caller(0); ok {
		return filepath.Join(filepath.Dir(file), "..", "..", "..", "testdata", "front-page.txt")
	}
	return p
}
