// Package patterns holds the rules and lexicons of zhfacts as embedded data,
// and the code that loads and compiles them.
//
// Rules live in zh/*.rules, one file per dimension. A line is one of
//
//	# a comment
//	define NAME  regex     a named part, used in later lines as {NAME}
//	rule   name  regex     a pattern the extractor runs
//
// Definitions in zh/common.rules are visible in every file. Lexicons live in
// zh/lexicon/*.txt: one entry a line, fields separated by tabs, # comments.
package patterns

import (
	"bufio"
	"embed"
	"fmt"
	"regexp"
	"runtime"
	"strings"
	"sync"
)

//go:embed zh
var files embed.FS

// Rule is one compiled pattern of a dimension.
type Rule struct {
	Name string
	Re   *Regexp
	// Source is the expanded regular expression.
	Source string
}

var refRe = regexp.MustCompile(`\{([A-Za-z_][A-Za-z0-9_]*)\}`)

// Rules loads zh/<dimension>.rules, expands its definitions (and those of
// zh/common.rules) and compiles every rule.
func Rules(dimension string) ([]Rule, error) {
	defs := map[string]string{}
	if dimension != "common" {
		if _, err := parse("common", defs); err != nil {
			return nil, err
		}
	}
	return parse(dimension, defs)
}

// Definitions returns the expanded definitions of a rules file (and of
// zh/common.rules), for code that builds a pattern from parts.
func Definitions(dimension string) (map[string]string, error) {
	defs := map[string]string{}
	if dimension != "common" {
		if _, err := parse("common", defs); err != nil {
			return nil, err
		}
	}
	_, err := parse(dimension, defs)
	return defs, err
}

func parse(dimension string, defs map[string]string) ([]Rule, error) {
	name := "zh/" + dimension + ".rules"
	data, err := files.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("patterns: %w", err)
	}
	var rules []Rule
	var lines []int // the line of each rule
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 3 || (f[0] != "define" && f[0] != "rule") {
			return nil, fmt.Errorf("patterns: %s:%d: want 'define NAME regex' or 'rule NAME regex'", name, n)
		}
		// The regex is the rest of the line after the second field.
		rest := strings.TrimSpace(line[len(f[0]):])
		rest = strings.TrimSpace(rest[len(f[1]):])
		expanded, err := expand(rest, defs)
		if err != nil {
			return nil, fmt.Errorf("patterns: %s:%d: %w", name, n, err)
		}
		if f[0] == "define" {
			defs[f[1]] = expanded
			continue
		}
		rules = append(rules, Rule{Name: f[1], Source: expanded})
		lines = append(lines, n)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	// Compiling is most of the cost of loading: the rules compile on every
	// core, and the first error in file order is reported.
	errs := make([]error, len(rules))
	next := make(chan int, len(rules))
	for i := range rules {
		next <- i
	}
	close(next)
	var wg sync.WaitGroup
	for w := min(runtime.GOMAXPROCS(0), len(rules)); w > 0; w-- {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				rules[i].Re, errs[i] = Compile(rules[i].Name, rules[i].Source)
			}
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("patterns: %s:%d: %w", name, lines[i], err)
		}
	}
	return rules, nil
}

func expand(s string, defs map[string]string) (string, error) {
	var missing string
	out := refRe.ReplaceAllStringFunc(s, func(m string) string {
		k := m[1 : len(m)-1]
		v, ok := defs[k]
		if !ok {
			missing = k
			return m
		}
		return v
	})
	if missing != "" {
		return "", fmt.Errorf("undefined part {%s}", missing)
	}
	return out, nil
}

// Lexicon returns the first field of every entry of zh/lexicon/<name>.txt.
func Lexicon(name string) ([]string, error) {
	rows, err := LexiconRows(name)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = r[0]
	}
	return out, nil
}

// LexiconRows returns every entry of zh/lexicon/<name>.txt split on tabs.
func LexiconRows(name string) ([][]string, error) {
	data, err := files.ReadFile("zh/lexicon/" + name + ".txt")
	if err != nil {
		return nil, fmt.Errorf("patterns: %w", err)
	}
	var rows [][]string
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		if t := strings.TrimSpace(line); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		rows = append(rows, f)
	}
	return rows, nil
}

// ReadFile returns an embedded data file by its path below the package
// ("zh/lexicon/dict.txt"), for data too large or too structured for
// Lexicon.
func ReadFile(path string) ([]byte, error) { return files.ReadFile(path) }
