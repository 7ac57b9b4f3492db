package reconcile

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/reconcile/tables"
)

// TableMeta checks what is printed around the report's tables: their form
// numbers (公开01表, 预算01表, 表1 …) run in order without gaps, each
// standard table has its unit line (金额单位：万元), and a title that names
// a year names the report's.
var TableMeta = &Analyzer{
	Name: "table-meta",
	Doc:  "form numbers (公开NN表) out of order or with gaps, a standard table without its unit line, a table title's year other than the report's (warnings)",
	Run:  runTableMeta,
}

func runTableMeta(p *Pass) (any, error) {
	ts := reportTables(p.Tables)
	checkFormNumbers(p, ts)
	checkUnits(p, ts)
	checkTitleYears(p, ts)
	return nil, nil
}

// reportTables returns the document's tables, read or set aside, in the
// order they are printed.
func reportTables(ix *tables.Index) []*tables.Table {
	ts := append([]*tables.Table(nil), ix.Tables...)
	for _, u := range ix.Unread {
		ts = append(ts, u.Table)
	}
	sortByBlock(ts)
	return ts
}

func sortByBlock(ts []*tables.Table) {
	for i := 1; i < len(ts); i++ {
		for j := i; j > 0 && ts[j].Block < ts[j-1].Block; j-- {
			ts[j], ts[j-1] = ts[j-1], ts[j]
		}
	}
}

// formNumberRe splits a form id into its series and number: 公开05表 is
// number 5 of series 公开#表, 预算表10 number 10 of 预算表#.
var formNumberRe = regexp.MustCompile(`^(\D*?)(\d{1,2})(\D*)$`)

// checkFormNumbers warns where a series of form numbers skips or goes back:
// each form follows the one before it in its series. (Where the series
// starts is not checked: a file may hold part of a report's tables, and a
// table missing at the start is missing-table's.) A standard table
// printed between them whose form id was not read may have taken a number.
func checkFormNumbers(p *Pass, ts []*tables.Table) {
	last := map[string]int{}
	unnumbered := 0
	for _, t := range ts {
		m := formNumberRe.FindStringSubmatch(t.Src.FormID)
		if m == nil {
			if t.Kind != tables.KindOther {
				unnumbered++
			}
			continue
		}
		series := m[1] + "#" + m[3]
		n, _ := strconv.Atoi(m[2])
		prev, seen := last[series]
		last[series] = n
		if seen && (n <= prev || n > prev+1+unnumbered) {
			p.record(metaFinding(t, i18n.M("table-meta.order", t.Name(), strings.Replace(series, "#", pad(prev+1, m[2]), 1))))
		}
		unnumbered = 0
	}
}

// pad writes n with as many digits as like (公开05表 after 公开04表).
func pad(n int, like string) string {
	s := strconv.Itoa(n)
	for len(s) < len(like) {
		s = "0" + s
	}
	return s
}

// checkUnits warns of a standard table printed without a unit (no unit
// line, and no unit in its headings or notes) in a report whose standard
// tables print theirs, most of them: a table out of line with the others.
func checkUnits(p *Pass, ts []*tables.Table) {
	var without []*tables.Table
	n := 0
	for _, t := range ts {
		if t.Kind == tables.KindOther {
			continue
		}
		n++
		if t.Src.Unit == "" && !unitInside(t) {
			without = append(without, t)
		}
	}
	if 2*len(without) >= n {
		return
	}
	for _, t := range without {
		p.record(metaFinding(t, i18n.M("table-meta.unit", t.Name())))
	}
}

// unitWordRe matches a unit printed in a heading or note: 单位, （万元）.
var unitWordRe = regexp.MustCompile(`单位\s*[：:]|[（(](?:万元|元|亿元)[)）]`)

// unitInside reports whether a table prints its unit in its heading rows
// or notes.
func unitInside(t *tables.Table) bool {
	for _, c := range t.Src.Cells {
		if c.Row < max(t.Header, t.Src.HeaderRows) && unitWordRe.MatchString(c.Text) {
			return true
		}
	}
	return unitWordRe.MatchString(strings.Join(t.Src.Notes, " "))
}

// titleYearRe matches the year a table's title names (2026年部门收支总表).
var titleYearRe = regexp.MustCompile(`(20\d\d)\s*年`)

// checkTitleYears warns of a table whose title names a year other than the
// report's.
func checkTitleYears(p *Pass, ts []*tables.Table) {
	year := identity(p).Year
	if year == 0 {
		return
	}
	for _, t := range ts {
		m := titleYearRe.FindStringSubmatch(t.Src.Title)
		if m == nil {
			continue
		}
		if y, _ := strconv.Atoi(m[1]); y != year {
			p.record(metaFinding(t, i18n.M("table-meta.year", t.Name(), y, year)))
		}
	}
}

func metaFinding(t *tables.Table, m i18n.Msg) Finding {
	return Finding{Severity: Warning, Page: t.Page(), Pos: Position{Block: t.Block}, Quote: t.Src.Title, Msg: m}
}
