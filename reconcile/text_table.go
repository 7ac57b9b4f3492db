package reconcile

import (
	"strings"

	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/num"
	"github.com/gouji/gouji/reconcile/tables"
	"github.com/gouji/gouji/segment"
)

// TextTable checks that an amount the narrative states for a figure the
// tables print is the figure the tables print. The figure is found from
// the claim's subject and aspect, never from a report's own wording:
//
//   - a classification row (类, 款, 项), by code or by names — current or
//     former (classRenames), or with a one-character slip — in the table of
//     the fund the sentence or its section speaks of (一般公共预算 → the
//     一般公共预算财政拨款支出表, 财政拨款 → the 财政拨款收入支出总表, else the
//     支出表);
//   - a statement total (收支总计, 本年收入合计, 本年支出合计, 年初/年末结转和
//     结余, 财政拨款收入支出总计), an income source (财政拨款收入, 其他收入 …),
//     基本支出/项目支出, 一般公共预算财政拨款支出, 人员经费/公用经费, the 三公
//     items and 机关运行经费, each in the form that prints it.
//
// The aspect picks the column: an amount without one, or 决算, is the
// report's own kind (决算 in a final account, 预算 in a budget); 预算, 年初
// 预算 and 全年预算 are budget figures, found only where a table prints them
// (the 预算数 columns of the 三公 table of a final account, every table of a
// budget). Amounts in 万元 are compared with cells in 元 by shifting the
// cell into the claim's unit, keeping its printed precision. An amount of
// something the tables do not print (a project's funds) is out of scope;
// one whose figure the tables should print but do not is unchecked.
var TextTable = narrativeRule("text-vs-table",
	"an amount the narrative states for a table figure (classification row, statement total, 基本支出, 人员经费, 三公 …) equals that cell",
	checkTextTable)

func checkTextTable(p *Pass, n *narrative) {
	for c := range n.claims(segment.ClaimAmount) {
		a, ok := c.Arg(segment.RoleValue)
		if !ok || !isMoney(a.Mention) {
			continue
		}
		f := n.figure(p, c)
		if !f.inScope {
			continue
		}
		m := a.Mention
		if len(f.parts) > 0 {
			checkPartsSum(p, n, c, m, f.parts)
			continue
		}
		if !f.found {
			p.uncheckedText(c, m, i18n.M("tt.missing", subj(n.subjectOf(p, c)), fig(m), f.why))
			continue
		}
		cell := f.x.Cell
		if !cell.Has {
			if cell.Text != "" {
				continue // text where an amount belongs: not a figure
			}
			if m.Value.D.IsZero() {
				p.Consistent()
				continue
			}
			p.reportText(c, m, Warning, "", i18n.M("tt.empty",
				subj(n.subjectOf(p, c)), fig(m), f.x.where(), f.x.T.Name()), f.x.evidence())
			continue
		}
		x := agreeing(f, m)
		want, sameUnit := cellIn(x, m.Scale)
		o := outcome{v: judge(m, m.Scale, want.Interval())}
		switch o.v {
		case vSkip:
			o.estimate = i18n.M("tt.estimate", m.Qualifier, i18n.Num(expectedExact(m.Value, want.Interval())), m.Unit, x.T.Name())
		case vBad, vTrunc:
			if e, ok := slipTo(m, want.Interval()); ok {
				o.slip = &slip{arg: a, exp: e, want: want.Interval()}
			}
		}
		if (o.v == vBad || o.v == vTrunc) && n.reportYearFigure(p, c, m) {
			continue // the sentence names the wrong year: report-year's
		}
		if o.v == vBad || o.v == vTrunc {
			if y := n.otherYear(c, m, x); y != 0 {
				p.uncheckedText(c, m, i18n.M("tt.otheryear", subj(n.subjectOf(p, c)), fig(m), y, x.T.Name(), n.res.ReportYear), x.evidence())
				continue
			}
		}
		if p.settle(c, m, o, i18n.Arg(fig(m)), x.evidence()) {
			continue
		}
		v := o.v
		exp := expectedCell(m.Value, want, sameUnit)
		if up := ancestorAgreeing(x, m); up != nil {
			// The amount is the figure of the row above: the sentence
			// names a level below the one it gives.
			p.reportText(c, m, Warning, exp,
				i18n.M("tt.rowabove",
					subj(n.subjectOf(p, c)), fig(m), i18n.Num(exp), m.Unit, x.T.Name(), x.where(), fig(m), rowName(up)),
				x.evidence(), cellOf(x.T, up, x.Col).evidence())
			continue
		}
		p.reportText(c, m, severityOf(v), exp,
			i18n.M("tt.bad",
				subj(n.subjectOf(p, c)), fig(m), i18n.Num(exp), m.Unit, x.T.Name(), x.where(), truncNote(v)),
			x.evidence())
	}
}

// expectedCell prints the table's figure in the claim's unit: as printed
// when the units agree (2961.68 against a claimed 0.3), else rounded to
// the claim's precision (3,503,499 元 against a claim in 万元 with two
// decimals is 350.35).
func expectedCell(claim num.Value, cell num.Value, same bool) string {
	if same {
		return cell.D.StringFixed(max(claim.Decimals, cell.Decimals))
	}
	return num.Expected(claim, cell.Interval()).String()
}

// agreeing returns the cell of f the amount m is judged against: the one
// the claim names, or an alternative it may equally mean when that one
// agrees and the first does not.
func agreeing(f *figure, m segment.Mention) term {
	for _, alt := range f.alt {
		first, _ := cellIn(f.x, m.Scale)
		if judge(m, m.Scale, first.Interval()) == vOK {
			break
		}
		if want, _ := cellIn(alt, m.Scale); alt.Cell.Has && judge(m, m.Scale, want.Interval()) == vOK {
			return alt
		}
	}
	return f.x
}

// ancestorAgreeing returns the row above x's (its 款 or 类) whose cell in
// the same column is the amount m, or nil.
func ancestorAgreeing(x term, m segment.Mention) *tables.Record {
	if x.R == nil {
		return nil
	}
	for up := x.R.Parent; up != nil; up = up.Parent {
		cell, ok := up.Cells[x.Col]
		if !ok || !cell.Has {
			continue
		}
		want, _ := cellIn(cellOf(x.T, up, x.Col), m.Scale)
		if judge(m, m.Scale, want.Interval()) == vOK {
			return up
		}
	}
	return nil
}

// otherYear returns the year a figure is of when it is not the report's
// and the cell found for it does not print that year ("与2016年度相比（2016
// 年度部门支出预算安排为8,648.07万元）" against a 2017 statement), else 0:
// such a figure is not compared with the report year's cell.
func (n *narrative) otherYear(c *segment.Claim, m segment.Mention, x term) int {
	y := n.claimYear(c, m)
	if y == 0 || n.res.ReportYear == 0 || y == n.res.ReportYear {
		return 0
	}
	if x.Col >= 0 && x.Col < len(x.T.Columns) && pathYear(x.T.Columns[x.Col].Path) == y || rowYear(x.T, x.R) == y {
		return 0
	}
	return y
}

// checkPartsSum judges an amount against a figure the tables print only
// as the sum of several rows (人员经费 as 301 + 303 of a 基本支出 table). A
// text may count a part of 303 or 310 otherwise than the table's classes
// do, so a difference is a warning.
func checkPartsSum(p *Pass, n *narrative, c *segment.Claim, m segment.Mention, parts []term) {
	t := parts[0].T
	sum, _, _ := sumOf(parts, t)
	if e, ok := tableUnitExp(t); ok && e != m.Scale {
		sum = sum.Scale(e - m.Scale)
	}
	evs := make([]Evidence, len(parts))
	names := make([]string, len(parts))
	for i, x := range parts {
		evs[i], names[i] = x.evidence(), rowName(x.R)
	}
	o := outcome{v: judge(m, m.Scale, sum)}
	if o.v == vBad || o.v == vTrunc {
		if e, ok := slipTo(m, sum); ok {
			a, _ := c.Arg(segment.RoleValue)
			o.slip = &slip{arg: a, exp: e, want: sum}
		}
	}
	if p.settle(c, m, o, i18n.Arg(fig(m)), evs...) {
		return
	}
	exp := num.Expected(m.Value, sum).String()
	p.reportText(c, m, Warning, exp, i18n.M("tt.rows",
		subj(n.subjectOf(p, c)), fig(m), strings.Join(names, ", "), t.Name(), i18n.Num(exp), m.Unit), evs...)
}
