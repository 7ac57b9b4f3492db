package main

import (
	"strconv"
	"strings"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/i18n"
)

// A draft has no pages: its size is said in paragraphs (a Word document)
// and sheets (a workbook).

// draftSize counts a document's Word paragraphs (the highest paragraph
// number of each file) and the workbook sheets its tables come from.
func draftSize(doc *extract.Document) (paragraphs, sheets int) {
	last := map[string]int{}
	seen := map[[2]string]bool{}
	for _, b := range doc.Blocks {
		switch {
		case b.Paragraph != nil:
			for _, l := range b.Paragraph.Lines {
				last[b.Paragraph.File] = max(last[b.Paragraph.File], l.Paragraph)
			}
		case b.Table != nil:
			if b.Table.Sheet != "" {
				seen[[2]string{b.Table.File, b.Table.Sheet}] = true
			}
			for _, c := range b.Table.Cells {
				last[b.Table.File] = max(last[b.Table.File], c.Paragraph)
			}
		}
	}
	for _, n := range last {
		paragraphs += n
	}
	return paragraphs, len(seen)
}

// sizeText says a document's size in language l: its pages, paragraphs
// and sheets, those it has ("12 pages"; "2232 paragraphs, 9 sheets");
// "0 pages" when it has none.
func sizeText(pages, paragraphs, sheets int, l i18n.Lang) string {
	var parts []string
	if pages > 0 || paragraphs+sheets == 0 {
		parts = append(parts, tr(l, "cli.pages", pages))
	}
	if paragraphs > 0 {
		parts = append(parts, tr(l, "cli.paragraphs", paragraphs))
	}
	if sheets > 0 {
		parts = append(parts, tr(l, "cli.sheets", sheets))
	}
	return strings.Join(parts, tr(l, "cli.sep.comma"))
}

// placeOfParagraph is where extract's text prints a paragraph: its page
// (p3), or its Word paragraph (¶12); nothing for a workbook's line.
func placeOfParagraph(p *extract.Paragraph) string {
	switch n := p.ParagraphAt(0); {
	case p.Page > 0:
		return "p" + strconv.Itoa(p.Page)
	case n > 0:
		return "¶" + strconv.Itoa(n)
	}
	return ""
}

// placeOfTable is where extract's text prints a table: its pages
// (p3,4), its sheet («公开01表»), or its first Word paragraph (¶40).
func placeOfTable(t *extract.Table) string {
	switch {
	case t.Sheet != "":
		return "«" + t.Sheet + "»"
	case len(t.Pages) > 0 && t.Pages[0] > 0:
		pages := make([]string, len(t.Pages))
		for i, p := range t.Pages {
			pages[i] = strconv.Itoa(p)
		}
		return "p" + strings.Join(pages, ",")
	}
	for _, c := range t.Cells {
		if c.Paragraph > 0 {
			return "¶" + strconv.Itoa(c.Paragraph)
		}
	}
	return "p0"
}
