package reconcile

import (
	"strings"
	"testing"

	"github.com/gouji/gouji/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Each narrative rule on a small document: as written it holds; with one
// figure edited it gives exactly one finding, with the claimed and the
// expected figure.

// narr runs every rule on a text document and returns its narrative
// findings above Info as "rule severity claimed→expected".
func narr(t *testing.T, text string) []string {
	t.Helper()
	return narrLevel(t, text, Warning)
}

// narrLevel is narr with the lowest severity to keep. The documents are
// mostly narrative without tables: tables-elsewhere, which says so, is
// left out (TestTablesElsewhere tests it).
func narrLevel(t *testing.T, text string, min Severity) []string {
	t.Helper()
	doc, err := extract.ReadText("t.txt", strings.NewReader(text))
	require.NoError(t, err)
	res := Check(doc, Analyzers())
	require.Empty(t, res.Errors)
	var out []string
	for _, f := range res.Findings {
		if isNarrativeRule(f.Rule) && f.Rule != TablesElsewhere.Name && f.Severity >= min {
			out = append(out, f.Rule+" "+f.Severity.String()+" "+f.Claimed+"→"+f.Expected)
		}
	}
	return out
}

// narrLines is narr on a document whose paragraphs are the given lines,
// as a PDF's line breaks leave them (the text reader would rejoin them).
func narrLines(t *testing.T, lines []string) []string {
	t.Helper()
	d := &extract.Document{}
	for _, l := range lines {
		d.Blocks = append(d.Blocks, extract.Block{Paragraph: &extract.Paragraph{Page: 1, Text: l}})
	}
	res := Check(d, Analyzers())
	require.Empty(t, res.Errors)
	var out []string
	for _, f := range res.Findings {
		if isNarrativeRule(f.Rule) && f.Severity >= Warning {
			out = append(out, f.Rule+" "+f.Severity.String()+" "+f.Claimed+"→"+f.Expected)
		}
	}
	return out
}

// doc wraps paragraphs under a final account's title.
func doc(paras ...string) string {
	return "2024年度测试局部门决算\n\n" + strings.Join(paras, "\n\n") + "\n"
}

// general05 is a 公开05表 printed in 元, and the narrative that states its
// figures in 万元; the 项 name carries a one-character slip (事物 for 事务).
const general05 = `2024年度测试局部门决算

一般公共预算财政拨款支出决算表

公开05表
金额单位：元

项目		本年支出		
功能分类科目编码	科目名称	小计	基本支出	项目支出
合计		1,234,500.00	1,000,000.00	234,500.00
201	一般公共服务支出	1,234,500.00	1,000,000.00	234,500.00
20113	商贸事务	1,234,500.00	1,000,000.00	234,500.00
2011301	行政运行	1,000,000.00	1,000,000.00	
2011399	其他商贸事务支出	234,500.00		234,500.00

五、一般公共预算财政拨款支出决算情况说明

2024年度一般公共预算财政拨款支出123.45万元，主要用于以下方面：一般公共服务（类）支出123.45万元，占100%。

1、一般公共服务（类）商贸事务（款）其他商贸事物支出（项）。

年初预算为0万元，支出决算为23.45万元。
`

func TestTextTableRule(t *testing.T) {
	assert.Empty(t, narr(t, general05))
	// The 项 amount edited: compared with 234,500.00元 shifted into 万元.
	assert.Equal(t, []string{"text-vs-table error 23.54→23.45"},
		narr(t, strings.Replace(general05, "支出决算为23.45万元", "支出决算为23.54万元", 1)))
	// The 类 amount edited: it no longer matches its row, and as the
	// sentence's only part it now exceeds the total it is part of.
	assert.Equal(t, []string{"items-total error 123.45→123.54", "text-vs-table error 123.54→123.45"},
		narr(t, strings.Replace(general05, "（类）支出123.45万元", "（类）支出123.54万元", 1)))
	// The total in 元 written as 万元: a unit slip, not a plain mismatch
	// (the share of its 类 in it is broken too).
	assert.Equal(t, []string{"unit-slip error 1234500→123.45", "share error 100→0"},
		narr(t, strings.Replace(general05, "支出123.45万元，主要", "支出1234500万元，主要", 1)))
}

// A statement total and a 三公 figure of the seed, each edited once.
func TestTextTableSeedEdits(t *testing.T) {
	text := editLine(t, seedText(t), 451, "财政拨款收入5662.95万元", "财政拨款收入5662.59万元")
	fs := edited(t, text)
	require.Len(t, fs, 1)
	assert.Equal(t, "text-vs-table", fs[0].Rule)
	assert.Equal(t, "5662.59", fs[0].Claimed)
	assert.Equal(t, "5662.95", fs[0].Expected)
	assert.Equal(t, "收入决算表（公开02表）", fs[0].Evidence[1].Table)
	assert.Equal(t, "财政拨款收入", fs[0].Evidence[1].Column)
	assert.Equal(t, 451, fs[0].Line)

	n := 0
	lines := strings.Split(seedText(t), "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "公务接待费支出预算为26万元") {
			n = i + 1
		}
	}
	require.NotZero(t, n)
	// 预算 is compared with the 预算数 column of 公开07表; the completion
	// rate of the same sentence no longer holds either.
	fs = edited(t, editLine(t, seedText(t), n, "预算为26万元", "预算为28万元"))
	assert.Equal(t, []string{"completion", "text-vs-table"}, rules(fs))
	for _, f := range fs {
		if f.Rule == "text-vs-table" {
			assert.Equal(t, "28→26.00", f.Claimed+"→"+f.Expected)
			assert.Equal(t, "预算数/公务接待费", f.Evidence[1].Column)
		}
	}
}

func TestShareRule(t *testing.T) {
	text := doc("本年支出合计5662.95万元，其中：基本支出2877.36万元，占50.8%；项目支出2785.59万元，占49.2%。")
	assert.Empty(t, narr(t, text))
	assert.Equal(t, []string{"share error 51.8→50.8"}, narr(t, strings.Replace(text, "50.8%", "51.8%", 1)))
	// 243 / 435 = 55.86%: printed 55.8% it is right only if truncated.
	assert.Equal(t, []string{"share warning 55.8→55.9"},
		narr(t, doc("全年新签约项目435个，同比增加44个，其中先进制造业项目243个，占比55.8%，投资额516.4亿元。")))
}

// A whole named, not printed, is the tables' figure of the name; one
// smaller than the part cannot be it (central-xfj-2024-final p26).
func TestShareWholeFromTable(t *testing.T) {
	text := general05 + "\n组织对一般公共预算项目支出全面开展绩效自评，共涉及资金23.45万元，占一般公共预算项目支出总额的100%。\n"
	assert.Empty(t, narr(t, text))
	assert.Equal(t, []string{"share error 100→85"}, narr(t, strings.Replace(text, "共涉及资金23.45万元", "共涉及资金20.00万元", 1)))
	assert.Empty(t, narr(t, strings.Replace(text, "共涉及资金23.45万元", "共涉及资金51.06万元", 1)))
	// As large as the whole but said to be 90% of it: the whole meant is
	// another figure, or the percent is wrong — not checked.
	assert.Empty(t, narr(t, strings.Replace(text, "总额的100%", "总额的90%", 1)))
}

// The last share of a partition one step off so that the printed shares
// add up to 100% is a warning (chongqing-swu-2023-budget p11: 93,801.70 /
// 557,259.13 is 16.83%, printed 16.84%).
func TestShareToHundred(t *testing.T) {
	text := doc("我校2023年收入预算557,259.13万元，其中：财政拨款收入230,876.38万元，占41.43%；事业收入122,342.73万元，占21.95%；其他收入50,265.53万元，占9.02%；使用非财政拨款结余59,972.79万元，占10.76%；上年结转93,801.70万元，占16.83%。")
	assert.Empty(t, narr(t, text))
	assert.Equal(t, []string{"share warning 16.84→16.83"}, narr(t, strings.Replace(text, "16.83%", "16.84%", 1)))
	assert.Equal(t, []string{"share error 16.85→16.83"}, narr(t, strings.Replace(text, "16.83%", "16.85%", 1)))
}

func TestCompletionRule(t *testing.T) {
	text := doc("年初预算为1529.61万元，支出决算为1626.89万元，完成年初预算的106.4%。")
	assert.Empty(t, narr(t, text))
	assert.Equal(t, []string{"completion error 116.4→106.4"}, narr(t, strings.Replace(text, "106.4%", "116.4%", 1)))
	// The rate of another budget of the sentence: the words name the
	// wrong base (putuo-shgzb-2024-final).
	assert.Equal(t, []string{"completion warning 95.89→"}, narr(t, doc("一般公共预算财政拨款支出年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成年初预算的95.89%。")))
	// A budget not printed is the table's: 公务接待费 预算数 26.00 in 公开07表.
	n := 0
	lines := strings.Split(seedText(t), "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "公务接待费支出预算为26万元") {
			n = i + 1
		}
	}
	require.NotZero(t, n)
	fs := edited(t, editLine(t, seedText(t), n, "公务接待费支出预算为26万元，", "公务接待费支出"))
	assert.Empty(t, fs, "the rate still holds against the table's 预算数")
	fs = edited(t, editLine(t, seedText(t), n, "公务接待费支出预算为26万元，支出决算为22.72万元，完成预算的87.38%", "公务接待费支出决算为22.72万元，完成预算的88.38%"))
	require.Len(t, fs, 1)
	assert.Equal(t, "completion 88.38→87.38", fs[0].Rule+" "+fs[0].Claimed+"→"+fs[0].Expected)
}

func TestChangeRule(t *testing.T) {
	text := doc("2024年度收、支总计5799.97万元。与上年相比，减少264.17万元，减少4.4%，主要是因为专项资金减少。")
	assert.Empty(t, narr(t, text))
	// The previous year is 5799.97 + 264.17 = 6064.14: 4.4%, not 4.6%.
	assert.Equal(t, []string{"change error 4.6→4.4"}, narr(t, strings.Replace(text, "减少4.4%", "减少4.6%", 1)))
	// Printed previous and current: the delta and the direction are
	// checked against them.
	both := doc("2023年当年预算执行数为348.52万元，2024年预算安排350.35万元，比2023年预算执行数增加0.53%。")
	assert.Empty(t, narr(t, both))
	assert.Equal(t, []string{"change error 0.63→0.53"}, narr(t, strings.Replace(both, "0.53%", "0.63%", 1)))
	assert.Equal(t, []string{"change error 350.35→"}, narr(t, strings.Replace(both, "增加0.53%", "减少0.53%", 1)))
	// The previous figure printed after 比 is the base, not the current
	// figure (beijing-sfj-2026-narrative p7).
	base := doc("2026年支出预算29956.27万元，比2025年年初预算数28479.84万元增加1476.43万元，增长5.18%。")
	assert.Empty(t, narr(t, base))
	assert.Equal(t, []string{"change error 1476.73→1476.43"}, narr(t, strings.Replace(base, "1476.43", "1476.73", 1)))
	assert.Equal(t, []string{"change error 5.28→5.18"}, narr(t, strings.Replace(base, "5.18%", "5.28%", 1)))
}

func TestItemsTotalRule(t *testing.T) {
	text := doc("（15）经分管市长批准财政直拨甲协会10万元招商引资经费，直拨天元区、芦淞区、茶陵县各30万元真抓实干奖励资金，直拨乙公司50万元专项资金。合计150万元。")
	assert.Empty(t, narr(t, text))
	assert.Equal(t, []string{"items-total error 190→150"}, narr(t, strings.Replace(text, "合计150万元", "合计190万元", 1)))
	// Items in 元 and 万元 under one total.
	mixed := doc("资金使用情况：住宿费3000元，餐费2000元，临时性补贴1.5万元，合计2万元。")
	assert.Empty(t, narr(t, mixed))
	assert.Equal(t, []string{"items-total error 2.5→2.0"}, narr(t, strings.Replace(mixed, "合计2万元", "合计2.5万元", 1)))
	// Parts that name every part of a partition (货物, 工程, 服务) must add up.
	procurement := doc("2024年度政府采购支出总额686.42万元，其中：政府采购货物支出125.7万元、政府采购工程支出0万元、政府采购服务支出560.72万元。")
	assert.Empty(t, narr(t, procurement))
	assert.Equal(t, []string{"items-total error 686.42→676.42"}, narr(t, strings.Replace(procurement, "125.7万元", "115.7万元", 1)))
	// Of-which parts may leave some out, not exceed the total.
	ofWhich := doc("资金使用情况：本次两场活动共支出438417元。其中：投洽会活动支出132436.08元，恳谈会活动支出305980.9元。")
	assert.Empty(t, narr(t, ofWhich))
	assert.Equal(t, []string{"items-total error 438400→438416.98"}, narr(t, strings.Replace(ofWhich, "438417元", "438400元", 1)))
	assert.Equal(t, []string{"items-total warning 438416→438416.98"}, narr(t, strings.Replace(ofWhich, "438417元", "438416元", 1)),
		"the sum truncated")
	// A 其中 after an enumeration closed by ； is of the figure the
	// enumeration parts, and the figures after an item's colon are that
	// item's parts (chongqing-ghzy-2026-budget p6).
	enum := doc("政府采购预算总额110,390.99万元：政府采购货物预算6,005.76万元、政府采购工程预算6,599.5万元、政府采购服务预算97,785.73万元；其中一般公共预算拨款政府采购50,106.43万元：政府采购货物预算664.38万元、政府采购工程预算0万元、政府采购服务预算49,442.05万元。")
	assert.Empty(t, narr(t, enum))
	assert.Equal(t, []string{"items-total error 110390.99→120106.43"}, narr(t, strings.Replace(enum, "50,106.43", "120,106.43", 1)))
	// Main parts (其中主要…为) need not name every part, even with an
	// 其他… item; they may still not exceed the total
	// (changchun-xfj-2026-budget p18).
	main := doc("2026年机关运行经费预算总计211万元，其中主要支出为办公费34.82万元，差旅费10万元，其他商品和服务支出12.58万元，取暖费23.37万元等。")
	assert.Empty(t, narr(t, main))
	assert.Equal(t, []string{"items-total error 211→220.77"}, narr(t, strings.Replace(main, "差旅费10万元", "差旅费150万元", 1)))
	// Without 主要 the 其他… item makes the list whole.
	assert.Equal(t, []string{"items-total error 211→80.77"}, narr(t, strings.Replace(main, "其中主要支出为", "其中：", 1)))
	// A line break after the item's heading cuts 年初预算 off its figure
	// (each line a paragraph, as a PDF gives them); the budget is still
	// not a part of the final account's total (central-xfj-2024-final p21).
	broken := []string{"2024年度测试局部门决算",
		"2024年度财政拨款支出年初预算为110.00万元，支出决算为100.50万元，完成年初预算的91.36%。其中：",
		"1.教育（类）进修及培训（款）培训支出（项）。年初预算",
		"为70.00万元，支出决算为60.20万元，完成年初预算的86%。",
		"2.一般公共服务（类）信访事务（款）信访业务（项）。年",
		"初预算为40.00万元，支出决算为40.30万元，完成年初预算的100.75%。"}
	assert.Empty(t, narrLines(t, broken))
	broken[3] = strings.Replace(broken[3], "60.20", "60.30", 1)
	assert.Equal(t, []string{"items-total error 100.50→100.60"}, narrLines(t, broken))
}

func TestBalanceRule(t *testing.T) {
	text := doc("5. 年中追加项目“轨博会专项资金”，金额5.35万元，实际支出5.33万元，结余结转0.02万元。")
	assert.Empty(t, narr(t, text))
	assert.Equal(t, []string{"balance error 0.2→0.02"}, narr(t, strings.Replace(text, "0.02万元", "0.2万元", 1)))
	// 上年结转 + 本年追加 = 合计, and 合计 − 实际支出 = 结转.
	run := doc("资金使用情况：上年结转38.56万元，本年追加240万元，合计278.56万元，实际支出261.8万元，结转16.76万元。")
	assert.Empty(t, narr(t, run))
	assert.Equal(t, []string{"balance error 287.56→278.56"}, narr(t, strings.Replace(run, "合计278.56", "合计287.56", 1)))
	// A gap the text explains (5万元 transferred out) is information only.
	explained := doc("资金使用情况：上年结转46.18万元，本年追加79万元，合计125.18万元，其中有财政划转至科协5万元驻沪招商联络处的先进工作经费到。实际支出113.38万元，结转6.8万元。")
	assert.Empty(t, narr(t, explained))
	assert.Equal(t, []string{"balance info 6.8→11.8"}, narrLevel(t, explained, Info)[:1])
}

func TestCountTotalRule(t *testing.T) {
	text := doc("截至2024年12月31日，共有车辆8辆，其中，主要机要通信用车2辆、应急保障用车1辆、其他用车5辆。")
	assert.Empty(t, narr(t, text))
	// Counts are exact: 2 + 1 + 6 is 9, and 8 is not 8.5.
	assert.Equal(t, []string{"count-total error 8→9"}, narr(t, strings.Replace(text, "其他用车5辆", "其他用车6辆", 1)))
	// Overlapping categories of one total are not flagged.
	assert.Empty(t, narr(t, doc("共有30个重大招商项目现场集中签约，其中：先进制造业项目19个、产业链配套项目21个、数字经济项目6个。")))
}

func TestComparisonRule(t *testing.T) {
	text := doc("1、一般公共服务（类）商贸事务（款）行政运行（项）。", "年初预算为1529.61万元，支出决算为1626.89万元，决算数大于年初预算数的主要原因是：追加了绩效奖。")
	assert.Empty(t, narr(t, text))
	assert.Equal(t, []string{"comparison error 1426.89→1529.61"}, narr(t, strings.Replace(text, "1626.89", "1426.89", 1)))
	assert.Equal(t, []string{"comparison warning 1529.61→1529.61"}, narr(t, strings.Replace(text, "1626.89", "1529.61", 1)))
}

func TestRestatedRule(t *testing.T) {
	a := "目前，中国动力谷（北京）会客厅已接触项目50余个，举办私董会6场，带客商回株考察7批次，接待株洲来访北京招商活动40余次。"
	b := "2024年，中国动力谷（北京）会客厅接触项目50余个，举办私董会6场，带客商回株考察7批次，接待株洲到访北京招商活动40余次。"
	assert.Empty(t, narr(t, doc(a, b)))
	assert.Equal(t, []string{"restated error 7→6"}, narr(t, doc(a, strings.Replace(b, "私董会6场", "私董会7场", 1))))
	// The seed tells project 7's and project 8's results in the same words;
	// a figure edited in one copy shows.
	fs := edited(t, editLine(t, seedText(t), 935, "累计 874 万美元", "累计 884 万美元"))
	require.Len(t, fs, 1)
	assert.Equal(t, "restated", fs[0].Rule)
	assert.Equal(t, "884→874", fs[0].Claimed+"→"+fs[0].Expected)
	assert.Equal(t, 935, fs[0].Line)
	assert.Equal(t, 921, fs[0].Evidence[1].Line)
	// A formula filled in twice is not a copy.
	assert.Empty(t, narr(t, doc("2023年当年预算执行数为0.00万元，2024年预算安排25.00万元，比2023年预算执行数增加100.00%。",
		"2023年当年预算执行数为15.00万元，2024年预算安排30.00万元，比2023年预算执行数增加100.00%。")))
	// A formula filled in for two indicators changes most of its figures:
	// not a restatement (central-xfj-2024-final p48); a copy that keeps
	// most of them and changes one is.
	score := doc("（一）项目决策情况", "立项程序较为规范。该指标分值20分，得分17.90分，得分率89.50%。",
		"（二）项目过程情况", "制度执行总体有效。该指标分值20分，得分17.99分，得分率89.95%。")
	assert.Empty(t, narr(t, score))
	assert.Equal(t, []string{"restated error 17.99→17.90"}, narr(t, strings.Replace(score, "89.95%", "89.50%", 1)))
	// The same words under two 项 of a list name nothing themselves: a
	// formula filled in twice, though two of three figures agree
	// (putuo-wanli-2023-budget p8); under one 项 they are a copy.
	items := doc("2. “一般公共服务支出（类）统计信息事务（款）专项普查活动（项）”60.13万元，主要用于统计管理。2022年当年预算执行数为0万元，2023年预算安排60.13万元，比2022年预算执行数增加100.00%。",
		"17. “社会保障和就业支出（类）行政事业单位养老支出（款）其他行政事业单位养老支出（项）”0.31万元，主要用于其他行政事业单位养老支出。2022年当年预算执行数为0万元，2023年预算安排0.31万元，比2022年预算执行数增加100.00%。")
	assert.Empty(t, narr(t, items))
	assert.Equal(t, []string{"restated error 0.31→60.13"}, narr(t, strings.Replace(items, "社会保障和就业支出（类）行政事业单位养老支出（款）其他行政事业单位养老支出（项）", "一般公共服务支出（类）统计信息事务（款）专项普查活动（项）", 1)))
	// Two different meetings are not one fact.
	assert.Empty(t, narr(t, doc("召开三类会议甲座谈会，人数30人，经费支出为会务用餐0.12万元。", "召开三类会议乙座谈会，人数14人，经费支出为会务用餐0.06万元。")))
}

func TestUnitSlipRule(t *testing.T) {
	text := doc("资金使用情况：住宿费374068.58元，餐费115000元，临时性补贴145800元，核酸检测费用2835元，隔离酒店春节慰问的11199.82元。合计648903.4元。")
	assert.Empty(t, narr(t, text))
	assert.Equal(t, []string{"unit-slip error 11199.82→1.119982"}, narr(t, strings.Replace(text, "11199.82元", "11199.82万元", 1)))
	// A balance term in 元 written as 万元.
	bal := doc("金额112万元，实际支出1118300万元，结余0.17万元。")
	assert.Equal(t, []string{"unit-slip error 1118300→111.83"}, narr(t, bal))
}

func TestReportYearRule(t *testing.T) {
	text := doc("截至2024年12月31日，共有车辆2辆，其中，应急保障用车1辆、其他用车1辆。")
	assert.Empty(t, narr(t, text))
	assert.Equal(t, []string{"report-year error 2023→2024"}, narr(t, strings.Replace(text, "截至2024年", "截至2023年", 1)))
	// A budget of 2024 is stated during 2023.
	budget := "2024年测试局部门预算\n\n截至2023年8月31日，共有车辆2辆，其中，应急保障用车1辆、其他用车1辆。\n"
	assert.Empty(t, narr(t, budget))
	assert.Equal(t, []string{"report-year error 2022→2023"}, narr(t, strings.Replace(budget, "截至2023年8月31日", "截至2022年12月31日", 1)))
	// A title naming another year.
	assert.Equal(t, []string{"report-year error 2023→2024"}, narr(t, doc("第三部分2023年度部门决算情况说明")))
	assert.Empty(t, narr(t, doc("与2023年度部门决算相比，本年收支总计减少。")))

	// A sentence opening with another year while stating this year's
	// table figure (the seed's 说明一).
	fs := edited(t, editLine(t, seedText(t), 447, "2021年度收、支总计", "2020年度收、支总计"))
	require.Len(t, fs, 1)
	assert.Equal(t, "report-year", fs[0].Rule)
	assert.Equal(t, "2020→2021", fs[0].Claimed+"→"+fs[0].Expected)
	assert.Equal(t, "收入支出决算总表（公开01表）", fs[0].Evidence[1].Table)
}

// Classification names are matched through former names and one-character
// slips, never through a report's own spelling.
func TestClassNames(t *testing.T) {
	assert.Equal(t, "卫生健康支出", nameKey("医疗卫生与计划生育支出（类）"))
	assert.Equal(t, matchTypo, matchName("其他商贸事物支出", "其他商贸事务支出"))
	assert.Equal(t, matchExact, matchName("行政事业单位离退休（款）", "行政事业单位养老支出"))
	assert.Equal(t, matchNone, matchName("事业单位医疗", "行政单位医疗"), "two characters apart: another row")
	assert.Equal(t, matchNone, matchName("教育支出", "外交支出"))
	assert.Equal(t, matchNone, matchName("抚恤", "抚慰"), "too short to call a slip")

	text := `2024年度测试局部门决算

一般公共预算财政拨款支出决算表

公开05表
金额单位：万元

项目		本年支出		
功能分类科目编码	科目名称	小计	基本支出	项目支出
合计		101.79	101.79	
210	卫生健康支出	101.79	101.79	
21011	行政事业单位医疗	101.79	101.79	
2101101	行政单位医疗	70.34	70.34	
2101102	事业单位医疗	31.45	31.45	

五、一般公共预算财政拨款支出决算情况说明

1、医疗卫生与计划生育支出（类）行政事业单位医疗（款）事业单位医疗（项）。

年初预算32.09万元，支出决算为31.45万元，完成年初预算的98.0%。
`
	assert.Empty(t, narr(t, text))
	assert.Equal(t, []string{"text-vs-table error 31.54→31.45", "completion error 98.0→98.3"},
		narr(t, strings.Replace(text, "支出决算为31.45万元", "支出决算为31.54万元", 1)))
}

// Two passages that list the same classes for different funds — all of the
// department's spending, then its 财政拨款 — state different facts
// (hangzhou-qxj-2026 p5: 自然资源海洋气象等支出 5,371.48 and 5,247.87); the
// same passage restated under one fund with a figure changed is reported.
func TestRestatedKeepsFundsApart(t *testing.T) {
	const text = `2026年测试局部门预算

（三）支出预算情况说明

按支出功能分类，包括科学技术支出28.00万元、社会保障和就业支出396.67万元、卫生健康支出80.52万元、自然资源海洋气象等支出5,371.48万元。

（四）财政拨款收支预算情况的总体说明

支出包括：科学技术支出28.00万元、社会保障和就业支出396.67万元、卫生健康支出80.52万元、自然资源海洋气象等支出5,247.87万元。
`
	assert.Empty(t, narr(t, text))
	same := strings.Replace(text, "（四）财政拨款收支预算情况的总体说明", "（四）支出预算情况的总体说明", 1)
	assert.Equal(t, []string{"restated error 5247.87→5371.48"}, narr(t, same))
}

// A share below 100% whose whole, looked up by name, is the part itself
// (the 财政拨款 statement's 本年支出合计 for "财政拨款预算支出…占本年支出合计
// 的99.92%", jiangsu-procuratorate-2017 p20) has another whole: it is not
// checked against that one.
func TestShareWholeIsNotThePart(t *testing.T) {
	const text = `2017年测试院部门预算

六、财政拨款收支预算总表情况说明

本院2017年财政拨款预算支出100.00万元，占本年支出合计的99.92%。

财政拨款收支预算总表

单位：万元

收入		支出	
项目	预算数	项目	预算数
一、一般公共预算拨款	100.00	一、公共安全支出	100.00
本年收入合计	100.00	本年支出合计	100.00
`
	assert.Empty(t, narr(t, text))
}

// An amount introduced by 涉及 is the money a group of projects involves,
// not the department's figure of that name (central-xfj-2024 p27).
func TestInvolvedAmountIsNotATableFigure(t *testing.T) {
	const text = `2024年度测试局部门决算

一般公共预算财政拨款支出决算表

单位：万元

项目		本年支出		
功能分类科目编码	科目名称	小计	基本支出	项目支出
合计		500.00	300.00	200.00
201	一般公共服务支出	500.00	300.00	200.00

本局组织对“信息化运行维护费”等3个项目开展了部门评价，涉及一般公共预算支出163.34万元。

本局2024年一般公共预算支出500.00万元。
`
	assert.Empty(t, narr(t, text))
	assert.Equal(t, []string{"text-vs-table error 510.00→500.00"}, narr(t, strings.Replace(text, "一般公共预算支出500.00万元", "一般公共预算支出510.00万元", 1)))
}

// The 三公 whole of a share is the 三公 total, not the table's 合计 that
// adds 会议费 and 培训费; a 三公 table whose title does not say 预算 or 决算
// (its 表 printed on the line below, jiangsu-npc-2017 p20) prints the
// report's own kind of figures.
func TestShareOfSanGongTotal(t *testing.T) {
	const text = `2017年测试办部门预算

单位：万元

合计	“三公”经费				会议费	培训费
	小计	因公出国（境）费	公务用车购置及运行维护费	公务接待费		
2,542.60	833.60	222.50	183.60	427.50	1,305.25	403.75

十一、“三公”经费预算情况说明

本办2017年度“三公”经费预算支出中，因公出国（境）费支出222.5万元，占“三公”经费的26.69%；公务接待费支出427.5万元，占“三公”经费的51.28%。
`
	assert.Empty(t, narr(t, text))
	assert.Equal(t, []string{"share error 8.75→26.69"}, narr(t, strings.Replace(text, "26.69%", "8.75%", 1)))
}

// A whole named, not in the tables, is the amount its paragraph states
// for that name before the share (changchun-xfj-2026 p19).
func TestShareWholeStatedBefore(t *testing.T) {
	text := doc("本单位固定资产总量为4295.98万元，房屋和构筑物3773.63万元，占固定资产总额的87.84%；设备335.24万元，占固定资产总额的7.80%；无形资产15万元占固定资产总额的0.35%。")
	assert.Empty(t, narr(t, text))
	assert.Equal(t, []string{"share error 7.90→7.80"}, narr(t, strings.Replace(text, "7.80%", "7.90%", 1)))
}

// Shares that name no whole and add up to 100% divide the sum of their
// parts (hangzhou-qxj-2026 p5: 2,906.80 / 5,876.68 is 49.46%).
func TestShareOfPartition(t *testing.T) {
	text := doc("按支出用途分类，包括人员支出2,906.80万元，占49.5%；日常公用支出838.27万元，占14.3%；项目支出2,131.61万元，占36.3%。")
	assert.Empty(t, narr(t, text))
	assert.Equal(t, []string{"share warning 49.4→49.5"}, narr(t, strings.Replace(text, "49.5%", "49.4%", 1)))
	// Two shares swapped still add up to 100%: both are wrong. (A share
	// edited alone breaks the sum, and the whole is then unknown.)
	swapped := strings.NewReplacer("占14.3%", "占36.3%", "占36.3%", "占14.3%").Replace(text)
	assert.Equal(t, []string{"share error 36.3→14.3", "share error 14.3→36.3"}, narr(t, swapped))
	assert.Empty(t, narr(t, strings.Replace(text, "占49.5%", "占39.5%", 1)))
}

// A 支出表 that prints a single unlabelled line of figures prints its
// totals there (jiangsu-procuratorate-2017 p11); an amount that follows
// 增加 in its clause is a change, not the figure (jiangsu-npc-2017 p23).
func TestSpendingPartOfSingleLineTable(t *testing.T) {
	const text = `2017年测试院部门预算

支出预算总表

单位：万元

合计	基本支出	项目支出
17,856.48	12,323.48	5,533.00

三、支出预算情况说明

本院2017年基本支出预算数为12323.48万元，项目支出预算数为5533万元。主要原因是政策性增资等原因，增加基本支出844.15万元。
`
	assert.Empty(t, narr(t, text))
	assert.Equal(t, []string{"text-vs-table error 12323.46→12323.48"}, narr(t, strings.Replace(text, "预算数为12323.48", "预算数为12323.46", 1)))
}

// 会议费 and 培训费 printed beside the 三公 items are read from the 三公
// table, shifted from 元 (xian-kjj-2022 p35: 294400元 is 29.44万元).
func TestMeetingAndTrainingFromSanGongTable(t *testing.T) {
	const text = `2022年测试局部门预算

一般公共预算拨款“三公”经费、会议费、培训费表

单位：元

合计	三公经费				会议费	培训费
	小计	因公出国（境）费	公务用车购置及运行维护费	公务接待费		
1,005,250.00	126,300.00	0.00	75,000.00	51,300.00	584,550.00	294,400.00

八、“三公”经费、会议费、培训费情况说明

2022年会议费预算58.46万元。2022年培训费预算29.44万元。
`
	assert.Empty(t, narr(t, text))
	assert.Equal(t, []string{"text-vs-table error 29.45→29.44"}, narr(t, strings.Replace(text, "29.44万元", "29.45万元", 1)))
}

// A 项 named with its 款's name before its own is that 项; an amount that
// is the figure of the row above it is a warning: the sentence names the
// wrong level (jiangsu-npc-2017 p26).
func TestClassNamedWithItsParent(t *testing.T) {
	text := strings.Replace(general05, "1、一般公共服务（类）商贸事务（款）其他商贸事物支出（项）。\n\n年初预算为0万元，支出决算为23.45万元。",
		"1. 商贸事务行政运行（项）支出100.00万元。", 1)
	assert.Empty(t, narr(t, text))
	assert.Equal(t, []string{"text-vs-table error 100.10→100.00"}, narr(t, strings.Replace(text, "支出100.00万元", "支出100.10万元", 1)))
	assert.Equal(t, []string{"text-vs-table warning 123.45→100.00"}, narr(t, strings.Replace(text, "支出100.00万元", "支出123.45万元", 1)))
}

// A change stated on a basis of its own (按…口径, 同口径) is not a change of
// the headline figure of the sentence before (jiangsu-court-2017-budget
// p24): without a base printed after the basis phrase it is not checked;
// with one, it is checked against that.
func TestChangeOnOwnBasis(t *testing.T) {
	text := doc("2017年本部门机关运行经费预算支出9193.40万元，比2016年增加5503.07万元，增长149.12%。" +
		"按与上年统计口径一致相比，本年比上年减少161.96万元，下降了4.39%。")
	assert.Empty(t, narr(t, text))
	assert.Equal(t, []string{"change error 149.42→149.12"}, narr(t, strings.Replace(text, "149.12", "149.42", 1)))
	printed := doc("2017年本部门机关运行经费预算支出9193.40万元。按同口径计算，本年支出3527.50万元，比上年减少161.96万元，下降了4.39%。")
	assert.Empty(t, narr(t, printed))
	assert.Equal(t, []string{"change error 4.49→4.39"}, narr(t, strings.Replace(printed, "4.39%", "4.49%", 1)))
}

// When a change's amount and percent disagree on a base that is current ∓
// amount, a slip of one digit in the amount that the percent explains
// blames the amount (jiangsu-court-2018-budget p19); otherwise the
// percent is blamed.
func TestChangeAmountSlip(t *testing.T) {
	text := doc("法院（款）一般行政事务管理（项）支出6049.97万元，与上年相比减少382.92万元，减少5.95%。")
	assert.Empty(t, narr(t, text))
	assert.Equal(t, []string{"change error 392.92→382.92"}, narr(t, strings.Replace(text, "382.92", "392.92", 1)))
	assert.Equal(t, []string{"change error 328.92→382.92"}, narr(t, strings.Replace(text, "382.92", "328.92", 1)))
	assert.Equal(t, []string{"change error 6.95→5.95"}, narr(t, strings.Replace(text, "5.95%", "6.95%", 1)))
	assert.Equal(t, []string{"change error 5.95→6.17"}, narr(t, strings.Replace(text, "382.92", "398.12", 1)))
}

// An increase larger than the amount it led to puts the previous figure
// below zero (putuo-wanli-2023-budget p6: a 0万元 budget 增加1421.25万元).
func TestChangeBelowZeroBase(t *testing.T) {
	text := doc("2023年政府性基金拨款支出预算1500万元，比2022年预算增加1421.25万元。")
	assert.Empty(t, narr(t, text))
	assert.Equal(t, []string{"change error 1421.25→"}, narr(t, strings.Replace(text, "1500万元", "0万元", 1)))
	// Printed in 元 against an increase in 万元, the current is more likely
	// a slip of its unit than a wrong increase.
	assert.NotContains(t, narr(t, strings.Replace(text, "1500万元", "1500元", 1)), "change error 1421.25→")
}

// A change whose direction contradicts its figures blames the current
// figure; its percent is blamed too unless its size fits the figures or,
// read in the stated direction, it gives a figure of the paragraph
// (putuo-sfj-unit-2026-budget p6-7).
func TestChangeReversedPercent(t *testing.T) {
	text := doc("购房补贴（03项）207万元。2025年当年预算执行数为170.03万元，2026年预算安排207万元，比2025年预算执行数增加21.74%。")
	assert.Empty(t, narr(t, text))
	// The current restated wrongly: 21.74% up from 170.03 is the heading's 207.
	restated := strings.Replace(text, "预算安排207万元", "预算安排107万元", 1)
	assert.Contains(t, narr(t, restated), "change error 107→")
	assert.NotContains(t, strings.Join(narr(t, restated), " "), "21.74")
	// Only the direction word wrong: the size of the percent fits.
	assert.Equal(t, []string{"change error 207→"}, narr(t, strings.Replace(text, "增加21.74%", "减少21.74%", 1)))
	// The previous figure above both 2026 figures: 21.74% up fits nothing.
	assert.Equal(t, []string{"change error 207→", "change error 21.74→14.38"}, narr(t, strings.Replace(text, "170.03万元", "241.76万元", 1)))
}

// A change that prints only its current figure and its amount is checked
// against the previous year's cell of a table that prints both years.
func TestChangePreviousFromTable(t *testing.T) {
	text := strings.Replace(sanGongYearColumns, "其中：因公出国（境）费用321.91万元，公务接待费279.19万元。",
		"其中：2026年公务接待费279.19万元，比2025年减少203.90万元。", 1)
	assert.Empty(t, narr(t, text))
	assert.Equal(t, []string{"change error 203.60→203.90"}, narr(t, strings.Replace(text, "203.90", "203.60", 1)))
}

// A change of a part whose current figure is not printed (局本级会议费 in
// "会议费…增加27.84万元；主要原因局本级会议费增加9.11万元") takes no previous
// figure from the table of the whole (xian-kjj-2022 p35).
func TestChangeOfAPartTakesNoTablePrevious(t *testing.T) {
	text := strings.Replace(sanGongYearColumns, "其中：因公出国（境）费用321.91万元，公务接待费279.19万元。",
		"其中：2026年公务接待费279.19万元，比2025年减少203.90万元；主要原因局本级公务接待费减少9.11万元。", 1)
	assert.Empty(t, narr(t, text))
}

// A figure the sentence gives for another year than the report's is not
// compared with the report year's cell (jiangsu-cppcc-2017 p6: "与2016年度
// 相比（2016年度部门支出预算安排为8,648.07万元）" against the 2017
// statement); the report year's figure still is.
func TestOtherYearFigureIsNotTheReportYears(t *testing.T) {
	const text = `2017年测试会部门预算

收支预算总表

单位：万元

收入		支出	
项目	预算数	项目	预算数
一、财政拨款	100.00	一、一般公共服务支出	100.00
本年收入合计	100.00	本年支出合计	100.00

2017年度部门支出预算安排与2016年度相比（2016年度部门支出预算安排为95.00万元），增加5.00万元，增长5.26%。
`
	assert.Empty(t, narr(t, text))
	// The same figure said to be 2017's is the report year's, and wrong.
	assert.Equal(t, []string{"text-vs-table error 95.00→100.00"}, narr(t, strings.Replace(text, "（2016年度部门支出预算安排为95.00万元）", "（2017年度部门支出预算安排为95.00万元）", 1)))
}

// Shares in a breakdown (其中：…) right after a paragraph that states a
// total take that total as their whole (hangzhou-qxj-2026-budget p4:
// 123.61 / 5,876.67 = 2.1%).
func TestShareBreakdownAfterTotal(t *testing.T) {
	text := doc("2026年收入预算5,876.67万元，比上年执行数增加48.92万元，增长0.8%，与上年基本持平。",
		"其中：一般公共预算拨款收入5,753.07万元，占97.9%；其他收入123.61万元，占2.1%。")
	assert.Empty(t, narr(t, text))
	assert.Equal(t, []string{"share error 1.2→2.1"}, narr(t, strings.Replace(text, "2.1%", "1.2%", 1)))
	assert.Equal(t, []string{"share error 97.0→97.9"}, narr(t, strings.Replace(text, "97.9%", "97.0%", 1)))
}
