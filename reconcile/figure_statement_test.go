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
