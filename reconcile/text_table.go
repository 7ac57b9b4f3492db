package reconcile

import (
	"fmt"
	"strings"

	"github.com/gouji/gouji/num"
	"github.com/gouji/gouji/reconcile/tables"
	"github.com/gouji/gouji/segment"
	"github.com/shopspring/decimal"
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
var TextTable = &Analyzer{
	Name:     "text-vs-table",
	Doc:      "an amount the narrative states for a table figure (classification row, statement total, 基本支出, 人员经费, 三公 …) equals that cell",
	Requires: []*Analyzer{claimsAnalyzer},
	Run:      runTextTable,
}

func runTextTable(p *Pass) (any, error) {
	n := narrativeOf(p)
	for i := range n.res.Claims {
		c := &n.res.Claims[i]
		if c.Kind != segment.ClaimAmount {
			continue
		}
		a, ok := c.Arg(segment.RoleValue)
		if !ok || !isMoney(a.Mention) {
			continue
		}
		f := n.figure(p, c)
		if !f.inScope {
			continue
		}
		m := a.Mention
		if !f.found {
			p.uncheckedText(c, m, fmt.Sprintf("%s is %s in the text, but %s", subjectName(c), fig(m), f.why))
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
			p.reportText(c, m, Warning, "", fmt.Sprintf("%s is %s in the text, but %s is printed empty in %s",
				subjectName(c), fig(m), f.x.where(), f.x.T.Name()), f.x.evidence())
			continue
		}
		want, sameUnit := cellIn(f.x, m.Scale)
		v := judge(m, m.Scale, want.Interval())
		switch v {
		case vOK:
			p.Consistent()
			continue
		case vSkip:
			p.uncheckedText(c, m, fmt.Sprintf("%s is an estimate (%s) of %s%s in %s", fig(m), m.Qualifier, expectedExact(m.Value, want.Interval()), m.Unit, f.x.T.Name()), f.x.evidence())
			continue
		}
		if _, slip := slipTo(m, want.Interval()); slip {
			continue // reported by unit-slip
		}
		exp := expectedCell(m.Value, want, sameUnit)
		p.reportText(c, m, severityOf(v), exp,
			fmt.Sprintf("%s is %s in the text, but %s%s in %s (%s)%s",
				subjectName(c), fig(m), exp, m.Unit, f.x.T.Name(), f.x.where(), truncNote(v)),
			f.x.evidence())
	}
	return nil, nil
}

// cellIn returns a cell's amount shifted into the unit 10^scale 元 (scale
// 4 for 万元), keeping its printed precision; same is set when no shift was
// needed (the same unit, or a table that prints no unit).
func cellIn(x term, scale int32) (v num.Value, same bool) {
	e, ok := tableUnitExp(x.T)
	if !ok || e == scale {
		return x.Cell.Value, true
	}
	return x.Cell.Value.Scale(e - scale), false
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

// slipTo reports whether m, read as 10^±4 (元 written as 万元, or the
// reverse), agrees with the interval: the exponent by which the writer's
// figure must be shifted.
func slipTo(m segment.Mention, want num.Interval) (int32, bool) {
	if !exact(m) || m.Value.D.IsZero() {
		return 0, false
	}
	for _, e := range []int32{-4, 4} {
		v := m.Value.Scale(e)
		if plausibleSlip(m, v.Interval(), want) && num.Consistent(v, want) {
			return e, true
		}
	}
	return 0, false
}

// plausibleSlip reports whether a figure may be a slip of the unit and
// not a figure that is simply wrong: its digits must carry the figure it
// is compared with, so it is printed with three significant digits or
// more. 0.3万元 is not 2961.68 written in 元 (as 3000 元 it stands for 2500
// to 3500), and 6万元 read as 6元 fits any sum of rough figures.
func plausibleSlip(m segment.Mention, iv, want num.Interval) bool {
	return significantDigits(m.Value.D) >= 3 && iv.Overlaps(want)
}

// significantDigits counts the digits of d without leading or trailing
// zeros (11199.82: 7; 1234500: 5; 0.3: 1).
func significantDigits(d decimal.Decimal) int {
	s := strings.TrimLeft(strings.ReplaceAll(strings.TrimPrefix(d.Abs().String(), "-"), ".", ""), "0")
	return len(strings.TrimRight(s, "0"))
}

// figure is the table cell an amount claim names.
type figure struct {
	// inScope says the claim names a figure the tables print (or should).
	inScope bool
	found   bool
	x       term
	// why says why no cell was found.
	why string
}

// figure returns the table figure an amount claim names, found once.
func (n *narrative) figure(p *Pass, c *segment.Claim) *figure {
	if f, ok := n.figures[c.ID]; ok {
		return f
	}
	f := n.lookup(p, c)
	n.figures[c.ID] = f
	return f
}

// lookupCtx is what a lookup knows about a claim.
type lookupCtx struct {
	p *Pass
	c *segment.Claim
	// key is the subject as a table key.
	key string
	// budget is set when the claim states a budget figure.
	budget bool
	// fund is the fund the sentence or its section speaks of.
	fund string
	// block is where the claim stands, to pick the nearest table.
	block int
}

// Funds a sentence can speak of.
const (
	fundAll      = ""
	fundGeneral  = "一般公共预算"
	fundGovFund  = "政府性基金"
	fundStateCap = "国有资本经营"
	fundFiscal   = "财政拨款"
)

// fundOf returns the fund a text names.
func fundOf(s string) string {
	k := tables.Key(s)
	switch {
	case strings.Contains(k, "一般公共预算"):
		return fundGeneral
	case strings.Contains(k, "政府性基金"):
		return fundGovFund
	case strings.Contains(k, "国有资本经营"):
		return fundStateCap
	case strings.Contains(k, "财政拨款"):
		return fundFiscal
	}
	return fundAll
}

// aspectBudget reads a claim's aspect: budget is set for a budget figure;
// ok is false for an aspect no table prints (上年, 结余结转, 追加 …).
func aspectBudget(aspect, reportKind string) (budget, ok bool) {
	switch aspect {
	case "":
		return reportKind == "预算", true
	case "决算", "支出决算", "决算数":
		return false, true
	case "预算", "年初预算", "全年预算", "调整预算", "预算数":
		return true, true
	}
	return false, false
}

func (n *narrative) lookup(p *Pass, c *segment.Claim) *figure {
	budget, ok := aspectBudget(c.Aspect, n.res.ReportKind)
	if !ok {
		return &figure{}
	}
	a, _ := c.Arg(segment.RoleValue)
	ctx := &lookupCtx{p: p, c: c, budget: budget, block: c.Source.Block}
	ctx.key = nameKey(c.Subject.Text)
	ctx.fund = fundOf(c.Subject.Text)
	if ctx.fund == fundAll {
		if para := p.paragraph(c.Source.Block); para != nil && c.Source.Start <= a.Mention.Start && a.Mention.Start <= len(para.Text) {
			ctx.fund = fundOf(para.Text[c.Source.Start:a.Mention.Start])
		}
	}
	if ctx.fund == fundAll {
		hs := n.headsAt(c.Source.Block)
		for i := len(hs) - 1; i >= 0 && ctx.fund == fundAll; i-- {
			ctx.fund = fundOf(hs[i])
		}
	}
	if c.Subject.Kind == "class" || c.Subject.Code != "" || len(c.Subject.Chain) > 0 {
		return classFigure(ctx)
	}
	if n.underProject(c) {
		return &figure{} // a project's own 项目支出, 总计 …
	}
	return termFigure(ctx)
}

// nearestKind returns the table of kind k nearest to block whose budget
// flag is budget, or nil.
func nearestKind(p *Pass, k tables.Kind, block int, budget bool) *tables.Table {
	var best *tables.Table
	bestDist := 0
	for _, t := range p.Tables.ByKind(k) {
		if t.Budget != budget {
			continue
		}
		d := t.Block - block
		if d < 0 {
			d = -d
		}
		if best == nil || d < bestDist {
			best, bestDist = t, d
		}
	}
	return best
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

func found(t *tables.Table, r *tables.Record, col int) *figure {
	return &figure{inScope: true, found: true, x: cellOf(t, r, col)}
}

func missing(why string) *figure { return &figure{inScope: true, why: why} }

// levelOf maps a level word to a record level.
func levelOf(w string) int {
	switch w {
	case "类":
		return 1
	case "款":
		return 2
	case "项":
		return 3
	}
	return 0
}

// classFigure finds a classification row.
func classFigure(ctx *lookupCtx) *figure {
	var kinds []tables.Kind
	switch ctx.fund {
	case fundGeneral:
		kinds = []tables.Kind{tables.KindGeneral, tables.KindFiscalSummary, tables.KindFiscalExpenditure}
	case fundFiscal:
		kinds = []tables.Kind{tables.KindFiscalSummary, tables.KindFiscalExpenditure, tables.KindGeneral}
	case fundGovFund:
		kinds = []tables.Kind{tables.KindGovFund}
	case fundStateCap:
		kinds = []tables.Kind{tables.KindStateCapital}
	default:
		kinds = []tables.Kind{tables.KindExpenditure, tables.KindSummary, tables.KindGeneral}
	}
	if !anyKind(ctx.p, kinds...) {
		return &figure{}
	}
	seen := false
	for _, k := range kinds {
		t := nearestKind(ctx.p, k, ctx.block, ctx.budget)
		if t == nil {
			continue
		}
		seen = true
		var panels []int
		if k == tables.KindSummary || k == tables.KindFiscalSummary {
			panels = expenditurePanels(t)
		}
		r, why := classRecord(t, panels, ctx.c.Subject)
		if r == nil {
			if why != "" {
				return missing(why + " in " + t.Name())
			}
			continue
		}
		col := classColumn(t, r, ctx.fund)
		if col < 0 {
			continue
		}
		return found(t, r, col)
	}
	if !seen {
		return missing("no table prints " + budgetWord(ctx.budget) + " figures by classification")
	}
	return missing("no table has a row for " + ctx.c.Subject.Canonical)
}

func budgetWord(budget bool) string {
	if budget {
		return "budget (预算)"
	}
	return "final (决算)"
}

// classColumn picks the amount column of a classification row: the fund's
// column of a 财政拨款 statement, the spending total of a fund table, the
// total otherwise.
func classColumn(t *tables.Table, r *tables.Record, fund string) int {
	switch t.Kind {
	case tables.KindFiscalSummary:
		if fund == fundGeneral {
			return columnWhere(t, r, pathHas("一般公共预算"))
		}
		return totalColumn(t, r)
	case tables.KindGovFund, tables.KindStateCapital, tables.KindGeneral:
		if c := spendingColumn(t, r); c >= 0 {
			return c
		}
	}
	if c := totalColumn(t, r); c >= 0 {
		return c
	}
	// A table whose total column is headed by its fund (一般公共预算支出/合计
	// is caught above; 小计 under 本年支出 is a total too).
	return columnWhere(t, r, func(path []string) bool { return len(path) > 0 && tables.IsTotal(path[len(path)-1]) })
}

// classRecord finds the row a classification subject names in t, among the
// panels given (all when nil). why is set when the subject is ambiguous.
func classRecord(t *tables.Table, panels []int, s segment.Subject) (*tables.Record, string) {
	rows := make([]*tables.Record, 0, len(t.Records))
	for _, r := range t.Records {
		if !r.Heading && (panels == nil || inPanels(r, panels)) {
			rows = append(rows, r)
		}
	}
	if s.Code != "" {
		for _, r := range rows {
			if r.Code == s.Code || r.Code == "" && r.Class == s.Code {
				return r, ""
			}
		}
		return nil, ""
	}
	if len(s.Chain) == 0 {
		return nil, ""
	}
	last := s.Chain[len(s.Chain)-1]
	lv := levelOf(last.Level)
	if lv == 1 {
		code := tables.FunctionClassCode(last.Name)
		if code == "" {
			code = tables.FunctionClassCode(nameKey(last.Name))
		}
		if code == "" {
			return nil, ""
		}
		for _, r := range rows {
			if r.Code == code || r.Code == "" && r.Class == code {
				return r, ""
			}
		}
		return nil, ""
	}
	var exactRows, typoRows []*tables.Record
	for _, r := range rows {
		if r.Level != lv {
			continue
		}
		switch matchName(last.Name, r.Name()) {
		case matchExact:
			exactRows = append(exactRows, r)
		case matchTypo:
			typoRows = append(typoRows, r)
		}
	}
	cands := exactRows
	if len(cands) == 0 {
		cands = typoRows
	}
	if len(cands) <= 1 {
		if len(cands) == 1 {
			return cands[0], ""
		}
		return nil, ""
	}
	// Several rows of that name (行政运行 under many 款): the names of the
	// levels above decide.
	best, bestScore, tie := (*tables.Record)(nil), -1, false
	for _, r := range cands {
		score := 0
		for _, up := range s.Chain[:len(s.Chain)-1] {
			if ancestorMatches(r, up) {
				score++
			}
		}
		switch {
		case score > bestScore:
			best, bestScore, tie = r, score, false
		case score == bestScore:
			tie = true
		}
	}
	if tie {
		return nil, "several rows are named " + last.Name
	}
	return best, ""
}

// ancestorMatches reports whether the row above r at the level of n has
// n's name.
func ancestorMatches(r *tables.Record, n segment.ClassName) bool {
	lv := levelOf(n.Level)
	if lv == 1 {
		code := tables.FunctionClassCode(nameKey(n.Name))
		if code == "" {
			code = tables.FunctionClassCode(n.Name)
		}
		return code != "" && strings.HasPrefix(r.Code, code)
	}
	for a := r.Parent; a != nil; a = a.Parent {
		if a.Level == lv {
			return matchName(n.Name, a.Name()) != matchNone
		}
	}
	return false
}

// termFigure finds a statement total, income source, spending part or
// 三公 item.
func termFigure(ctx *lookupCtx) *figure {
	k := ctx.key
	switch {
	case k == "":
		return &figure{}
	case strings.Contains(k, "三公") || sgConceptOf(k) != sgNone:
		return sanGongFigure(ctx)
	case strings.Contains(k, "机关运行经费"):
		return columnAnywhere(ctx, "机关运行经费")
	case statementWord(k, "总计"):
		return grandTotalFigure(ctx)
	case strings.Contains(k, "年初") && (strings.Contains(k, "结转") || strings.Contains(k, "结余")):
		return carryFigure(ctx, "年初")
	case strings.Contains(k, "年末") && (strings.Contains(k, "结转") || strings.Contains(k, "结余")):
		return carryFigure(ctx, "年末")
	case statementWord(k, "收入合计"):
		return yearTotalFigure(ctx, true)
	case statementWord(k, "支出合计"):
		return yearTotalFigure(ctx, false)
	case k == "人员经费" || k == "公用经费" || strings.HasSuffix(k, "人员经费") || strings.HasSuffix(k, "公用经费"):
		return basicPartFigure(ctx)
	}
	if src := incomeSource(k); src != "" {
		return incomeFigure(ctx, src)
	}
	if part := spendingPart(k); part != "" {
		return spendingFigure(ctx, part)
	}
	if fundSpending(k) {
		return fundSpendingFigure(ctx)
	}
	if k == "财政拨款支出" || k == "本年财政拨款支出" {
		return fiscalSpendingFigure(ctx)
	}
	if fund := fundIncome(k); fund != "" {
		return fundIncomeFigure(ctx, fund)
	}
	if i := strings.LastIndex(k, "基本支出"); i >= 0 && len(k) > i+len("基本支出") {
		return economicFigure(ctx, k[i+len("基本支出"):])
	}
	return &figure{}
}

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
	return missing("no 总计 row was found in " + t.Name())
}

// noTable says that a statement is missing, or puts the claim out of scope
// when the document prints no tables of that kind for any year.
func noTable(ctx *lookupCtx, kinds ...tables.Kind) *figure {
	if !anyKind(ctx.p, kinds...) {
		return &figure{}
	}
	return missing("no " + budgetWord(ctx.budget) + " " + kinds[0].String() + " prints it")
}

// carryFigure finds 年初结转和结余 (which="年初") or 年末结转和结余.
func carryFigure(ctx *lookupCtx, which string) *figure {
	kind := statementKind(ctx)
	t := nearestKind(ctx.p, kind, ctx.block, ctx.budget)
	if t == nil {
		return noTable(ctx, kind)
	}
	for _, r := range t.Records {
		k := tables.StripNumbering(r.Label)
		if r.Heading || !strings.Contains(k, which) || !tables.IsCarry(k) {
			continue
		}
		if c := totalColumn(t, r); c >= 0 {
			return found(t, r, c)
		}
	}
	return missing("no " + which + "结转和结余 row was found in " + t.Name())
}

// yearTotalFigure finds 本年收入合计 (income) or 本年支出合计.
func yearTotalFigure(ctx *lookupCtx, income bool) *figure {
	kind := statementKind(ctx)
	if ctx.fund == fundGeneral && !income {
		if f := generalTotal(ctx, totalOrSpending); f != nil {
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
		if r := tableTotal(t); r != nil {
			if c := totalColumn(t, r); c >= 0 {
				return found(t, r, c)
			}
		}
	}
	return noTable(ctx, kind, detail)
}

// totalOrSpending picks a fund table's spending total.
func totalOrSpending(t *tables.Table, r *tables.Record) int { return spendingColumn(t, r) }

// generalTotal returns the 合计 row of the 一般公共预算财政拨款支出表 in the
// column col picks, or nil.
func generalTotal(ctx *lookupCtx, col func(*tables.Table, *tables.Record) int) *figure {
	t := nearestKind(ctx.p, tables.KindGeneral, ctx.block, ctx.budget)
	if t == nil {
		return nil
	}
	r := tableTotal(t)
	if r == nil {
		return nil
	}
	if c := col(t, r); c >= 0 {
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
		if r := tableTotal(t); r != nil {
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
// 支出表 when the sentence speaks of that fund, in the 支出表 otherwise.
func spendingFigure(ctx *lookupCtx, part string) *figure {
	fund := fundOf(ctx.c.Subject.Text)
	if fund == fundAll {
		fund = ctx.fund
	}
	order := []tables.Kind{tables.KindExpenditure, tables.KindGeneral}
	if fund == fundGeneral {
		order = []tables.Kind{tables.KindGeneral, tables.KindExpenditure}
	}
	for _, k := range order {
		t := nearestKind(ctx.p, k, ctx.block, ctx.budget)
		if t == nil {
			continue
		}
		r := tableTotal(t)
		if r == nil {
			continue
		}
		if c := columnWhere(t, r, leafIs(part)); c >= 0 {
			return found(t, r, c)
		}
	}
	if part == "基本支出" && fund == fundGeneral {
		return basicTotalFigure(ctx)
	}
	return noTable(ctx, order...)
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
	if f := generalTotal(ctx, totalOrSpending); f != nil {
		return f
	}
	if t := nearestKind(ctx.p, tables.KindFiscalSummary, ctx.block, ctx.budget); t != nil {
		if r := firstTotal(t, expenditurePanels(t)); r != nil {
			if c := columnWhere(t, r, pathHas("一般公共预算")); c >= 0 {
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
	return missing("no spending total was found in " + t.Name())
}

// fundIncome returns the fund whose appropriation a subject names
// (一般公共预算财政拨款收入, 一般公共预算拨款, 政府性基金拨款), or "".
func fundIncome(k string) string {
	k = strings.TrimSuffix(k, "收入")
	for _, fund := range []string{fundGeneral, fundGovFund, fundStateCap} {
		if !strings.HasPrefix(k, fund) {
			continue
		}
		switch strings.TrimPrefix(strings.TrimPrefix(k, fund), "预算") {
		case "财政拨款", "拨款", "资金", "":
			return fund
		}
	}
	return ""
}

// fundIncomeFigure finds a fund's appropriation: its income item on the
// 财政拨款 statement (一、一般公共预算财政拨款).
func fundIncomeFigure(ctx *lookupCtx, fund string) *figure {
	t := nearestKind(ctx.p, tables.KindFiscalSummary, ctx.block, ctx.budget)
	if t == nil {
		return noTable(ctx, tables.KindFiscalSummary)
	}
	if r := fundItem(t, incomePanels(t), fund); r != nil {
		if c := totalColumn(t, r); c >= 0 {
			return found(t, r, c)
		}
	}
	return missing("no " + fund + " income row was found in " + t.Name())
}

// basicTotalFigure finds the total of the 基本支出 table.
func basicTotalFigure(ctx *lookupCtx) *figure {
	t := nearestKind(ctx.p, tables.KindBasic, ctx.block, ctx.budget)
	if t == nil {
		return noTable(ctx, tables.KindBasic)
	}
	if r := tableTotal(t); r != nil {
		if c := totalColumn(t, r); c >= 0 {
			return found(t, r, c)
		}
	}
	return missing("no 合计 row was found in " + t.Name())
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
	if r := tableTotal(t); r != nil {
		if c := columnWhere(t, r, leafIs(part)); c >= 0 {
			return found(t, r, c)
		}
	}
	return missing("no " + part + " total was found in " + t.Name())
}

// sgConceptOf reads a subject as a 三公 item.
func sgConceptOf(k string) sgConcept {
	c := wordConcept(k, false)
	if c == sgNone && strings.Contains(k, "三公") {
		return sgTotal
	}
	return c
}

// sanGongFigure finds a 三公 item in the 三公 table, in the 预算数 or 决算数
// variant the claim's aspect asks for.
func sanGongFigure(ctx *lookupCtx) *figure {
	want := sgConceptOf(ctx.key)
	if want == sgNone {
		return &figure{}
	}
	var t *tables.Table
	for _, c := range ctx.p.Tables.ByKind(tables.KindSanGong) {
		if t == nil || abs(c.Block-ctx.block) < abs(t.Block-ctx.block) {
			t = c
		}
	}
	if t == nil {
		return &figure{}
	}
	for pi := range t.Panels {
		// The item's column in the variant asked for; for the total, a
		// total under a 三公 heading (三公经费/小计) beats a plain 合计,
		// which may add 会议费 and 培训费 to it.
		col, strong := -1, false
		for _, c := range t.ValueColumns(pi) {
			sc := classifyPath(t.Columns[c].Path)
			if sc.concept != want || variantBudget(sc.variant, t) != ctx.budget {
				continue
			}
			if col < 0 || sc.strong && !strong {
				col, strong = c, sc.strong
			}
		}
		if col < 0 {
			continue
		}
		for _, r := range t.Records {
			if r.Panel == pi && !r.Heading {
				return found(t, r, col)
			}
		}
	}
	// Items as rows: the row of the concept, the column of the variant.
	for _, r := range t.Records {
		if r.Heading {
			continue
		}
		k := tables.Key(r.Label)
		rc := wordConcept(k, false)
		if rc == sgNone && (tables.IsTotal(k) || strings.Contains(k, "三公")) {
			rc = sgTotal
		}
		if rc != want {
			continue
		}
		for _, c := range t.ColumnsOf(r) {
			if variantBudget(t.Columns[c].Heading(), t) == ctx.budget && !t.Columns[c].Percent {
				return found(t, r, c)
			}
		}
	}
	return missing("the " + budgetWord(ctx.budget) + " figure of " + sgNames[want] + " was not found in " + t.Name())
}

// variantBudget reads a 三公 column variant: budget for 预算数 (or a budget
// table's only variant), final for 决算数.
func variantBudget(variant string, t *tables.Table) bool {
	switch {
	case strings.Contains(variant, "决算"), strings.Contains(variant, "执行"), strings.Contains(variant, "实际"):
		return false
	case strings.Contains(variant, "预算"):
		return true
	}
	return t.Budget
}

// columnAnywhere finds a figure printed as a column of its own (机关运行经费
// in a budget's 三公 table): the column's first amount.
func columnAnywhere(ctx *lookupCtx, word string) *figure {
	for _, t := range ctx.p.Tables.Tables {
		if t.Budget != ctx.budget {
			continue
		}
		for c := range t.Columns {
			if t.Columns[c].Role != tables.RoleValue || !strings.Contains(t.Columns[c].Heading(), word) {
				continue
			}
			for _, r := range t.Records {
				if !r.Heading {
					if _, ok := r.Cells[c]; ok {
						return found(t, r, c)
					}
				}
			}
		}
	}
	return &figure{}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
