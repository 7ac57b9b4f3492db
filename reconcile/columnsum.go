package reconcile

import (
	"strings"

	"github.com/gouji/gouji/i18n"

	"github.com/gouji/gouji/num"
	"github.com/gouji/gouji/reconcile/tables"
)

// ColumnSum checks the total columns of every table against the columns
// they total, as the column headings group them: under one heading, a
// column headed 合计, 小计 or …合计 (本年收入合计, 本年支出合计) is the sum of
// its sibling columns — 本年收入合计 = Σ income sources, 本年支出/小计 =
// 基本支出 + 项目支出, 合计 = 一般公共预算 + 政府性基金 + 国有资本经营. Where
// siblings are themselves grouped (预算数 and 决算数 under each), each
// sub-column is checked on its own. Flat headings that print parts beside
// their whole (基本支出 | 人员经费 | 公用经费) are regrouped by the known
// part-of relations before adding. Where the headings can be read two
// ways (其中 on the first part, a memo group with its own 小计 after the
// parts), the rows choose the reading (chooseVariant). 三公 columns are
// left to sangong-sum.
var ColumnSum = &Analyzer{
	Name: "column-sum",
	Doc:  "total columns (合计, 小计, 本年收入合计, 本年支出合计) = Σ the columns grouped with them, row by row",
	Run:  runColumnSum,
}

// partOf lists amounts that heading layouts print beside the amount they
// are part of, rather than under it: part heading word → whole heading
// word.
var partOf = []struct{ part, whole string }{
	{"人员经费", "基本支出"},
	{"公用经费", "基本支出"},
	{"公务用车购置费", "公务用车购置及运行"},
	{"公务用车运行", "公务用车购置及运行"},
}

// hnode is a node of a panel's heading tree.
type hnode struct {
	key      string
	col      int // the column when the node is a column, else −1
	children []*hnode
}

func (n *hnode) child(key string) *hnode {
	for _, c := range n.children {
		if c.key == key {
			return c
		}
	}
	c := &hnode{key: key, col: -1}
	n.children = append(n.children, c)
	return c
}

// leaves returns the columns under n with their paths relative to n.
func (n *hnode) leaves(prefix []string, out *[]leaf) {
	if n.col >= 0 {
		*out = append(*out, leaf{col: n.col, path: append([]string(nil), prefix...)})
	}
	for _, c := range n.children {
		c.leaves(append(prefix, c.key), out)
	}
}

type leaf struct {
	col  int
	path []string
}

// totalChild returns the child of n that totals the others, or nil.
func (n *hnode) totalChild() *hnode {
	for _, c := range n.children {
		if tables.IsTotal(c.key) && !strings.HasPrefix(c.key, "其中") {
			return c
		}
	}
	return nil
}

// headingTree builds the tree of a panel's amount columns.
func headingTree(t *tables.Table, panel int) *hnode {
	root := &hnode{col: -1}
	prefix := t.Panels[panel].Prefix
	for _, c := range t.ValueColumns(panel) {
		col := &t.Columns[c]
		if col.Percent || len(col.Path) == 0 {
			continue
		}
		n := root
		for _, k := range col.Path[min(prefix, len(col.Path)-1):] {
			n = n.child(k)
		}
		if n.col < 0 {
			n.col = c
		}
	}
	return root
}

// colRelation is a total column and the columns that add up to it.
// variants are other part lists the same headings can mean (see
// headingVariants); the rows choose among them (chooseVariant).
type colRelation struct {
	total    int
	parts    []int
	variants [][]int
}

// columnRelations reads the sums a panel's headings assert.
func columnRelations(n *hnode) []colRelation {
	var rels []colRelation
	for _, c := range n.children {
		rels = append(rels, columnRelations(c)...)
	}
	if len(n.children) == 0 {
		return rels
	}
	total := n.totalChild()
	var comps []*hnode
	for _, c := range n.children {
		if c != total && !strings.HasPrefix(c.key, "其中") {
			comps = append(comps, c)
		}
	}
	// A node that is a column and has children is its own total.
	if total == nil && n.col >= 0 {
		total = &hnode{key: n.key, col: n.col}
	}
	comps, nested := regroup(comps)
	for _, g := range nested {
		rels = append(rels, g...)
	}
	if total == nil || len(comps) == 0 {
		return rels
	}
	variants := headingVariants(n, total, comps)
	var tl []leaf
	total.leaves(nil, &tl)
	for _, l := range tl {
		parts := columnsAt(comps, l.path)
		if parts == nil {
			continue
		}
		rel := colRelation{total: l.col, parts: parts}
		for _, v := range variants {
			if cols := columnsAt(v, l.path); cols != nil {
				rel.variants = append(rel.variants, cols)
			}
		}
		rels = append(rels, rel)
	}
	return rels
}

// columnsAt returns the column of each component that corresponds to the
// total's sub-column at path, or nil when one has none.
func columnsAt(comps []*hnode, path []string) []int {
	parts := make([]int, 0, len(comps))
	for _, c := range comps {
		col, ok := representative(c, path)
		if !ok {
			return nil
		}
		parts = append(parts, col)
	}
	return parts
}

// headingVariants returns the other component lists the headings of n
// can mean besides comps, the components they name outright:
//   - with the 其中 column that follows the total counted as the first
//     part: "小计 | 其中:基本支出 | 项目支出" writes 其中 on the first part
//     to introduce the breakdown, 小计 = 基本支出 + 项目支出;
//   - without a last component that is a group with a total of its own:
//     "支出总计 | 基本支出 | 项目支出 | 政府采购项目/小计 | 其中:…" prints
//     the procurement group as a memo beside the parts, not as one of them;
//   - both.
func headingVariants(n, total *hnode, comps []*hnode) [][]*hnode {
	if len(comps) == 0 {
		return nil
	}
	var lead *hnode
	for i, c := range n.children {
		if c == total && i+1 < len(n.children) && strings.HasPrefix(n.children[i+1].key, "其中") {
			lead = n.children[i+1]
		}
	}
	var memo bool
	if last := comps[len(comps)-1]; len(comps) > 1 && len(last.children) > 0 && last.totalChild() != nil {
		memo = true
	}
	var out [][]*hnode
	if lead != nil {
		out = append(out, append([]*hnode{lead}, comps...))
	}
	if memo {
		out = append(out, comps[:len(comps)-1])
	}
	if lead != nil && memo {
		out = append(out, append([]*hnode{lead}, comps[:len(comps)-1]...))
	}
	return out
}

// regroup takes out of comps the columns that partOf says belong to a
// sibling, and returns the sums those parts make.
func regroup(comps []*hnode) ([]*hnode, [][]colRelation) {
	var out []*hnode
	parts := map[*hnode][]*hnode{}
	for _, c := range comps {
		var whole *hnode
		for _, po := range partOf {
			if !strings.Contains(c.key, po.part) {
				continue
			}
			for _, s := range comps {
				if s != c && strings.Contains(s.key, po.whole) && !strings.Contains(s.key, po.part) {
					whole = s
				}
			}
		}
		if whole != nil {
			parts[whole] = append(parts[whole], c)
			continue
		}
		out = append(out, c)
	}
	var rels [][]colRelation
	for _, w := range out {
		ps := parts[w]
		if len(ps) == 0 || w.col < 0 {
			continue
		}
		cols := make([]int, 0, len(ps))
		for _, p := range ps {
			if p.col < 0 {
				cols = nil
				break
			}
			cols = append(cols, p.col)
		}
		if cols != nil {
			rels = append(rels, []colRelation{{total: w.col, parts: cols}})
		}
	}
	return out, rels
}

// representative returns the column of component c that corresponds to
// the total's sub-column at path (预算数 under 合计 ↔ 预算数 under 因公出国):
// c itself when both are plain columns, else the leaf of c ending in path,
// preferring the one under c's own total.
func representative(c *hnode, path []string) (int, bool) {
	if len(c.children) == 0 {
		if len(path) == 0 && c.col >= 0 {
			return c.col, true
		}
		return 0, false
	}
	if len(path) == 0 {
		if c.col >= 0 {
			return c.col, true
		}
		if tc := c.totalChild(); tc != nil && len(tc.children) == 0 && tc.col >= 0 {
			return tc.col, true
		}
		if w := wholeBesideItems(c); w != nil {
			return w.col, true
		}
		return 0, false
	}
	var ls []leaf
	c.leaves(nil, &ls)
	var match []leaf
	for _, l := range ls {
		if hasSuffix(l.path, path) {
			match = append(match, l)
		}
	}
	if len(match) == 1 {
		return match[0].col, true
	}
	if tc := c.totalChild(); tc != nil {
		for _, l := range match {
			if len(l.path) > 0 && l.path[0] == tc.key {
				return l.col, true
			}
		}
	}
	return 0, false
}

// wholeBesideItems returns the one child of group c that is not a 其中
// column when all the others are: "事业收入 / 金额 | 其中:教育收费" prints
// the group's amount under 金额 and a part of it under 其中, so the group
// is worth its 金额 column. It returns nil for any other layout.
func wholeBesideItems(c *hnode) *hnode {
	var whole *hnode
	items := 0
	for _, ch := range c.children {
		switch {
		case strings.HasPrefix(ch.key, "其中"):
			items++
		case whole != nil:
			return nil
		default:
			whole = ch
		}
	}
	if whole == nil || items == 0 || len(whole.children) > 0 || whole.col < 0 {
		return nil
	}
	return whole
}

func hasSuffix(path, suffix []string) bool {
	if len(suffix) > len(path) {
		return false
	}
	for i := range suffix {
		if path[len(path)-len(suffix)+i] != suffix[i] {
			return false
		}
	}
	return true
}

func runColumnSum(p *Pass) (any, error) {
	for _, t := range p.Tables.Tables {
		for pi := range t.Panels {
			rels := columnRelations(headingTree(t, pi))
			if t.Kind == tables.KindSanGong {
				rels = withoutSanGong(t, pi, rels)
			}
			if len(rels) == 0 {
				continue
			}
			rows := panelRows(t, pi)
			for i := range rels {
				rels[i] = chooseVariant(t, rows, rels[i])
			}
			for _, r := range rows {
				for _, rel := range rels {
					checkColumns(p, t, r, rel)
				}
			}
		}
	}
	return nil, nil
}

// panelRows returns the rows of a panel that are not headings.
func panelRows(t *tables.Table, panel int) []*tables.Record {
	var rows []*tables.Record
	for _, r := range t.Records {
		if r.Panel == panel && !r.Heading {
			rows = append(rows, r)
		}
	}
	return rows
}

// chooseVariant lets the rows decide between the heading relation and
// the variants the same headings allow: a variant replaces the parts
// named outright only when these fail in at least two rows and the
// variant fails in at most a quarter as many rows (none when the
// heading relation fails in fewer than four). A misread heading fails
// row after row; a single wrong cell fails in one row and stays reported.
func chooseVariant(t *tables.Table, rows []*tables.Record, rel colRelation) colRelation {
	fails := failingRows(t, rows, rel.total, rel.parts)
	if fails < 2 {
		return rel
	}
	best, bestFails := rel.parts, fails
	for _, v := range rel.variants {
		if vf := failingRows(t, rows, rel.total, v); vf*4 <= fails && vf < bestFails {
			best, bestFails = v, vf
		}
	}
	return colRelation{total: rel.total, parts: best}
}

// failingRows counts the rows whose printed total is not the sum of the
// printed parts; rows that print no total, or a percentage, do not count.
func failingRows(t *tables.Table, rows []*tables.Record, total int, parts []int) int {
	n := 0
	for _, r := range rows {
		cell, ok := r.Cells[total]
		if !ok || !cell.Has || cell.Pct {
			continue
		}
		terms := make([]term, 0, len(parts))
		for _, c := range parts {
			pc, ok := r.Cells[c]
			if !ok {
				terms = nil
				break
			}
			terms = append(terms, term{T: t, R: r, Col: c, Cell: pc})
		}
		if terms == nil {
			continue
		}
		if sum, _, _ := sumOf(terms, t); !num.Consistent(cell.Value, sum) {
			n++
		}
	}
	return n
}

// checkColumns checks one row against one column relation.
func checkColumns(p *Pass, t *tables.Table, r *tables.Record, rel colRelation) {
	total, ok := r.Cells[rel.total]
	if !ok {
		return
	}
	parts := make([]term, 0, len(rel.parts))
	names := make([]any, 0, len(rel.parts))
	for _, c := range rel.parts {
		cell, ok := r.Cells[c]
		if !ok {
			return
		}
		parts = append(parts, term{T: t, R: r, Col: c, Cell: cell})
		names = append(names, colMsg(t, c))
	}
	p.checkSum(term{T: t, R: r, Col: rel.total, Cell: total}, parts,
		i18n.M("sum.what.columns", i18n.Join(" + ", names...)))
}

// withoutSanGong drops the relations sangong-sum checks: those whose total
// is the 三公 total or the 公务用车购置及运行费 subtotal.
func withoutSanGong(t *tables.Table, panel int, rels []colRelation) []colRelation {
	strong := false
	for _, c := range t.ValueColumns(panel) {
		strong = strong || classifyPath(t.Columns[c].Path).strong
	}
	var out []colRelation
	for _, r := range rels {
		sc := classifyPath(t.Columns[r.total].Path)
		if sc.concept == sgCar || sc.concept == sgTotal && (sc.strong || !strong) {
			continue
		}
		out = append(out, r)
	}
	return out
}
