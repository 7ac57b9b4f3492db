package reconcile

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A 三公 table that prints two years as column groups (chongqing-ghzy's
// layout): the narrative of the 2026 budget is read against 2026's group,
// a figure the sentence gives for 2025 against 2025's.
const sanGongYearColumns = `2026年测试局部门预算

2026年财政拨款“三公”经费支出情况表

单位：万元

2025年预算数						2026年预算数					
合计	因公出国（境）费	公务用车购置及运行费			公务接待费	合计	因公出国（境）费	公务用车购置及运行费			公务接待费
		小计	公务用车购置费	公务用车运行费				小计	公务用车购置费	公务用车运行费	
2,552.50	343.41	1,726.00	458.00	1,268.00	483.09	2,171.85	321.91	1,570.75	342.25	1,228.50	279.19

四、“三公”经费情况说明

2026年“三公”经费预算2,171.85万元，比2025年减少380.65万元。

其中：因公出国（境）费用321.91万元，公务接待费279.19万元。

2025年公务用车购置费预算458.00万元。
`

func TestSanGongYearColumns(t *testing.T) {
	assert.Empty(t, narr(t, sanGongYearColumns))
	assert.Equal(t, []string{"text-vs-table error 297.19→279.19"},
		narr(t, strings.Replace(sanGongYearColumns, "公务接待费279.19", "公务接待费297.19", 1)))
	assert.Equal(t, []string{"text-vs-table error 485.00→458.00"},
		narr(t, strings.Replace(sanGongYearColumns, "购置费预算458.00", "购置费预算485.00", 1)))
}

// Years as rows beside the unit's name, and a row of the change between
// them (shenzhen-mzj's layout): the report's year is the 2026 row.
const sanGongYearRows = `2026年测试局部门预算

财政拨款“三公”经费预算表

单位：万元

预算单位	年度	总计	因公出国(境)费	公务接待费	公务用车购置及运行维护费		
					小计	公务用车购置费	公务用车运行维护费
测试局	2025年	33.00	0.00	15.00	18.00	12.00	6.00
	2026年	66.00	46.80	15.00	4.20	0.00	4.20
	增减变化金额	33.00	46.80	0.00	-13.80	-12.00	-1.80

第五部分 财政拨款“三公”经费预算情况

2026年财政拨款“三公”经费预算66.00万元。

公务用车购置费0.00万元，公务用车运行维护费4.20万元。
`

func TestSanGongYearRows(t *testing.T) {
	assert.Empty(t, narr(t, sanGongYearRows))
	assert.Equal(t, []string{"text-vs-table error 4.02→4.20"},
		narr(t, strings.Replace(sanGongYearRows, "运行维护费4.20万元", "运行维护费4.02万元", 1)))
}

// 预算数 and 决算数 as rows of a final account's 三公 table (xian-wjw's
// layout): the narrative's 支出 is the 决算数 row; 预算 the 预算数 row.
const sanGongKindRows = `2022年度测试局部门决算

财政拨款“三公”经费支出决算表

公开09表
单位：万元

项目	财政拨款安排的三公经费					
	小计	因公出国(境)费用	公务用车购置及运行维护费			公务接待费
			小计	公务用车购置费	公务用车运行维护费	
预算数	593.46		591.60	136.48	455.12	1.86
决算数	587.55		587.44	136.48	450.96	0.11

九、财政拨款“三公”经费支出决算情况说明

2022年度财政拨款安排“三公”经费支出587.55万元。

公务接待费支出0.11万元，公务接待费年初预算1.86万元。
`

func TestSanGongKindRows(t *testing.T) {
	assert.Empty(t, narr(t, sanGongKindRows))
	assert.Equal(t, []string{"text-vs-table error 587.45→587.55"},
		narr(t, strings.Replace(sanGongKindRows, "支出587.55万元", "支出587.45万元", 1)))
	assert.Equal(t, []string{"text-vs-table error 1.68→1.86"},
		narr(t, strings.Replace(sanGongKindRows, "年初预算1.86万元", "年初预算1.68万元", 1)))
}

// A sentence that opens with the year before the report's and states the
// report year's figure names the wrong year: one finding, of report-year.
func TestSanGongWrongYear(t *testing.T) {
	assert.Equal(t, []string{"report-year error 2025→2026"},
		narr(t, strings.Replace(sanGongYearColumns, "2026年“三公”经费预算", "2025年“三公”经费预算", 1)))
}
