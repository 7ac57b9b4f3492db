package reconcile

import (
	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/num"
	"github.com/gouji/gouji/segment"
	"github.com/shopspring/decimal"
)

// RatesAgree checks that a paragraph gives one rate for one subject: "完成
// 1164份…，完成率为99.74%，未完成人数3人，…，完成率100%" states the
// 完成率 of the same work twice, with two values. Rates are the same when
// they have the same word (完成率, 执行率) and subject, and neither is
// tied to a figure of its own (内联引资完成率114.5% and 实际利用外资完成率
// 22% are of different figures), and they stand in one sentence or in two
// that follow each other. They differ when their rounding intervals
// do not meet; 100% and 0% are taken as exact (all, none). The later one is reported, as a warning:
// the paragraph may mean another base without saying so.
var RatesAgree = narrativeRule("rates-agree",
	"a paragraph gives one value for the same rate of the same subject",
	checkRatesAgree)

// rateKey is a rate's paragraph, word and subject.
type rateKey struct {
	block         int
	word, subject string
}

func checkRatesAgree(p *Pass, n *narrative) {
	first := map[rateKey]*segment.Claim{}
	for c, pct := range n.rates(segment.ClaimCompletion) {
		if _, ok := argOrLink(n, c, segment.RoleActual, "actual"); ok || !exact(pct) {
			continue
		}
		verb := rateVerb(textBefore(p, c.Source.Block, pct.Start))
		if verb == "" {
			continue
		}
		k := rateKey{block: c.Source.Block, word: verb + "率", subject: c.Subject.Text}
		pc, seen := first[k]
		if !seen || c.Source.Sentence-pc.Source.Sentence > 1 {
			first[k] = c
			continue
		}
		prev, _ := percentOf(pc)
		if rateInterval(prev).Overlaps(rateInterval(pct)) {
			p.Consistent()
			continue
		}
		p.reportText(c, pct, Warning, "", i18n.M("rates.disagree", k.word, n.subjectOf(p, c), fig(pct), fig(prev)),
			p.mentionEvidence(n, refOf(n, c.Source.Block, prev)))
	}
}

// rateInterval is what a printed rate stands for: its rounding interval,
// but 100% and 0% say all and none — a paragraph that says 3 of 1167 are
// not done and then 完成率100% does not round 99.74%.
func rateInterval(m segment.Mention) num.Interval {
	if m.Value.D.IsZero() || m.Value.D.Equal(decimal.NewFromInt(100)) {
		return m.Value.Exact()
	}
	return m.Value.Interval()
}

// refOf returns the index of the mention of block printed at m's place.
func refOf(n *narrative, block int, m segment.Mention) int {
	for _, r := range blockMentions(n, block) {
		if n.res.Mentions[r].Start == m.Start {
			return r
		}
	}
	return -1
}
