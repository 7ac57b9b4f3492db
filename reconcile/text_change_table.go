package reconcile

import (
	"github.com/gouji/gouji/segment"
)

// tablePrevious is the previous figure of a change whose text prints only
// the current one, read from a table that prints the current figure's row
// for several years ("工资福利支出（301）4182.68万元，较上年减少333.48万元"
// with a table of 2022年 | 2021年 | 2022比2021): the cell of the year before
// the current figure's. ok is false when no table prints that year.
func (n *narrative) tablePrevious(p *Pass, cur segment.Arg) (segment.Mention, *Evidence, bool) {
	ac := n.amountClaimOf(cur)
	if ac == nil || !isMoney(cur.Mention) || !exact(cur.Mention) {
		return segment.Mention{}, nil, false
	}
	year := n.claimYear(ac, cur.Mention)
	if year == 0 {
		return segment.Mention{}, nil, false
	}
	f := n.lookupYear(p, ac, year-1)
	if !f.found {
		return segment.Mention{}, nil, false
	}
	if pathYear(f.x.T.Columns[f.x.Col].Path) != year-1 && rowYear(f.x.T, f.x.R) != year-1 {
		return segment.Mention{}, nil, false
	}
	v, ok := f.cellAmount(cur.Mention.Scale)
	if !ok {
		return segment.Mention{}, nil, false
	}
	m := cur.Mention
	m.Value, m.Hi, m.Bound = v, nil, segment.BoundExact
	m.Text = v.String() + m.Unit
	ev := f.x.evidence()
	return m, &ev, true
}

// aboutItsCurrent reports whether a change speaks of the figure taken as
// its current: its subject is that figure's, or it names none of its own.
// "会议费预算58.46万元，比2021年增加27.84万元；主要原因局本级会议费增加9.11
// 万元" — the second change is of a part (局本级会议费) whose current is not
// printed; the table's previous 会议费 is not its previous.
func (n *narrative) aboutItsCurrent(c *segment.Claim, cur segment.Arg) bool {
	ac := n.amountClaimOf(cur)
	if ac == nil || c.Subject.Inherited || c.Subject.Text == "" {
		return true
	}
	return factKey(c.Subject.Text) == factKey(ac.Subject.Text)
}
