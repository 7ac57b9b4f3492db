package i18n

// The messages of the structure rules (reconcile: missing-table,
// empty-table-note, missing-section, template-leftover, table-meta), kept
// apart so that the catalogues of en.go and zh.go merge without conflict.
// Their ids follow the rule ids; rule.NAME.title and rule.NAME.explain name
// and explain each rule.

var completeEn = map[ID]string{
	"missing-table.standard": "%s is missing: a %s prints it among its standard tables",
	"missing-table.listed":   "%s is listed in the table of contents (目录) but not printed",

	"template-leftover":      "left from the template: %s",
	"template-leftover.more": "left from the template: %s and %d more",
	"table-meta.order":       "%s should be %s: the form numbers skip or go back here",
	"table-meta.unit":        "%s has no unit line (金额单位)",
	"table-meta.year":        "%s names the year %d, but the report is for %d",
	"empty-table-note":       "%s is printed without data, and neither it nor the narrative says it is empty (本表无数据)",
	"missing-section":        "the narrative has no section on %s, which a %s includes",

	"rule.missing-table.title":   "Missing standard tables",
	"rule.missing-table.explain": "Each kind of report publishes a standard set of tables: a 部门决算 the nine of the national template (收入支出决算总表 … 国有资本经营预算财政拨款收入支出决算表), a 部门预算 its own (收支总表, 收入总表, 支出总表, 财政拨款收支总表, 一般公共预算支出表, 一般公共预算基本支出表, 三公经费支出表, 政府性基金预算支出表). A report that follows the set must print every table of it, even one without data; a table its own 目录 lists must be printed. A file holding only the narrative is left to tables-elsewhere.",

	"rule.template-leftover.title":   "Template leftovers",
	"rule.template-leftover.explain": "Reports are written from a template; what the author did not replace stays in the published report: placeholders (XX, XXX, 20XX), both alternatives kept (增加（减少）, 增长（下降）), the template's instructions (（如持平作持平表述）, （不涉及的不列）, 仍保留该表格式，并在本表下方作下述说明) and 说明 slots left empty (主要原因是。). Each paragraph or table is named once, with what it holds.",

	"rule.table-meta.title":   "Table numbers, units and years",
	"rule.table-meta.explain": "The tables of a report are numbered in order (公开01表, 公开02表 … or 表1, 表2 …) without gaps; every standard table states its unit (金额单位：万元), without which its figures cannot be read; a table title that names a year names the report's year. Warnings: the figures may still be right.",

	"rule.empty-table-note.title":   "Empty tables without a statement",
	"rule.empty-table-note.explain": "A standard table without data is still published, with a statement that it is empty (本表无数据, 本部门（单位）无政府性基金预算财政拨款收入和支出) below it or in the narrative; without one a reader cannot tell an empty table from a forgotten one. Warning.",

	"rule.missing-section.title":   "Missing sections",
	"rule.missing-section.explain": "The narrative of a report covers a set of sections: 主要职能, 机构设置, the 收支 情况说明, 三公经费, 机关运行经费, 政府采购 and 名词解释, and in a 部门决算 also 国有资产占用 and 绩效. Their names vary by year and province; each is recognised by the words the reports use for it, and a report on a template of its own is not held to them. Warning.",
}

var completeZh = map[ID]string{
	"missing-table.standard": "缺少%[1]s：%[2]s应公开此表",
	"missing-table.listed":   "目录列有%s，但报告中未见此表",

	"template-leftover":      "模板内容未替换：%s",
	"template-leftover.more": "模板内容未替换：%s等，另有%d处",
	"table-meta.order":       "%s应编为%s：表号在此处跳号或顺序颠倒",
	"table-meta.unit":        "%s未标注金额单位",
	"table-meta.year":        "%s标题年度为%d年，与报告年度%d年不符",
	"empty-table-note":       "%s为空表，但表内及说明中均未注明（如“本表无数据”）",
	"missing-section":        "情况说明中未见“%s”部分，%s应包含此内容",

	"rule.missing-table.title":   "缺少公开表",
	"rule.missing-table.explain": "各类报告应公开规定的全套表格：部门决算为全国模板的九张表（收入支出决算总表……国有资本经营预算财政拨款收入支出决算表），部门预算为收支总表、收入总表、支出总表、财政拨款收支总表、一般公共预算支出表、一般公共预算基本支出表、“三公”经费支出表、政府性基金预算支出表。按此套表公开的报告须逐表公开，无数据的表也应保留；报告目录所列之表必须公开。仅含文字说明的文件由 tables-elsewhere 提示。",

	"rule.template-leftover.title":   "模板内容未替换",
	"rule.template-leftover.explain": "报告依模板编写，未替换的模板内容会留在公开文本中：占位符（XX、XXX、20XX）、并列未删的选项（增加（减少）、增长（下降））、写给编制人的提示（（如持平作持平表述）、（不涉及的不列）、仍保留该表格式，并在本表下方作下述说明）及空着的说明（主要原因是。）。每个段落或表格只提示一次，并列出其中的残留内容。",

	"rule.table-meta.title":   "表号、单位与年度",
	"rule.table-meta.explain": "报告各表应按顺序连续编号（公开01表、公开02表……或表1、表2……），不得跳号；每张公开表须标明金额单位（金额单位：万元），否则数字无从理解；表题注明年度的，应与报告年度一致。仅作提示，数字本身未必有误。",

	"rule.empty-table-note.title":   "空表未说明",
	"rule.empty-table-note.explain": "无数据的公开表仍应公开，并在表下或情况说明中注明为空表（如“本表无数据”“本部门（单位）无政府性基金预算财政拨款收入和支出”）；未作说明的，读者无法分辨是空表还是漏填。仅作提示。",

	"rule.missing-section.title":   "缺少规定内容",
	"rule.missing-section.explain": "情况说明应包括：主要职能、机构设置、收支情况说明、“三公”经费、机关运行经费、政府采购、名词解释；部门决算还应包括国有资产占用情况和绩效管理情况。各地各年名称不一，按报告常用的说法识别；采用自有模板的报告不作此要求。仅作提示。",
}

func init() { addCatalogue(completeEn, completeZh) }
