// Command genverbs derives zh/lexicon/org_verbs.txt from the general
// dictionary of the gse segmenter (github.com/go-ego/gse, data/dict/zh/s_1.txt):
// its frequent verbs, adverbs, pronouns, prepositions and conjunctions of two
// to four characters. An organization's name does not run across them
// leftwards (限制银行, 地处非洲大陆中心); trade words such as 开发 or 加工
// (org_sector.txt) stay part of a name all the same.
//
// With -stops it writes zh/lexicon/org_names.txt instead: proper names
// that end with a one-character stop word (华为) or begin with one (比亚迪),
// which stay whole in a name.
//
// Usage, from the module root:
//
//	dir=$(go mod download -json github.com/go-ego/gse@v0.80.3 | sed -n 's/.*"Dir": "\(.*\)".*/\1/p')
//	go run ./patterns/internal/genverbs -dict $dir/data/dict/zh/s_1.txt > patterns/zh/lexicon/org_verbs.txt
//	go run ./patterns/internal/genverbs -dict $dir/data/dict/zh/s_1.txt -stops patterns/zh/lexicon/org_stop.txt > patterns/zh/lexicon/org_names.txt
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// names are the dictionary's tags of proper names.
var names = map[string]bool{"nz": true, "nt": true, "nr": true, "ns": true, "j": true}

var tags = map[string]bool{"v": true, "d": true, "r": true, "p": true, "c": true, "ad": true, "vd": true, "u": true}

func main() {
	dict := flag.String("dict", "", "path of gse's data/dict/zh/s_1.txt")
	min := flag.Int("min", 500, "minimum frequency")
	stopFile := flag.String("stops", "", "instead, write the proper names that end with a one-character stop word of this file (华为 of 为)")
	flag.Parse()
	stops := new(string)
	if *stopFile != "" {
		*stops = readStops(*stopFile)
	}
	f, err := os.Open(*dict)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) != 3 {
			continue
		}
		n, _ := strconv.Atoi(fs[1])
		w := fs[0]
		if *stops != "" {
			last, _ := utf8.DecodeLastRuneInString(w)
			// Conjunctions join two names (中国乒协和爱立信): a name ending in
			// one (协和) is left out, and so is one that begins with a stop
			// word or a determiner (这家, 各级).
			k := utf8.RuneCountInString(w)
			if names[fs[2]] && n >= 20 && k >= 2 && k <= 3 && allHan(w) &&
				strings.ContainsRune(*stops, last) && !strings.ContainsRune("和与及或并而", last) &&
				!strings.ContainsRune(*stops+"各该每这那此某其本", []rune(w)[0]) {
				out = append(out, w)
				continue
			}
			// Names of three or four characters that begin with a stop
			// word (比亚迪) stay whole too.
			if names[fs[2]] && n >= 3 && k >= 3 && k <= 4 && allHan(w) && strings.ContainsRune(*stops, []rune(w)[0]) {
				out = append(out, w)
			}
			continue
		}
		if k := utf8.RuneCountInString(w); !tags[fs[2]] || n < *min || k < 2 || k > 4 || !allHan(w) {
			continue
		}
		out = append(out, w)
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	sort.Strings(out)
	if *stops != "" {
		fmt.Println("# Proper names that end or begin with a character which otherwise ends a name on its left")
		fmt.Println("# (华为, 里斯本), derived by patterns/internal/genverbs -stops from the general")
		fmt.Println("# dictionary of the gse segmenter (Apache-2.0). Do not edit by hand.")
		for _, w := range out {
			fmt.Println(w)
		}
		return
	}
	fmt.Println("# Frequent verbs, adverbs, pronouns, prepositions and conjunctions, derived by")
	fmt.Println("# patterns/internal/genverbs from the general dictionary of the gse segmenter")
	fmt.Println("# (Apache-2.0). Do not edit by hand.")
	for _, w := range out {
		fmt.Println(w)
	}
}

// readStops returns the one-character stop words of org_stop.txt.
func readStops(path string) string {
	data, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var b strings.Builder
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Split(strings.TrimSpace(line), "\t")
		if len(f) == 2 && f[1] == "stop" && utf8.RuneCountInString(f[0]) == 1 {
			b.WriteString(f[0])
		}
	}
	return b.String()
}

func allHan(w string) bool {
	for _, r := range w {
		if r < 0x4e00 || r > 0x9fff {
			return false
		}
	}
	return true
}
