package xlsx

import (
	"fmt"

	"github.com/gouji/gouji/extract/ooxml"
	"github.com/xuri/excelize/v2"
)

// mergeRange is a merged range, 0-based and inclusive.
type mergeRange struct{ r0, c0, r1, c1 int }

type pos struct{ row, col int }

// maxMerges caps the merged ranges read from one sheet.
const maxMerges = 1 << 14

// merges holds a sheet's merged ranges: the top-left cell of each prints
// its value over the range, the others print nothing.
type merges struct {
	origin map[pos]mergeRange
	ranges []mergeRange
}

func mergeMap(mcs []excelize.MergeCell) merges {
	m := merges{origin: map[pos]mergeRange{}}
	for _, mc := range mcs {
		if len(m.ranges) == maxMerges {
			break
		}
		c0, r0, err0 := excelize.CellNameToCoordinates(mc.GetStartAxis())
		c1, r1, err1 := excelize.CellNameToCoordinates(mc.GetEndAxis())
		if err0 != nil || err1 != nil || r1 < r0 || c1 < c0 {
			continue
		}
		g := mergeRange{r0 - 1, c0 - 1, r1 - 1, c1 - 1}
		m.origin[pos{g.r0, g.c0}] = g
		m.ranges = append(m.ranges, g)
	}
	return m
}

// covered reports whether p lies inside a merged range but not at its
// top-left cell.
func (m merges) covered(p pos) bool {
	for _, g := range m.ranges {
		if p.row >= g.r0 && p.row <= g.r1 && p.col >= g.c0 && p.col <= g.c1 && (p.row != g.r0 || p.col != g.c0) {
			return true
		}
	}
	return false
}

// sheetReader splits a sheet's rows into blocks: a run of rows with
// several values is a table, an empty row ends it, and a row with one
// value outside a table (a title, a unit, a note) is a line of text.
type sheetReader struct {
	sheet  Sheet
	merged merges
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
	for i, row := range rows {
		sheetRow := s.gridRow[i]
		for c := first; c <= last; c++ {
			v := ""
			if c < len(row) {
				v = row[c]
			}
			mr, merged := s.merged.origin[pos{sheetRow, c}]
			if v == "" && !merged {
				continue
			}
			if s.merged.covered(pos{sheetRow, c}) {
				continue // inside a merged range: its top-left cell prints it
			}
			ref, _ := excelize.CoordinatesToCellName(c+1, sheetRow+1)
			cell := ooxml.Cell{Row: i, Col: c - first, RowSpan: 1, ColSpan: 1, Text: v, Ref: ref}
			if merged {
				cell.ColSpan = max(1, min(mr.c1-mr.c0+1, last-c+1))
				// Rows of the range that are in this table.
				n := 0
				for k := i; k < len(rows) && s.gridRow[k] <= mr.r1; k++ {
					n++
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
