// Package pairing pairs the reports of one run across years and kinds:
// the same issuer's reports of consecutive years (prior-year), and a final
// account with the same year's budget (budget-final). It works on the
// per-report summaries reconcile keeps (reconcile.Summary), never on whole
// documents, so a run over many reports stays small.
package pairing

import (
	"fmt"
	"path/filepath"
	"sort"

	"github.com/gouji/gouji/reconcile"
	"github.com/gouji/gouji/report"
)

// Rule is the cross-report rule a pair is checked by.
type Rule string

// The cross-report rules.
const (
	PriorYear   Rule = "prior-year"
	BudgetFinal Rule = "budget-final"
)

// Pair is two reports checked against each other: Cur against Earlier
// (last year's report, or the budget a final account executes); indices
// into the summaries given to Pairs.
type Pair struct {
	Rule         Rule
	Cur, Earlier int
	// Why says how the pair was made ("same issuer, 2017 → 2018", "--prior").
	Why string
}

// Unpaired is a report that got no pair for a rule, and why.
type Unpaired struct {
	Report int
	Rule   Rule
	Why    string
}

// Pairs pairs the reports: each with the same issuer's report of the
// same kind one year before, and each final account with the same
// issuer's budget of its year. explicit maps a report to the report it is
// to be compared with as last year's (--prior): it overrides the search.
// The result does not depend on the order of sums.
func Pairs(sums []*reconcile.Summary, explicit map[int]int) ([]Pair, []Unpaired) {
	var pairs []Pair
	var none []Unpaired
	for i, s := range sums {
		if s == nil {
			continue
		}
		if j, ok := explicit[i]; ok {
			pairs = append(pairs, Pair{Rule: PriorYear, Cur: i, Earlier: j, Why: "--prior"})
			continue
		}
		id := s.Identity
		if id.IssuerKey == "" || id.Year == 0 || id.Kind == report.KindUnknown {
			none = append(none, Unpaired{Report: i, Rule: PriorYear, Why: "its issuer, year or kind is not known (" + id.String() + ")"})
			continue
		}
		if j := find(sums, id, id.Year-1, id.Kind); j >= 0 {
			pairs = append(pairs, Pair{Rule: PriorYear, Cur: i, Earlier: j, Why: fmt.Sprintf("same issuer and kind, %d → %d", id.Year-1, id.Year)})
		} else {
			none = append(none, Unpaired{Report: i, Rule: PriorYear, Why: fmt.Sprintf("no %s %d of %s in this run", id.Kind, id.Year-1, id.Issuer)})
		}
		if id.Kind.Final() {
			if j := find(sums, id, id.Year, budgetOf(id.Kind)); j >= 0 {
				pairs = append(pairs, Pair{Rule: BudgetFinal, Cur: i, Earlier: j, Why: fmt.Sprintf("final and budget of %d", id.Year)})
			}
		}
	}
	sort.SliceStable(pairs, func(a, b int) bool {
		if pairs[a].Cur != pairs[b].Cur {
			return pairs[a].Cur < pairs[b].Cur
		}
		return pairs[a].Rule < pairs[b].Rule
	})
	return pairs, none
}

// budgetOf is the budget kind a final account executes.
func budgetOf(k report.Kind) report.Kind {
	if k == report.UnitFinal {
		return report.UnitBudget
	}
	return report.DeptBudget
}

// find returns the report of the issuer of id for year and kind, −1 for
// none; with several, the first by file name.
func find(sums []*reconcile.Summary, id report.Identity, year int, kind report.Kind) int {
	best := -1
	for j, o := range sums {
		if o == nil || o.Identity.Year != year || o.Identity.Kind != kind || !report.SameIssuer(o.Identity.Issuer, id.Issuer) {
			continue
		}
		if best < 0 || o.File < sums[best].File {
			best = j
		}
	}
	return best
}

// Check returns the findings of one pair, on the later report.
func Check(p Pair, sums []*reconcile.Summary) []reconcile.Finding {
	cur, earlier := sums[p.Cur], sums[p.Earlier]
	switch p.Rule {
	case BudgetFinal:
		return reconcile.CheckBudgetFinal(cur, earlier)
	default:
		return reconcile.CheckPriorYear(cur, earlier)
	}
}

// String names a pair for the text output: "b.pdf ← a.pdf (prior-year:
// same issuer and kind, 2017 → 2018)".
func (p Pair) String(sums []*reconcile.Summary) string {
	return fmt.Sprintf("%s ← %s (%s: %s)", filepath.Base(sums[p.Cur].File), filepath.Base(sums[p.Earlier].File), p.Rule, p.Why)
}
