package reconcile

// BudgetFinal checks a final account's 年初预算 figures against the same
// issuer's budget report of that year: the figure the final account
// states as the year's budget (a 年初预算数 column, "年初预算为X万元") must
// be one the budget report prints for the item. Like prior-year it only
// reads on one report; the findings come when the two are paired
// (CheckBudgetFinal).
var BudgetFinal = &Analyzer{
	Name:     "budget-final",
	Doc:      "a final account's 年初预算 figures agree with the same year's budget report (needs both reports in the run)",
	Requires: []*Analyzer{claimsAnalyzer, PriorYear},
	Run:      func(p *Pass) (any, error) { return nil, nil },
}

// CheckBudgetFinal compares the 年初预算 figures of a final account with
// the budget report of its year.
func CheckBudgetFinal(final, budget *Summary) []Finding {
	return checkAgainst("budget-final", final, budget, final.Initial)
}
