package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/zhfacts/zhfacts/entities"
	"github.com/zhfacts/zhfacts/extract"
)

// TestEvalBatch: lines longer than 64 KB, malformed lines and blank lines.
// Every good line gives one output line, in order; every bad line gives an
// error naming its line number, and the run goes on.
func TestEvalBatch(t *testing.T) {
	x, err := extract.New()
	require.NoError(t, err)
	long := strings.Repeat("今年前2个月，自治区外贸进出口总值38.1亿元，同比增长23.9%。", 2000) // > 64 KB
	require.Greater(t, len(long), 64<<10)
	lines := []string{
		`{"id":"a","ref":"2026-03-15","text":"3月13日，会议召开。"}`,
		`not json`,
		``,
		`{"id":"b","ref":"2026-03-15","text":"` + long + `"}`,
		`{"id":"c","ref":"15/03/2026","text":"x"}`,
		`{"id":"d","text":"无参考日期"}`,
	}
	var out, errs bytes.Buffer
	failed := runEval(x, strings.NewReader(strings.Join(lines, "\n")), &out, &errs)
	assert.Equal(t, 2, failed)
	assert.Contains(t, errs.String(), "line 2:")
	assert.Contains(t, errs.String(), "line 5:")

	var ids []string
	sc := bufio.NewScanner(&out)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var o evalOut
		require.NoError(t, json.Unmarshal(sc.Bytes(), &o))
		ids = append(ids, o.ID)
		for _, e := range o.Entities {
			assert.GreaterOrEqual(t, e.End, e.Start)
		}
	}
	assert.Equal(t, []string{"a", "b", "d"}, ids)
}

func TestPeriodValue(t *testing.T) {
	from, to := pointBounds(mustMoment(2024, 2))
	assert.Equal(t, "2024-02-01", from)
	assert.Equal(t, "2024-02-29", to)
	from, to = pointBounds(mustMoment(2026, 0))
	assert.Equal(t, "2026-01-01", from)
	assert.Equal(t, "2026-12-31", to)
}

func TestPeriodValueDay(t *testing.T) {
	day := entities.Moment{Year: 2025, Month: 12, Day: 31, Grain: entities.GrainDay}
	v := periodValue(entities.Date{Kind: entities.DatePoint, Point: &day, Resolved: true})
	assert.Equal(t, map[string]any{"value": "2025-12-31"}, v)
	m := mustMoment(2025, 12)
	v = periodValue(entities.Date{Kind: entities.DatePoint, Point: &m, Resolved: true})
	assert.Equal(t, map[string]any{"from": "2025-12-01", "to": "2025-12-31"}, v)
}

func mustMoment(year, month int) entities.Moment {
	if month == 0 {
		return entities.Moment{Year: year, Grain: entities.GrainYear}
	}
	return entities.Moment{Year: year, Month: month, Grain: entities.GrainMonth}
}
