package segment

import "strings"

// Lists of items under a total (其中, 包括, 以下方面：), open while their
// items are read; flushList (claim_total.go) turns them into total claims.

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
	if total != nil {
		total = e.enumerationHead(total, el)
	}
	l := &listCtx{paren: el.opensAt, main: mainPartsLead(el)}
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

// enumerationHead returns the figure a 其中 after a closed enumeration is
// about: in "总额110,390.99万元：货物6,005.76万元、…、服务97,785.73万元；其中
// …", the figure before the colon, not the last part before the 其中.
// Otherwise it returns total.
func (e *engine) enumerationHead(total, el *elem) *elem {
	if total.block != el.block || !closedBefore(total, el) {
		return total
	}
	toks := total.toks
	for i := total.pos - 1; i > 0; i-- {
		switch toks[i].Text {
		case "；", ";", "。":
			return total
		case "：", ":":
			for j := len(e.paraElems) - 1; j >= 0; j-- {
				q := e.paraElems[j]
				if q.sent == total.sent && q.pos == i-1 && q.role == RoleValue && q.family == total.family && q.paren == total.paren {
					return q
				}
			}
			return total
		}
	}
	return total
}

// closedBefore reports whether nothing but a ； stands between figure
// total and the opener of el's list ("…97,785.73万元；其中…").
func closedBefore(total, el *elem) bool {
	semi := func(t stok) bool { return t.Text == "；" || t.Text == ";" }
	k := el.leadLo
	for k < el.pos && !isOpener(el.toks[k]) {
		k++
	}
	if k >= el.pos {
		return false
	}
	if total.sent == el.sent {
		return k > el.leadLo && semi(el.toks[k-1]) && el.leadLo == total.pos+1
	}
	// The ； ended the sentence of total: the opener starts this one.
	rest := total.toks[total.pos+1:]
	return total.sent == el.sent-1 && k == 0 && el.leadLo == 0 && len(rest) == 1 && semi(rest[0])
}

// isOpener reports whether t opens a list (其中, 包括, 以下方面).
func isOpener(t stok) bool {
	c := cueOf(t)
	return c == "of" || c == "open"
}

// mainPartsLead reports whether the list's opener or the words between it
// and its first item say that the main parts follow ("其中主要支出为",
// "其中：主要有", "主要包括"), not a name that begins with 主要 (其中，主要
// 机要通信用车2辆).
func mainPartsLead(el *elem) bool {
	toks := el.toks
	said := false // a word after the opener begins with 主要
	for i := el.leadLo; i < el.pos; i++ {
		t := toks[i]
		switch c := cueOf(t); {
		case c == "of" || c == "open":
			said = false
			if strings.HasPrefix(t.Text, "主要") {
				return true
			}
		case strings.HasPrefix(t.Text, "主要"):
			switch strings.TrimPrefix(t.Text, "主要") {
			case "有", "是", "为":
				return true
			}
			said = true
		case said && c == "be":
			return true
		}
	}
	return false
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
	if e.partOfItem(l, el) {
		return
	}
	l.items[k] = append(l.items[k], el)
	el.list = l
}

// partOfItem reports whether el is a part of the list's item before it
// rather than an item itself: the figures after a colon that follows an
// item, up to the next ；.
func (e *engine) partOfItem(l *listCtx, el *elem) bool {
	lead := el.toks[el.leadLo:el.pos]
	for _, t := range lead {
		if t.Text == "；" || t.Text == ";" || t.Text == "。" {
			l.subRun = false
		}
	}
	if len(lead) > 0 && (lead[0].Text == "：" || lead[0].Text == ":") {
		if prev := e.prevElem(); prev != nil && prev.list == l && prev.sent == el.sent {
			l.subRun = true
		}
	}
	return l.subRun
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
