package reconcile

import (
	"strings"

	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/num"
	"github.com/gouji/gouji/reconcile/tables"
	"github.com/gouji/gouji/segment"
	"github.com/shopspring/decimal"
)

// TargetsTotal checks the sentence that sums up a budget's performance
// target sheets (绩效目标表) against the sheets printed: "编报绩效目标的项目
// 5个，涉及项目预算资金3328.13万元" where the report prints five sheets
// whose 项目资金总额 add up to 33,513,343元 (3,351.33万元). It speaks only
// when the count the sentence states is the number of sheets read, each
// with its 资金总额, so that the sheets are the projects it sums up.
var TargetsTotal = narrativeRule("targets-total",
	"the funds a budget states for its projects with performance targets are the sum of their 绩效目标表",
	checkTargetsTotal)

func checkTargetsTotal(p *Pass, n *narrative) {
	var sheets []*tables.Sheet
	loaded := false
	for c := range n.claims(segment.ClaimAmount) {
		if !strings.Contains(c.Source.Text, "绩效目标") {
			continue
		}
		v, ok := c.Arg(segment.RoleValue)
		if !ok || !isMoney(v.Mention) || !exact(v.Mention) {
			continue
		}
		count, ok := sentenceCount(n, c)
		if !ok {
			continue
		}
		if !loaded {
			sheets, loaded = tables.Sheets(p.Doc), true
		}
		sum, cells, ok := sheetFunds(sheets, v.Mention.Scale)
		if !ok || len(cells) != count {
			continue
		}
		judgeTargetsTotal(p, c, v.Mention, sum, cells)
	}
}

// judgeTargetsTotal judges the funds stated against the sheets' sum.
func judgeTargetsTotal(p *Pass, c *segment.Claim, stated segment.Mention, sum num.Interval, cells []tables.SheetCell) {
	verdict := judge(stated, stated.Scale, sum)
	what := i18n.M("targets.what", len(cells))
	if p.settle(c, stated, outcome{v: verdict}, what) {
		return
	}
	exp := expectedExact(stated.Value, sum)
	ev := make([]Evidence, 0, len(cells))
	for _, x := range cells {
		ev = append(ev, sheetEvidence(x))
	}
	p.reportText(c, stated, severityOf(verdict), exp, withTrunc(i18n.M("targets.total", fig(stated), len(cells), exp+stated.Unit), verdict), ev...)
}

// sentenceCount returns the whole count of projects the sentence of c
// states (项目5个, 项目共11个).
func sentenceCount(n *narrative, c *segment.Claim) (int, bool) {
	for _, ci := range n.res.Sentences[c.Source.Sentence].Claims {
		o := n.claim(ci)
		if o == nil || o.Kind != segment.ClaimCount || !strings.Contains(o.Subject.Text, "项目") {
			continue
		}
		if a, ok := o.Arg(segment.RoleValue); ok && exactCount(a.Mention) && a.Mention.Unit == "个" {
			return int(a.Mention.Value.D.IntPart()), true
		}
	}
	return 0, false
}

// sheetFunds adds up the 资金总额 of every sheet at scale (of 元); false
// when a sheet's is missing or its unit unknown.
func sheetFunds(sheets []*tables.Sheet, scale int32) (num.Interval, []tables.SheetCell, bool) {
	sum := num.Interval{Lo: decimal.Zero, Hi: decimal.Zero}
	var cells []tables.SheetCell
	for _, s := range sheets {
		from := map[string]int32{"元": 0, "万元": 4}
		sc, known := from[s.Money]
		if len(s.Sums) == 0 || !known {
			return sum, nil, false
		}
		v, ok := s.Sums[0].Total.Value()
		if !ok {
			return sum, nil, false
		}
		iv := v.Scale(sc - scale).Interval()
		sum = num.Interval{Lo: sum.Lo.Add(iv.Lo), Hi: sum.Hi.Add(iv.Hi)}
		cells = append(cells, s.Sums[0].Total)
	}
	return sum, cells, len(cells) > 0
}
