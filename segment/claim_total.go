package segment

// Total claims: a total and its items, stated either as a list after the
// total ("其中：A、B、C", relation of-which) or as a sum after the items
// ("…合计190万元", relation sum).

// flushList turns a list into total claims, one per total with items.
func (e *engine) flushList(l *listCtx) {
	for k, t := range l.totals {
		if items := l.items[k]; len(items) > 0 {
			rel := RelOfWhich
			if l.main {
				rel = RelMainParts
			}
			e.totalClaim(t, items, rel)
		}
	}
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
				e.totalClaim(el, items, RelSum)
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

// totalClaim makes the total claim of figure t with its items, linking
// each to the other's claims. A sum's items carry their 各 multiplier.
func (e *engine) totalClaim(t *elem, items []*elem, rel Relation) {
	id := e.addClaim(ClaimTotal, t.sent, e.claimSubject(t), t.aspect)
	e.res.Claims[id].Relation = rel
	e.addLinked(id, t, RoleTotal, LinkTotal)
	for _, it := range items {
		a := e.arg(it, RoleItem)
		if rel == RelSum && it.times > 1 {
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
