package segment

import (
	"strings"
)

// Completion claims: an actual figure is a percentage of a budget
// ("完成年初预算的220.4%", "完成率114.5%").

// completion: "完成年初预算的220.4%", "完成率114.5%".
func (e *engine) completion(el *elem) {
	budgetAsp := el.baseAsp
	if budgetAsp != "" && aspectFamily(budgetAsp) != "budget" {
		budgetAsp = ""
	}
	var actual, budget *elem
	pools := [][]*elem{e.sentElems}
	for _, pool := range pools {
		for i := len(pool) - 1; i >= 0 && actual == nil; i-- {
			p := pool[i]
			if p.role == RoleValue && p.kind == KindMoney && aspectFamily(p.aspect) == "actual" && parenOK(p.paren, el.paren) && p.sent <= el.sent {
				if el.own && !strings.HasSuffix(el.subject.Text, "率") && (p.claim < 0 || !sameSubject(e.res.Claims[p.claim].Subject.Text, el.subject.Text)) {
					// "实效指标完成100%" is not about the figure before.
					break
				}
				actual = p
			}
		}
		if actual != nil {
			break
		}
	}
	if budgetAsp != "" || el.cue == "completion" && el.named != "" {
		for _, pool := range pools {
			for i := len(pool) - 1; i >= 0 && budget == nil; i-- {
				p := pool[i]
				if p.role != RoleValue || p.kind != KindMoney || aspectFamily(p.aspect) != "budget" || p.sent > el.sent {
					continue
				}
				if budgetAsp != "" && budgetAsp != "预算" && p.aspect != budgetAsp {
					continue
				}
				if actual != nil && actual.own && p.own && !sameSubject(actual.subject.Text, p.subject.Text) {
					continue
				}
				budget = p
			}
			if budget != nil {
				break
			}
		}
	}
	subj := e.subjectFor(el)
	switch {
	case actual != nil && actual.claim >= 0:
		subj = e.res.Claims[actual.claim].Subject
	case budget != nil && budget.claim >= 0:
		subj = e.res.Claims[budget.claim].Subject
	}
	id := e.addClaim(ClaimCompletion, el.sent, subj, "")
	e.res.Claims[id].Base = budgetAsp
	if actual != nil {
		e.addLinked(id, actual, RoleActual, LinkActual)
	}
	if budget != nil {
		e.addLinked(id, budget, RoleBudget, LinkBudget)
	}
	e.addArg(id, e.arg(el, RolePercent))
	el.role, el.claim = RolePercent, id
	e.lastClaim = id
}
