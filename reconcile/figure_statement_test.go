package reconcile

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// 财政拨款 基本支出 is read in the 财政拨款 spending table, not in the
// all-funds 支出表 whose 基本支出 adds other income (chongqing-swu's
// 高等学校财政拨款支出决算表说明).
const fiscalBasic = `2023年度测试大学部门决算

支出决算表

单位：万元

项目		本年支出合计	基本支出	项目支出
科目编码	科目名称			
合计		150.00	100.00	50.00
205	教育支出	150.00	100.00	50.00

财政拨款支出决算表

单位：万元

项目		本年支出		
科目编码	科目名称	合计	基本支出	项目支出
合计		110.00	80.00	30.00
205	教育支出	110.00	80.00	30.00

四、财政拨款支出决算表说明

财政拨款支出总计为110.00万元，其中基本支出80.00万元，项目支出30.00万元。
`

func TestFiscalBasicSpending(t *testing.T) {
	assert.Empty(t, narr(t, fiscalBasic))
	// Edited, it no longer matches its cell, and its parts exceed the
	// total they are parts of.
	assert.Equal(t, []string{"items-total error 110.00→111.00", "text-vs-table error 81.00→80.00"},
		narr(t, strings.Replace(fiscalBasic, "基本支出80.00万元", "基本支出81.00万元", 1)))
}

// A fund's 结转和结余 is its part of the 财政拨款 statement's row: the
// fund's row under 年初结转和结余, its column on 年末结转和结余 (xian-wjw's
// 政府性基金 section).
const fundCarryDoc = `2022年度测试局部门决算

财政拨款收入支出决算总表

公开04表
单位：万元

收入			支出					
项目	行次	金额	项目	行次	合计	一般公共预算财政拨款	政府性基金预算财政拨款	国有资本经营预算财政拨款
一、一般公共预算财政拨款	1	40.00	一、一般公共服务支出	3	40.00	40.00		
二、政府性基金预算财政拨款	2	50.00	二、其他支出	4	110.00		110.00	
本年收入合计	5	90.00	本年支出合计	6	150.00	40.00	110.00	
年初结转和结余	7	65.00	年末结转和结余	8	5.00	5.00		
一般公共预算财政拨款	9	5.00		10				
政府性基金预算财政拨款	11	60.00		12				
总计	13	155.00	总计	14	155.00	45.00	110.00	

七、政府性基金预算财政拨款收入支出决算情况说明

2022年度政府性基金预算财政拨款年初结转和结余60.00万元，年末结转和结余0万元。
`

func TestFundCarry(t *testing.T) {
	assert.Empty(t, narr(t, fundCarryDoc))
	assert.Equal(t, []string{"text-vs-table error 65.00→60.00"},
		narr(t, strings.Replace(fundCarryDoc, "年初结转和结余60.00万元", "年初结转和结余65.00万元", 1)))
	// The fund's 年末 cell is printed empty: a warning, with no figure.
	assert.Equal(t, []string{"text-vs-table warning 5→"},
		narr(t, strings.Replace(fundCarryDoc, "年末结转和结余0万元", "年末结转和结余5万元", 1)))
}

// A budget's 收入预算 may be its 本年收入合计 or, with balances carried in,
// its 收入总计 (chongqing-swu-2023-budget: 收入预算 557,259.13万元 of which
// 上年结转 93,801.70): agreeing with either is consistent; agreeing with
// neither is an error.
const budgetIncome = `2023年测试大学部门预算

2023年收入预算130.00万元，其中上年结转10.00万元。

` + statementWithCarry

func TestBudgetIncomeMayBeTheGrandTotal(t *testing.T) {
	assert.Empty(t, narr(t, budgetIncome))
	assert.Empty(t, narr(t, strings.Replace(budgetIncome, "收入预算130.00", "收入预算120.00", 1)), "本年收入合计 also fits")
	assert.Equal(t, []string{"text-vs-table error 125.00→120.00"},
		narr(t, strings.Replace(budgetIncome, "收入预算130.00", "收入预算125.00", 1)))
}
