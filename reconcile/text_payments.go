package reconcile

import (
	"slices"

	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/num"
	"github.com/gouji/gouji/segment"
	"github.com/shopspring/decimal"
)

// Payments checks a project's 资金使用情况 against its funding line: the
// payments it itemises add up to the project's 实际支出 ("实际支出27.72万
// 元" … "开发费用188000元；运营47800元；开发19800元；采购11994元；采购9880
// 元": 277474元 is 27.7474万元), and a total it prints for them is the same
// amount, in 元 or in 万元 ("共支出438416元" for 实际支出43.84万元). A list
// of which one amount is the 实际支出 itself restates it ("签订合同19.8万
// 元，…一次性支付19.8万元") and holds. A balance the paragraph states is
// the funding line's (结余99496.3元 for 结余结转9.95万元).
var Payments = narrativeRule("payments",
	"the payments a project's 资金使用情况 lists add up to its 实际支出",
	checkPayments)

func checkPayments(p *Pass, n *narrative) {
	for c := range n.claims(segment.ClaimPayments) {
		spent, ok := c.Arg(segment.RoleTotal)
		items := c.ArgsOf(segment.RoleItem)
		if !ok || !exact(spent.Mention) {
			continue
		}
		checkPaidBalance(p, n, c)
		if len(items) == 0 {
			continue
		}
		scale := spent.Mention.Scale
		for _, it := range items {
			scale = min(scale, it.Mention.Scale)
		}
		if c.Relation == segment.RelSum {
			checkPaidTotal(p, n, c, spent, items[0], scale)
			continue
		}
		checkPaidList(p, n, c, spent, items, scale)
	}
}

// checkPaidTotal judges the one total a 资金使用情况 prints against the
// 实际支出: the finding stands at the total, in its paragraph.
func checkPaidTotal(p *Pass, n *narrative, c *segment.Claim, spent, paid segment.Arg, scale int32) {
	v := judge(paid.Mention, scale, valueIn(spent.Mention, scale))
	at := claimAt(n, c, paid.Ref)
	what := i18n.M("payments.what", n.subjectOf(p, c))
	if p.settle(&at, paid.Mention, outcome{v: v}, what) {
		return
	}
	exp := expectedExact(paid.Mention.In(scale), valueIn(spent.Mention, scale))
	m := i18n.M("payments.total", n.subjectOf(p, c), fig(paid.Mention), fig(spent.Mention),
		spent.Mention.In(scale).String()+unitWord(scale))
	p.reportText(&at, paid.Mention, severityOf(v), exp, withTrunc(m, v), figureEvidence(p, n, spent)...)
}

// checkPaidList judges the sum of the payments listed against the 实际支出,
// at the 实际支出. One payment alone equal to it restates it.
func checkPaidList(p *Pass, n *narrative, c *segment.Claim, spent segment.Arg, items []segment.Arg, scale int32) {
	sum := num.Interval{Lo: decimal.Zero, Hi: decimal.Zero}
	for _, it := range items {
		if judge(spent.Mention, scale, valueIn(it.Mention, scale)) == vOK {
			p.Consistent()
			return
		}
		iv := valueIn(it.Mention, scale)
		sum = num.Interval{Lo: sum.Lo.Add(iv.Lo), Hi: sum.Hi.Add(iv.Hi)}
	}
	v := judge(spent.Mention, scale, sum)
	what := i18n.M("payments.spent", n.subjectOf(p, c))
	if p.settle(c, spent.Mention, outcome{v: v}, what) {
		return
	}
	inSpent := expectedExact(spent.Mention.Value, scaleInterval(sum, scale-spent.Mention.Scale))
	m := i18n.M("payments.list", n.subjectOf(p, c), fig(spent.Mention), len(items),
		sum.Mid().String()+unitWord(scale), inSpent+spent.Mention.Unit)
	p.reportText(c, spent.Mention, severityOf(v), inSpent, withTrunc(m, v), figureEvidence(p, n, items...)...)
}

// checkPaidBalance judges the balance a 资金使用情况 states (结余99496.3元)
// against the one its funding line states (结余结转9.95万元): one amount,
// once in 元 and once in 万元. The finding stands at the paragraph's.
func checkPaidBalance(p *Pass, n *narrative, c *segment.Claim) {
	left, ok := c.Arg(segment.RoleResult)
	if !ok {
		return
	}
	var line segment.Arg
	for _, l := range c.Links {
		if bc := n.claim(l.Claim); l.Kind == segment.LinkBalance && bc != nil {
			line, ok = bc.Arg(segment.RoleResult)
		}
	}
	if !ok || !exact(line.Mention) {
		return
	}
	scale := min(left.Mention.Scale, line.Mention.Scale)
	at := claimAt(n, c, left.Ref)
	v := judge(left.Mention, scale, valueIn(line.Mention, scale))
	if p.settle(&at, left.Mention, outcome{v: v}, i18n.M("payments.left.what", n.subjectOf(p, c))) {
		return
	}
	exp := expectedExact(left.Mention.In(scale), valueIn(line.Mention, scale))
	p.reportText(&at, left.Mention, severityOf(v), exp, withTrunc(i18n.M("payments.left", n.subjectOf(p, c), fig(left.Mention), fig(line.Mention)), v),
		figureEvidence(p, n, line)...)
}

// scaleInterval shifts an interval by 10^shift (元 → 万元 is −4).
func scaleInterval(iv num.Interval, shift int32) num.Interval {
	return num.Interval{Lo: iv.Lo.Shift(shift), Hi: iv.Hi.Shift(shift)}
}

// claimAt is claim c as printed by the sentence of mention ref: its
// findings then stand there (a payment in the paragraph after the
// funding line).
func claimAt(n *narrative, c *segment.Claim, ref int) segment.Claim {
	at := *c
	if si := sentenceOf(n, ref); si >= 0 {
		s := n.res.Sentences[si]
		at.Source = segment.Source{Page: s.Page, Block: s.Block, Sentence: si, Text: s.Text, Start: s.Start, End: s.End}
	}
	return at
}

// spentIsOdd reports whether a balance step that fails at its result does
// so because of its 实际支出, which the payments of the project contradict
// too: the payments add up to what the other figures leave for it (金额
// 14.6 − 结余0.05 = 14.55, and the payments 145478元), not to the
// 实际支出 printed (14.25). The payments rule then reports the 实际支出, the
// one figure the others agree against, and the balance says nothing.
func spentIsOdd(n *narrative, c *segment.Claim, st *balanceStep) bool {
	if st.at.Role != segment.RoleResult {
		return false
	}
	var use []segment.Arg
	for _, t := range st.terms {
		if t.Sign < 0 {
			use = append(use, t)
		}
	}
	if len(use) != 1 {
		return false
	}
	for pc := range n.claims(segment.ClaimPayments) {
		if !slices.ContainsFunc(pc.Links, func(l segment.Link) bool { return l.Kind == segment.LinkBalance && l.Claim == c.ID }) {
			continue
		}
		items := pc.ArgsOf(segment.RoleItem)
		if len(items) == 0 {
			return false
		}
		scale := min(st.scale, use[0].Mention.Scale)
		paid := num.Point(decimal.Zero)
		for _, it := range items {
			scale = min(scale, it.Mention.Scale)
		}
		for _, it := range items {
			paid = paid.Add(valueIn(it.Mention, scale))
		}
		// What the sources and the result leave for the 实际支出.
		others := st.sum.Scale(st.scale - scale).Add(valueIn(use[0].Mention, scale)).Sub(valueIn(st.at.Mention, scale))
		return judge(use[0].Mention, scale, paid) == vBad && paid.Overlaps(others)
	}
	return false
}
