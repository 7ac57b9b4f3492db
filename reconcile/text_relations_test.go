package reconcile

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/gouji/gouji/extract"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The relations of issue 10 on the real seed report's own passages: as
// printed they hold (or give the one real finding they hold); with one
// figure edited they give exactly this finding.

// seedPassage returns lines from..to (1-based, inclusive) of the seed
// text under a final account's title.
func seedPassage(t *testing.T, from, to int) string {
	t.Helper()
	lines := strings.Split(seedText(t), "\n")
	require.Less(t, to-1, len(lines))
	return "株洲市商务和粮食局2021年度部门决算\n\n" + strings.Join(lines[from-1:to], "\n") + "\n"
}

// editPassage replaces old by new once, failing when old is not there.
func editPassage(t *testing.T, text, old, new string) string {
	t.Helper()
	require.Contains(t, text, old)
	return strings.Replace(text, old, new, 1)
}

func TestPaymentsListedAddUpToWhatWasSpent(t *testing.T) {
	// 金额14.6万元，实际支出14.55万元 … 82014元 + 52904元 + 10560元 =
	// 145478元 = 14.5478万元.
	text := seedPassage(t, 857, 859)
	assert.Empty(t, narr(t, text))
	edited := editPassage(t, text, "82014元", "82914元")
	assert.Equal(t, []string{"payments error 14.55→14.6378"}, narr(t, edited))
}

func TestPaymentsTotalIsTheSameAmountInYuan(t *testing.T) {
	// 实际支出43.84万元; 资金使用情况：本次两场活动共支出438416元 (43.8416万元).
	// The report's own truncation of 438416.98 is the warning it gives.
	text := seedPassage(t, 825, 829)
	assert.Equal(t, []string{"items-total warning 438416→438416.98"}, narr(t, text))
	edited := editPassage(t, text, "共支出 438416 元", "共支出 448416 元")
	assert.Equal(t, []string{"payments error 448416→438400"}, narr(t, edited)) // 其中 items may fall short of their total
}

func TestPaymentsOneOfWhichRestatesTheSpending(t *testing.T) {
	// "签订合同19.8万元，…一次性支付19.8万元" for 实际支出19.8万元: one
	// amount is the spending itself, the other restates it.
	text := "2021年度测试局部门决算\n\n10. 年中追加项目“三大行动方案编制经费”，金额20万元，实际支出19.8万元，结余0.2万元。\n\n" +
		"资金使用情况：通过政府购买服务签订合同19.8万元，交稿后一次性支付19.8万元。\n"
	assert.Empty(t, narr(t, text))
}

func TestCountRateIsCountOverCount(t *testing.T) {
	// 完成1164份 of 退休人员1167人: 完成率99.74%; the sentence's later
	// 完成率100% is the paragraph's real second value of the rate.
	text := seedPassage(t, 1065, 1065)
	assert.Equal(t, []string{"rates-agree warning 100→"}, narr(t, text))
	edited := editPassage(t, text, "完成 1164 份", "完成 1154 份")
	assert.Equal(t, []string{"count-rate error 99.74→98.89", "rates-agree warning 100→"}, narr(t, edited))
}

func TestRatesAgreeOnOneValue(t *testing.T) {
	text := seedPassage(t, 1065, 1065)
	assert.Equal(t, []string{"rates-agree warning 100→"}, narr(t, text))
	assert.Empty(t, narr(t, editPassage(t, text, "完成率 100%", "完成率 99.74%")))
}

func TestChangeOnZeroBase(t *testing.T) {
	// 江苏省高级人民法院2018年部门预算 p20: a new item grows "100%" from 0.
	text := doc("3.行政事业单位离退休（款）机关事业单位职业年金缴费支出（项）支出530.72万元，与上年相比增加530.72万元，增长100%。主要原因是机关事业单位职业年金缴费支出增加。")
	assert.Empty(t, narr(t, text))
	edited := editPassage(t, text, "增长100%", "增长10%")
	assert.Equal(t, []string{"change warning 10→"}, narr(t, edited))
}

func TestPaymentsBalanceIsTheSameAmountInYuan(t *testing.T) {
	// 驻黄花机场工作队: 结余结转9.95万元 in the funding line, 结余99496.3元 in
	// 资金使用情况. As printed, the one real finding is the 万元 slip of
	// 11199.82 (unit-slip).
	text := seedPassage(t, 1101, 1103)
	base := narr(t, text)
	require.Len(t, base, 1)
	assert.Contains(t, base[0], "unit-slip error 11199.82")
	edited := editPassage(t, text, "99496.3", "99946.3")
	assert.ElementsMatch(t, append(base, "payments error 99946.3→99500.0"), narr(t, edited))
}

func TestRatesAgreeOnlyNearEachOther(t *testing.T) {
	// Two rates of the same word far apart in a paragraph may be of two
	// pieces of work the subject does not tell apart.
	text := doc("1. 档案整理项目：全年完成档案整理，完成率为95%。第二季度开展培训。第三季度开展检查。年底完成验收，完成率100%。")
	assert.Empty(t, narr(t, text))
	near := doc("1. 档案整理项目：全年完成档案整理，完成率为95%。年底完成验收，完成率100%。")
	assert.Equal(t, []string{"rates-agree warning 100→"}, narr(t, near))
}

func TestTargetsTotalIsTheSumOfTheSheets(t *testing.T) {
	// putuo-wanli-2023-budget p29: "编报绩效目标的项目5个，涉及项目预算资金
	// 3328.13万元", while its five 绩效目标表 (p31-35) give 项目资金总额
	// 33,513,343元 = 3,351.33万元: a real error. With the sentence edited
	// to the sheets' sum, nothing is left to say.
	doc, err := extract.Open(filepath.Join("..", "corpus", "real", "putuo-wanli-2023-budget.pdf"), extract.Options{})
	require.NoError(t, err)
	got := func() []string {
		var out []string
		for _, f := range Check(doc, Analyzers()).Findings {
			if f.Rule == TargetsTotal.Name && f.Severity > Info {
				out = append(out, f.Severity.String()+" "+f.Claimed+"→"+f.Expected)
			}
		}
		return out
	}
	assert.Equal(t, []string{"error 3328.13→3351.3343"}, got())
	edited := 0
	for _, b := range doc.Blocks {
		if p := b.Paragraph; p != nil && strings.Contains(p.Text, "涉及项目预算资金3328.13万元") {
			p.Text = strings.Replace(p.Text, "3328.13万元", "3351.33万元", 1)
			edited++
		}
	}
	require.Equal(t, 1, edited)
	assert.Empty(t, got())
}

func TestSpendingContradictedTwiceIsTheOneBlamed(t *testing.T) {
	// 金额14.6 − 结余0.05 = 14.55, and the payments add up to 14.5478: the
	// two agree against a 实际支出 edited to 14.25, which is blamed alone
	// (not the 结余 the balance would name).
	text := editPassage(t, seedPassage(t, 857, 859), "实际支出14.55万元", "实际支出14.25万元")
	assert.Equal(t, []string{"payments error 14.25→14.5478"}, narr(t, text))
}
