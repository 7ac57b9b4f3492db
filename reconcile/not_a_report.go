package reconcile

import (
	"strings"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/i18n"
)

// NotAReport warns, once, about a document that does not look like a
// 部门预算 or 部门决算 at all: it prints none of the report's tables and
// none of the words every such report uses (reportWords). Without it, a
// wrong file (a notice, a contract, a misnamed download) passes as clean,
// since no rule finds anything to check in it.
var NotAReport = &Analyzer{
	Name: "not-a-report",
	Doc:  "a document that prints none of the tables of a 部门预算/部门决算 and none of their words (预算, 决算, 财政拨款) is named once (warning): it may be the wrong file",
	Run:  runNotAReport,
}

// reportWords are words every 部门预算/决算 prints, narrative or tables.
var reportWords = []string{"预算", "决算", "财政拨款", "三公"}

func runNotAReport(p *Pass) (any, error) {
	if p.Tables.HasReportTable() || mentionsReport(p.Doc) {
		return nil, nil
	}
	f := Finding{Severity: Warning, Page: 1, Evidence: []Evidence{}}
	f.say(i18n.M("report.not", strings.Join(reportWords, "、")))
	if len(p.Doc.Pages) > 0 {
		f.Page = p.Doc.Pages[0].Number
	}
	for _, b := range p.Doc.Blocks {
		if b.Paragraph != nil && strings.TrimSpace(b.Paragraph.Text) != "" {
			f.Quote, f.Page = firstRunes(b.Paragraph.Text, 60), b.Paragraph.Page
			break
		}
	}
	p.record(f)
	return nil, nil
}

// mentionsReport reports whether any paragraph, table title or cell of
// doc holds one of reportWords.
func mentionsReport(doc *extract.Document) bool {
	has := func(s string) bool {
		for _, w := range reportWords {
			if strings.Contains(s, w) {
				return true
			}
		}
		return false
	}
	for _, b := range doc.Blocks {
		switch {
		case b.Paragraph != nil && has(b.Paragraph.Text):
			return true
		case b.Table != nil && has(b.Table.Title):
			return true
		case b.Table != nil:
			for _, c := range b.Table.Cells {
				if has(c.Text) {
					return true
				}
			}
		}
	}
	return false
}

// firstRunes is s cut to n runes, with "…" when cut.
func firstRunes(s string, n int) string {
	r := []rune(strings.TrimSpace(s))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n]) + "…"
}
