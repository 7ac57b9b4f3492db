package reconcile

import (
	"strings"

	"github.com/gouji/gouji/num"
	"github.com/gouji/gouji/segment"
	"github.com/shopspring/decimal"
)

// Unit slips: a figure off by 10^±4, 元 written as 万元 or the reverse.
// items-total, balance and text-vs-table leave such failures to unit-slip.

// slipTo reports whether m, read as 10^±4 (元 written as 万元, or the
// reverse), agrees with the interval: the exponent by which the writer's
// figure must be shifted.
func slipTo(m segment.Mention, want num.Interval) (int32, bool) {
	if !exact(m) || m.Value.D.IsZero() {
		return 0, false
	}
	for _, e := range []int32{-4, 4} {
		v := m.Value.Scale(e)
		if plausibleSlip(m, v.Interval(), want) && num.Consistent(v, want) {
			return e, true
		}
	}
	return 0, false
}

// plausibleSlip reports whether a figure may be a slip of the unit and
// not a figure that is simply wrong: its digits must carry the figure it
// is compared with, so it is printed with three significant digits or
// more. 0.3万元 is not 2961.68 written in 元 (as 3000 元 it stands for 2500
// to 3500), and 6万元 read as 6元 fits any sum of rough figures.
//
// And the figure it should be must be told apart from nothing: when the
// others leave room for anything from below zero to above it (a list of
// rough figures), "it reads 1.05元, about 0" is no better an explanation
// than "the list is off", and the expected figure could even be negative.
func plausibleSlip(m segment.Mention, iv, want num.Interval) bool {
	return significantDigits(m.Value.D) >= 3 && iv.Overlaps(want) && !containsZero(want)
}

// significantDigits counts the digits of d without leading or trailing
// zeros (11199.82: 7; 1234500: 5; 0.3: 1).
func significantDigits(d decimal.Decimal) int {
	s := strings.TrimLeft(strings.ReplaceAll(strings.TrimPrefix(d.Abs().String(), "-"), ".", ""), "0")
	return len(strings.TrimRight(s, "0"))
}

// width returns the width of an interval.
func width(iv num.Interval) decimal.Decimal { return iv.Hi.Sub(iv.Lo) }

// shifted returns m's value read at 10^e of its printed unit, at scale,
// and its interval: 11199.82万元 shifted by −4 is 11199.82元.
func shifted(m segment.Mention, e, scale int32) num.Interval {
	return m.Value.Scale(e + m.Scale - scale).Interval()
}

// slip is a figure that is off by 10^±4.
type slip struct {
	// arg is the figure; exp the power of ten it must be shifted by.
	arg segment.Arg
	exp int32
	// at is the interval the figure should stand for, in its own unit.
	want num.Interval
}

// slipCands are the figures that, shifted, would make a check hold.
type slipCands struct {
	list   []*slip
	widths []decimal.Decimal
}

func (c *slipCands) add(s *slip, iv num.Interval) {
	c.list = append(c.list, s)
	c.widths = append(c.widths, width(iv))
}

// best returns the candidate whose shifted figure is the most precise —
// the one whose digits carry the figure it must match (1118300万元 read as
// 111.83万元, rather than 112万元 read as 1120000 ± 5000) — or nil when
// there is none or no single one.
func (c *slipCands) best() *slip {
	if len(c.list) == 0 {
		return nil
	}
	bi, tie := 0, false
	for i := 1; i < len(c.list); i++ {
		switch c.widths[i].Cmp(c.widths[bi]) {
		case -1:
			bi, tie = i, false
		case 0:
			tie = true
		}
	}
	if tie {
		return nil
	}
	return c.list[bi]
}
