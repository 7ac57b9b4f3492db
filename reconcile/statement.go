package reconcile

import (
	"strings"
	"unicode/utf8"

	"github.com/gouji/gouji/i18n"
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
// with 其中 are partial and not added. An item whose numbers start again
// at 一、 below it (一、本年支出 over 一、一般公共服务支出 … 四、住房保障支出)
// is the sum of that inner run, and only the outer items add up to the
// total.
var StatementSum = &Analyzer{
	Name: "statement-sum",
	Doc:  "总表: 本年收入/支出合计 = Σ numbered items, 总计 = 本年合计 + 结转结余 rows, items = Σ their breakdown",
	Run:  runStatementSum,
}

// relation is a total and the rows that add up to it.
type relation struct {
	total *tables.Record
	parts []*tables.Record
	what  i18n.Msg
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
	recs := statementRows(t, panel)
	if recs == nil {
		return nil
	}
	s := statementReader{subs: map[*tables.Record][]*tables.Record{}, breakdown: map[*tables.Record][]*tables.Record{}}
	lead := leadingTotal(recs)
	for _, r := range recs {
		if r != lead {
			s.read(r)
		}
	}
	rels := s.relations()
	if outer, _ := nestedRuns(s.items); lead != nil && len(outer) > 0 {
		rels = append(rels, relation{lead, outer, i18n.M("sum.what.items.below", len(outer))})
	}
	return rels
}

// leadingTotal returns the total of a panel that prints it first, above
// its items (合计 over 一、 … 九、), or nil: the panel's only total with an
// amount, before every numbered item. Such a total is the sum of the
// numbered items below it.
func leadingTotal(recs []*tables.Record) *tables.Record {
	var lead *tables.Record
	numbered := false
	for _, r := range recs {
		switch {
		case strings.HasPrefix(tables.Key(r.Label), "其中"):
		case tables.IsTotal(r.Label) && r.HasValue():
			if lead != nil || numbered {
				return nil
			}
			lead = r
		case tables.Ordinal(r.Label):
			numbered = true
		}
	}
	return lead
}

// statementRows returns the rows of a statement panel, or nil when the
// panel is not a statement: a panel without codes with two numbered items
// (一、 二、), or one numbered item and a total in a table known by its
// title to be a summary statement (一、部门预算 over 1、 2、 … and
// 本年支出合计).
func statementRows(t *tables.Table, panel int) []*tables.Record {
	var recs []*tables.Record
	numbered, total := 0, false
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
		total = total || tables.IsTotal(r.Label)
		recs = append(recs, r)
	}
	if numbered >= 2 || numbered == 1 && total && knownStatement(t) {
		return recs
	}
	return nil
}

// knownStatement reports whether a table's title makes it a summary
// statement (收支总表, 财政拨款收支总表).
func knownStatement(t *tables.Table) bool {
	return t.Kind == tables.KindSummary || t.Kind == tables.KindFiscalSummary
}

// statementReader reads a statement panel row by row.
type statementReader struct {
	rels      []relation
	items     []*tables.Record // numbered items before the first total
	subs      map[*tables.Record][]*tables.Record
	lastItem  *tables.Record
	subtotal  *tables.Record // the last total read
	carries   []*tables.Record
	breakdown map[*tables.Record][]*tables.Record
	carryRows []*tables.Record // every balance row, in order
	lastCarry *tables.Record
}

// read takes one row of the panel.
func (s *statementReader) read(r *tables.Record) {
	label := r.Label
	switch {
	case strings.HasPrefix(tables.Key(label), "其中"):
		// Partial: not a complete breakdown.
	case tables.IsTotal(label) && !r.HasValue():
		// A total that prints no amount in any column (a label cut from
		// the row above it by a page break: 当年收入 / 小计) totals nothing.
	case tables.IsTotal(label):
		s.readTotal(r)
	case s.subtotal != nil && balanceRow(label) && !s.carryPart(label):
		s.carries = append(s.carries, r)
		s.lastCarry = r
		s.carryRows = append(s.carryRows, r)
	case s.subtotal != nil:
		// After the year's total, other rows break a balance down.
		if s.lastCarry != nil {
			s.breakdown[s.lastCarry] = append(s.breakdown[s.lastCarry], r)
		}
	case tables.Ordinal(label):
		s.items = append(s.items, r)
		s.lastItem = r
	case tables.SubItem(label):
		if s.lastItem != nil {
			s.subs[s.lastItem] = append(s.subs[s.lastItem], r)
		}
	}
}

// balanceRow reports whether a row after the year's total is a balance
// that adds to it: carried over (上年结转, 结转下年, 结余), a balance held
// (上年实户资金余额, 未安排支出的实户资金) or a reserve drawn on
// (用事业基金弥补收支差额).
func balanceRow(label string) bool {
	if tables.IsCarry(label) {
		return true
	}
	k := tables.StripNumbering(label)
	for _, w := range []string{"余额", "弥补", "实户资金"} {
		if strings.Contains(k, w) {
			return true
		}
	}
	return false
}

// carryPart reports whether a balance row numbered 1. 2. (（一）（二）)
// breaks down the unnumbered or 一、-numbered balance row above it
// (上年结余、结转 over 1.财政拨款结余、结转, 2.非财政拨款结余、结转) rather
// than adding to the total beside it.
func (s *statementReader) carryPart(label string) bool {
	return s.lastCarry != nil && tables.SubItem(label) && !tables.SubItem(s.lastCarry.Label)
}

// readTotal takes a total row: the first is the sum of the numbered items,
// a later one the previous total plus the balance rows between them.
func (s *statementReader) readTotal(r *tables.Record) {
	if s.subtotal == nil {
		outer, _ := nestedRuns(s.items)
		if len(outer) > 0 {
			s.rels = append(s.rels, relation{r, outer, i18n.M("sum.what.items.above", len(outer))})
		}
	} else {
		parts := append([]*tables.Record{s.subtotal}, s.carries...)
		s.rels = append(s.rels, relation{r, parts, i18n.M("sum.what.carries", tables.Key(s.subtotal.Label), len(s.carries))})
	}
	s.subtotal = r
	s.carries = nil
	s.lastItem, s.lastCarry = nil, nil
}

// relations returns the sums read: the totals', then the items' and the
// balance rows' breakdowns.
func (s *statementReader) relations() []relation {
	rels := s.rels
	_, inner := nestedRuns(s.items)
	for _, it := range s.items {
		if run := inner[it]; len(run) > 0 {
			rels = append(rels, relation{it, run, i18n.M("sum.what.items.below", len(run))})
		}
		rels = append(rels, subItemRelations(it, s.subs[it])...)
	}
	for _, c := range s.carryRows {
		if b := s.breakdown[c]; len(b) > 0 {
			rels = append(rels, relation{c, b, i18n.M("sum.what.funds", len(b))})
		}
	}
	return rels
}

// nestedRuns splits numbered items into the outer ones and the runs nested
// under them: when the numbers start again at 一、 below an item
// (一、本年支出, 一、一般公共服务支出, 二、…, 四、住房保障支出, 二、结转下年
// 支出), the restarted run breaks that item down, and the run ends at the
// first number that does not continue it. Items whose number cannot be
// read are outer items.
func nestedRuns(items []*tables.Record) (outer []*tables.Record, inner map[*tables.Record][]*tables.Record) {
	inner = map[*tables.Record][]*tables.Record{}
	var host *tables.Record
	last := 0 // the number of the last item of the inner run
	for _, it := range items {
		n := itemNumber(it.Label)
		switch {
		case host != nil && n > 0 && n == last+1:
			inner[host] = append(inner[host], it)
			last = n
		case len(outer) > 0 && host == nil && n == 1 && itemNumber(outer[len(outer)-1].Label) >= 1:
			host = outer[len(outer)-1]
			inner[host] = []*tables.Record{it}
			last = n
		default:
			host = nil
			outer = append(outer, it)
		}
	}
	return outer, inner
}

// itemNumber returns the number of a numbered label (一、 → 1, 二十六、 →
// 26, 3. → 3, （二） → 2), or 0 when the label is not numbered.
func itemNumber(label string) int {
	k := tables.Key(label)
	k = strings.TrimLeft(k, "（(")
	n, digits := 0, 0
	for _, c := range k {
		if c >= '0' && c <= '9' {
			n = n*10 + int(c-'0')
			digits++
			continue
		}
		break
	}
	if digits > 0 {
		return n
	}
	return chineseNumber(k)
}

// chineseNumber reads the Chinese numeral (一 … 九十九) that starts k, or 0.
func chineseNumber(k string) int {
	const digits = "一二三四五六七八九"
	n, cur, any := 0, 0, false
	for len(k) > 0 {
		c, size := utf8.DecodeRuneInString(k)
		if d := strings.IndexRune(digits, c); d >= 0 {
			cur = d/len("一") + 1
		} else if c == '十' {
			n += max(cur, 1) * 10
			cur = 0
		} else {
			break
		}
		any = true
		k = k[size:]
	}
	if !any {
		return 0
	}
	return n + cur
}

// numberStyle is the way an item is numbered: 一、, （一）, 1、 or 1., (1).
// Within a statement each style is one level of the breakdown.
type numberStyle int

const (
	styleNone       numberStyle = iota
	styleHan                    // 一、
	styleParenHan               // （一）
	styleDigit                  // 1、 1.
	styleParenDigit             // (1) （1）
)

// styleOf returns the numbering style of a label.
func styleOf(label string) numberStyle {
	k := tables.Key(label)
	switch {
	case tables.Ordinal(k):
		return styleHan
	case strings.HasPrefix(k, "("):
		if n := strings.TrimLeft(k, "("); n != "" && n[0] >= '0' && n[0] <= '9' {
			return styleParenDigit
		}
		if chineseNumber(strings.TrimLeft(k, "(")) > 0 {
			return styleParenHan
		}
	case k != "" && k[0] >= '0' && k[0] <= '9':
		return styleDigit
	}
	return styleNone
}

// subItemRelations reads the breakdown of an item from the numbered rows
// below it: the rows numbered in the style of the first are its parts
// (1、 2、 3、), and the rows of other styles between them break those
// parts down in turn ((1) (2) under 1、). A level is added up only when its
// numbers start at the first.
func subItemRelations(item *tables.Record, rows []*tables.Record) []relation {
	if len(rows) == 0 {
		return nil
	}
	top := styleOf(rows[0].Label)
	var parts []*tables.Record
	below := map[*tables.Record][]*tables.Record{}
	for _, r := range rows {
		switch {
		case styleOf(r.Label) == top:
			parts = append(parts, r)
		case len(parts) > 0:
			last := parts[len(parts)-1]
			below[last] = append(below[last], r)
		}
	}
	var rels []relation
	if itemNumber(parts[0].Label) <= 1 {
		rels = append(rels, relation{item, parts, i18n.M("sum.what.subitems", len(parts))})
	}
	for _, p := range parts {
		rels = append(rels, subItemRelations(p, below[p])...)
	}
	return rels
}
