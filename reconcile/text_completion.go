package reconcile

import (
	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/segment"
)

// Completion checks a completion rate: actual / budget × 100 against the
// printed percent ("年初预算为1529.61万元，支出决算为1626.89万元，完成年初预算
// 的106.4%": 106.36%). Actual and budget are the figures the sentence
// prints, or the claims the segmenter links; a budget not printed is the
// budget figure the tables print for the subject (the 预算数 of the 三公
// table). A rate without them (完成率114.5%) is unchecked.
var Completion = narrativeRule("completion", "a completion rate (完成预算的x%) is actual divided by budget", checkCompletions)

func checkCompletions(p *Pass, n *narrative) {
	for c, pct := range n.rates(segment.ClaimCompletion) {
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
			p.uncheckedText(c, pct, i18n.M("compl.noboth", fig(pct), subj(n.subjectOf(p, c))))
			continue
		}
		if !exact(actual.Mention) || !exact(budget.Mention) {
			p.uncheckedText(c, pct, i18n.M("compl.inexact", fig(pct), subj(n.subjectOf(p, c))))
			continue
		}
		scale := min(actual.Mention.Scale, budget.Mention.Scale)
		bIv := valueIn(budget.Mention, scale)
		if budget.Ref >= 0 {
			bIv = n.refined(p, budget, scale)
		}
		ratio, ok := pctInterval(n.refined(p, actual, scale), bIv)
		v := vBad
		if ok {
			v = judge(pct, 0, ratio)
		}
		if p.settle(c, pct, outcome{v: v}, i18n.M("what.of", fig(pct), subj(n.subjectOf(p, c)))) {
			continue
		}
		// The rate may be of another budget the sentence prints (完成年初预算
		// 的95.89% where 年初预算 is 0 and 307.82 / 全年预算321.02 is 95.89%):
		// the figures agree, the words name the wrong base.
		if alt, ok := otherBudget(n, c, actual, budget, pct); ok {
			p.reportText(c, pct, Warning, "", i18n.M("compl.otherbudget",
				subj(n.subjectOf(p, c)), fig(pct), alt.aspect, fig(alt.m), budgetName(c), fig(budget.Mention)))
			continue
		}
		if !ok {
			p.uncheckedText(c, pct, i18n.M("compl.zero", fig(pct), subj(n.subjectOf(p, c)), fig(budget.Mention)))
			continue
		}
		ev = append(figureEvidence(p, n, actual, budget), ev...)
		exp := expectedRatio(pct.Value, ratio)
		p.reportText(c, pct, severityOf(v), exp, i18n.M("compl.bad",
			subj(n.subjectOf(p, c)), fig(pct), budgetName(c), fig(actual.Mention), fig(budget.Mention), exp, truncNote(v)), ev...)
	}
}

// budgetName names the budget a completion is measured against.
func budgetName(c *segment.Claim) i18n.Msg {
	if c.Base != "" {
		return i18n.Text(c.Base)
	}
	return i18n.M("compl.budget")
}

// altBudget is another budget figure of a sentence.
type altBudget struct {
	m      segment.Mention
	aspect string
}

// otherBudget returns a budget figure of the sentence, other than the one
// used, against which the rate holds.
func otherBudget(n *narrative, c *segment.Claim, actual, used segment.Arg, pct segment.Mention) (altBudget, bool) {
	s := c.Source.Sentence
	if s < 0 || s >= len(n.res.Sentences) {
		return altBudget{}, false
	}
	for _, ci := range n.res.Sentences[s].Claims {
		o := n.claim(ci)
		if o == nil || o.Kind != segment.ClaimAmount {
			continue
		}
		if b, ok := aspectBudget(o.Aspect, ""); !ok || !b {
			continue
		}
		a, ok := o.Arg(segment.RoleValue)
		if !ok || a.Ref == used.Ref || !exact(a.Mention) || !sameBase(a.Mention, actual.Mention) {
			continue
		}
		if r, ok := ratioOf(actual.Mention, a.Mention); ok && judge(pct, 0, r) == vOK {
			return altBudget{m: a.Mention, aspect: o.Aspect}, true
		}
	}
	return altBudget{}, false
}
