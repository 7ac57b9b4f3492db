package reconcile

import (
	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/segment"
)

// UnitSlip finds figures that are off by 10^4 — an amount in 元 printed
// with 万元, or the reverse: "隔离酒店2021年春节慰问的11199.82万元。合计
// 648903.4元" adds up only if that item is 11199.82元. It reports a list, a
// balance or a table comparison that fails as printed but holds when
// exactly one of its figures is shifted by 10^4 with its digits unchanged
// (the shifted figure at least as precise as what it must match, so that a
// rough 0.3万元 is not taken for 2961.68元). This is the primary finding for
// such failures: items-total, balance and text-vs-table leave them to this
// rule, which names the figure and what it should read.
var UnitSlip = narrativeRule("unit-slip",
	"a figure 10^4 off from the list, balance or table figure it belongs to (元 written as 万元)",
	checkUnitSlips)

func checkUnitSlips(p *Pass, n *narrative) {
	for c := range n.claims(segment.ClaimTotal, segment.ClaimBalance, segment.ClaimAmount) {
		switch c.Kind {
		case segment.ClaimTotal:
			e := evalTotal(c, true)
			if e == nil || !e.skip.IsZero() || e.v != vBad {
				continue
			}
			if e.slip == nil {
				continue // not a slip: items-total reports it
			}
			reportSlip(p, n, c, e.slip, i18n.M("slip.total", fig(e.total.Mention)))
		case segment.ClaimBalance:
			for _, st := range evalBalance(c, nil) {
				if st.skip.IsZero() && st.v == vBad && st.slip != nil {
					reportSlip(p, n, c, st.slip, i18n.M("slip.balance", balanceWords(st), fig(st.at.Mention)))
				}
			}
		case segment.ClaimAmount:
			a, ok := c.Arg(segment.RoleValue)
			if !ok || !isMoney(a.Mention) {
				continue
			}
			f := n.figure(p, c)
			want, ok := f.cellAmount(a.Mention.Scale)
			if !ok {
				continue
			}
			if judge(a.Mention, a.Mention.Scale, want.Interval()) != vBad {
				continue
			}
			if e, ok := slipTo(a.Mention, want.Interval()); ok {
				reportSlip(p, n, c, &slip{arg: a, exp: e, want: want.Interval()},
					i18n.M("slip.matches", f.x.T.Name(), f.x.where()), f.x.evidence())
			}
		}
	}
}

// reportSlip reports figure s.arg of claim c as off by 10^s.exp; holds
// says what the shifted figure makes true.
func reportSlip(p *Pass, n *narrative, c *segment.Claim, s *slip, holds i18n.Msg, ev ...Evidence) {
	m := s.arg.Mention
	meant := i18n.M("slip.meant", i18n.Num(m.Value.String()), unitWord(m.Scale+s.exp))
	dir := i18n.M("slip.larger")
	if s.exp > 0 {
		dir = i18n.M("slip.smaller")
	}
	exp := expectedExact(m.Value, s.want)
	p.reportText(c, m, Error, exp, i18n.M("slip.bad",
		fig(m), dir, holds, meant, i18n.Num(exp), m.Unit), ev...)
}
