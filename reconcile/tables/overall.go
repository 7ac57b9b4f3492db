package tables

import (
	"strings"

	"github.com/gouji/gouji/extract"
)

// The performance sheet of a whole department (部门整体支出绩效自评表) as a
// final account prints it: one row per task (任务名称: 公立医院, 住房保障
// 支出 …) with its 全年预算数 and 全年执行数 split into 总额 | 财政拨款 |
// 其他资金, and a 金额合计 row. The general table reader takes its wide
// text columns for labels; the sheet is read here from the raw cells, by
// its headings.

// OverallSheet is a department's performance sheet: the 财政拨款 part of
// each task's 全年执行数 and of the 金额合计.
type OverallSheet struct {
	// Title is the paragraph printed above the sheet, else the table's
	// title.
	Title string
	// Money is the unit the amount headings give (万元, 元), "" for none.
	Money string
	// Tasks are the task rows' cells (Label: the task's name).
	Tasks []SheetCell
	// Total is the 金额合计 row's cell.
	Total SheetCell
	// Rates are the 执行率 of the task rows and of the 金额合计, each with
	// the 总额 of 全年预算数 and 全年执行数 it divides, where the sheet
	// prints them.
	Rates []Rate
}

// OverallSheets reads the department performance sheets of a document.
func OverallSheets(doc *extract.Document) []*OverallSheet {
	var out []*OverallSheet
	for title, t := range titledTables(doc) {
		if s := readOverall(t); s != nil {
			s.Title = title
			if s.Title == "" {
				s.Title = t.Title
			}
			out = append(out, s)
		}
	}
	return out
}

// overallColumns are the columns an overall sheet is read by: the task
// names and the 财政拨款 part of 全年执行数, and the last heading row; and
// the 总额 of 全年预算数 and 全年执行数 and the 执行率 (−1 where not printed).
type overallColumns struct {
	label, fiscal, lastHead int
	budget, actual, rate    int
	money                   string
}

// readOverall reads a table as a department performance sheet; nil when
// it is not one (no 全年执行数 split by source, no 任务名称 column, or no
// 金额合计 row).
func readOverall(t *extract.Table) *OverallSheet {
	g := t.Grid()
	cols, ok := overallHeadings(g)
	if !ok {
		return nil
	}
	s := &OverallSheet{Money: cols.money}
	for r := cols.lastHead + 1; r < len(g); r++ {
		x := g[r][cols.label]
		if x == nil || x.Row != r || strings.TrimSpace(x.Text) == "" {
			continue
		}
		name := strings.TrimSpace(x.Text)
		c := sheetCell(t, g, r, cols.fiscal, name, "全年执行数 财政拨款")
		if g[r][cols.fiscal] == nil || g[r][cols.fiscal] == x {
			continue
		}
		if rt, ok := overallRate(t, g, r, cols, name); ok {
			s.Rates = append(s.Rates, rt)
		}
		if IsTotal(name) {
			s.Total = c
			return s
		}
		s.Tasks = append(s.Tasks, c)
	}
	return nil
}

// overallHeadings finds the columns of an overall sheet in its heading
// rows: a cell 全年执行数 whose span holds a cell 财政拨款 below it, and a
// cell 任务名称 left of it.
func overallHeadings(g [][]*extract.Cell) (overallColumns, bool) {
	for r := 0; r < len(g) && r < 6; r++ {
		for c, x := range g[r] {
			if x == nil || x.Col != c || x.Row != r || !strings.HasPrefix(Key(x.Text), "全年执行数") {
				continue
			}
			lo, hi := c, headingEnd(g[r], c)
			for sub := r + 1; sub < len(g) && sub <= r+2; sub++ {
				for k := lo; k < hi; k++ {
					y := g[sub][k]
					if y == nil || y.Col != k || Key(y.Text) != "财政拨款" {
						continue
					}
					if label := taskColumn(g, sub, lo); label >= 0 {
						cols := overallColumns{label: label, fiscal: k, lastHead: sub, money: moneyUnit(Key(x.Text))}
						cols.actual = subColumn(g, r, sub, lo, "总额")
						cols.budget, cols.rate = budgetTotal(g, r, sub), headingColumn(g, sub, "执行率")
						return cols, true
					}
				}
			}
		}
	}
	return overallColumns{}, false
}

// headingEnd returns the column after the span of the heading at row
// g[c]: its own columns and the empty ones right of it (a heading printed
// over several columns whose cells were not merged).
func headingEnd(row []*extract.Cell, c int) int {
	k := c + 1
	for k < len(row) && (row[k] == row[c] || row[k] == nil || strings.TrimSpace(row[k].Text) == "") {
		k++
	}
	return k
}

// taskColumn returns the column headed 任务名称 in the heading rows up to
// last, left of column before; −1 for none.
func taskColumn(g [][]*extract.Cell, last, before int) int {
	for r := 0; r <= last; r++ {
		for c := 0; c < before && c < len(g[r]); c++ {
			if x := g[r][c]; x != nil && x.Col == c && Key(x.Text) == "任务名称" {
				return c
			}
		}
	}
	return -1
}

// subColumn returns the column of the sub-heading named name in rows
// below r up to last under the heading at row r, column c; −1 for none.
func subColumn(g [][]*extract.Cell, r, last, c int, name string) int {
	hi := headingEnd(g[r], c)
	for sub := r + 1; sub <= last; sub++ {
		for k := c; k < hi; k++ {
			if y := g[sub][k]; y != nil && y.Col == k && Key(y.Text) == name {
				return k
			}
		}
	}
	return -1
}

// budgetTotal returns the column of the 总额 under the 全年预算数 heading
// of row r; −1 for none.
func budgetTotal(g [][]*extract.Cell, r, last int) int {
	for c, x := range g[r] {
		if x != nil && x.Col == c && x.Row == r && strings.HasPrefix(Key(x.Text), "全年预算数") {
			return subColumn(g, r, last, c, "总额")
		}
	}
	return -1
}

// headingColumn returns the column of the heading named like name (执行率)
// in the heading rows up to last; −1 for none.
func headingColumn(g [][]*extract.Cell, last int, name string) int {
	for r := 0; r <= last; r++ {
		for c, x := range g[r] {
			if x != nil && x.Col == c && x.Row == r && strings.HasPrefix(Key(x.Text), name) {
				return c
			}
		}
	}
	return -1
}

// overallRate returns the 执行率 of row r with the amounts it divides.
func overallRate(t *extract.Table, g [][]*extract.Cell, r int, cols overallColumns, name string) (Rate, bool) {
	if cols.rate < 0 || cols.budget < 0 || cols.actual < 0 {
		return Rate{}, false
	}
	for _, c := range []int{cols.rate, cols.budget, cols.actual} {
		if x := g[r][c]; x == nil || x.Row != r {
			return Rate{}, false
		}
	}
	return Rate{
		Rate:   sheetCell(t, g, r, cols.rate, name, "执行率"),
		Budget: sheetCell(t, g, r, cols.budget, name, "全年预算数 总额"),
		Actual: sheetCell(t, g, r, cols.actual, name, "全年执行数 总额"),
	}, true
}
