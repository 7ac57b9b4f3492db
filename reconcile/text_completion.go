package reconcile

import (
	"fmt"

	"github.com/gouji/gouji/segment"
)

// Completion checks a completion rate: actual / budget × 100 against the
// printed percent ("年初预算为1529.61万元，支出决算为1626.89万元，完成年初预算
// 的106.4%": 106.36%). Actual and budget are the figures the sentence
// prints, or the claims the segmenter links; a budget not printed is the
// budget figure the tables print for the subject (the 预算数 of the 三公
// table). A rate without them (完成率114.5%) is unchecked.
var Completion = &Analyzer{
	Name:     "completion",
	Doc:      "a completion rate (完成预算的x%) is actual divided by budget",
	Requires: []*Analyzer{claimsAnalyzer},
	Run:      runCompletion,
}

func runCompletion(p *Pass) (any, error) {
	n := narrativeOf(p)
	for i := range n.res.Claims {
		c := &n.res.Claims[i]
		if c.Kind != segment.ClaimCompletion {
			continue
		}
		pa, ok := c.Arg(segment.RolePercent)
		if !ok || pa.Mention.Kind != segment.KindPercent {
			continue
		}
		pct := pa.Mention
		actual, okA := argOrLink(n, c, segment.RoleActual, "actual")
		budget, okB := argOrLink(n, c, segment.RoleBudget, "budget")
		var ev []Evidence
		// The budget not printed: the table's budget figure of the same
		// subject (因公出国（境）费…决算0.00万元，完成预算的0% against the 预算数
		// of the 三公 table).
		if okA && !okB && isMoney(actual.Mention) {
			if m, e, ok := tableFigure(p, n, c, c.Subject, "预算", actual.Mention); ok {
				budget, okB = segment.Arg{Role: segment.RoleBudget, Ref: -1, Mention: m}, true
				ev = append(ev, *e)
			}
		}
		if !okA || !okB || !sameBase(actual.Mention, budget.Mention) {
			p.uncheckedText(c, pct, fmt.Sprintf("%s of %s cannot be checked: the actual and budget figures are not both printed", fig(pct), subjectName(c)))
			continue
		}
		if !exact(actual.Mention) || !exact(budget.Mention) {
			p.uncheckedText(c, pct, fmt.Sprintf("%s of %s cannot be checked: a figure is not exact", fig(pct), subjectName(c)))
			continue
		}
		ratio, ok := ratioOf(actual.Mention, budget.Mention)
		if !ok {
			continue // a budget of zero: no rate
		}
		v := judge(pct, 0, ratio)
		switch v {
		case vOK:
			p.Consistent()
			continue
		case vSkip:
			p.uncheckedText(c, pct, fmt.Sprintf("%s of %s is an estimate", fig(pct), subjectName(c)))
			continue
		}
		exp := expectedRatio(pct.Value, ratio)
		p.reportText(c, pct, severityOf(v), exp, fmt.Sprintf("%s completed %s of its %s, but %s / %s is %s%%%s",
			subjectName(c), fig(pct), budgetName(c), fig(actual.Mention), fig(budget.Mention), exp, truncNote(v)), ev...)
	}
	return nil, nil
}

// budgetName names the budget a completion is measured against.
func budgetName(c *segment.Claim) string {
	if c.Base != "" {
		return c.Base
	}
	return "budget"
}
