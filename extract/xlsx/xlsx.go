// Package xlsx reads an Excel workbook (.xlsx) as the reader sees it: each
// visible sheet's cells as displayed under their number formats (0.3
// formatted with two decimals prints 0.30; a formula prints its cached
// value), merged cells as one, hidden rows, columns and sheets left out.
// A sheet gives one table, or several separated by empty rows, with the
// one-cell lines around them (title, unit, notes) as paragraphs.
package xlsx

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/gouji/gouji/extract/ooxml"
	"github.com/xuri/excelize/v2"
)

// Sheet is one visible sheet: its name and its blocks in order.
type Sheet struct {
	Name   string
	Blocks []ooxml.Block
}

// Workbook is what Read returns: the visible sheets, and a note for each
// hidden sheet or row left out.
type Workbook struct {
	Sheets []Sheet
	Notes  []string
}

// maxGridCells caps the positions of one table's grid (rows × columns): a
// real table has a few thousand; a sheet stretched to XFD1048576 is refused.
const maxGridCells = 1 << 21

// IsWorkbook reports whether pkg holds an Excel workbook.
func IsWorkbook(pkg *ooxml.Package) bool { return pkg.Has("xl/workbook.xml") }

// Read reads the workbook in data. The package's sizes are checked before
// excelize opens it, so that a zip bomb or a huge shared-string table is
// refused rather than read. isLine reports whether a row's only value is
// a line printed above a table (its title, unit or form id) rather than
// the first row of the table.
func Read(data []byte, limits ooxml.Limits, isLine func(string) bool) (wb *Workbook, err error) {
	defer func() {
		if r := recover(); r != nil {
			wb, err = nil, fmt.Errorf("%w: %v", ooxml.ErrDamaged, r)
		}
	}()
	if err := checkSizes(data, limits); err != nil {
		return nil, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit:    limits.MaxTotalBytes,
		UnzipXMLSizeLimit: limits.MaxPartBytes,
	})
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ooxml.ErrDamaged, err)
	}
	defer f.Close()
	wb = &Workbook{}
	for _, name := range f.GetSheetList() {
		if visible, err := f.GetSheetVisible(name); err == nil && !visible {
			wb.Notes = append(wb.Notes, fmt.Sprintf("sheet %s is hidden: skipped", name))
			continue
		}
		s, notes, err := readSheet(f, name, isLine)
		if err != nil {
			return nil, err
		}
		wb.Sheets = append(wb.Sheets, s)
		wb.Notes = append(wb.Notes, notes...)
	}
	return wb, nil
}

// checkSizes refuses a package whose parts, as their headers declare them
// (archive/zip refuses a part longer than declared), exceed the limits.
func checkSizes(data []byte, limits ooxml.Limits) error {
	pkg, err := ooxml.Open(data, limits)
	if err != nil {
		return err
	}
	return pkg.CheckSizes()
}

// readSheet reads one sheet's visible cells into blocks.
func readSheet(f *excelize.File, name string, isLine func(string) bool) (Sheet, []string, error) {
	rows, err := f.GetRows(name)
	if err != nil {
		return Sheet{}, nil, fmt.Errorf("%w: sheet %s: %v", ooxml.ErrDamaged, name, err)
	}
	merges, err := f.GetMergeCells(name, true)
	if err != nil {
		return Sheet{}, nil, fmt.Errorf("%w: sheet %s: %v", ooxml.ErrDamaged, name, err)
	}
	s := sheetReader{sheet: Sheet{Name: name}, merged: mergeMap(merges), isLine: isLine}
	hiddenCols := hiddenColumns(f, name, rows)
	var notes []string
	hiddenRows := 0
	for r, row := range rows {
		if visible, err := f.GetRowVisible(name, r+1); err == nil && !visible {
			if strings.Join(row, "") != "" {
				hiddenRows++
			}
			continue
		}
		cells := make([]string, len(row))
		for c, v := range row {
			if !hiddenCols[c] {
				cells[c] = strings.TrimSpace(v)
			}
		}
		if err := s.row(r, cells); err != nil {
			return Sheet{}, nil, err
		}
	}
	if err := s.flush(); err != nil {
		return Sheet{}, nil, err
	}
	if hiddenRows > 0 {
		notes = append(notes, fmt.Sprintf("sheet %s: %d hidden rows skipped", name, hiddenRows))
	}
	if n := len(hiddenCols); n > 0 {
		notes = append(notes, fmt.Sprintf("sheet %s: %d hidden columns skipped", name, n))
	}
	return s.sheet, notes, nil
}

// hiddenColumns returns the hidden columns among those holding a value.
func hiddenColumns(f *excelize.File, name string, rows [][]string) map[int]bool {
	used := map[int]bool{}
	for _, row := range rows {
		for c, v := range row {
			if v != "" {
				used[c] = true
			}
		}
	}
	hidden := map[int]bool{}
	for c := range used {
		col, err := excelize.ColumnNumberToName(c + 1)
		if err != nil {
			continue
		}
		if visible, err := f.GetColVisible(name, col); err == nil && !visible {
			hidden[c] = true
		}
	}
	return hidden
}
