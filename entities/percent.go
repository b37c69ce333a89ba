package entities

// PercentUnit tells percent from percentage points.
type PercentUnit string

// The units of a Percent.
const (
	UnitPercent PercentUnit = "percent" // 23.9%, 百分之十, 千分之五 (as 0.5)
	UnitPoint   PercentUnit = "point"   // 5.6个百分点
)

// PercentKind is what a figure says, read from its context.
type PercentKind string

// The kinds of Percent.
const (
	KindGrowth     PercentKind = "growth"     // 增长, 提高, 上升
	KindDecline    PercentKind = "decline"    // 下降, 减少, 回落 (the value stays positive)
	KindShare      PercentKind = "share"      // 占…的89.2%
	KindRate       PercentKind = "rate"       // 合格率超过85%
	KindDifference PercentKind = "difference" // 较全国增速高出5.6个百分点
)

// Basis is the comparison base of a growth figure.
type Basis string

// The bases.
const (
	BasisNone Basis = "none"
	BasisYoY  Basis = "yoy" // 同比, year on year
	BasisMoM  Basis = "mom" // 环比, month on month
)

// Percent is a percentage or a difference in percentage points.
type Percent struct {
	Span
	Value Decimal     `json:"value"`
	Unit  PercentUnit `json:"unit"`
	Kind  PercentKind `json:"kind"`
	Basis Basis       `json:"basis"`
	// Min and Max are set for a range (5-10%, 2至3个百分点); Value is Min.
	Min Decimal `json:"min,omitempty"`
	Max Decimal `json:"max,omitempty"`
	// Approximate marks 约, 近, 超过 and the like; Qualifier keeps the word.
	Approximate bool   `json:"approximate,omitempty"`
	Qualifier   string `json:"qualifier,omitempty"`
	// Rule names the pattern that matched.
	Rule string `json:"rule,omitempty"`
}

// Normalized renders the value in one line: "23.9 percent growth yoy",
// "5..10 percent rate none" for a range.
func (p Percent) Normalized() string {
	v := string(p.Value)
	if p.Min != "" && p.Max != "" {
		v = string(p.Min) + ".." + string(p.Max)
	}
	return v + " " + string(p.Unit) + " " + string(p.Kind) + " " + string(p.Basis)
}
