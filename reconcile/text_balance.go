package reconcile

import (
	"strings"

	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/segment"
)

// Balance checks running balances: "金额5.35万元，实际支出5.33万元，结余结转
// 0.2万元" (5.35 − 5.33 = 0.02, not 0.2), "上年结转46.18万元，本年追加79万元，
// 合计125.18万元" — each subtotal and result is the signed sum of the terms
// before it, under the interval rule and in the unit of the figure judged.
//
// A step that fails by exactly another amount printed in the same sentence
// (合计125.18万元，其中有财政划转至科协5万元…实际支出113.38万元，结转6.8万元)
// is explained by the text, which says where that money went: it is shown
// as information, not as an error. A step that holds only with one figure
// shifted by 10^4 is left to unit-slip.
var Balance = narrativeRule("balance",
	"running balances hold: 金额 − 实际支出 = 结余结转, 上年结转 + 本年追加 = 合计",
	checkBalances)

func checkBalances(p *Pass, n *narrative) {
	for c := range n.claims(segment.ClaimBalance) {
		for _, st := range evalBalance(c, sentenceOthers(n, c)) {
			m := st.at.Mention
			if p.settle(c, m, st.outcome, i18n.M("what.of", fig(m), subj(n.subjectOf(p, c)))) {
				continue
			}
			if spentIsOdd(n, c, st) {
				continue // payments blames the 实际支出
			}
			exp := expectedExact(m.In(st.scale), st.sum)
			what := balanceWords(st)
			ev := termEvidence(p, n, st)
			if st.explained != nil {
				f := p.textFinding(c, m, Info, exp, i18n.M("balance.explained",
					stepName(p, n, c, st.at), fig(m), what, i18n.Num(exp), m.Unit, fig(*st.explained)), ev...)
				p.Report(f)
				continue
			}
			p.reportText(c, m, severityOf(st.v), exp, i18n.M("balance.bad",
				stepName(p, n, c, st.at), fig(m), what, i18n.Num(exp), m.Unit, truncNote(st.v)), ev...)
		}
	}
}

// termEvidence lists the figures a step is spelled with (balanceWords),
// one entry each, with the sentence that prints it.
func termEvidence(p *Pass, n *narrative, st *balanceStep) []Evidence {
	out := make([]Evidence, 0, len(st.words))
	for _, t := range st.words {
		out = append(out, p.mentionEvidence(n, t.Ref))
	}
	return out
}

// stepName names the figure judged: its aspect (结余结转, 合计), else the
// words before it (结转), else its role and the claim's subject ("the
// balance of 轨博会专项资金").
func stepName(p *Pass, n *narrative, c *segment.Claim, a segment.Arg) i18n.Msg {
	if a.Aspect != "" {
		return i18n.Text(a.Aspect)
	}
	if s := n.leadOf(p, c, a.Mention); s != "" {
		return i18n.Text(s)
	}
	if a.Role == segment.RoleSubtotal {
		return i18n.M("balance.subtotal.of", subj(n.subjectOf(p, c)))
	}
	return i18n.M("balance.of", subj(n.subjectOf(p, c)))
}

// balanceWords spells the terms of a step: "5.35万元 − 5.33万元".
func balanceWords(st *balanceStep) string {
	var b strings.Builder
	for i, t := range st.words {
		switch {
		case i == 0 && t.Sign < 0:
			b.WriteString("−")
		case i > 0 && t.Sign < 0:
			b.WriteString(" − ")
		case i > 0:
			b.WriteString(" + ")
		}
		b.WriteString(t.Mention.Text)
	}
	return b.String()
}
