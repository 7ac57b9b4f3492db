package reconcile

import (
	"slices"

	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/num"
	"github.com/gouji/gouji/segment"
	"github.com/shopspring/decimal"
)

// Change checks a change on a base year or budget: "与上年相比，减少264.17万元，
// 减少4.4%" with current 5799.97万元. The base is the printed previous figure,
// or current ∓ delta (up: current − delta; down: current + delta); the
// delta is |current − previous| when both are printed; the percent is
// delta / previous × 100; and the direction words (增加, 减少, 持平) must
// agree with the sign of current − previous. Changes stated in 个百分点 are
// differences of rates and are not checked here; a change with nothing to
// compare (同比增长17.1% alone) is unchecked.
var Change = narrativeRule("change",
	"a change (比上年增加x万元，增长y%) agrees with its current and previous figures and its direction words",
	func(p *Pass, n *narrative) {
		for c := range n.claims(segment.ClaimChange) {
			checkChange(p, n, c)
		}
	})

func checkChange(p *Pass, n *narrative, c *segment.Claim) {
	cur, okCur := argOrLink(n, c, segment.RoleCurrent, "current")
	prev, okPrev := c.Arg(segment.RolePrevious)
	delta, okDelta := c.Arg(segment.RoleDelta)
	pctArg, okPct := c.Arg(segment.RolePercent)
	if okPct && pctArg.Mention.Kind != segment.KindPercent {
		okPct = false // 个百分点: a difference of rates
	}
	// The figures that take part must share a unit and be exact.
	if okPrev && (!okCur || !sameBase(prev.Mention, cur.Mention) || !exact(prev.Mention)) {
		okPrev = false
	}
	if okDelta && (!okCur && !okPrev || okCur && !sameBase(delta.Mention, cur.Mention) || okPrev && !sameBase(delta.Mention, prev.Mention)) {
		okDelta = false
	}
	if okCur && !exact(cur.Mention) {
		okCur = false
	}
	var prevEv []Evidence // the table cell of a previous figure read from a table
	if !okPrev && okCur && n.aboutItsCurrent(c, cur) {
		if m, ev, ok := n.tablePrevious(p, cur); ok {
			prev, okPrev, prevEv = segment.Arg{Role: segment.RolePrevious, Ref: -1, Mention: m}, true, []Evidence{*ev}
		}
	}
	what := subj(n.subjectOf(p, c))
	if !okPrev && !(okCur && okDelta && exact(delta.Mention)) {
		// Nothing to compute the base from.
		switch {
		case okPct:
			p.uncheckedText(c, pctArg.Mention, i18n.M("change.noprev", what, fig(pctArg.Mention)))
		case okDelta:
			p.uncheckedText(c, delta.Mention, i18n.M("change.noprev", what, fig(delta.Mention)))
		}
		return
	}
	scale := cur.Mention.Scale
	if okPrev {
		scale = min(scale, prev.Mention.Scale)
	}
	if okDelta {
		scale = min(scale, delta.Mention.Scale)
	}
	curIv := n.refined(p, cur, scale)
	var prevIv, diff num.Interval // diff = current − previous
	if okPrev {
		prevIv = n.refined(p, prev, scale)
		diff = curIv.Sub(prevIv)
		if bad := directionMismatch(c.Direction, diff); !bad.IsZero() {
			p.reportText(c, cur.Mention, Error, "", i18n.M("change.direction",
				what, bad, fig(cur.Mention), fig(prev.Mention)), append(figureEvidence(p, n, prev), prevEv...)...)
			if okPct {
				checkReversedPercent(p, n, c, pctArg.Mention, cur, prev, prevIv, diff, scale)
			}
			return
		}
		if okDelta {
			mag := diff
			if c.Direction == segment.DirDown || c.Direction == "" && diff.Hi.Sign() < 0 {
				mag = diff.Neg()
			}
			if !checkFigure(p, c, delta.Mention, scale, mag, i18n.M("change.delta",
				what, fig(delta.Mention), fig(cur.Mention), fig(prev.Mention)), append(figureEvidence(p, n, cur, prev), prevEv...)...) {
				return
			}
		}
	} else {
		d := valueIn(delta.Mention, scale)
		switch c.Direction {
		case segment.DirUp:
			prevIv, diff = curIv.Sub(d), d
			if negativeBase(cur.Mention, delta.Mention, prevIv) {
				p.reportText(c, delta.Mention, Error, "", i18n.M("change.negbase",
					what, fig(delta.Mention), fig(cur.Mention), i18n.Num(expectedExact(cur.Mention.In(scale), prevIv)), cur.Mention.Unit), figureEvidence(p, n, cur)...)
				return
			}
		case segment.DirDown:
			prevIv, diff = curIv.Add(d), d.Neg()
		default:
			p.uncheckedText(c, delta.Mention, i18n.M("change.nodir", what, fig(delta.Mention)))
			return
		}
	}
	if !okPct {
		if okPrev && okDelta {
			return // checked above
		}
		if okPrev {
			p.Consistent() // the direction agrees
		}
		return
	}
	checkChangePercent(p, n, c, changeParts{what: what, cur: cur, prev: prev, delta: delta, pct: pctArg,
		okPrev: okPrev, okDelta: okDelta, ev: changeEvidence(p, n, cur, prev, delta, okPrev, prevEv), scale: scale, curIv: curIv, prevIv: prevIv, diff: diff})
}

// changeParts are the figures of a change claim as checkChange read them.
type changeParts struct {
	what                  i18n.Msg
	cur, prev, delta, pct segment.Arg
	okPrev, okDelta       bool
	scale                 int32
	curIv, prevIv, diff   num.Interval // diff = current − previous
	// ev are the figures the percent is worked out from, as evidence.
	ev []Evidence
}

// changeEvidence lists the figures a change's percent is worked out from:
// current and previous (printed, or the table cell prevEv), or current and
// amount when the previous figure is current ∓ amount.
func changeEvidence(p *Pass, n *narrative, cur, prev, delta segment.Arg, okPrev bool, prevEv []Evidence) []Evidence {
	if okPrev {
		return append(figureEvidence(p, n, cur, prev), prevEv...)
	}
	return figureEvidence(p, n, cur, delta)
}

// checkChangePercent judges the percent of a change on its previous
// figure, printed or worked out as current ∓ amount.
func checkChangePercent(p *Pass, n *narrative, c *segment.Claim, x changeParts) {
	mag := x.diff
	if x.diff.Hi.Sign() < 0 || c.Direction == segment.DirDown {
		mag = x.diff.Neg()
	}
	if x.okPrev && x.okDelta {
		// The delta agreed: a percent worked out from it as printed is
		// as right as one from the exact difference (0.69 on 11.939 is
		// 5.78%, the exact 0.691 is 5.79%).
		mag = hull(mag, valueIn(x.delta.Mention, x.scale))
	}
	ratio, ok := pctInterval(mag, x.prevIv)
	if !ok && zeroBase(p, n, c, x) {
		return
	}
	if !ok || x.prevIv.Hi.Sign() < 0 {
		p.uncheckedText(c, x.pct.Mention, i18n.M("change.zerobase", x.what, fig(x.pct.Mention)))
		return
	}
	base := i18n.Arg(fig(x.prev.Mention))
	if !x.okPrev {
		base = i18n.M("change.base", i18n.Num(expectedExact(x.cur.Mention.In(x.scale), x.prevIv)), fig(x.cur.Mention), signWord(c.Direction), fig(x.delta.Mention), x.cur.Mention.Unit)
	}
	pm := x.pct.Mention
	if pm.Value.D.Sign() < 0 {
		// A printed negative rate (−4.4%) states the direction itself.
		ratio = ratio.Neg()
	}
	if !x.okPrev && judge(pm, 0, ratio) == vBad {
		if fix, ok := amountSlip(x.curIv, pm, c.Direction, x.delta.Mention, x.scale, ratio); ok {
			p.reportText(c, x.delta.Mention, Error, fix.String(), i18n.M("change.amountslip",
				x.what, fig(x.delta.Mention), fig(pm), base, expectedRatio(pm.In(0), ratio), fig(pm), i18n.Num(fix.String()), x.delta.Mention.Unit), figureEvidence(p, n, x.cur, x.pct)...)
			return
		}
	}
	checkFigure(p, c, pm, 0, ratio, i18n.M("change.pct", x.what, fig(pm), base), x.ev...)
}

// amountSlip decides which figure is wrong when a change's amount and
// percent disagree and its base is current ∓ amount (no previous figure
// printed). The percent r names an amount of its own, current·r/(1+r) for
// an increase and current·r/(1−r) for a decrease. When exactly one figure
// one digit away from the printed amount (one digit replaced, or two
// adjacent digits swapped) gives that amount, and no figure one digit away
// from the printed percent agrees with the amount, the amount is the
// figure that slipped: it returns the amount it should have been
// ("减少392.92万元，减少5.95%" on 6049.97: 5.95% is a decrease of 382.92,
// while no slip of 5.95 gives the 6.10% of 392.92). The amount must carry
// three significant digits or more, as for a unit slip: among the many
// edits of a short figure (0.27万元) one fits a rough percent by chance.
// Otherwise the report cannot tell, and the percent is blamed as before.
func amountSlip(cur num.Interval, pm segment.Mention, dir segment.Direction, dm segment.Mention, scale int32, ratio num.Interval) (num.Value, bool) {
	if !exact(dm) || !exact(pm) || significantDigits(dm.Value.D) < 3 || dir != segment.DirUp && dir != segment.DirDown || cur.Lo.Sign() <= 0 {
		return num.Value{}, false
	}
	r := pm.Value.Interval()
	if pm.Value.D.Sign() < 0 {
		r = r.Neg()
	}
	r = r.Scale(-2)
	one := decimal.NewFromInt(1)
	implied := func(c, r decimal.Decimal) decimal.Decimal {
		den := one.Add(r)
		if dir == segment.DirDown {
			den = one.Sub(r)
		}
		return c.Mul(r).DivRound(den, 12)
	}
	if dir == segment.DirDown && !r.Hi.LessThan(one) || r.Lo.Sign() < 0 {
		return num.Value{}, false
	}
	want := num.Interval{Lo: implied(cur.Lo, r.Lo), Hi: implied(cur.Hi, r.Hi)}.Scale(scale - dm.Scale)
	var fits []num.Value
	for _, v := range oneDigitEdits(dm.Value) {
		if num.Consistent(v, want) {
			fits = append(fits, v)
		}
	}
	if len(fits) != 1 {
		return num.Value{}, false
	}
	abs := num.Value{D: pm.Value.D.Abs(), Decimals: pm.Value.Decimals}
	for _, v := range oneDigitEdits(abs) {
		if num.Consistent(v, ratio) {
			return num.Value{}, false
		}
	}
	return fits[0], true
}

// oneDigitEdits returns the figures one slip of the pen away from v: one
// digit replaced by another, or two adjacent digits swapped, printed with
// v's decimals. A leading digit is not replaced by 0 (that drops a digit).
func oneDigitEdits(v num.Value) []num.Value {
	s := []byte(v.String())
	var out []num.Value
	add := func(b []byte) {
		if w, ok := num.Parse(string(b)); ok && !w.D.Equal(v.D) {
			out = append(out, w)
		}
	}
	isDigit := func(c byte) bool { return c >= '0' && c <= '9' }
	for i := range s {
		if !isDigit(s[i]) {
			continue
		}
		for d := byte('0'); d <= '9'; d++ {
			if d == s[i] || d == '0' && (i == 0 || !isDigit(s[i-1])) && i+1 < len(s) && s[i+1] != '.' {
				continue
			}
			b := append([]byte(nil), s...)
			b[i] = d
			add(b)
		}
		if i+1 < len(s) && isDigit(s[i+1]) && s[i] != s[i+1] {
			b := append([]byte(nil), s...)
			b[i], b[i+1] = b[i+1], b[i]
			add(b)
		}
	}
	return out
}

// checkFigure judges a printed figure against a computed interval and
// reports a failure with msg ("…, but X is") followed by the expected
// figure. It reports whether the figure held.
func checkFigure(p *Pass, c *segment.Claim, m segment.Mention, scale int32, iv num.Interval, msg i18n.Msg, ev ...Evidence) bool {
	v := judge(m, scale, iv)
	if p.settle(c, m, outcome{v: v}, i18n.Arg(fig(m))) {
		return true
	}
	exp := expectedExact(m.In(scale), iv)
	unit := m.Unit
	if m.Kind == segment.KindPercent {
		exp = expectedRatio(m.In(scale), iv)
	}
	p.reportText(c, m, severityOf(v), exp, i18n.M("check.figure", msg, i18n.Num(exp), unit, truncNote(v)), ev...)
	return false
}

// checkReversedPercent judges the percent of a change whose direction
// contradicts its current and previous figures (the current is blamed for
// that). The percent is explained, and not reported, when its size fits
// the printed figures (only the direction word is wrong) or when, read in
// the stated direction on the previous figure, it gives a figure printed
// in the same paragraph (the current was restated wrongly: "56.12万元…
// 执行数为57.43万元，2026年预算安排57.8万元，比…减少2.27%" — 2.27% down
// from 57.43 is the 56.12 of the heading). Otherwise it is wrong too: on
// 241.76 neither 170.03 nor the heading's 207 is an increase of 21.74%.
func checkReversedPercent(p *Pass, n *narrative, c *segment.Claim, pm segment.Mention, cur, prev segment.Arg, prevIv, diff num.Interval, scale int32) {
	if !exact(pm) || pm.Value.D.Sign() < 0 || c.Direction != segment.DirUp && c.Direction != segment.DirDown {
		return
	}
	mag := diff
	if diff.Hi.Sign() < 0 {
		mag = diff.Neg()
	}
	ratio, ok := pctInterval(mag, prevIv)
	if !ok || judge(pm, 0, ratio) != vBad {
		return
	}
	r := pm.Value.Interval().Scale(-2)
	if c.Direction == segment.DirDown {
		r = r.Neg()
	}
	one := num.Point(decimal.NewFromInt(1))
	implied := prevIv.Mul(one.Add(r))
	if printedInParagraph(n, c, implied, scale, cur.Mention, cur.Ref, prev.Ref) {
		return
	}
	word := i18n.M("change.word.increase")
	if diff.Hi.Sign() < 0 {
		word = i18n.M("change.word.decrease")
	}
	exp := expectedRatio(pm.In(0), ratio)
	p.reportText(c, pm, Error, exp, i18n.M("change.reversed",
		subj(n.subjectOf(p, c)), fig(pm), fig(cur.Mention), fig(prev.Mention), word, exp, fig(pm), fig(prev.Mention)), figureEvidence(p, n, cur, prev)...)
}

// printedInParagraph reports whether a figure of the paragraph of claim
// c, in the unit of like and other than the figures skip, agrees with iv
// (at scale).
func printedInParagraph(n *narrative, c *segment.Claim, iv num.Interval, scale int32, like segment.Mention, skip ...int) bool {
	for _, s := range n.res.Sentences {
		if s.Block != c.Source.Block {
			continue
		}
		for _, ref := range s.Mentions {
			m := n.res.Mentions[ref]
			if slices.Contains(skip, ref) || !sameBase(m, like) || !exact(m) {
				continue
			}
			if num.Consistent(m.In(scale), iv) {
				return true
			}
		}
	}
	return false
}

// hull is the smallest interval holding a and b.
func hull(a, b num.Interval) num.Interval {
	return num.Interval{Lo: decimal.Min(a.Lo, b.Lo), Hi: decimal.Max(a.Hi, b.Hi)}
}

// negativeBase reports whether an increase puts the previous figure of an
// amount of money below zero: an amount spent or budgeted (政府性基金拨款
// 支出预算0万元，比上年增加1421.25万元) cannot have grown from less than
// nothing, so the increase is larger than the current figure allows. The
// two must be printed in one unit, or the current be zero: "支出1682.76元，
// 比上年增加50.32万元" is more likely 元 written for 万元 (unit-slip's).
func negativeBase(cur, delta segment.Mention, prev num.Interval) bool {
	sameUnit := cur.Scale == delta.Scale || cur.Value.D.IsZero()
	return isMoney(cur) && sameUnit && cur.Value.D.Sign() >= 0 && prev.Hi.Sign() < 0
}

// directionMismatch returns the direction stated when it contradicts the
// sign of current − previous ("increased" while it fell), or "".
func directionMismatch(dir segment.Direction, diff num.Interval) i18n.Msg {
	zero := decimal.Zero
	switch dir {
	case segment.DirUp:
		if diff.Hi.LessThan(zero) {
			return i18n.M("change.word.up")
		}
	case segment.DirDown:
		if diff.Lo.GreaterThan(zero) {
			return i18n.M("change.word.down")
		}
	case segment.DirFlat:
		if !diff.Contains(zero) {
			return i18n.M("change.word.flat")
		}
	}
	return i18n.Msg{}
}

func signWord(dir segment.Direction) string {
	if dir == segment.DirUp {
		return "−"
	}
	return "+"
}
