// Package tables reads the tables of a report as the checks need them:
// which rows are headings, what each column is called (a heading path such
// as "本年支出/基本支出"), which columns hold codes, names and amounts, and
// for every data row its classification code, its name and its amounts as
// exact printed numbers.
//
// The same reading serves tables from the seed's text format and tables
// rebuilt from PDFs: codes may come as one cell ("2011301") or split over
// 类/款/项 cells ("201 | 06 | 01"), a code and a name may share a cell,
// headings may be merged cells (RowSpan/ColSpan) or, in text input, a group
// heading followed by empty cells, and a table may put several panels side
// by side (收入 | 支出; the three panels of the 基本支出 table).
package tables

import (
	"sort"
	"strings"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/num"
)

// Role is what a column holds.
type Role int

// Column roles.
const (
	RoleNone  Role = iota // nothing: no heading and no content
	RoleCode              // a whole classification code, or its 类 part
	RolePart              // the 款 or 项 part of a code split over cells
	RoleLabel             // the row's name
	RoleSeq               // row or line numbers (行次)
	RoleValue             // amounts
)

// Column is one column of a table.
type Column struct {
	Index int
	// Path is the column's heading, outermost first, as keys (see Key).
	// Column-number rows (栏次 1 2 3) are not part of it.
	Path []string
	Role Role
	// Panel is the index of the panel the column belongs to, −1 for none.
	Panel int
	// Percent is set when the column's amounts are printed with %.
	Percent bool
}

// Heading returns the heading path joined with "/".
func (c *Column) Heading() string { return strings.Join(c.Path, "/") }

// Leaf returns the innermost heading, or "".
func (c *Column) Leaf() string {
	if len(c.Path) == 0 {
		return ""
	}
	return c.Path[len(c.Path)-1]
}

// Panel is a run of columns that reads as a table of its own: label and
// code columns followed by amount columns. Most tables have one; the
// summary tables put 收入 and 支出 side by side, the 基本支出 table three
// code-name-amount panels.
type Panel struct {
	Index   int
	Columns []int
	// Prefix is the number of heading components all the panel's columns
	// share (收入, 支出, 人员经费): the panel's own heading.
	Prefix int
}

// Cell is one amount cell of a data row.
type Cell struct {
	Row, Col int
	// Text is the cell as printed (normalised); "" for an empty cell.
	Text string
	// Value is the amount; Has says whether one was printed. An empty cell
	// or a dash has no value: sums count it as 0, lookups report it empty.
	Value num.Value
	Has   bool
	Pct   bool
	Page  int
	// Line is the line in a plain-text source, 0 for PDF input.
	Line int
	// Paragraph is the cell's paragraph in a Word document, Ref its
	// reference in a worksheet ("C17"); zero for other input.
	Paragraph int
	Ref       string
}

// Interval is the range the printed amount stands for; an empty cell
// stands for exactly 0.
func (c Cell) Interval() num.Interval {
	if !c.Has {
		return num.Interval{}
	}
	return c.Value.Interval()
}

// Record is one data row of one panel.
type Record struct {
	Row   int
	Panel int
	// Code is the classification code printed on the row (whole or
	// reassembled from 类/款/项 cells), "" when none was printed.
	Code string
	// Label is the row's name as printed (normalised text); Key(Label) is
	// what comparisons use.
	Label string
	// Class is the code of the function 类 the label names when no code was
	// printed ("一、一般公共服务支出" → 201), for matching summary tables.
	Class string
	// Gov is the 政府预算支出经济分类 code (503, 50306) printed beside the
	// row's 部门预算 economic code, "" when none was printed.
	Gov string
	// Level is 1 for a 类, 2 for a 款, 3 for a 项, 0 when unknown.
	Level int
	// Parent is the row this row is a part of in the classification, nil
	// for none.
	Parent *Record
	// Cells are the amount cells, by column index.
	Cells map[int]Cell
	// Heading is set for a row of headings repeated inside the table (after
	// a page break): it holds text where amounts belong and is not data.
	Heading bool
	Page    int
	Line    int
	// Quote is the whole printed row, whitespace-normalised.
	Quote string
	// indent is the left edge of the label cell on the page, 0 if unknown.
	indent float64
	// span is the code or label cell when it is merged over several rows:
	// the rows it covers are one record.
	span *extract.Cell
}

// Name returns the label without its item number, as a key.
func (r *Record) Name() string { return StripNumbering(r.Label) }

// Table is an analysed table.
type Table struct {
	Src *extract.Table
	// Block is the index of the table in the document's blocks.
	Block int
	Kind  Kind
	Scope Scope
	// Budget is set for a budget (预算) table, unset for a final account
	// (决算) or when the title does not say.
	Budget bool
	// Header is the number of heading rows as this package reads them
	// (extract's HeaderRows is a first guess that stops at a heading cell
	// reading 合计).
	Header  int
	Columns []Column
	Panels  []Panel
	Records []*Record
}

// Name returns the table's title and form id for messages:
// "收入决算表（公开02表）".
func (t *Table) Name() string {
	name := t.Src.Title
	if name == "" {
		name = "table"
	}
	if t.Src.FormID != "" {
		name += "（" + t.Src.FormID + "）"
	}
	return name
}

// Unit returns the table's unit as printed (万元, 元), or "".
func (t *Table) Unit() string { return t.Src.Unit }

// Page returns the first page of the table.
func (t *Table) Page() int {
	if len(t.Src.Pages) > 0 {
		return t.Src.Pages[0]
	}
	return 0
}

// RelKey returns a column's heading without its panel's heading: the key
// under which amounts of different panels of one table are compared
// ("决算数" in every panel of the 基本支出 table).
func (t *Table) RelKey(col int) string {
	if col < 0 || col >= len(t.Columns) {
		return ""
	}
	c := &t.Columns[col]
	p := 0
	if c.Panel >= 0 && c.Panel < len(t.Panels) {
		p = t.Panels[c.Panel].Prefix
	}
	if p > len(c.Path) {
		p = len(c.Path)
	}
	return strings.Join(c.Path[p:], "/")
}

// ValueColumns returns the amount columns of a panel, in order.
func (t *Table) ValueColumns(panel int) []int {
	var cols []int
	if panel < 0 || panel >= len(t.Panels) {
		return nil
	}
	for _, c := range t.Panels[panel].Columns {
		if t.Columns[c].Role == RoleValue {
			cols = append(cols, c)
		}
	}
	return cols
}

// CellByKey returns the record's amount cell in the column whose RelKey is
// key; ok is false when the record has no such column.
func (t *Table) CellByKey(r *Record, key string) (Cell, bool) {
	for _, c := range t.ColumnsOf(r) {
		if t.RelKey(c) == key {
			return r.Cells[c], true
		}
	}
	return Cell{}, false
}

// ColumnsOf returns the amount columns a record has cells for, in order.
func (t *Table) ColumnsOf(r *Record) []int {
	cols := make([]int, 0, len(r.Cells))
	for c := range r.Cells {
		cols = append(cols, c)
	}
	sort.Ints(cols)
	return cols
}

// Analyse reads an extracted table. block is its index in the document's
// blocks. It never fails: a table it cannot make sense of comes back with
// fewer records.
func Analyse(src *extract.Table, block int) *Table {
	t := &Table{Src: src, Block: block}
	if src == nil || src.Rows <= 0 || src.Cols <= 0 {
		if src == nil {
			t.Src = &extract.Table{}
		}
		return t
	}
	g := newGrid(src)
	t.Header = g.headerRows(src.HeaderRows)
	t.Columns = g.headingPaths(t.Header)
	g.assignRoles(t)
	t.buildPanels()
	t.buildRecords(g)
	t.buildHierarchy()
	var heads []string
	for i := range t.Columns {
		heads = append(heads, t.Columns[i].Heading())
	}
	t.Kind, t.Scope = recognise(src.Title, heads)
	title := Key(src.Title)
	t.Budget = strings.Contains(title, "预算") && !strings.Contains(title, "决算")
	return t
}

// buildPanels splits the columns into panels: a label or code column after
// amount columns starts a new panel.
func (t *Table) buildPanels() {
	cur := -1
	seenValue := false
	for i := range t.Columns {
		c := &t.Columns[i]
		c.Panel = -1
		switch c.Role {
		case RoleCode, RolePart, RoleLabel:
			if cur < 0 || seenValue {
				t.Panels = append(t.Panels, Panel{Index: len(t.Panels)})
				cur = len(t.Panels) - 1
				seenValue = false
			}
		case RoleValue, RoleSeq:
			if cur < 0 {
				t.Panels = append(t.Panels, Panel{Index: len(t.Panels)})
				cur = len(t.Panels) - 1
			}
			if c.Role == RoleValue {
				seenValue = true
			}
		default:
			continue
		}
		c.Panel = cur
		t.Panels[cur].Columns = append(t.Panels[cur].Columns, i)
	}
	for i := range t.Panels {
		p := &t.Panels[i]
		if len(p.Columns) < 2 || len(t.Panels) < 2 {
			continue
		}
		first := t.Columns[p.Columns[0]].Path
		n := len(first)
		for _, c := range p.Columns[1:] {
			path := t.Columns[c].Path
			k := 0
			for k < n && k < len(path) && path[k] == first[k] {
				k++
			}
			n = k
		}
		// Keep at least the leaf of every column.
		for _, c := range p.Columns {
			if n >= len(t.Columns[c].Path) {
				n = len(t.Columns[c].Path) - 1
			}
		}
		p.Prefix = max(n, 0)
	}
}
