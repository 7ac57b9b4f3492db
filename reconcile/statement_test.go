package reconcile

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A balance row broken down into 1. 2. below it: 收入总计 = 本年收入合计 +
// 上年结余、结转, and 上年结余、结转 = its 1. + 2.; the breakdown is not
// added to the total a second time.
func TestStatementCarryBreakdown(t *testing.T) {
	table := func(fiscal string) []Finding {
		return checkTable(t,
			"收支总表（表1）",
			"单位：万元",
			"收入\t\t支出\t",
			"项目\t2026年预算数\t项目\t2026年预算数",
			"一、财政拨款\t28,097.48\t一、教育支出\t12.23",
			"二、单位资金\t0.00\t二、其他支出\t28,271.23",
			"本年收入合计\t28,097.48\t本年支出合计\t28,283.46",
			"上年结余、结转\t185.98\t结转下年\t0.00",
			"1.财政拨款结余、结转\t"+fiscal+"\t\t",
			"2.非财政拨款结余、结转\t0.00\t\t",
			"收入总计\t28,283.46\t支出总计\t28,283.46",
		)
	}
	assert.Empty(t, table("185.98"))
	fs := table("158.98")
	require.Equal(t, []string{"statement-sum"}, rules(fs))
	assert.Equal(t, "185.98", fs[0].Claimed)
	assert.Equal(t, "158.98", fs[0].Expected)
	assert.Contains(t, fs[0].Message, "breaking it down")
}

// An item whose numbers start again below it (一、本年支出 over 一、…四、)
// is the sum of that run, and 支出总计 = 一、本年支出 + 二、结转下年支出.
func TestStatementNestedRun(t *testing.T) {
	table := func(housing string) []Finding {
		return checkTable(t,
			"财政拨款收支总表（预算表4）",
			"单位：万元",
			"收入\t\t支出\t",
			"项目\t本年预算\t项目\t本年预算",
			"一、本年收入\t1682.76\t一、本年支出\t1682.76",
			"一般公共预算拨款\t1682.76\t一、一般公共服务支出\t1378.41",
			"政府性基金预算拨款\t0.00\t二、社会保障和就业支出\t178.42",
			"国有资本经营预算拨款\t0.00\t三、卫生健康支出\t32.65",
			"\t\t四、住房保障支出\t"+housing,
			"\t\t二、结转下年支出\t",
			"收入总计\t1682.76\t支出总计\t1682.76",
		)
	}
	assert.Empty(t, table("93.27"))
	fs := table("93.72")
	require.Equal(t, []string{"statement-sum"}, rules(fs))
	assert.Equal(t, "1682.76", fs[0].Claimed)
	assert.Equal(t, "1683.20", fs[0].Expected)
	assert.Contains(t, fs[0].Message, "一、本年支出")
	assert.Contains(t, fs[0].Message, "the 4 numbered items below it")
}

// A breakdown whose numbers do not start at the first ((三) alone, its
// (一) and (二) not read as items) is not added up.
func TestStatementBreakdownStartsAtOne(t *testing.T) {
	fs := checkTable(t,
		"财政拨款收支总体情况表",
		"单位：万元",
		"收入\t\t支出\t",
		"项目\t预算数\t项目\t预算数",
		"一、本年收入\t266,026.92\t一、本年支出\t266,026.92",
		"一般公共预算资金\t223,898.88\t（一）教育支出\t266,026.92",
		"政府性基金预算资金\t42,128.04\t\t",
		"（三）国有资本经营预算资金\t\t\t",
		"二、上年结转\t8,137.38\t二、结转下年\t8,137.38",
		"收入合计\t274,164.30\t支出合计\t274,164.30",
	)
	assert.Empty(t, fs)
}

func TestItemNumber(t *testing.T) {
	for label, want := range map[string]int{
		"一、本年收入": 1, "二十六、其他支出": 26, "十、农林水支出": 10, "3.上级补助收入": 3,
		"（二）政府性基金": 2, "(12)其他": 12, "本年收入合计": 0,
	} {
		assert.Equal(t, want, itemNumber(label), label)
	}
}

// A statement with one top item (一、部门预算) broken down into 1、 2、,
// each broken down into (1) (2): the 1、 rows add up to 一、 and the (1)
// rows to their 1、, never all of them together; 上年实户资金余额 and
// 未安排支出的实户资金 are balances beside the year's total
// (xian-kjj-2022-budget 表1).
func TestStatementNumberingLevels(t *testing.T) {
	table := func(enterprises string) []Finding {
		return checkTable(t,
			"部门综合预算收支总表（表1）",
			"单位：元",
			"收入\t\t支出\t",
			"项目\t预算数\t部门预算支出经济科目\t预算数",
			"一、部门预算\t100.00\t一、部门预算\t100.00",
			"1、财政拨款\t100.00\t1、人员经费和公用经费支出\t40.00",
			"(1)一般公共预算拨款\t100.00\t(1)工资福利支出\t30.00",
			"其中：专项资金列入部门预算的项目\t60.00\t(2)商品和服务支出\t10.00",
			"(2)政府性基金拨款\t\t2、专项业务经费支出\t60.00",
			"2、事业收入\t\t(1)工资福利支出\t5.00",
			"\t\t(2)对企业补助\t"+enterprises,
			"本年收入合计\t100.00\t本年支出合计\t100.00",
			"用事业基金弥补收支差额\t\t结转下年\t",
			"上年实户资金余额\t7.00\t未安排支出的实户资金\t7.00",
			"收入总计\t107.00\t支出总计\t107.00",
		)
	}
	assert.Empty(t, table("55.00"), "the statement holds as written")
	fs := table("5.50")
	require.Equal(t, []string{"statement-sum"}, rules(fs))
	assert.Equal(t, "60.00", fs[0].Claimed)
	assert.Equal(t, "10.50", fs[0].Expected)
	assert.Contains(t, fs[0].Message, "专项业务经费支出")
}

// A total row that prints no amount at all is a label cut from the row
// above by a page break (jiangsu-npc-2017 p8–9: 当年收入 / 小计), not a total
// of nothing: 收入合计 is still the sum of the numbered items.
func TestStatementEmptySubtotalRow(t *testing.T) {
	table := []string{
		"收支预算总表",
		"单位：万元",
		"收入\t\t支出\t",
		"项目名称\t金额\t项目名称\t金额",
		"一、财政拨款\t100.00\t一、一般公共服务支出\t100.00",
		"二、其他资金\t\t二、外交支出\t",
		"当年收入\t100.00\t当年支出小计\t100.00",
		"小计\t\t\t",
		"上年结转资金\t\t结转下年资金\t",
		"收入合计\t100.00\t支出合计\t100.00",
	}
	assert.Empty(t, checkTable(t, table...))
	table[len(table)-1] = "收入合计\t101.00\t支出合计\t100.00"
	fs := checkTable(t, table...)
	require.Len(t, fs, 1)
	assert.Equal(t, "statement-sum", fs[0].Rule)
	assert.Equal(t, "101.00", fs[0].Claimed)
}

// A statement that prints its 合计 first, above the items, as
// chongqing-ghzy-2026-budget's 部门收支总体情况表 (p11) does: the total is
// the sum of the numbered items below it.
func TestStatementTotalAboveItems(t *testing.T) {
	table := func(industry string) []Finding {
		return checkTable(t,
			"2026年部门收支总体情况表",
			"单位：万元",
			"收入\t\t支出\t",
			"项目\t预算数\t项目\t预算数",
			"合计\t583,429.56\t合计\t583,429.56",
			"一、一般公共预算资金\t227,955.11\t一、教育支出\t54.94",
			"二、政府性基金预算资金\t46,209.19\t二、社会保障和就业支出\t25,763.40",
			"三、国有资本经营预算资金\t\t三、卫生健康支出\t6,640.61",
			"四、财政专户管理资金\t\t四、城乡社区支出\t49,055.17",
			"五、事业收入资金\t275.00\t五、农林水支出\t650.00",
			"六、上级补助收入资金\t\t六、资源勘探工业信息等支出\t"+industry,
			"七、附属单位上缴收入资金\t\t七、自然资源海洋气象等支出\t471,504.37",
			"八、事业单位经营收入资金\t143,181.29\t八、住房保障支出\t6,931.53",
			"九、其他收入资金\t165,808.97\t九、灾害防治及应急管理支出\t20,889.67",
		)
	}
	assert.Empty(t, table("1,939.87"))
	fs := table("1,993.87")
	require.Equal(t, []string{"statement-sum"}, rules(fs))
	assert.Equal(t, "583429.56", fs[0].Claimed)
	assert.Equal(t, "583483.56", fs[0].Expected)
	assert.Contains(t, fs[0].Message, "below it")
}
