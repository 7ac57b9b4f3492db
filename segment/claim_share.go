package segment

import (
	"strings"
)

// Share claims: a part is a percentage of a whole ("占41.7%",
// "占基本支出的66.6%", "质量合格率100%").

// share makes a share claim for a percentage: its part is the figure
// before it, its whole the named whole, the open list's total, or (for a
// rate) the sentence's first figure of the same unit.
func (e *engine) share(el *elem, rate bool) {
	var part *elem
	for i := len(e.sentElems) - 1; i >= 0; i-- {
		p := e.sentElems[i]
		if p.role == RoleValue && p.kind != KindPercent && parenOK(p.paren, el.paren) {
			part = p
			break
		}
	}
	if part != nil && !e.adjacent(part, el) {
		part = nil
	}
	if part != nil && rate {
		// A rate names what it measures: 履约率 of 已履约项目.
		stem := strings.TrimSuffix(strings.TrimSuffix(el.subject.Text, "率"), "比")
		if r := []rune(stem); len(r) > 2 {
			stem = string(r[len(r)-2:])
		}
		if stem == "" || part.claim < 0 || !strings.Contains(e.res.Claims[part.claim].Subject.Text, stem) {
			part = nil
		}
	}
	e.shareWithPart(el, part)
}

// adjacent reports whether a share's percentage follows its part closely:
// at most two clause breaks between them in the same sentence.
func (e *engine) adjacent(part, el *elem) bool {
	toks := el.toks
	from := el.leadLo
	if part.toks[0].Start == toks[0].Start && part.sent == el.sent || part.pos < len(toks) && part.toks == nil {
		from = part.pos + 1
	} else if part.sent == el.sent {
		from = part.pos + 1
	}
	seps := 0
	for k := from; k < el.pos && k < len(toks); k++ {
		if isClauseSep(toks[k]) && toks[k].Text != "（" && toks[k].Text != "(" && toks[k].Text != "）" && toks[k].Text != ")" {
			seps++
		}
	}
	return seps <= 2
}

// shareWithPart makes the share claim of percentage el with its part.
func (e *engine) shareWithPart(el, part *elem) {
	subj := Subject{}
	aspect := ""
	if part != nil && part.claim >= 0 {
		subj = e.res.Claims[part.claim].Subject
		aspect = part.aspect
	} else if el.own {
		subj = el.subject
	}
	wholeRef, wholeSubj, wholeClaim := e.wholeFor(el, part, el.own && strings.HasSuffix(el.subject.Text, "率"))
	if part == nil && wholeRef < 0 && wholeSubj == nil && subj.Text == "" {
		return
	}
	id := e.addClaim(ClaimShare, el.sent, subj, aspect)
	if part != nil {
		e.addLinked(id, part, RolePart, LinkPart)
	}
	if wholeRef >= 0 && (part == nil || wholeRef != part.ref) {
		e.addArg(id, e.argRef(wholeRef, RoleWhole, ""))
		if wholeClaim >= 0 {
			e.link(id, LinkWhole, wholeClaim)
		}
	}
	c := &e.res.Claims[id]
	c.Whole = wholeSubj
	e.addArg(id, e.arg(el, RolePercent))
	el.role, el.claim = RolePercent, id
	e.lastClaim = id
}

// wholeFor resolves the whole of a share. It returns the mention of the
// whole (−1 if not printed or not found), the whole's subject and the
// claim that stated it (−1).
func (e *engine) wholeFor(el, part *elem, rate bool) (int, *Subject, int) {
	if el.named != "" {
		named := &Subject{Text: el.named, Canonical: el.named}
		if w := e.findBySubject(el.named, "", part); w != nil && wholeMatch(e.res.Claims[w.claim].Subject.Text, el.named) {
			return w.ref, named, w.claim
		}
		if ref, cid := e.findClaimBySubject(el.named, ""); ref >= 0 && wholeMatch(e.res.Claims[cid].Subject.Text, el.named) {
			return ref, named, cid
		}
		return -1, named, -1
	}
	probe := el
	if part != nil {
		probe = part
	}
	if l, k := e.listFor(probe); l != nil {
		if k >= 0 {
			t := l.totals[k]
			var s *Subject
			if t.claim >= 0 {
				ss := e.res.Claims[t.claim].Subject
				s = &ss
			}
			return t.ref, s, t.claim
		}
		if l.named != nil {
			if ref, cid := e.findClaimBySubject(l.named.Text, e.amongAspect); ref >= 0 {
				return ref, l.named, cid
			}
			return -1, l.named, -1
		}
	}
	if e.among != nil {
		s := *e.among
		if ref, cid := e.findClaimBySubject(s.Text, e.amongAspect); ref >= 0 {
			return ref, &s, cid
		}
		return -1, &s, -1
	}
	if rate && part != nil {
		for _, p := range e.sentElems {
			if p != part && p.role == RoleValue && p.family == part.family && p.paren == 0 {
				var s *Subject
				if p.claim >= 0 {
					ss := e.res.Claims[p.claim].Subject
					s = &ss
				}
				return p.ref, s, p.claim
			}
			if p == part {
				break
			}
		}
	}
	return -1, nil, -1
}

// wholeMatch reports whether a figure's subject can be the whole a share
// names: the same, or a more specific name ending with it
// ("一般公共预算财政拨款基本支出" for "基本支出"), never a less specific one.
func wholeMatch(candidate, named string) bool {
	kc, kn := subjectKey(candidate), subjectKey(named)
	return kc != "" && kn != "" && (kc == kn || strings.HasSuffix(kc, kn))
}

// statedShare makes the share claim of a percentage stated of a subject:
// "质量合格率100%", "良好达100%".
func (e *engine) statedShare(el *elem) {
	id := e.addClaim(ClaimShare, el.sent, el.subject, el.aspect)
	e.addArg(id, e.arg(el, RolePercent))
	el.role, el.claim = RolePercent, id
	e.lastClaim = id
}
