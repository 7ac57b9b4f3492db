package reconcile

import (
	"strings"

	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/num"
	"github.com/gouji/gouji/segment"
	"github.com/shopspring/decimal"
)

// Every narrative check judges a printed figure against an interval
// computed from other printed figures (package num): a figure printed with
// d decimals stands for v ± ½·10^-d, computed results carry the interval
// of their inputs, and the two agree when their intervals overlap. A
// mismatch that goes away if the writer truncated instead of rounding is a
// warning. A figure printed as a bound (近, 余, 以上 …) is checked only as a
// bound; one printed as an estimate (约, 左右) is not checked.

// exactCount reports whether a mention is a whole count (3个, 8辆), exact
// by definition: it stands for itself, not for a rounding interval.
func exactCount(m segment.Mention) bool {
	return m.Kind == segment.KindCount && m.Value.Decimals == 0 && m.Scale == 0 && exact(m)
}

// valueIn is the interval a figure stands for at scale: its rounding
// interval, or the point itself for a whole count and for a printed zero
// ("政府采购工程支出0万元" says nothing was spent, not that up to 0.5万元
// was), as an empty cell of a table counts as exactly 0.
func valueIn(m segment.Mention, scale int32) num.Interval {
	if exactCount(m) || m.Value.D.IsZero() && exact(m) && m.Hi == nil {
		return m.In(scale).Exact()
	}
	return m.Interval(scale)
}

// judgeValue is judge with whole counts taken as exact.
func judgeValue(m segment.Mention, scale int32, computed num.Interval) verdict {
	if exactCount(m) {
		if computed.Contains(m.Value.D) {
			return vOK
		}
		return vBad
	}
	return judge(m, scale, computed)
}

// verdict is the outcome of comparing a printed figure with a computed
// interval.
type verdict int

const (
	vOK    verdict = iota // agrees
	vTrunc                // agrees only if the writer truncated: a warning
	vBad                  // disagrees: an error
	vSkip                 // cannot be judged (an estimate, 约)
)

// judge compares printed figure m, expressed at scale (a power of ten of
// its base unit), with a computed interval. Bounds are checked as bounds:
// "余"/"以上" (at least), "近"/"不足" (at most), a range as its span.
func judge(m segment.Mention, scale int32, computed num.Interval) verdict {
	v := m.In(scale)
	switch m.Bound {
	case segment.BoundExact, "":
		if num.Consistent(v, computed) {
			return vOK
		}
		if num.ConsistentTruncated(v, computed) {
			return vTrunc
		}
		return vBad
	case segment.BoundRange:
		if m.Interval(scale).Overlaps(computed) {
			return vOK
		}
		return vBad
	case segment.BoundAtLeast:
		if v.Interval().Lo.LessThanOrEqual(computed.Hi) {
			return vOK
		}
		return vBad
	case segment.BoundAtMost:
		if computed.Lo.LessThanOrEqual(v.Interval().Hi) {
			return vOK
		}
		return vBad
	case segment.BoundAbout:
		// 近 approaches from below: the true value is at most the figure.
		if strings.Contains(m.Qualifier, "近") || strings.Contains(m.Qualifier, "将近") {
			if computed.Lo.LessThanOrEqual(v.Interval().Hi) {
				return vOK
			}
			return vBad
		}
	}
	return vSkip
}

// exact reports whether a mention states an exact figure, so that it may
// take part in arithmetic.
func exact(m segment.Mention) bool { return m.Bound == segment.BoundExact || m.Bound == "" }

// sameBase reports whether two mentions are in units that convert into
// each other (元 and 万元; 个 and 个; % and %).
func sameBase(a, b segment.Mention) bool {
	if a.Kind == segment.KindPercent || b.Kind == segment.KindPercent {
		return a.Kind == b.Kind
	}
	if a.Kind == segment.KindPoints || b.Kind == segment.KindPoints {
		return false
	}
	if a.Kind == segment.KindMoney || b.Kind == segment.KindMoney {
		return a.Kind == b.Kind && a.Currency == b.Currency && a.BaseUnit == b.BaseUnit
	}
	return a.BaseUnit != "" && a.BaseUnit == b.BaseUnit
}

// isMoney reports whether a mention is an amount of 元 (万元, 亿元).
func isMoney(m segment.Mention) bool {
	return m.Kind == segment.KindMoney && m.BaseUnit == "元" && (m.Currency == "" || m.Currency == "CNY")
}

// sigDecimals returns the number of decimals d needs once trailing zeros
// are dropped.
func sigDecimals(d decimal.Decimal) int32 {
	s := d.String()
	i := strings.IndexByte(s, '.')
	if i < 0 {
		return 0
	}
	return int32(len(strings.TrimRight(s[i+1:], "0")))
}

// expectedExact prints what a figure should have been when gouji found or
// computed it by adding and subtracting printed figures: the interval's
// midpoint (the exact sum of the printed inputs), with the claim's
// precision or the inputs' when finer — 5.35 − 5.33 is shown as 0.02, not
// as 0.0 — and never more than four decimals beyond the claim's.
func expectedExact(claim num.Value, computed num.Interval) string {
	mid := computed.Mid()
	d := max(claim.Decimals, min(sigDecimals(mid), claim.Decimals+4))
	return mid.StringFixed(d)
}

// expectedRatio prints a computed ratio (a percentage) with the claim's
// precision: what the writer should have printed.
func expectedRatio(claim num.Value, computed num.Interval) string {
	return num.Expected(claim, computed).String()
}

// severityOf maps a failed verdict to a severity.
func severityOf(v verdict) Severity {
	if v == vTrunc {
		return Warning
	}
	return Error
}

// truncNote is appended to messages of truncation-only mismatches.
func truncNote(v verdict) i18n.Msg {
	if v == vTrunc {
		return i18n.M("note.trunc")
	}
	return i18n.Msg{}
}

// pctInterval returns part/whole as a percentage interval; ok is false
// when the whole may be zero.
func pctInterval(part, whole num.Interval) (num.Interval, bool) {
	q, ok := part.Div(whole)
	if !ok {
		return num.Interval{}, false
	}
	return q.Scale(2), true
}
