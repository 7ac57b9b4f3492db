package docx

import (
	"strings"
	"unicode/utf8"

	"github.com/gouji/gouji/extract/ooxml"
)

// maxCols caps a table's width: Word makes at most 63 columns, and a
// gridSpan of millions must not make a grid of millions.
const maxCols = 1024

// tableState builds one table's grid from its rows and cells: gridSpan
// widens a cell, vMerge (continue) lengthens the cell above.
type tableState struct {
	cells []ooxml.Cell
	row   int
	col   int
	// open maps a grid column to the index in cells of the cell a
	// vertical merge may continue there.
	open map[int]int
	cell *cellState
	cols int
}

type cellState struct {
	texts []string
	span  int
	merge bool
	para  int
}

func (c *cellState) add(text string) {
	c.texts = append(c.texts, text)
}

func (t *tableState) startRow() {
	if t.open == nil {
		t.open = map[int]int{}
	} else {
		t.row++
	}
	t.col = 0
}

func (t *tableState) startCell(para int) {
	t.cell = &cellState{span: 1, para: para}
}

// endCell places the cell just read: it continues the merged cell above,
// or starts a new one.
func (t *tableState) endCell() {
	c := t.cell
	t.cell = nil
	if c == nil || t.open == nil {
		return
	}
	text := joinTexts(c.texts)
	if i, ok := t.open[t.col]; ok && c.merge && t.cells[i].ColSpan == c.span && t.cells[i].Row+t.cells[i].RowSpan == t.row {
		t.cells[i].RowSpan++
		if t.cells[i].Text == "" {
			t.cells[i].Text = text
		}
	} else {
		t.open[t.col] = len(t.cells)
		if t.col >= maxCols {
			return
		}
		span := min(c.span, maxCols-t.col)
		t.cells = append(t.cells, ooxml.Cell{Row: t.row, Col: t.col, RowSpan: 1, ColSpan: span, Text: text, Para: c.para})
	}
	t.col = min(t.col+c.span, maxCols)
	t.cols = max(t.cols, t.col)
}

// joinTexts joins a cell's paragraphs: without a separator between
// Chinese text, with a space otherwise (Normalize drops the spaces it must).
func joinTexts(texts []string) string {
	var b strings.Builder
	for _, s := range texts {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		if b.Len() > 0 {
			last, _ := utf8.DecodeLastRuneInString(b.String())
			first, _ := utf8.DecodeRuneInString(s)
			if !wide(last) || !wide(first) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(s)
	}
	return b.String()
}

// wide reports whether r is Chinese text or punctuation, which is joined
// across lines without a space.
func wide(r rune) bool { return r >= 0x2E80 }

func (t *tableState) grid() *ooxml.Grid {
	rows := 0
	if t.open != nil {
		rows = t.row + 1
	}
	return &ooxml.Grid{Rows: rows, Cols: t.cols, Cells: t.cells}
}
