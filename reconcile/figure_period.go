package reconcile

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/gouji/gouji/reconcile/tables"
	"github.com/gouji/gouji/segment"
)

// Periods: a table may print the same figure for several years (a year in
// a column group's heading, 2025年预算数 | 2026年预算数, or in a row's label,
// 2025年 | 2026年), for the change between them (增减变化), and for budget
// and actual (预算数 | 决算数 as rows or columns). A narrative figure is
// compared with the year and the kind its sentence speaks of: the year the
// sentence prints before the figure, else the report's own; the kind its
// aspect names, else the report's (决算 in a final account, 预算 in a
// budget). Years count only where a table prints two or more of them: a
// single year in a heading (2026年预算数) is the table's own.

// yearPattern matches a year in a heading or a label: 2025年, 2026年度.
var yearPattern = regexp.MustCompile(`(?:19|20)\d{2}(?:年|$)`)

// yearIn returns the year a heading or label names, 0 for none.
func yearIn(s string) int {
	m := yearPattern.FindString(tables.Key(s))
	if m == "" {
		return 0
	}
	y, _ := strconv.Atoi(m[:4])
	return y
}

// pathYear returns the year a column's heading path names, 0 for none.
func pathYear(path []string) int {
	for _, k := range path {
		if y := yearIn(k); y != 0 {
			return y
		}
	}
	return 0
}

// changeWords name a change between periods rather than a period's figure.
var changeWords = []string{"增减", "增长", "变化", "变动", "比上年", "较上年", "同比", "差额"}

// isChange reports whether a heading or label names a change (增减变化金额).
func isChange(s string) bool { return containsAny(tables.Key(s), changeWords) }

// kindPattern matches a label that names only a kind of figure, with its
// year: 预算数, 决算数, 2022年执行数, 全年预算.
var kindPattern = regexp.MustCompile(`^(?:(?:19|20)\d{2}年度?)?(?:年初|全年|调整)?(?:预算|决算|执行|实际)(?:数|支出|金额)?$`)

// labelKind reads a row label that names a kind of figure: budget for
// 预算数, actual for 决算数 or 执行数; ok is false for any other label.
func labelKind(label string) (budget, ok bool) {
	k := tables.StripNumbering(tables.Key(label))
	if !kindPattern.MatchString(k) {
		return false, false
	}
	return !containsAny(k, []string{"决算", "执行", "实际"}), true
}

// rowWords returns the texts of a record's label and code cells as
// printed: the label, and beside it a 年度 or 项目 cell.
func rowWords(t *tables.Table, r *tables.Record) []string {
	out := []string{r.Label}
	for _, c := range t.Src.Cells {
		if c.Row != r.Row || c.Col < 0 || c.Col >= len(t.Columns) {
			continue
		}
		col := &t.Columns[c.Col]
		if col.Panel == r.Panel && (col.Role == tables.RoleLabel || col.Role == tables.RoleCode) && c.Text != r.Label {
			out = append(out, c.Text)
		}
	}
	return out
}

// rowYear returns the year a record's label cells name, 0 for none.
func rowYear(t *tables.Table, r *tables.Record) int {
	for _, w := range rowWords(t, r) {
		if y := yearIn(w); y != 0 {
			return y
		}
	}
	return 0
}

// rowChange reports whether a record's label cells name a change.
func rowChange(t *tables.Table, r *tables.Record) bool {
	for _, w := range rowWords(t, r) {
		if isChange(w) {
			return true
		}
	}
	return false
}

// period is the year a table's figures are read for, by columns and by
// rows: 0 where the table prints fewer than two years that way.
type period struct {
	colYear, rowYear int
}

// periodOf returns the year t's figures are read for: want where t
// prints it, else the latest year t prints.
func periodOf(t *tables.Table, want int) period {
	cols := map[int]bool{}
	for c := range t.Columns {
		if t.Columns[c].Role == tables.RoleValue {
			if y := pathYear(t.Columns[c].Path); y != 0 {
				cols[y] = true
			}
		}
	}
	rows := map[int]bool{}
	for _, r := range t.Records {
		if !r.Heading {
			if y := rowYear(t, r); y != 0 {
				rows[y] = true
			}
		}
	}
	return period{colYear: pickYear(cols, want), rowYear: pickYear(rows, want)}
}

// pickYear returns want when years holds it, else the latest of years; 0
// when years holds fewer than two.
func pickYear(years map[int]bool, want int) int {
	if len(years) < 2 {
		return 0
	}
	if years[want] {
		return want
	}
	latest := 0
	for y := range years {
		latest = max(latest, y)
	}
	return latest
}

// column reports whether column c holds a figure of the period: not a
// change, and of the period's year where columns name years.
func (pd period) column(t *tables.Table, c int) bool {
	path := t.Columns[c].Path
	if containsAny(strings.Join(path, "/"), changeWords) {
		return false
	}
	y := pathYear(path)
	return pd.colYear == 0 || y == 0 || y == pd.colYear
}

// row reports whether record r holds figures of the period: not a change,
// and of the period's year where rows name years.
func (pd period) row(t *tables.Table, r *tables.Record) bool {
	if r.Heading || rowChange(t, r) {
		return false
	}
	y := rowYear(t, r)
	return pd.rowYear == 0 || y == 0 || y == pd.rowYear
}

// claimYear returns the year an amount claim speaks of: a year printed in
// its sentence after the amount before it and before its own value
// (2025年预算33.00万元), else the report's year (0 when unknown).
func (n *narrative) claimYear(c *segment.Claim, value segment.Mention) int {
	year := n.res.ReportYear
	if c.Source.Sentence < 0 || c.Source.Sentence >= len(n.res.Sentences) {
		return year
	}
	s := &n.res.Sentences[c.Source.Sentence]
	from := s.Start
	for _, ref := range s.Mentions {
		if ref >= 0 && ref < len(n.res.Mentions) && isMoney(n.res.Mentions[ref]) {
			if m := n.res.Mentions[ref]; m.End <= value.Start {
				from = max(from, m.End)
			}
		}
	}
	for _, ref := range s.Mentions {
		if ref < 0 || ref >= len(n.res.Mentions) {
			continue
		}
		m := n.res.Mentions[ref]
		if m.Kind == segment.KindYear && m.Date != nil && m.Start >= from && m.End <= value.Start {
			year = m.Date.Year
		}
	}
	return year
}

// reportYearFigure reports whether an amount the sentence gives for
// another year than the report's is the report year's figure: then the
// year, not the amount, is what is wrong (report-year judges it).
func (n *narrative) reportYearFigure(p *Pass, c *segment.Claim, m segment.Mention) bool {
	year := n.res.ReportYear
	if year == 0 || n.claimYear(c, m) == year {
		return false
	}
	v, ok := n.lookupYear(p, c, year).cellAmount(m.Scale)
	return ok && judge(m, m.Scale, v.Interval()) == vOK
}
