package num

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParse(t *testing.T) {
	for s, want := range map[string]string{
		"5,662.95": "5662.95/2", "5, 662. 95": "5662.95/2", "68": "68/0", "4.4%": "4.4/1",
		"0.20": "0.20/2", "-12.5": "-12.5/1", "1,917.26": "1917.26/2",
	} {
		v, ok := Parse(s)
		require.True(t, ok, s)
		assert.Equal(t, want, v.String()+"/"+decimal.NewFromInt(int64(v.Decimals)).String(), s)
	}
	for _, s := range []string{"", "abc", "1,23", "1.2.3", "12,3456"} {
		_, ok := Parse(s)
		assert.False(t, ok, s)
	}
}

// The 轨博会 balance of the seed report: 5.35 − 5.33 is 0.02, and 0.2 must
// not pass for it — the reason no fixed slack is allowed.
func TestConsistentCatchesPrecisionSlip(t *testing.T) {
	diff := MustParse("5.35").Interval().Sub(MustParse("5.33").Interval())
	assert.False(t, Consistent(MustParse("0.2"), diff))
	assert.True(t, Consistent(MustParse("0.02"), diff))
}

func TestSharePercent(t *testing.T) {
	// 2363.29 / 5662.95 = 41.732…% printed as 41.7%.
	q, ok := MustParse("2363.29").Interval().Div(MustParse("5662.95").Interval())
	require.True(t, ok)
	pct := q.Scale(2)
	assert.True(t, Consistent(MustParse("41.7"), pct))
	assert.False(t, Consistent(MustParse("41.8"), pct))
	assert.Equal(t, "41.7", Expected(MustParse("41.8"), pct).String())
}

func TestTruncated(t *testing.T) {
	// 55.86 printed as 55.8: wrong when rounded, right when truncated.
	pct := Point(decimal.RequireFromString("55.86"))
	assert.False(t, Consistent(MustParse("55.8"), pct))
	assert.True(t, ConsistentTruncated(MustParse("55.8"), pct))
}

func TestScale(t *testing.T) {
	v := MustParse("5.35").Scale(4)
	assert.Equal(t, "53500", v.D.String())
	assert.True(t, Consistent(v, Point(decimal.NewFromInt(53520))))
	assert.False(t, Consistent(v, Point(decimal.NewFromInt(53600))))
}
