// Package pairing pairs the reports of one run across years and kinds:
// the same issuer's reports of consecutive years (prior-year), and a final
// account with the same year's budget (budget-final). It works on the
// per-report summaries reconcile keeps (reconcile.Summary), never on whole
// documents, so a run over many reports stays small.
package pairing

import (
	"path/filepath"
	"sort"

	"github.com/gouji/gouji/i18n"
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
	Why i18n.Msg
}

// Unpaired is a report that got no pair for a rule, and why.
type Unpaired struct {
	Report int
	Rule   Rule
	Why    i18n.Msg
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
			pairs = append(pairs, Pair{Rule: PriorYear, Cur: i, Earlier: j, Why: i18n.M("pair.why.prior")})
			continue
		}
		id := s.Identity
		if id.IssuerKey == "" || id.Year == 0 || id.Kind == report.KindUnknown {
			none = append(none, Unpaired{Report: i, Rule: PriorYear, Why: i18n.M("pair.none.identity", i18n.Text(id.String()))})
			continue
		}
		if j := find(sums, id, id.Year-1, id.Kind); j >= 0 {
			pairs = append(pairs, Pair{Rule: PriorYear, Cur: i, Earlier: j, Why: i18n.M("pair.why.years", id.Year-1, id.Year)})
		} else {
			none = append(none, Unpaired{Report: i, Rule: PriorYear, Why: i18n.M("pair.none.earlier", i18n.Text(id.Kind.String()), id.Year-1, i18n.Text(id.Issuer))})
		}
		if id.Kind.Final() {
			if j := find(sums, id, id.Year, budgetOf(id.Kind)); j >= 0 {
				pairs = append(pairs, Pair{Rule: BudgetFinal, Cur: i, Earlier: j, Why: i18n.M("pair.why.final", id.Year)})
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

// Describe names a pair for the text output: "compared b.pdf ← a.pdf
// (prior-year: same issuer and kind, 2017 → 2018)".
func (p Pair) Describe(sums []*reconcile.Summary) i18n.Msg {
	return i18n.M("pair.compared", i18n.Text(filepath.Base(sums[p.Cur].File)), i18n.Text(filepath.Base(sums[p.Earlier].File)), i18n.Text(string(p.Rule)), p.Why)
}

// Describe says why a report got no pair: "no pair for a.pdf
// (prior-year): no 部门预算 2016 of … in this run".
func (u Unpaired) Describe(sums []*reconcile.Summary) i18n.Msg {
	return i18n.M("pair.none", i18n.Text(sums[u.Report].File), i18n.Text(string(u.Rule)), u.Why)
}
