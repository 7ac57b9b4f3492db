// Package extract reads a budget or final-account report (PDF or the plain
// text format of ../seed) into a Document: pages, paragraphs in reading order
// and tables rebuilt as grids of cells. Every later stage works on this model
// only, so text is normalised here, once.
package extract

// Document is a report as read from one file.
type Document struct {
	// Source is the path the document was read from.
	Source string `json:"source"`
	// Pages describes every page of the source, skipped ones included.
	Pages []Page `json:"pages"`
	// Blocks are the paragraphs and tables in reading order.
	Blocks []Block `json:"blocks"`
	// Warnings are problems that did not stop the reading (a skipped page,
	// an undecodable font).
	Warnings []Warning `json:"warnings,omitempty"`
	// Files lists the files a document joined from several (Join) was
	// read from, in order; nil for a document read from one file.
	Files []string `json:"files,omitempty"`
}

// Page is one page of the source. Plain-text input has pages only where the
// text says so; a text file is one page.
type Page struct {
	Number int     `json:"number"`
	Width  float64 `json:"width,omitempty"`
	Height float64 `json:"height,omitempty"`
	// Skipped is set when the page could not be read; Error says why.
	Skipped bool   `json:"skipped,omitempty"`
	Error   string `json:"error,omitempty"`
	// File is the file the page was read from, set only in a document
	// joined from several (Join): page numbers are each file's own.
	File string `json:"file,omitempty"`
}

// Warning is a problem met while reading that the user should know about.
type Warning struct {
	Page    int    `json:"page,omitempty"`
	Message string `json:"message"`
	// File is the file the warning is about, set only by Join.
	File string `json:"file,omitempty"`
	// Kind, for a warning of a closed set, lets it be said in the
	// user's language; Sheet and Count are its arguments.
	Kind  WarningKind `json:"kind,omitempty"`
	Sheet string      `json:"sheet,omitempty"`
	Count int         `json:"count,omitempty"`
}

// WarningKind is a kind of warning a caller can say in its own words.
type WarningKind string

// The kinds of warning: a workbook's hidden sheet, or hidden rows or
// columns of a sheet, left out (the xlsx reader's notes).
const (
	WarnHiddenSheet   WarningKind = "hidden-sheet"
	WarnHiddenRows    WarningKind = "hidden-rows"
	WarnHiddenColumns WarningKind = "hidden-columns"
)

// Block is one paragraph or one table; exactly one field is set. A struct
// rather than an interface so that the JSON form round-trips.
type Block struct {
	Paragraph *Paragraph `json:"paragraph,omitempty"`
	Table     *Table     `json:"table,omitempty"`
}

// Page returns the page the block starts on.
func (b Block) Page() int {
	switch {
	case b.Paragraph != nil:
		return b.Paragraph.Page
	case b.Table != nil && len(b.Table.Pages) > 0:
		return b.Table.Pages[0]
	}
	return 0
}

// Rect is a box in page space: points, origin at the top left of the page,
// Y growing downwards (reading order).
type Rect struct {
	X0 float64 `json:"x0"`
	Y0 float64 `json:"y0"`
	X1 float64 `json:"x1"`
	Y1 float64 `json:"y1"`
}

// Empty reports whether r has no area and no position (the zero Rect, used
// for text input where there are no coordinates).
func (r Rect) Empty() bool { return r == Rect{} }

// Union returns the smallest rectangle containing r and s; the zero Rect is
// the identity.
func (r Rect) Union(s Rect) Rect {
	if r.Empty() {
		return s
	}
	if s.Empty() {
		return r
	}
	return Rect{min(r.X0, s.X0), min(r.Y0, s.Y0), max(r.X1, s.X1), max(r.Y1, s.Y1)}
}

// Paragraph is a run of text that belongs together: a heading, a list item
// or a body paragraph, rejoined across line and page breaks.
type Paragraph struct {
	// Page is the page the paragraph starts on.
	Page int `json:"page"`
	// Text is the normalised text, lines joined without separators between
	// CJK characters.
	Text string `json:"text"`
	// Lines are the printed lines the paragraph was built from.
	Lines []Line `json:"lines,omitempty"`
	// File is the file the paragraph was read from, set only in a
	// document joined from several (Join).
	File string `json:"file,omitempty"`
}

// Line is one printed line of a paragraph.
type Line struct {
	Page int    `json:"page"`
	Text string `json:"text"`
	Box  Rect   `json:"box"`
	// Start is the offset in bytes of this line's text in Paragraph.Text.
	Start int `json:"start"`
	// SourceLine is the 1-based line number in a plain-text source (0 for
	// PDF input), so findings in drafts can point at FILE:LINE.
	SourceLine int `json:"source_line,omitempty"`
	// Paragraph is the 1-based number of the paragraph in a Word document's
	// body (paragraphs in tables and text boxes counted); 0 for other input.
	Paragraph int `json:"paragraph,omitempty"`
}

// LineAt returns the line holding byte offset off of the paragraph's
// text: the last line starting at or before it (ok is false when none
// does).
func (p *Paragraph) LineAt(off int) (l Line, ok bool) {
	for _, x := range p.Lines {
		if x.Start > off {
			break
		}
		l, ok = x, true
	}
	return l, ok
}

// PageAt returns the page on which byte offset off of the paragraph's text
// was printed.
func (p *Paragraph) PageAt(off int) int {
	if l, ok := p.LineAt(off); ok {
		return l.Page
	}
	return p.Page
}

// ParagraphAt returns the number of the Word paragraph that holds byte
// offset off of the paragraph's text (0 for other input).
func (p *Paragraph) ParagraphAt(off int) int {
	l, _ := p.LineAt(off)
	return l.Paragraph
}

// Table is a table rebuilt as a grid. Cells cover the grid without overlap;
// positions not covered by any cell are empty.
type Table struct {
	// Pages lists the pages the table spans, in order.
	Pages []int `json:"pages"`
	// Title is the table's name as printed above it (收入支出决算总表).
	Title string `json:"title,omitempty"`
	// FormID is the form number printed near the title (公开05表).
	FormID string `json:"form_id,omitempty"`
	// Unit is the unit line's value (万元), without the label.
	Unit string `json:"unit,omitempty"`
	// Dept is the department a line above the table names (部门：某局),
	// without the label.
	Dept string `json:"dept,omitempty"`
	// HeaderRows is how many leading rows are column headings.
	HeaderRows int    `json:"header_rows"`
	Rows       int    `json:"rows"`
	Cols       int    `json:"cols"`
	Cells      []Cell `json:"cells"`
	// Notes are the 注 lines printed just below the table.
	Notes []string `json:"notes,omitempty"`
	// Ruled says whether the grid came from ruling lines.
	Ruled bool `json:"ruled,omitempty"`
	// File is the file the table was read from, set only in a document
	// joined from several (Join).
	File string `json:"file,omitempty"`
	// Sheet is the worksheet the table was read from in a workbook.
	Sheet string `json:"sheet,omitempty"`
}

// Cell is one cell of a table. An empty cell has Text ""; it is distinct
// from a cell printed as 0.
type Cell struct {
	Row     int    `json:"row"`
	Col     int    `json:"col"`
	RowSpan int    `json:"row_span"`
	ColSpan int    `json:"col_span"`
	Text    string `json:"text"`
	Page    int    `json:"page"`
	Box     Rect   `json:"box"`
	// SourceLine is the 1-based line number in a plain-text source.
	SourceLine int `json:"source_line,omitempty"`
	// Paragraph is the number of the cell's first paragraph in a Word
	// document (see Line.Paragraph).
	Paragraph int `json:"paragraph,omitempty"`
	// Ref is the cell's reference in a worksheet ("C17").
	Ref string `json:"ref,omitempty"`
}

// Grid returns the table as rows of cell pointers: every grid position
// covered by a cell points to that cell, the others are nil.
func (t *Table) Grid() [][]*Cell {
	g := make([][]*Cell, t.Rows)
	for i := range g {
		g[i] = make([]*Cell, t.Cols)
	}
	for i := range t.Cells {
		c := &t.Cells[i]
		for r := c.Row; r < c.Row+max(c.RowSpan, 1) && r < t.Rows; r++ {
			for k := c.Col; k < c.Col+max(c.ColSpan, 1) && k < t.Cols; k++ {
				g[r][k] = c
			}
		}
	}
	return g
}

// Text returns the text at row r, column c ("" when nothing is there).
func (t *Table) Text(r, c int) string {
	for i := range t.Cells {
		cell := &t.Cells[i]
		if r >= cell.Row && r < cell.Row+max(cell.RowSpan, 1) && c >= cell.Col && c < cell.Col+max(cell.ColSpan, 1) {
			return cell.Text
		}
	}
	return ""
}
