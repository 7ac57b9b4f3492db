package reconcile

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A final account's 部门整体支出绩效自评表 and the statements it follows, as
// xian-wjw-2022-final prints them (p30, p153-159), cut down: each task is
// a function 类 or 款 (or a 政府性基金 项) and its 财政拨款 全年执行数 is
// that function's spending in the appropriation tables; the 金额合计 is
// the 财政拨款 本年支出合计.
const overallSheetDoc = `2022年度测试委员会部门决算

测试委员会部门整体支出绩效自评表

部门(单位)名称	测试委员会											
年度主要任务完成情况	任务名称	主要内容	完成情况	全年预算数(万元)			全年执行数(万元)			分值	执行率	得分
				总额	财政拨款	其他资金	总额	财政拨款	其他资金			
	一般公共服务支出	保证日常运行	任务完成	56.00	56.00	0.00	56.00	56.00	0.00	2	100.00%	2
	卫生健康管理事务	机关正常运转	基本任务完成	61.50	51.50	10.00	60.00	50.25	9.75	2	97.56%	2
	公立医院	提供基本医疗服务	部分任务完成	170.80	70.80	100.00	150.80	70.80	80.00	2	88.29%	2
	住房保障支出	缴纳住房公积金	任务完成	24.10	24.10	0.00	24.10	24.10	0.00	2	100.00%	2
	其他地方自行试点项目收益专项债券收入安排的支出	在建工程	任务完成	300.00	300.00	0.00	300.00	300.00	0.00	2	100.00%	2
	金额合计			612.40	502.40	110.00	590.90	501.15	89.75	10	96.49%	10

财政拨款收入支出决算总表

公开04表
单位：万元

收入			支出					
项目	行次	金额	项目	行次	合计	一般公共预算财政拨款	政府性基金预算财政拨款	国有资本经营预算财政拨款
一、一般公共预算财政拨款	1	201.15	一、一般公共服务支出	3	56.00	56.00		
二、政府性基金预算财政拨款	2	300.00	二、卫生健康支出	4	121.05	121.05		
			三、住房保障支出	5	24.10	24.10		
			四、其他支出	6	300.00		300.00	
本年收入合计	7	501.15	本年支出合计	8	501.15	201.15	300.00	
总计	9	501.15	总计	10	501.15	201.15	300.00	

一般公共预算财政拨款支出决算表

公开05表
单位：万元

科目编码	科目名称	合计	基本支出	项目支出
	合计	201.15	150.00	51.15
201	一般公共服务支出	56.00	56.00	
20101	人大事务	56.00	56.00	
210	卫生健康支出	121.05	80.00	41.05
21001	卫生健康管理事务	50.25	40.00	10.25
21002	公立医院	70.80	40.00	30.80
221	住房保障支出	24.10	14.00	10.10
22102	住房改革支出	24.10	14.00	10.10

政府性基金预算财政拨款收入支出决算表

公开07表
单位：万元

科目编码	科目名称	年初结转和结余	本年收入	本年支出			年末结转和结余
				合计	基本支出	项目支出	
	合计		300.00	300.00		300.00	
2290402	其他地方自行试点项目收益专项债券收入安排的支出		300.00	300.00		300.00	
`

// overallFindings returns the cross-table findings of a document as
// "severity claimed".
func overallFindings(t *testing.T, text string) []string {
	t.Helper()
	var out []string
	for _, f := range reported(check(t, text)) {
		if f.Rule == CrossTable.Name {
			out = append(out, f.Severity.String()+" "+f.Claimed)
		}
	}
	return out
}

func TestOverallSheetHolds(t *testing.T) {
	assert.Empty(t, overallFindings(t, overallSheetDoc))
	// The sheet adds six checks: its five tasks and its total.
	start := strings.Index(overallSheetDoc, "测试委员会部门整体")
	end := strings.Index(overallSheetDoc, "财政拨款收入支出决算总表")
	without := overallSheetDoc[:start] + overallSheetDoc[end:]
	with, base := check(t, overallSheetDoc).ByRule[CrossTable.Name], check(t, without).ByRule[CrossTable.Name]
	assert.Equal(t, base.Checked+6, with.Checked)
	assert.Equal(t, with.Checked, with.Consistent)
}

func TestOverallSheetOneEdit(t *testing.T) {
	for _, c := range []struct {
		name string
		edit []string // old, new, …
		want []string
	}{
		// p30 as printed: the 公立医院 row's 财政拨款 (and with it the
		// 金额合计) 5230.00 above 公开05 and 公开04 — one root cell.
		{"task and total", []string{"150.80\t70.80", "150.80\t75.80", "590.90\t501.15", "590.90\t506.15"}, []string{"error 75.80", "error 506.15"}},
		// The total agrees with 公开04: a task that differs is its own error.
		{"task", []string{"150.80\t70.80", "150.80\t75.80"}, []string{"error 75.80"}},
		// A total no task accounts for: the sheet may leave out an
		// appropriation, nothing is claimed.
		{"total alone", []string{"590.90\t501.15", "590.90\t506.15"}, nil},
		// The statement's 本年支出合计 itself differs (its own columns
		// no longer add up, which is statement-sum's): every task agrees
		// with the tables, so no task explains it.
		{"statement", []string{"本年支出合计\t8\t501.15", "本年支出合计\t8\t511.15"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			text := overallSheetDoc
			for i := 0; i < len(c.edit); i += 2 {
				require.Contains(t, text, c.edit[i])
				text = strings.Replace(text, c.edit[i], c.edit[i+1], 1)
			}
			assert.Equal(t, c.want, overallFindings(t, text))
		})
	}
}

// 执行率 = 全年执行数 总额 ÷ 全年预算数 总额 on every task row of the sheet
// and on its 金额合计 (xian-wjw-2022-final p30: 83.16% → 83.61% on the
// total, 97.74% → 97.47% on a task are not what the amounts give).
func TestOverallSheetRates(t *testing.T) {
	assert.Empty(t, selfEvalFindings(t, overallSheetDoc))
	for _, c := range []struct {
		name, old, new string
		want           []string
	}{
		{"total", "10\t96.49%", "10\t96.94%", []string{"error 96.94 96.49"}},
		{"task", "2\t97.56%", "2\t97.65%", []string{"error 97.65 97.56"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			require.Contains(t, overallSheetDoc, c.old)
			text := strings.Replace(overallSheetDoc, c.old, c.new, 1)
			var got []string
			for _, f := range reported(check(t, text)) {
				if f.Rule == SelfEval.Name {
					got = append(got, f.Severity.String()+" "+f.Claimed+" "+f.Expected)
				}
			}
			assert.Equal(t, c.want, got)
		})
	}
}
