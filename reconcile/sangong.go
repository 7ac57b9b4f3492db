package reconcile

import (
	"sort"
	"strings"

	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/reconcile/tables"
)

// SanGongSum checks the 三公 figures wherever a table prints them, as
// columns (预算数 and 决算数 groups, or 预算数/决算数 under each item) or as
// rows: 三公 合计 = 因公出国(境)费 + 公务用车购置及运行费 + 公务接待费, and
// 公务用车购置及运行费 = 公务用车购置费 + 公务用车运行(维护)费, for budget and
// actual figures alike. A table that adds 会议费 and 培训费 to a 合计 beside
// the 三公 subtotal has the subtotal checked here and the 合计 by
// column-sum.
var SanGongSum = &Analyzer{
	Name: "sangong-sum",
	Doc:  "三公 合计 = 因公出国(境)费 + 公务用车购置及运行费 + 公务接待费; 公务用车购置及运行费 = 购置费 + 运行费 (budget and actual)",
	Run:  runSanGong,
}

type sgConcept int

const (
	sgNone sgConcept = iota
	sgTotal
	sgAbroad
	sgCar
	sgCarBuy
	sgCarRun
	sgReception
)

var sgNames = map[sgConcept]string{
	sgTotal: "三公经费合计", sgAbroad: "因公出国(境)费", sgCar: "公务用车购置及运行费",
	sgCarBuy: "公务用车购置费", sgCarRun: "公务用车运行费", sgReception: "公务接待费",
}

// wordConcept reads one heading or label. inCar says it stands under the
// 公务用车购置及运行费 heading, where 购置费 and 运行费 need no prefix.
func wordConcept(k string, inCar bool) sgConcept {
	k = tables.StripNumbering(k)
	switch {
	case strings.Contains(k, "因公出国"):
		return sgAbroad
	case strings.Contains(k, "公务接待"):
		return sgReception
	case strings.Contains(k, "购置") && strings.Contains(k, "运行"):
		return sgCar
	case strings.Contains(k, "购置") && (strings.Contains(k, "公务用车") || inCar && strings.HasSuffix(k, "费")):
		return sgCarBuy
	case strings.Contains(k, "运行") && (strings.Contains(k, "公务用车") || inCar && strings.HasSuffix(k, "费")):
		return sgCarRun
	}
	return sgNone
}

// sgColumn is what a column of a 三公 table holds: a concept, and the
// variant (预算数, 决算数) it is given for.
type sgColumn struct {
	concept sgConcept
	// strong is set for a total under a 三公 heading ("三公经费/小计").
	strong  bool
	variant string
}

// classifyPath reads a column's heading path.
func classifyPath(path []string) sgColumn {
	var out sgColumn
	inCar, under3 := false, false
	var variant []string
	for _, k := range path {
		c := wordConcept(k, inCar)
		switch {
		case c == sgCar:
			inCar = true
			out.concept = sgCar
		case c != sgNone:
			out.concept = c
		case tables.IsTotal(k):
			if out.concept == sgNone {
				out.concept = sgTotal
				out.strong = under3
			}
		case strings.Contains(k, "三公"):
			under3 = true
		default:
			variant = append(variant, k)
		}
	}
	out.variant = strings.Join(variant, "/")
	return out
}

func runSanGong(p *Pass) (any, error) {
	for _, t := range p.Tables.Tables {
		if t.Kind != tables.KindSanGong {
			continue
		}
		for pi := range t.Panels {
			if !sanGongColumns(p, t, pi) {
				sanGongRows(p, t, pi)
			}
		}
	}
	return nil, nil
}

// sanGongColumns checks a panel that prints the 三公 items as columns; it
// reports whether the panel does.
func sanGongColumns(p *Pass, t *tables.Table, panel int) bool {
	cols := map[int]sgColumn{}
	strong := false
	for _, c := range t.ValueColumns(panel) {
		sc := classifyPath(t.Columns[c].Path)
		if sc.concept != sgNone {
			cols[c] = sc
			strong = strong || sc.strong
		}
	}
	if len(cols) < 3 {
		return false
	}
	// Group by variant; a plain 合计 is the 三公 total only when no total
	// stands under a 三公 heading.
	byVariant := map[string]map[sgConcept][]int{}
	var variants []string
	var order []int
	for c := range cols {
		order = append(order, c)
	}
	sort.Ints(order)
	for _, c := range order {
		sc := cols[c]
		if sc.concept == sgTotal && strong && !sc.strong {
			continue
		}
		m := byVariant[sc.variant]
		if m == nil {
			m = map[sgConcept][]int{}
			byVariant[sc.variant] = m
			variants = append(variants, sc.variant)
		}
		m[sc.concept] = append(m[sc.concept], c)
	}
	for _, r := range t.Records {
		if r.Panel != panel || r.Heading {
			continue
		}
		for _, v := range variants {
			m := byVariant[v]
			one := func(c sgConcept) (int, bool) {
				if len(m[c]) != 1 {
					return 0, false
				}
				return m[c][0], true
			}
			cell := func(c int) term { return cellOf(t, r, c) }
			buy, okBuy := one(sgCarBuy)
			run, okRun := one(sgCarRun)
			car, okCar := one(sgCar)
			if okCar && okBuy && okRun {
				p.checkSum(cell(car), []term{cell(buy), cell(run)}, i18n.Text("公务用车购置费 + 公务用车运行费"))
			}
			total, okTotal := one(sgTotal)
			abroad, okAbroad := one(sgAbroad)
			recep, okRecep := one(sgReception)
			if !okTotal || !okAbroad || !okRecep {
				continue
			}
			switch {
			case okCar:
				p.checkSum(cell(total), []term{cell(abroad), cell(car), cell(recep)},
					i18n.Text("因公出国(境)费 + 公务用车购置及运行费 + 公务接待费"))
			case okBuy && okRun:
				p.checkSum(cell(total), []term{cell(abroad), cell(buy), cell(run), cell(recep)},
					i18n.Text("因公出国(境)费 + 公务用车购置费 + 公务用车运行费 + 公务接待费"))
			}
		}
	}
	return true
}

// sanGongRows checks a panel that prints the 三公 items as rows, each
// amount column on its own. The total is the row that names the 三公
// (“三公”经费, 三公经费合计) when exactly one does — the items follow it
// as 其中 (一)(二)(三) beside other rows such as 行政经费 — and else the
// panel's one 合计.
func sanGongRows(p *Pass, t *tables.Table, panel int) {
	byConcept := sanGongRowConcepts(t, panel)
	one := func(c sgConcept) *tables.Record {
		if len(byConcept[c]) != 1 {
			return nil
		}
		return byConcept[c][0]
	}
	total, abroad, car, buy, run, recep := one(sgTotal), one(sgAbroad), one(sgCar), one(sgCarBuy), one(sgCarRun), one(sgReception)
	if named := one(sgNamedTotal); named != nil {
		total = named
	}
	if car != nil && buy != nil && run != nil {
		sumByKey(p, t, car, []*tables.Record{buy, run}, i18n.Text("公务用车购置费 + 公务用车运行费"))
	}
	if total == nil || abroad == nil || recep == nil {
		return
	}
	switch {
	case car != nil:
		sumByKey(p, t, total, []*tables.Record{abroad, car, recep}, i18n.Text("因公出国(境)费 + 公务用车购置及运行费 + 公务接待费"))
	case buy != nil && run != nil:
		sumByKey(p, t, total, []*tables.Record{abroad, buy, run, recep}, i18n.Text("因公出国(境)费 + 公务用车购置费 + 公务用车运行费 + 公务接待费"))
	}
}

// sgNamedTotal marks, for rows only, a row that names the 三公 themselves
// (“三公”经费, “三公”经费合计): the 三公 total even beside a 合计 of more.
const sgNamedTotal sgConcept = -1

// sanGongRowConcepts reads the rows of a panel as 三公 concepts.
func sanGongRowConcepts(t *tables.Table, panel int) map[sgConcept][]*tables.Record {
	byConcept := map[sgConcept][]*tables.Record{}
	inCar := false
	for _, r := range t.Records {
		if r.Panel != panel || r.Heading {
			continue
		}
		k := tables.Key(r.Label)
		c := wordConcept(k, inCar)
		switch {
		case c == sgNone && strings.Contains(k, "三公"):
			c = sgNamedTotal
		case c == sgNone && tables.IsTotal(k):
			c = sgTotal
		}
		if c == sgCar {
			inCar = true
		}
		if c != sgNone {
			byConcept[c] = append(byConcept[c], r)
		}
	}
	return byConcept
}
