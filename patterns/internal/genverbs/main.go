// Command genverbs derives zh/lexicon/org_verbs.txt from the general
// dictionary of the gse segmenter (github.com/go-ego/gse, data/dict/zh/s_1.txt):
// its frequent verbs, adverbs, pronouns, prepositions and conjunctions of two
// to four characters. An organization's name does not run across them
// leftwards (限制银行, 地处非洲大陆中心); trade words such as 开发 or 加工
// (org_sector.txt) stay part of a name all the same.
//
// Usage, from the module root:
//
//	dir=$(go mod download -json github.com/go-ego/gse@v0.80.3 | sed -n 's/.*"Dir": "\(.*\)".*/\1/p')
//	go run ./patterns/internal/genverbs -dict $dir/data/dict/zh/s_1.txt > patterns/zh/lexicon/org_verbs.txt
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

var tags = map[string]bool{"v": true, "d": true, "r": true, "p": true, "c": true, "ad": true, "vd": true, "u": true}

func main() {
	dict := flag.String("dict", "", "path of gse's data/dict/zh/s_1.txt")
	min := flag.Int("min", 500, "minimum frequency")
	flag.Parse()
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
		if len(fs) != 3 || !tags[fs[2]] {
			continue
		}
		n, _ := strconv.Atoi(fs[1])
		w := fs[0]
		if k := utf8.RuneCountInString(w); n < *min || k < 2 || k > 4 || !allHan(w) {
			continue
		}
		out = append(out, w)
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	sort.Strings(out)
	fmt.Println("# Frequent verbs, adverbs, pronouns, prepositions and conjunctions, derived by")
	fmt.Println("# patterns/internal/genverbs from the general dictionary of the gse segmenter")
	fmt.Println("# (Apache-2.0). Do not edit by hand.")
	for _, w := range out {
		fmt.Println(w)
	}
}

func allHan(w string) bool {
	for _, r := range w {
		if r < 0x4e00 || r > 0x9fff {
			return false
		}
	}
	return true
}
