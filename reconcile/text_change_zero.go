package reconcile

import (
	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/segment"
	"github.com/shopspring/decimal"
)

// zeroBase judges the percent of an increase whose amount is the whole
// current figure ("会议费0.3万元，比上年增加0.3万元，增长100%"): the previous
// figure is 0, and a percentage change on zero is undefined. 100% is how
// reports mark a new item, and is left unchecked; any other percent cannot
// be a change on zero, and is a warning — the amount or the percent is
// wrong, and the figures cannot tell which. It reports whether it judged
// the change.
func zeroBase(p *Pass, n *narrative, c *segment.Claim, x changeParts) bool {
	cur, delta, pct := x.cur.Mention, x.delta.Mention, x.pct.Mention
	if x.okPrev || !x.okDelta || c.Direction != segment.DirUp || !exact(cur) || !exact(delta) || !exact(pct) ||
		!isMoney(cur) || cur.Scale != delta.Scale || !cur.Value.D.Equal(delta.Value.D) || cur.Value.D.IsZero() {
		return false
	}
	if pct.Value.D.Equal(decimal.NewFromInt(100)) {
		p.uncheckedText(c, pct, i18n.M("change.zero.new", x.what, fig(pct)))
		return true
	}
	p.reportText(c, pct, Warning, "", i18n.M("change.zero.bad", x.what, fig(pct), fig(cur), fig(delta)), figureEvidence(p, n, x.cur, x.delta)...)
	return true
}
