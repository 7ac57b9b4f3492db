package reconcile

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// statementWithCarry is a budget's 收支总表 with a balance carried in:
// 本年收入合计 120.00, 收入总计 130.00.
const statementWithCarry = `收支预算总表
单位：万元
收入		支出	
项目	预算数	项目	预算数
一、财政拨款收入	100.00	一、教育支出	130.00
二、事业收入	20.00		
本年收入合计	120.00	本年支出合计	130.00
上年结转	10.00	结转下年	0.00
收入总计	130.00	支出总计	130.00
`

// A budget whose 收入预算表 counts the balance carried in (上年结转) beside
// the year's income: its 合计 is the statement's 收入总计, not its
// 本年收入合计 (chongqing-swu-2023-budget, xian-kjj-2022-budget).
const carriedIncome = statementWithCarry + `
收入预算表
单位：万元
科目编码	科目名称	收入合计	上年结转	财政拨款收入	事业收入
	合计	130.00	10.00	100.00	20.00
205	教育支出	130.00	10.00	100.00	20.00
`

func TestIncomeTableWithBalancesAgainstGrandTotal(t *testing.T) {
	assert.Empty(t, rules(reported(check(t, carriedIncome))), "the report holds as written")

	// The statement's balance and grand total one more: the 收入预算表 no
	// longer agrees with 收入总计.
	edited := strings.Replace(carriedIncome, "上年结转\t10.00\t结转下年", "上年结转\t11.00\t结转下年", 1)
	edited = strings.Replace(edited, "收入总计\t130.00", "收入总计\t131.00", 1)
	fs := reported(check(t, edited))
	require.Equal(t, []string{"cross-table"}, rules(fs))
	assert.Contains(t, fs[0].Message, "收入总计")
	assert.Equal(t, "131.00", fs[0].Evidence[1].Value)
}

// A 收支总表 whose money is all 一般公共预算 财政拨款, its 财政拨款收支总表, the
// 一般公共预算支出表 by function and by economic 类 (部门 and 政府 codes side
// by side), as xian-kjj-2022-budget prints them.
const wholeFiscal = `部门综合预算收支总表
单位：元
收入		支出					
项目	预算数	支出功能分类科目	预算数	部门预算支出经济科目	预算数	政府预算支出经济分类科目	预算数
一、部门预算	100.00	一、部门预算	100.00	一、部门预算	100.00	一、部门预算	100.00
1、财政拨款	100.00	1、教育支出	30.00	1、人员经费和公用经费支出	40.00	1、机关工资福利支出	45.00
(1)一般公共预算拨款	100.00	2、科学技术支出	70.00	(1)工资福利支出	40.00	2、对企业补助	55.00
其中：专项资金	60.00	3、其他支出		2、专项业务经费支出	60.00	3、其他支出	
2、事业收入				(1)工资福利支出	5.00		
				(2)对企业补助	55.00		
本年收入合计	100.00	本年支出合计	100.00	本年支出合计	100.00	本年支出合计	100.00
收入总计	100.00	支出总计	100.00	支出总计	100.00	支出总计	100.00

部门综合预算财政拨款收支总表
单位：元
收入		支出					
项目	预算数	支出功能分类科目	预算数	部门预算支出经济科目	预算数	政府预算支出经济分类科目	预算数
一、财政拨款	100.00	一、财政拨款	100.00	一、财政拨款	100.00	一、财政拨款	100.00
1、一般公共预算拨款	100.00	1、教育支出	30.00	1、人员经费和公用经费支出	40.00	1、机关工资福利支出	45.00
其中：专项资金	60.00	2、科学技术支出	70.00	(1)工资福利支出	40.00	2、对企业补助	55.00
2、政府性基金拨款		3、其他支出		2、专项业务经费支出	60.00	3、其他支出	
				(1)工资福利支出	5.00		
				(2)对企业补助	55.00		
本年收入合计	100.00	本年支出合计	100.00	本年支出合计	100.00	本年支出合计	100.00
收入总计	100.00	支出总计	100.00	支出总计	100.00	支出总计	100.00

一般公共预算支出表（按功能科目）
单位：元
功能科目编码	功能科目名称	合计	基本支出	项目支出
	合计	100.00	40.00	60.00
205	教育支出	30.00	10.00	20.00
20508	进修及培训	30.00	10.00	20.00
206	科学技术支出	70.00	30.00	40.00
20601	科学技术管理事务	70.00	30.00	40.00

一般公共预算支出表（按经济分类科目）
单位：元
部门经济科目编码	部门经济科目名称	政府经济科目编码	政府经济科目名称	合计	人员经费	专项业务经费
	合计			100.00	40.00	60.00
301	工资福利支出			45.00	40.00	5.00
30101	基本工资	50101	工资奖金津补贴	45.00	40.00	5.00
312	对企业补助			55.00	0.00	55.00
31299	其他对企业补助	50799	其他对企业补助	55.00	0.00	55.00
`

func TestSummaryAgainstDetailTables(t *testing.T) {
	assert.Empty(t, rules(reported(check(t, wholeFiscal))), "the report holds as written")

	cases := []struct {
		name, from, to string
		rules          []string
		claimed, what  string
	}{
		// A function 类 of the 收支总表 against the 一般公共预算支出表, which
		// holds all its spending; 一、部门预算 no longer adds up either, by
		// this cell alone: blame makes that failure the finding's evidence.
		{"function 类", "1、教育支出\t30.00", "1、教育支出\t3.00", []string{"cross-table"}, "3.00", "类 205"},
		// A 政府预算 economic 类 against the rows coded 507xx.
		{"政府经济 类", "2、对企业补助\t55.00", "2、对企业补助\t5.50", []string{"cross-table"}, "5.50", "coded 507"},
		// An item under 2、专项业务经费支出 against the same item of the
		// 财政拨款收支总表 (the 收支总表's totals are all 财政拨款).
		{"same item", "(2)对企业补助\t55.00", "(2)对企业补助\t5.50", []string{"cross-table"}, "5.50", "对企业补助"},
		// A partial row (其中) is not added up, only compared.
		{"其中 row", "其中：专项资金\t60.00", "其中：专项资金\t6.00", []string{"cross-table"}, "6.00", "专项资金"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			edited := strings.Replace(wholeFiscal, c.from, c.to, 1)
			require.NotEqual(t, wholeFiscal, edited)
			fs := reported(check(t, edited))
			require.ElementsMatch(t, c.rules, rules(fs))
			x := only(t, fs, "cross-table")
			assert.Equal(t, c.claimed, x.Claimed)
			assert.Contains(t, x.Message, c.what)
			assert.Equal(t, "部门综合预算收支总表", x.Evidence[0].Table)
		})
	}
}

// The 财政拨款收支总表's 政府预算 economic 类 is compared with the coded
// rows, and the same cell of the 收支总表 is not compared with it again.
func TestFiscalSummaryGovClass(t *testing.T) {
	at := strings.Index(wholeFiscal, "部门综合预算财政拨款收支总表")
	edited := wholeFiscal[:at] + strings.Replace(wholeFiscal[at:], "2、对企业补助\t55.00", "2、对企业补助\t5.50", 1)
	fs := reported(check(t, edited))
	require.ElementsMatch(t, []string{"cross-table"}, rules(fs), "the failing sum is the cell's evidence (blame)")
	x := only(t, fs, "cross-table")
	assert.Equal(t, "5.50", x.Claimed)
	assert.Contains(t, x.Message, "coded 507")
	assert.Equal(t, "部门综合预算财政拨款收支总表", x.Evidence[0].Table)
}

// only returns the one finding of a rule.
func only(t *testing.T, fs []Finding, rule string) Finding {
	t.Helper()
	var out []Finding
	for _, f := range fs {
		if f.Rule == rule {
			out = append(out, f)
		}
	}
	require.Len(t, out, 1)
	return out[0]
}

// A 财务收支预算总表 that splits 基本支出 into 人员经费 | 公用经费 beside the
// 基本支出表 that holds all of it (putuo-sfj-unit-2026-budget p8, p19).
const basicSplitReport = `财务收支预算总表
单位：元
本年收入		本年支出				
项目	预算数	项目	预算数			
			合计	基本支出		项目支出
				人员经费	公用经费	
一、财政拨款收入	100.00	一、公共安全支出	80.00	20.00	10.00	50.00
		二、社会保障和就业支出	20.00	20.00	0.00	0.00
收入总计	100.00	支出总计	100.00	40.00	10.00	50.00

一般公共预算基本支出经济分类预算表
单位：元
经济分类科目编码	科目名称	合计	人员经费	公用经费
301	工资福利支出	38.00	38.00	0.00
302	商品和服务支出	10.00	0.00	10.00
303	对个人和家庭的补助	2.00	2.00	0.00
	合计	50.00	40.00	10.00
`

func TestStatementBasicSplitAgainstBasicTable(t *testing.T) {
	assert.Empty(t, rules(reported(check(t, basicSplitReport))), "the report holds as written")

	// 2.00 of 人员经费 booked as 公用经费 in the 基本支出表: the statement's
	// two figures still add up to its 合计, and each is reported.
	edited := strings.Replace(basicSplitReport, "303\t对个人和家庭的补助\t2.00\t2.00\t0.00", "303\t对个人和家庭的补助\t2.00\t0.00\t2.00", 1)
	edited = strings.Replace(edited, "\t合计\t50.00\t40.00\t10.00", "\t合计\t50.00\t38.00\t12.00", 1)
	fs := reported(check(t, edited))
	require.Equal(t, []string{"cross-table", "cross-table"}, rules(fs))
	assert.Equal(t, "40.00", fs[0].Claimed)
	assert.Equal(t, "38.00", fs[0].Expected)
	assert.Equal(t, "10.00", fs[1].Claimed)
	assert.Equal(t, "12.00", fs[1].Expected)
}
