package reconcile

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/num"
	"github.com/gouji/gouji/segment"
)

// CountRate checks a rate worked out from counts: "退休人员共1167人，完成
// 1164份档案数字化整理及移交，完成率为99.74%" (1164 / 1167 = 99.74%). The
// rate's word names the act counted (完成率: 完成); the count it is of is
// the nearest whole count before the rate whose words name that act (完成
// 1164份, not 未完成3人), with no other rate between them; the whole is a
// whole count printed before it, at least as large. The rate holds when
// one such whole gives it. When none does and its sentence prints a single
// one, that is the whole, and the rate is wrong; otherwise it is
// unchecked. Rates whose figures are money are completion's.
var CountRate = narrativeRule("count-rate",
	"a rate of counts (完成N份 of M人, 完成率x%) is N divided by M",
	checkCountRates)

func checkCountRates(p *Pass, n *narrative) {
	for c, pct := range n.rates(segment.ClaimCompletion) {
		if _, ok := argOrLink(n, c, segment.RoleActual, "actual"); ok || !exact(pct) {
			continue
		}
		para := p.paragraph(c.Source.Block)
		if para == nil {
			continue
		}
		verb := rateVerb(textBefore(p, c.Source.Block, pct.Start))
		if verb == "" {
			continue
		}
		refs := blockMentions(n, c.Source.Block)
		k := countOfAct(n, para.Text, refs, pct, verb)
		if k < 0 {
			continue
		}
		judgeCountRate(p, n, c, pct, refs, k)
	}
}

// judgeCountRate judges rate pct of the count refs[k] against the whole
// counts before it.
func judgeCountRate(p *Pass, n *narrative, c *segment.Claim, pct segment.Mention, refs []int, k int) {
	part := n.res.Mentions[refs[k]]
	partSent := sentenceOf(n, refs[k])
	var wholes []int // refs
	inSentence := 0
	for _, r := range refs[:k] {
		m := n.res.Mentions[r]
		if !exactCount(m) || m.Value.D.LessThan(part.Value.D) {
			continue
		}
		if ratio, ok := ratioOfCounts(part, m); ok && judge(pct, 0, ratio) != vBad {
			p.Consistent()
			return
		}
		wholes = append(wholes, r)
		if sentenceOf(n, r) == partSent {
			inSentence++
		}
	}
	if inSentence != 1 {
		p.uncheckedText(c, pct, i18n.M("countrate.nobase", fig(pct), n.subjectOf(p, c)))
		return
	}
	whole := n.res.Mentions[wholes[len(wholes)-1]]
	ratio, _ := ratioOfCounts(part, whole)
	exp := expectedRatio(pct.Value, ratio)
	p.reportText(c, pct, Error, exp, i18n.M("countrate.bad", rateWord(p, c, pct), n.subjectOf(p, c), fig(pct), fig(part), fig(whole), i18n.Num(exp)),
		p.mentionEvidence(n, refs[k]), p.mentionEvidence(n, wholes[len(wholes)-1]))
}

// ratioOfCounts is part / whole of two counts, whatever their measure words
// (1164份 of 1167人).
func ratioOfCounts(part, whole segment.Mention) (num.Interval, bool) {
	return pctInterval(part.In(0).Exact(), whole.In(0).Exact())
}

// textBefore returns the text of the paragraph at block before offset
// off; when that is only a few characters, the previous paragraph's text
// before it, as a page break may cut a sentence ("…完成率为" | "99.74%").
func textBefore(p *Pass, block, off int) string {
	para := p.paragraph(block)
	if para == nil || off > len(para.Text) {
		return ""
	}
	s := para.Text[:off]
	if strings.TrimSpace(s) == "" {
		if prev := p.paragraph(block - 1); prev != nil {
			s = prev.Text + s
		}
	}
	return s
}

// rateVerb returns the act a rate names, text ending right before its
// figure: the two characters before 率 in "完成率为" (完成), or "".
func rateVerb(text string) string {
	s := strings.TrimRightFunc(text, unicode.IsSpace)
	for _, w := range []string{"达到", "为", "达", "是", "：", ":"} {
		s = strings.TrimSuffix(s, w)
	}
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	if !strings.HasSuffix(s, "率") {
		return ""
	}
	s = strings.TrimSuffix(s, "率")
	var rs []rune
	for len(rs) < 2 && s != "" {
		r, size := utf8.DecodeLastRuneInString(s)
		if !unicode.Is(unicode.Han, r) {
			break
		}
		rs = append([]rune{r}, rs...)
		s = s[:len(s)-size]
	}
	if len(rs) < 2 {
		return ""
	}
	return string(rs)
}

// countOfAct returns the index in refs of the whole count the rate pct
// is of: the nearest before it whose words (since the figure before it)
// name the act verb and do not deny it (未完成). −1 when another rate or
// no such count comes first.
func countOfAct(n *narrative, text string, refs []int, pct segment.Mention, verb string) int {
	for i := len(refs) - 1; i >= 0; i-- {
		m := n.res.Mentions[refs[i]]
		if m.Start >= pct.Start {
			continue
		}
		if m.Kind == segment.KindPercent {
			return -1
		}
		if !exactCount(m) {
			continue
		}
		lo := 0
		if i > 0 {
			lo = min(n.res.Mentions[refs[i-1]].End, m.Start)
		}
		lead := text[lo:m.Start]
		if strings.Contains(lead, verb) && !strings.Contains(lead, "未"+verb) {
			return i
		}
	}
	return -1
}

// blockMentions lists the mentions of the paragraph at block, in order.
func blockMentions(n *narrative, block int) []int {
	var out []int
	for _, s := range n.res.Sentences {
		if s.Block == block {
			out = append(out, s.Mentions...)
		}
	}
	return out
}

// rateWord is a rate's own word (完成率), for messages.
func rateWord(p *Pass, c *segment.Claim, pct segment.Mention) string {
	if v := rateVerb(textBefore(p, c.Source.Block, pct.Start)); v != "" {
		return v + "率"
	}
	return "rate"
}
