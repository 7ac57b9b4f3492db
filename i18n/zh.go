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

	// reconcile: narrative checks, shared words (settle.go, judge.go, messages.go, eval_*.go)
	"subject.figure":    "本句所述数字",
	"settle.skip":       "%s无法核对：%s",
	"settle.estimate":   "%s为估计数%s",
	"note.trunc":        "（仅在截尾而非四舍五入时相符）",
	"skip.term.money":   "其中有一项不是金额",
	"skip.term.inexact": "其中有一项不是确数",
	"skip.items.none":   "未列出分项",
	"skip.items.unit":   "分项与合计单位不同",
	"skip.item.inexact": "有分项不是确数",

	// reconcile: balance (text_balance.go)
	"balance.of":          "%s的结余",
	"balance.subtotal.of": "%s的小计",
	"balance.explained":   "%[1]s为%[2]s，但%[3]s = %[4]s%[5]s；差额即文中并列的%[6]s",
	"balance.bad":         "%[1]s为%[2]s，但%[3]s = %[4]s%[5]s，勾稽不符%[6]s",

	// reconcile: change (text_change.go), and the figure every check judges (checkFigure)
	"check.figure":         "%s%s%s%s",
	"change.noprev":        "%s的增减变动（%s）无法核对：未列示比较基数",
	"change.nodir":         "%s的增减变动（%s）无法核对：未说明是增加还是减少",
	"change.zerobase":      "%s的增减幅度（%s）无法核对：比较基数可能为零",
	"change.direction":     "文中称%[1]s%[2]s，但由%[4]s变为%[3]s",
	"change.word.up":       "增加",
	"change.word.down":     "减少",
	"change.word.flat":     "持平",
	"change.delta":         "%[1]s的增减额为%[2]s，但%[3]s − %[4]s = ",
	"change.negbase":       "文中称%[1]s增加%[2]s至%[3]s，则比较基数为负数（%[4]s%[5]s）",
	"change.base":          "%[1]s%[5]s（%[2]s %[3]s %[4]s）",
	"change.amountslip":    "%[1]s的增减额%[2]s与增减幅度%[3]s不符：以比较基数%[4]s计，增减幅度为%[5]s%%；与%[6]s相符的增减额为%[7]s%[8]s，与所列金额仅差一位数字",
	"change.pct":           "%[1]s的增减幅度为%[2]s，但以比较基数%[3]s计为",
	"change.word.increase": "增长",
	"change.word.decrease": "下降",
	"change.reversed":      "%[1]s的增减幅度为%[2]s，但由%[4]s变为%[3]s是%[5]s%[6]s%%，且以%[8]s按%[7]s推算所得之数在本段中均未列示",

	// reconcile: comparison (text_comparison.go)
	"cmp.base":         "对比数",
	"cmp.word.greater": "大于",
	"cmp.word.less":    "小于",
	"cmp.noother":      "%[1]s（%[2]s）与%[3]s的比较无法核对：未列示对比数",
	"cmp.inexact":      "%s与%s的比较无法核对：有一数不是确数",
	"cmp.diff":         "%[1]s与%[2]s的差额为%[3]s，但实际差额为",
	"cmp.not":          "文中称%[1]s（%[2]s）%[3]s%[4]s（%[5]s），实则不然",
	"cmp.same":         "文中称%[1]s（%[2]s）%[3]s%[4]s，但两者均为%[5]s",
	"cmp.equal":        "文中称%[1]s（%[2]s）与%[3]s相等，但%[3]s为%[4]s",
	"cmp.approx":       "文中称%[1]s（%[2]s）与%[3]s（%[4]s）大致相当：接近程度不作核对",

	// reconcile: completion (text_completion.go)
	"compl.budget":      "预算数",
	"compl.noboth":      "%[2]s的完成率%[1]s无法核对：未同时列示决算数和预算数",
	"compl.inexact":     "%[2]s的完成率%[1]s无法核对：有一数不是确数",
	"compl.zero":        "%[2]s的完成率%[1]s无法核对：预算数%[3]s为零",
	"compl.otherbudget": "%[1]s的%[2]s是占%[3]s%[4]s的比例，而非句中所称%[5]s%[6]s",
	"compl.bad":         "%[1]s完成%[3]s的%[2]s，但%[4]s ÷ %[5]s = %[6]s%%%[7]s",

	// reconcile: tables elsewhere (tables_elsewhere.go)
	"elsewhere.notables": "正文列示%d个金额，但本文件未附报告的任何表格，无从核对：表格可能另行公开（可将两者作为一份报告核对：gouji check --one-report 正文 表格）",

	// reconcile: share (text_share.go)
	"share.wholename":     "（%s）",
	"share.nopart":        "%[2]s的占比%[1]s无法核对：未列示分项数",
	"share.inexact":       "%[2]s的占比%[1]s无法核对：分项数或总数不是确数",
	"share.notsmaller":    "%[2]s的占比%[1]s无法核对：分项数%[3]s不小于表中%[4]s %[5]s，后者不可能是其所称总数",
	"share.nowhole":       "%[2]s的占比%[1]s无法核对：未列示总数%[3]s",
	"share.nowhole.total": "%[2]s的占比%[1]s无法核对：未列示总数，句中此前所列合计数也不是其总数",
	"share.onestep":       "%[1]s占%[3]s%[2]s，但%[4]s ÷ %[5]s = %[6]s%%：尾数差一位，系为使并列各占比合计为100%%而调整",
	"share.bad":           "%[1]s占%[3]s%[2]s，但%[4]s ÷ %[5]s = %[6]s%%%[7]s",
	"share.before":        "%[1]s占比为%[2]s，但句中此前列示%[3]s，而%[4]s ÷ %[5]s = %[6]s%%（句中未说明%[7]s即为总数）",
	"share.partition":     "%[1]s占比为%[2]s，但%[3]s ÷ %[4]s（占比合计为100%%的各分项之和）= %[5]s%%%[6]s",

	// reconcile: restated (text_restated.go)
	"restated.differs": "%[1]s此处为%[2]s，但在陈述相同事项的另一段中为%[3]s（两段%[5]d个数字中有%[4]d个相同）",
	"restated.maybe":   "%[1]s此处为%[2]s，但同一部分中与本句另有数字相同的一句为%[3]s；两者可能是不同事项",
	"restated.twice":   "此句重复出现，此处为%s，另一处为%s",

	// reconcile: text against tables (text_table.go, figure*.go)
	"fig.word.budget":       "预算",
	"fig.word.final":        "决算",
	"fig.none.kind":         "未见列示此数的%s%s",
	"fig.class.in":          "%[2]s中%[1]s",
	"fig.class.several":     "有多行名为%s",
	"fig.class.notable":     "没有按科目列示%s数的表",
	"fig.class.norow":       "各表均无%s行",
	"fig.sangong.missing":   "%[3]s中未找到%[2]s的%[1]s数",
	"fig.stmt.nototal":      "%s中未找到总计行",
	"fig.stmt.nocarry":      "%[2]s中未找到%[1]s结转和结余行",
	"fig.stmt.nofundcarry":  "%[3]s中未找到%[2]s中的%[1]s部分",
	"fig.stmt.nospending":   "%s中未找到支出合计行",
	"fig.stmt.nofundincome": "%[2]s中未找到%[1]s收入行",
	"fig.stmt.nosum":        "%s中未找到合计行",
	"fig.basic.nopart":      "%[2]s中未找到%[1]s合计数",
	"tt.missing":            "%[1]s文中为%[2]s，但%[3]s",
	"tt.empty":              "%[1]s文中为%[2]s，但%[4]s中%[3]s未填列",
	"tt.estimate":           "（%[1]s），%[4]s中为%[2]s%[3]s",
	"tt.otheryear":          "%[1]s文中为%[2]s，系%[3]d年数，但%[4]s列示的是%[5]d年数",
	"tt.rowabove":           "%[1]s文中为%[2]s，但%[5]s（%[6]s）中为%[3]s%[4]s；%[7]s是其上一级科目%[8]s的数",
	"tt.bad":                "%[1]s文中为%[2]s，但%[5]s（%[6]s）中为%[3]s%[4]s，表文不符%[7]s",
	"tt.rows":               "%[1]s文中为%[2]s，但%[4]s中%[3]s各行合计为%[5]s%[6]s",

	// reconcile: totals (text_total.go)
	"total.what":       "%[2]s的合计数%[1]s",
	"total.bad":        "%[1]s为%[2]s，但其%[3]d个分项合计为%[4]s%[5]s，勾稽不符%[6]s",
	"total.overlap":    "%[1]s%[2]s的各分项合计为%[3]s%[4]s，超过合计数：各分项可能相互交叉",
	"total.ofwhich":    "%[1]s的其中数合计为%[2]s%[3]s，超过其合计数%[4]s%[5]s",
	"total.word.rises": "增加",
	"total.word.falls": "减少",
	"total.reasons":    "%[1]s%[2]s%[3]s，但所列%[4]d项原因的增减额合计为%[5]s%[6]s",

	// reconcile: unit slips (text_unitslip.go)
	"slip.total":   "各分项合计与合计数%s相符",
	"slip.balance": "%s = %s",
	"slip.matches": "与%s（%s）相符",
	"slip.larger":  "大",
	"slip.smaller": "小",
	"slip.bad":     "%[1]s疑为单位错误，比应有数%[2]s1万倍：读作%[4]s（%[5]s%[6]s）时才%[3]s",

	// reconcile: report year (text_year.go)
	"year.title":    "表名所写年度为%d年，但本报告为%d年%s",
	"year.phrase":   "%q所写年度为%d年，但本报告为%d年%s",
	"year.asof":     "截至%s不像是%d年%s应有的时点",
	"year.asof.end": "截至%s：%d年%s应以%d年末为时点，而非%d年",
	"year.sentence": "句中所称为%[1]s，但其%[2]s %[3]s是%[5]s中的%[4]d年数",
	"year.compare":  "此数与%d年比较，但同一部分其他各数均与%d年比较",
	"year.cell":     "“%s”此处标为%d年，但表中其他单元格标为报告年度%d年",

	// reconcile: performance self-evaluation sheets (selfeval.go, selfeval_overall.go)
	"se.heading":      "（%s）",
	"se.sources":      "%[1]s%[2]s为%[3]s，但其资金来源（%[4]s）合计为%[5]s，勾稽不符",
	"se.rate":         "%[1]s为%[2]s%%，但%[3]s %[4]s ÷ %[5]s %[6]s = %[7]s%%",
	"se.scores":       "总分（%[1]s）为%[2]s，但%[3]d个评分指标的%[4]s合计为%[5]s",
	"se.weight":       "%[1]s的得分%[2]s超过其分值%[3]s",
	"se.copied":       "%[2]s的%[1]s在其自评表中为%[3]s，与%[4]s的自评表（第%[5]d页）相同，但项目自评综述中为%[6]s",
	"se.summary":      "%[2]s的%[1]s文中为%[3]s，但其自评表中为%[4]s（%[5]s）",
	"seo.sheet":       "部门整体绩效自评表",
	"seo.rowin":       "%[2]s中的%[1]s",
	"seo.is":          "为%s",
	"seo.addup":       "合计为%s",
	"seo.unaccounted": "%[1]s（%[2]s）为%[3]s，但%[5]s中本年支出合计为%[4]s，表中没有哪项任务能解释差额：该表可能未计入全部财政拨款",
	"seo.task":        "%[1]s（%[2]s）在%[4]s中为%[3]s，但%[5]s%[6]s",
	"seo.total":       "%[1]s（%[2]s）在%[4]s中为%[3]s，但%[6]s中本年支出合计为%[5]s（差额来自%[7]s）",

	// cmd/gouji
	"cli.lang.bad": "--lang：%s",
}
