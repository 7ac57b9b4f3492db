package reconcile

import (
	"fmt"
	"strings"

	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/num"
	"github.com/gouji/gouji/reconcile/tables"
	"github.com/shopspring/decimal"
)

// term is one table cell taking part in a check.
type term struct {
	T    *tables.Table
	R    *tables.Record
	Col  int
	Cell tables.Cell
}

// cellOf returns the term for record r's amount in column col.
func cellOf(t *tables.Table, r *tables.Record, col int) term {
	return term{T: t, R: r, Col: col, Cell: r.Cells[col]}
}

// rowName is how a row is named in messages and evidence: its code and
// name ("201 一般公共服务支出"), or its label.
func rowName(r *tables.Record) string {
	if r == nil {
		return ""
	}
	switch {
	case r.Code != "" && r.Label != "":
		return r.Code + " " + r.Label
	case r.Code != "":
		return r.Code
	}
	return r.Label
}

// colName is how a column is named: its heading path, or its position
// when it has no heading.
func colName(t *tables.Table, col int) string {
	if col >= 0 && col < len(t.Columns) {
		if h := t.Columns[col].Heading(); h != "" {
			return h
		}
	}
	return fmt.Sprintf("column %d", col+1)
}

// colMsg names a column in a message: its heading path, or its position
// when it has no heading.
func colMsg(t *tables.Table, col int) i18n.Msg {
	if col >= 0 && col < len(t.Columns) {
		if h := t.Columns[col].Heading(); h != "" {
			return i18n.Text(h)
		}
	}
	return i18n.M("table.column.n", col+1)
}

// amount is a term's figure for a message, in the unit of table t.
func amount(v num.Value, t *tables.Table) i18n.Amount {
	return i18n.Amount{Value: i18n.Num(v.String()), Unit: t.Unit()}
}

// evidence describes a term.
func (x term) evidence() Evidence {
	page, at := x.place()
	return Evidence{
		Kind:   EvidenceTable,
		At:     &at,
		Page:   page,
		Table:  x.T.Name(),
		Row:    rowName(x.R),
		Column: colName(x.T, x.Col),
		Value:  x.Cell.Text,
		Quote:  x.R.Quote,
		Line:   x.Cell.Line,
		File:   x.T.Src.File,

		Paragraph: x.Cell.Paragraph,
		Cell:      sheetCell(x.T.Src.Sheet, x.Cell.Ref),
	}
}

// sheetCell names a worksheet cell with its sheet ("公开05表!C17"); "" for a
// table not read from a workbook.
func sheetCell(sheet, ref string) string {
	if ref == "" {
		return ""
	}
	return sheet + "!" + ref
}

// where names a term in a message: "合计 [本年收入合计]".
func (x term) where() i18n.Msg {
	return i18n.M("table.cell", rowName(x.R), colMsg(x.T, x.Col))
}

// place returns the page and sort position of a term.
func (x term) place() (int, Position) {
	page := x.Cell.Page
	if page == 0 {
		page = x.T.Page()
	}
	return page, Position{Block: x.T.Block, Row: x.R.Row, Col: x.Col}
}

// sumOf returns the interval of the sum of the terms' printed amounts in
// the unit of table unit (empty cells count as exactly 0) and the largest
// number of decimals printed among them.
func sumOf(parts []term, unit *tables.Table) (num.Interval, int32, bool) {
	s := num.Point(decimal.Zero)
	var dec int32
	any := false
	for _, p := range parts {
		if !p.Cell.Has {
			continue
		}
		any = true
		v := inUnitOf(p, unit)
		s = s.Add(v.Interval())
		dec = max(dec, v.Decimals)
	}
	return s, dec, any
}

// containsZero reports whether an interval is the exact point 0 or
// straddles it (amounts printed as 0.00).
func containsZero(iv num.Interval) bool { return iv.Contains(decimal.Zero) }

// checkSum checks that a printed total is the sum of printed parts and
// records the outcome on the pass. what says in words which parts were
// added ("its 款 rows"). Nothing is recorded when neither the total nor any
// part is printed: an empty row of an empty table asserts nothing.
func (p *Pass) checkSum(total term, parts []term, what i18n.Msg) {
	if total.Cell.Text != "" && !total.Cell.Has {
		return // text where a number belongs: a heading, not a claim
	}
	sum, dec, anyPart := sumOf(parts, total.T)
	if !total.Cell.Has && !anyPart {
		return
	}
	if total.Cell.Has && total.Cell.Pct {
		return
	}
	if total.Cell.Has {
		if num.Consistent(total.Cell.Value, sum) {
			p.tally.count(total, true)
			p.Consistent()
			return
		}
		p.tally.count(total, false)
		exp := num.Expected(total.Cell.Value, sum)
		p.reportSum(Error, total, parts, exp.String(), i18n.M("sum.total",
			total.where(), amount(total.Cell.Value, total.T), what, amount(exp, total.T)))
		return
	}
	// The total is printed empty while its parts are not.
	if containsZero(sum) {
		p.Consistent()
		return
	}
	exp := num.Value{D: sum.Mid().Round(dec), Decimals: dec}
	p.reportSum(Warning, total, parts, exp.String(), i18n.M("sum.total.empty",
		total.where(), what, amount(exp, total.T)))
}

// reportSum reports a failed sum with the total and the printed parts as
// evidence.
func (p *Pass) reportSum(sev Severity, total term, parts []term, expected string, msg i18n.Msg) {
	ev := []Evidence{total.evidence()}
	for _, x := range parts {
		if x.Cell.Has {
			ev = append(ev, x.evidence())
		}
	}
	p.Report(total.finding(sev, expected, msg, ev))
}

// finding is a finding that stands at a cell: its row is the quote, its
// figure (if printed) the claimed one.
func (x term) finding(sev Severity, expected string, msg i18n.Msg, ev []Evidence) Finding {
	page, pos := x.place()
	claimed := ""
	if x.Cell.Has {
		claimed = x.Cell.Value.String()
	}
	return Finding{
		Severity: sev,
		Page:     page,
		Quote:    x.R.Quote,
		Claimed:  claimed,
		Expected: expected,
		Unit:     x.T.Unit(),
		Msg:      msg,
		Evidence: ev,
		Pos:      pos,
		Line:     x.Cell.Line,
	}
}

// unitExp returns the power of ten of a unit relative to 元, and false for
// a unit it does not know.
func unitExp(unit string) (int32, bool) {
	switch strings.TrimSpace(unit) {
	case "元":
		return 0, true
	case "千元":
		return 3, true
	case "万元":
		return 4, true
	case "百万元":
		return 6, true
	case "亿元":
		return 8, true
	}
	return 0, false
}

// inUnitOf returns x's amount expressed in the unit of table t: amounts
// of tables printed in different units (元 and 万元 in one budget report)
// are compared in the claimed figure's unit. When either unit is unknown
// the amounts are taken to share one.
func inUnitOf(x term, t *tables.Table) num.Value {
	v := x.Cell.Value
	from, ok1 := unitExp(x.T.Unit())
	to, ok2 := unitExp(t.Unit())
	if ok1 && ok2 && from != to {
		return v.Scale(from - to)
	}
	return v
}

// checkSame checks that two cells print the same figure: want (found
// first, in the table the other follows from) and got (the claim). what
// names the figure. A cell printed empty against a non-zero figure is a
// warning; two empty cells assert nothing.
func (p *Pass) checkSame(want, got term, what i18n.Msg) {
	if want.Cell.Text != "" && !want.Cell.Has || got.Cell.Text != "" && !got.Cell.Has {
		return
	}
	if !want.Cell.Has && !got.Cell.Has {
		return
	}
	if want.Cell.Pct || got.Cell.Pct {
		return
	}
	if want.Cell.Has && got.Cell.Has {
		w := inUnitOf(want, got.T)
		if num.Consistent(got.Cell.Value, w.Interval()) {
			p.Consistent()
			return
		}
		exp := num.Expected(got.Cell.Value, w.Interval())
		p.reportPair(Error, want, got, exp.String(), i18n.M("sum.same",
			what, amount(got.Cell.Value, got.T), got.T.Name(), amount(w, got.T), want.T.Name()))
		return
	}
	// One side is empty.
	printed := want
	if got.Cell.Has {
		printed = got
	}
	if printed.Cell.Value.D.IsZero() {
		p.Consistent()
		return
	}
	expected := ""
	if want.Cell.Has {
		expected = inUnitOf(want, got.T).String()
	}
	empty := got
	if got.Cell.Has {
		empty = want
	}
	p.reportPair(Warning, want, got, expected, i18n.M("sum.same.empty",
		what, amount(printed.Cell.Value, printed.T), printed.T.Name(), empty.T.Name()))
}

// checkAtMost checks that a part (got) does not exceed the whole (want)
// it belongs to: 一般公共预算 spending on a 科目 cannot exceed all spending
// on it. Only a part whose interval lies wholly above the whole's fails.
func (p *Pass) checkAtMost(whole, part term, what i18n.Msg) {
	if whole.Cell.Text != "" && !whole.Cell.Has || part.Cell.Text != "" && !part.Cell.Has {
		return
	}
	if !part.Cell.Has || whole.Cell.Pct || part.Cell.Pct {
		return
	}
	w := num.Interval{}
	if whole.Cell.Has {
		w = inUnitOf(whole, part.T).Interval()
	}
	if part.Cell.Value.Interval().Lo.LessThanOrEqual(w.Hi) {
		p.Consistent()
		return
	}
	if !whole.Cell.Has {
		p.reportPair(Warning, whole, part, "", i18n.M("sum.atmost.empty",
			what, amount(part.Cell.Value, part.T), part.T.Name(), whole.where(), whole.T.Name()))
		return
	}
	v := inUnitOf(whole, part.T)
	p.reportPair(Error, whole, part, v.String(), i18n.M("sum.atmost",
		what, amount(part.Cell.Value, part.T), part.T.Name(), amount(v, part.T), whole.where(), whole.T.Name()))
}

// reportPair reports two cells that disagree; the finding stands at got.
func (p *Pass) reportPair(sev Severity, want, got term, expected string, msg i18n.Msg) {
	p.Report(got.finding(sev, expected, msg, []Evidence{got.evidence(), want.evidence()}))
}
