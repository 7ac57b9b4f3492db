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

	// reconcile: a document that is no report (not_a_report.go)
	"report.not": "本文件不像部门预算或部门决算：既没有其标准表格，也没有其常用词（%s），因此未核对任何内容；请确认是否选对了文件",

	// cmd/gouji
	"cli.lang.bad": "--lang：%s",

	// cmd/gouji: inputs, flag values, summary (inputs.go, flags.go,
	// flag_values.go, summary.go)
	"cli.noreport":          "没有找到报告：%s（gouji 读取 %s 文件）",
	"cli.noreport.skipped":  "；跳过了 %d 个无法读取的文件，如 %s",
	"cli.stdin.list":        "标准输入的文件列表",
	"cli.shard.empty":       "分片 %d/%d 没有报告（共 %d 个报告）",
	"cli.stdin.pdf":         "标准输入是一个 PDF 文件：请给出文件名（gouji check 文件.pdf）；“-” 读取的是文件名列表",
	"cli.stdin.binary":      "标准输入不是文件名列表（含二进制数据）",
	"cli.stdin.nul":         "标准输入含 NUL 字符：find -print0 的列表请加 --null",
	"cli.stdin.read":        "读取标准输入的文件列表出错：%v",
	"cli.duration.unit":     "时长须带单位，如 %[1]ss、%[1]sm",
	"cli.duration.bad":      "无法识别的时长（如 90s、2m）",
	"cli.positive":          "须大于 0",
	"cli.number":            "不是整数",
	"cli.summary.skipcount": "，跳过 %d 个",
	"cli.summary.skipped":   "跳过（gouji 不读取）：%s",

	// cmd/gouji: -o, --format html and csv, gouji serve (output.go,
	// format_html.go, serve.go)
	"out.dir":            "%s 是目录，不能写入报告",
	"out.input":          "%s 是待核对的文件，不能用报告覆盖",
	"out.write":          "无法写入报告 %s：%v",
	"serve.listening":    "gouji serve：在 %s 提供服务（按 Ctrl+C 停止）",
	"serve.exposed":      "注意：%s 不是本机回环地址，网络中其他计算机也能访问并上传文件",
	"serve.inputs":       "serve 不接受文件参数（收到 %q）",
	"serve.limits":       "--max-upload、--max-files、--jobs 和 --timeout 须大于 0",
	"serve.nofiles":      "没有收到文件：请在表单字段 file 中上传一个或多个文件",
	"serve.notmultipart": "请求不是 multipart/form-data 格式的文件上传",
	"serve.malformed":    "上传内容格式有误：%v",
	"serve.toolarge":     "上传内容超过 %d MB 的上限",
	"serve.toomany":      "一次最多上传 %d 个文件",
	"serve.empty":        "文件 %s 是空的",
	"serve.badmode":      "未知的核对方式 %q（应为 one 或 each）",
	"serve.method":       "此地址只接受 POST 请求",
	"serve.cancelled":    "请求已取消",
	"serve.unnamed":      "上传文件%d",
}
