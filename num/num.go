// Package num holds printed numbers and the intervals they stand for.
//
// A figure printed with d decimals, v, stands for every value that rounds to
// it: [v − ½·10^-d, v + ½·10^-d]. Arithmetic on such figures carries the
// interval along, and two results agree when their intervals overlap (the
// XBRL Calculations 1.1 rule). Nothing here uses float64: money and
// percentages stay exact decimals.
package num

import (
	"regexp"
	"strings"

	"github.com/shopspring/decimal"
)

// Value is a number as printed: its exact value and how many decimals were
// printed (2 for "5,662.95", 0 for "68", 1 for "4.4%").
type Value struct {
	D        decimal.Decimal
	Decimals int32
}

// MustParse parses s with Parse and panics on failure; for tests and tables
// of constants.
func MustParse(s string) Value {
	v, ok := Parse(s)
	if !ok {
		panic("num: bad number " + s)
	}
	return v
}

var numberPattern = regexp.MustCompile(`^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[-+]?\.\d+$`)

// Parse reads a number as printed in a report: optional sign, optional
// thousands separators, optional fraction; a trailing % is allowed and kept
// out of the value (the caller knows the unit). Spaces inside the number
// ("5, 662. 95") are ignored.
func Parse(s string) (Value, bool) {
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(s, "%")
	if strings.ContainsAny(s, " \u00a0") {
		s = strings.Join(strings.Fields(s), "")
	}
	if !numberPattern.MatchString(s) {
		return Value{}, false
	}
	plain := strings.ReplaceAll(s, ",", "")
	d, err := decimal.NewFromString(plain)
	if err != nil {
		return Value{}, false
	}
	var dec int32
	if i := strings.IndexByte(plain, '.'); i >= 0 {
		dec = int32(len(plain) - i - 1)
	}
	return Value{D: d, Decimals: dec}, true
}

// String prints the value with its printed precision and no separators.
func (v Value) String() string { return v.D.StringFixed(v.Decimals) }

// HalfULP is half a unit in the last printed place: ½·10^-Decimals.
func (v Value) HalfULP() decimal.Decimal {
	return decimal.New(5, -v.Decimals-1)
}

// Interval is the range of values the printed figure stands for.
func (v Value) Interval() Interval {
	h := v.HalfULP()
	return Interval{Lo: v.D.Sub(h), Hi: v.D.Add(h)}
}

// Exact returns the degenerate interval [v, v]: for figures that are exact
// by definition (a count of 3 家, a percentage of 100 stated as a fact).
func (v Value) Exact() Interval { return Interval{Lo: v.D, Hi: v.D} }

// Scale returns v multiplied by 10^exp, keeping the printed precision in
// the new unit: 5.35 万元 as 元 is 53500 with decimals −2 (printed to the
// hundred 元). Used to compare figures printed in different units.
func (v Value) Scale(exp int32) Value {
	return Value{D: v.D.Shift(exp), Decimals: v.Decimals - exp}
}
