package reconcile

import (
	"strings"

	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/reconcile/tables"
	"github.com/gouji/gouji/segment"
)

// Classification rows (类, 款, 项) named by code or by name, in the table
// of the fund the sentence speaks of.

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
			if !why.IsZero() {
				return missing(i18n.M("fig.class.in", why, t.Name()))
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
		return missing(i18n.M("fig.class.notable", budgetWord(ctx.budget)))
	}
	return missing(i18n.M("fig.class.norow", ctx.c.Subject.Canonical))
}

// classColumn picks the amount column of a classification row: the fund's
// column of a 财政拨款 statement, the spending total of a fund table, the
// total otherwise.
func classColumn(t *tables.Table, r *tables.Record, fund fundKind) int {
	switch t.Kind {
	case tables.KindFiscalSummary:
		if fund == fundGeneral {
			return columnWhere(t, r, pathHas(string(fundGeneral)))
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
func classRecord(t *tables.Table, panels []int, s segment.Subject) (*tables.Record, i18n.Msg) {
	rows := make([]*tables.Record, 0, len(t.Records))
	for _, r := range t.Records {
		if !r.Heading && (panels == nil || inPanels(r, panels)) {
			rows = append(rows, r)
		}
	}
	if s.Code != "" {
		for _, r := range rows {
			if r.Code == s.Code || r.Code == "" && r.Class == s.Code {
				return r, i18n.Msg{}
			}
		}
		return nil, i18n.Msg{}
	}
	if len(s.Chain) == 0 {
		return nil, i18n.Msg{}
	}
	last := s.Chain[len(s.Chain)-1]
	lv := levelOf(last.Level)
	if lv == 1 {
		code := tables.FunctionClassCode(last.Name)
		if code == "" {
			code = tables.FunctionClassCode(nameKey(last.Name))
		}
		if code == "" {
			return nil, i18n.Msg{}
		}
		for _, r := range rows {
			if r.Code == code || r.Code == "" && r.Class == code {
				return r, i18n.Msg{}
			}
		}
		return nil, i18n.Msg{}
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
	if len(cands) == 0 {
		cands = joinedRows(rows, lv, last.Name)
	}
	if len(cands) <= 1 {
		if len(cands) == 1 {
			return cands[0], i18n.Msg{}
		}
		return nil, i18n.Msg{}
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
		return nil, i18n.M("fig.class.several", last.Name)
	}
	return best, i18n.Msg{}
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

// joinedRows returns the rows of level lv that name prints with the name
// of the level above before their own ("人大事务行政运行（项）" is the 项
// 行政运行 under the 款 人大事务), when no row is named name itself.
func joinedRows(rows []*tables.Record, lv int, name string) []*tables.Record {
	k := nameKey(name)
	var out []*tables.Record
	for _, r := range rows {
		if r.Level != lv || r.Parent == nil || r.Parent.Level != lv-1 {
			continue
		}
		own, up := nameKey(r.Name()), nameKey(r.Parent.Name())
		if own != "" && up != "" && k == up+own {
			out = append(out, r)
		}
	}
	return out
}
