package reconcile

import (
	"github.com/gouji/gouji/num"
	"github.com/shopspring/decimal"
)

// Blame: one wrong table cell often fails several checks at once — the
// sum of its own rows, the sum its parent row takes of it, the same row in
// another table, the sentence that quotes it. Blame folds those findings
// into one finding about the cell, with the other places as its evidence.
// It folds only what the figures prove; when blame is ambiguous the
// findings stay as the rules reported them.
//
// Two findings are folded when
//   - they claim the same table cell and expect the same value of it (a
//     款 row that fails its 项 rows, its own columns and the 03 表's row);
//   - or the first finding holds once the second's cell is corrected, and
//     exactly one finding's cell does that: a parent whose sum fails by
//     exactly what the child's cell is off (the child's own rows, or
//     another table, say what the child should be), or a comparison whose
//     other figure is the cell and equals what the cell should be (the
//     narrative states the total its items add up to, the table prints
//     another).

// totalRules are the rules whose claimed figure is a total of the cells in
// its evidence, each counted once with a plus sign.
var totalRules = map[string]bool{
	"code-sum":      true,
	"column-sum":    true,
	"statement-sum": true,
	"sangong-sum":   true,
}

// cellKey names a table cell across findings.
type cellKey struct {
	file, table, row, column string
	page, paragraph          int
	cell                     string
}

func keyOf(e Evidence) cellKey {
	return cellKey{e.File, e.Table, e.Row, e.Column, e.Page, e.Paragraph, e.Cell}
}

// claimedCell returns the table cell a finding claims: its first evidence,
// when that is a table cell printing the claimed figure.
func claimedCell(f *Finding) (cellKey, num.Value, bool) {
	if f.Severity < Warning || len(f.Evidence) == 0 || f.Evidence[0].Kind != EvidenceTable {
		return cellKey{}, num.Value{}, false
	}
	e := f.Evidence[0]
	v, ok := num.Parse(e.Value)
	c, ok2 := num.Parse(f.Claimed)
	if !ok || !ok2 || !v.D.Equal(c.D) {
		return cellKey{}, num.Value{}, false
	}
	return keyOf(e), v, true
}

// Blame folds the findings one wrong table cell makes into one (see the
// comment above) and returns the findings left.
func Blame(fs []Finding) []Finding {
	into := make([]int, len(fs)) // the finding each folds into; itself if none
	for i := range into {
		into[i] = i
	}
	sameCell(fs, into)
	explained(fs, into)
	for i := range fs {
		if r := root(into, i); r != i {
			fold(&fs[r], fs[i])
		}
	}
	var out []Finding
	for i := range fs {
		if root(into, i) == i {
			out = append(out, fs[i])
		}
	}
	return out
}

func root(into []int, i int) int {
	for n := 0; into[i] != i && n < len(into); n++ {
		i = into[i]
	}
	return i
}

// sameCell folds findings that claim the same cell and expect the same
// value of it into the first of them, a sum rule's if there is one.
func sameCell(fs []Finding, into []int) {
	first := map[cellKey]int{}
	for _, sums := range []bool{true, false} {
		for i := range fs {
			f := &fs[i]
			k, _, ok := claimedCell(f)
			if !ok || totalRules[f.Rule] != sums {
				continue
			}
			j, seen := first[k]
			if !seen {
				first[k] = i
				continue
			}
			if sameValue(fs[j].Expected, f.Expected) && fs[j].Unit == f.Unit {
				into[i] = j
			}
		}
	}
}

// explained folds each finding that holds once exactly one other
// finding's cell is corrected into that finding.
func explained(fs []Finding, into []int) {
	target := make([]int, len(fs))
	for i := range fs {
		target[i] = -1
		if into[i] != i {
			continue
		}
		n := 0
		for j := range fs {
			if j != i && into[j] == j && fixedBy(&fs[i], &fs[j]) {
				target[i] = j
				n++
			}
		}
		if n != 1 {
			target[i] = -1
		}
	}
	for i, j := range target {
		if j >= 0 && target[j] != i { // two findings that explain each other: ambiguous
			into[i] = j
		}
	}
}

// fixedBy reports whether f holds once g's claimed cell is corrected to
// what g expects.
func fixedBy(f, g *Finding) bool {
	k, cell, ok := claimedCell(g)
	if !ok || f.Severity < Warning || f.Unit != g.Unit {
		return false
	}
	if own, _, ok := claimedCell(f); ok && own == k {
		return false
	}
	gOff, ok := offBy(g)
	if !ok || gOff.IsZero() || !cites(f, k) {
		return false
	}
	tol := slack(f).Add(slack(g))
	if totalRules[f.Rule] {
		fOff, ok := offBy(f)
		return ok && fOff.Add(gOff).Abs().LessThanOrEqual(tol)
	}
	claimed, ok := num.Parse(f.Claimed)
	want, ok2 := num.Parse(g.Expected)
	return ok && ok2 && sameValue(f.Expected, cell.D.String()) && claimed.D.Sub(want.D).Abs().LessThanOrEqual(tol)
}

// slack is how far a finding's expected figure may stand from the exact
// one by rounding alone: half a unit of the claimed figure's last decimal
// for every figure it rests on.
func slack(f *Finding) decimal.Decimal {
	c, ok := num.Parse(f.Claimed)
	if !ok {
		return decimal.Zero
	}
	return c.HalfULP().Mul(decimal.NewFromInt(int64(len(f.Evidence))))
}

// cites reports whether f's evidence, past its claimed figure, holds the
// cell k.
func cites(f *Finding, k cellKey) bool {
	for i, e := range f.Evidence {
		if i > 0 && e.Kind == EvidenceTable && keyOf(e) == k {
			return true
		}
	}
	return false
}

// offBy is claimed − expected.
func offBy(f *Finding) (decimal.Decimal, bool) {
	c, ok := num.Parse(f.Claimed)
	e, ok2 := num.Parse(f.Expected)
	if !ok || !ok2 {
		return decimal.Decimal{}, false
	}
	return c.D.Sub(e.D), true
}

func sameValue(a, b string) bool {
	x, ok := num.Parse(a)
	y, ok2 := num.Parse(b)
	return ok && ok2 && x.D.Equal(y.D)
}

// fold adds g's evidence that f has not to f, and g's severity if higher.
func fold(f *Finding, g Finding) {
	if g.Severity > f.Severity {
		f.Severity = g.Severity
	}
	for _, e := range g.Evidence {
		if !hasEvidence(f.Evidence, e) {
			f.Evidence = append(f.Evidence, e)
		}
	}
}

func hasEvidence(ev []Evidence, e Evidence) bool {
	for _, x := range ev {
		if x.Kind == e.Kind && keyOf(x) == keyOf(e) && x.Value == e.Value && x.Quote == e.Quote {
			return true
		}
	}
	return false
}
