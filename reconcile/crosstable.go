package reconcile

import (
	"strconv"
	"strings"

	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/num"
	"github.com/gouji/gouji/reconcile/tables"
)

// CrossTable checks that a figure printed in two tables is the same in
// both. The pairs follow from what each form reports, recognised by title
// and headings (see tables.Kind):
//
//   - 收入支出总表 本年收入合计 = 收入表 合计 (本年收入合计);
//     本年支出合计 = 支出表 合计 (本年支出合计); and each function 类 of the
//     总表 = the 类 row of the 支出表 with that code;
//   - where the 支出表 has no 类 rows (it lists units) and the
//     一般公共预算支出表 holds all the statement's spending, each function
//     类 of the 总表 = the 类 row of that table;
//   - each 政府预算 economic 类 of a 总表 or 财政拨款总表 (3、机关资本性支出
//     （一）) = the sum of the rows of a table coded 503xx beside their
//     部门预算 code, when that table holds all the side's spending;
//   - 收入支出总表 income items 一般公共预算 / 政府性基金 / 国有资本经营
//     财政拨款 = the same items of the 财政拨款收入支出总表; and where a side
//     of the 总表 totals the same as the 财政拨款总表's (all of it 财政拨款),
//     every item named alike on both;
//   - 财政拨款收入支出总表 本年收入合计 = 收入表 合计 财政拨款收入;
//   - 财政拨款收入支出总表 一般公共预算财政拨款 column = 一般公共预算财政拨款
//     支出表, 类 by 类 and in total; its 政府性基金 and 国有资本经营 columns =
//     the totals of those tables;
//   - 一般公共预算财政拨款支出表 合计 基本支出 = 基本支出表 人员经费合计 +
//     公用经费合计 (or its 合计);
//   - 收入支出总表 本年支出合计 人员经费 and 公用经费 = the 合计 of those
//     columns of the 基本支出表, when that table holds all of its 基本支出;
//   - a final account's 部门整体支出绩效自评表: the 财政拨款 全年执行数 of
//     its 金额合计 = the 财政拨款收入支出总表's 本年支出合计, and that of a
//     task named as a function = the function's rows of the appropriation
//     tables (see overallSheetChecks).
//
// A figure is compared with one other table only, and a difference is
// reported on the statement, which summarises the detailed tables.
// Income by function (收入表 类 rows) is not compared with expenditure by
// function: money received in a year need not be spent in it.
var CrossTable = &Analyzer{
	Name: "cross-table",
	Doc:  "the same figure agrees across the forms (总表 ↔ 收入表/支出表, 财政拨款总表 ↔ 一般公共预算支出表, 基本支出 ↔ 人员经费+公用经费)",
	Run:  runCrossTable,
}

// CrossTablePart checks that spending of one kind of appropriation never
// exceeds all spending: each 科目 row (and the 合计) of the
// 一般公共预算财政拨款支出表, and of the 政府性基金 and 国有资本经营 tables,
// is at most the same row of the 支出表 (all funds), column by column
// (合计, 基本支出, 项目支出).
var CrossTablePart = &Analyzer{
	Name: "cross-table-part",
	Doc:  "一般公共预算 / 政府性基金 / 国有资本经营 spending per 科目 ≤ the 支出表 (all funds) row with the same code",
	Run:  runCrossTablePart,
}

func runCrossTable(p *Pass) (any, error) {
	ix := p.Tables
	done := compared{}
	for _, s := range ix.ByKind(tables.KindSummary) {
		summaryAgainstDetail(p, s, done)
	}
	for _, f := range ix.ByKind(tables.KindFiscalSummary) {
		fiscalSummaryChecks(p, f, done)
	}
	for _, s := range ix.ByKind(tables.KindSummary) {
		if f := ix.Nearest(s, tables.KindFiscalSummary); f != nil {
			sameItems(p, s, f, done)
		}
	}
	for _, g := range ix.ByKind(tables.KindGeneral) {
		basicAgainstGeneral(p, g)
	}
	for _, s := range ix.ByKind(tables.KindSummary) {
		basicSplit(p, s)
	}
	overallSheetChecks(p)
	return nil, nil
}

// compared holds the statement rows already compared with another table,
// so that a figure is reported against one table only.
type compared map[*tables.Record]bool

// summaryAgainstDetail compares the 收入支出总表 with the 收入表, the 支出表
// (or, where all spending is 一般公共预算, the 一般公共预算支出表), the
// tables of 政府预算 economic 类 and the 财政拨款收入支出总表.
func summaryAgainstDetail(p *Pass, s *tables.Table, done compared) {
	ix := p.Tables
	inc, exp := incomePanels(s), expenditurePanels(s)
	if in := ix.Nearest(s, tables.KindIncome); in != nil && inc != nil {
		row, what := firstTotal(s, inc), "本年收入合计"
		if carriesBalances(in) {
			row, what = grandTotal(s, inc), "收入总计"
		}
		if a, b, ok := totals(s, row, in, tableTotal(in)); ok {
			p.checkSame(a, b, i18n.Text(what))
		}
	}
	ex := ix.Nearest(s, tables.KindExpenditure)
	if ex != nil && exp != nil {
		if a, b, ok := totals(s, firstTotal(s, exp), ex, tableTotal(ex)); ok {
			p.checkSame(a, b, i18n.Text("本年支出合计"))
		}
	}
	if exp != nil {
		if ex == nil || !hasClasses(ex) {
			ex = wholeGeneral(p, s, exp)
		}
		if ex != nil {
			sameClasses(p, s, exp, totalColumn, ex, "类 ", done)
		}
		govClasses(p, s, exp, done)
	}
	if f := ix.Nearest(s, tables.KindFiscalSummary); f != nil && inc != nil {
		fi := incomePanels(f)
		for _, fund := range appropriations {
			a := fundItem(s, inc, fund)
			b := fundItem(f, fi, fund)
			if a == nil || b == nil {
				continue
			}
			ca, cb := totalColumn(s, a), totalColumn(f, b)
			if ca < 0 || cb < 0 {
				continue
			}
			p.checkSame(cellOf(s, a, ca), cellOf(f, b, cb), i18n.Text(string(fund)+"财政拨款收入"))
			done[a] = true
		}
	}
}

// hasClasses reports whether a table has function 类 rows.
func hasClasses(t *tables.Table) bool {
	_, codes := classRows(t, nil)
	return len(codes) > 0
}

// wholeGeneral returns the 一般公共预算支出表 nearest a statement when it
// holds all the statement's spending (its 合计 is the statement's
// 本年支出合计): its 类 are then the statement's 类. Nil otherwise.
func wholeGeneral(p *Pass, s *tables.Table, panels []int) *tables.Table {
	g := nearestWhere(p, s, func(o *tables.Table) bool { return o.Kind == tables.KindGeneral && hasClasses(o) })
	if g == nil {
		return nil
	}
	if a, b, ok := totals(s, firstTotal(s, panels), g, tableTotal(g)); ok && sameAmount(b, a) {
		return g
	}
	return nil
}

// sameClasses compares the 类 rows of a statement's side (panels) in the
// column col picks with the 类 rows of a detailed table in their total
// columns, by code; a 类 only one of them prints is unchecked (noRow).
// A difference is reported on the statement, which summarises the
// detailed table. what prefixes the code and name in messages.
func sameClasses(p *Pass, s *tables.Table, panels []int, col func(*tables.Table, *tables.Record) int, detail *tables.Table, what string, done compared) {
	mine, order := classRows(s, panels)
	theirs, theirOrder := classRows(detail, nil)
	for _, code := range union(order, theirOrder) {
		a, b := mine[code], theirs[code]
		if b == nil {
			noRow(p, s, a, detail, code)
			continue
		}
		if a == nil {
			noRow(p, detail, b, s, code)
			continue
		}
		ca, cb := col(s, a), totalColumn(detail, b)
		if ca < 0 || cb < 0 {
			continue
		}
		p.checkSame(cellOf(detail, b, cb), cellOf(s, a, ca), i18n.Text(what+code+" "+b.Label))
		done[a] = true
	}
}

// totals returns the cells of two total rows in their total columns.
func totals(ta *tables.Table, a *tables.Record, tb *tables.Table, b *tables.Record) (term, term, bool) {
	if a == nil || b == nil {
		return term{}, term{}, false
	}
	ca, cb := totalColumn(ta, a), totalColumn(tb, b)
	if ca < 0 || cb < 0 {
		return term{}, term{}, false
	}
	return cellOf(ta, a, ca), cellOf(tb, b, cb), true
}

// fiscalSummaryChecks compares the 财政拨款收入支出总表 with the 收入表 (its
// 财政拨款收入 column) and with the tables of each fund.
func fiscalSummaryChecks(p *Pass, f *tables.Table, done compared) {
	ix := p.Tables
	inc, exp := incomePanels(f), expenditurePanels(f)
	if in := ix.Nearest(f, tables.KindIncome); in != nil && inc != nil {
		a := firstTotal(f, inc)
		b := tableTotal(in)
		if a != nil && b != nil {
			ca := totalColumn(f, a)
			cb := columnWhere(in, b, leafIs("财政拨款收入"))
			if ca >= 0 && cb >= 0 {
				p.checkSame(cellOf(f, a, ca), cellOf(in, b, cb), i18n.Text("财政拨款收入"))
			}
		}
	}
	if exp == nil {
		return
	}
	sub := firstTotal(f, exp)
	if g := ix.Nearest(f, tables.KindGeneral); g != nil {
		general := func(t *tables.Table, r *tables.Record) int { return columnWhere(t, r, pathHas(string(fundGeneral))) }
		detail := g
		if w := wholeGeneral(p, f, exp); sub != nil && general(f, sub) < 0 && w != nil {
			detail, general = w, totalColumn // no column per fund, all of it 一般公共预算
		}
		sameClasses(p, f, exp, general, detail, "一般公共预算财政拨款支出 类 ", done)
		fundTotal(p, f, sub, g, fundGeneral, "一般公共预算财政拨款支出")
	}
	govClasses(p, f, exp, done)
	if gf := ix.Nearest(f, tables.KindGovFund); gf != nil {
		fundTotal(p, f, sub, gf, fundGovFund, "政府性基金预算财政拨款支出")
	}
	if sc := ix.Nearest(f, tables.KindStateCapital); sc != nil {
		fundTotal(p, f, sub, sc, fundStateCap, "国有资本经营预算财政拨款支出")
	}
}

// fundTotal compares the 财政拨款总表's 本年支出合计 in the column of one fund
// with the 合计 of that fund's table (its 本年支出 total).
func fundTotal(p *Pass, f *tables.Table, sub *tables.Record, other *tables.Table, fund fundKind, what string) {
	b := tableTotal(other)
	if sub == nil || b == nil {
		return
	}
	ca := columnWhere(f, sub, pathHas(string(fund)))
	cb := spendingColumn(other, b)
	if ca < 0 || cb < 0 {
		return
	}
	p.checkSame(cellOf(f, sub, ca), cellOf(other, b, cb), i18n.Text(what))
}

// basicAgainstGeneral compares the 基本支出 total of the 一般公共预算财政拨款
// 支出表 with the 基本支出表 of the same scope.
func basicAgainstGeneral(p *Pass, g *tables.Table) {
	b := p.Tables.Nearest(g, tables.KindBasic, tables.ScopeGeneral, tables.ScopeUnknown)
	tot := tableTotal(g)
	if b == nil || tot == nil {
		return
	}
	cg := columnWhere(g, tot, leafIs("基本支出"))
	if cg < 0 {
		return
	}
	want := cellOf(g, tot, cg)
	var personnel, public *tables.Record
	for _, r := range b.Records {
		if r.Heading || r.Code != "" || !tables.IsTotal(r.Label) {
			continue
		}
		k := tables.Key(r.Label)
		switch {
		case strings.Contains(k, "人员经费") && personnel == nil:
			personnel = r
		case strings.Contains(k, "公用经费") && public == nil:
			public = r
		}
	}
	if personnel != nil && public != nil {
		cp, cq := totalColumn(b, personnel), totalColumn(b, public)
		if cp >= 0 && cq >= 0 {
			p.checkSum(want, []term{cellOf(b, personnel, cp), cellOf(b, public, cq)}, i18n.M("what.of", i18n.Text("人员经费合计 + 公用经费合计"), b.Name()))
		}
		return
	}
	if bt := tableTotal(b); bt != nil {
		if cb := totalColumn(b, bt); cb >= 0 {
			p.checkSame(want, cellOf(b, bt, cb), i18n.Text("基本支出"))
		}
	}
}

// basicSplit compares the 人员经费 and 公用经费 a statement prints on its
// year's spending total (支出 columns 合计 | 基本支出/人员经费 | 公用经费 |
// 项目支出) with the 合计 row of the 基本支出表 in its 人员经费 and 公用经费
// columns, when that table holds all the statement's 基本支出: the
// statement's two figures then add up to the table's 合计, and each must
// be the table's. A difference is reported on the statement.
func basicSplit(p *Pass, s *tables.Table) {
	sub := firstTotal(s, expenditurePanels(s))
	b := p.Tables.Nearest(s, tables.KindBasic)
	if sub == nil || b == nil {
		return
	}
	tot := tableTotal(b)
	if tot == nil {
		return
	}
	var mine, theirs []term
	for _, w := range []string{"人员经费", "公用经费"} {
		cs, cb := columnWhere(s, sub, leafIs(w)), columnWhere(b, tot, leafIs(w))
		if cs < 0 || cb < 0 {
			return
		}
		mine, theirs = append(mine, cellOf(s, sub, cs)), append(theirs, cellOf(b, tot, cb))
	}
	cb := totalColumn(b, tot)
	if cb < 0 || !holdsAll(cellOf(b, tot, cb), mine) {
		return
	}
	for i, x := range mine {
		p.checkSame(theirs[i], x, i18n.Text("基本支出 "+x.T.Columns[x.Col].Leaf()))
	}
}

// holdsAll reports whether a printed total is the sum of printed parts.
func holdsAll(total term, parts []term) bool {
	for _, x := range parts {
		if !x.Cell.Has || x.Cell.Pct {
			return false
		}
	}
	sum, _, _ := sumOf(parts, total.T)
	return total.Cell.Has && !total.Cell.Pct && num.Consistent(total.Cell.Value, sum)
}

func runCrossTablePart(p *Pass) (any, error) {
	ix := p.Tables
	for _, k := range []tables.Kind{tables.KindGeneral, tables.KindGovFund, tables.KindStateCapital} {
		for _, part := range ix.ByKind(k) {
			whole := ix.Nearest(part, tables.KindExpenditure)
			if whole == nil {
				continue
			}
			partAgainstWhole(p, part, whole)
		}
	}
	return nil, nil
}

// partAgainstWhole checks each coded row and the 合计 of a fund's table
// against the 支出表: total, 基本支出 and 项目支出 columns.
func partAgainstWhole(p *Pass, part, whole *tables.Table) {
	wholeRows := map[string]*tables.Record{}
	for _, r := range whole.Records {
		if r.Code != "" && !r.Heading {
			if _, dup := wholeRows[r.Code]; !dup {
				wholeRows[r.Code] = r
			}
		}
	}
	pairs := [][2]*tables.Record{}
	if a, b := tableTotal(part), tableTotal(whole); a != nil && b != nil {
		pairs = append(pairs, [2]*tables.Record{a, b})
	}
	for _, r := range part.Records {
		if r.Code == "" || r.Heading {
			continue
		}
		if w := wholeRows[r.Code]; w != nil {
			pairs = append(pairs, [2]*tables.Record{r, w})
		}
	}
	for _, pr := range pairs {
		a, b := pr[0], pr[1]
		cols := [][2]int{
			{spendingColumn(part, a), totalColumn(whole, b)},
			{columnWhere(part, a, leafIs("基本支出")), columnWhere(whole, b, leafIs("基本支出"))},
			{columnWhere(part, a, leafIs("项目支出")), columnWhere(whole, b, leafIs("项目支出"))},
		}
		for _, c := range cols {
			if c[0] < 0 || c[1] < 0 {
				continue
			}
			what := i18n.M("table.cell", rowName(a), i18n.Text(whole.Columns[c[1]].Leaf()))
			p.checkAtMost(cellOf(whole, b, c[1]), cellOf(part, a, c[0]), what)
		}
	}
}

// union returns the codes of a followed by those of b not in a.
func union(a, b []string) []string {
	seen := map[string]bool{}
	out := append([]string(nil), a...)
	for _, c := range a {
		seen[c] = true
	}
	for _, c := range b {
		if !seen[c] {
			out = append(out, c)
		}
	}
	return out
}

// noRow records a 类 figure of a summary table that the detailed table
// has no row for: a claim that could not be checked (a detailed table may
// leave out a 类 it spends nothing on, and a table read from a PDF may
// have lost a row), shown with --verbose.
func noRow(p *Pass, t *tables.Table, r *tables.Record, other *tables.Table, code string) {
	c := totalColumn(t, r)
	if c < 0 || !r.Cells[c].Has || r.Cells[c].Value.D.IsZero() {
		return
	}
	x := cellOf(t, r, c)
	msg := i18n.M("cross.norow", code, r.Name(), amount(x.Cell.Value, t), t.Name(), other.Name())
	p.Unchecked(x.finding(Info, "", msg, []Evidence{x.evidence()}))
}

// govClasses compares each 政府预算 economic 类 of a statement's side
// (3、机关资本性支出（一）) with the sum of the rows of a detailed table
// coded 503 (or 50301, 50306 …) beside their 部门预算 code, when that table
// holds all the side's spending (its 合计 is the side's 本年支出合计).
func govClasses(p *Pass, s *tables.Table, panels []int, done compared) {
	for _, pi := range panels {
		if sideOf(s, pi) != sideGovEconomic {
			continue
		}
		sub := firstTotal(s, []int{pi})
		g := nearestWhere(p, s, hasGovCodes)
		if sub == nil || g == nil {
			continue
		}
		if a, b, ok := totals(s, sub, g, tableTotal(g)); !ok || !sameAmount(b, a) {
			continue
		}
		groups := govGroups(g)
		for _, r := range s.Records {
			if r.Panel != pi || r.Heading {
				continue
			}
			if r == sub {
				break
			}
			code := tables.GovEconomicClassCode(r.Label)
			c := totalColumn(s, r)
			if code == "" || c < 0 || len(groups[code]) == 0 {
				continue
			}
			p.checkSum(cellOf(s, r, c), groups[code], i18n.M("sum.what.coded", code, g.Name()))
			done[r] = true
		}
	}
}

func hasGovCodes(t *tables.Table) bool {
	for _, r := range t.Records {
		if r.Gov != "" {
			return true
		}
	}
	return false
}

// govGroups returns the total cells of a table's rows by 政府预算 economic
// 类: the rows coded with the 类 itself where printed, else the rows of
// its 款 (50301, 50306).
func govGroups(t *tables.Table) map[string][]term {
	classes, items := map[string][]term{}, map[string][]term{}
	for _, r := range t.Records {
		if r.Heading || len(r.Gov) < 3 {
			continue
		}
		c := totalColumn(t, r)
		if c < 0 {
			continue
		}
		if len(r.Gov) == 3 {
			classes[r.Gov] = append(classes[r.Gov], cellOf(t, r, c))
		} else {
			items[r.Gov[:3]] = append(items[r.Gov[:3]], cellOf(t, r, c))
		}
	}
	for code, x := range items {
		if _, ok := classes[code]; !ok {
			classes[code] = x
		}
	}
	return classes
}

// sameItems compares the 收入支出总表 with the 财政拨款收入支出总表 item by
// item, side by side, where a side of the one totals the same as the
// matching side of the other: all of that money is then 财政拨款, and an
// item named alike in both (1、一般公共预算拨款, (1)工资福利支出 under
// 2、专项业务经费支出) is the same figure. Rows before the year's total
// only, and not those already compared with a detailed table.
func sameItems(p *Pass, s, f *tables.Table, done compared) {
	used := map[int]bool{}
	for _, sp := range s.Panels {
		fp := matchingSide(s, sp.Index, f, used)
		if fp < 0 {
			continue
		}
		used[fp] = true
		a, b, ok := totals(s, firstTotal(s, []int{sp.Index}), f, firstTotal(f, []int{fp}))
		if !ok || !sameAmount(b, a) {
			continue
		}
		theirs := map[string]namedItem{}
		for _, it := range itemsByName(f, fp) {
			theirs[it.key] = it
		}
		for _, it := range itemsByName(s, sp.Index) {
			o, found := theirs[it.key]
			if !found || done[it.r] {
				continue
			}
			ca, cb := totalColumn(s, it.r), totalColumn(f, o.r)
			if ca < 0 || cb < 0 {
				continue
			}
			p.checkSame(cellOf(f, o.r, cb), cellOf(s, it.r, ca), i18n.Text(it.r.Name()))
		}
	}
}

// matchingSide returns the panel of f that lists what panel sp of s lists:
// the same side (收入, 支出) and the same classification, the first not
// yet used; −1 when there is none.
func matchingSide(s *tables.Table, sp int, f *tables.Table, used map[int]bool) int {
	income := inPanels(&tables.Record{Panel: sp}, incomePanels(s))
	fInc := incomePanels(f)
	kind := sideOf(s, sp)
	for _, fp := range f.Panels {
		if used[fp.Index] || inPanels(&tables.Record{Panel: fp.Index}, fInc) != income {
			continue
		}
		if sideOf(f, fp.Index) == kind {
			return fp.Index
		}
	}
	return -1
}

// namedItem is a statement row before the year's total, keyed by its name
// and how many rows of that name came before it ((1)工资福利支出 under
// 1、 and again under 2、).
type namedItem struct {
	key string
	r   *tables.Record
}

func itemsByName(t *tables.Table, panel int) []namedItem {
	seen := map[string]int{}
	var out []namedItem
	for _, r := range t.Records {
		if r.Panel != panel || r.Heading || r.Label == "" {
			continue
		}
		if tables.IsTotal(r.Label) {
			break
		}
		name := r.Name()
		key := name + "#" + strconv.Itoa(seen[name])
		seen[name]++
		out = append(out, namedItem{key, r})
	}
	return out
}
