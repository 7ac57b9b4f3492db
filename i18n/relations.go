package i18n

// The messages of the narrative relations of issue 10 (reconcile:
// text_payments.go, text_count_rate.go, text_rates_agree.go,
// text_change_zero.go), kept in a file of their own and merged into the
// catalogues when the package loads.

var relationsEn = map[ID]string{
	"rule.payments.title":        "Project payments",
	"rule.payments.explain":      "The payments a project's 资金使用情况 lists (often in 元) add up to its 实际支出 (often in 万元); a total or a balance the paragraph prints is the same amount as in the funding line. A 实际支出 that the payments and the rest of its funding line both contradict is the one figure reported.",
	"rule.count-rate.title":      "Rates of counts",
	"rule.count-rate.explain":    "A rate worked out from counts (完成1164份 of 1167人, 完成率99.74%%) is the count of the act the rate names divided by the whole count printed before it.",
	"rule.rates-agree.title":     "One rate, one value",
	"rule.rates-agree.explain":   "Within a sentence or two following sentences, the same rate (完成率) of the same subject has one value; 100%% and 0%% mean all and none.",
	"rule.targets-total.title":   "Funds of projects with targets",
	"rule.targets-total.explain": "The funds a budget states for its projects with performance targets (编报绩效目标的项目N个，涉及资金X) are the sum of the 项目资金总额 of its N 绩效目标表.",
	"payments.total":             "the 资金使用情况 of %s states %s spent, but its 实际支出 is %s (%s)",
	"payments.list":              "the 实际支出 of %s is %s, but the %d payments its 资金使用情况 lists add up to %s (%s)",
	"payments.what":              "the payments of %s",
	"payments.left":              "the 资金使用情况 of %s states a balance of %s, but its funding line states %s",
	"payments.left.what":         "the balance of %s",
	"payments.spent":             "the 实际支出 of %s",
	"countrate.bad":              "the %s of %s is %s, but %s / %s is %s%%",
	"countrate.nobase":           "%s of %s cannot be checked: no count printed before it is its whole",
	"targets.what":               "the funds of the %d performance target sheets",
	"targets.total":              "the projects with performance targets are said to have %s, but the 资金总额 of their %d 绩效目标表 add up to %s",
	"rates.disagree":             "the %s of %s is %s here, but %s earlier in the same paragraph",
	"change.zero.new":            "the change of %s (%s) cannot be checked: the previous figure is 0",
	"change.zero.bad":            "%s is said to have grown by %s, but its previous figure is 0 (%s − %s): a percentage change on zero is undefined",
}

var relationsZh = map[ID]string{
	"rule.payments.title":        "项目资金使用",
	"rule.payments.explain":      "资金使用情况所列各项支付（常以元为单位）合计应等于项目实际支出（常以万元为单位）；该段所列合计数或结余数应与资金情况中的同一金额一致。实际支出与各项支付及其余收支数均不符时，只报实际支出。",
	"rule.count-rate.title":      "数量比率",
	"rule.count-rate.explain":    "以数量计算的比率（完成1164份、共1167人，完成率99.74%%）= 比率所指事项的数量 ÷ 其前列出的总数。",
	"rule.rates-agree.title":     "同一比率前后一致",
	"rule.rates-agree.explain":   "同一句或相邻两句中，同一事项的同一比率（如完成率）只应有一个数值；100%%、0%%表示全部、全无。",
	"rule.targets-total.title":   "绩效目标项目资金",
	"rule.targets-total.explain": "预算中“编报绩效目标的项目N个，涉及资金X”的X应等于N张绩效目标表项目资金总额之和。",
	"payments.total":             "%s的资金使用情况称支出%s，但其实际支出为%s（%s），前后不一致",
	"payments.list":              "%s的实际支出为%s，但资金使用情况所列%d笔支付合计%s（%s），勾稽不符",
	"payments.what":              "%s的各项支付",
	"payments.left":              "%s的资金使用情况称结余%s，但其资金情况称结余结转%s，前后不一致",
	"payments.left.what":         "%s的结余",
	"payments.spent":             "%s的实际支出",
	"countrate.bad":              "%[2]s的%[1]s为%[3]s，但%[4]s / %[5]s为%[6]s%%",
	"countrate.nobase":           "%[2]s的%[1]s无法核对：其前未列出作为分母的数量",
	"targets.what":               "%d张绩效目标表的资金",
	"targets.total":              "编报绩效目标的项目涉及资金%s，但%d张绩效目标表的项目资金总额合计为%s，勾稽不符",
	"rates.disagree":             "%[2]s的%[1]s在此为%[3]s，但同段前文为%[4]s，前后不一致",
	"change.zero.new":            "%s的变动（%s）无法核对：上年数为0",
	"change.zero.bad":            "%[1]s称增长%[2]s，但上年数为0（%[3]s − %[4]s），增长率无从计算",
}

func init() { addCatalogue(relationsEn, relationsZh) }
