package reconcile

import (
	"strings"
	"testing"

	"github.com/gouji/gouji/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Evidence lists each figure a narrative finding rests on as its own
// entry, with the sentence that prints it; and every message names its
// subject.

// evidenceValues returns a finding's evidence as "kind value" entries.
func evidenceValues(f Finding) []string {
	var out []string
	for _, e := range f.Evidence {
		out = append(out, string(e.Kind)+" "+e.Value)
	}
	return out
}

// onlyFinding returns the one finding of rule above Info of a small
// document, failing unless there is exactly one.
func onlyFinding(t *testing.T, text, rule string) Finding {
	t.Helper()
	var out []Finding
	for _, f := range reported(check(t, text)) {
		if f.Rule == rule {
			out = append(out, f)
		}
	}
	require.Len(t, out, 1, "%s findings", rule)
	return out[0]
}

func TestItemsTotalEvidenceOnSeed(t *testing.T) {
	// One edit of the total: the two parts of 本次两场活动 are two entries,
	// each with its own sentence.
	text := editLine(t, seedText(t), 829, "共支出 438416 元", "共支出 438400 元")
	fs := edited(t, text)
	require.Len(t, fs, 1)
	f := fs[0]
	assert.Equal(t, "items-total", f.Rule)
	assert.Equal(t, "438400→438416.98", f.Claimed+"→"+f.Expected)
	assert.Equal(t, "the parts of 本次两场活动 (其中) add up to 438416.98元, more than its 438400元", f.Message)
	assert.Equal(t, []string{"text 438400元", "text 132436.08元", "text 305980.9元"}, evidenceValues(f))
	parts := "其中：投洽会活动支出132436.08元，恳谈会活动支出305980.9元。"
	assert.Equal(t, "资金使用情况：本次两场活动共支出438400元。", f.Evidence[0].Quote)
	assert.Equal(t, parts, f.Evidence[1].Quote)
	assert.Equal(t, parts, f.Evidence[2].Quote)
	for _, e := range f.Evidence {
		assert.Equal(t, 1, e.Page)
		assert.Equal(t, 829, e.Line)
	}
}

func TestItemsTotalEvidenceCountsEach(t *testing.T) {
	// As written the seed's (15) does not add up (a real slip): its total
	// is named by the words that print it, and its ten items are ten
	// entries, 各30万元 counting three times.
	var f *Finding
	for _, g := range reported(check(t, seedText(t))) {
		if g.Rule == "items-total" && g.Claimed == "190" {
			f = &g
		}
	}
	require.NotNil(t, f)
	assert.Equal(t, "合计 is 190万元, but its 10 items add up to 250万元", f.Message)
	assert.Equal(t, []string{"text 190万元", "text 10万元", "text 10万元", "text 30万元", "text 50万元", "text 10万元",
		"text 10万元", "text 20万元", "text 10万元", "text 20万元", "text 20万元"}, evidenceValues(*f))
	assert.Equal(t, 3, f.Evidence[3].Times)
	assert.Zero(t, f.Evidence[2].Times)
}

func TestBalanceEvidenceOnSeed(t *testing.T) {
	// The seed's 轨博会 balance (a real slip): 5.35 − 5.33 is 0.02, and
	// both figures are evidence.
	text := seedText(t)
	fs := edited(t, editLine(t, text, 889, "实际支出 5.33 万元", "实际支出 5.30 万元"))
	require.Len(t, fs, 1)
	f := fs[0]
	assert.Equal(t, "balance", f.Rule)
	assert.Equal(t, "结余结转 is 0.2万元, but 5.35万元 − 5.30万元 is 0.05万元", f.Message)
	assert.Equal(t, []string{"text 0.2万元", "text 5.35万元", "text 5.30万元"}, evidenceValues(f))
	for _, e := range f.Evidence {
		assert.Contains(t, e.Quote, "金额5.35万元，实际支出5.30万元，结余结转0.2万元。")
	}
}

func TestComparisonQuotesBothSentences(t *testing.T) {
	// The figures in one sentence, 决算数大于年初预算数 in the next: the
	// quote is both; the evidence is each figure with its sentence.
	text := editLine(t, seedText(t), 507, "支出决算为533.69万元", "支出决算为433.69万元")
	var f *Finding
	for _, g := range edited(t, text) {
		if g.Rule == "comparison" {
			f = &g
		}
	}
	require.NotNil(t, f)
	assert.Equal(t, "年初预算501.56万元，支出决算为433.69万元，完成年初预算的106.4%。决算数大于年初预算数的主要原因是：年中追加的2020年度单位离退休人员生活补助提标。", f.Quote)
	assert.Equal(t, []string{"text 433.69万元", "text 501.56万元"}, evidenceValues(*f))
	assert.Equal(t, "年初预算501.56万元，支出决算为433.69万元，完成年初预算的106.4%。", f.Evidence[1].Quote)
}

func TestChangeNamesItsSubject(t *testing.T) {
	// No subject before the figure but the sentence's own words
	// (beijing-sfj-2026-narrative p7).
	base := doc("2026年支出预算29956.27万元，比2025年年初预算数28479.84万元增加1476.43万元，增长5.18%。")
	f := onlyFinding(t, strings.Replace(base, "1476.43", "1476.73", 1), "change")
	assert.Equal(t, "the change of 2026年支出预算 is 1476.73万元, but 29956.27万元 − 28479.84万元 is 1476.43万元", f.Message)
	assert.Equal(t, []string{"text 1476.73万元", "text 29956.27万元", "text 28479.84万元"}, evidenceValues(f))

	// The item the paragraph opens with (putuo-sfj-unit-2026-budget p6).
	item := doc("1、公共安全支出（204类）司法（06款）行政运行（01项）1434.89万元。主要用于：行政单位的基本支出。2025年当年预算执行数为1690.69万元，2026年预算安排1434.89万元，比2025年预算执行数减少15.13%。")
	assert.Empty(t, narr(t, item))
	f = onlyFinding(t, strings.Replace(item, "15.13%", "1.10%", 1), "change")
	assert.Equal(t, "the change of 公共安全支出（204类）司法（06款）行政运行（01项） is 1.10%, but on the previous 1690.69万元 it is 15.13%", f.Message)
	assert.Equal(t, []string{"text 1.10%", "text 1434.89万元", "text 1690.69万元"}, evidenceValues(f))
}

func TestCompletionNamesItsSubject(t *testing.T) {
	// The project a self-evaluation's summary is titled with
	// (xian-wjw-2022-final p46).
	text := doc("54.西安市第三医院二期扩建项目绩效自评综述：全年预算数21143.98万元，执行数21143.98万元，完成预算的100%。")
	assert.Empty(t, narr(t, text))
	f := onlyFinding(t, strings.Replace(text, "100%", "35%", 1), "completion")
	assert.Equal(t, "西安市第三医院二期扩建项目 completed 35% of its 预算, but 21143.98万元 / 21143.98万元 is 100%", f.Message)
	assert.Equal(t, []string{"text 35%", "text 21143.98万元", "text 21143.98万元"}, evidenceValues(f))
}

func TestParagraphItem(t *testing.T) {
	for text, want := range map[string]string{
		"1、公共安全支出（204类）司法（06款）行政运行（01项）1434.89万元。": "公共安全支出（204类）司法（06款）行政运行（01项）",
		"54.西安市第三医院二期扩建项目绩效自评综述：全年预算数21143.98万元。":  "西安市第三医院二期扩建项目",
		"（二）公务用车购置及运行费情况：":                         "公务用车购置及运行费",
		// Opening words that are a sentence name no item.
		"(15) 经分管市长批准财政直拨甲协会10万元招商引资经费。": "",
		"2026年支出预算29956.27万元。":           "",
	} {
		assert.Equal(t, want, paragraphItem(&extract.Paragraph{Text: text}), text)
	}
}
