package reconcile

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// generalEconomic is a budget's 一般公共预算支出 table by economic class,
// printed in 元, and the narrative that itemises its total by those
// classes, naming each by name and code.
const generalEconomic = `2022年测试局部门预算

一般公共预算支出表（按经济分类科目分）

单位：元

部门经济科目编码	部门经济科目名称	合计	人员经费	公用经费
	合计	1,234,500.00	1,000,000.00	234,500.00
301	工资福利支出	1,000,000.00	1,000,000.00	
30101	基本工资	1,000,000.00	1,000,000.00	
302	商品和服务支出	234,500.00		234,500.00
30201	办公费	234,500.00		234,500.00

三、支出按经济科目分类的明细情况

2022年本部门一般公共预算支出123.45万元，按部门预算支出经济分类，其中：

①工资福利支出（301）100.00万元，用于在职人员工资。

②商品和服务支出（302）23.45万元，用于日常办公。
`

// An economic 类 named by name as an item of the 一般公共预算支出 total is
// the row of its code in the table that classifies that total.
func TestTextTableEconomicClass(t *testing.T) {
	assert.Empty(t, narr(t, generalEconomic))
	// The 302 amount edited: it no longer matches its row, and the two
	// items no longer add up to the total they itemise.
	assert.Equal(t, []string{"items-total error 123.45→123.54", "text-vs-table error 23.54→23.45"},
		narr(t, strings.Replace(generalEconomic, "（302）23.45万元", "（302）23.54万元", 1)))
}

// basicEconomic is a budget's 基本支出 table by economic class that prints
// no 人员经费 or 公用经费 total, and the narrative that splits 基本支出 so.
const basicEconomic = `2026年测试局部门预算

一般公共预算基本支出经济分类情况表

单位：万元

科目编码	科目名称	预算数
合计		150.00
301	工资福利支出	100.00
30101	基本工资	100.00
302	商品和服务支出	30.00
30201	办公费	30.00
303	对个人和家庭的补助	20.00
30305	生活补助	20.00

四、一般公共预算基本支出情况说明

一般公共预算基本支出150.00万元，其中：

（一）人员经费120.00万元，主要包括：基本工资、生活补助。

（二）公用经费30.00万元，主要包括：办公费。
`

// 人员经费 is the 301 and 303 rows of a 基本支出 table that prints no such
// total, 公用经费 its other 类 rows; a difference is a warning.
func TestTextTableBasicParts(t *testing.T) {
	assert.Empty(t, narr(t, basicEconomic))
	assert.Equal(t, []string{"text-vs-table warning 100.00→120.00"},
		narr(t, strings.Replace(basicEconomic, "人员经费120.00万元", "人员经费100.00万元", 1)))
}
