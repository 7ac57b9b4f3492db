package reconcile

import (
	"strings"

	"github.com/gouji/gouji/reconcile/tables"
)

// 三公 items in the 三公 table, in the 预算数 or 决算数 variant asked for,
// and figures printed as a column of their own (机关运行经费).

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
