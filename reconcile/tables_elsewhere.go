package reconcile

import (
	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/segment"
)

// TablesElsewhere says, once, that a document states amounts in its
// narrative but prints none of the report's tables (收支总表, 支出表, 一般公共
// 预算支出表, 三公 …): its tables may be published as a file of their own, as
// 江苏 publishes 情况说明 and 公开表 apart. Without them every amount the
// narrative states for a table figure goes unchecked, and the rules that
// read those figures stay silent about it; this rule says so instead, as
// an info (shown with gouji check --verbose), and points at --one-report,
// which checks the narrative and its tables as one report. It counts no
// claim: the amounts are counted by the rules that check them.
var TablesElsewhere = narrativeRule("tables-elsewhere",
	"a narrative whose document prints none of the report's tables is named once (info): its tables may be published separately (gouji check --one-report NARRATIVE TABLES)",
	checkTablesElsewhere)

func checkTablesElsewhere(p *Pass, n *narrative) {
	if p.Tables.HasReportTable() {
		return
	}
	var first *segment.Claim
	var at segment.Mention
	count := 0
	for c := range n.claims(segment.ClaimAmount) {
		a, ok := c.Arg(segment.RoleValue)
		if !ok || !isMoney(a.Mention) {
			continue
		}
		if first == nil {
			first, at = c, a.Mention
		}
		count++
	}
	if first == nil {
		return
	}
	f := p.textFinding(first, at, Info, "",
		i18n.M("elsewhere.notables", count))
	f.Claimed, f.Unit = "", "" // a remark on the document, not on this figure
	p.Note(f)
}
