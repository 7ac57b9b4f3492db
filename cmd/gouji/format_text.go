package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/reconcile"
	"github.com/gouji/gouji/report"
	"github.com/gouji/gouji/segment"
)

// textWriter prints each result for people as soon as it is done.
type textWriter[T any] struct {
	out   io.Writer
	print func(io.Writer, T)
}

// textWriterOf returns the constructor of a text writer that prints each
// result with print.
func textWriterOf[T any](print func(io.Writer, T)) func(io.Writer) writer[T] {
	return func(out io.Writer) writer[T] { return textWriter[T]{out, print} }
}

func (t textWriter[T]) write(r T) error {
	t.print(t.out, r)
	return nil
}

func (t textWriter[T]) close() error { return nil }

// writeCheckResult prints one file's check; a file that could not be read
// has its line on stderr only.
func writeCheckResult(w io.Writer, r fileResult) {
	if r.doc.Error != nil {
		return
	}
	if len(r.doc.Parts) > 1 {
		fmt.Fprintln(w, tr(r.lang, "cli.joined", strings.Join(r.doc.Parts, " + ")))
	}
	writeCheckText(w, r.doc.File, r.doc, r.stats, r.byLine, r.skipped, r.lang)
}

// writeFindingText prints one finding like a compiler: FILE:PAGE
// (FILE:LINE for a text source), severity, rule and message, then the
// quote, the claimed and expected figures and each piece of evidence.
func writeFindingText(w io.Writer, path string, f reconcile.Finding, byLine bool, l i18n.Lang) {
	loc := fmt.Sprint(f.Page)
	if byLine && f.Line > 0 {
		loc = fmt.Sprint(f.Line)
	}
	if f.Paragraph > 0 {
		loc = paragraphLoc(f.Paragraph)
	} else if len(f.Evidence) > 0 && f.Evidence[0].Cell != "" {
		loc = f.Evidence[0].Cell
	}
	fmt.Fprintf(w, "%s:%s: %s %s: %s\n", findingFile(path, f), loc, severityWord(f.Severity, l), f.Rule, f.Message)
	if f.Quote != "" {
		fmt.Fprintf(w, "    | %s\n", f.Quote)
	}
	if f.Claimed != "" || f.Expected != "" {
		unit := ""
		if f.Unit != "" {
			unit = " " + f.Unit
		}
		fmt.Fprint(w, tr(l, "cli.claimed", orEmptyIn(f.Claimed, l), unit, orEmptyIn(f.Expected, l), unit))
	}
	for _, e := range f.Evidence {
		fmt.Fprintf(w, "    %s\n", evidenceLineIn(path, e, byLine, l))
	}
}

// writeCheckText prints findings like a compiler: FILE:PAGE (FILE:LINE for
// a text source), severity, rule and message, then the quote, the claimed
// and expected figures and each piece of evidence; and a summary line;
// in language l.
func writeCheckText(w io.Writer, path string, rep jsonDocument, st reconcile.Stats, byLine bool, skipped []string, l i18n.Lang) {
	writeUnread(w, path, rep.Findings, l)
	count := map[reconcile.Severity]int{}
	for _, f := range rep.Findings {
		count[f.Severity]++
		writeFindingText(w, path, f, byLine, l)
	}
	pages := tr(l, "cli.pages", rep.Pages)
	if len(skipped) > 0 {
		pages += tr(l, "cli.pages.skipped", len(skipped), strings.Join(skipped, " "))
	}
	line := tr(l, "cli.fileline", path+identityNote(rep.Report), pages, rep.Tables, st.Claims, st.Checked, st.Consistent,
		countWord(count[reconcile.Error], reconcile.Error, l), countWord(count[reconcile.Warning], reconcile.Warning, l))
	if n := count[reconcile.Info]; n > 0 {
		line += tr(l, "cli.sep.comma") + countWord(n, reconcile.Info, l)
	}
	fmt.Fprintln(w, line)
}

// severityWord names a severity in language l: error, 错误.
func severityWord(s reconcile.Severity, l i18n.Lang) string {
	return tr(l, i18n.ID("sev."+s.String()))
}

// countWord counts findings of a severity in language l: "2 errors",
// "1 warning", "错误2个".
func countWord(n int, s reconcile.Severity, l i18n.Lang) string {
	if l == i18n.En {
		return plural(n, s.String())
	}
	return tr(l, i18n.ID("cli.count."+s.String()), n)
}

// orEmptyIn is s, or for an empty figure the word for it in language l.
func orEmptyIn(s string, l i18n.Lang) string {
	if s == "" {
		return tr(l, "cli.empty")
	}
	return s
}

// identityNote is the report's identity as the summary line prints it
// after the file name: " (部门决算 2024 上海市普陀区财政局)", or "" when
// its kind is unknown.
func identityNote(id *report.Identity) string {
	if id == nil || id.Kind == report.KindUnknown {
		return ""
	}
	return " (" + id.String() + ")"
}

// findingFile is the file a finding stands in: in a report checked as
// several files (--one-report), the file of its first evidence that names
// one (the claimed figure comes first), else the report's.
func findingFile(path string, f reconcile.Finding) string {
	for _, e := range f.Evidence {
		if e.File != "" {
			return e.File
		}
	}
	return path
}

// evidenceLine prints one piece of evidence: its page (FILE pN when it
// names its file, in a report checked as several files) or its line.
func evidenceLine(path string, e reconcile.Evidence, byLine bool) string {
	return evidenceLineIn(path, e, byLine, i18n.En)
}

// evidenceLineIn is evidenceLine in language l.
func evidenceLineIn(path string, e reconcile.Evidence, byLine bool, l i18n.Lang) string {
	loc := tr(l, "cli.ev.page", e.Page)
	if e.File != "" {
		loc = e.File + " " + loc
		path = e.File
	}
	if byLine && e.Line > 0 {
		loc = fmt.Sprintf("%s:%d", path, e.Line)
	}
	if e.Paragraph > 0 || e.Cell != "" {
		loc = draftLoc(e)
		if e.File != "" {
			loc = e.File + " " + loc
		}
	}
	if e.Kind == "text" {
		if e.Value == "" {
			return tr(l, "cli.ev.text", loc, e.Quote)
		}
		value := e.Value
		if e.Times > 1 {
			value += fmt.Sprintf(" ×%d", e.Times)
		}
		return tr(l, "cli.ev.textvalue", loc, e.Quote, value)
	}
	return tr(l, "cli.ev.table", loc, e.Table, e.Row, e.Column, orEmptyIn(e.Value, l))
}

func plural(n int, word string) string {
	if n == 1 || word == "info" {
		return fmt.Sprintf("%d %s", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func writeClaimStats(w io.Writer, r *segment.Result) {
	st := r.Stats
	fmt.Fprintf(w, "== %s\n", r.Source)
	fmt.Fprintf(w, "coverage %s: %d of %d narrative numbers belong to a claim (%d other numbers: years, dates, ordinals, codes)\n",
		st.Coverage(), st.Claimed, st.Numbers, st.Other)
	for _, k := range st.ByKind {
		if k.Numbers == 0 {
			continue
		}
		fmt.Fprintf(w, "  %-9s %4d of %4d\n", k.Kind, k.Claimed, k.Numbers)
	}
	var parts []string
	total := 0
	for _, c := range st.Claims {
		parts = append(parts, fmt.Sprintf("%s %d", c.Kind, c.Count))
		total += c.Count
	}
	fmt.Fprintf(w, "claims %d: %s\n", total, strings.Join(parts, ", "))
	fmt.Fprintf(w, "sentences with unclaimed numbers: %d of %d\n", len(r.Unclaimed), st.Sentences)
}

func writeClaimsText(w io.Writer, r *segment.Result) {
	head := r.Source
	if r.ReportKind != "" || r.ReportYear != 0 {
		head += fmt.Sprintf(" (%s %d)", r.ReportKind, r.ReportYear)
	}
	fmt.Fprintf(w, "== %s: %d claims, coverage %s\n", head, len(r.Claims), r.Stats.Coverage())
	for _, c := range r.Claims {
		fmt.Fprintf(w, "p%-3d #%-4d %-10s %s\n", c.Source.Page, c.ID, c.Kind, describeClaim(c))
	}
	if len(r.Unclaimed) > 0 {
		fmt.Fprintf(w, "-- sentences with numbers no claim uses: %d\n", len(r.Unclaimed))
		for _, u := range r.Unclaimed {
			s := r.Sentences[u.Sentence]
			var nums []string
			for _, mi := range u.Mentions {
				nums = append(nums, r.Mentions[mi].Text)
			}
			fmt.Fprintf(w, "p%-3d [%s] %s\n", s.Page, strings.Join(nums, " "), s.Text)
		}
	}
	fmt.Fprintln(w)
}

func describeClaim(c segment.Claim) string {
	var b strings.Builder
	subj := c.Subject.Text
	if subj == "" {
		subj = "-"
	}
	b.WriteString(subj)
	if c.Subject.Level != "" {
		fmt.Fprintf(&b, " [%s %s]", c.Subject.Level, c.Subject.Canonical)
	}
	if c.Subject.Inherited {
		b.WriteString(" ^")
	}
	if c.Aspect != "" {
		fmt.Fprintf(&b, " {%s}", c.Aspect)
	}
	if c.Whole != nil {
		fmt.Fprintf(&b, " of %q", c.Whole.Text)
	}
	if c.Direction != "" {
		fmt.Fprintf(&b, " %s", c.Direction)
	}
	if c.Relation != "" {
		fmt.Fprintf(&b, " %s", c.Relation)
	}
	if c.Base != "" {
		fmt.Fprintf(&b, " vs %s", c.Base)
	}
	if c.Date != nil {
		fmt.Fprintf(&b, " %s", formatDate(c.Date, c.DateEnd))
	}
	b.WriteString(":")
	for _, a := range c.Args {
		fmt.Fprintf(&b, " %s=%s", a.Role, a.Mention.Text)
		if a.Sign < 0 {
			b.WriteString("(-)")
		}
		if a.Times > 1 {
			fmt.Fprintf(&b, "×%d", a.Times)
		}
		if a.Subject != nil && a.Subject.Text != "" && a.Subject.Text != c.Subject.Text {
			fmt.Fprintf(&b, "(%s)", a.Subject.Text)
		}
	}
	return b.String()
}

func formatDate(d, end *segment.Date) string {
	f := func(d *segment.Date) string {
		var parts []string
		if d.Year > 0 {
			parts = append(parts, fmt.Sprintf("%d", d.Year))
		}
		if d.Month > 0 {
			parts = append(parts, fmt.Sprintf("%02d", d.Month))
		}
		if d.Day > 0 {
			parts = append(parts, fmt.Sprintf("%02d", d.Day))
		}
		return strings.Join(parts, "-")
	}
	s := f(d)
	if end != nil {
		s += ".." + f(end)
	}
	return s
}

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

// writeUnread says first which tables were not understood, and so not
// checked, before any finding: a person must know what gouji did not
// check before reading what it found.
func writeUnread(w io.Writer, path string, findings []reconcile.Finding, l i18n.Lang) {
	var names []string
	for _, f := range findings {
		if f.Rule == reconcile.TableUnread.Name {
			names = append(names, tr(l, "cli.unread.table", f.Quote, f.Page))
		}
	}
	if len(names) > 0 {
		fmt.Fprintln(w, tr(l, "cli.unread", path, strings.Join(names, tr(l, "cli.sep.semicolon"))))
	}
}

// writeTablesText prints each table of a report as the checks read it
// (gouji extract --tables), for comparing with the page.
func writeTablesText(w io.Writer, doc tablesDocument) {
	fmt.Fprintf(w, "== %s (%d tables)\n", doc.File, len(doc.Tables))
	for _, v := range doc.Tables {
		v.WriteText(w)
	}
}

// paragraphLoc names a paragraph of a Word document: ¶12.
func paragraphLoc(n int) string { return fmt.Sprintf("¶%d", n) }

// draftLoc names where a piece of evidence stands in a draft: its
// worksheet cell (公开05表!C17) or its paragraph (¶12).
func draftLoc(e reconcile.Evidence) string {
	if e.Cell != "" {
		return e.Cell
	}
	return paragraphLoc(e.Paragraph)
}
