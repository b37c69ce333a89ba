package entities

import (
	"encoding/json"
	"math/big"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDecimal(t *testing.T) {
	r, _ := new(big.Rat).SetString("3810000000")
	assert.Equal(t, Decimal("3810000000"), DecimalFromRat(r))
	r, _ = new(big.Rat).SetString("23.90")
	assert.Equal(t, Decimal("23.9"), DecimalFromRat(r))
	assert.Equal(t, Decimal("-5.6"), Decimal("5.6").Neg())
	assert.Equal(t, Decimal("0"), Decimal("0").Neg())
	assert.Nil(t, Decimal("").Rat())
	assert.Nil(t, Decimal("x").Rat())
	assert.Equal(t, Decimal(""), DecimalFromRat(nil))
}

func TestMomentAndDate(t *testing.T) {
	from := &Moment{Year: 2026, Month: 1, Day: 1, Grain: GrainDay}
	to := &Moment{Year: 2026, Month: 2, Day: 28, Grain: GrainDay}
	d := Date{Kind: DatePeriod, From: from, To: to, Resolved: true}
	assert.Equal(t, "2026-01-01..2026-02-28", d.Normalized())
	assert.Equal(t, "2026", Moment{Year: 2026, Grain: GrainYear}.String())
	assert.Equal(t, "2026-04", Moment{Year: 2026, Month: 4, Grain: GrainMonth}.String())
	assert.Equal(t, "P5Y~", Date{Kind: DateDuration, Duration: "P5Y", Approximate: true, Resolved: true}.Normalized())
	assert.Equal(t, "?", Date{Kind: DatePoint, Relative: true}.Normalized())
}

func TestSpanJSON(t *testing.T) {
	s := Span{Start: 3, End: 9, RuneStart: 1, RuneEnd: 3, Text: "宁夏"}
	b, err := json.Marshal(s)
	require.NoError(t, err)
	assert.JSONEq(t, `{"start":3,"end":9,"rune_start":1,"rune_end":3,"text":"宁夏"}`, string(b))
	assert.True(t, Span{Start: 0, End: 10}.Contains(s))
	assert.True(t, s.Overlaps(Span{Start: 8, End: 12}))
	assert.False(t, s.Overlaps(Span{Start: 9, End: 12}))
}

func TestStatisticNormalized(t *testing.T) {
	s := Statistic{Subject: "民营企业", Metric: "进出口", Amount: &Money{Amount: "3400000000", Currency: "CNY"},
		Growth: "39.9", Basis: BasisYoY, Share: "89.2"}
	assert.Equal(t, "民营企业 | 进出口 | - | 3400000000 CNY | 39.9 yoy | 89.2", s.Normalized())
}
