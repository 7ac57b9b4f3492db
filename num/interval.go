package num

import "github.com/shopspring/decimal"

// Interval is a closed range [Lo, Hi] of exact decimals.
type Interval struct {
	Lo, Hi decimal.Decimal
}

// Point returns [d, d].
func Point(d decimal.Decimal) Interval { return Interval{Lo: d, Hi: d} }

// Add returns the interval of x + y.
func (a Interval) Add(b Interval) Interval { return Interval{Lo: a.Lo.Add(b.Lo), Hi: a.Hi.Add(b.Hi)} }

// Sub returns the interval of x − y.
func (a Interval) Sub(b Interval) Interval { return Interval{Lo: a.Lo.Sub(b.Hi), Hi: a.Hi.Sub(b.Lo)} }

// Neg returns the interval of −x.
func (a Interval) Neg() Interval { return Interval{Lo: a.Hi.Neg(), Hi: a.Lo.Neg()} }

// Mul returns the interval of x · y.
func (a Interval) Mul(b Interval) Interval {
	p := []decimal.Decimal{a.Lo.Mul(b.Lo), a.Lo.Mul(b.Hi), a.Hi.Mul(b.Lo), a.Hi.Mul(b.Hi)}
	return Interval{Lo: decimal.Min(p[0], p[1:]...), Hi: decimal.Max(p[0], p[1:]...)}
}

// divPrecision is the number of decimal places kept by division; far beyond
// any printed figure, so rounding the quotient cannot change a verdict.
const divPrecision = 12

// Div returns the interval of x / y and false when y's interval contains
// zero (the quotient is unbounded). The bounds are rounded outwards.
func (a Interval) Div(b Interval) (Interval, bool) {
	if b.Lo.Sign() <= 0 && b.Hi.Sign() >= 0 {
		return Interval{}, false
	}
	q := []decimal.Decimal{
		a.Lo.DivRound(b.Lo, divPrecision+2), a.Lo.DivRound(b.Hi, divPrecision+2),
		a.Hi.DivRound(b.Lo, divPrecision+2), a.Hi.DivRound(b.Hi, divPrecision+2),
	}
	lo := decimal.Min(q[0], q[1:]...)
	hi := decimal.Max(q[0], q[1:]...)
	return Interval{Lo: lo.RoundFloor(divPrecision), Hi: hi.RoundCeil(divPrecision)}, true
}

// Scale multiplies both bounds by 10^exp (percent ↔ fraction, 元 ↔ 万元).
func (a Interval) Scale(exp int32) Interval {
	return Interval{Lo: a.Lo.Shift(exp), Hi: a.Hi.Shift(exp)}
}

// Overlaps reports whether the two intervals share a point.
func (a Interval) Overlaps(b Interval) bool {
	return a.Lo.LessThanOrEqual(b.Hi) && b.Lo.LessThanOrEqual(a.Hi)
}

// Contains reports whether d lies in the interval.
func (a Interval) Contains(d decimal.Decimal) bool {
	return a.Lo.LessThanOrEqual(d) && d.LessThanOrEqual(a.Hi)
}

// Mid returns the midpoint, the best single estimate of the result.
func (a Interval) Mid() decimal.Decimal { return a.Lo.Add(a.Hi).Div(decimal.NewFromInt(2)) }

// Consistent reports whether a printed claim agrees with a computed
// interval: the claim's own interval overlaps it.
func Consistent(claim Value, computed Interval) bool { return claim.Interval().Overlaps(computed) }

// ConsistentTruncated reports whether the claim would agree had the writer
// truncated instead of rounded (55.86% printed as 55.8%): the claim stands
// for [v, v + 10^-d] (or [v − 10^-d, v] for negatives). Checks report such a
// mismatch as a warning, not an error.
func ConsistentTruncated(claim Value, computed Interval) bool {
	ulp := decimal.New(1, -claim.Decimals)
	iv := Interval{Lo: claim.D, Hi: claim.D.Add(ulp)}
	if claim.D.Sign() < 0 {
		iv = Interval{Lo: claim.D.Sub(ulp), Hi: claim.D}
	}
	return iv.Overlaps(computed)
}

// Expected returns the computed interval's midpoint printed with the
// claim's precision: what the writer should have printed.
func Expected(claim Value, computed Interval) Value {
	return Value{D: computed.Mid().Round(claim.Decimals), Decimals: claim.Decimals}
}
