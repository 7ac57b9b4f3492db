package reconcile

import (
	"strings"

	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/num"
	"github.com/gouji/gouji/reconcile/tables"
	"github.com/gouji/gouji/segment"
)

// The figure resolver: the table cell an amount the narrative states
// names. text-vs-table compares the two; share, completion and comparison
// take from it a whole or a budget the text names but does not print;
// unit-slip, report-year and narrative.refined read it too. A claim is
// looked up once (narrative.figure), from its subject and aspect, never
// from a report's own wording: a classification row (figure_class.go), a
// statement total, income source or spending part (figure_statement.go),
// a 三公 item or 机关运行经费 (figure_sangong.go).

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

// figure is the table cell an amount claim names.
type figure struct {
	// inScope says the claim names a figure the tables print (or should).
	inScope bool
	found   bool
	x       term
	// alt are other cells the claim's words may equally mean (a budget's
	// 收入预算 is its 本年收入合计 or, with balances carried in, its 收入
	// 总计): agreeing with one of them is consistent.
	alt []term
	// why says why no cell was found.
	why i18n.Msg
	// parts are the cells whose sum is the figure when the tables print it
	// only so (人员经费 as the 301 and 303 rows of a 基本支出 table); found
	// is unset then, as no one cell prints it.
	parts []term
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
	// reportBudget is set in a budget report (预算), unset in a final
	// account.
	reportBudget bool
	// fund is the fund the sentence or its section speaks of.
	fund fundKind
	// block is where the claim stands, to pick the nearest table.
	block int
	// year is the year the claim speaks of (claimYear), 0 when unknown.
	year int
}

// fundKind is a fund a sentence or a table speaks of, by the word that
// names it.
type fundKind string

// Funds a sentence can speak of.
const (
	fundAll      fundKind = ""
	fundGeneral  fundKind = "一般公共预算"
	fundGovFund  fundKind = "政府性基金"
	fundStateCap fundKind = "国有资本经营"
	fundFiscal   fundKind = "财政拨款"
)

// appropriations are the funds of the 财政拨款 forms, each with a table;
// fundWords the funds in the order a text is read for them.
var (
	appropriations = []fundKind{fundGeneral, fundGovFund, fundStateCap}
	fundWords      = []fundKind{fundGeneral, fundGovFund, fundStateCap, fundFiscal}
)

// fundOf returns the fund a text names: one of the appropriations, else
// 财政拨款 as a whole (一般公共预算财政拨款 names the 一般公共预算).
func fundOf(s string) fundKind {
	k := tables.Key(s)
	for _, f := range fundWords {
		if strings.Contains(k, string(f)) {
			return f
		}
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

func (n *narrative) lookup(p *Pass, c *segment.Claim) *figure { return n.lookupYear(p, c, 0) }

// involved reports whether the amount at offset at is introduced by 涉及
// in its clause: "对…等3个项目开展了部门评价，涉及一般公共预算支出1639.34万元"
// gives the money the projects evaluated involve, not the department's
// 一般公共预算支出.
func involved(p *Pass, c *segment.Claim, at int) bool {
	para := p.paragraph(c.Source.Block)
	if para == nil || c.Source.Start > at || at > len(para.Text) {
		return false
	}
	before := para.Text[c.Source.Start:at]
	i := strings.LastIndex(before, "涉及")
	return i >= 0 && !strings.ContainsAny(before[i:], "，。；,;")
}

// changeVerbs say that the amount after them in a clause is a change.
var changeVerbs = []string{"增加", "减少"}

// changed reports whether the amount at offset at follows 增加 or 减少 in
// its clause: "增加基本支出844.15万元" gives how much 基本支出 grew, not
// 基本支出.
func changed(p *Pass, c *segment.Claim, at int) bool {
	para := p.paragraph(c.Source.Block)
	if para == nil || c.Source.Start > at || at > len(para.Text) {
		return false
	}
	before := para.Text[c.Source.Start:at]
	if i := strings.LastIndexAny(before, "，。；,;"); i >= 0 {
		before = before[i:]
	}
	return containsAny(before, changeVerbs)
}

// fundAt is the fund a claim speaks of (一般公共预算, 政府性基金, 财政拨款 …):
// named in its subject, else in its sentence before the figure at offset
// at, else in the nearest heading that names one; fundAll when none does.
func (n *narrative) fundAt(p *Pass, c *segment.Claim, at int) fundKind {
	if f := fundOf(c.Subject.Text); f != fundAll {
		return f
	}
	if para := p.paragraph(c.Source.Block); para != nil && c.Source.Start <= at && at <= len(para.Text) {
		if f := fundOf(para.Text[c.Source.Start:at]); f != fundAll {
			return f
		}
	}
	hs := n.headsAt(c.Source.Block)
	for i := len(hs) - 1; i >= 0; i-- {
		if f := fundOf(hs[i]); f != fundAll {
			return f
		}
	}
	return fundAll
}

// lookupYear looks a claim's figure up for a year: where a table prints
// several, the column or row of that year; year 0 is the year the claim
// speaks of (claimYear).
func (n *narrative) lookupYear(p *Pass, c *segment.Claim, year int) *figure {
	budget, ok := aspectBudget(c.Aspect, n.res.ReportKind)
	if !ok {
		return &figure{}
	}
	a, _ := c.Arg(segment.RoleValue)
	if year == 0 {
		year = n.claimYear(c, a.Mention)
	}
	ctx := &lookupCtx{p: p, c: c, budget: budget, reportBudget: n.res.ReportKind == "预算", block: c.Source.Block, year: year}
	ctx.key = nameKey(c.Subject.Text)
	ctx.fund = n.fundAt(p, c, a.Mention.Start)
	if c.Subject.Kind == "class" || c.Subject.Code != "" || len(c.Subject.Chain) > 0 {
		return classFigure(ctx)
	}
	// 涉及 introduces the claim's own amount; a probe (ID −1: the figure a
	// share's whole or a completion's budget names) is looked up by name.
	if n.underProject(c) || c.ID >= 0 && (involved(p, c, a.Mention.Start) || changed(p, c, a.Mention.Start)) {
		return &figure{} // a project's own 项目支出, 总计 …; a change
	}
	return termFigure(ctx)
}

func found(t *tables.Table, r *tables.Record, col int) *figure {
	return &figure{inScope: true, found: true, x: cellOf(t, r, col)}
}

func missing(why i18n.Msg) *figure { return &figure{inScope: true, why: why} }

func budgetWord(budget bool) i18n.Msg {
	if budget {
		return i18n.M("fig.word.budget")
	}
	return i18n.M("fig.word.final")
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
	case meetingWord(k) != "":
		return meetingFigure(ctx, meetingWord(k))
	case strings.Contains(k, "机关运行经费"):
		return columnAnywhere(ctx, "机关运行经费")
	case statementWord(k, "总计"):
		return grandTotalFigure(ctx)
	case strings.Contains(k, "年初") && (strings.Contains(k, "结转") || strings.Contains(k, "结余")):
		return carryFigure(ctx, "年初")
	case strings.Contains(k, "年末") && (strings.Contains(k, "结转") || strings.Contains(k, "结余")):
		return carryFigure(ctx, "年末")
	case statementWord(k, "收入合计"):
		return withGrandTotal(ctx, yearTotalFigure(ctx, true), true)
	case statementWord(k, "支出合计"):
		return withGrandTotal(ctx, yearTotalFigure(ctx, false), false)
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
	if fund := fundIncome(k); fund != fundAll {
		return fundIncomeFigure(ctx, fund)
	}
	if i := strings.LastIndex(k, "基本支出"); i >= 0 && len(k) > i+len("基本支出") {
		return economicFigure(ctx, k[i+len("基本支出"):])
	}
	if code := tables.EconomicClassCode(k); code != "" {
		return economicClassFigure(ctx, code)
	}
	return &figure{}
}

// noTable says that a statement is missing, or puts the claim out of scope
// when the document prints no tables of that kind for any year.
func noTable(ctx *lookupCtx, kinds ...tables.Kind) *figure {
	if !anyKind(ctx.p, kinds...) {
		return &figure{}
	}
	return missing(i18n.M("fig.none.kind", budgetWord(ctx.budget), kinds[0].String()))
}

// tableFigure looks up the table figure of subject with aspect, as an
// amount claim of c's sentence would name it, and returns it as a figure
// in like's unit: the whole a share names, the budget a completion rate
// is measured against.
func tableFigure(p *Pass, n *narrative, c *segment.Claim, subject segment.Subject, aspect string, like segment.Mention) (segment.Mention, *Evidence, bool) {
	probe := segment.Claim{ID: -1, Kind: segment.ClaimAmount, Subject: subject, Aspect: aspect, Source: c.Source,
		Args: []segment.Arg{{Role: segment.RoleValue, Mention: like}}}
	f := n.lookup(p, &probe)
	v, ok := f.cellAmount(like.Scale)
	if !ok {
		return segment.Mention{}, nil, false
	}
	m := like
	m.Value, m.Hi, m.Bound = v, nil, segment.BoundExact
	m.Text = v.String() + m.Unit
	ev := f.x.evidence()
	return m, &ev, true
}

// tableUnitExp returns the power of ten of a table's unit, or ok false
// when the table prints none.
func tableUnitExp(t *tables.Table) (int32, bool) { return unitExp(t.Unit()) }

// cellAmount returns the amount of the table cell a figure names, in the
// unit 10^scale 元; ok is false when no amount cell was found.
func (f *figure) cellAmount(scale int32) (num.Value, bool) {
	if !f.found || !f.x.Cell.Has || f.x.Cell.Pct {
		return num.Value{}, false
	}
	v, _ := cellIn(f.x, scale)
	return v, true
}
