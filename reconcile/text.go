package reconcile

import (
	"unicode/utf8"

	"github.com/gouji/gouji/extract"
)

// Narrative checks plug in like the table checks. claimsAnalyzer
// (text_claims.go) turns the narrative into claims (package segment); it is
// not listed in Analyzers(), since it checks nothing, and runs because the
// narrative rules list it in Requires and read its result with
// narrativeOf:
//
//	var Share = &Analyzer{Name: "share", Doc: "…",
//		Requires: []*Analyzer{claimsAnalyzer},
//		Run: func(p *Pass) (any, error) {
//			n := narrativeOf(p)
//			for i := range n.res.Claims {
//				// judge the claim; then p.Consistent(),
//				// p.reportText(c, figure, severity, expected, message, evidence…)
//				// or p.uncheckedText(c, figure, why) when it cannot be checked.
//			}
//			return nil, nil
//		}}
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
	page = para.Page
	for _, l := range para.Lines {
		if l.Start > off {
			break
		}
		page, line = l.Page, l.SourceLine
	}
	return page, line
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
		return Evidence{Kind: "text"}
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
	return Evidence{Kind: "text", Page: page, Quote: normalizeSpace(para.Text[start:end]), Line: line}
}
