package reconcile

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// "小计 | 其中:基本支出 | 项目支出": 其中 written on the first part
// introduces the breakdown, and the rows bear it out (小计 = 基本支出 +
// 项目支出 in every row, not 小计 = 项目支出); one wrong cell is then
// reported against that sum.
func TestColumnSumLeadingQizhong(t *testing.T) {
	table := func(pension string) []Finding {
		return checkTable(t,
			"一般公共预算支出情况表（按功能分类科目）（表5）",
			"单位：万元",
			"功能科目名称\t一般公共预算支出\t\t",
			"\t小计\t其中:基本支出\t项目支出",
			"2010501 行政运行\t6,453.03\t6,453.03\t0.00",
			"2010502 一般行政管理事务\t1,032.05\t0.00\t1,032.05",
			"2010550 事业运行\t810.20\t810.20\t0.00",
			"2080501 行政单位离退休\t45.60\t45.60\t0.00",
			"2080505 机关事业单位基本养老保险缴费支出\t"+pension+"\t175.83\t0.00",
			"2210201 住房公积金\t197.59\t197.59\t0.00",
		)
	}
	assert.Empty(t, table("175.83"))
	fs := table("175.38")
	require.Equal(t, []string{"column-sum"}, rules(fs))
	assert.Equal(t, "175.38", fs[0].Claimed)
	assert.Equal(t, "175.83", fs[0].Expected)
	assert.Contains(t, fs[0].Message, "其中:基本支出 + 一般公共预算支出/项目支出")
}

// "支出总计 | 基本支出 | 项目支出 | 政府采购项目/小计 | 其中:…": the
// procurement group with its own 小计 is a memo beside the parts, as the
// rows show; a wrong 支出总计 is reported against 基本支出 + 项目支出.
func TestColumnSumTrailingMemoGroup(t *testing.T) {
	table := func(total string) []Finding {
		return checkTable(t,
			"支出总表（表3）",
			"单位：万元",
			"科目编码\t科目名称\t支出总计\t基本支出\t项目支出\t政府采购项目\t",
			"\t\t\t\t\t小计\t其中:预留给中小企业",
			"2050803\t培训支出\t12.23\t0.00\t12.23\t0.00\t0.00",
			"2080201\t行政运行\t3,222.33\t3,222.33\t0.00\t159.24\t0.00",
			"2080202\t一般行政管理事务\t"+total+"\t0.00\t2,605.53\t1,145.68\t138.91",
			"2080208\t社会组织管理\t567.04\t0.00\t567.04\t120.00\t0.00",
			"2296002\t用于社会福利的彩票公益金支出\t19,336.15\t0.00\t19,336.15\t1,164.36\t446.29",
		)
	}
	assert.Empty(t, table("2,605.53"))
	fs := table("2,605.35")
	require.Equal(t, []string{"column-sum"}, rules(fs))
	assert.Equal(t, "2605.35", fs[0].Claimed)
	assert.Equal(t, "2605.53", fs[0].Expected)
	assert.NotContains(t, fs[0].Message, "政府采购项目")
}

// A single wrong cell fails in one row under the heading relation and is
// reported as the headings read, even where a variant would hold there.
func TestColumnSumSingleFailureKeepsHeading(t *testing.T) {
	fs := checkTable(t,
		"支出总表（表3）",
		"单位：万元",
		"科目编码\t科目名称\t支出总计\t基本支出\t项目支出\t政府采购项目\t",
		"\t\t\t\t\t小计\t其中:预留给中小企业",
		"2050803\t培训支出\t12.23\t0.00\t12.23\t0.00\t0.00",
		"2080201\t行政运行\t3,222.33\t3,222.33\t0.00\t0.00\t0.00",
		"2080202\t一般行政管理事务\t2,605.53\t0.00\t2,605.53\t0.00\t0.00",
		"2080299\t其他民政管理事务支出\t747.86\t0.00\t747.86\t747.86\t0.00",
	)
	require.Equal(t, []string{"column-sum"}, rules(fs))
	assert.Equal(t, "747.86", fs[0].Claimed)
	assert.Equal(t, "1495.72", fs[0].Expected)
}

// "事业收入 / 金额 | 其中:教育收费": the group is worth its 金额 column, and
// 收入合计 adds it with the other sources, not the 其中 column beside it
// (chongqing-swu-2023-budget p8, 2050202 小学教育).
func TestColumnSumGroupAmountBesideQizhong(t *testing.T) {
	table := func(total string) []Finding {
		return checkTable(t,
			"收入预算表",
			"单位：万元",
			"科目编码\t科目名称\t收入合计\t上年结转\t财政拨款收入\t事业收入\t\t其他收入",
			"\t\t\t\t\t金额\t其中:教育收费\t",
			"2050202\t小学教育\t"+total+"\t14.33\t8,201.15\t0.50\t\t1,430.03",
			"2050204\t高中教育\t27,109.72\t1,213.02\t16,600.08\t1,130.00\t950.00\t8,166.62",
			"2050205\t高等教育\t430,048.18\t90,686.29\t181,866.03\t121,212.23\t73,212.23\t36,283.63",
		)
	}
	assert.Empty(t, table("9,646.01"))
	fs := table("9,645.51")
	require.Equal(t, []string{"column-sum"}, rules(fs))
	assert.Equal(t, "9645.51", fs[0].Claimed)
	assert.Equal(t, "9646.01", fs[0].Expected)
	assert.NotContains(t, fs[0].Message, "教育收费")
}
