package extract

import (
	"bufio"
	"bytes"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"
)

// ReadText reads a report in the plain-text form other extractors produce
// (the seed format): paragraphs separated by blank lines, one table row per
// line with cells separated by tabs, a form feed between pages. Page breaks
// inside a paragraph or a table show as a blank line; they are rejoined the
// way the PDF reader rejoins them.
func ReadText(name string, r io.Reader) (*Document, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, &InputError{File: name, Class: ErrTruncated, Detail: err.Error()}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &InputError{File: name, Class: ErrEmpty}
	}
	if !utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0 {
		return nil, &InputError{File: name, Class: ErrNotPDF, Detail: "text is not UTF-8"}
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	tr := textReader{doc: &Document{Source: name}, page: 1}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	lineNo := 0
	for sc.Scan() {
		lineNo++
		tr.line(sc.Text(), lineNo)
	}
	if err := sc.Err(); err != nil {
		return nil, &InputError{File: name, Class: ErrNotPDF, Detail: err.Error()}
	}
	tr.flushTable()
	for p := 1; p <= tr.page; p++ {
		tr.doc.Pages = append(tr.doc.Pages, Page{Number: p})
	}
	return tr.doc, nil
}

// textReader holds the state of ReadText between lines.
type textReader struct {
	doc  *Document
	page int
	// blank is set after a blank line: the next text may continue a
	// paragraph or table broken by a page break.
	blank bool
	// rows and rowLines collect the current table's rows.
	rows     [][]string
	rowLines []int
	rowPage  []int
	// meta gathers title, form id and unit from lines above a table.
	meta metaLines
	// table is the last table flushed, which a following page may continue;
	// lastRowCells is the number of cells of its last row as printed (a
	// continuation has as many); notes is set while 注 lines below it are
	// read.
	table        *Table
	lastRowCells int
	notes        bool
}

// noteItemPattern matches a numbered note item ("2. 本套报表…") that may
// follow a blank line under "注：1. …".
var noteItemPattern = regexp.MustCompile(`^\d+[.、．]\s*\D`)

var markupPattern = regexp.MustCompile(`^(?:[-*]\s+|#+\s+)|\*\*`)

func (tr *textReader) line(raw string, lineNo int) {
	if strings.Contains(raw, "\f") {
		parts := strings.Split(raw, "\f")
		for i, p := range parts {
			if i > 0 {
				tr.page++
				tr.blank = true
			}
			tr.line(p, lineNo)
		}
		return
	}
	if strings.Contains(raw, "\t") {
		cells := strings.Split(strings.TrimRight(raw, "\r"), "\t")
		if len(tr.rows) == 0 && isMetaRow(cells) {
			for _, c := range cells {
				tr.meta.m.readLine(Normalize(c))
			}
			tr.blank = false
			return
		}
		if len(tr.rows) > 0 && tr.blank && len(cells) != len(tr.rows[len(tr.rows)-1]) {
			// A blank line and a different number of cells: the next
			// table starts.
			tr.flushTable()
		}
		if len(tr.rows) == 0 && tr.table != nil && tr.blank && tr.continues(cells) {
			// A page break inside a table: reopen it.
			tr.reopen()
		}
		for i := range cells {
			cells[i] = Normalize(cells[i])
		}
		tr.rows = append(tr.rows, cells)
		tr.rowLines = append(tr.rowLines, lineNo)
		tr.rowPage = append(tr.rowPage, tr.page)
		tr.blank = false
		tr.notes = false
		return
	}
	text := Normalize(markupPattern.ReplaceAllString(raw, ""))
	if text == "" {
		tr.blank = true
		return
	}
	if len(tr.rows) > 0 {
		tr.flushTable()
	}
	if tr.table != nil && (strings.HasPrefix(text, "注") || tr.notes && (!tr.blank || noteItemPattern.MatchString(text))) {
		tr.table.Notes = append(tr.table.Notes, text)
		tr.notes = true
		tr.blank = false
		return
	}
	tr.notes = false
	if tr.table != nil && !tr.blank {
		tr.table = nil
	}
	if tr.blank && tr.joinParagraph(text, lineNo) {
		tr.blank = false
		return
	}
	tr.blank = false
	if tr.metaLine(text) {
		return
	}
	// Narrative between a title and a table means the title was not the
	// table's: forget it.
	tr.meta = metaLines{}
	tr.doc.Blocks = append(tr.doc.Blocks, Block{Paragraph: &Paragraph{
		Page:  tr.page,
		Text:  text,
		Lines: []Line{{Page: tr.page, Text: text, SourceLine: lineNo}},
	}})
}

// metaLine records text that describes the next table and reports whether
// it was such text (see metaLines.line).
func (tr *textReader) metaLine(text string) bool {
	return tr.meta.line(tr.doc, text, &Paragraph{Page: tr.page, Text: text, Lines: []Line{{Page: tr.page, Text: text}}})
}

// continues reports whether a row after a blank line carries on the last
// table: same number of columns and no title in between.
func (tr *textReader) continues(cells []string) bool {
	m := tr.meta.m
	m.Dept = "" // a 部门：… line repeated on each page starts no table
	return m == (tableMeta{}) && len(cells) == tr.lastRowCells
}

// reopen moves the last table's rows back into the row buffer so the rows
// after a page break are added to it.
func (tr *textReader) reopen() {
	t := tr.table
	n := len(tr.doc.Blocks) - 1
	for n >= 0 && tr.doc.Blocks[n].Table != t {
		n--
	}
	if n < 0 {
		return
	}
	tr.doc.Blocks = tr.doc.Blocks[:n]
	g := t.Grid()
	for r := 0; r < t.Rows; r++ {
		row := make([]string, t.Cols)
		line := 0
		page := t.Pages[0]
		for c := 0; c < t.Cols; c++ {
			if cell := g[r][c]; cell != nil && cell.Col == c {
				row[c] = cell.Text
				line = cell.SourceLine
				page = cell.Page
			}
		}
		tr.rows = append(tr.rows, row)
		tr.rowLines = append(tr.rowLines, line)
		tr.rowPage = append(tr.rowPage, page)
	}
	tr.meta = metaLines{m: tableMeta{Title: t.Title, FormID: t.FormID, Unit: t.Unit, Dept: t.Dept}, at: n}
	tr.table = nil
}

// joinParagraph appends text to the previous paragraph when a page break
// split it: the previous text is long, does not end a sentence, and text
// does not start a heading or list item.
func (tr *textReader) joinParagraph(text string, lineNo int) bool {
	if len(tr.doc.Blocks) == 0 || len(tr.rows) > 0 || tr.table != nil {
		return false
	}
	p := tr.doc.Blocks[len(tr.doc.Blocks)-1].Paragraph
	if p == nil || !continuesOnNextLine(p.Text, text) {
		return false
	}
	start := len(p.Text)
	p.Text += text
	p.Lines = append(p.Lines, Line{Page: tr.page, Text: text, Start: start, SourceLine: lineNo})
	return true
}

// headingPattern matches the start of a heading or list item.
var headingPattern = regexp.MustCompile(`^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|附件|附表|注[：:]|部门[：:])`)

// continuesOnNextLine decides whether next carries on the paragraph prev
// after a break (line or page). Shared by the text and PDF readers.
func continuesOnNextLine(prev, next string) bool {
	if utf8.RuneCountInString(prev) < 25 || strings.HasSuffix(prev, "表") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	if strings.ContainsRune("。！？；：!?;:", last) {
		return false
	}
	return !headingPattern.MatchString(next)
}

// flushTable turns the collected rows into a Table block.
func (tr *textReader) flushTable() {
	if len(tr.rows) == 0 {
		return
	}
	t := &Table{}
	cols := 0
	for _, r := range tr.rows {
		cols = max(cols, len(r))
	}
	t.Rows, t.Cols = len(tr.rows), cols
	for i, r := range tr.rows {
		page := tr.rowPage[i]
		if len(t.Pages) == 0 || t.Pages[len(t.Pages)-1] != page {
			t.Pages = append(t.Pages, page)
		}
		for c, text := range r {
			if text == "" {
				continue
			}
			t.Cells = append(t.Cells, Cell{Row: i, Col: c, RowSpan: 1, ColSpan: 1, Text: text, Page: page, SourceLine: tr.rowLines[i]})
		}
	}
	t.HeaderRows = headerRowCount(tr.rows)
	tr.doc.Blocks = tr.meta.claim(tr.doc.Blocks, t)
	tr.table = t
	tr.lastRowCells = len(tr.rows[len(tr.rows)-1])
	tr.rows, tr.rowLines, tr.rowPage = nil, nil, nil
	tr.meta = metaLines{}
}
