package extract

import (
	"bytes"
	"errors"
	"strings"

	"github.com/gouji/gouji/extract/docx"
	"github.com/gouji/gouji/extract/ooxml"
	"github.com/gouji/gouji/extract/xlsx"
)

// Drafts: a report as its editors keep it, a Word document (.docx) for the
// narrative and often an Excel workbook (.xlsx) for the tables. Packages
// docx and xlsx read them into paragraphs and grids; draftBuilder turns
// these into a Document the way ReadText does for the text format: title,
// form id and unit from the lines above a table, 注 lines below it as its
// notes. A draft has no pages: every page number is 0, and places are
// paragraphs (Line.Paragraph, Cell.Paragraph) or cells (Cell.Ref).

// zipMagic and oleMagic open an Office Open XML package (a zip) and a
// Word 97–2003, Excel 97–2003 or WPS file (an OLE2 compound file).
var (
	zipMagic = []byte("PK\x03\x04")
	oleMagic = []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
)

// draftLimits bound the reading of one draft (tests lower them).
var draftLimits = ooxml.DefaultLimits

// readDraft reads a zip package as a Word document or an Excel workbook.
func readDraft(name string, data []byte) (*Document, error) {
	pkg, err := ooxml.Open(data, draftLimits)
	if err != nil {
		return nil, draftError(name, err)
	}
	switch {
	case docx.IsDocument(pkg):
		blocks, err := docx.Read(pkg, draftLimits)
		if err != nil {
			return nil, draftError(name, err)
		}
		b := newDraftBuilder(name)
		b.blocks(blocks, "")
		return b.doc, nil
	case xlsx.IsWorkbook(pkg):
		wb, err := xlsx.Read(data, draftLimits, isMetaLine)
		if err != nil {
			return nil, draftError(name, err)
		}
		b := newDraftBuilder(name)
		for _, s := range wb.Sheets {
			b.blocks(s.Blocks, s.Name)
		}
		for _, n := range wb.Notes {
			b.doc.Warnings = append(b.doc.Warnings, Warning{Message: n})
		}
		return b.doc, nil
	}
	return nil, &InputError{File: name, Class: ErrNotPDF, Detail: "a zip archive, neither a Word document nor an Excel workbook"}
}

// draftError turns a reader's error into an InputError of its class.
func draftError(name string, err error) error {
	class := ErrDamagedDraft
	if errors.Is(err, ooxml.ErrLimit) {
		class = ErrLimit
	}
	return &InputError{File: name, Class: class, Detail: err.Error()}
}

// legacyError names an old binary Office file (OLE2) by what it holds.
func legacyError(name string, data []byte) error {
	var class error = ErrLegacyWord
	utf16 := func(s string) []byte {
		var b []byte
		for _, r := range s {
			b = append(b, byte(r), 0)
		}
		return b
	}
	lower := strings.ToLower(name)
	switch {
	case bytes.Contains(data, utf16("EncryptedPackage")):
		class = ErrEncrypted
	case strings.HasSuffix(lower, ".wps") || strings.HasSuffix(lower, ".et"):
		class = ErrLegacyWPS
	case strings.HasSuffix(lower, ".xls") || bytes.Contains(data, utf16("Workbook")) || bytes.Contains(data, utf16("Book")) && !bytes.Contains(data, utf16("WordDocument")):
		class = ErrLegacyExcel
	}
	return &InputError{File: name, Class: class}
}

// draftBuilder assembles a Document from a draft's blocks.
type draftBuilder struct {
	doc  *Document
	meta metaLines
	// table is the last table, which 注 lines below it annotate; notes is
	// set while they are read.
	table *Table
	notes bool
}

func newDraftBuilder(name string) *draftBuilder {
	return &draftBuilder{doc: &Document{Source: name}}
}

// blocks adds the blocks of a document or of one sheet (named sheet).
func (b *draftBuilder) blocks(blocks []ooxml.Block, sheet string) {
	b.meta, b.table, b.notes = metaLines{}, nil, false
	for _, bl := range blocks {
		switch {
		case bl.Para != nil:
			b.para(bl.Para)
		case bl.Table != nil:
			b.grid(bl.Table, sheet)
		}
	}
}

// bulletPattern matches a bullet typed before a list item ("- ", "• ").
var bulletPattern = markupPattern

func (b *draftBuilder) para(p *ooxml.Para) {
	text := Normalize(bulletPattern.ReplaceAllString(p.Text, ""))
	if text == "" {
		return
	}
	if b.table != nil && (strings.HasPrefix(text, "注") || strings.HasPrefix(text, "备注") || b.notes && noteItemPattern.MatchString(text)) {
		b.table.Notes = append(b.table.Notes, text)
		b.notes = true
		return
	}
	b.table, b.notes = nil, false
	para := &Paragraph{Text: text, Lines: []Line{{Text: text, Paragraph: p.N}}}
	if b.meta.line(b.doc, text, para) {
		return
	}
	b.meta = metaLines{}
	b.doc.Blocks = append(b.doc.Blocks, Block{Paragraph: para})
}

// grid adds a table: the rows printed above it inside its grid that say
// what it is (部门：… 2021年度 公开07表) go to its meta.
func (b *draftBuilder) grid(g *ooxml.Grid, sheet string) {
	cells := g.Cells
	rows := g.Rows
	for rows > 0 {
		texts, single := rowTexts(cells, 0)
		if !single || !isMetaRow(texts) {
			break
		}
		for _, s := range texts {
			b.meta.m.readLine(Normalize(s))
		}
		cells = dropFirstRow(cells)
		rows--
	}
	if rows == 0 {
		return
	}
	t := &Table{Rows: rows, Cols: g.Cols, Sheet: sheet}
	for _, c := range cells {
		text := Normalize(c.Text)
		if text == "" && c.RowSpan <= 1 && c.ColSpan <= 1 {
			continue
		}
		t.Cells = append(t.Cells, Cell{Row: c.Row, Col: c.Col, RowSpan: max(1, c.RowSpan), ColSpan: max(1, c.ColSpan), Text: text, Paragraph: c.Para, Ref: c.Ref})
	}
	t.HeaderRows = headerRowCount(textRows(t))
	if sheet != "" && (b.meta.m.Title == "" || b.meta.m.FormID == "") {
		// The sheet's name may be the table's title or form id
		// ("公开01表"); what is printed in the sheet comes first.
		var byName tableMeta
		byName.readLine(Normalize(sheet))
		if b.meta.m.Title == "" {
			b.meta.m.Title = byName.Title
		}
		if b.meta.m.FormID == "" {
			b.meta.m.FormID = byName.FormID
		}
	}
	b.doc.Blocks = b.meta.claim(b.doc.Blocks, t)
	b.table, b.notes = t, false
	b.meta = metaLines{}
}

// rowTexts returns the texts of row r's cells and whether each of them
// lies in that row alone.
func rowTexts(cells []ooxml.Cell, r int) ([]string, bool) {
	var texts []string
	for _, c := range cells {
		if c.Row != r {
			continue
		}
		if c.RowSpan > 1 {
			return nil, false
		}
		texts = append(texts, c.Text)
	}
	return texts, true
}

// dropFirstRow removes row 0 and moves the other rows up.
func dropFirstRow(cells []ooxml.Cell) []ooxml.Cell {
	var out []ooxml.Cell
	for _, c := range cells {
		if c.Row == 0 {
			continue
		}
		c.Row--
		out = append(out, c)
	}
	return out
}

// textRows returns a table's rows as the texts printed in them, each
// merged cell's text in its first position.
func textRows(t *Table) [][]string {
	rows := make([][]string, t.Rows)
	for i := range rows {
		rows[i] = make([]string, t.Cols)
	}
	for _, c := range t.Cells {
		if c.Row < t.Rows && c.Col < t.Cols {
			rows[c.Row][c.Col] = c.Text
		}
	}
	return rows
}

// isMetaLine reports whether text, alone on a row, describes a table.
func isMetaLine(text string) bool {
	var m tableMeta
	return m.readLine(Normalize(text))
}
