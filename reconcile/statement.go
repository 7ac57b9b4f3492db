package reconcile

import (
	"fmt"
	"strings"

	"github.com/gouji/gouji/reconcile/tables"
)

// StatementSum checks the summary statements (收入支出决算总表,
// 财政拨款收入支出决算总表, 部门收支总表 and the like), whose rows are
// numbered items rather than coded 科目: the first total (本年收入合计,
// 本年支出合计, 收入总计 in a budget) is the sum of the numbered items above
// it (一、…八、 income sources, 一、…二十六、 function 类); a later total
// (总计, 收入合计) is the previous total plus the balance rows between them
// (使用非财政拨款结余, 年初结转和结余, 结余分配, 年末结转和结余); a numbered
// item broken down into 1. 2. 3. is their sum, and so is a balance row
// broken down by fund (一般公共预算财政拨款, 政府性基金…). Rows starting
// with 其中 are partial and not added.
var StatementSum = &Analyzer{
	Name: "statement-sum",
	Doc:  "总表: 本年收入/支出合计 = Σ numbered items, 总计 = 本年合计 + 结转结余 rows, items = Σ their breakdown",
	Run:  runStatementSum,
}

// relation is a total and the rows that add up to it.
type relation struct {
	total *tables.Record
	parts []*tables.Record
	what  string
}

func runStatementSum(p *Pass) (any, error) {
	for _, t := range p.Tables.Tables {
		for pi := range t.Panels {
			for _, rel := range statementRelations(t, pi) {
				sumByKey(p, t, rel.total, rel.parts, rel.what)
			}
		}
	}
	return nil, nil
}

// statementRelations reads the sums a statement panel asserts. A panel is
// a statement when it prints no codes and at least two numbered items.
func statementRelations(t *tables.Table, panel int) []relation {
	var recs []*tables.Record
	numbered := 0
	for _, r := range t.Records {
		if r.Panel != panel || r.Heading {
			continue
		}
		if r.Code != "" {
			return nil
		}
		if tables.Ordinal(r.Label) {
			numbered++
		}
		recs = append(recs, r)
	}
	if numbered < 2 {
		return nil
	}
	var rels []relation
	var items []*tables.Record // numbered items before the first total
	subs := map[*tables.Record][]*tables.Record{}
	var lastItem *tables.Record
	var subtotal *tables.Record
	var carries []*tables.Record
	breakdown := map[*tables.Record][]*tables.Record{}
	var carryOrder []*tables.Record
	var lastCarry *tables.Record
	for _, r := range recs {
		label := r.Label
		switch {
		case strings.HasPrefix(tables.Key(label), "其中"):
			// Partial: not a complete breakdown.
		case tables.IsTotal(label):
			if subtotal == nil {
				if len(items) > 0 {
					rels = append(rels, relation{r, items, fmt.Sprintf("the %d numbered items above it", len(items))})
				}
			} else {
				parts := append([]*tables.Record{subtotal}, carries...)
				rels = append(rels, relation{r, parts, fmt.Sprintf("%s plus the %d balance rows between them", tables.Key(subtotal.Label), len(carries))})
			}
			subtotal = r
			carries = nil
			lastItem, lastCarry = nil, nil
		case subtotal != nil && tables.IsCarry(label):
			carries = append(carries, r)
			lastCarry = r
			carryOrder = append(carryOrder, r)
		case subtotal != nil:
			// After the year's total, other rows break a balance down.
			if lastCarry != nil {
				breakdown[lastCarry] = append(breakdown[lastCarry], r)
			}
		case tables.Ordinal(label):
			items = append(items, r)
			lastItem = r
		case tables.SubItem(label):
			if lastItem != nil {
				subs[lastItem] = append(subs[lastItem], r)
			}
		}
	}
	for _, it := range items {
		if s := subs[it]; len(s) > 0 {
			rels = append(rels, relation{it, s, fmt.Sprintf("its %d sub-items", len(s))})
		}
	}
	for _, c := range carryOrder {
		if b := breakdown[c]; len(b) > 0 {
			rels = append(rels, relation{c, b, fmt.Sprintf("the %d rows breaking it down by fund", len(b))})
		}
	}
	return rels
}
