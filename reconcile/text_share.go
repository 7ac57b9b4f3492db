package reconcile

import (
	"strings"
	"unicode/utf8"

	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/num"
	"github.com/gouji/gouji/segment"
	"github.com/shopspring/decimal"
)

// Share checks a stated percentage of a whole: part / whole × 100 against
// the printed percent ("人员经费1917.26万元，占基本支出的66.6%": 1917.26 /
// 2877.36 = 66.63%). The whole is the figure the sentence prints for it;
// when it only names it ("占一般公共预算项目支出总额的100%"), the figure of
// that name in the tables (as text-vs-table finds it) or in the text (the
// claim the segmenter links as whole). A share whose whole cannot be found
// is unchecked. Percentages printed with a bound (95%以上) are checked as
// bounds; a mismatch that truncation explains (243 / 435 = 55.86% printed
// as 55.8%) is a warning.
var Share = narrativeRule("share", "a share (占…的x%) is its part divided by its whole", checkShares)

func checkShares(p *Pass, n *narrative) {
	for c, pct := range n.rates(segment.ClaimShare) {
		part, okPart := argOrLink(n, c, segment.RolePart, "part")
		if !okPart {
			p.uncheckedText(c, pct, i18n.M("share.nopart", fig(pct), subj(subjectName(c))))
			continue
		}
		whole, wholeEv, okWhole := shareWhole(p, n, c, part)
		if !okWhole {
			guessShare(p, n, c, part, pct)
			continue
		}
		if !exact(part.Mention) || !exact(whole) {
			p.uncheckedText(c, pct, i18n.M("share.inexact", fig(pct), subj(subjectName(c))))
			continue
		}
		scale := min(part.Mention.Scale, whole.Scale)
		wholeIv := valueIn(whole, scale)
		if wholeEv != nil && notItsWhole(valueIn(part.Mention, scale), wholeIv, pct) {
			// A part exceeds no whole of its own, and a share below 100% is
			// of a whole larger than the part: the table figure of the name
			// is of another aspect or scope (the 决算 of 项目支出 for the
			// project budgets evaluated; the 财政拨款 statement's 本年支出合计
			// for "财政拨款支出…占本年支出合计的99.92%").
			p.uncheckedText(c, pct, i18n.M("share.notsmaller",
				fig(pct), subj(subjectName(c)), fig(part.Mention), wholeLabel(c, whole), fig(whole)), *wholeEv)
			continue
		}
		if wholeEv == nil { // printed or linked, not taken from a table
			if w, ok := argOrLink(n, c, segment.RoleWhole, "whole"); ok {
				wholeIv = n.refined(p, w, scale)
			}
		}
		ratio, ok := pctInterval(n.refined(p, part, scale), wholeIv)
		if !ok {
			continue // a whole of zero: no share to check
		}
		v := judge(pct, 0, ratio)
		if p.settle(c, pct, outcome{v: v}, i18n.M("what.of", fig(pct), subj(subjectName(c)))) {
			continue
		}
		exp := expectedRatio(pct.Value, ratio)
		if v == vBad && plugsToHundred(n, c, pct, ratio) {
			p.reportText(c, pct, Warning, exp, i18n.M("share.onestep",
				subj(n.argSubject(p, c, part)), fig(pct), wholeLabel(c, whole), fig(part.Mention), fig(whole), exp))
			continue
		}
		ev := []Evidence{}
		if wholeEv != nil {
			ev = append(ev, *wholeEv)
		}
		p.reportText(c, pct, severityOf(v), exp, i18n.M("share.bad",
			subj(n.argSubject(p, c, part)), fig(pct), wholeLabel(c, whole), fig(part.Mention), fig(whole), exp, truncNote(v)), ev...)
	}
}

// plugsToHundred reports whether a share one step off in its last printed
// place makes the shares of its whole add up to 100% exactly: the last
// share of a partition adjusted so that the printed shares sum (41.43% +
// 21.95% + 9.02% + 10.76% + 16.84%, where 93,801.70 / 557,259.13 is
// 16.83%). A rounding convention, not a wrong figure.
func plugsToHundred(n *narrative, c *segment.Claim, pct segment.Mention, ratio num.Interval) bool {
	w, ok := c.Arg(segment.RoleWhole)
	if !ok || w.Ref < 0 {
		return false
	}
	step := decimal.New(1, -pct.Value.Decimals)
	if pct.Value.D.Sub(ratio.Hi).GreaterThan(step) || ratio.Lo.Sub(pct.Value.D).GreaterThan(step) {
		return false
	}
	sum, shares := decimal.Zero, 0
	for o := range n.claims(segment.ClaimShare) {
		ow, ok := o.Arg(segment.RoleWhole)
		if !ok || ow.Ref != w.Ref {
			continue
		}
		op, ok := percentOf(o)
		if !ok || !exact(op) {
			return false
		}
		sum = sum.Add(op.Value.D)
		shares++
	}
	return shares >= 2 && sum.Equal(decimal.NewFromInt(100))
}

// argOrLink returns the argument with role r, else the value of the claim
// linked with kind.
func argOrLink(n *narrative, c *segment.Claim, r segment.Role, kind string) (segment.Arg, bool) {
	if a, ok := c.Arg(r); ok {
		return a, true
	}
	for _, l := range c.Links {
		if string(l.Kind) != kind {
			continue
		}
		if lc := n.claim(l.Claim); lc != nil {
			if a, ok := lc.Arg(segment.RoleValue); ok {
				return a, true
			}
		}
	}
	return segment.Arg{}, false
}

// shareWhole finds the whole of a share: printed in the sentence, linked,
// or the table figure its name names.
func shareWhole(p *Pass, n *narrative, c *segment.Claim, part segment.Arg) (segment.Mention, *Evidence, bool) {
	if w, ok := argOrLink(n, c, segment.RoleWhole, "whole"); ok && sameBase(w.Mention, part.Mention) {
		return w.Mention, nil, true
	}
	if c.Whole == nil {
		m, ok := breakdownTotal(n, c, part)
		return m, nil, ok
	}
	if !isMoney(part.Mention) {
		return segment.Mention{}, nil, false
	}
	// A whole named but not printed: look it up in the tables as an
	// amount claim about it would be, else in the text before it.
	subj := *c.Whole
	subj.Text = trimWholeWord(subj.Text)
	if m, ev, ok := tableFigure(p, n, c, subj, "", part.Mention); ok {
		return m, ev, true
	}
	m, ok := statedWhole(n, c, part)
	return m, nil, ok
}

// statedWhole finds the whole a share names in the amounts its paragraph
// states before it: the nearest amount claim whose subject ends with the
// whole's name, words that make a name a whole aside ("本单位固定资产总量
// 为4295.98万元，……设备335.24万元，占固定资产总额的7.90%"). The name must
// be specific (three characters or more: not 支出), the amount exact, of
// the part's unit and not smaller than the part.
func statedWhole(n *narrative, c *segment.Claim, part segment.Arg) (segment.Mention, bool) {
	name := nameKey(trimWholeWord(c.Whole.Text))
	if utf8.RuneCountInString(name) < 3 || !exact(part.Mention) {
		return segment.Mention{}, false
	}
	pv := valueIn(part.Mention, part.Mention.Scale)
	var best segment.Mention
	found := false
	for o := range n.claims(segment.ClaimAmount) {
		if o.Source.Block != c.Source.Block || o.Source.Start >= c.Source.Start {
			continue
		}
		v, ok := o.Arg(segment.RoleValue)
		if !ok || v.Ref == part.Ref || !exact(v.Mention) || !sameBase(v.Mention, part.Mention) ||
			!strings.HasSuffix(nameKey(trimWholeWord(o.Subject.Text)), name) {
			continue
		}
		if valueIn(v.Mention, part.Mention.Scale).Hi.LessThan(pv.Lo) {
			continue
		}
		best, found = v.Mention, true
	}
	return best, found
}

// breakdownTotal returns the whole of a share that names none when it
// stands in a breakdown (其中：…) right after a stated total: when 其中
// opens the part's sentence, or a sentence before it in its paragraph, the
// total is the first amount of the sentence before that one — the last of
// the paragraph right before, when 其中 opens the paragraph ("2026年收入
// 预算5,876.67万元，比上年…。" "其中：…收入5,753.07万元，占97.9%；其他收入
// 123.61万元，占2.1%。"); when 其中 stands inside the sentence, the first
// amount before it. The share must follow its part ("其他收入123.61万元，
// 占2.1%", not "其中36%为人员开支，…薪酬171万元", where the percent may be
// of more than the figure), and the total be an exact amount of the part's
// unit, not smaller than the part.
func breakdownTotal(n *narrative, c *segment.Claim, part segment.Arg) (segment.Mention, bool) {
	si := sentenceOf(n, part.Ref)
	pct, ok := percentOf(c)
	if si < 0 || !ok || pct.Start < part.Mention.End || !isMoney(part.Mention) || !exact(part.Mention) {
		return segment.Mention{}, false
	}
	from, before, ok := breakdownStart(n, si, part.Mention.Start)
	if !ok {
		return segment.Mention{}, false
	}
	for _, ref := range n.res.Sentences[from].Mentions {
		m := n.res.Mentions[ref]
		if before >= 0 && m.Start >= before {
			break
		}
		if !sameBase(m, part.Mention) {
			continue
		}
		if !exact(m) || valueIn(m, part.Mention.Scale).Hi.LessThan(valueIn(part.Mention, part.Mention.Scale).Lo) {
			return segment.Mention{}, false
		}
		return m, true
	}
	return segment.Mention{}, false
}

// breakdownStart finds the 其中 that opens the breakdown a figure at
// offset pos of sentence si stands in, and returns the sentence stating
// its total and the offset the total must stand before (−1 for the whole
// sentence); false when the figure is in no breakdown.
func breakdownStart(n *narrative, si, pos int) (from, before int, ok bool) {
	ss := n.res.Sentences
	for k := si; k >= 0 && ss[k].Block == ss[si].Block; k-- {
		text := ss[k].Text
		if k == si {
			text = text[:max(0, min(len(text), pos-ss[k].Start))]
		}
		i := strings.LastIndex(text, "其中")
		if i < 0 {
			continue
		}
		if strings.TrimLeft(text[:i], " \t\u3000") != "" {
			return k, ss[k].Start + i, true
		}
		prev := k - 1
		if prev < 0 || ss[prev].Block != ss[k].Block && ss[prev].Block != ss[k].Block-1 {
			return 0, 0, false
		}
		return prev, -1, true
	}
	return 0, 0, false
}

// trimWholeWord drops the word that makes a name a whole ("项目支出总额" is
// 项目支出).
func trimWholeWord(s string) string {
	for _, w := range []string{"总额", "总数", "总量", "总金额"} {
		if strings.HasSuffix(s, w) && len(s) > len(w) {
			return strings.TrimSuffix(s, w)
		}
	}
	return s
}

// wholeName quotes the whole a share names, for messages.
func wholeName(c *segment.Claim) i18n.Msg {
	if c.Whole != nil && c.Whole.Text != "" {
		return i18n.M("share.wholename", c.Whole.Text)
	}
	return i18n.Msg{}
}

// wholeLabel names the whole in a message: its name, else its figure.
func wholeLabel(c *segment.Claim, whole segment.Mention) i18n.Msg {
	if c.Whole != nil && c.Whole.Text != "" {
		return i18n.Text(c.Whole.Text)
	}
	return i18n.Arg(fig(whole))
}

// ratioOf returns a/b as a percentage interval at a common scale.
func ratioOf(a, b segment.Mention) (num.Interval, bool) {
	scale := min(a.Scale, b.Scale)
	return pctInterval(valueIn(a, scale), valueIn(b, scale))
}

// guessShare checks a share whose whole the sentence neither prints nor
// names against the totals the text has just stated ("77个省级签约项目，已
// 履约73个，占94.8%": 73 / 77): the figures of the part's unit, at least as
// large as the part, printed before it in its sentence, in the sentence
// before, or first in its paragraph. The share holds when one of them
// agrees. When none does, it is a weak match: a warning when the sentence
// itself stated a single such total, unchecked otherwise.
func guessShare(p *Pass, n *narrative, c *segment.Claim, part segment.Arg, pct segment.Mention) {
	cands, inSentence := wholeCandidates(n, c, part)
	if exact(part.Mention) {
		for _, w := range cands {
			ratio, ok := ratioOf(part.Mention, w)
			if ok && judge(pct, 0, ratio) != vBad {
				p.Consistent()
				return
			}
		}
	}
	if sum, parts, ok := partitionWhole(n, c, part); ok {
		judgePartShare(p, n, c, part, pct, sum, parts)
		return
	}
	if len(cands) == 0 || !exact(part.Mention) {
		p.uncheckedText(c, pct, i18n.M("share.nowhole", fig(pct), subj(subjectName(c)), wholeName(c)))
		return
	}
	w := cands[0]
	ratio, ok := ratioOf(part.Mention, w)
	if inSentence != 1 || !ok {
		p.uncheckedText(c, pct, i18n.M("share.nowhole.total", fig(pct), subj(subjectName(c))))
		return
	}
	exp := expectedRatio(pct.Value, ratio)
	p.reportText(c, pct, Warning, exp, i18n.M("share.before",
		subj(n.argSubject(p, c, part)), fig(pct), fig(w), fig(part.Mention), fig(w), exp, fig(w)))
}

// wholeCandidates returns the exact figures that may be the whole of a
// share: same unit, not smaller than the part, printed before it in its
// sentence (counted in inSentence), in the previous sentence of its
// paragraph, or first in its paragraph.
func wholeCandidates(n *narrative, c *segment.Claim, part segment.Arg) (out []segment.Mention, inSentence int) {
	si := sentenceOf(n, part.Ref)
	if si < 0 {
		return nil, 0
	}
	s := n.res.Sentences[si]
	pv := valueIn(part.Mention, part.Mention.Scale)
	fits := func(ref int) bool {
		if ref == part.Ref || ref < 0 || ref >= len(n.res.Mentions) {
			return false
		}
		m := n.res.Mentions[ref]
		if !exact(m) || !sameBase(m, part.Mention) || m.Value.D.IsZero() {
			return false
		}
		return valueIn(m, part.Mention.Scale).Hi.GreaterThanOrEqual(pv.Lo)
	}
	seen := map[int]bool{}
	add := func(ref int) {
		if !seen[ref] && fits(ref) {
			seen[ref] = true
			out = append(out, n.res.Mentions[ref])
		}
	}
	for _, ref := range s.Mentions {
		if n.res.Mentions[ref].Start >= part.Mention.Start {
			break
		}
		add(ref)
	}
	inSentence = len(out)
	if si > 0 && n.res.Sentences[si-1].Block == s.Block {
		for _, ref := range n.res.Sentences[si-1].Mentions {
			add(ref)
		}
	}
	first := si
	for first > 0 && n.res.Sentences[first-1].Block == s.Block {
		first--
	}
	for k := first; k < si; k++ {
		for _, ref := range n.res.Sentences[k].Mentions {
			if fits(ref) {
				add(ref)
				return out, inSentence
			}
		}
	}
	return out, inSentence
}

// notItsWhole reports whether a table figure cannot be the whole of a
// share: the part is larger; or it is as large while the share printed is
// below 100% — then the whole meant is another, wider figure of the name
// (the department's 本年支出合计, not the 财政拨款 statement's, for
// "财政拨款预算支出17981.68万元，占本年支出合计的99.92%"), or the percent is
// wrong, and the figures cannot tell which.
func notItsWhole(part, whole num.Interval, pct segment.Mention) bool {
	if part.Lo.GreaterThan(whole.Hi) {
		return true
	}
	hundred := decimal.NewFromInt(100)
	return part.Mid().Equal(whole.Mid()) && !pct.Value.Interval().Contains(hundred)
}

// partitionWhole returns the whole of a share that names none when the
// shares of its paragraph that name none either add up to 100%, as far as
// their printed precision allows: they divide one whole, which is the sum
// of their parts ("人员支出2,906.80万元，占49.4%；日常公用支出838.27万元，
// 占14.3%；项目支出2,131.61万元，占36.3%": 5,876.68万元), printed with
// the most decimals of any part. Each of them must print an exact part in
// the part's unit and an exact percent.
func partitionWhole(n *narrative, c *segment.Claim, part segment.Arg) (sum segment.Mention, parts []segment.Mention, ok bool) {
	if !exact(part.Mention) || !isMoney(part.Mention) {
		return sum, nil, false
	}
	pctSum, slack := decimal.Zero, decimal.Zero
	for o := range n.claims(segment.ClaimShare) {
		if o.Source.Block != c.Source.Block || o.Whole != nil {
			continue
		}
		if _, named := argOrLink(n, o, segment.RoleWhole, "whole"); named {
			continue
		}
		op, okP := percentOf(o)
		oa, okA := o.Arg(segment.RolePart)
		if !okP || !okA || !exact(op) || !exact(oa.Mention) || !sameBase(oa.Mention, part.Mention) || oa.Mention.Scale != part.Mention.Scale {
			return sum, nil, false
		}
		parts = append(parts, oa.Mention)
		pctSum = pctSum.Add(op.Value.D)
		slack = slack.Add(decimal.New(5, -op.Value.Decimals-1))
	}
	if len(parts) < 2 || pctSum.Sub(decimal.NewFromInt(100)).Abs().GreaterThan(slack) {
		return sum, nil, false
	}
	sum = part.Mention
	sum.Value = num.Value{D: decimal.Zero}
	for _, m := range parts {
		sum.Value.D = sum.Value.D.Add(m.Value.D)
		sum.Value.Decimals = max(sum.Value.Decimals, m.Value.Decimals)
	}
	sum.Text = sum.Value.String() + sum.Unit
	return sum, parts, true
}

// judgePartShare checks a share against the sum of the parts of its
// partition (partitionWhole): the sum stands for the sum of the parts'
// intervals, not for its own printed precision.
func judgePartShare(p *Pass, n *narrative, c *segment.Claim, part segment.Arg, pct segment.Mention, sum segment.Mention, parts []segment.Mention) {
	scale := part.Mention.Scale
	whole := num.Interval{Lo: decimal.Zero, Hi: decimal.Zero}
	for _, m := range parts {
		iv := valueIn(m, scale)
		whole = num.Interval{Lo: whole.Lo.Add(iv.Lo), Hi: whole.Hi.Add(iv.Hi)}
	}
	ratio, ok := pctInterval(valueIn(part.Mention, scale), whole)
	if !ok {
		return
	}
	v := judge(pct, 0, ratio)
	what := i18n.M("what.of", fig(pct), subj(subjectName(c)))
	if p.settle(c, pct, outcome{v: v}, what) {
		return
	}
	exp := expectedRatio(pct.Value, ratio)
	p.reportText(c, pct, severityOf(v), exp, i18n.M("share.partition",
		subj(n.argSubject(p, c, part)), fig(pct), fig(part.Mention), fig(sum), exp, truncNote(v)))
}
