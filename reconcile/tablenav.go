package reconcile

import (
	"strings"

	"github.com/gouji/gouji/num"
	"github.com/gouji/gouji/reconcile/tables"
)

// Table navigation shared by the table rules and the figure resolver: the
// sides (panels) of a statement, its total rows, the column of a row that
// carries its total or a heading's figure, and the table of a kind nearest
// to a place in the document.

// nearestKind returns the table of kind k nearest to block whose budget
// flag is budget, or nil.
func nearestKind(p *Pass, k tables.Kind, block int, budget bool) *tables.Table {
	return tables.NearestTo(block, p.Tables.ByKind(k), func(t *tables.Table) bool { return t.Budget == budget })
}

// nearestWhere returns the table nearest t (by place in the document, of
// the same budget flag) that ok accepts, or nil.
func nearestWhere(p *Pass, t *tables.Table, ok func(*tables.Table) bool) *tables.Table {
	return tables.NearestTo(t.Block, p.Tables.Tables, func(o *tables.Table) bool {
		return o != t && o.Budget == t.Budget && ok(o)
	})
}

// anyKind reports whether the document has a table of kind k at all.
func anyKind(p *Pass, kinds ...tables.Kind) bool {
	for _, k := range kinds {
		if len(p.Tables.ByKind(k)) > 0 {
			return true
		}
	}
	return false
}

// panelsWith returns the panels of t whose outermost headings contain
// word (收入, 支出).
func panelsWith(t *tables.Table, word string) []int {
	var out []int
	for _, p := range t.Panels {
		for _, c := range p.Columns {
			path := t.Columns[c].Path
			if len(path) > 0 && strings.Contains(path[0], word) {
				out = append(out, p.Index)
				break
			}
		}
	}
	return out
}

// incomePanels and expenditurePanels return the two sides of a summary
// statement: by heading, else the first and the later panels.
func incomePanels(t *tables.Table) []int {
	if ps := panelsWith(t, "收入"); len(ps) > 0 {
		return ps
	}
	if len(t.Panels) >= 2 {
		return []int{0}
	}
	return nil
}

func expenditurePanels(t *tables.Table) []int {
	if ps := panelsWith(t, "支出"); len(ps) > 0 {
		return ps
	}
	var out []int
	for i := 1; i < len(t.Panels); i++ {
		out = append(out, i)
	}
	return out
}

func inPanels(r *tables.Record, panels []int) bool {
	for _, p := range panels {
		if r.Panel == p {
			return true
		}
	}
	return false
}

// firstTotal returns the first total row of a statement side: the year's
// total (本年收入合计, 本年支出合计, 收入总计 in budgets without balances).
func firstTotal(t *tables.Table, panels []int) *tables.Record {
	for _, r := range t.Records {
		if inPanels(r, panels) && !r.Heading && r.Code == "" && tables.IsTotal(r.Label) {
			return r
		}
	}
	return nil
}

// grandTotal returns the last total row of a statement side (收入总计):
// the year's total plus the balances carried in.
func grandTotal(t *tables.Table, panels []int) *tables.Record {
	for _, r := range t.Records {
		if inPanels(r, panels) && !r.Heading && r.Code == "" && tables.IsGrandTotal(r.Label) {
			return r
		}
	}
	return nil
}

// carriesBalances reports whether a table's amount columns include
// balances carried in (上年结转, 使用非财政拨款结余, 上年实户资金余额,
// 用事业基金弥补收支差额) beside the year's income: its 合计 is then the
// statement's 收入总计, not its 本年收入合计.
func carriesBalances(t *tables.Table) bool {
	for _, c := range t.Columns {
		if c.Role != tables.RoleValue {
			continue
		}
		leaf := c.Leaf()
		if tables.IsCarry(leaf) || strings.Contains(leaf, "余额") || strings.Contains(leaf, "弥补") {
			return true
		}
	}
	return false
}

// tableTotal returns the 合计 (or 总计) row of a classified table.
func tableTotal(t *tables.Table) *tables.Record {
	for _, r := range t.Records {
		if r.Heading || r.Code != "" {
			continue
		}
		switch tables.StripNumbering(r.Label) {
		case "合计", "总计":
			return r
		}
	}
	return nil
}

// totalColumn returns the column of a record that carries its total: the
// amount column headed by a total word nearest the top of the heading,
// else the record's only amount column; −1 when there is none.
func totalColumn(t *tables.Table, r *tables.Record) int {
	best, depth := -1, 0
	cols := t.ColumnsOf(r)
	for _, c := range cols {
		col := &t.Columns[c]
		if col.Percent || !tables.IsTotal(col.Leaf()) {
			continue
		}
		if best < 0 || len(col.Path) < depth {
			best, depth = c, len(col.Path)
		}
	}
	if best < 0 && len(cols) == 1 && !t.Columns[cols[0]].Percent {
		best = cols[0]
	}
	return best
}

// columnWhere returns the first amount column of r whose heading path
// satisfies pred, or −1.
func columnWhere(t *tables.Table, r *tables.Record, pred func(path []string) bool) int {
	for _, c := range t.ColumnsOf(r) {
		if pred(t.Columns[c].Path) {
			return c
		}
	}
	return -1
}

func leafIs(word string) func([]string) bool {
	return func(path []string) bool { return len(path) > 0 && path[len(path)-1] == word }
}

func pathHas(word string) func([]string) bool {
	return func(path []string) bool {
		for _, k := range path {
			if strings.Contains(k, word) {
				return true
			}
		}
		return false
	}
}

// classRows returns a table's 类 rows by code: printed codes, or for a
// statement the codes its 类 names stand for on a side that lists
// function 类. A table coded by unit (单位编码) has no 类 rows.
func classRows(t *tables.Table, panels []int) (map[string]*tables.Record, []string) {
	rows := map[string]*tables.Record{}
	var order []string
	if unitCoded(t) {
		return rows, nil
	}
	sides := map[int]sideKind{}
	for _, r := range t.Records {
		if r.Heading || panels != nil && !inPanels(r, panels) {
			continue
		}
		code := ""
		switch {
		case r.Level == 1 && r.Code != "":
			code = r.Code
		case r.Code == "" && r.Class != "":
			if _, ok := sides[r.Panel]; !ok {
				sides[r.Panel] = sideOf(t, r.Panel)
			}
			if sides[r.Panel] == sideFunction {
				code = r.Class
			}
		}
		if code == "" || strings.HasPrefix(code, "3") {
			continue
		}
		if _, dup := rows[code]; !dup {
			rows[code] = r
			order = append(order, code)
		}
	}
	return rows, order
}

// fundItem returns the numbered income item of a fund (一、一般公共预算财政
// 拨款收入) before the year's total of a statement side.
func fundItem(t *tables.Table, panels []int, fund fundKind) *tables.Record {
	for _, r := range t.Records {
		if !inPanels(r, panels) || r.Heading {
			continue
		}
		if tables.IsTotal(r.Label) {
			return nil
		}
		k := tables.Key(r.Label)
		if tables.Ordinal(r.Label) && strings.Contains(k, string(fund)) && !strings.Contains(k, "结转") {
			return r
		}
	}
	return nil
}

// spendingColumn returns the column of a fund table that totals the year's
// spending: the total under 本年支出 where the table also prints balances,
// else its total column.
func spendingColumn(t *tables.Table, r *tables.Record) int {
	for _, c := range t.ColumnsOf(r) {
		path := t.Columns[c].Path
		if len(path) >= 2 && strings.Contains(path[len(path)-2], "本年支出") && tables.IsTotal(path[len(path)-1]) {
			return c
		}
	}
	for _, c := range t.ColumnsOf(r) {
		if leafIs("本年支出")(t.Columns[c].Path) {
			return c
		}
	}
	for _, c := range t.ColumnsOf(r) {
		if pathHas("结转")(t.Columns[c].Path) || pathHas("本年收入")(t.Columns[c].Path) {
			return -1 // a balance table whose spending column was not found
		}
	}
	return totalColumn(t, r)
}

// unitCoded reports whether a table's codes are those of budget units
// (单位编码: 204001 西安市科学技术局), not of the classification.
func unitCoded(t *tables.Table) bool {
	for _, c := range t.Columns {
		if c.Role == tables.RoleCode && strings.Contains(c.Leaf(), "单位") {
			return true
		}
	}
	return false
}

// sideKind is what the items of a statement's side classify.
type sideKind int

const (
	sideOther       sideKind = iota
	sideFunction             // function 类: 一般公共服务支出, 教育支出
	sideEconomic             // 部门预算 economic 类: 工资福利支出, 商品和服务支出
	sideGovEconomic          // 政府预算 economic 类: 机关工资福利支出, 对事业单位经常性补助
)

// sideOf tells what a statement panel lists from the names of its rows:
// the classification most of them name (function 类 on a tie, as
// 其他支出 is in all three).
func sideOf(t *tables.Table, panel int) sideKind {
	var n [4]int
	for _, r := range t.Records {
		if r.Panel != panel || r.Heading || r.Code != "" {
			continue
		}
		if r.Class != "" {
			n[sideFunction]++
		}
		if tables.EconomicClassCode(r.Label) != "" {
			n[sideEconomic]++
		}
		if tables.GovEconomicClassCode(r.Label) != "" {
			n[sideGovEconomic]++
		}
	}
	best := sideOther
	for k := sideFunction; k <= sideGovEconomic; k++ {
		if n[k] > n[best] {
			best = k
		}
	}
	return best
}

// sameAmount reports whether two cells print the same amount (each read as
// the interval it stands for, in the unit of b's table).
func sameAmount(a, b term) bool {
	if !a.Cell.Has || !b.Cell.Has {
		return false
	}
	return num.Consistent(b.Cell.Value, inUnitOf(a, b.T).Interval())
}
