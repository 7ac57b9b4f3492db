package reconcile

import (
	"strings"

	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/reconcile/tables"
)

// Statement totals, income sources, spending parts and fund totals, each
// in the form that prints it.

// economicFigure finds an economic classification item of basic
// expenditure ("一般公共预算基本支出会议费6.59万元": 30215 会议费 of the 基本
// 支出表); a name the table does not list is out of scope.
func economicFigure(ctx *lookupCtx, item string) *figure {
	t := nearestKind(ctx.p, tables.KindBasic, ctx.block, ctx.budget)
	if t == nil {
		return &figure{}
	}
	for _, r := range t.Records {
		if r.Heading || r.Code == "" || !tables.EconomicCode(r.Code) || matchName(item, r.Name()) != matchExact {
			continue
		}
		if c := totalColumn(t, r); c >= 0 {
			return found(t, r, c)
		}
		if cols := t.ColumnsOf(r); len(cols) > 0 {
			return found(t, r, cols[0])
		}
	}
	return &figure{}
}

// statementPrefixes are the words a statement total may be named with
// before 总计 or 合计: 收支总计, 收入支出总计, 财政拨款收、支总计, 本年收入合计.
var statementPrefixes = strings.NewReplacer("、", "", "财政拨款", "", "部门", "", "本年", "", "全年", "", "年度", "")

// statementWord reports whether k names a statement total ending in word
// (总计, 收入合计, 支出合计) and nothing else: "保税物流中心招商运营支出总计"
// is a project's total, not the statement's.
func statementWord(k, word string) bool {
	r := statementPrefixes.Replace(k)
	switch word {
	case "总计":
		return r == "总计" || r == "收支总计" || r == "收入支出总计" || r == "收入总计" || r == "支出总计"
	case "收入合计", "支出合计":
		// A budget names its totals 收入预算 and 支出预算.
		return r == word || r == strings.TrimSuffix(word, "合计")+"预算"
	}
	return false
}

// statementKind is the statement a sentence speaks of: the 财政拨款 one
// when it names a fund, the department's otherwise.
func statementKind(ctx *lookupCtx) tables.Kind {
	if fundOf(ctx.c.Subject.Text) != fundAll || ctx.fund == fundFiscal {
		return tables.KindFiscalSummary
	}
	return tables.KindSummary
}

// withGrandTotal adds the statement's 总计 as an alternative to the year's
// total f when the claim names the total by the budget's word (收入预算,
// 支出预算): a budget says 收入预算 of its 本年收入合计 or, where balances are
// carried in, of its 收入总计, and the words do not tell which.
func withGrandTotal(ctx *lookupCtx, f *figure, income bool) *figure {
	if !f.found || !strings.HasSuffix(statementPrefixes.Replace(ctx.key), "预算") {
		return f
	}
	side := expenditurePanels(f.x.T)
	if income {
		side = incomePanels(f.x.T)
	}
	if r := grandTotal(f.x.T, side); r != nil && r != f.x.R {
		if c := totalColumn(f.x.T, r); c >= 0 {
			f.alt = append(f.alt, cellOf(f.x.T, r, c))
		}
	}
	return f
}

// grandTotalFigure finds 总计 (收支总计, 收入总计, 支出总计).
func grandTotalFigure(ctx *lookupCtx) *figure {
	kind := statementKind(ctx)
	t := nearestKind(ctx.p, kind, ctx.block, ctx.budget)
	if t == nil {
		return noTable(ctx, kind)
	}
	side := incomePanels(t)
	if strings.Contains(ctx.key, "支出总计") && !strings.Contains(ctx.key, "收") {
		side = expenditurePanels(t)
	}
	for _, r := range t.Records {
		if r.Heading || !inPanels(r, side) || !tables.IsGrandTotal(r.Label) {
			continue
		}
		if c := totalColumn(t, r); c >= 0 {
			return found(t, r, c)
		}
	}
	return missing(i18n.M("fig.stmt.nototal", t.Name()))
}

// carryFigure finds 年初结转和结余 (which="年初") or 年末结转和结余.
func carryFigure(ctx *lookupCtx, which string) *figure {
	kind := statementKind(ctx)
	fund := fundKind("")
	if ctx.fund != fundAll && ctx.fund != fundFiscal {
		kind, fund = tables.KindFiscalSummary, ctx.fund
	}
	t := nearestKind(ctx.p, kind, ctx.block, ctx.budget)
	if t == nil {
		return noTable(ctx, kind)
	}
	for i, r := range t.Records {
		k := tables.StripNumbering(r.Label)
		if r.Heading || !strings.Contains(k, which) || !tables.IsCarry(k) {
			continue
		}
		if fund != fundAll {
			return fundCarry(t, i, fund)
		}
		if c := totalColumn(t, r); c >= 0 {
			return found(t, r, c)
		}
	}
	return missing(i18n.M("fig.stmt.nocarry", which, t.Name()))
}

// fundCarry finds one fund's part of the 结转和结余 row at index i of a
// 财政拨款 statement: the fund's row below it (年初: 一般公共预算财政拨款,
// 政府性基金预算财政拨款 …), else the fund's column on it (年末).
func fundCarry(t *tables.Table, i int, fund fundKind) *figure {
	carry := t.Records[i]
	for _, r := range t.Records[i+1:] {
		if r.Panel != carry.Panel || r.Heading {
			continue
		}
		if fundOf(r.Label) == fundAll || tables.IsTotal(r.Label) || tables.IsCarry(tables.StripNumbering(r.Label)) {
			break
		}
		if fundOf(r.Label) == fund {
			if c := totalColumn(t, r); c >= 0 {
				return found(t, r, c)
			}
		}
	}
	if c := columnWhere(t, carry, pathHas(string(fund))); c >= 0 {
		return found(t, carry, c)
	}
	return missing(i18n.M("fig.stmt.nofundcarry", string(fund), carry.Label, t.Name()))
}

// yearTotalFigure finds 本年收入合计 (income) or 本年支出合计.
func yearTotalFigure(ctx *lookupCtx, income bool) *figure {
	kind := statementKind(ctx)
	if ctx.fund == fundGeneral && !income {
		if f := generalTotal(ctx); f != nil {
			return f
		}
	}
	if t := nearestKind(ctx.p, kind, ctx.block, ctx.budget); t != nil {
		side := expenditurePanels(t)
		if income {
			side = incomePanels(t)
		}
		if r := firstTotal(t, side); r != nil {
			if c := totalColumn(t, r); c >= 0 {
				return found(t, r, c)
			}
		}
	}
	detail := tables.KindExpenditure
	if income {
		detail = tables.KindIncome
	}
	if t := nearestKind(ctx.p, detail, ctx.block, ctx.budget); t != nil {
		if r := totalRecord(t); r != nil {
			if c := totalColumn(t, r); c >= 0 {
				return found(t, r, c)
			}
		}
	}
	return noTable(ctx, kind, detail)
}

// generalTotal returns the 合计 row of the 一般公共预算财政拨款支出表 in its
// spending column, or nil.
func generalTotal(ctx *lookupCtx) *figure {
	t := nearestKind(ctx.p, tables.KindGeneral, ctx.block, ctx.budget)
	if t == nil {
		return nil
	}
	r := totalRecord(t)
	if r == nil {
		return nil
	}
	if c := spendingColumn(t, r); c >= 0 {
		return found(t, r, c)
	}
	return nil
}

// incomeSources are the income columns of the 收入表.
var incomeSources = []string{"财政拨款收入", "上级补助收入", "事业收入", "事业单位经营收入", "经营收入", "附属单位上缴收入", "其他收入"}

func incomeSource(k string) string {
	for _, s := range incomeSources {
		if k == s || k == "本年"+s {
			return s
		}
	}
	return ""
}

// incomeFigure finds an income source: its column on the 收入表's 合计 row,
// else (财政拨款收入) the 财政拨款 statement's income total, or the
// department statement's income row.
func incomeFigure(ctx *lookupCtx, src string) *figure {
	if t := nearestKind(ctx.p, tables.KindIncome, ctx.block, ctx.budget); t != nil {
		if r := totalRecord(t); r != nil {
			if c := columnWhere(t, r, func(path []string) bool {
				return len(path) > 0 && (path[len(path)-1] == src || src == "经营收入" && strings.HasSuffix(path[len(path)-1], "经营收入"))
			}); c >= 0 {
				return found(t, r, c)
			}
		}
	}
	if src == "财政拨款收入" {
		if t := nearestKind(ctx.p, tables.KindFiscalSummary, ctx.block, ctx.budget); t != nil {
			if r := firstTotal(t, incomePanels(t)); r != nil {
				if c := totalColumn(t, r); c >= 0 {
					return found(t, r, c)
				}
			}
		}
	}
	if t := nearestKind(ctx.p, tables.KindSummary, ctx.block, ctx.budget); t != nil {
		for _, r := range t.Records {
			if r.Heading || !inPanels(r, incomePanels(t)) || tables.IsTotal(r.Label) {
				continue
			}
			if tables.StripNumbering(r.Label) == src {
				if c := totalColumn(t, r); c >= 0 {
					return found(t, r, c)
				}
			}
		}
	}
	return noTable(ctx, tables.KindIncome, tables.KindSummary)
}

// spendingParts are the spending columns of the 支出表.
var spendingParts = []string{"基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"}

// spendingPart returns the spending column a subject names, with the fund
// prefix ("一般公共预算财政拨款基本支出") allowed.
func spendingPart(k string) string {
	for _, s := range spendingParts {
		if k == s || k == "本年"+s {
			return s
		}
		if strings.HasSuffix(k, s) && fundOf(k) != fundAll {
			rest := strings.TrimSuffix(k, s)
			if strings.HasSuffix(rest, "财政拨款") || strings.HasSuffix(rest, "预算") || strings.HasSuffix(rest, "拨款") {
				return s
			}
		}
	}
	return ""
}

// spendingFigure finds 基本支出 or 项目支出: in the 一般公共预算财政拨款
// 支出表 when the sentence speaks of that fund (for 基本支出, else the
// total of the 基本支出 table), in the 财政拨款支出表 when it speaks of
// 财政拨款, in the 支出表 otherwise — and as a last resort for the
// 一般公共预算, whose parts it holds when the department has no other
// funds.
func spendingFigure(ctx *lookupCtx, part string) *figure {
	fund := fundOf(ctx.c.Subject.Text)
	if fund == fundAll {
		fund = ctx.fund
	}
	order := []tables.Kind{tables.KindExpenditure, tables.KindGeneral}
	switch fund {
	case fundGeneral:
		order = []tables.Kind{tables.KindGeneral}
	case fundFiscal:
		// The 财政拨款 spending table, else the 一般公共预算's, never the
		// all-funds 支出表, whose parts add 事业收入 and other funds.
		order = []tables.Kind{tables.KindFiscalExpenditure, tables.KindGeneral}
	}
	for _, k := range order {
		if f := spendingColumnFigure(ctx, k, part); f != nil {
			return f
		}
	}
	if fund != fundGeneral {
		return noTable(ctx, order...)
	}
	if part == "基本支出" {
		if f := basicTotalFigure(ctx); f.found {
			return f
		}
	}
	if f := spendingColumnFigure(ctx, tables.KindExpenditure, part); f != nil {
		return f
	}
	if part == "基本支出" {
		return basicTotalFigure(ctx)
	}
	return noTable(ctx, tables.KindGeneral, tables.KindExpenditure)
}

// spendingColumnFigure finds the column of a spending part on the total
// row of the table of kind k nearest the claim; nil when there is none.
func spendingColumnFigure(ctx *lookupCtx, k tables.Kind, part string) *figure {
	t := nearestKind(ctx.p, k, ctx.block, ctx.budget)
	if t == nil {
		return nil
	}
	r := totalRecord(t)
	if r == nil {
		return nil
	}
	if c := columnWhere(t, r, leafIs(part)); c >= 0 {
		return found(t, r, c)
	}
	return nil
}

// fundSpending reports whether a subject names the spending of the
// 一般公共预算 (一般公共预算财政拨款支出, 一般公共预算支出).
func fundSpending(k string) bool {
	switch k {
	case "一般公共预算财政拨款支出", "一般公共预算支出", "一般公共预算拨款支出", "一般公共预算财政拨款支出决算", "本年一般公共预算财政拨款支出":
		return true
	}
	return false
}

// fundSpendingFigure finds the 一般公共预算 spending total: the 合计 of its
// table, else its column on the 财政拨款 statement's 本年支出合计.
func fundSpendingFigure(ctx *lookupCtx) *figure {
	if f := generalTotal(ctx); f != nil {
		return f
	}
	if t := nearestKind(ctx.p, tables.KindFiscalSummary, ctx.block, ctx.budget); t != nil {
		if r := firstTotal(t, expenditurePanels(t)); r != nil {
			if c := columnWhere(t, r, pathHas(string(fundGeneral))); c >= 0 {
				return found(t, r, c)
			}
		}
	}
	return noTable(ctx, tables.KindGeneral, tables.KindFiscalSummary)
}

// fiscalSpendingFigure finds all 财政拨款 spending: the year's spending
// total of the 财政拨款 statement.
func fiscalSpendingFigure(ctx *lookupCtx) *figure {
	t := nearestKind(ctx.p, tables.KindFiscalSummary, ctx.block, ctx.budget)
	if t == nil {
		return noTable(ctx, tables.KindFiscalSummary)
	}
	if r := firstTotal(t, expenditurePanels(t)); r != nil {
		if c := totalColumn(t, r); c >= 0 {
			return found(t, r, c)
		}
	}
	return missing(i18n.M("fig.stmt.nospending", t.Name()))
}

// fundIncome returns the fund whose appropriation a subject names
// (一般公共预算财政拨款收入, 一般公共预算拨款, 政府性基金拨款), or "".
func fundIncome(k string) fundKind {
	k = strings.TrimSuffix(k, "收入")
	for _, fund := range appropriations {
		if !strings.HasPrefix(k, string(fund)) {
			continue
		}
		switch strings.TrimPrefix(strings.TrimPrefix(k, string(fund)), "预算") {
		case "财政拨款", "拨款", "资金", "":
			return fund
		}
	}
	return fundAll
}

// fundIncomeFigure finds a fund's appropriation: its income item on the
// 财政拨款 statement (一、一般公共预算财政拨款).
func fundIncomeFigure(ctx *lookupCtx, fund fundKind) *figure {
	t := nearestKind(ctx.p, tables.KindFiscalSummary, ctx.block, ctx.budget)
	if t == nil {
		return noTable(ctx, tables.KindFiscalSummary)
	}
	if r := fundItem(t, incomePanels(t), fund); r != nil {
		if c := totalColumn(t, r); c >= 0 {
			return found(t, r, c)
		}
	}
	return missing(i18n.M("fig.stmt.nofundincome", string(fund), t.Name()))
}

// basicTotalFigure finds the total of the 基本支出 table.
func basicTotalFigure(ctx *lookupCtx) *figure {
	t := nearestKind(ctx.p, tables.KindBasic, ctx.block, ctx.budget)
	if t == nil {
		return noTable(ctx, tables.KindBasic)
	}
	if r := totalRecord(t); r != nil {
		if c := totalColumn(t, r); c >= 0 {
			return found(t, r, c)
		}
	}
	return missing(i18n.M("fig.stmt.nosum", t.Name()))
}

// basicPartFigure finds 人员经费 or 公用经费 in the 基本支出 table: its 合计
// row (人员经费合计), or its column on the table's 合计 row.
func basicPartFigure(ctx *lookupCtx) *figure {
	part := "人员经费"
	if strings.HasSuffix(ctx.key, "公用经费") {
		part = "公用经费"
	}
	t := nearestKind(ctx.p, tables.KindBasic, ctx.block, ctx.budget)
	if t == nil {
		return noTable(ctx, tables.KindBasic)
	}
	for _, r := range t.Records {
		if r.Heading || r.Code != "" || !tables.IsTotal(r.Label) || !strings.Contains(tables.Key(r.Label), part) {
			continue
		}
		if c := totalColumn(t, r); c >= 0 {
			return found(t, r, c)
		}
		for _, c := range t.ColumnsOf(r) {
			if r.Cells[c].Has {
				return found(t, r, c)
			}
		}
	}
	if r := totalRecord(t); r != nil {
		if c := columnWhere(t, r, leafIs(part)); c >= 0 {
			return found(t, r, c)
		}
	}
	f := missing(i18n.M("fig.basic.nopart", part, t.Name()))
	f.parts = basicClassParts(t, part == "人员经费")
	return f
}

// totalRecord returns the total row of a detail table: its 合计 or 总计
// row, else its only row when that prints no label or code — a table of a
// single line of figures (支出预算总表: 合计 | 基本支出 | 项目支出 …) prints
// its totals there.
func totalRecord(t *tables.Table) *tables.Record {
	if r := tableTotal(t); r != nil {
		return r
	}
	var only *tables.Record
	for _, r := range t.Records {
		if r.Heading {
			continue
		}
		if only != nil || r.Code != "" || tables.Key(r.Label) != "" {
			return nil
		}
		only = r
	}
	return only
}
