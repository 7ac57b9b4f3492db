package segment

import (
	"strings"
	"unicode/utf8"
)

// Placing a number: the role it plays and the claim it goes to. The
// claims of each kind are made in claim_<kind>.go; this file holds what
// they share (adding claims, arguments and links; finding figures by
// subject or aspect).

// addClaim appends a claim made in sentence si and returns its id.
func (e *engine) addClaim(kind ClaimKind, si int, subj Subject, aspect string) int {
	s := e.res.Sentences[si]
	id := len(e.res.Claims)
	e.res.Claims = append(e.res.Claims, Claim{
		ID: id, Kind: kind, Subject: subj, Aspect: aspect,
		Source: Source{Page: s.Page, Block: s.Block, Sentence: si, Text: s.Text, Start: s.Start, End: s.End},
	})
	return id
}

func (e *engine) arg(el *elem, role Role) Arg {
	return Arg{Role: role, Ref: el.ref, Mention: e.res.Mentions[el.ref], Aspect: el.aspect}
}

func (e *engine) argRef(ref int, role Role, aspect string) Arg {
	return Arg{Role: role, Ref: ref, Mention: e.res.Mentions[ref], Aspect: aspect}
}

func (e *engine) addArg(id int, a Arg) {
	if id >= 0 && id < len(e.res.Claims) {
		e.res.Claims[id].Args = append(e.res.Claims[id].Args, a)
	}
}

func (e *engine) link(id int, kind LinkKind, to int) {
	if id < 0 || to < 0 || id >= len(e.res.Claims) || id == to {
		return
	}
	c := &e.res.Claims[id]
	for _, l := range c.Links {
		if l.Kind == kind && l.Claim == to {
			return
		}
	}
	c.Links = append(c.Links, Link{Kind: kind, Claim: to})
}

// addLinked adds figure el to claim id with role r and links the claim to
// el's own claim (if any) as kind.
func (e *engine) addLinked(id int, el *elem, r Role, kind LinkKind) {
	e.addArg(id, e.arg(el, r))
	e.link(id, kind, el.claim)
}

// claimSubject is the subject of el's own claim, or none.
func (e *engine) claimSubject(el *elem) Subject {
	if el.claim < 0 {
		return Subject{}
	}
	return e.res.Claims[el.claim].Subject
}

// subjectFor is the subject of a number: printed next to it, or the
// sentence's topic, or the heading in force.
func (e *engine) subjectFor(el *elem) Subject {
	if el.own {
		return el.subject
	}
	// Another aspect of the figure before: "公务接待费支出预算为26万元，支出
	// 决算为22.72万元".
	if el.aspect != "" {
		for i := len(e.sentElems) - 1; i >= 0; i-- {
			p := e.sentElems[i]
			if p.role != RoleValue || p.claim < 0 {
				continue
			}
			if p.aspect != "" && p.aspect != el.aspect && p.family == el.family {
				s := e.res.Claims[p.claim].Subject
				if s.Text != "" {
					s.Inherited = true
					return s
				}
			}
			break
		}
	}
	if e.sentSubj != nil {
		s := *e.sentSubj
		s.Inherited = true
		return s
	}
	if e.topic != nil && (e.topic.Kind == SubjectProject || e.topic.Kind == SubjectClass) {
		s := *e.topic
		s.Inherited = true
		return s
	}
	if e.heading != nil {
		s := *e.heading
		s.Inherited = true
		return s
	}
	return Subject{}
}

// prevElem returns the number before el in the sentence.
func (e *engine) prevElem() *elem {
	if n := len(e.sentElems); n > 0 {
		return e.sentElems[n-1]
	}
	return nil
}

// parenOK reports whether a number in bracket group p may be referred to
// from a number in group q: the same group, or the top level.
func parenOK(p, q int) bool { return p == 0 || p == q }

// place decides the role of a number and makes its claims.
func (e *engine) place(el *elem) {
	prev := e.prevElem()
	if el.cont && prev != nil && prev.kind == el.kind && (prev.role == RolePercent || prev.role == RoleDelta || prev.role == RoleTarget) && el.cue == "" {
		el.cue, el.base, el.baseAsp, el.named = prev.cue, prev.base, prev.baseAsp, prev.named
		if prev.role == RoleDelta || prev.role == RolePercent {
			// A new claim for each figure of "分别增长17.1%、15.2%".
			e.changeAt = -1
		}
	}
	switch el.kind {
	case KindPercent:
		e.placePercent(el, prev)
	case KindPoints:
		e.placePoints(el)
	default:
		e.placeValue(el)
	}
}

// placeValue places an amount, count or quantity: the delta of a change,
// a target, the difference of a comparison, or a value.
func (e *engine) placeValue(el *elem) {
	switch el.cue {
	case "up", "down":
		e.change(el, RoleDelta)
		return
	case "target":
		if e.target(el) {
			return
		}
	case "gt", "lt":
		if el.named != "" {
			e.comparisonWithDifference(el)
			return
		}
	}
	e.value(el)
}

// target makes el the target of the sentence's last claim; false when the
// sentence has made none.
func (e *engine) target(el *elem) bool {
	if e.lastClaim < 0 {
		return false
	}
	e.addArg(e.lastClaim, e.arg(el, RoleTarget))
	el.role, el.claim = RoleTarget, e.lastClaim
	return true
}

// placePercent places a percentage: a completion rate, the percent of a
// change, a target, a share (of the figure before, of a named whole, or
// stated of a subject), or the difference of a comparison.
func (e *engine) placePercent(el *elem, prev *elem) {
	rate := el.own && strings.HasSuffix(el.subject.Text, "率")
	if el.cue == "" && !el.bareLead && !el.own && el.pos+1 < len(el.toks) {
		// "36%为保税物流中心正常运转所需人员开支，…171万元": the part follows.
		if next := el.toks[el.pos+1]; next.Text == "为" || isWordTag(next.Tag) {
			e.pendingShare = el
			return
		}
	}
	switch {
	case el.cue == "completion" || rate && (strings.HasSuffix(el.subject.Text, "完成率") || strings.HasSuffix(el.subject.Text, "执行率")):
		e.completion(el)
	case el.cue == "up" || el.cue == "down" || el.cue == "flat":
		e.change(el, RolePercent)
	case el.cue == "target":
		e.target(el)
	case el.cue == "share" || rate:
		e.share(el, rate)
	case el.cue == "gt" || el.cue == "lt":
		e.comparisonWithDifference(el)
	case el.bareLead && prev != nil && prev.role == RoleValue && prev.kind != KindPercent && prev.sent == el.sent:
		e.share(el, false)
	case el.own:
		e.statedShare(el)
	}
}

// placePoints places percentage points: the delta of a change or the
// difference of a comparison.
func (e *engine) placePoints(el *elem) {
	switch el.cue {
	case "up", "down":
		if e.changeAt >= 0 {
			e.addArg(e.changeAt, e.arg(el, RoleDelta))
			el.role, el.claim = RoleDelta, e.changeAt
			return
		}
		e.newChange(el, RoleDelta)
	case "gt", "lt":
		e.comparisonWithDifference(el)
	}
}

// findBySubject finds the latest figure of the sentence or paragraph whose
// printed subject names subj.
func (e *engine) findBySubject(subj, aspect string, not *elem) *elem {
	for _, pool := range [][]*elem{e.sentElems, e.paraElems, e.prevPara} {
		for i := len(pool) - 1; i >= 0; i-- {
			p := pool[i]
			if p == not || p.role != RoleValue || p.claim < 0 {
				continue
			}
			if aspect != "" && aspectFamily(p.aspect) != aspectFamily(aspect) {
				continue
			}
			if sameSubject(e.res.Claims[p.claim].Subject.Text, subj) {
				return p
			}
		}
	}
	return nil
}

// findClaimBySubject finds the latest amount or count claim of the
// document about subj.
func (e *engine) findClaimBySubject(subj, aspect string) (int, int) {
	for i := len(e.res.Claims) - 1; i >= 0; i-- {
		c := &e.res.Claims[i]
		if c.Kind != ClaimAmount && c.Kind != ClaimCount {
			continue
		}
		if aspect != "" && aspectFamily(c.Aspect) != aspectFamily(aspect) {
			continue
		}
		if sameSubject(c.Subject.Text, subj) {
			if a, ok := c.Arg(RoleValue); ok {
				return a.Ref, c.ID
			}
		}
	}
	return -1, -1
}

func aspectFamily(a string) string {
	switch a {
	case "年初预算", "预算", "全年预算", "调整预算":
		return "budget"
	case "决算", "实际支出", "执行数", "":
		return "actual"
	}
	return a
}

// distribute gives each figure of a parallel list its own subject: "批发、
// 零售、餐饮消费同比分别增长17.1%、15.2%、22.7%".
func (e *engine) distribute(elems []*elem) {
	for i := 0; i < len(elems); {
		j := i + 1
		for j < len(elems) && elems[j].cont && elems[j].kind == elems[i].kind {
			j++
		}
		if j-i >= 2 {
			if names := e.parallelNames(elems[i], j-i); len(names) == j-i {
				for k := i; k < j; k++ {
					if c := elems[k].claim; c >= 0 && (elems[k].role == RolePercent || elems[k].role == RoleDelta || elems[k].role == RoleValue) {
						s := Subject{Text: names[k-i], Canonical: names[k-i]}
						e.res.Claims[c].Subject = s
					}
				}
			}
		}
		i = j
	}
}

// parallelNames splits the subject printed before the first figure of a
// parallel list into its names.
func (e *engine) parallelNames(el *elem, n int) []string {
	toks := el.toks
	lo := clauseStart(el)
	hi := lo
	for hi < el.pos && toks[hi].Tag != TagCue && toks[hi].Tag != TagAspect && !(toks[hi].Tag == TagFunction && toks[hi].Text == "分别") {
		hi++
	}
	text := joinText(toks[lo:hi])
	if text == "" {
		return nil
	}
	parts := strings.Split(text, "、")
	if last := parts[len(parts)-1]; len(parts) < n && (strings.Contains(last, "和") || strings.Contains(last, "及")) {
		for _, sep := range []string{"和", "及"} {
			if a, b, ok := strings.Cut(last, sep); ok && a != "" && b != "" {
				parts = append(parts[:len(parts)-1], a, b)
				break
			}
		}
	}
	for _, p := range parts {
		if strings.TrimSpace(p) == "" || utf8.RuneCountInString(p) > 20 {
			return nil
		}
	}
	return parts
}
