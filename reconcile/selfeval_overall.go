package reconcile

import (
	"strings"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/num"
	"github.com/gouji/gouji/reconcile/tables"
	"github.com/shopspring/decimal"
)

// The department performance sheet of a final account (部门整体支出绩效
// 自评表, see tables.OverallSheets) against the statements, under the
// cross-table rule: its 财政拨款 全年执行数 is the department's spending of
// 财政拨款, so
//
//   - the 金额合计 row's is the 本年支出合计 of the 财政拨款收入支出决算总表;
//   - a task named as a function 类 or 款 (公立医院, 住房保障支出) spent
//     what the tables of each appropriation (一般公共预算, 政府性基金, 国有
//     资本经营财政拨款支出表) print on the row of that name.
//
// A sheet need not list its tasks by function, nor count every
// appropriation: the rows are compared only where most tasks named as a
// function agree with the tables, and a 金额合计 that differs from the
// statement is reported only with the tasks whose differences make up
// its own (one root cell, reported on the task and on the total); a
// difference of the total that no task explains is left unchecked.

// overallTask is a task row of a department sheet with the rows of the
// appropriation tables named like it.
type overallTask struct {
	cell  tables.SheetCell
	value num.Value
	rows  []term
	want  num.Interval // the rows' sum, in the sheet's unit
}

// overallSheetChecks checks the department performance sheets of a final
// account against its statements.
func overallSheetChecks(p *Pass) {
	sheets := tables.OverallSheets(p.Doc)
	if len(sheets) == 0 {
		return
	}
	blocks := tableBlocks(p.Doc)
	for _, s := range sheets {
		checkOverallSheet(p, blocks, s)
	}
}

// checkOverallSheet compares one sheet with the 财政拨款收入支出决算总表
// nearest it and that statement's appropriation tables.
func checkOverallSheet(p *Pass, blocks map[*extract.Table]int, s *tables.OverallSheet) {
	exp, ok := unitExp(s.Money)
	total, ok2 := s.Total.Value()
	f := nearestKind(p, tables.KindFiscalSummary, blocks[s.Total.Table], false)
	if !ok || !ok2 || f == nil {
		return
	}
	sub := firstTotal(f, expenditurePanels(f))
	if sub == nil {
		return
	}
	col := totalColumn(f, sub)
	if col < 0 || !sub.Cells[col].Has || sub.Cells[col].Pct {
		return
	}
	stated := cellOf(f, sub, col)
	agree, differ := overallTasks(p, f, s, exp)
	if len(agree) < 2 || len(differ) >= len(agree) {
		return // the tasks are not the statement's functions
	}
	for range agree {
		p.Consistent()
	}
	want := inMoney(stated, exp)
	agrees := num.Consistent(total, want.Interval())
	if !agrees && !total.Interval().Sub(want.Interval()).Overlaps(differences(differ)) {
		p.Unchecked(sheetFinding(blocks, Info, s.Total, "", i18n.M("seo.unaccounted",
			s.Total.Label, s.Total.Heading, i18n.Num(total.String()), i18n.Num(want.String()), f.Name())))
		return
	}
	for _, t := range differ {
		reportOverallTask(p, blocks, s, t)
	}
	if agrees {
		p.Consistent()
		return
	}
	reportOverallTotal(p, blocks, s, total, stated, exp, differ)
}

// overallTasks returns the sheet's tasks named like a row of the
// appropriation tables of statement f, those whose 财政拨款 全年执行数
// agrees with those rows and those that differ.
func overallTasks(p *Pass, f *tables.Table, s *tables.OverallSheet, exp int32) (agree, differ []overallTask) {
	var funds []map[string]term
	for _, k := range []tables.Kind{tables.KindGeneral, tables.KindGovFund, tables.KindStateCapital} {
		if t := p.Tables.Nearest(f, k); t != nil {
			funds = append(funds, rowsByName(t))
		}
	}
	for _, c := range s.Tasks {
		v, ok := c.Value()
		if !ok || strings.HasSuffix(c.Text, "%") {
			continue
		}
		t := overallTask{cell: c, value: v, want: num.Point(decimal.Zero)}
		for _, rows := range funds {
			if x, found := rows[tables.Key(c.Label)]; found {
				t.rows = append(t.rows, x)
				t.want = t.want.Add(inMoney(x, exp).Interval())
			}
		}
		switch {
		case len(t.rows) == 0:
		case num.Consistent(v, t.want):
			agree = append(agree, t)
		default:
			differ = append(differ, t)
		}
	}
	return agree, differ
}

// rowsByName returns the spending cells of a table's coded rows by name:
// for a name printed on several rows, the highest level's (21099 其他卫生
// 健康支出, not its 项 2109999), none where two rows of that level share it.
// A row printed empty spends 0.
func rowsByName(t *tables.Table) map[string]term {
	out := map[string]term{}
	level := map[string]int{}
	for _, r := range t.Records {
		if r.Heading || r.Code == "" || r.Label == "" {
			continue
		}
		c := spendingColumn(t, r)
		if c < 0 || r.Cells[c].Text != "" && !r.Cells[c].Has || r.Cells[c].Pct {
			continue
		}
		k := tables.Key(r.Label)
		switch l, seen := level[k]; {
		case !seen || len(r.Code) < l:
			out[k], level[k] = cellOf(t, r, c), len(r.Code)
		case len(r.Code) == l:
			delete(out, k) // two rows of one level: which is meant is unknown
		}
	}
	return out
}

// inMoney returns a cell's figure in the unit of exponent exp (万元: 4);
// an empty cell is 0.
func inMoney(x term, exp int32) num.Value {
	v := x.Cell.Value
	if !x.Cell.Has {
		return num.Value{D: decimal.Zero}
	}
	if from, ok := unitExp(x.T.Unit()); ok && from != exp {
		return v.Scale(from - exp)
	}
	return v
}

// differences returns the sum of the tasks' differences from their rows.
func differences(ts []overallTask) num.Interval {
	sum := num.Point(decimal.Zero)
	for _, t := range ts {
		sum = sum.Add(t.value.Interval().Sub(t.want))
	}
	return sum
}

// reportOverallTask reports a task whose 财政拨款 全年执行数 is not what
// the appropriation tables print on its function's rows.
func reportOverallTask(p *Pass, blocks map[*extract.Table]int, s *tables.OverallSheet, t overallTask) {
	var names []any
	for _, x := range t.rows {
		names = append(names, i18n.M("seo.rowin", rowName(x.R), x.T.Name()))
	}
	exp := num.Expected(t.value, t.want)
	f := sheetFinding(blocks, Error, t.cell, exp.String(), i18n.M("seo.task",
		t.cell.Label, t.cell.Heading, i18n.Num(t.value.String()), overallName(s), i18n.Join(" + ", names...), spentWord(len(t.rows), exp)))
	for _, x := range t.rows {
		f.Evidence = append(f.Evidence, x.evidence())
	}
	reportOverall(p, s, f)
}

// spentWord says what the rows print: "is X" or "add up to X".
func spentWord(n int, v num.Value) i18n.Msg {
	if n == 1 {
		return i18n.M("seo.is", i18n.Num(v.String()))
	}
	return i18n.M("seo.addup", i18n.Num(v.String()))
}

// reportOverallTotal reports a 金额合计 that is not the statement's
// 本年支出合计, by the differences of the tasks listed.
func reportOverallTotal(p *Pass, blocks map[*extract.Table]int, s *tables.OverallSheet, total num.Value, stated term, exp int32, differ []overallTask) {
	var names []string
	for _, t := range differ {
		names = append(names, t.cell.Label)
	}
	want := inMoney(stated, exp)
	f := sheetFinding(blocks, Error, s.Total, num.Expected(total, want.Interval()).String(), i18n.M("seo.total",
		s.Total.Label, s.Total.Heading, i18n.Num(total.String()), overallName(s), i18n.Num(want.String()), stated.T.Name(), strings.Join(names, ", ")))
	f.Evidence = append(f.Evidence, stated.evidence())
	reportOverall(p, s, f)
}

// reportOverall reports a finding standing on a sheet, in the sheet's
// unit and naming the sheet in its evidence.
func reportOverall(p *Pass, s *tables.OverallSheet, f Finding) {
	f.Unit = s.Money
	if f.Evidence[0].Table == "" {
		f.Evidence[0].Table = overallName(s).String()
	}
	p.Report(f)
}

// overallName names a sheet in messages: its title, or what it is.
func overallName(s *tables.OverallSheet) i18n.Msg {
	if s.Title != "" {
		return i18n.Text(s.Title)
	}
	return i18n.M("seo.sheet")
}
