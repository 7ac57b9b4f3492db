package reconcile

import (
	"slices"

	"github.com/gouji/gouji/reconcile/tables"
	"github.com/gouji/gouji/segment"
)

// classByName finds the code of a classification chain the figure
// resolver did not find by name, when its name is printed with a slip (two
// characters swapped, one character wrong: 一般行政事务管理 for 一般行政管理
// 事务): the one row of the report's tables under the chain's parent whose
// name is so close and whose amount is the figure stated. "" when there
// is none or more than one.
func classByName(p *Pass, chain []segment.ClassName, m segment.Mention) string {
	if len(chain) == 0 || !isMoney(m) {
		return ""
	}
	leaf := nameKey(chain[len(chain)-1].Name)
	parent := ""
	if len(chain) > 1 {
		parent = nameKey(chain[len(chain)-2].Name)
	}
	found := ""
	for _, t := range p.Tables.Tables {
		e, ok := tableUnitExp(t)
		if !ok {
			continue
		}
		for _, r := range t.Records {
			if r.Heading || !functionCode(r.Code) || !nearName(nameKey(r.Label), leaf) {
				continue
			}
			if parent != "" && (r.Parent == nil || nameKey(r.Parent.Label) != parent) {
				continue
			}
			if !rowHolds(r, e, m) {
				continue
			}
			if found != "" && found != r.Code {
				return ""
			}
			found = r.Code
		}
	}
	if found == "" {
		return ""
	}
	return "code:" + found
}

// rowHolds reports whether one of a row's amounts is the figure m.
func rowHolds(r *tables.Record, e int32, m segment.Mention) bool {
	want := valueIn(m, 0)
	for _, c := range r.Cells {
		if c.Has && !c.Pct && c.Interval().Scale(e).Overlaps(want) {
			return true
		}
	}
	return false
}

// nearName reports whether two names of four characters or more are the
// same but for one slip: one character wrong, or the same characters in
// another order.
func nearName(a, b string) bool {
	if a == b {
		return true
	}
	if oneTypo(a, b) {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) || len(ra) < 4 {
		return false
	}
	slices.Sort(ra)
	slices.Sort(rb)
	return slices.Equal(ra, rb)
}
