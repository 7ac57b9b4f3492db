package xlsx

import (
	"fmt"

	"github.com/gouji/gouji/extract/ooxml"
	"github.com/xuri/excelize/v2"
)

// span is a merged range's size, keyed by its top-left cell.
type span struct{ rows, cols int }

type pos struct{ row, col int }

// mergeMap maps the top-left cell of each merged range to its size, and
// every other cell of a range to a zero span (it prints nothing).
func mergeMap(merges []excelize.MergeCell) map[pos]span {
	m := map[pos]span{}
	for _, mc := range merges {
		c0, r0, err0 := excelize.CellNameToCoordinates(mc.GetStartAxis())
		c1, r1, err1 := excelize.CellNameToCoordinates(mc.GetEndAxis())
		if err0 != nil || err1 != nil || r1 < r0 || c1 < c0 {
			continue
		}
		if (r1-r0+1)*(c1-c0+1) > maxGridCells {
			continue
		}
		for r := r0; r <= r1; r++ {
			for c := c0; c <= c1; c++ {
				m[pos{r - 1, c - 1}] = span{}
			}
		}
		m[pos{r0 - 1, c0 - 1}] = span{r1 - r0 + 1, c1 - c0 + 1}
	}
	return m
}

// sheetReader splits a sheet's rows into blocks: a run of rows with
// several values is a table, an empty row ends it, and a row with one
// value outside a table (a title, a unit, a note) is a line of text.
type sheetReader struct {
	sheet  Sheet
	merged map[pos]span
	// grid holds the rows of the table being read, with their sheet row
	// numbers.
	grid    [][]string
	gridRow []int
	// isLine tells a line printed above a table (title, unit, form id)
	// from a one-value row that starts it.
	isLine func(string) bool
}

// row takes one visible row (r is its 0-based sheet row).
func (s *sheetReader) row(r int, cells []string) error {
	values, only := 0, ""
	for _, v := range cells {
		if v != "" {
			values++
			only = v
		}
	}
	if values == 1 && s.tentative() {
		// Two one-value rows in a row: the first was a line of text, not
		// a table's first row.
		for _, row := range s.grid {
			text, _ := single(row)
			s.line(text)
		}
		s.grid, s.gridRow = nil, nil
	}
	switch {
	case values == 0:
		return s.flush()
	case len(s.grid) == 0 && values == 1 && s.isLine(only), values == 1 && isNote(only):
		if err := s.flush(); err != nil {
			return err
		}
		s.line(only)
		return nil
	}
	s.grid = append(s.grid, cells)
	s.gridRow = append(s.gridRow, r)
	return nil
}

func isNote(v string) bool {
	for _, p := range []string{"注", "备注"} {
		if len(v) >= len(p) && v[:len(p)] == p {
			return true
		}
	}
	return false
}

// flush turns the rows read into a table.
func (s *sheetReader) flush() error {
	if len(s.grid) == 0 {
		return nil
	}
	if len(s.grid) == 1 {
		if text, ok := single(s.grid[0]); ok {
			// One value on a row of its own: a line of text.
			s.line(text)
			s.grid, s.gridRow = nil, nil
			return nil
		}
	}
	rows := s.grid
	first, last := -1, 0
	for _, row := range rows {
		for c, v := range row {
			if v != "" {
				if first < 0 || c < first {
					first = c
				}
				last = max(last, c)
			}
		}
	}
	cols := last - first + 1
	if len(rows)*cols > maxGridCells {
		return fmt.Errorf("%w: sheet %s: a table of %d×%d cells", ooxml.ErrLimit, s.sheet.Name, len(rows), cols)
	}
	g := &ooxml.Grid{Rows: len(rows), Cols: cols, Sheet: s.sheet.Name}
	index := map[int]int{}
	for i, r := range s.gridRow {
		index[r] = i
	}
	for i, row := range rows {
		sheetRow := s.gridRow[i]
		for c := first; c <= last; c++ {
			v := ""
			if c < len(row) {
				v = row[c]
			}
			sp, merged := s.merged[pos{sheetRow, c}]
			if merged && sp.rows == 0 {
				continue // inside a merged range: its top-left cell prints it
			}
			if v == "" && !merged {
				continue
			}
			ref, _ := excelize.CoordinatesToCellName(c+1, sheetRow+1)
			cell := ooxml.Cell{Row: i, Col: c - first, RowSpan: 1, ColSpan: 1, Text: v, Ref: ref}
			if merged {
				cell.ColSpan = min(sp.cols, last-c+1)
				// Rows of the range that are in this table.
				n := 0
				for k := sheetRow; k < sheetRow+sp.rows; k++ {
					if _, ok := index[k]; ok {
						n++
					}
				}
				cell.RowSpan = max(1, min(n, len(rows)-i))
			}
			g.Cells = append(g.Cells, cell)
		}
	}
	s.sheet.Blocks = append(s.sheet.Blocks, ooxml.Block{Table: g})
	s.grid, s.gridRow = nil, nil
	return nil
}

// line adds a line of text.
func (s *sheetReader) line(text string) {
	s.sheet.Blocks = append(s.sheet.Blocks, ooxml.Block{Para: &ooxml.Para{Text: text}})
}

// single returns the only value of a row, if it has one.
func single(row []string) (string, bool) {
	text, n := "", 0
	for _, v := range row {
		if v != "" {
			text = v
			n++
		}
	}
	return text, n == 1
}

// tentative reports whether a table has begun with one-value rows only.
func (s *sheetReader) tentative() bool {
	for _, row := range s.grid {
		if _, ok := single(row); !ok {
			return false
		}
	}
	return len(s.grid) > 0
}
