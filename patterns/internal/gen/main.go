// Command gen derives the statistical data of the person recognizer from a
// general Chinese dictionary (gse's zh/s_1.txt: word, frequency, POS tag).
//
// It writes two files under zh/lexicon:
//
//   - person_chars.txt: per character, how often it is a surname, the first
//     or second character of a two-character given name, a one-character
//     given name, part of a transliterated foreign name, and its frequency in
//     general vocabulary. The dictionary's person entries (tags nr, nrfg,
//     nrt) are used only for these counts: no name is written out.
//   - dict_words.txt: the common words (two to four characters, places and
//     organizations up to seven, frequency >= minFreq) with a frequency class 1-9, so that the
//     recognizer can tell 高度 or 方向 from a name. Entries tagged as persons
//     are kept only where they are mostly words (see writeWords).
//
// Run it with `go generate ./patterns` (the dictionary is located in the
// module cache with `go mod download -json`), or pass -dict.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

const (
	gseModule = "github.com/go-ego/gse@v0.80.3"
	minFreq   = 5
)

func main() {
	dict := flag.String("dict", "", "path of gse's data/dict/zh/s_1.txt (default: from the module cache)")
	out := flag.String("out", "zh/lexicon", "output directory")
	flag.Parse()
	if *dict == "" {
		p, err := locate()
		if err != nil {
			fail(err)
		}
		*dict = p
	}
	surnames, err := readSurnames(filepath.Join(*out, "surname.txt"))
	if err != nil {
		fail(err)
	}
	entries, err := readDict(*dict)
	if err != nil {
		fail(err)
	}
	if err := writeChars(filepath.Join(*out, "person_chars.txt"), entries, surnames); err != nil {
		fail(err)
	}
	if err := writeWords(filepath.Join(*out, "dict_words.txt"), entries); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gen:", err)
	os.Exit(1)
}

func locate() (string, error) {
	cmd := exec.Command("go", "mod", "download", "-json", gseModule)
	var buf bytes.Buffer
	cmd.Stdout = &buf
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("go mod download %s: %w", gseModule, err)
	}
	var m struct{ Dir string }
	if err := json.Unmarshal(buf.Bytes(), &m); err != nil {
		return "", err
	}
	return filepath.Join(m.Dir, "data", "dict", "zh", "s_1.txt"), nil
}

type entry struct {
	word []rune
	freq int
	tag  string
}

func readDict(path string) ([]entry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []entry
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) < 3 {
			continue
		}
		n, err := strconv.Atoi(fs[1])
		if err != nil {
			continue
		}
		out = append(out, entry{word: []rune(fs[0]), freq: n, tag: fs[2]})
	}
	return out, sc.Err()
}

func readSurnames(path string) (map[string]bool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m := map[string]bool{}
	for _, l := range strings.Split(string(data), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		m[strings.Split(l, "\t")[0]] = true
	}
	return m, nil
}

func isHan(r rune) bool { return r >= 0x3400 && r <= 0x9fff }

func allHan(w []rune) bool {
	for _, r := range w {
		if !isHan(r) {
			return false
		}
	}
	return len(w) > 0
}

type charStat struct {
	sur, g1, g2, g0, tr int
	gen                 float64
}

// writeChars counts, per character, its roles in the dictionary's person
// entries and its frequency in the rest of the vocabulary.
func writeChars(path string, entries []entry, surnames map[string]bool) error {
	st := map[rune]*charStat{}
	get := func(r rune) *charStat {
		s := st[r]
		if s == nil {
			s = &charStat{}
			st[r] = s
		}
		return s
	}
	for _, e := range entries {
		w := e.word
		if !allHan(w) {
			continue
		}
		switch {
		case e.tag == "nr" || e.tag == "nrfg":
			// A Chinese name: a known surname and a one- or two-character
			// given name. Other person entries are skipped.
			sl := 0
			if len(w) >= 3 && surnames[string(w[:2])] {
				sl = 2
			} else if surnames[string(w[:1])] {
				sl = 1
			}
			if sl == 0 {
				if e.tag == "nr" && len(w) >= 3 {
					for _, r := range w {
						get(r).tr++
					}
				}
				continue
			}
			g := w[sl:]
			switch len(g) {
			case 1:
				get(w[0]).sur++
				get(g[0]).g0++
			case 2:
				get(w[0]).sur++
				get(g[0]).g1++
				get(g[1]).g2++
			}
		case e.tag == "nrt":
			for _, r := range w {
				get(r).tr++
			}
		default:
			if strings.HasPrefix(e.tag, "nr") {
				continue
			}
			// General vocabulary: weigh a character by the word's
			// frequency, so that function characters (和, 于) weigh what they
			// weigh in running text.
			wt := float64(e.freq)
			for _, r := range w {
				get(r).gen += wt
			}
		}
	}
	keys := make([]rune, 0, len(st))
	for r, s := range st {
		if s.sur+s.g1+s.g2+s.g0+s.tr == 0 && s.gen < 50 {
			continue
		}
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	var b strings.Builder
	b.WriteString("# Generated by patterns/internal/gen from a general dictionary; do not edit.\n")
	b.WriteString("# char\tsurname\tgiven1\tgiven2\tgiven_single\ttranslit\tgeneral\n")
	b.WriteString("# Counts of the character's roles in the dictionary's person entries, and its\n")
	b.WriteString("# weight in the rest of the vocabulary (sum of word frequencies).\n")
	for _, r := range keys {
		s := st[r]
		fmt.Fprintf(&b, "%c\t%d\t%d\t%d\t%d\t%d\t%d\n", r, s.sur, s.g1, s.g2, s.g0, s.tr, int(math.Round(s.gen)))
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// writeWords keeps the common words with a frequency class: 1 + floor(log2
// of freq/minFreq), capped at 9.
func writeWords(path string, entries []entry) error {
	type wf struct {
		w string
		c int
	}
	best := map[string]int{}
	for _, e := range entries {
		if e.freq < minFreq || len(e.word) < 2 || !allHan(e.word) {
			continue
		}
		// Longer entries only for places and organizations (哈萨克斯坦,
		// 斯德哥尔摩), which transliteration characters also spell.
		if len(e.word) > 4 && (len(e.word) > 7 || (e.tag != "ns" && e.tag != "nt")) {
			continue
		}
		c := min(9, 1+int(math.Log2(float64(e.freq)/minFreq)))
		if strings.HasPrefix(e.tag, "nr") {
			// The person tags are noisy: many common words and places carry
			// them (蓝图, 弘扬, 石家庄, 伊拉克). Frequent ones count as words,
			// two classes lower and flagged. The flag only softens the
			// penalty a word gets: an entry never makes a string more of a
			// name than a string the dictionary does not know.
			if e.freq < 20 {
				continue
			}
			c -= 2
			if c < 1 {
				c = 1
			}
			c += 10
		}
		w := string(e.word)
		if old, ok := best[w]; !ok || c%10 > old%10 {
			best[w] = c
		}
	}
	list := make([]wf, 0, len(best))
	for w, c := range best {
		list = append(list, wf{w, c})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].w < list[j].w })
	var b strings.Builder
	b.WriteString("# Generated by patterns/internal/gen from a general dictionary; do not edit.\n")
	b.WriteString("# Common words and a frequency class 1-9 (log2 scale); p marks entries the\n")
	b.WriteString("# dictionary tags as person names (words and places as often as names).\n")
	for _, x := range list {
		if x.c > 10 {
			fmt.Fprintf(&b, "%s\t%dp\n", x.w, x.c-10)
		} else {
			fmt.Fprintf(&b, "%s\t%d\n", x.w, x.c)
		}
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
