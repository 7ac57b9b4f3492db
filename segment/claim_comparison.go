package segment

import (
	"strings"
)

// Comparison claims: a relation asserted between two figures ("决算数小于
// 预算数", "与上年持平", "高于全国1.9个百分点").

// comparisonWithDifference: "高于全国1.9个百分点", "超过长沙10个点".
func (e *engine) comparisonWithDifference(el *elem) {
	var left *elem
	for i := len(e.sentElems) - 1; i >= 0; i-- {
		p := e.sentElems[i]
		if (p.kind == KindPercent) == (el.kind == KindPercent || el.kind == KindPoints) && (p.role == RoleValue || p.role == RolePercent) {
			left = p
			break
		}
	}
	// What is compared with: the words between the cue and the number.
	right := ""
	for i := el.pos - 1; i >= el.leadLo; i-- {
		if c := cueOf(el.toks[i]); c == "gt" || c == "lt" {
			right = joinText(el.toks[i+1 : el.pos])
			break
		}
	}
	subj := Subject{}
	if left != nil {
		subj = e.claimSubject(left)
	}
	id := e.addClaim(ClaimComparison, el.sent, subj, "")
	c := &e.res.Claims[id]
	c.Relation = RelGreater
	if el.cue == "lt" {
		c.Relation = RelLess
	}
	c.Base = right
	if left != nil {
		e.addLinked(id, left, RoleLeft, LinkComparison)
	}
	e.addArg(id, e.arg(el, RoleDifference))
	el.role, el.claim = RoleDifference, id
	e.lastClaim = id
}

// comparisons reads relations asserted without figures: "决算数大于年初
// 预算数", "决算数与预算数基本持平", "与上年持平".
func (e *engine) comparisons(si int, toks []stok) {
	for i, t := range toks {
		c := cueOf(t)
		if t.carried || c != "gt" && c != "lt" && c != "eq" && c != "flat" {
			continue
		}
		// A figure right after the cue is handled with the figure.
		if i+1 < len(toks) && toks[i+1].Tag == TagNumber {
			continue
		}
		rel := map[string]Relation{"gt": RelGreater, "lt": RelLess, "eq": RelEqual, "flat": RelEqual}[c]
		if t.Text == "基本持平" {
			rel = RelApprox
		}
		leftAsp, rightAsp, base, ok := e.comparedAspects(toks, i, c)
		switch {
		case !ok:
		case leftAsp != "":
			e.aspectComparison(si, toks, i, c, rel, leftAsp, rightAsp)
		default:
			e.flatComparison(si, toks, i, rel, base)
		}
	}
}

// comparedAspects reads what the cue at toks[i] compares: two aspects
// ("决算数小于预算数", "决算数与预算数基本持平"), or for 持平 without them
// the base it is level with ("与上年持平", "比2023年预算持平", "总计持平"
// after a base clause). ok is false when it compares nothing it can name.
func (e *engine) comparedAspects(toks []stok, i int, c string) (leftAsp, rightAsp, base string, ok bool) {
	switch {
	case c != "flat" && i > 0 && i+1 < len(toks) && toks[i-1].Tag == TagAspect && toks[i+1].Tag == TagAspect:
		return toks[i-1].Canon, toks[i+1].Canon, "", true
	case c == "flat" && i >= 3 && toks[i-1].Tag == TagAspect && cueOf(toks[i-2]) == "base" && toks[i-3].Tag == TagAspect:
		return toks[i-3].Canon, toks[i-1].Canon, "", true
	case c == "flat":
		k := i - 1
		for k >= 0 && !isClauseSep(toks[k]) && cueOf(toks[k]) != "base" {
			k--
		}
		if k >= 0 && cueOf(toks[k]) == "base" {
			return "", "", joinText(toks[k+1 : i]), true
		}
		return "", "", e.sentBase.text, true
	}
	return "", "", "", false
}

// aspectComparison compares two aspects of one subject: the figures are
// those of the subject the clause names, else the latest of each aspect.
func (e *engine) aspectComparison(si int, toks []stok, i int, c string, rel Relation, leftAsp, rightAsp string) {
	// The clause may name whose figures are compared ("2024年度
	// “三公”经费支出决算数小于预算数").
	aAt := i - 1
	if c == "flat" {
		aAt = i - 3
	}
	lo := aAt
	for lo > 0 && !isClauseSep(toks[lo-1]) {
		lo--
	}
	named, _, _ := e.subjectFrom(toks, lo, aAt)
	var left, right *elem
	if named.Text != "" {
		left = e.findBySubject(named.Text, leftAsp, nil)
		right = e.findBySubject(named.Text, rightAsp, nil)
	}
	if left == nil {
		left = e.byAspect(leftAsp)
	}
	if right == nil {
		right = e.byAspect(rightAsp)
	}
	if left == nil && right == nil {
		return
	}
	var subj Subject
	switch {
	case left != nil && left.claim >= 0:
		subj = e.res.Claims[left.claim].Subject
	case right != nil && right.claim >= 0:
		subj = e.res.Claims[right.claim].Subject
	}
	id := e.addClaim(ClaimComparison, si, subj, leftAsp)
	cl := &e.res.Claims[id]
	cl.Relation, cl.Base = rel, rightAsp
	if left != nil {
		e.addLinked(id, left, RoleLeft, LinkComparison)
	}
	if right != nil {
		e.addLinked(id, right, RoleRight, LinkComparison)
	}
}

// flatComparison compares a figure with its base (上年 unless printed):
// the figure before the cue in the sentence, or the figure of the subject
// the clause names.
func (e *engine) flatComparison(si int, toks []stok, i int, rel Relation, base string) {
	var left *elem
	for k := len(e.sentElems) - 1; k >= 0; k-- {
		p := e.sentElems[k]
		if p.pos < i && p.sent == si && (p.role == RoleValue || p.role == RolePercent) {
			left = p
			break
		}
	}
	if left == nil {
		e.namedFlatComparison(si, toks, i, rel, base)
		return
	}
	id := e.addClaim(ClaimComparison, si, e.claimSubject(left), left.aspect)
	cl := &e.res.Claims[id]
	cl.Relation, cl.Base = rel, baseOr(base, "上年")
	e.addLinked(id, left, RoleLeft, LinkComparison)
}

// namedFlatComparison: "（X）与上年持平" with no figure before it: the
// figure is the latest stated of the subject the clause names.
func (e *engine) namedFlatComparison(si int, toks []stok, i int, rel Relation, base string) {
	lo := i - 1
	for lo >= 0 && !isClauseSep(toks[lo]) {
		lo--
	}
	hi := i
	for k := lo + 1; k < i; k++ {
		if cueOf(toks[k]) == "base" {
			hi = k
			break
		}
	}
	s, asp, _ := e.subjectFrom(toks, lo+1, hi)
	for hi > lo+1 && toks[hi-1].Tag == TagAspect {
		asp = toks[hi-1].Canon
		hi--
	}
	s2, _, _ := e.subjectFrom(toks, lo+1, hi)
	if s2.Text != "" {
		s = s2
	}
	if s.Text == "" {
		return
	}
	if ref, cid := e.findClaimBySubject(s.Text, asp); ref >= 0 {
		id := e.addClaim(ClaimComparison, si, e.res.Claims[cid].Subject, asp)
		cl := &e.res.Claims[id]
		cl.Relation, cl.Base = rel, baseOr(base, "上年")
		e.addArg(id, e.argRef(ref, RoleLeft, asp))
		e.link(id, LinkComparison, cid)
	}
}

func baseOr(a, b string) string {
	if strings.TrimSpace(a) == "" {
		return b
	}
	return a
}

// byAspect finds the latest figure of the paragraph (or the one before)
// with an aspect of the same family as asp; an exact match first.
func (e *engine) byAspect(asp string) *elem {
	for _, exact := range []bool{true, false} {
		for _, pool := range [][]*elem{e.paraElems, e.prevPara} {
			for i := len(pool) - 1; i >= 0; i-- {
				p := pool[i]
				if p.role != RoleValue || p.kind != KindMoney || p.paren != 0 {
					continue
				}
				if exact && p.aspect == asp || !exact && p.aspect != "" && aspectFamily(p.aspect) == aspectFamily(asp) {
					return p
				}
			}
		}
	}
	return nil
}
