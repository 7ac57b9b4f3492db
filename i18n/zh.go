package i18n

// zh is the Chinese catalogue, written as an auditor writes: 勾稽不符,
// 合计数, 占比, 同比增减, 尾数差, 决算数/预算数; the subject always named,
// amounts grouped and with their unit (2,961.68万元). Keep its sections in
// the order of en.go.
var zh = map[ID]string{
	// reconcile: tables and their sums (sum.go, codesum.go, columnsum.go,
	// statement.go, crosstable.go, table_unread.go)
	"table.column.n":       "第%d栏",
	"table.cell":           "%s（%s）",
	"table.page":           "第%d页",
	"table.file.page":      "%s第%d页",
	"table.unread":         "%s（%s）未能读懂：%s；未以此表核对任何数字",
	"table.unread.why":     "已核对的%[2]d行中有%[1]d行合计关系不符（首处：%[3]s）",
	"sum.total":            "%s为%s，但%s合计为%s，勾稽不符",
	"sum.total.empty":      "%s未填列，但%s合计为%s",
	"sum.same":             "%[1]s在%[3]s中为%[2]s，在%[5]s中为%[4]s，两表不一致",
	"sum.same.empty":       "%[1]s在%[3]s中为%[2]s，但在%[4]s中未填列",
	"sum.atmost":           "%[1]s在%[3]s中为%[2]s，超过%[6]s中%[5]s的%[4]s",
	"sum.atmost.empty":     "%[1]s在%[3]s中为%[2]s，但%[5]s中%[4]s未填列",
	"sum.level.sub":        "下",
	"sum.what.level":       "其下%d个%s级科目",
	"sum.what.classes":     "所列%d个%s科目",
	"sum.what.columns":     "%s各栏",
	"sum.what.coded":       "%[2]s中编码为%[1]s的各行",
	"sum.what.items.below": "其下%d个编号项目",
	"sum.what.items.above": "其上%d个编号项目",
	"sum.what.carries":     "%s加其间%d行结转结余",
	"sum.what.funds":       "按资金来源分列的%d行",
	"sum.what.subitems":    "其下%d个子项",
	"what.of":              "%[2]s的%[1]s",
	"cross.norow":          "类 %[1]s %[2]s在%[4]s中为%[3]s，但%[5]s中无此科目行",

	// reconcile and pairing: across reports (prior_year.go,
	// budget_final.go, package pairing)
	"prior.mismatch":       "%[1]s：本报告按%[2]s推算的上年数为%[3]s，但上年报告（%[4]s）所列为%[5]s，前后年度不一致",
	"prior.other.agrees":   "；同处所述%[1]s与上年报告相符，错在%[2]s",
	"budgetfinal.mismatch": "%[1]s：决算按%[2]s推算的年初预算数为%[3]s，但同年部门预算（%[4]s）所列为%[5]s，预决算不一致",
	"prior.how.amount":     "增减额",
	"prior.how.percent":    "增减幅度",
	"prior.how.equal":      "“与上年持平”的表述",
	"prior.how.printed":    "所列数",
	"prior.how.rate":       "完成率",
	"pair.why.years":       "同一单位同类报告，%d年 → %d年",
	"pair.why.prior":       "--prior 指定",
	"pair.why.final":       "%d年决算与预算",
	"pair.none.identity":   "未能识别其单位、年度或报告类型（%s）",
	"pair.none.earlier":    "本次未提供%[3]s %[2]d年%[1]s",
	"pair.compared":        "已比对 %s ← %s（%s：%s）",
	"pair.none":            "%s 无可比报告（%s）：%s",
	"pair.heading":         "跨报告比对：",

	// cmd/gouji
	"cli.lang.bad": "--lang：%s",
}
