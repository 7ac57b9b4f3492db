package reconcile

import (
	"strings"

	"github.com/gouji/gouji/i18n"
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
// variant the claim's aspect asks for and of the year it speaks of.
func sanGongFigure(ctx *lookupCtx) *figure {
	want := sgConceptOf(ctx.key)
	if want == sgNone {
		return &figure{}
	}
	t := nearestSanGong(ctx)
	if t == nil {
		return &figure{}
	}
	pd := periodOf(t, ctx.year)
	for pi := range t.Panels {
		if f := sanGongColumnFigure(ctx, t, pi, pd, want); f != nil {
			return f
		}
	}
	if f := sanGongRowFigure(ctx, t, pd, want); f != nil {
		return f
	}
	return missing(i18n.M("fig.sangong.missing", budgetWord(ctx.budget), sgNames[want], t.Name()))
}

// nearestSanGong returns the 三公 table nearest the claim, or nil.
func nearestSanGong(ctx *lookupCtx) *tables.Table {
	var t *tables.Table
	for _, c := range ctx.p.Tables.ByKind(tables.KindSanGong) {
		if t == nil || abs(c.Block-ctx.block) < abs(t.Block-ctx.block) {
			t = c
		}
	}
	return t
}

// sanGongColumnFigure finds the item in a panel that prints the 三公 items
// as columns: the item's column of the variant and year asked for, in the
// first row of that period; nil when the panel prints no such column. For
// the total, a total under a 三公 heading (三公经费/小计) beats a plain 合计,
// which may add 会议费 and 培训费 to it.
func sanGongColumnFigure(ctx *lookupCtx, t *tables.Table, pi int, pd period, want sgConcept) *figure {
	if !itemsAsColumns(t, pi) {
		return nil
	}
	var strong, plain []int
	for _, c := range t.ValueColumns(pi) {
		sc := classifyPath(t.Columns[c].Path)
		if sc.concept != want || !pd.column(t, c) {
			continue
		}
		if sc.strong {
			strong = append(strong, c)
		} else {
			plain = append(plain, c)
		}
	}
	cols := append(strong, plain...)
	if len(cols) == 0 {
		return nil
	}
	for _, r := range t.Records {
		if r.Panel != pi || !pd.row(t, r) {
			continue
		}
		for _, c := range cols {
			if rowVariantBudget(t, r, classifyPath(t.Columns[c].Path).variant, ctx.tableBudget(t)) == ctx.budget {
				return found(t, r, c)
			}
		}
	}
	return nil
}

// itemsAsColumns reports whether a panel prints the 三公 items as columns:
// a column names an item or stands under a 三公 heading (a lone 合计 column
// beside rows of items does not).
func itemsAsColumns(t *tables.Table, pi int) bool {
	for _, c := range t.ValueColumns(pi) {
		sc := classifyPath(t.Columns[c].Path)
		if sc.concept != sgNone && sc.concept != sgTotal || sc.strong || pathHas("三公")(t.Columns[c].Path) {
			return true
		}
	}
	return false
}

// rowVariantBudget reads the variant of a cell: the kind its row's label
// names (预算数, 决算数), else its column's variant; tableBudget is the
// kind of the table's figures when neither says.
func rowVariantBudget(t *tables.Table, r *tables.Record, variant string, tableBudget bool) bool {
	for _, w := range rowWords(t, r) {
		if b, ok := labelKind(w); ok {
			return b
		}
	}
	return variantBudget(variant, tableBudget)
}

// sanGongRowFigure finds the item in a table that prints the 三公 items as
// rows: the row of the concept, the column of the variant and year.
func sanGongRowFigure(ctx *lookupCtx, t *tables.Table, pd period, want sgConcept) *figure {
	for _, r := range t.Records {
		if !pd.row(t, r) {
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
			if pd.column(t, c) && variantBudget(t.Columns[c].Heading(), ctx.tableBudget(t)) == ctx.budget && !t.Columns[c].Percent {
				return found(t, r, c)
			}
		}
	}
	return nil
}

// variantBudget reads a 三公 column variant: budget for 预算数, final for
// 决算数, else the table's own kind (tableBudget).
func variantBudget(variant string, tableBudget bool) bool {
	switch {
	case strings.Contains(variant, "决算"), strings.Contains(variant, "执行"), strings.Contains(variant, "实际"):
		return false
	case strings.Contains(variant, "预算"):
		return true
	}
	return tableBudget
}

// tableBudget reads whether a table prints budget figures: as its title
// says (预算 or 决算), else — a title not read, or one that names neither
// ("“三公”经费、会议费、培训费支出预算" with its 表 on the next line) — as
// the report's own kind.
func (ctx *lookupCtx) tableBudget(t *tables.Table) bool {
	title := tables.Key(t.Src.Title)
	if strings.Contains(title, "预算") || strings.Contains(title, "决算") {
		return t.Budget
	}
	return ctx.reportBudget
}

// meetingWords are the figures a 三公 table may print beside the 三公
// items ("“三公”经费、会议费、培训费支出预算表").
var meetingWords = []string{"会议费", "培训费"}

// meetingWord returns the word of meetingWords a subject is (会议费,
// 培训费支出), or "": "局本级会议费" is a part of it, not the figure.
func meetingWord(k string) string {
	for _, w := range meetingWords {
		if k == w || k == w+"支出" {
			return w
		}
	}
	return ""
}

// meetingFigure finds 会议费 or 培训费 in the 三公 table nearest the claim,
// as a column of the variant and year asked for (in the first row of that
// period) or as a row; out of scope when the table prints no such figure.
func meetingFigure(ctx *lookupCtx, word string) *figure {
	t := nearestSanGong(ctx)
	if t == nil {
		return &figure{}
	}
	pd := periodOf(t, ctx.year)
	for pi := range t.Panels {
		for _, c := range t.ValueColumns(pi) {
			col := &t.Columns[c]
			if col.Percent || !strings.Contains(tables.Key(col.Leaf()), word) || !pd.column(t, c) {
				continue
			}
			for _, r := range t.Records {
				if r.Panel == pi && pd.row(t, r) && rowVariantBudget(t, r, classifyPath(col.Path).variant, ctx.tableBudget(t)) == ctx.budget {
					return found(t, r, c)
				}
			}
		}
	}
	for _, r := range t.Records {
		if !pd.row(t, r) || !strings.Contains(tables.Key(r.Label), word) {
			continue
		}
		for _, c := range t.ColumnsOf(r) {
			if pd.column(t, c) && variantBudget(t.Columns[c].Heading(), ctx.tableBudget(t)) == ctx.budget && !t.Columns[c].Percent {
				return found(t, r, c)
			}
		}
	}
	return &figure{}
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
