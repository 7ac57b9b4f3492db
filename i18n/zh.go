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

	// cmd/gouji
	"cli.lang.bad": "--lang：%s",
}
