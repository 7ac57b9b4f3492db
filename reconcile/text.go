package reconcile

import (
	"unicode/utf8"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/segment"
)

// Narrative checks plug in like the table checks. claimsAnalyzer
// (narrative.go) turns the narrative into claims (package segment); it is
// not listed in Analyzers(), since it checks nothing, and runs because the
// narrative rules list it in Requires and read its result with
// narrativeOf. narrativeRule (settle.go) builds such an analyzer:
//
//	var Share = narrativeRule("share", "…", func(p *Pass, n *narrative) {
//		for c := range n.claims(segment.ClaimShare) {
//			// judge the claim; p.settle records a claim that holds, is
//			// an estimate or cannot be checked; else
//			// p.reportText(c, figure, severity, expected, message, evidence…).
//		}
//	})
//
// TextPlace, TextPosition and TextEvidence below give a sentence's page,
// line, sort position and evidence; textFinding builds a finding from them.

// paragraph returns the paragraph at block, or nil.
func (p *Pass) paragraph(block int) *extract.Paragraph {
	if p.Doc == nil || block < 0 || block >= len(p.Doc.Blocks) {
		return nil
	}
	return p.Doc.Blocks[block].Paragraph
}

// TextPlace returns the page and the plain-text source line (0 for PDF
// input) of byte offset off in the paragraph at doc.Blocks[block].
func (p *Pass) TextPlace(block, off int) (page, line int) {
	para := p.paragraph(block)
	if para == nil {
		return 0, 0
	}
	l, ok := para.LineAt(off)
	if !ok {
		return para.Page, 0
	}
	return l.Page, l.SourceLine
}

// TextPosition returns the sort position of byte offset off in the
// paragraph at doc.Blocks[block]: findings on one page are ordered by
// block, then offset.
func (p *Pass) TextPosition(block, off int) Position {
	return Position{Block: block, Row: off}
}

// TextEvidence describes the text between byte offsets start and end of
// the paragraph at doc.Blocks[block] (a sentence) as evidence.
func (p *Pass) TextEvidence(block, start, end int) Evidence {
	para := p.paragraph(block)
	if para == nil {
		return Evidence{Kind: EvidenceText}
	}
	start = max(0, min(start, len(para.Text)))
	end = max(start, min(end, len(para.Text)))
	for start > 0 && !utf8.RuneStart(para.Text[start]) {
		start--
	}
	for end < len(para.Text) && !utf8.RuneStart(para.Text[end]) {
		end++
	}
	page, line := p.TextPlace(block, start)
	return Evidence{Kind: EvidenceText, Page: page, Quote: normalizeSpace(para.Text[start:end]), Line: line, File: para.File,
		Paragraph: para.ParagraphAt(start)}
}

// sentenceEvidence is the sentence of a claim as evidence.
func (p *Pass) sentenceEvidence(c *segment.Claim) Evidence {
	return p.TextEvidence(c.Source.Block, c.Source.Start, c.Source.End)
}

// mentionEvidence is one figure of the narrative (its sentence) as
// evidence, with the figure as its value.
func (p *Pass) mentionEvidence(n *narrative, ref int) Evidence {
	if ref < 0 || ref >= len(n.res.Mentions) {
		return Evidence{Kind: EvidenceText}
	}
	m := n.res.Mentions[ref]
	if si := sentenceOf(n, ref); si >= 0 {
		s := n.res.Sentences[si]
		ev := p.TextEvidence(s.Block, s.Start, s.End)
		ev.Value = m.Text
		ev.At = &Position{Block: s.Block, Row: m.Start}
		return ev
	}
	return Evidence{Kind: EvidenceText, Value: m.Text}
}

// textFinding builds a finding that stands at figure at of claim c; its
// quote is the sentence that prints the figure (a claim may run over two
// sentences: 合计…。实际支出…，结转6.8万元。).
func (p *Pass) textFinding(c *segment.Claim, at segment.Mention, sev Severity, expected string, msg i18n.Msg, ev ...Evidence) Finding {
	page, line := p.TextPlace(c.Source.Block, at.Start)
	if page == 0 {
		page = c.Source.Page
	}
	self := p.sentenceEvidence(c)
	quote := c.Source.Text
	if s := narrativeOf(p).sentenceAt(c.Source.Block, at.Start); s != nil && s.Start != c.Source.Start {
		self = p.TextEvidence(s.Block, s.Start, s.End)
		quote = s.Text
	}
	self.Value = at.Text
	return Finding{
		Severity: sev,
		Page:     page,
		Quote:    quote,
		Claimed:  printed(at),
		Expected: expected,
		Unit:     at.Unit,
		Msg:      msg,
		Evidence: append([]Evidence{self}, ev...),
		Pos:      p.TextPosition(c.Source.Block, at.Start),
		Line:     line,
	}
}

// printed is a mention's figure as printed, without separators ("5662.95").
func printed(m segment.Mention) string {
	s := m.Value.String()
	if m.Hi != nil {
		s += "-" + m.Hi.String()
	}
	return s
}

// reportText records a checked claim that failed at figure at.
func (p *Pass) reportText(c *segment.Claim, at segment.Mention, sev Severity, expected string, msg i18n.Msg, ev ...Evidence) {
	p.Report(p.textFinding(c, at, sev, expected, msg, ev...))
}

// uncheckedText records a claim that could not be checked.
func (p *Pass) uncheckedText(c *segment.Claim, at segment.Mention, msg i18n.Msg, ev ...Evidence) {
	p.Unchecked(p.textFinding(c, at, Info, "", msg, ev...))
}

// figureEvidence lists the figures a check read from the narrative, one
// entry each with the sentence that prints it. A figure read from a table
// (Ref −1) is left out: its cell is evidence of its own.
func figureEvidence(p *Pass, n *narrative, args ...segment.Arg) []Evidence {
	var out []Evidence
	for _, a := range args {
		if a.Ref >= 0 {
			out = append(out, p.mentionEvidence(n, a.Ref))
		}
	}
	return out
}
