package segment

import (
	"strings"
)

// Change claims: a figure changed on a base ("与上年相比，减少264.17万元，
// 减少4.4%", "由80家增加到121家").

// change makes el the figure of role r (delta or percent) of the change
// claim still open in the sentence when that has none yet, else starts a
// new change claim.
func (e *engine) change(el *elem, r Role) {
	if e.changeAt >= 0 {
		if _, has := e.res.Claims[e.changeAt].Arg(r); !has {
			e.addArg(e.changeAt, e.arg(el, r))
			el.role, el.claim = r, e.changeAt
			return
		}
	}
	e.newChange(el, r)
}

// newChange makes a change claim around el (a delta, a percent or the
// current figure of 增加到).
func (e *engine) newChange(el *elem, role Role) {
	dir := DirUp
	switch el.cue {
	case "down", "to-down":
		dir = DirDown
	case "flat":
		dir = DirFlat
	}
	var cur, prevEl *elem
	if role != RoleCurrent {
		prevEl = e.previousFor(el)
		if prevEl == nil {
			prevEl = e.printedBase(el)
		}
		cur = e.currentFor(el, prevEl)
		if cur != nil && !onOwnBasis(el, cur) {
			cur = nil
		}
	} else {
		for i := len(e.sentElems) - 1; i >= 0; i-- {
			if p := e.sentElems[i]; p.from && p.family == el.family {
				prevEl = p
				break
			}
		}
	}
	subj := Subject{}
	switch {
	case el.own && role != RoleCurrent:
		subj = el.subject
	case cur != nil && cur.claim >= 0:
		subj = e.res.Claims[cur.claim].Subject
	default:
		subj = e.subjectFor(el)
	}
	aspect := ""
	if cur != nil {
		aspect = cur.aspect
	}
	id := e.addClaim(ClaimChange, el.sent, subj, aspect)
	c := &e.res.Claims[id]
	c.Direction = dir
	c.Base = el.base
	if c.Base == "" {
		c.Base = el.baseAsp
	}
	if role == RoleCurrent {
		cur = el
	}
	if cur != nil {
		e.addLinked(id, cur, RoleCurrent, LinkCurrent)
	}
	if prevEl != nil && prevEl != cur {
		e.addArg(id, e.arg(prevEl, RolePrevious))
	}
	if role != RoleCurrent {
		r := role
		if el.kind == KindPercent {
			r = RolePercent
		}
		e.addArg(id, e.arg(el, r))
		el.role = RoleDelta
		if el.kind == KindPercent {
			el.role = RolePercent
		}
		el.claim = id
	}
	e.changeAt = id
	e.lastClaim = id
}

// onOwnBasis reports whether cur may be the current figure of a change
// el stated on a basis of its own ("按与上年统计口径一致相比，本年比上年减少
// 161.96万元", 同口径, 可比口径): such a change compares figures restated on
// that basis, so its current is only a figure printed after the basis
// phrase in the same sentence, never the headline figure of the sentence
// before. Without it the change has no base to check against: only its
// amount and percent agree or not, and that needs the base.
func onOwnBasis(el, cur *elem) bool {
	at := -1
	for i := 0; i < el.pos && i < len(el.toks); i++ {
		if strings.Contains(el.toks[i].Text, "口径") || i+1 < el.pos && el.toks[i].Text+el.toks[i+1].Text == "口径" {
			at = i
		}
	}
	return at < 0 || cur.sent == el.sent && cur.pos > at
}

// previousFor finds the printed base of a change: a figure with the base's
// aspect ("2023年当年预算执行数为60.13万元…比2023年预算执行数减少57.14%").
func (e *engine) previousFor(el *elem) *elem {
	if el.baseAsp == "" || el.baseAsp == "上年" && !strings.ContainsAny(el.base, "0123456789") {
		return nil
	}
	// "比2023年预算执行数": the base's year must be the figure's.
	year := 0
	for _, m := range ParseMentions(el.base) {
		if m.Kind == KindYear && m.Date != nil {
			year = m.Date.Year
		}
	}
	for i := len(e.sentElems) - 1; i >= 0; i-- {
		p := e.sentElems[i]
		if p.role == RoleValue && p.aspect == el.baseAsp && (el.kind == KindPercent || p.family == el.family) && (year == 0 || p.year == year) {
			return p
		}
	}
	return nil
}

// printedBase finds the figure printed as the base of a change just
// before it ("比2025年年初预算数28479.84万元增加1476.43万元"): the last
// figure of the sentence, when its lead ends in a base phrase without a cue.
func (e *engine) printedBase(el *elem) *elem {
	n := len(e.sentElems)
	if n == 0 || el.own {
		return nil
	}
	p := e.sentElems[n-1]
	if !p.isBase || p.role != RoleValue || !parenOK(p.paren, el.paren) || el.kind != KindPercent && p.family != el.family {
		return nil
	}
	return p
}

// currentFor finds the figure a change is about: the figure of the
// subject the change names, else (when it names none) the nearest figure
// before it in the sentence, else the main figure of the sentence before.
func (e *engine) currentFor(el, not *elem) *elem {
	ok := func(p *elem) bool {
		return p != not && p.role == RoleValue && (el.kind == KindPercent || el.kind == KindPoints || p.family == el.family)
	}
	if el.own {
		for _, pool := range [][]*elem{e.sentElems, e.paraElems, e.prevPara} {
			for i := len(pool) - 1; i >= 0; i-- {
				if p := pool[i]; ok(p) && p.own && sameSubject(p.subject.Text, el.subject.Text) {
					return p
				}
			}
		}
		return nil
	}
	for i := len(e.sentElems) - 1; i >= 0; i-- {
		p := e.sentElems[i]
		if !ok(p) || !parenOK(p.paren, el.paren) {
			continue
		}
		if bareNumberBetween(e, p, el) {
			// "零售业销售额789.3,增长15.2%": the figure the change is
			// about was printed without a unit.
			return nil
		}
		return p
	}
	if len(e.sentElems) > 0 {
		return nil
	}
	// The main figure of the last sentence before that had one.
	for _, pool := range [][]*elem{e.paraElems, e.prevPara} {
		for i := len(pool) - 1; i >= 0; i-- {
			p := pool[i]
			if p.sent >= el.sent || !ok(p) || p.paren != 0 || p.list != nil {
				continue
			}
			cand := p
			for k := i - 1; k >= 0 && pool[k].sent == p.sent; k-- {
				if ok(pool[k]) && pool[k].paren == 0 && pool[k].list == nil {
					cand = pool[k]
				}
			}
			return cand
		}
		if len(pool) > 0 && pool[len(pool)-1].sent < el.sent {
			break
		}
	}
	return nil
}

// bareNumberBetween reports whether a number without a unit was printed
// between two figures of one sentence.
func bareNumberBetween(e *engine, a, b *elem) bool {
	if a.sent != b.sent {
		return false
	}
	for k := a.pos + 1; k < b.pos && k < len(b.toks); k++ {
		if m := e.mention(b.toks[k]); m != nil && m.Kind == KindNumber {
			return true
		}
	}
	return false
}
