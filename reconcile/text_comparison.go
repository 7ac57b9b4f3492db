package reconcile

import (
	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/segment"
)

// Comparison checks comparison words against the figures they compare:
// "决算数大于年初预算数" with 2万元 against 0万元, "决算数小于预算数" with
// 45.48万元 against 68万元, "与上年持平". Greater and less fail when the
// printed figures say the opposite (their intervals lie the other way) and
// are warned about when the two figures are printed equal; equal (等于,
// 持平) fails when the intervals do not meet; a printed difference (高于…
// 1.9个百分点) must be the gap between the two. A comparison whose other
// side is not printed (与上年持平 alone) is unchecked.
var Comparison = narrativeRule("comparison",
	"comparison words (大于, 小于, 持平, 高于…个百分点) agree with the figures compared",
	checkComparisons)

func checkComparisons(p *Pass, n *narrative) {
	for c := range n.claims(segment.ClaimComparison) {
		left, okL := c.Arg(segment.RoleLeft)
		right, okR := c.Arg(segment.RoleRight)
		if !okL {
			continue
		}
		l := left.Mention
		// The other side is a figure of the same paragraph; one found
		// further away is another subject's (因公出国（境）费预算15万元 is not
		// the 预算 of the 公务接待费 of the next paragraph).
		if okR && blockOf(n, right.Ref) != c.Source.Block {
			okR = false
		}
		var rev Evidence
		if okR {
			rev = p.mentionEvidence(n, right.Ref)
		} else if budget, ok := aspectBudget(c.Base, ""); ok && budget && isMoney(l) {
			// 决算数小于预算数 with the budget not printed: the table's.
			if m, e, ok := tableFigure(p, n, c, c.Subject, "预算", l); ok {
				right, okR, rev = segment.Arg{Role: segment.RoleRight, Ref: -1, Mention: m}, true, *e
			}
		}
		if !okR || !sameBase(l, right.Mention) {
			p.uncheckedText(c, l, i18n.M("cmp.noother", subj(n.subjectOf(p, c)), fig(l), baseName(c)))
			continue
		}
		r := right.Mention
		if !exact(l) || !exact(r) {
			p.uncheckedText(c, l, i18n.M("cmp.inexact", fig(l), fig(r)))
			continue
		}
		scale := min(l.Scale, r.Scale)
		li, ri := valueIn(l, scale), valueIn(r, scale)
		if d, ok := c.Arg(segment.RoleDifference); ok && exact(d.Mention) {
			gap := li.Sub(ri)
			if c.Relation == segment.RelLess {
				gap = gap.Neg()
			}
			ds := scale
			if d.Mention.Kind == segment.KindPoints {
				ds = 0 // 个百分点 between two percentages
			}
			checkFigure(p, c, d.Mention, ds, gap, i18n.M("cmp.diff", fig(l), fig(r), fig(d.Mention)),
				append(figureEvidence(p, n, left), rev)...)
			continue
		}
		sameValue := l.In(scale).D.Equal(r.In(scale).D)
		switch c.Relation {
		case segment.RelGreater, segment.RelLess:
			lo, hi := li, ri // lo must be greater than hi
			word := i18n.M("cmp.word.greater")
			if c.Relation == segment.RelLess {
				lo, hi = ri, li
				word = i18n.M("cmp.word.less")
			}
			switch {
			case lo.Hi.LessThan(hi.Lo):
				p.reportComparison(c, l, Error, r.Value.String(), i18n.M("cmp.not", subj(n.subjectOf(p, c)), fig(l), word, baseName(c), fig(r)), rev)
			case sameValue:
				p.reportComparison(c, l, Warning, r.Value.String(), i18n.M("cmp.same", subj(n.subjectOf(p, c)), fig(l), word, baseName(c), fig(r)), rev)
			default:
				p.Consistent()
			}
		case segment.RelEqual:
			if li.Overlaps(ri) {
				p.Consistent()
				continue
			}
			p.reportComparison(c, l, Error, r.Value.String(), i18n.M("cmp.equal", subj(n.subjectOf(p, c)), fig(l), baseName(c), fig(r)), rev)
		case segment.RelApprox:
			if li.Overlaps(ri) {
				p.Consistent()
				continue
			}
			p.uncheckedText(c, l, i18n.M("cmp.approx", subj(n.subjectOf(p, c)), fig(l), baseName(c), fig(r)), rev)
		}
	}
}

// baseName names the other side of a comparison.
func baseName(c *segment.Claim) i18n.Msg {
	if c.Base != "" {
		return i18n.Text(c.Base)
	}
	return i18n.M("cmp.base")
}

// reportComparison records a failed comparison. Its quote is the sentence
// that makes the claim: when the figures stand in one sentence and the
// words comparing them in the next ("年初预算501.56万元，支出决算为433.69万元
// …。决算数大于年初预算数的主要原因是：…"), it quotes both.
func (p *Pass) reportComparison(c *segment.Claim, at segment.Mention, sev Severity, expected string, msg i18n.Msg, ev ...Evidence) {
	f := p.textFinding(c, at, sev, expected, msg, ev...)
	if s := narrativeOf(p).sentenceAt(c.Source.Block, at.Start); s != nil && s.Start != c.Source.Start {
		both := p.TextEvidence(c.Source.Block, min(s.Start, c.Source.Start), max(s.End, c.Source.End))
		if both.Quote != "" {
			f.Quote = both.Quote
		}
	}
	p.Report(f)
}
