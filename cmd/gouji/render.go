package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/gouji/gouji/extract"
)

// writeDocumentText prints a document for people: each paragraph with its
// page, each table as an aligned grid headed by its title, form id and unit.
func writeDocumentText(w io.Writer, doc *extract.Document) {
	fmt.Fprintf(w, "== %s (%d pages)\n", doc.Source, len(doc.Pages))
	for _, warn := range doc.Warnings {
		if warn.Page > 0 {
			fmt.Fprintf(w, "warning: page %d: %s\n", warn.Page, warn.Message)
		} else {
			fmt.Fprintf(w, "warning: %s\n", warn.Message)
		}
	}
	for _, b := range doc.Blocks {
		switch {
		case b.Paragraph != nil:
			fmt.Fprintf(w, "p%-3d %s\n", b.Paragraph.Page, b.Paragraph.Text)
		case b.Table != nil:
			writeTableText(w, b.Table)
		}
	}
}

func writeTableText(w io.Writer, t *extract.Table) {
	pages := make([]string, len(t.Pages))
	for i, p := range t.Pages {
		pages[i] = fmt.Sprint(p)
	}
	fmt.Fprintf(w, "\np%-3s [table] %s", strings.Join(pages, ","), t.Title)
	if t.FormID != "" {
		fmt.Fprintf(w, "  %s", t.FormID)
	}
	if t.Unit != "" {
		fmt.Fprintf(w, "  单位：%s", t.Unit)
	}
	fmt.Fprintf(w, "  (%d×%d, %d header rows)\n", t.Rows, t.Cols, t.HeaderRows)
	grid := make([][]string, t.Rows)
	for r := range grid {
		grid[r] = make([]string, t.Cols)
	}
	for _, c := range t.Cells {
		if c.Row < t.Rows && c.Col < t.Cols {
			grid[c.Row][c.Col] = c.Text
		}
	}
	widths := make([]int, t.Cols)
	for _, row := range grid {
		for c, s := range row {
			widths[c] = max(widths[c], displayWidth(s))
		}
	}
	for r, row := range grid {
		var b strings.Builder
		for c, s := range row {
			b.WriteString("| ")
			b.WriteString(s)
			b.WriteString(strings.Repeat(" ", widths[c]-displayWidth(s)+1))
		}
		b.WriteString("|")
		fmt.Fprintln(w, b.String())
		if r+1 == t.HeaderRows {
			var sep strings.Builder
			for c := range row {
				sep.WriteString("|" + strings.Repeat("-", widths[c]+2))
			}
			fmt.Fprintln(w, sep.String()+"|")
		}
	}
	for _, n := range t.Notes {
		fmt.Fprintf(w, "     %s\n", n)
	}
	fmt.Fprintln(w)
}

// displayWidth counts East Asian wide characters as two columns, so grids
// line up in a terminal.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x1100 && (r <= 0x115F || r >= 0x2E80 && r <= 0xA4CF || r >= 0xAC00 && r <= 0xD7A3 ||
			r >= 0xF900 && r <= 0xFAFF || r >= 0xFE30 && r <= 0xFE4F || r >= 0xFF00 && r <= 0xFF60 ||
			r >= 0xFFE0 && r <= 0xFFE6 || r >= 0x20000) {
			n += 2
		} else {
			n++
		}
	}
	return n
}
