package reconcile

import (
	"strings"

	"github.com/gouji/gouji/num"

	"github.com/gouji/gouji/reconcile/tables"
	"github.com/gouji/gouji/segment"
)

// economicClassFigure finds an economic 类 (工资福利支出, 商品和服务支出 …)
// the narrative names by name as an item of a total it itemises ("一般公共
// 预算支出93664.78万元…其中：①工资福利支出（301）4182.68万元"): the row of
// that code in a table that classifies the spending the total names by
// economic class — 基本支出 in a 基本支出 table, 一般公共预算 spending in a
// 一般公共预算 one —, the one whose 合计 is the total when several print
// that code. Without such a total, or with several tables it does not tell
// apart, the claim is out of scope:
// an economic 类 is printed for several wholes (基本支出, 项目支出, all
// spending) and only the total tells which.
func economicClassFigure(ctx *lookupCtx, code string) *figure {
	total, ok := linkedTotal(ctx)
	if !ok {
		return &figure{}
	}
	kind := tables.KindGeneral
	switch k := tables.Key(total.Subject.Text); {
	case strings.Contains(k, "基本支出"):
		kind = tables.KindBasic
	case fundOf(k) != fundGeneral:
		return &figure{}
	}
	var hits []*figure
	var agreeing []*figure
	a, _ := total.Arg(segment.RoleTotal)
	for _, t := range ctx.p.Tables.ByKind(kind) {
		if t.Budget != ctx.budget {
			continue
		}
		if f := codedRow(t, code); f != nil {
			hits = append(hits, f)
			if totalAgrees(t, a.Mention) {
				agreeing = append(agreeing, f)
			}
		}
	}
	switch {
	case len(hits) == 1:
		return hits[0]
	case len(agreeing) == 1:
		return agreeing[0]
	}
	return &figure{} // none, or several the total does not tell apart
}

// linkedTotal returns the total claim an item's amount claim is linked to.
func linkedTotal(ctx *lookupCtx) (*segment.Claim, bool) {
	n := narrativeOf(ctx.p)
	for _, l := range ctx.c.Links {
		if l.Kind != segment.LinkTotal {
			continue
		}
		if tc := n.claim(l.Claim); tc != nil && tc.Kind == segment.ClaimTotal {
			if _, ok := tc.Arg(segment.RoleTotal); ok {
				return tc, true
			}
		}
	}
	return nil, false
}

// totalAgrees reports whether t's 合计 row prints the amount m in its
// total column.
func totalAgrees(t *tables.Table, m segment.Mention) bool {
	var r *tables.Record
	for _, x := range t.Records {
		if !x.Heading && x.Code == "" && tables.IsTotal(x.Label) {
			r = x
			break
		}
	}
	if r == nil {
		return false
	}
	c := totalColumn(t, r)
	if c < 0 || !r.Cells[c].Has {
		return false
	}
	want, _ := cellIn(cellOf(t, r, c), m.Scale)
	return judge(m, m.Scale, want.Interval()) == vOK
}

// codedRow returns the figure of t's row coded code, in its total column.
func codedRow(t *tables.Table, code string) *figure {
	for _, r := range t.Records {
		if r.Heading || r.Code != code {
			continue
		}
		if c := totalColumn(t, r); c >= 0 {
			return found(t, r, c)
		}
	}
	return nil
}

// basicClassParts returns the economic 类 rows of a 基本支出 table that make
// up its 人员经费 (301 and 303, personnel set) or its 公用经费 (every other
// 类), in their total column, when the table prints no such total itself;
// nil unless its 类 rows add up to its 合计, so that they are the whole of
// 基本支出 split in two.
func basicClassParts(t *tables.Table, personnel bool) []term {
	total := totalRecord(t)
	if total == nil {
		return nil
	}
	tc := totalColumn(t, total)
	if tc < 0 || !total.Cells[tc].Has {
		return nil
	}
	var all, parts []term
	for _, r := range t.Records {
		if r.Heading || len(r.Code) != 3 || !tables.EconomicCode(r.Code) || r.Parent != nil {
			continue
		}
		c := totalColumn(t, r)
		if c < 0 {
			return nil
		}
		x := cellOf(t, r, c)
		all = append(all, x)
		if x.Cell.Has && tables.PersonnelClass(r.Code) == personnel {
			parts = append(parts, x)
		}
	}
	sum, _, ok := sumOf(all, t)
	if !ok || len(parts) == 0 || !num.Consistent(total.Cells[tc].Value, sum) {
		return nil
	}
	return parts
}
