package segment

import (
	"strings"
	"unicode/utf8"
)

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
	a := Arg{Role: role, Ref: el.ref, Mention: e.res.Mentions[el.ref], Aspect: el.aspect}
	return a
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
		e.placeValue(el, prev)
	}
}

func (e *engine) placeValue(el *elem, prev *elem) {
	m := e.res.Mentions[el.ref]
	switch el.cue {
	case "up", "down":
		if e.changeAt >= 0 {
			c := &e.res.Claims[e.changeAt]
			if _, has := c.Arg(RoleDelta); !has {
				e.addArg(e.changeAt, e.arg(el, RoleDelta))
				el.role, el.claim = RoleDelta, e.changeAt
				return
			}
		}
		e.newChange(el, RoleDelta)
		return
	case "target":
		if e.lastClaim >= 0 {
			e.addArg(e.lastClaim, e.arg(el, RoleTarget))
			el.role, el.claim = RoleTarget, e.lastClaim
			return
		}
	case "gt", "lt":
		if el.named != "" {
			e.comparisonWithDifference(el)
			return
		}
	}
	if e.isThreshold(el, m) {
		el.role = RoleThreshold
		e.threshold = el
		return
	}
	el.role = RoleValue
	kind := ClaimAmount
	if el.kind == KindCount || el.kind == KindQuantity {
		kind = ClaimCount
	}
	subj := e.subjectFor(el)
	if el.own && (subj.Kind == SubjectProject || subj.Kind == SubjectClass) && e.sentSubj == nil {
		s := subj
		e.sentSubj = &s
		if numberedStart(el.toks, e) {
			h := subj
			e.heading = &h
		}
	}
	if subj.Text != "" || el.aspect != "" {
		// A figure of nothing named is not a claim; it stays in the gaps
		// unless a total, list or balance uses it.
		id := e.addClaim(kind, el.sent, subj, el.aspect)
		e.addArg(id, e.arg(el, RoleValue))
		if kind == ClaimCount && e.threshold != nil && e.threshold.sent == el.sent {
			e.addArg(id, e.arg(e.threshold, RoleThreshold))
			e.threshold.claim = id
			e.threshold = nil
		}
		el.claim = id
		e.lastClaim = id
	}
	if ps := e.pendingShare; ps != nil && ps.sent == el.sent && el.kind == KindMoney {
		// "10%为海关特殊监管区软件系统的维护维修费70.28万元".
		e.pendingShare = nil
		e.shareWithPart(ps, el)
	}
	if strings.HasPrefix(el.cue, "to-") {
		// "由80家增加到121家": the figure after 增加到 is the current one.
		e.newChange(el, RoleCurrent)
		el.role = RoleValue
	} else {
		e.changeAt = -1
	}
	if el.opens {
		e.openList(el)
	}
	e.assignItem(el)
}

// isThreshold reports whether a bounded amount qualifies a noun rather
// than stating a figure: "5亿元以上项目18个", "投资5-10亿元项目".
func (e *engine) isThreshold(el *elem, m Mention) bool {
	if m.Bound != BoundAtLeast && m.Bound != BoundAtMost && m.Bound != BoundRange {
		return false
	}
	if m.Kind != KindMoney && !strings.Contains(m.Qualifier, "以上") && !strings.Contains(m.Qualifier, "以下") {
		return false
	}
	if el.pos+1 >= len(el.toks) {
		return false
	}
	next := el.toks[el.pos+1]
	return next.Tag != TagPunct && next.Tag != TagNumber && next.Tag != TagCue
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
		cur = e.currentFor(el, prevEl)
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
		e.addArg(id, e.arg(cur, RoleCurrent))
		if cur.claim >= 0 {
			e.link(id, LinkCurrent, cur.claim)
		}
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
		if e.changeAt >= 0 {
			c := &e.res.Claims[e.changeAt]
			if _, has := c.Arg(RolePercent); !has {
				e.addArg(e.changeAt, e.arg(el, RolePercent))
				el.role, el.claim = RolePercent, e.changeAt
				return
			}
		}
		e.newChange(el, RolePercent)
	case el.cue == "target":
		if e.lastClaim >= 0 {
			e.addArg(e.lastClaim, e.arg(el, RoleTarget))
			el.role, el.claim = RoleTarget, e.lastClaim
		}
	case el.cue == "share" || rate:
		e.share(el, rate)
	case el.cue == "gt" || el.cue == "lt":
		e.comparisonWithDifference(el)
	case el.bareLead && prev != nil && prev.role == RoleValue && prev.kind != KindPercent && prev.sent == el.sent:
		e.share(el, false)
	case el.own:
		// A percentage stated of a subject: "质量合格率100%", "良好达100%".
		id := e.addClaim(ClaimShare, el.sent, el.subject, el.aspect)
		e.addArg(id, e.arg(el, RolePercent))
		el.role, el.claim = RolePercent, id
		e.lastClaim = id
	}
}

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
	if left != nil && left.claim >= 0 {
		subj = e.res.Claims[left.claim].Subject
	}
	id := e.addClaim(ClaimComparison, el.sent, subj, "")
	c := &e.res.Claims[id]
	c.Relation = RelGreater
	if el.cue == "lt" {
		c.Relation = RelLess
	}
	c.Base = right
	if left != nil {
		e.addArg(id, e.arg(left, RoleLeft))
		if left.claim >= 0 {
			e.link(id, LinkComparison, left.claim)
		}
	}
	e.addArg(id, e.arg(el, RoleDifference))
	el.role, el.claim = RoleDifference, id
	e.lastClaim = id
}

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
		e.addArg(id, e.arg(part, RolePart))
		if part.claim >= 0 {
			e.link(id, LinkPart, part.claim)
		}
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

// wholeMatch reports whether a figure's subject can be the whole a share
// names: the same, or a more specific name ending with it
// ("一般公共预算财政拨款基本支出" for "基本支出"), never a less specific one.
func wholeMatch(candidate, named string) bool {
	kc, kn := subjectKey(candidate), subjectKey(named)
	return kc != "" && kn != "" && (kc == kn || strings.HasSuffix(kc, kn))
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
		e.addArg(id, e.arg(actual, RoleActual))
		e.link(id, LinkActual, actual.claim)
	}
	if budget != nil {
		e.addArg(id, e.arg(budget, RoleBudget))
		e.link(id, LinkBudget, budget.claim)
	}
	e.addArg(id, e.arg(el, RolePercent))
	el.role, el.claim = RolePercent, id
	e.lastClaim = id
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
	lo := el.leadLo
	for i := el.pos - 1; i >= el.leadLo; i-- {
		if isClauseSep(toks[i]) {
			lo = i + 1
			break
		}
	}
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
