package segment

// Balance claims: a running balance of sources, uses, subtotals and what
// is left, stated over one paragraph.

// balanceTerm is what a figure is in a running balance.
type balanceTerm string

const (
	termSource   balanceTerm = "source"   // a source of funds (+)
	termUse      balanceTerm = "use"      // a use of funds (−)
	termSubtotal balanceTerm = "subtotal" // the running sum so far
	termResult   balanceTerm = "result"   // what is left
)

// termOf says what a figure is in a running balance ("" if none).
func termOf(el *elem) balanceTerm {
	if el.total && !el.own {
		return termSubtotal
	}
	switch el.aspect {
	case "金额", "年初预算", "预算", "全年预算", "调整预算", "上年结转", "追加", "到位":
		return termSource
	case "实际支出":
		return termUse
	case "结余结转":
		return termResult
	}
	return ""
}

// balances finds running balances in the paragraph: "金额5.35万元，实际
// 支出5.33万元，结余结转0.2万元"; "上年结转46.18万元，本年追加79万元，合计
// 125.18万元，实际支出113.38万元，结转6.8万元".
func (e *engine) balances() {
	var run []*elem
	flush := func() {
		e.balanceClaim(run)
		run = nil
	}
	for _, el := range e.paraElems {
		if el.kind != KindMoney || el.role != RoleValue {
			if el.role == RoleValue && len(run) > 0 && el.list == nil {
				flush()
			}
			continue
		}
		if el.list != nil && len(run) > 0 {
			continue
		}
		if termOf(el) == "" {
			flush()
			continue
		}
		if len(run) > 0 && run[len(run)-1].family != el.family {
			flush()
		}
		run = append(run, el)
	}
	flush()
}

// balanceEnd returns the index of the last subtotal or result of run that
// follows enough terms to be checked (a subtotal: two sources, or a source
// and a use; a result: a source and a use), or −1.
func balanceEnd(run []*elem) int {
	sources, uses := 0, 0
	valid := -1
	for i, el := range run {
		switch termOf(el) {
		case termSource:
			sources++
		case termUse:
			uses++
		case termSubtotal:
			if sources >= 2 || sources >= 1 && uses >= 1 {
				valid = i
			}
		case termResult:
			if sources >= 1 && uses >= 1 {
				valid = i
			}
		}
	}
	return valid
}

// balanceClaim makes the balance claim of a run of figures, up to its
// last checkable subtotal or result.
func (e *engine) balanceClaim(run []*elem) {
	valid := balanceEnd(run)
	if valid < 0 {
		return
	}
	first := run[0]
	subj := e.claimSubject(first)
	id := e.addClaim(ClaimBalance, first.sent, subj, "")
	for _, el := range run[:valid+1] {
		var a Arg
		switch termOf(el) {
		case termSource:
			a = e.arg(el, RoleTerm)
			a.Sign = 1
		case termUse:
			a = e.arg(el, RoleTerm)
			a.Sign = -1
		case termSubtotal:
			a = e.arg(el, RoleSubtotal)
		case termResult:
			a = e.arg(el, RoleResult)
		}
		if el.claim >= 0 {
			s := e.res.Claims[el.claim].Subject
			if s.Text != subj.Text {
				a.Subject = &s
			}
			e.link(el.claim, LinkBalance, id)
		}
		el.balance = true
		e.addArg(id, a)
	}
}
