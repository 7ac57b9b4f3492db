package reconcile

import (
	"fmt"

	"github.com/gouji/gouji/segment"
)

// ItemsTotal checks that amounts listed with a total add up to it. A list
// closed by 合计/共计 (relation sum), or an of-which list that names its
// remainder (其他…), must add up to its total exactly, under the interval
// rule; any other of-which list (其中, 包括) may leave parts out but may not
// exceed its total. Items in 元 and a total in 万元 are compared in the
// total's unit; an item printed with 各 counts once per recipient
// ("天元区、芦淞区、茶陵县各30万元" is 90万元). A list that adds up only with
// one figure shifted by 10^4 is left to unit-slip.
var ItemsTotal = narrativeRule("items-total",
	"amounts listed with a total (合计, 共计, 其中) add up to it; of-which parts do not exceed it",
	func(p *Pass, n *narrative) { checkTotals(p, n, true) })

// checkTotals checks the total claims of money (money set) or of counts
// and quantities.
func checkTotals(p *Pass, n *narrative, money bool) {
	for c := range n.claims(segment.ClaimTotal) {
		e := evalTotal(c, money)
		if e == nil {
			continue
		}
		tot := e.total.Mention
		if p.settle(c, tot, e.outcome, fmt.Sprintf("the total %s of %s", fig(tot), subjectName(c))) {
			continue
		}
		exp := expectedExact(tot.In(e.scale), e.sum)
		if exactCount(tot) {
			exp = e.sum.Lo.String()
		}
		ev := itemEvidence(p, n, e)
		if e.exhaustive {
			p.reportText(c, tot, severityOf(e.v), exp, fmt.Sprintf("%s is %s, but its %d items add up to %s%s%s",
				printedSubject(c, "the total"), fig(tot), len(e.items), exp, tot.Unit, truncNote(e.v)), ev...)
			continue
		}
		if !money && e.v == vBad {
			// Counts of one total often overlap (先进制造业项目 and 亿元以上项目
			// are both 新签约项目): an of-which list without its remainder
			// that exceeds the total may be categories, not parts.
			p.uncheckedText(c, tot, fmt.Sprintf("the parts of %s %s add up to %s%s, more than the total: they may be overlapping categories",
				printedSubject(c, "the total"), fig(tot), exp, tot.Unit), ev...)
			continue
		}
		p.reportText(c, tot, severityOf(e.v), exp, fmt.Sprintf("the parts of %s (其中) add up to %s%s, more than its %s%s",
			printedSubject(c, "the total"), exp, tot.Unit, fig(tot), truncNote(e.v)), ev...)
	}
}

// itemEvidence lists the items of a total as evidence: one entry per
// sentence that prints items, its value the figures it prints ("10万元,
// 30万元×3, …").
func itemEvidence(p *Pass, n *narrative, e *totalEval) []Evidence {
	var out []Evidence
	bySentence := map[int]int{}
	for _, it := range e.items {
		v := it.Mention.Text
		if it.Times > 1 {
			v += fmt.Sprintf("×%d", it.Times)
		}
		s := sentenceOf(n, it.Ref)
		if k, ok := bySentence[s]; ok && s >= 0 {
			out[k].Value += ", " + v
			continue
		}
		ev := p.mentionEvidence(n, it.Ref)
		ev.Value = v
		bySentence[s] = len(out)
		out = append(out, ev)
	}
	return out
}
