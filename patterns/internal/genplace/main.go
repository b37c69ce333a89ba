// Command genplace derives zh/lexicon/place_derived.txt from the general
// dictionary of the gse segmenter (github.com/go-ego/gse, data/dict/zh/s_1.txt):
// its place-name entries (tag ns) that end in an administrative division
// suffix (县, 市, 区, 镇, 自治州, ...) or a geographic feature (山, 河, 湖,
// 半岛, ...), with a stem of at least two characters so that common words
// (城市, 山区, 上市) stay out, and the frequent counties named by one
// character (蓟县) that no common word reads into (和县 in 市和县).
//
// Usage, from the module root:
//
//	dir=$(go mod download -json github.com/go-ego/gse@v0.80.3 | sed -n 's/.*"Dir": "\(.*\)".*/\1/p')
//	go run ./patterns/internal/genplace -dict $dir/data/dict/zh/s_1.txt > patterns/zh/lexicon/place_derived.txt
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

// divisions are the suffixes of administrative divisions, longest first.
var divisions = []string{"特别行政区", "自治区", "自治州", "自治县", "自治旗", "林区", "新区", "省", "市", "县", "区", "镇", "乡", "村", "旗", "盟"}

// features are the suffixes of geographic names, longest first; they need a
// minimum frequency, since the dictionary also tags figures of speech with them.
var features = []string{"半岛", "群岛", "列岛", "高原", "盆地", "平原", "沙漠", "草原", "山脉", "运河", "峡谷", "海峡", "海湾", "山", "河", "江", "湖", "海", "岛", "峡", "湾", "港"}

// generic are dictionary entries with such a suffix that are common words,
// not names.
var generic = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`大城市 大中城市 中小城市 科教兴市 省市 各省 外省 本省 全省 该市 本市 全市 县市 该县 本县 全县
		全区 该区 本区 郊区 城区 市区 景区 社区 灾区 牧区 矿区 老区 新区 特区 园区 校区 营区 辖区 片区 山区 湖区 苏区 林区 平原区 无人区 老城区 风景区 开发区 保护区 试验区 示范区 边区
		城镇 乡镇 村镇 重镇 古镇 小镇 集镇 名镇 中心镇
		人山人海 信口开河 跑江湖 江山 河山 山河 江河 江湖 河湖 大江 大河 长河 大湖 大海 四海 沧海 火海 云海 商海 学海 苦海 宦海 林海 雪山 冰山 火山 靠山 深山 高山 青山 名山 大山 江海 山海 湖海 内海 内河 内湖 渡江 渡河 渡海 入海 下海 出海 沿海 沿江 沿河 临海 临江 滨海 滨江 滨湖 海岛 孤岛 小岛 群岛 列岛 半岛 港湾 海湾 海港 口岸 盐湖 咸水湖 淡水湖 堰塞湖 天鹅湖 冰河 银河 天河 运河 护城河
		都市 上市 城市 入市 开市 股市 楼市 车市 集市 夜市 早市 花市 鸟市 超市 门市 黑市 菜市 闹市
		农村 山村 乡村 渔村 新村 故乡 家乡 他乡 异乡 城乡 老乡 下乡 回乡 还乡 水乡 梦乡`) {
		generic[w] = true
	}
}

func main() {
	dict := flag.String("dict", "", "path of gse's data/dict/zh/s_1.txt")
	minFeature := flag.Int("min-feature", 20, "minimum frequency of a geographic name")
	flag.Parse()
	f, err := os.Open(*dict)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) != 3 || fs[2] != "ns" {
			continue
		}
		w := fs[0]
		freq, _ := strconv.Atoi(fs[1])
		if generic[w] || !allHan(w) || strings.HasSuffix(w, "地区") || strings.HasPrefix(w, "下半") || strings.ContainsRune("各全本该每", []rune(w)[0]) {
			continue
		}
		if keep(w, divisions, 2) || freq >= *minFeature && keep(w, features, 2) || freq >= 40 && oneCharCounty(w) {
			seen[w] = true
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	out := make([]string, 0, len(seen))
	for w := range seen {
		out = append(out, w)
	}
	sort.Strings(out)
	fmt.Println("# Place names with a division or geographic suffix, derived by patterns/internal/genplace")
	fmt.Println("# from the general dictionary of the gse segmenter (Apache-2.0). Do not edit by hand.")
	for _, w := range out {
		fmt.Println(w)
	}
}

// keep reports whether w ends in one of the suffixes after a stem of at
// least minStem characters, and is at most 8 characters long.
func keep(w string, suffixes []string, minStem int) bool {
	n := utf8.RuneCountInString(w)
	if n > 8 {
		return false
	}
	for _, s := range suffixes {
		if strings.HasSuffix(w, s) {
			stem := utf8.RuneCountInString(w) - utf8.RuneCountInString(s)
			return stem >= minStem && !isIdiom(w)
		}
	}
	return false
}

// commonHeads are characters that also stand before 县 as words of their own
// (和县 in 市和县, 各县, 五县): a county named by one of them is left out.
const commonHeads = "旧万开干成应兴安达户文华容荣温易黄沙青夏宁唐义临孟掖盖息叶景献泰宿和五郡府山林陵定通南北东西中上下大小新老全各本该每两三四六七八九十一二外内城省乡镇村州市区县附邻近远贫富穷此其彼他我诸数几多少历前后"

// oneCharCounty reports a county named by one character (费县, 蓟县).
func oneCharCounty(w string) bool {
	r := []rune(w)
	return len(r) == 2 && r[1] == '县' && !strings.ContainsRune(commonHeads, r[0])
}

// isIdiom reports four-character words made of two pairs that repeat a
// character (人山人海), which the dictionary sometimes tags as places.
func isIdiom(w string) bool {
	r := []rune(w)
	return len(r) == 4 && (r[0] == r[2] || r[1] == r[3])
}

func allHan(w string) bool {
	for _, r := range w {
		if r < 0x4e00 || r > 0x9fff {
			return false
		}
	}
	return w != ""
}
