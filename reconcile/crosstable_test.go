package reconcile

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A budget whose 收入预算表 counts the balance carried in (上年结转) beside
// the year's income: its 合计 is the statement's 收入总计, not its
// 本年收入合计 (chongqing-swu-2023-budget, xian-kjj-2022-budget).
const carriedIncome = `收支预算总表
单位：万元
收入		支出	
项目	预算数	项目	预算数
一、财政拨款收入	100.00	一、教育支出	130.00
二、事业收入	20.00		
本年收入合计	120.00	本年支出合计	130.00
上年结转	10.00	结转下年	0.00
收入总计	130.00	支出总计	130.00

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
