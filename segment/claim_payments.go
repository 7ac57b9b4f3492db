package segment

import (
	"strings"

	"github.com/gouji/gouji/extract"
)

// Payments claims: a project's use of funds itemised in the paragraph that
// follows its funding line ("金额28万元，实际支出27.72万元，结余0.28万元。"
// "资金使用情况：…开发费用188000元；…运营47800元；…"). The payments, often
// in 元 while the project is in 万元, add up to what the project spent.

// paymentLabels open a paragraph that itemises a project's spending.
var paymentLabels = []string{"资金使用情况", "资金使用明细", "资金支出情况", "资金开支情况", "具体开支情况"}

// payments makes a payments claim for each funding line (a balance claim
// with a use term, 实际支出) whose next paragraph opens with a payments
// label and states amounts: the total it prints (共支出…，其中…; …合计…)
// when it prints one, else every amount it states.
func (e *engine) payments() {
	for i := range e.res.Claims {
		c := &e.res.Claims[i]
		if c.Kind != ClaimBalance {
			continue
		}
		spent, ok := spentTerm(c)
		if !ok {
			continue
		}
		b := c.Source.Block + 1
		if b >= len(e.doc.Blocks) || !opensPayments(e.doc.Blocks[b].Paragraph) {
			continue
		}
		items, printed, left := e.paymentItems(e.paragraphRun(b))
		if (len(items) == 0 || len(items) == 1 && !printed) && left == nil {
			continue
		}
		id := e.addClaim(ClaimPayments, c.Source.Sentence, c.Subject, "实际支出")
		if printed {
			e.res.Claims[id].Relation = RelSum
		}
		spent.Role, spent.Sign = RoleTotal, 0
		e.addArg(id, spent)
		for _, a := range items {
			e.addArg(id, a)
		}
		if left != nil {
			e.addArg(id, *left)
		}
		e.link(id, LinkBalance, i)
	}
}

// spentTerm returns the use term (实际支出) of a balance claim.
func spentTerm(c *Claim) (Arg, bool) {
	for _, a := range c.Args {
		if a.Role == RoleTerm && a.Sign < 0 {
			return a, true
		}
	}
	return Arg{}, false
}

// opensPayments reports whether a paragraph opens with a payments label.
func opensPayments(p *extract.Paragraph) bool {
	if p == nil {
		return false
	}
	t := strings.TrimSpace(p.Text)
	for _, l := range paymentLabels {
		if strings.HasPrefix(t, l) {
			return true
		}
	}
	return false
}

// paragraphRun returns the blocks of the paragraph that starts at block b:
// b, and the paragraphs that carry on a sentence it leaves unfinished (a
// page break inside it).
func (e *engine) paragraphRun(b int) map[int]bool {
	run := map[int]bool{b: true}
	for k := b; k+1 < len(e.doc.Blocks) && len(run) < 4; k++ {
		t := strings.TrimSpace(e.doc.Blocks[k].Paragraph.Text)
		if strings.HasSuffix(t, "。") || e.doc.Blocks[k+1].Paragraph == nil {
			break
		}
		run[k+1] = true
	}
	return run
}

// paymentItems returns the amounts of the blocks of a paragraph that make
// up its spending: the largest total a total claim of it prints (printed
// is then true), else the value of every amount claim of it. Amounts of
// another year (上年已支付66万元) and of a balance the paragraph states
// itself are no payments of the year; an amount that is not exact leaves
// the paragraph unread. left is the balance the paragraph states (结余
// 99496.3元), which the funding line states too.
func (e *engine) paymentItems(blocks map[int]bool) (items []Arg, printed bool, left *Arg) {
	var total *Arg
	for k := range e.res.Claims {
		c := &e.res.Claims[k]
		if !blocks[c.Source.Block] {
			continue
		}
		switch c.Kind {
		case ClaimBalance:
			return nil, false, nil
		case ClaimTotal:
			t, ok := c.Arg(RoleTotal)
			if ok && t.Mention.Kind == KindMoney && (total == nil || t.Mention.In(0).D.GreaterThan(total.Mention.In(0).D)) {
				total = &t
			}
		case ClaimAmount:
			v, ok := c.Arg(RoleValue)
			if !ok || v.Mention.Kind != KindMoney || v.Mention.Currency != "CNY" {
				continue
			}
			if c.Aspect == "结余结转" {
				if left == nil && exactMention(v.Mention) {
					v.Role = RoleResult
					left = &v
				}
				continue
			}
			if c.Aspect == "上年" {
				continue
			}
			if !exactMention(v.Mention) {
				return nil, false, nil
			}
			items = append(items, v)
		}
	}
	if total != nil {
		a := *total
		a.Role = RoleItem
		return []Arg{a}, true, left
	}
	for k := range items {
		items[k].Role = RoleItem
	}
	return items, false, left
}

// exactMention reports whether a figure is printed as exact.
func exactMention(m Mention) bool { return m.Bound == BoundExact || m.Bound == "" }
