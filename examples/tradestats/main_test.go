package main

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/zhfacts/zhfacts/entities"
	"github.com/zhfacts/zhfacts/examples/internal/input"
	"github.com/zhfacts/zhfacts/extract"
)

func TestWriteCSVRoundTrip(t *testing.T) {
	from := entities.Moment{Year: 2026, Month: 1, Day: 1, Grain: entities.GrainDay}
	to := entities.Moment{Year: 2026, Month: 2, Grain: entities.GrainMonth}
	year := entities.Moment{Year: 2025, Grain: entities.GrainYear}
	stats := []entities.Statistic{
		{Subject: "自治区外贸", Metric: "进出口总值",
			Period: &entities.Date{Kind: entities.DatePeriod, From: &from, To: &to, Resolved: true},
			Amount: &entities.Money{Amount: "3810000000", Currency: "CNY"},
			Growth: "23.9", Basis: entities.BasisYoY,
			Comparison: &entities.Comparison{Against: "全国", Difference: "5.6", Unit: entities.UnitPoint},
			Span:       entities.Span{Text: "自治区外贸进出口总值38.1亿元，同比增长23.9%"}},
		{Subject: "全区", Metric: "地区生产总值",
			Period: &entities.Date{Kind: entities.DatePoint, Point: &year, Resolved: true},
			Growth: "-1.2", Basis: entities.BasisNone, Share: "89.2"},
	}
	var buf bytes.Buffer
	require.NoError(t, writeCSV(&buf, stats))
	recs, err := csv.NewReader(&buf).ReadAll()
	require.NoError(t, err)
	require.Len(t, recs, 3)
	assert.Equal(t, header, recs[0])
	assert.Equal(t, []string{"自治区外贸", "进出口总值", "2026-01-01", "2026-02-28", "3810000000", "CNY",
		"23.9", "yoy", "", "全国", "5.6", "point", "自治区外贸进出口总值38.1亿元，同比增长23.9%"}, recs[1])
	assert.Equal(t, []string{"全区", "地区生产总值", "2025-01-01", "2025-12-31", "", "",
		"-1.2", "none", "89.2", "", "", "", ""}, recs[2])

	var tab bytes.Buffer
	require.NoError(t, writeTable(&tab, stats))
	lines := strings.Split(strings.TrimSpace(tab.String()), "\n")
	require.Len(t, lines, 3)
	assert.Contains(t, lines[1], "2026-01-01..2026-02-28")
	assert.Contains(t, lines[1], "全国 5.6 pt")
	assert.Contains(t, lines[2], "-1.2% none")
}

func TestCSVOfAParagraph(t *testing.T) {
	x, err := extract.New(extract.WithDimensions(extract.Statistics))
	require.NoError(t, err)
	ref := time.Date(2026, 3, 15, 0, 0, 0, 0, time.UTC)
	r := x.ExtractAt("1-2月，全区民营企业进出口25亿元，增长12%，占同期全区外贸总值的65%。外商投资企业进出口5亿元，下降3.1%。", ref)
	var buf bytes.Buffer
	require.NoError(t, writeCSV(&buf, r.Statistics))
	recs, err := csv.NewReader(&buf).ReadAll()
	require.NoError(t, err)
	require.Len(t, recs, 3)
	assert.Equal(t, []string{"全区民营企业", "进出口", "2026-01-01", "2026-02-28", "2500000000", "CNY", "12", "yoy", "65"}, recs[1][:9])
	assert.Equal(t, []string{"外商投资企业", "进出口", "2026-01-01", "2026-02-28", "500000000", "CNY", "-3.1", "yoy", ""}, recs[2][:9])
}

func TestFrontPage(t *testing.T) {
	text, ref, err := input.Read("")
	require.NoError(t, err)
	assert.Equal(t, "2026-03-15", ref.Format("2006-01-02"))
	x, err := extract.New(extract.WithDimensions(extract.Statistics))
	require.NoError(t, err)
	stats := x.ExtractAt(text, ref).Statistics
	var tab bytes.Buffer
	require.NoError(t, writeTable(&tab, stats))
	lines := strings.Split(strings.TrimSpace(tab.String()), "\n")
	require.Len(t, lines, len(stats)+1)
	assert.GreaterOrEqual(t, len(stats), 17)
	// Columns line up in display width.
	col := strings.Index(lines[0], "METRIC")
	for _, l := range lines[1:] {
		prefix := l[:strings.Index(l, "  ")]
		rest := strings.TrimLeft(l[len(prefix):], " ")
		assert.Equal(t, col, width(l[:len(l)-len(rest)]), l)
	}
}
