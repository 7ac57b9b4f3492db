package i18n

// The messages of the structure rules (reconcile: missing-table,
// empty-table-note, missing-section, template-leftover, table-meta), kept
// apart so that the catalogues of en.go and zh.go merge without conflict.
// Their ids follow the rule ids; rule.NAME.title and rule.NAME.explain name
// and explain each rule.

var completeEn = map[ID]string{
	"missing-table.standard": "%s is missing: a %s prints it among its standard tables",
	"missing-table.listed":   "%s is listed in the table of contents (目录) but not printed",

	"rule.missing-table.title":   "standard table missing",
	"rule.missing-table.explain": "Each kind of report publishes a standard set of tables: a 部门决算 the nine of the national template (收入支出决算总表 … 国有资本经营预算财政拨款收入支出决算表), a 部门预算 its own (收支总表, 收入总表, 支出总表, 财政拨款收支总表, 一般公共预算支出表, 一般公共预算基本支出表, 三公经费支出表, 政府性基金预算支出表). A report that follows the set must print every table of it, even one without data; a table its own 目录 lists must be printed. A file holding only the narrative is left to tables-elsewhere.",
}

var completeZh = map[ID]string{
	"missing-table.standard": "缺少%[1]s：%[2]s应公开此表",
	"missing-table.listed":   "目录列有%s，但报告中未见此表",

	"rule.missing-table.title":   "缺少公开表",
	"rule.missing-table.explain": "各类报告应公开规定的全套表格：部门决算为全国模板的九张表（收入支出决算总表……国有资本经营预算财政拨款收入支出决算表），部门预算为收支总表、收入总表、支出总表、财政拨款收支总表、一般公共预算支出表、一般公共预算基本支出表、“三公”经费支出表、政府性基金预算支出表。按此套表公开的报告须逐表公开，无数据的表也应保留；报告目录所列之表必须公开。仅含文字说明的文件由 tables-elsewhere 提示。",
}

func init() {
	for id, s := range completeEn {
		en[id] = s
	}
	for id, s := range completeZh {
		zh[id] = s
	}
}
