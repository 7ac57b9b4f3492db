package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Table titles, form ids and units are printed in the few lines above a
// table, in any order and sometimes on one line with the department name:
// "部门：某局 2021年度 公开08表", "金额单位：万元". These patterns read them
// wherever they stand.
var (
	formIDPattern = regexp.MustCompile(`公开\s*(\d{1,2})\s*表|(?:附)?表\s*(\d{1,2})(?:[-－—]\d{1,2})?$`)
	unitPattern   = regexp.MustCompile(`(?:金额)?单位\s*[：:]\s*(万元|元|亿元|千元|万美元|美元)`)
	// formPrefixPattern matches a form id printed before the title, with
	// its separator: "表1：", "预算01表 ", "附表3、".
	formPrefixPattern = regexp.MustCompile(`^\s*((?:附)?表\s*\d{1,2}|(?:预算|公开|决算)\s*\d{1,2}\s*表)\s*[：:、.．]?\s*`)
	// formSuffixPattern matches a form id in brackets after the title:
	// "（预算表1）", "(表3)".
	formSuffixPattern = regexp.MustCompile(`\s*[（(]\s*((?:预算|公开|决算)?\s*表\s*\d{1,2}|(?:预算|公开|决算)\s*\d{1,2}\s*表)\s*[）)]\s*$`)
	deptPattern       = regexp.MustCompile(`^(?:部门|单位|预算单位|编制单位)(?:名称)?\s*[：:]`)
	yearPattern       = regexp.MustCompile(`^\d{4}\s*年度?$`)
)

// tableMeta is what the lines around a table say about it.
type tableMeta struct {
	Title, FormID, Unit string
	// Dept is the department a 部门：… line names.
	Dept string
}

// metaLines gathers what the lines above a table say about it while a
// document is read line by line (text, drafts). A title line is also kept
// as a paragraph, since a heading like "一、收入支出决算总表" can be a
// table-of-contents entry; claim removes it once its table arrives. at is
// the index in the blocks of the last title line.
type metaLines struct {
	m  tableMeta
	at int
}

// line records text (whose paragraph is para) and reports whether it
// described the next table.
func (ml *metaLines) line(doc *Document, text string, para *Paragraph) bool {
	before := ml.m.Title
	if !ml.m.readLine(text) {
		return false
	}
	if ml.m.Title != before {
		ml.at = len(doc.Blocks)
		doc.Blocks = append(doc.Blocks, Block{Paragraph: para})
	}
	return true
}

// claim gives t the title, form id and unit gathered, removes the title's
// paragraph from blocks and appends t.
func (ml *metaLines) claim(blocks []Block, t *Table) []Block {
	t.Title, t.FormID, t.Unit, t.Dept = ml.m.Title, ml.m.FormID, ml.m.Unit, ml.m.Dept
	if t.Title != "" {
		for i := len(blocks) - 1; i >= ml.at && i >= 0; i-- {
			if p := blocks[i].Paragraph; p != nil && p.Text == t.Title {
				blocks = append(blocks[:i], blocks[i+1:]...)
				break
			}
		}
	}
	return append(blocks, Block{Table: t})
}

// readMeta fills m from one line printed above a table. It reports whether
// the line was meta text (and so not a paragraph of the narrative).
func (m *tableMeta) readLine(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || utf8.RuneCountInString(line) > maxTitleRunes {
		return false
	}
	used := false
	rest := line
	if u := unitPattern.FindStringSubmatch(line); u != nil {
		if m.Unit == "" {
			m.Unit = u[1]
		}
		rest = strings.Replace(rest, u[0], " ", 1)
		used = true
	}
	if f := formPrefixPattern.FindStringSubmatch(rest); f != nil && isTableTitle(strings.TrimSpace(rest[len(f[0]):])) {
		// "表1：高等学校收支决算总表", "预算01表 收支总表": the form id
		// printed before the title. It is this title's, and replaces one
		// read with a title further up (a list of the tables above it).
		m.FormID = strings.Join(strings.Fields(f[1]), "")
		rest = rest[len(f[0]):]
		used = true
	} else if f := formSuffixPattern.FindStringSubmatch(rest); f != nil && isTableTitle(strings.TrimSpace(rest[:len(rest)-len(f[0])])) {
		// "收支总表（预算表1）": the form id in brackets after the title,
		// this title's as above.
		m.FormID = strings.Join(strings.Fields(f[1]), "")
		rest = rest[:len(rest)-len(f[0])]
		used = true
	} else if f := formIDPattern.FindStringSubmatch(rest); f != nil {
		if m.FormID == "" {
			m.FormID = strings.Join(strings.Fields(f[0]), "")
		}
		rest = strings.Replace(rest, f[0], " ", 1)
		used = true
	}
	if loc := deptPattern.FindStringIndex(rest); loc != nil {
		if f := strings.Fields(rest[loc[1]:]); len(f) > 0 && m.Dept == "" {
			m.Dept = f[0] // 部门：某局2021年度: the name ends at the year
			if i := strings.IndexAny(m.Dept, "0123456789"); i >= 0 {
				m.Dept = m.Dept[:i]
			}
		}
		return true
	}
	if deptPattern.MatchString(line) || yearPattern.MatchString(line) {
		return true
	}
	// What is left may be the title printed on the same line as the form
	// id ("一般公共预算财政拨款支出决算表  公开05表"). The nearest title wins:
	// a heading above ("部门决算表") is replaced by the table's own name.
	if rest = strings.TrimSpace(rest); isTableTitle(rest) {
		if m.Title != "" && m.Title != rest {
			*m = tableMeta{FormID: m.FormID, Unit: m.Unit, Dept: m.Dept}
		}
		m.Title = rest
		return true
	}
	return used
}

// isTableTitle reports whether line reads like a table's name: short and
// ending in 表 (收入支出决算总表, 部门整体支出绩效自评表).
func isTableTitle(line string) bool {
	n := utf8.RuneCountInString(line)
	return n >= 3 && n <= maxTitleRunes && titleEnd.MatchString(line) && !strings.ContainsAny(line, "。；")
}

// maxTitleRunes is the longest line read as a table's title or meta line:
// "2022年部门综合预算一般公共预算基本支出明细表（按支出经济分类科目-不含上年结转）"
// has 43 characters.
const maxTitleRunes = 60

// titleEnd matches the end of a table name: 表, possibly followed by a
// qualifier in brackets ("财政拨款支出预算表（功能科目）").
var titleEnd = regexp.MustCompile(`表(?:[（(][^）)]{1,24}[）)])?$`)

// isMetaRow reports whether every non-empty cell of a table row is title,
// form id, unit, department or year text: such rows are printed inside the
// table's grid by some producers but describe the table.
func isMetaRow(cells []string) bool {
	seen := false
	for _, c := range cells {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		seen = true
		if !(unitPattern.MatchString(c) || formIDPattern.MatchString(c) || deptPattern.MatchString(c) || yearPattern.MatchString(c) ||
			titledForm(c)) {
			return false
		}
	}
	return seen
}

// amountPattern matches a cell printed as an amount or percentage.
var amountPattern = regexp.MustCompile(`^[-−]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?%?$`)

// codePattern matches a classification code cell (201, 20113, 2011301, 30101).
var codePattern = regexp.MustCompile(`^\d{3}(\d{2}){0,2}$`)

// headerRowCount returns how many leading rows of a table are headings: the
// rows before the first that holds an amount with decimals or grouping, a
// classification code or a first enumerated item (一、). A 合计 label is not
// enough: it is also a column heading. Column-number rows (栏次 1 2 3)
// count as headings.
func headerRowCount(rows [][]string) int {
	for i, row := range rows {
		for _, c := range row {
			c = strings.TrimSpace(c)
			if strings.HasPrefix(c, "一、") || codePattern.MatchString(c) ||
				amountPattern.MatchString(c) && strings.ContainsAny(c, ".,%") {
				return i
			}
		}
	}
	if len(rows) > 1 {
		return 1
	}
	return 0
}

// continuationMark matches the words that mark a table carried on from the
// page before: "续表", "（续）", "续上表".
var continuationMark = regexp.MustCompile(`^续表|[（(]续[表上]?[表）)]?[）)]?|续上表|[（(]续表?[）)]$`)

// continues reports whether the lines printed above a table at the top of
// a page (m) allow it to carry on the table last before the page break:
// nothing, a continuation mark, or the same title, form id and unit
// repeated. A title, form id or unit of its own starts a new table.
func (m tableMeta) continues(last *Table) bool {
	if m.FormID != "" && last.FormID != "" && m.FormID != last.FormID {
		return false
	}
	if m.Unit != "" && last.Unit != "" && m.Unit != last.Unit {
		return false
	}
	if m.Title == "" || continuationMark.MatchString(m.Title) {
		return true
	}
	return sameTitle(m.Title, last.Title)
}

// sameTitle compares two table titles without spaces and continuation
// marks.
func sameTitle(a, b string) bool {
	key := func(s string) string {
		s = continuationMark.ReplaceAllString(s, "")
		return strings.Join(strings.Fields(s), "")
	}
	return key(a) != "" && key(a) == key(b)
}

// titledForm reports whether a cell is a table's title with its form id
// ("收支总表（预算表1）", "表1：收支总表"), as printed inside the grid.
func titledForm(c string) bool {
	if f := formSuffixPattern.FindString(c); f != "" && isTableTitle(strings.TrimSpace(c[:len(c)-len(f)])) {
		return true
	}
	f := formPrefixPattern.FindString(c)
	return f != "" && isTableTitle(strings.TrimSpace(c[len(f):]))
}
