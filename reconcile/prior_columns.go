package reconcile

import (
	"strings"

	"github.com/gouji/gouji/reconcile/tables"
	"github.com/gouji/gouji/segment"
)

// Last year's figures a report prints in its tables: a 上年 column (上年预算
// 数, 2025年预算数 in a 2026 report) beside this year's, on classification
// rows, or on the items of a 三公 table.

// addPrevColumns keeps every figure of a last-year column as a
// restatement.
func (s *Summary) addPrevColumns(p *Pass) {
	s.Restated = append(s.Restated, columnRestatements(p, s.lastYearColumn, columnKey)...)
}

// columnRestatements reads the cells of the columns a table prints for
// another report's figures (which says pick), each row keyed by key ("" to
// leave the row out).
func columnRestatements(p *Pass, pick func(*tables.Table, tables.Column) bool, key func(*tables.Table, *tables.Record, tables.Column) string) []Restatement {
	var out []Restatement
	for _, t := range p.Tables.Tables {
		e, ok := tableUnitExp(t)
		if !ok {
			continue
		}
		for _, col := range t.Columns {
			if col.Role != tables.RoleValue || col.Percent || !pick(t, col) {
				continue
			}
			for _, r := range t.Records {
				c, has := r.Cells[col.Index]
				if r.Heading || !has || c.Pct {
					continue
				}
				if k := key(t, r, col); k != "" {
					out = append(out, cellRestatement(cellOf(t, r, col.Index), k, e))
				}
			}
		}
	}
	return out
}

// lastYearColumn reports whether a column gives last year's figure of the
// report's kind: 上年 or last year's number in its heading, no carry-over
// (上年结转), no change, no figure of the other kind (上年决算 in a budget).
func (s *Summary) lastYearColumn(t *tables.Table, col tables.Column) bool {
	h := col.Heading()
	for _, w := range []string{"结转", "结余", "增", "减", "变动", "执行", "实际", "调整"} {
		if strings.Contains(h, w) {
			return false
		}
	}
	if t.Budget && strings.Contains(h, "决算") || !t.Budget && strings.Contains(h, "预算") {
		return false
	}
	y := s.Identity.Year
	return strings.Contains(h, "上年") || y != 0 && pathYear(col.Path) == y-1
}

// columnKey is the item key of a cell of a last-year column: the row's
// classification code, or the 三公 item the column names in a 三公 table.
func columnKey(t *tables.Table, r *tables.Record, col tables.Column) string {
	if code := recordCode(r); code != "" {
		return "code:" + code
	}
	if t.Kind != tables.KindSanGong {
		return ""
	}
	for i := len(col.Path) - 1; i >= 0; i-- {
		if k := termKey(col.Path[i]); strings.HasPrefix(k, "三公:") {
			return k
		}
		if strings.Contains(col.Path[i], "合计") {
			return "三公:合计"
		}
	}
	return ""
}

// cellRestatement is a last-year cell as a restatement.
func cellRestatement(x term, key string, e int32) Restatement {
	iv := x.Cell.Interval().Scale(e)
	m := segment.Mention{Text: x.Cell.Text, Unit: unitWord(e), Scale: e, Value: x.Cell.Value}
	r := Restatement{Key: key, Name: rowName(x.R) + " [" + colName(x.T, x.Col) + "]", Ways: []RestateWay{way(ByPrinted, m, iv, iv, e)}}
	page, pos := x.place()
	r.Finding = Finding{Page: page, Pos: pos, Quote: x.R.Quote, Claimed: x.Cell.Value.String(), Unit: m.Unit, Evidence: []Evidence{x.evidence()}}
	return r
}
