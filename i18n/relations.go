package i18n

// The messages of the narrative relations of issue 10 (reconcile:
// text_payments.go, text_count_rate.go, text_rates_agree.go,
// text_change_zero.go), kept in a file of their own and merged into the
// catalogues when the package loads.

var relationsEn = map[ID]string{
	"payments.total":     "the 资金使用情况 of %s states %s spent, but its 实际支出 is %s (%s)",
	"payments.list":      "the 实际支出 of %s is %s, but the %d payments its 资金使用情况 lists add up to %s (%s)",
	"payments.what":      "the payments of %s",
	"payments.left":      "the 资金使用情况 of %s states a balance of %s, but its funding line states %s",
	"payments.left.what": "the balance of %s",
	"payments.spent":     "the 实际支出 of %s",
	"countrate.bad":      "the %s of %s is %s, but %s / %s is %s%%",
	"countrate.nobase":   "%s of %s cannot be checked: no count printed before it is its whole",
	"targets.what":       "the funds of the %d performance target sheets",
	"targets.total":      "the projects with performance targets are said to have %s, but the 资金总额 of their %d 绩效目标表 add up to %s",
	"rates.disagree":     "the %s of %s is %s here, but %s earlier in the same paragraph",
	"change.zero.new":    "the change of %s (%s) cannot be checked: the previous figure is 0",
	"relations.trunc":    " (it agrees only if truncated instead of rounded)",
	"change.zero.bad":    "%s is said to have grown by %s, but its previous figure is 0 (%s − %s): a percentage change on zero is undefined",
}

var relationsZh = map[ID]string{
	"payments.total":     "%s的资金使用情况称支出%s，但其实际支出为%s（%s），前后不一致",
	"payments.list":      "%s的实际支出为%s，但资金使用情况所列%d笔支付合计%s（%s），勾稽不符",
	"payments.what":      "%s的各项支付",
	"payments.left":      "%s的资金使用情况称结余%s，但其资金情况称结余结转%s，前后不一致",
	"payments.left.what": "%s的结余",
	"payments.spent":     "%s的实际支出",
	"countrate.bad":      "%[2]s的%[1]s为%[3]s，但%[4]s / %[5]s为%[6]s%%",
	"countrate.nobase":   "%[2]s的%[1]s无法核对：其前未列出作为分母的数量",
	"targets.what":       "%d张绩效目标表的资金",
	"targets.total":      "编报绩效目标的项目涉及资金%s，但%d张绩效目标表的项目资金总额合计为%s，勾稽不符",
	"rates.disagree":     "%[2]s的%[1]s在此为%[3]s，但同段前文为%[4]s，前后不一致",
	"change.zero.new":    "%s的变动（%s）无法核对：上年数为0",
	"relations.trunc":    "（仅在截尾而非四舍五入时相符）",
	"change.zero.bad":    "%[1]s称增长%[2]s，但上年数为0（%[3]s − %[4]s），增长率无从计算",
}

func init() {
	for id, s := range relationsEn {
		en[id] = s
	}
	for id, s := range relationsZh {
		zh[id] = s
	}
}
