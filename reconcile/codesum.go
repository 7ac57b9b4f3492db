package reconcile

import (
	"strings"

	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/reconcile/tables"
)

// CodeSum checks the classification hierarchy of every table: a 类 row is
// the sum of its 款 rows, a 款 row the sum of its 项 rows (codes of 3, 5
// and 7 digits, function codes 2xx and economic codes 3xx alike), and a
// 合计 row the sum of the 类 rows — in the 基本支出 table, 人员经费合计 the
// sum of 工资福利支出 (301) and 对个人和家庭的补助 (303), 公用经费合计 the
// sum of the other 类.
var CodeSum = &Analyzer{
	Name: "code-sum",
	Doc:  "类 = Σ款 = Σ项 by classification code, and 合计 (人员经费合计, 公用经费合计) = Σ类 rows, in every amount column",
	Run:  runCodeSum,
}

func runCodeSum(p *Pass) (any, error) {
	for _, t := range p.Tables.Tables {
		children := map[*tables.Record][]*tables.Record{}
		var parents []*tables.Record
		for _, r := range t.Records {
			if r.Parent == nil || r.Heading {
				continue
			}
			if _, ok := children[r.Parent]; !ok {
				parents = append(parents, r.Parent)
			}
			children[r.Parent] = append(children[r.Parent], r)
		}
		for _, parent := range parents {
			if parent.Heading {
				continue
			}
			kids := children[parent]
			what := i18n.M("sum.what.level", len(kids), levelName(kids[0].Level))
			sumByKey(p, t, parent, kids, what)
		}
		checkTotalRows(p, t)
	}
	return nil, nil
}

// levelName names a level of the classification.
func levelName(level int) i18n.Msg {
	switch level {
	case 1:
		return i18n.Text("类")
	case 2:
		return i18n.Text("款")
	case 3:
		return i18n.Text("项")
	}
	return i18n.M("sum.level.sub")
}

// sumByKey checks, in each amount column of total, that total is the sum
// of parts, matching columns across panels by their heading within the
// panel. A column some part does not have is not checked.
func sumByKey(p *Pass, t *tables.Table, total *tables.Record, parts []*tables.Record, what i18n.Msg) {
	for _, col := range t.ColumnsOf(total) {
		if t.Columns[col].Percent {
			continue
		}
		key := t.RelKey(col)
		terms := make([]term, 0, len(parts))
		ok := true
		for _, r := range parts {
			c, has := t.CellByKey(r, key)
			if !has {
				ok = false
				break
			}
			terms = append(terms, term{T: t, R: r, Col: c.Col, Cell: c})
		}
		if !ok {
			continue
		}
		p.checkSum(cellOf(t, total, col), terms, what)
	}
}

// checkTotalRows checks the 合计 rows of a classified table against its
// 类 rows. A table that mixes function and economic 类 is left alone: its
// 合计 cannot be the sum of both.
func checkTotalRows(p *Pass, t *tables.Table) {
	var classes []*tables.Record
	economic, function := false, false
	for _, r := range t.Records {
		if r.Level != 1 || r.Heading {
			continue
		}
		classes = append(classes, r)
		code := r.Code
		if code == "" {
			code = r.Class
		}
		if tables.EconomicCode(code) {
			economic = true
		} else {
			function = true
		}
	}
	if len(classes) == 0 || economic && function {
		return
	}
	for _, r := range t.Records {
		if r.Code != "" || r.Heading || !tables.IsTotal(r.Label) {
			continue
		}
		name := tables.Key(r.Label)
		var parts []*tables.Record
		what := i18n.Text("类")
		for _, c := range classes {
			switch {
			case economic && strings.Contains(name, "人员经费"):
				what = i18n.Text("人员经费 类 (301, 303)")
				if tables.PersonnelClass(c.Code) {
					parts = append(parts, c)
				}
			case economic && strings.Contains(name, "公用经费"):
				what = i18n.Text("公用经费 类 (302, 307, 310, 399…)")
				if !tables.PersonnelClass(c.Code) {
					parts = append(parts, c)
				}
			default:
				parts = append(parts, c)
			}
		}
		if len(parts) == 0 {
			continue
		}
		sumByKey(p, t, r, parts, i18n.M("sum.what.classes", len(parts), what))
	}
}
