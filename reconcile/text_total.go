package reconcile

import (
	"strings"

	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/num"
	"github.com/gouji/gouji/segment"
	"github.com/shopspring/decimal"
)

// ItemsTotal checks that amounts listed with a total add up to it. A list
// closed by 合计/共计 (relation sum), or an of-which list that names its
// remainder (其他…), must add up to its total exactly, under the interval
// rule; any other of-which list (其中, 包括) may leave parts out but may not
// exceed its total. Items in 元 and a total in 万元 are compared in the
// total's unit; an item printed with 各 counts once per recipient
// ("天元区、芦淞区、茶陵县各30万元" is 90万元). A list that adds up only with
// one figure shifted by 10^4 is left to unit-slip. A change explained by
// the changes that make it up ("比上年减少115.71万元，原因是人员经费减少
// 117.71万元；日常公用经费减少2.40万元；…") must be their sum, signed.
var ItemsTotal = narrativeRule("items-total",
	"amounts listed with a total (合计, 共计, 其中) add up to it; of-which parts do not exceed it",
	func(p *Pass, n *narrative) {
		checkTotals(p, n, true)
		checkChangeReasons(p, n)
	})

// checkTotals checks the total claims of money (money set) or of counts
// and quantities.
func checkTotals(p *Pass, n *narrative, money bool) {
	for c := range n.claims(segment.ClaimTotal) {
		e := evalTotal(c, money)
		if e == nil {
			continue
		}
		tot := e.total.Mention
		what := subj(n.totalSubject(p, c, tot))
		if p.settle(c, tot, e.outcome, i18n.M("total.what", fig(tot), what)) {
			continue
		}
		exp := expectedExact(tot.In(e.scale), e.sum)
		if exactCount(tot) {
			exp = e.sum.Lo.String()
		}
		ev := itemEvidence(p, n, e)
		if e.exhaustive {
			p.reportText(c, tot, severityOf(e.v), exp, i18n.M("total.bad",
				what, fig(tot), len(e.items), i18n.Num(exp), tot.Unit, truncNote(e.v)), ev...)
			continue
		}
		if !money && e.v == vBad {
			// Counts of one total often overlap (先进制造业项目 and 亿元以上项目
			// are both 新签约项目): an of-which list without its remainder
			// that exceeds the total may be categories, not parts.
			p.uncheckedText(c, tot, i18n.M("total.overlap",
				what, fig(tot), i18n.Num(exp), tot.Unit), ev...)
			continue
		}
		p.reportText(c, tot, severityOf(e.v), exp, i18n.M("total.ofwhich",
			what, i18n.Num(exp), tot.Unit, fig(tot), truncNote(e.v)), ev...)
	}
}

// itemEvidence lists the items of a total as evidence, one entry per
// figure: its value the figure as printed, its quote the sentence that
// prints it, and Times its 各 multiplier ("天元区、芦淞区、茶陵县各30万元"
// counts 3 times).
func itemEvidence(p *Pass, n *narrative, e *totalEval) []Evidence {
	out := make([]Evidence, 0, len(e.items))
	for _, it := range e.items {
		ev := p.mentionEvidence(n, it.Ref)
		if it.Times > 1 {
			ev.Times = it.Times
		}
		out = append(out, ev)
	}
	return out
}

// changeReasons is a change and the changes its sentence gives as its
// reasons.
type changeReasons struct {
	change  *segment.Claim
	delta   segment.Arg
	reasons []*segment.Claim
}

// checkChangeReasons checks every change whose sentence goes on to give
// its reasons as changes: "支出327.45万元，比上年减少115.71万元，原因是人员经
// 费减少117.71万元；日常公用经费减少2.40万元；专项业务费减少37.45万元" says
// −117.71 − 2.40 − 37.45 = −115.71. The reasons add up, increases less
// decreases, to the change. A finding is a warning: the writer may have
// left a reason out.
func checkChangeReasons(p *Pass, n *narrative) {
	for si := range n.res.Sentences {
		r := reasonsOf(p, n, si)
		if r == nil {
			continue
		}
		d := r.delta.Mention
		sum := num.Point(decimal.Zero)
		for _, c := range r.reasons {
			v, _ := c.Arg(segment.RoleDelta)
			iv := valueIn(v.Mention, d.Scale)
			if c.Direction != r.change.Direction {
				iv = iv.Neg()
			}
			sum = sum.Add(iv)
		}
		if judgeValue(d, d.Scale, sum) == vOK {
			p.Consistent()
			continue
		}
		var ev []Evidence
		for _, c := range r.reasons {
			v, _ := c.Arg(segment.RoleDelta)
			ev = append(ev, p.mentionEvidence(n, v.Ref))
		}
		exp := expectedExact(d.Value, sum)
		p.reportText(r.change, d, Warning, exp, i18n.M("total.reasons",
			subj(n.subjectOf(p, r.change)), directionVerb(r.change.Direction), fig(d), len(r.reasons), i18n.Num(exp), d.Unit), ev...)
	}
}

// directionVerb names a direction of change.
func directionVerb(d segment.Direction) i18n.Msg {
	if d == segment.DirDown {
		return i18n.M("total.word.falls")
	}
	return i18n.M("total.word.rises")
}

// reasonsOf returns the change of sentence si and its reasons, or nil.
// The reasons follow 原因是 (原因为, 原因：) after the change, to the end of
// the sentence and of those it runs on into after a semicolon; a list of
// main reasons (主要原因) may leave some out and is not checked, nor one
// with sub-items (其中), nor one that prints an amount that is not a
// change ("原因是2021年度办公设备购置预算20万元，2022年…增加50万元"): its
// figures are not all reasons. Reasons in brackets detail another reason.
func reasonsOf(p *Pass, n *narrative, si int) *changeReasons {
	s := &n.res.Sentences[si]
	at := strings.Index(s.Text, "原因")
	if at < 0 || strings.Contains(s.Text[:at], "原因") || p.Doc == nil || s.Block < 0 || s.Block >= len(p.Doc.Blocks) || p.Doc.Blocks[s.Block].Paragraph == nil {
		return nil
	}
	text := p.Doc.Blocks[s.Block].Paragraph.Text
	marker := s.Start + at
	claims := append([]int(nil), s.Claims...)
	end, last := s.End, si
	for k := si + 1; k < len(n.res.Sentences) && n.res.Sentences[k].Block == s.Block && runsOn(n.res.Sentences[k-1].Text); k++ {
		claims = append(claims, n.res.Sentences[k].Claims...)
		end, last = n.res.Sentences[k].End, k
	}
	if end > len(text) || marker > end {
		return nil
	}
	rest := text[marker:end]
	if strings.Contains(lastRunes(s.Text[:at], 3), "主要") || strings.Contains(rest, "主要") || strings.Contains(rest, "其中") {
		return nil
	}
	r := &changeReasons{}
	used := map[int]bool{}
	for _, ci := range claims {
		c := n.claim(ci)
		if c == nil || c.Kind != segment.ClaimChange {
			continue
		}
		d, ok := c.Arg(segment.RoleDelta)
		if !ok || !isMoney(d.Mention) || !exact(d.Mention) || (c.Direction != segment.DirUp && c.Direction != segment.DirDown) {
			continue
		}
		if d.Mention.Start < marker {
			r.change, r.delta, r.reasons = c, d, nil
			continue
		}
		if r.change == nil || d.Mention.Start > end || inBrackets(text[marker:d.Mention.Start]) {
			continue
		}
		if !sameBase(d.Mention, r.delta.Mention) {
			return nil
		}
		r.reasons = append(r.reasons, c)
		for _, a := range c.Args {
			used[a.Ref] = true
		}
	}
	if r.change == nil || len(r.reasons) < 2 || strayAmount(n, text, si, last, marker, used) {
		return nil
	}
	return r
}

// runsOn reports whether a sentence ends with a semicolon: the next one
// goes on with its list.
func runsOn(t string) bool {
	t = strings.TrimSpace(t)
	return strings.HasSuffix(t, "；") || strings.HasSuffix(t, ";")
}

// inBrackets reports whether text leaves a bracket open.
func inBrackets(text string) bool {
	open := strings.Count(text, "（") + strings.Count(text, "(")
	closed := strings.Count(text, "）") + strings.Count(text, ")")
	return open > closed
}

// strayAmount reports whether sentences from..to of a paragraph print,
// after offset at, an amount outside brackets that none of the reasons
// uses.
func strayAmount(n *narrative, text string, from, to, at int, used map[int]bool) bool {
	for k := from; k <= to; k++ {
		for _, ref := range n.res.Sentences[k].Mentions {
			if ref < 0 || ref >= len(n.res.Mentions) || used[ref] {
				continue
			}
			m := n.res.Mentions[ref]
			if m.Start < at || !isMoney(m) || m.Start > len(text) {
				continue
			}
			if !inBrackets(text[at:m.Start]) {
				return true
			}
		}
	}
	return false
}
