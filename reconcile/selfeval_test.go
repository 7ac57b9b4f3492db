package reconcile

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A project's self-evaluation sheet as xian-wjw-2022-final prints it (p74,
// with the 总分 分值 that adds up): the funds with their 执行率 line, then
// the indicators and 总分.
const selfEvalSheet = `安保服务项目绩效自评表

项目名称	安保服务项目
主管部门	西安市卫生健康委员会	实施单位	西安市公共卫生中心
项目资金（万元）		年初预算数	全年预算数（A）	全年执行数（B）	分值	执行率（B/A）	得分
	年度资金总额	396	396	378.27	10	95.52%	9.6
	其中：当年财政拨款	396	396	378.27	—	95.52%	9.6
	上年结转资金	0	0	0	—	0	—
	其他资金	0	0	0	—	0	—

绩效指标	一级指标	二级指标	三级指标	年度指标值	实际完成值	分值	得分
	产出指标（50分）	数量指标	组织安全隐患排查	20次	30次	10	10
		质量指标	安全事故	0	0	20	20
		时效指标	支付时效	2022年	2022年	10	10
		成本指标	采购成本	≤396万元	378.27万	10	10
	效益指标（30分）	社会效益指标	产生的社会效益	提升医院影响力	完成	15	13
		可持续影响指标	疫情防控能力	持续上升	持续上升	15	13
	满意度指标（10分）	服务对象满意度指标	患者满意度	满意度>95%	满意度>95%	10	10
总分						100	95.6
`

// selfEvalFindings checks a sheet and returns the rules and claimed
// figures of what self-eval reports.
func selfEvalFindings(t *testing.T, text string) []string {
	t.Helper()
	res := check(t, text)
	var out []string
	for _, f := range reported(res) {
		if f.Rule == SelfEval.Name {
			out = append(out, f.Severity.String()+" "+f.Claimed)
		}
	}
	return out
}

func TestSelfEvalSheetHolds(t *testing.T) {
	res := check(t, selfEvalSheet)
	assert.Empty(t, selfEvalFindings(t, selfEvalSheet))
	st := res.ByRule[SelfEval.Name]
	// 3 fund sums, 执行率, 总分 分值 and 得分, 8 得分 ≤ 分值.
	assert.Equal(t, 3+1+2+8, st.Checked)
	assert.Equal(t, st.Checked, st.Consistent)
}

func TestSelfEvalOneEdit(t *testing.T) {
	for _, c := range []struct {
		name string
		edit []string // old, new, …
		want []string
	}{
		// p74 as printed: the 效益 items give 13 + 13, so 分值 adds to 96.
		{"weights", []string{"完成\t15", "完成\t14"}, []string{"error 100"}},
		{"scores", []string{"满意度>95%\t10\t10", "满意度>95%\t10\t9"}, []string{"error 95.6"}},
		{"score above weight", []string{"2022年\t10\t10", "2022年\t10\t12"}, []string{"error 12", "error 95.6"}},
		// p139: 全年预算数 printed 423 beside sources of 423 + 3258.5.
		{"sources", []string{"其他资金\t0\t0\t0", "其他资金\t0\t3258.5\t0"}, []string{"error 396"}},
		// p77: 83.50% for 701.17 / 840.
		{"rate", []string{"378.27\t10\t95.52%", "378.27\t10\t95.62%"}, []string{"error 95.62"}},
		// p63: 99.99% for 8858.95 / 8859, 100.00% when rounded.
		{"rate truncated", []string{"396\t396\t378.27\t10\t95.52%", "8859\t8859\t8858.95\t10\t99.99%", "396\t396\t378.27\t—", "8859\t8859\t8858.95\t—"}, []string{"warning 99.99"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			text := selfEvalSheet
			for i := 0; i < len(c.edit); i += 2 {
				text = strings.Replace(text, c.edit[i], c.edit[i+1], 1)
			}
			require.NotEqual(t, selfEvalSheet, text)
			assert.Equal(t, c.want, selfEvalFindings(t, text))
		})
	}
}

// The narrative's summary of the project states its sheet's score and
// amounts (central-xfj-2024-final p28 says 88.5 where the sheet has 90.5).
func TestSelfEvalSummary(t *testing.T) {
	const summary = "1.安保服务项目绩效自评综述：根据年初设定的绩效目标，项目自评得分为95.6分。全年预算数为396万元，执行数为378.27万元，完成预算的95.52%。\n\n"
	text := summary + selfEvalSheet
	res := check(t, text)
	assert.Empty(t, selfEvalFindings(t, text))
	assert.Equal(t, 3+1+2+8+3, res.ByRule[SelfEval.Name].Checked)

	assert.Equal(t, []string{"error 93.6"}, selfEvalFindings(t, strings.Replace(text, "95.6分", "93.6分", 1)))
	assert.Equal(t, []string{"error 387.27"}, selfEvalFindings(t, strings.Replace(text, "执行数为378.27", "执行数为387.27", 1)))
}
