package segment

import "strings"

// openList starts a list at a 其中/包括/以下方面 before el: its total is
// the figure of the same unit before the opener, or a whole named by the
// sentence ("…决算中，").
func (e *engine) openList(el *elem) {
	var total *elem
	pools := [][]*elem{e.sentElems, e.paraElems}
	if el.opener == "open" {
		// "…分布如下：" with no figure before it in the sentence is not a
		// list of a total.
		pools = pools[:1]
	}
	for _, pool := range pools {
		for i := len(pool) - 1; i >= 0; i-- {
			p := pool[i]
			if p == el || p.sent > el.sent || p.role != RoleValue || p.family != el.family || p.quoted {
				continue
			}
			if p.list != nil && p.sent != el.sent {
				// An item of an earlier list: its sibling, not its total.
				continue
			}
			if p.paren != 0 && p.paren != el.opensAt {
				continue
			}
			total = p
			break
		}
		if total != nil {
			break
		}
	}
	l := &listCtx{paren: el.opensAt}
	switch {
	case total != nil:
		l.totals = []*elem{total}
		l.items = [][]*elem{nil}
	case e.among != nil:
		l.named = e.among
	default:
		return
	}
	e.lists = append(e.lists, l)
}

// openSpanningList starts a list at a paragraph ending in 其中： whose
// items are in the paragraphs below: the totals are the figures of the
// paragraph's last sentence with figures, one per aspect.
func (e *engine) openSpanningList() {
	last := -1
	for i := len(e.paraElems) - 1; i >= 0; i-- {
		if p := e.paraElems[i]; p.role == RoleValue && p.paren == 0 {
			last = p.sent
			break
		}
	}
	if last < 0 {
		return
	}
	l := &listCtx{spans: true}
	seen := map[string]bool{}
	for _, p := range e.paraElems {
		if p.sent != last || p.role != RoleValue || p.paren != 0 || p.list != nil {
			continue
		}
		k := p.family + "|" + p.aspect
		if seen[k] {
			return // several figures of one aspect: not a list's total
		}
		seen[k] = true
		l.totals = append(l.totals, p)
		l.items = append(l.items, nil)
	}
	if len(l.totals) == 0 {
		return
	}
	// Totals without an aspect ("进出口202.93亿元，…，其中：") open a list
	// only for the paragraph that follows: the break was a line break.
	// Totals with one ("年初预算数为…，决算数为…，其中：") run until the
	// section ends, their items matched by aspect.
	l.short = true
	for _, t := range l.totals {
		if t.aspect != "" {
			l.short = false
		}
	}
	e.lists = append(e.lists, l)
}

// listFor returns the innermost open list el can be an item of, and the
// index of its total (−1 for a list with a named whole only).
func (e *engine) listFor(el *elem) (*listCtx, int) {
	for i := len(e.lists) - 1; i >= 0; i-- {
		l := e.lists[i]
		if l.spans {
			if el.paren != 0 {
				continue
			}
		} else if l.paren != el.paren {
			continue
		}
		if len(l.totals) == 0 {
			return l, -1
		}
		best := -1
		for k, t := range l.totals {
			if t == el || t.family != el.family {
				continue
			}
			if l.spans && len(l.totals) > 1 && t.aspect != el.aspect && aspectFamily(t.aspect) != aspectFamily(el.aspect) {
				// Several totals (预算 and 决算): the aspect says which an
				// item belongs to.
				continue
			}
			if len(l.totals) == 1 || t.aspect == el.aspect {
				best = k
				break
			}
			if best < 0 && aspectFamily(t.aspect) == aspectFamily(el.aspect) {
				best = k
			}
		}
		if best >= 0 {
			return l, best
		}
		if !l.spans {
			// A list in this group takes no other unit: look outwards.
			continue
		}
	}
	return nil, -1
}

// assignItem makes el an item of the innermost open list that takes it.
func (e *engine) assignItem(el *elem) {
	if el.quoted {
		return
	}
	l, k := e.listFor(el)
	if l == nil || k < 0 {
		return
	}
	for _, t := range l.totals {
		if t == el {
			return
		}
	}
	l.items[k] = append(l.items[k], el)
	el.list = l
}

// closeSentenceLists closes the lists that end with the statement.
func (e *engine) closeSentenceLists() {
	var keep []*listCtx
	for _, l := range e.lists {
		if l.spans {
			keep = append(keep, l)
			continue
		}
		e.flushList(l)
	}
	e.lists = keep
}

// flushLists closes the paragraph's lists, and the spanning ones too when
// all is set.
func (e *engine) flushLists(all bool) {
	var keep []*listCtx
	for _, l := range e.lists {
		if l.spans && !all && !(l.short && l.paras > 0) {
			if l.spans {
				l.paras++
			}
			keep = append(keep, l)
			continue
		}
		e.flushList(l)
	}
	e.lists = keep
}

// flushList turns a list into total claims, one per total with items.
func (e *engine) flushList(l *listCtx) {
	for k, t := range l.totals {
		items := l.items[k]
		if len(items) == 0 {
			continue
		}
		subj := Subject{}
		if t.claim >= 0 {
			subj = e.res.Claims[t.claim].Subject
		}
		id := e.addClaim(ClaimTotal, t.sent, subj, t.aspect)
		e.res.Claims[id].Relation = RelOfWhich
		e.addArg(id, e.arg(t, RoleTotal))
		e.link(id, LinkTotal, t.claim)
		for _, it := range items {
			a := e.arg(it, RoleItem)
			if it.claim >= 0 {
				s := e.res.Claims[it.claim].Subject
				a.Subject = &s
				e.link(it.claim, LinkTotal, id)
			}
			e.addArg(id, a)
		}
	}
}

// termOf says what a figure is in a running balance: a source of funds
// (+), a use (−), a subtotal or the result.
func termOf(el *elem) string {
	if el.total && !el.own {
		return "subtotal"
	}
	switch el.aspect {
	case "金额", "年初预算", "预算", "全年预算", "调整预算", "上年结转", "追加", "到位":
		return "source"
	case "实际支出":
		return "use"
	case "结余结转":
		return "result"
	}
	return ""
}

// balances finds running balances in the paragraph: "金额5.35万元，实际
// 支出5.33万元，结余结转0.2万元"; "上年结转46.18万元，本年追加79万元，合计
// 125.18万元，实际支出113.38万元，结转6.8万元".
func (e *engine) balances() {
	var run []*elem
	flush := func() {
		defer func() { run = nil }()
		lastCheck, sources, uses := -1, 0, 0
		valid := -1
		for i, el := range run {
			switch termOf(el) {
			case "source":
				sources++
			case "use":
				uses++
			case "subtotal":
				if sources >= 2 || sources >= 1 && uses >= 1 {
					valid = i
				}
				lastCheck = i
			case "result":
				if sources >= 1 && uses >= 1 {
					valid = i
				}
				lastCheck = i
			}
		}
		_ = lastCheck
		if valid < 0 {
			return
		}
		first := run[0]
		subj := Subject{}
		if first.claim >= 0 {
			subj = e.res.Claims[first.claim].Subject
		}
		id := e.addClaim(ClaimBalance, first.sent, subj, "")
		for _, el := range run[:valid+1] {
			var a Arg
			switch termOf(el) {
			case "source":
				a = e.arg(el, RoleTerm)
				a.Sign = 1
			case "use":
				a = e.arg(el, RoleTerm)
				a.Sign = -1
			case "subtotal":
				a = e.arg(el, RoleSubtotal)
			case "result":
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

// sums finds totals stated after their items: "…合计190万元", "分别支付
// 11250元、42000元共计53250元".
func (e *engine) sums() {
	var scope []*elem
	for _, el := range e.paraElems {
		if el.role != RoleValue {
			continue
		}
		if el.total && !el.own && !el.balance {
			var items []*elem
			weight := 0
			for _, it := range scope {
				if it.family == el.family && it.paren == el.paren && !it.quoted {
					items = append(items, it)
					weight += max(it.times, 1)
				}
			}
			if weight >= 2 {
				subj := Subject{}
				if el.claim >= 0 {
					subj = e.res.Claims[el.claim].Subject
				}
				id := e.addClaim(ClaimTotal, el.sent, subj, el.aspect)
				e.res.Claims[id].Relation = RelSum
				e.addArg(id, e.arg(el, RoleTotal))
				e.link(id, LinkTotal, el.claim)
				for _, it := range items {
					a := e.arg(it, RoleItem)
					if it.times > 1 {
						a.Times = it.times
						if it.timesRef >= 0 {
							r := it.timesRef
							a.TimesRef = &r
						}
					}
					if it.claim >= 0 {
						s := e.res.Claims[it.claim].Subject
						a.Subject = &s
						e.link(it.claim, LinkTotal, id)
					}
					e.addArg(id, a)
				}
			}
			scope = nil
			continue
		}
		if el.list != nil || el.balance {
			continue
		}
		scope = append(scope, el)
	}
}

// comparisons reads relations asserted without figures: "决算数大于年初
// 预算数", "决算数与预算数基本持平", "与上年持平".
func (e *engine) comparisons(si int, toks []stok, elems []*elem) {
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
		var leftAsp, rightAsp, base string
		switch {
		case c != "flat" && i > 0 && i+1 < len(toks) && toks[i-1].Tag == TagAspect && toks[i+1].Tag == TagAspect:
			leftAsp, rightAsp = toks[i-1].Canon, toks[i+1].Canon
		case c == "flat" && i >= 3 && toks[i-1].Tag == TagAspect && cueOf(toks[i-2]) == "base" && toks[i-3].Tag == TagAspect:
			leftAsp, rightAsp = toks[i-3].Canon, toks[i-1].Canon
		case c == "flat":
			// "与上年持平", "比2023年预算持平", "总计持平" (base set before).
			k := i - 1
			for k >= 0 && !isClauseSep(toks[k]) && cueOf(toks[k]) != "base" {
				k--
			}
			if k >= 0 && cueOf(toks[k]) == "base" {
				base = joinText(toks[k+1 : i])
			} else {
				base = e.sentBase.text
			}
		default:
			continue
		}
		if leftAsp != "" {
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
				continue
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
				e.addArg(id, e.arg(left, RoleLeft))
				e.link(id, LinkComparison, left.claim)
			}
			if right != nil {
				e.addArg(id, e.arg(right, RoleRight))
				e.link(id, LinkComparison, right.claim)
			}
			continue
		}
		// Flat against a base: the figure before it in the sentence, or
		// the figure of the subject the clause names.
		var left *elem
		for k := len(e.sentElems) - 1; k >= 0; k-- {
			p := e.sentElems[k]
			if p.pos < i && p.sent == si && (p.role == RoleValue || p.role == RolePercent) {
				left = p
				break
			}
		}
		var subj Subject
		if left == nil {
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
				continue
			}
			if ref, cid := e.findClaimBySubject(s.Text, asp); ref >= 0 {
				id := e.addClaim(ClaimComparison, si, e.res.Claims[cid].Subject, asp)
				cl := &e.res.Claims[id]
				cl.Relation, cl.Base = rel, baseOr(base, "上年")
				e.addArg(id, e.argRef(ref, RoleLeft, asp))
				e.link(id, LinkComparison, cid)
			}
			continue
		}
		if left.claim >= 0 {
			subj = e.res.Claims[left.claim].Subject
		}
		id := e.addClaim(ClaimComparison, si, subj, left.aspect)
		cl := &e.res.Claims[id]
		cl.Relation, cl.Base = rel, baseOr(base, "上年")
		e.addArg(id, e.arg(left, RoleLeft))
		e.link(id, LinkComparison, left.claim)
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

// dates makes date claims: "截至2021年12月31日", "2021年度", and a year
// at the head of a sentence. Years inside quotes and titles are names.
func (e *engine) dates(si int, text string, base int, ms []Mention, refs []int) {
	q := mentionParser{s: text}
	for i, m := range ms {
		if m.Kind != KindYear && m.Kind != KindDate {
			continue
		}
		at := m.Start - base
		if at < 0 || at > len(text) {
			continue
		}
		before := strings.TrimRight(text[:at], " ")
		if q.inQuotes(at) {
			continue
		}
		aspect := ""
		switch {
		case suffixBefore(before, len(before), []string{"截止到", "截至到", "截止至", "截至", "截止"}) != "":
			aspect = "截至"
		case m.Kind == KindYear && strings.HasSuffix(m.Text, "年度"):
			aspect = "年度"
		case m.Kind == KindYear && m.DateEnd == nil && (i == 0 && strings.TrimSpace(before) == "" || i == 1 && ms[0].Kind == KindOrdinal && strings.TrimSpace(text[ms[0].End-base:at]) == ""):
			aspect = "年"
		}
		if aspect == "" {
			continue
		}
		id := e.addClaim(ClaimDate, si, Subject{}, aspect)
		c := &e.res.Claims[id]
		c.Date, c.DateEnd = m.Date, m.DateEnd
		e.addArg(id, e.argRef(refs[i], RoleDate, ""))
	}
}
