package tables

import (
	"iter"
	"regexp"
	"strings"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/num"
)

// The performance sheets of a project: 项目支出绩效自评表 (a final account's
// self-evaluation) and 绩效目标表 (a budget's target sheet). They are forms,
// not classified tables: labels stand beside their values. A sheet is read
// from the table that holds its funds (年度资金总额 and its sources) and
// the tables after it up to the next sheet's funds (the indicators, with
// their 分值 and 得分 and the 总分 row).

// SheetCell is one figure of a sheet: where it is printed and what it says.
type SheetCell struct {
	Table *extract.Table
	Row   int
	Col   int
	Text  string
	Page  int
	// Label is the row's label (年度资金总额, the indicator's name, 总分).
	Label string
	// Heading is the column's heading (全年预算数（A）, 分值).
	Heading string
}

// Value reads the cell as a printed number (a percentage without its %).
func (c SheetCell) Value() (num.Value, bool) {
	v, _, ok := ParseAmount(c.Text)
	return v, ok
}

// Nil reports whether the cell is printed empty or as a dash.
func (c SheetCell) Nil() bool { return IsNil(c.Text) }

// FundSum is a total of a sheet's funds with its sources, in one column
// (年初预算数, 全年预算数, 全年执行数) or, in a form of label–value pairs,
// each beside its label.
type FundSum struct {
	Total SheetCell
	Parts []SheetCell
}

// Rate is a sheet's 执行率 with the budget and actual it divides.
type Rate struct {
	Rate, Budget, Actual SheetCell
}

// ScoreLine is one scored line: its weight (分值) and its score (得分),
// either of which may be missing (Table nil).
type ScoreLine struct {
	Weight, Score SheetCell
}

// Sheet is one project's performance sheet.
type Sheet struct {
	// Title is the paragraph printed above the sheet (…项目绩效自评表), if
	// any; Project and Unit the cells beside 项目名称 and 实施单位.
	Title, Project, Unit string
	Page                 int
	// Money is the unit of the funds: 万元 or 元 from the 项目资金 label,
	// "" when it does not say.
	Money string
	Sums  []FundSum
	// Rates is the 执行率 of the 年度资金总额 row, when printed.
	Rates []Rate
	// Funds is the scored 执行率 line of the funds, if any; Lines are the
	// indicators; Total is the 总分 line.
	Funds *ScoreLine
	Lines []ScoreLine
	Total *ScoreLine

	// fundRows are the rows the funds were read from, which are not
	// indicator lines even where they print a 分值.
	fundRows map[rowRef]bool
	// scoreCols are the columns of 分值 and 得分 in the table of the
	// indicators' headings and its width, for a table that continues it.
	scoreCols [3]int
}

// rowRef is a row of a table.
type rowRef struct {
	t *extract.Table
	r int
}

// Sheets reads the performance sheets of a document.
func Sheets(doc *extract.Document) []*Sheet {
	var out []*Sheet
	var cur *Sheet
	title := "" // a sheet's title stays until a sheet takes it
	for above, t := range titledTables(doc) {
		if above != "" {
			title = above
		}
		if s := readFunds(t); s != nil {
			s.Title = title
			title = ""
			cur = s
			out = append(out, s)
		}
		if cur != nil && cur.Total == nil {
			readScores(cur, t)
		}
	}
	return out
}

// titledTables iterates over the tables of a document with the sheet
// title printed above each since the table before ("" when none).
func titledTables(doc *extract.Document) iter.Seq2[string, *extract.Table] {
	return func(yield func(string, *extract.Table) bool) {
		title := ""
		for _, b := range doc.Blocks {
			if p := b.Paragraph; p != nil {
				if sheetTitle(p.Text) {
					title = p.Text
				}
				continue
			}
			if b.Table == nil {
				continue
			}
			if !yield(title, b.Table) {
				return
			}
			title = ""
		}
	}
}

// sheetTitle reports whether a paragraph names a performance sheet.
func sheetTitle(s string) bool {
	k := Key(s)
	return len([]rune(k)) < 80 && (strings.HasSuffix(k, "自评表") || strings.HasSuffix(k, "目标表") || strings.HasSuffix(k, "填报表"))
}

// fundTotal reports whether a label names the total of a project's funds.
func fundTotal(label string) bool {
	k := strings.TrimSuffix(Key(label), ":")
	k = strings.TrimSuffix(k, "(万元)")
	k = strings.TrimSuffix(k, ":")
	switch k {
	case "年度资金总额", "年度资金申请总额", "项目资金总额", "年度预算资金总额", "资金总额":
		return true
	}
	return false
}

// fundParts are the sources a project's funds are split into.
var fundParts = map[string]bool{
	"当年财政拨款": true, "财政拨款": true, "财政资金": true, "上年结转": true,
	"上年结转资金": true, "其他资金": true,
}

// fundPart reports whether a label names a source of a project's funds.
func fundPart(label string) bool {
	k := strings.TrimSuffix(Key(label), ":")
	k = strings.TrimPrefix(k, "其中:")
	k = strings.TrimPrefix(k, "其中")
	return fundParts[k]
}

// amountHeading reports whether a column heading is an amount of funds.
func amountHeading(h string) bool {
	k := Key(h)
	return (strings.Contains(k, "预算数") || strings.Contains(k, "执行数")) && !strings.Contains(k, "率")
}

// readFunds reads a table holding a sheet's funds; nil when it holds none.
func readFunds(t *extract.Table) *Sheet {
	g := t.Grid()
	s := &Sheet{Page: firstPage(t), fundRows: map[rowRef]bool{}}
	for _, cell := range t.Cells {
		if cell.Row < len(g) && cell.Col < len(g[cell.Row]) {
			readLabel(s, t, g, cell.Row, cell.Col)
		}
	}
	if len(s.Sums) == 0 {
		return nil
	}
	return s
}

// readLabel reads the label at row r, column c of a funds table, if it is
// one the sheet knows.
func readLabel(s *Sheet, t *extract.Table, g [][]*extract.Cell, r, c int) {
	text := g[r][c].Text
	k := Key(text)
	switch {
	case k == "项目名称" && s.Project == "":
		s.Project = nextText(g, r, c)
	case k == "实施单位" && s.Unit == "":
		s.Unit = nextText(g, r, c)
	case strings.HasPrefix(k, "项目资金") && strings.Contains(k, "(") && s.Money == "":
		s.Money = moneyUnit(k)
	case fundTotal(text):
		if s.Money == "" {
			s.Money = moneyUnit(k)
		}
		if head := amountHeadingRow(g, r); head >= 0 {
			readFundColumns(s, t, g, head, r, c)
		} else {
			readFundPairs(s, t, g, r, c)
		}
	}
}

var moneyPattern = regexp.MustCompile(`\((万元|元)\)`)

// moneyUnit returns the unit a label gives in brackets, "" for none.
func moneyUnit(k string) string {
	if m := moneyPattern.FindStringSubmatch(k); m != nil {
		return m[1]
	}
	return ""
}

// nextText returns the first non-empty cell right of column c in row r.
func nextText(g [][]*extract.Cell, r, c int) string {
	for k := c + 1; k < len(g[r]); k++ {
		if x := g[r][k]; x != nil && x != g[r][c] && strings.TrimSpace(x.Text) != "" {
			return strings.TrimSpace(x.Text)
		}
	}
	return ""
}

// amountHeadingRow returns the row above r holding two or more amount
// headings (年初预算数, 全年预算数, 全年执行数), or −1.
func amountHeadingRow(g [][]*extract.Cell, r int) int {
	for h := r - 1; h >= 0 && h >= r-3; h-- {
		n := 0
		for c, x := range g[h] {
			if x != nil && x.Col == c && amountHeading(x.Text) {
				n++
			}
		}
		if n >= 2 {
			return h
		}
	}
	return -1
}

// sheetCell returns the cell at row r, column c as a SheetCell.
func sheetCell(t *extract.Table, g [][]*extract.Cell, r, c int, label, heading string) SheetCell {
	sc := SheetCell{Table: t, Row: r, Col: c, Label: label, Heading: heading, Page: firstPage(t)}
	if x := g[r][c]; x != nil {
		sc.Text = strings.TrimSpace(x.Text)
		if x.Page != 0 {
			sc.Page = x.Page
		}
	}
	return sc
}

func firstPage(t *extract.Table) int {
	if len(t.Pages) > 0 {
		return t.Pages[0]
	}
	return 0
}

// partRows returns the rows below r whose label in column c names a source
// of funds, up to the first row labelled otherwise.
func partRows(g [][]*extract.Cell, r, c int) []int {
	var rows []int
	for k := r + 1; k < len(g); k++ {
		x := g[k][c]
		if x == nil || x == g[k-1][c] || strings.TrimSpace(x.Text) == "" {
			continue
		}
		if !fundPart(x.Text) {
			break
		}
		rows = append(rows, k)
	}
	return rows
}

// readFundColumns reads a total and its sources under amount headings
// (the 自评表 layout): one FundSum per amount column, and the 执行率 and
// 分值/得分 of the total's row.
func readFundColumns(s *Sheet, t *extract.Table, g [][]*extract.Cell, head, r, c int) {
	parts := partRows(g, r, c)
	label := g[r][c].Text
	for _, k := range append([]int{r}, parts...) {
		s.fundRows[rowRef{t, k}] = true
	}
	var budget, actual, rate, weight, score int = -1, -1, -1, -1, -1
	for k := c + 1; k < len(g[head]); k++ {
		x := g[head][k]
		if x == nil || x.Col != k {
			continue
		}
		h := Key(x.Text)
		switch {
		case amountHeading(h):
			sum := FundSum{Total: sheetCell(t, g, r, k, label, x.Text)}
			for _, pr := range parts {
				sum.Parts = append(sum.Parts, sheetCell(t, g, pr, k, g[pr][c].Text, x.Text))
			}
			if len(parts) > 0 {
				s.Sums = append(s.Sums, sum)
			}
			if strings.HasPrefix(h, "全年预算数") {
				budget = k
			} else if strings.HasPrefix(h, "全年执行数") {
				actual = k
			}
		case strings.HasPrefix(h, "执行率"):
			rate = k
		case h == "分值":
			weight = k
		case h == "得分":
			score = k
		}
	}
	if rate >= 0 && budget >= 0 && actual >= 0 {
		s.Rates = append(s.Rates, Rate{
			Rate:   sheetCell(t, g, r, rate, label, g[head][rate].Text),
			Budget: sheetCell(t, g, r, budget, label, g[head][budget].Text),
			Actual: sheetCell(t, g, r, actual, label, g[head][actual].Text),
		})
	}
	if (weight >= 0 || score >= 0) && s.Funds == nil {
		l := scoreLine(t, g, r, weight, score, label)
		s.Funds = &l
	}
}

// scoreLine returns the 分值 and 得分 cells of row r (a column of −1 gives
// a missing cell).
func scoreLine(t *extract.Table, g [][]*extract.Cell, r, weight, score int, label string) ScoreLine {
	var l ScoreLine
	if weight >= 0 {
		l.Weight = sheetCell(t, g, r, weight, label, "分值")
	}
	if score >= 0 {
		l.Score = sheetCell(t, g, r, score, label, "得分")
	}
	return l
}

// readFundPairs reads a total and its sources printed as label–value pairs
// (the 绩效目标表 layout): each value is the first figure right of its
// label.
func readFundPairs(s *Sheet, t *extract.Table, g [][]*extract.Cell, r, c int) {
	total, ok := pairValue(t, g, r, c)
	if !ok {
		return
	}
	sum := FundSum{Total: total}
	for _, pr := range partRows(g, r, c) {
		if v, ok := pairValue(t, g, pr, c); ok {
			sum.Parts = append(sum.Parts, v)
		}
	}
	if len(sum.Parts) > 0 {
		s.Sums = append(s.Sums, sum)
	}
}

// pairValue returns the figure right of the label at row r, column c: the
// first non-empty cell, when it is a number.
func pairValue(t *extract.Table, g [][]*extract.Cell, r, c int) (SheetCell, bool) {
	for k := c + 1; k < len(g[r]); k++ {
		x := g[r][k]
		if x == nil || x == g[r][c] || strings.TrimSpace(x.Text) == "" {
			continue
		}
		sc := sheetCell(t, g, r, k, g[r][c].Text, "")
		_, ok := sc.Value()
		return sc, ok
	}
	return SheetCell{}, false
}

// readScores reads the scored indicator lines of a table into s: the rows
// below a heading row holding 分值 and 得分 (or, in a table that continues
// the one with the headings, every row), up to the 总分 row.
func readScores(s *Sheet, t *extract.Table) {
	g := t.Grid()
	weight, score := -1, -1
	if s.scoreCols[2] == t.Cols && t.Cols > 0 {
		weight, score = s.scoreCols[0], s.scoreCols[1]
	}
	for r := range g {
		if w, sc, ok := scoreHeadings(g[r]); ok {
			weight, score = w, sc
			s.scoreCols = [3]int{w, sc, t.Cols}
			continue
		}
		if weight < 0 {
			continue
		}
		label := rowLabel(g, r)
		l := scoreLine(t, g, r, weight, score, label)
		if Key(label) == "总分" {
			s.Total = &l
			return
		}
		if _, ok := l.Weight.Value(); ok && !s.fundRows[rowRef{t, r}] {
			s.Lines = append(s.Lines, l)
		}
	}
}

// scoreHeadings returns the columns headed 分值 and 得分 in a row, and
// whether the row holds both.
func scoreHeadings(row []*extract.Cell) (weight, score int, ok bool) {
	weight, score = -1, -1
	for c, x := range row {
		if x == nil || x.Col != c {
			continue
		}
		switch Key(x.Text) {
		case "分值":
			weight = c
		case "得分":
			score = c
		}
	}
	return weight, score, weight >= 0 && score >= 0
}

// rowLabel returns the first non-empty cell of row r.
func rowLabel(g [][]*extract.Cell, r int) string {
	for _, x := range g[r] {
		if x != nil && strings.TrimSpace(x.Text) != "" {
			return strings.TrimSpace(x.Text)
		}
	}
	return ""
}
