package reconcile

import (
	"regexp"
	"strings"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/num"
	"github.com/gouji/gouji/reconcile/tables"
	"github.com/shopspring/decimal"
)

// SelfEval checks the performance sheets of projects (项目支出绩效自评表,
// 绩效目标表; see tables.Sheets): the 总分 line's 分值 and 得分 are the sums
// of the scored lines (the funds' 执行率 line and the indicators), no
// 得分 exceeds its 分值, 年度资金总额 is the sum of its sources (当年财政
// 拨款, 上年结转, 其他资金) in every amount column, 执行率 is 全年执行数 ÷
// 全年预算数 (on a department sheet, 部门整体支出绩效自评表, on every
// task row and the 金额合计), and the narrative's summary of a project (项目绩效自评综述)
// states the score and amounts of its sheet.
var SelfEval = &Analyzer{
	Name: "self-eval",
	Doc:  "performance sheets (绩效自评表, 绩效目标表): 总分 = Σ 分值/得分, 得分 ≤ 分值, 资金总额 = Σ sources, 执行率 = 执行数/预算数, and the narrative's project summary agrees",
	Run:  runSelfEval,
}

func runSelfEval(p *Pass) (any, error) {
	sheets := tables.Sheets(p.Doc)
	blocks := tableBlocks(p.Doc)
	for _, s := range sheets {
		for _, sum := range s.Sums {
			checkFundSum(p, blocks, sum)
		}
		for _, r := range s.Rates {
			checkRate(p, blocks, r)
		}
		checkScores(p, blocks, s)
	}
	checkSummaries(p, blocks, sheets)
	// The department sheets (部门整体支出绩效自评表) print a 执行率 on
	// every task row and on the 金额合计.
	for _, s := range tables.OverallSheets(p.Doc) {
		for _, r := range s.Rates {
			checkRate(p, blocks, r)
		}
	}
	return nil, nil
}

// tableBlocks maps each table of a document to its block index.
func tableBlocks(doc *extract.Document) map[*extract.Table]int {
	m := map[*extract.Table]int{}
	for i, b := range doc.Blocks {
		if b.Table != nil {
			m[b.Table] = i
		}
	}
	return m
}

// sheetEvidence describes a cell of a sheet.
func sheetEvidence(c tables.SheetCell) Evidence {
	e := Evidence{
		Kind:   EvidenceTable,
		Page:   c.Page,
		Table:  c.Table.Title,
		Row:    c.Label,
		Column: c.Heading,
		Value:  c.Text,
		Quote:  rowQuote(c),
		File:   c.Table.File,
	}
	if c.Row >= 0 && c.Row < c.Table.Rows && c.Col >= 0 && c.Col < c.Table.Cols {
		if cell := c.Table.Grid()[c.Row][c.Col]; cell != nil {
			e.Paragraph, e.Cell = cell.Paragraph, sheetCell(c.Table.Sheet, cell.Ref)
		}
	}
	return e
}

// rowQuote is a cell's row as printed, cells joined by " | ".
func rowQuote(c tables.SheetCell) string {
	g := c.Table.Grid()
	var parts []string
	var last *extract.Cell
	for _, x := range g[c.Row] {
		if x != nil && x != last && strings.TrimSpace(x.Text) != "" {
			parts = append(parts, strings.TrimSpace(x.Text))
		}
		last = x
	}
	return strings.Join(parts, " | ")
}

// sheetFinding is a finding standing at cell c, whose figure is claimed.
func sheetFinding(blocks map[*extract.Table]int, sev Severity, c tables.SheetCell, expected string, msg i18n.Msg, ev ...tables.SheetCell) Finding {
	v, _ := c.Value()
	f := Finding{
		Severity: sev,
		Page:     c.Page,
		Quote:    rowQuote(c),
		Claimed:  v.String(),
		Expected: expected,
		Msg:      msg,
		Pos:      Position{Block: blocks[c.Table], Row: c.Row, Col: c.Col},
	}
	for _, x := range append([]tables.SheetCell{c}, ev...) {
		e := sheetEvidence(x)
		if b, ok := blocks[x.Table]; ok {
			e.At = &Position{Block: b, Row: x.Row, Col: x.Col}
		}
		f.Evidence = append(f.Evidence, e)
	}
	return f
}

// partial is the sum of some printed cells: an interval, the cells
// printed, and whether a cell was left blank (then the sum is only a lower
// bound: the blank may hold the rest).
type partial struct {
	sum     num.Interval
	printed []tables.SheetCell
	blank   bool
}

// addCells adds the cells (dashed cells count as 0, blank ones as unknown);
// exact treats the printed figures as exact (分值 are set, not rounded).
// It returns false when a cell is neither a number nor blank.
func addCells(cells []tables.SheetCell, exact bool) (partial, bool) {
	p := partial{sum: num.Point(decimal.Zero)}
	for _, c := range cells {
		if strings.TrimSpace(c.Text) == "" {
			p.blank = true
			continue
		}
		if c.Nil() {
			continue
		}
		v, ok := c.Value()
		if !ok || strings.HasSuffix(c.Text, "%") {
			return p, false
		}
		iv := v.Interval()
		if exact {
			iv = v.Exact()
		}
		p.sum = p.sum.Add(iv)
		p.printed = append(p.printed, c)
	}
	return p, true
}

// sharePrecision recomputes a sum of printed figures with every figure
// read to the most decimals printed among them (and dec): figures of one
// column printed as 13 beside 9.6 stand for 13.0.
func sharePrecision(p partial, dec int32) partial {
	for _, c := range p.printed {
		if v, ok := c.Value(); ok {
			dec = max(dec, v.Decimals)
		}
	}
	out := partial{sum: num.Point(decimal.Zero), printed: p.printed, blank: p.blank}
	for _, c := range p.printed {
		v, _ := c.Value()
		v.Decimals = max(v.Decimals, dec)
		out.sum = out.sum.Add(v.Interval())
	}
	return out
}

// holds reports whether a printed total agrees with a partial sum.
func (p partial) holds(total num.Interval) bool {
	if p.blank {
		return total.Hi.GreaterThanOrEqual(p.sum.Lo)
	}
	return total.Overlaps(p.sum)
}

// checkFundSum checks a total of funds against its sources.
func checkFundSum(p *Pass, blocks map[*extract.Table]int, s tables.FundSum) {
	total, ok := s.Total.Value()
	if !ok {
		return
	}
	sum, ok := addCells(s.Parts, false)
	if !ok || len(sum.printed) == 0 {
		return
	}
	if sum.holds(total.Interval()) {
		p.Consistent()
		return
	}
	exp := num.Expected(total, sum.sum)
	parts := sum.printed
	p.Report(sheetFinding(blocks, Error, s.Total, exp.String(),
		i18n.M("se.sources", s.Total.Label, headingNote(s.Total), i18n.Num(total.String()), sourceNames(s.Parts), i18n.Num(exp.String())),
		parts...))
}

// headingNote names a cell's column in brackets, "" for none.
func headingNote(c tables.SheetCell) i18n.Msg {
	if c.Heading == "" {
		return i18n.Msg{}
	}
	return i18n.M("se.heading", c.Heading)
}

// sourceNames lists the labels of cells.
func sourceNames(cells []tables.SheetCell) string {
	var names []string
	for _, c := range cells {
		names = append(names, strings.TrimSuffix(tables.Key(c.Label), ":"))
	}
	return strings.Join(names, ", ")
}

// checkRate checks 执行率 = 全年执行数 ÷ 全年预算数. A rate that holds only
// if it was truncated rather than rounded is a warning.
func checkRate(p *Pass, blocks map[*extract.Table]int, r tables.Rate) {
	rate, okR := r.Rate.Value()
	budget, okB := r.Budget.Value()
	actual, okA := r.Actual.Value()
	if !okR || !okB || !okA || !strings.HasSuffix(r.Rate.Text, "%") {
		return
	}
	// Amounts printed in one row share a precision; an amount without
	// decimals beside one with them had its zeros dropped (840 for 840.00).
	d := max(budget.Decimals, actual.Decimals)
	budget.Decimals, actual.Decimals = d, d
	q, ok := actual.Interval().Div(budget.Interval())
	if !ok {
		return
	}
	q = q.Scale(2)
	if num.Consistent(rate, q) {
		p.Consistent()
		return
	}
	sev := Error
	if num.ConsistentTruncated(rate, q) {
		sev = Warning
	}
	exp := num.Expected(rate, q)
	p.Report(sheetFinding(blocks, sev, r.Rate, exp.String(),
		i18n.M("se.rate", r.Rate.Heading, rate.String(), r.Actual.Heading, i18n.Num(actual.String()), r.Budget.Heading, i18n.Num(budget.String()), exp.String()),
		r.Actual, r.Budget))
}

// checkScores checks the 总分 line of a sheet against its scored lines,
// and every 得分 against its 分值. 总分 adds the indicators and, in most
// templates, the funds' 执行率 line; where it holds without that line (a
// template whose 总分 is out of 90), that reading is taken.
func checkScores(p *Pass, blocks map[*extract.Table]int, s *tables.Sheet) {
	if s.Funds != nil {
		checkAtMostWeight(p, blocks, *s.Funds)
	}
	for _, l := range s.Lines {
		checkAtMostWeight(p, blocks, l)
	}
	if s.Total == nil || len(s.Lines) < 2 {
		return
	}
	var weights, scores []tables.SheetCell
	for _, l := range s.Lines {
		weights = append(weights, l.Weight)
		scores = append(scores, l.Score)
	}
	var fw, fs *partial
	if s.Funds != nil {
		fw, fs = fundsWeight(*s.Funds), fundsScore(*s.Funds)
	}
	checkScoreSum(p, blocks, s.Total.Weight, weights, fw, true)
	checkScoreSum(p, blocks, s.Total.Score, scores, fs, false)
}

// formRateWeight is the 分值 the national form of the 项目支出绩效自评表
// gives the funds' 执行率 line.
var formRateWeight = decimal.NewFromInt(10)

// fundsWeight returns the 分值 of the funds' line, nil when there is none.
// A 分值 left blank beside a printed 得分 is the form's 10 when the 得分
// fits in it.
func fundsWeight(l tables.ScoreLine) *partial {
	if l.Weight.Table == nil {
		return nil
	}
	if strings.TrimSpace(l.Weight.Text) == "" {
		if v, ok := l.Score.Value(); ok && l.Score.Table != nil && v.D.LessThanOrEqual(formRateWeight) {
			return &partial{sum: num.Point(formRateWeight)}
		}
	}
	w, ok := addCells([]tables.SheetCell{l.Weight}, true)
	if !ok {
		return nil
	}
	return &w
}

// fundsScore returns the 得分 of the funds' line, nil when there is none.
func fundsScore(l tables.ScoreLine) *partial {
	if l.Score.Table == nil {
		return nil
	}
	sc, ok := addCells([]tables.SheetCell{l.Score}, false)
	if !ok {
		return nil
	}
	return &sc
}

// plus returns the sum of two partial sums.
func (p partial) plus(q partial) partial {
	return partial{sum: p.sum.Add(q.sum), printed: append(append([]tables.SheetCell(nil), q.printed...), p.printed...), blank: p.blank || q.blank}
}

// checkScoreSum checks one column of the 总分 line against the lines, and
// against the lines and the funds' line when that is given: either
// reading may hold.
func checkScoreSum(p *Pass, blocks map[*extract.Table]int, total tables.SheetCell, cells []tables.SheetCell, funds *partial, exact bool) {
	tv, ok := total.Value()
	if total.Table == nil || !ok {
		return
	}
	tiv := tv.Interval()
	if exact {
		tiv = tv.Exact()
	}
	bare, ok := addCells(cells, exact)
	if !ok || len(bare.printed) < 2 {
		return
	}
	if !exact {
		// A score printed without decimals among scores printed with
		// them had its zeros dropped (13 for 13.0).
		bare = sharePrecision(bare, tv.Decimals)
		tiv = tv.Interval()
		if funds != nil {
			f := sharePrecision(*funds, 0)
			funds = &f
		}
	}
	readings := []partial{bare}
	if funds != nil {
		readings = []partial{bare.plus(*funds), bare}
	}
	for _, r := range readings {
		if r.holds(tiv) {
			p.Consistent()
			return
		}
	}
	r := readings[0]
	if r.blank {
		r = bare
	}
	exp := num.Expected(tv, r.sum)
	p.Report(sheetFinding(blocks, Error, total, exp.String(),
		i18n.M("se.scores", total.Heading, tv.String(), len(r.printed), total.Heading, exp.String()),
		r.printed...))
}

// checkAtMostWeight checks that a line's 得分 does not exceed its 分值.
func checkAtMostWeight(p *Pass, blocks map[*extract.Table]int, l tables.ScoreLine) {
	if l.Weight.Table == nil || l.Score.Table == nil {
		return
	}
	w, okW := l.Weight.Value()
	s, okS := l.Score.Value()
	if !okW || !okS {
		return
	}
	if s.D.LessThanOrEqual(w.Interval().Hi) {
		p.Consistent()
		return
	}
	p.Report(sheetFinding(blocks, Error, l.Score, w.String(),
		i18n.M("se.weight", l.Score.Label, s.String(), w.String()), l.Weight))
}

// summaryFigures are the figures a project's summary (项目绩效自评综述)
// states, with what they are on its sheet.
var summaryFigures = []struct {
	what    string
	pattern *regexp.Regexp
	cell    func(*tables.Sheet) (tables.SheetCell, bool)
}{
	{"自评得分", regexp.MustCompile(`自评得分为?(\d+(?:\.\d+)?)分`), sheetScore},
	{"全年预算数", regexp.MustCompile(`全年预算数为?(\d[\d,]*(?:\.\d+)?)万元`), sheetBudget},
	{"执行数", regexp.MustCompile(`[^年]执行数为?(\d[\d,]*(?:\.\d+)?)万元`), sheetActual},
}

func sheetScore(s *tables.Sheet) (tables.SheetCell, bool) {
	if s.Total == nil || s.Total.Score.Table == nil {
		return tables.SheetCell{}, false
	}
	return s.Total.Score, true
}

func sheetBudget(s *tables.Sheet) (tables.SheetCell, bool) {
	if len(s.Rates) == 0 || s.Money != "万元" {
		return tables.SheetCell{}, false
	}
	return s.Rates[0].Budget, true
}

func sheetActual(s *tables.Sheet) (tables.SheetCell, bool) {
	if len(s.Rates) == 0 || s.Money != "万元" {
		return tables.SheetCell{}, false
	}
	return s.Rates[0].Actual, true
}

// checkSummaries checks the narrative's summary of each project (a
// paragraph naming the project before 综述, with the paragraphs that
// continue it) against the project's sheet: its 自评得分, 全年预算数 and 执行数.
func checkSummaries(p *Pass, blocks map[*extract.Table]int, sheets []*tables.Sheet) {
	found := map[int]*tables.Sheet{}
	times := map[*tables.Sheet]int{}
	for i, b := range p.Doc.Blocks {
		para := b.Paragraph
		if para == nil {
			continue
		}
		head, _, ok := strings.Cut(para.Text, "综述")
		if !ok {
			continue
		}
		if s := summarySheet(sheets, head); s != nil {
			found[i] = s
			times[s]++
		}
	}
	for i := range p.Doc.Blocks {
		s := found[i]
		if s == nil || times[s] > 1 {
			continue // a sheet two summaries name is not known to be either's
		}
		text, starts := summaryText(p.Doc.Blocks, i)
		copied := copiedFrom(sheets, s)
		sheetReported := false
		for _, f := range summaryFigures {
			claimed, want, ok := summaryFigure(text, s, f.pattern, f.cell)
			switch {
			case !ok:
			case num.Consistent(claimed, want.Interval()):
				p.Consistent()
			case copied != nil && f.what != "自评得分":
				if !sheetReported {
					reportCopiedSheet(p, blocks, s, copied, f.what, claimed, f.cell)
					sheetReported = true
				}
			default:
				reportSummaryFigure(p, i, text, starts, s, f.what, f.pattern, f.cell)
			}
		}
	}
}

// summarySheet returns the one sheet whose project (and, where several
// projects' names are in the head, unit) the head of a summary names; nil
// if none or several.
func summarySheet(sheets []*tables.Sheet, head string) *tables.Sheet {
	k := tables.Key(head)
	var named []*tables.Sheet
	for _, s := range sheets {
		if name := tables.Key(s.Project); name != "" && strings.Contains(k, name) {
			named = append(named, s)
		}
	}
	if len(named) > 1 {
		var byUnit []*tables.Sheet
		for _, s := range named {
			if u := tables.Key(s.Unit); u != "" && strings.Contains(k, u) {
				byUnit = append(byUnit, s)
			}
		}
		named = byUnit
	}
	if len(named) != 1 {
		return nil
	}
	return named[0]
}

// summaryText joins the paragraph at block i with the paragraphs that
// continue it (a summary's first line is sometimes a paragraph of its
// own), up to the next summary or table; starts[k] is the offset in the
// text where the paragraph at block i+k begins.
func summaryText(bs []extract.Block, i int) (string, []int) {
	var b strings.Builder
	var starts []int
	for k := i; k < len(bs) && k < i+3; k++ {
		para := bs[k].Paragraph
		if para == nil || k > i && strings.Contains(para.Text, "综述") {
			break
		}
		starts = append(starts, b.Len())
		b.WriteString(para.Text)
	}
	return b.String(), starts
}

// summaryFigure returns the first figure a pattern finds in a summary and
// the sheet's figure for it.
func summaryFigure(text string, s *tables.Sheet, pattern *regexp.Regexp, cellOf func(*tables.Sheet) (tables.SheetCell, bool)) (claimed, want num.Value, ok bool) {
	m := pattern.FindStringSubmatch(text)
	if m == nil {
		return claimed, want, false
	}
	cell, ok := cellOf(s)
	if !ok {
		return claimed, want, false
	}
	claimed, okC := num.Parse(m[1])
	want, okW := cell.Value()
	return claimed, want, okC && okW
}

// copiedFrom returns another project's sheet whose funds (全年预算数 and
// 全年执行数 of 年度资金总额) are the same as s's, nil if none: a sheet
// that repeats another's figures is where a disagreement with the text
// lies.
func copiedFrom(sheets []*tables.Sheet, s *tables.Sheet) *tables.Sheet {
	if len(s.Rates) == 0 {
		return nil
	}
	r := s.Rates[0]
	for _, o := range sheets {
		if o == s || len(o.Rates) == 0 || tables.Key(o.Project) == tables.Key(s.Project) {
			continue
		}
		if q := o.Rates[0]; q.Budget.Text == r.Budget.Text && q.Actual.Text == r.Actual.Text && r.Budget.Text != "" {
			return o
		}
	}
	return nil
}

// reportCopiedSheet reports a sheet whose funds disagree with the text and
// repeat another project's sheet, at the sheet's figure.
func reportCopiedSheet(p *Pass, blocks map[*extract.Table]int, s, from *tables.Sheet, what string, stated num.Value,
	cellOf func(*tables.Sheet) (tables.SheetCell, bool)) {
	cell, _ := cellOf(s)
	v, _ := cell.Value()
	p.Report(sheetFinding(blocks, Error, cell, stated.String(),
		i18n.M("se.copied", what, s.Project, i18n.Num(v.String()), from.Project, from.Page, i18n.Num(stated.String()))))
}

// reportSummaryFigure reports the first figure of a kind in a summary
// that disagrees with its sheet.
func reportSummaryFigure(p *Pass, block int, text string, starts []int, s *tables.Sheet,
	what string, pattern *regexp.Regexp, cellOf func(*tables.Sheet) (tables.SheetCell, bool)) {
	m := pattern.FindStringSubmatchIndex(text)
	cell, _ := cellOf(s)
	claimed, _ := num.Parse(text[m[2]:m[3]])
	want, _ := cell.Value()
	k := 0
	for k+1 < len(starts) && starts[k+1] <= m[2] {
		k++
	}
	off := m[2] - starts[k]
	page, line := p.TextPlace(block+k, off)
	ev := sheetEvidence(cell)
	p.Report(Finding{
		Severity: Error,
		Page:     page,
		Line:     line,
		Quote:    text[max(0, m[0]-60):m[1]],
		Claimed:  claimed.String(),
		Expected: want.String(),
		Msg:      i18n.M("se.summary", what, s.Project, i18n.Num(claimed.String()), i18n.Num(want.String()), cell.Heading),
		Evidence: []Evidence{ev},
		Pos:      p.TextPosition(block+k, off),
	})
}
