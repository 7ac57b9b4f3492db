package reconcile

import (
	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/reconcile/tables"
	"github.com/gouji/gouji/report"
)

// templateFollowed is how many of its kind's standard tables a report must
// print before gouji holds it to the whole set: a report that prints fewer
// follows a template of its own (高等学校 决算 prints four), and only its
// 目录 says what it should print.
const templateFollowed = 5

// MissingTable names each standard table the report should print and does
// not, by its standard name: the nine tables of the 部门决算 template, or the
// budget's set (收支总表 … 政府性基金预算支出表), once the report prints enough
// of the set to show it follows it; and every table of a recognised kind
// that the report's own 目录 lists but the report does not print. A document
// that prints none of the report's tables is left to tables-elsewhere.
var MissingTable = &Analyzer{
	Name: "missing-table",
	Doc:  "a standard table the report's kind requires (部门决算: the nine of the national template; 部门预算: 收支总表 … 政府性基金预算支出表), or one its 目录 lists, is not printed",
	Run:  runMissingTable,
}

func runMissingTable(p *Pass) (any, error) {
	if !p.Tables.HasReportTable() {
		return nil, nil
	}
	id := identity(p)
	have := printedKinds(p.Doc, p.Tables)
	listed := listedTables(p.Doc)
	whole := followsStandard(id.Kind, have)
	for i, s := range standards {
		if have[s.kind] != nil {
			continue
		}
		entry, inTOC := listed[s.kind]
		switch {
		case inTOC:
			p.record(Finding{Severity: Error, Page: entry.Para.Page, Pos: Position{Block: entry.Block},
				Quote: entry.Para.Text, Msg: i18n.M("missing-table.listed", entry.Text)})
		case whole && s.required(id.Kind):
			page, block := placeAfter(have, i)
			p.record(Finding{Severity: Error, Page: page, Pos: Position{Block: block},
				Msg: i18n.M("missing-table.standard", s.name(id.Kind), id.Kind.String())})
		}
	}
	return nil, nil
}

// followsStandard reports whether a report of kind k prints enough of its
// standard tables to be held to all of them.
func followsStandard(k report.Kind, have map[tables.Kind]*tables.Table) bool {
	if k == report.KindUnknown {
		return false
	}
	n := 0
	for _, s := range standards {
		if s.required(k) && have[s.kind] != nil {
			n++
		}
	}
	return n >= templateFollowed
}

// placeAfter returns where standard table i would stand: after the last
// page of the nearest standard table before it that the report prints (or
// before the first one it prints).
func placeAfter(have map[tables.Kind]*tables.Table, i int) (page, block int) {
	for j := i - 1; j >= 0; j-- {
		if t := have[standards[j].kind]; t != nil {
			if n := len(t.Src.Pages); n > 0 {
				return t.Src.Pages[n-1], t.Block
			}
			return t.Page(), t.Block
		}
	}
	for _, s := range standards[i+1:] {
		if t := have[s.kind]; t != nil {
			return t.Page(), t.Block
		}
	}
	return 1, 0
}
