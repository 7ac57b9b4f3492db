package reconcile

import (
	"strings"
	"testing"

	"github.com/gouji/gouji/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A section that compares every figure with the year before the report's
// but one, which names an earlier year, kept a stale year
// (xian-kjj-2022-budget p37).
func TestComparedYearOfSection(t *testing.T) {
	text := doc("十、机关运行经费安排情况说明",
		"局机关行政运行经费109.15万元，比2023年增加21.79万元。",
		"社会科学院公用经费60.57万元，比2023年减少5万元。",
		"科技交流中心公用经费54.76万元，比2023年增加6.72万元。",
		"创新研究院公用经费115.36万元，比2023年增加16.93万元。")
	assert.Empty(t, narr(t, text))
	assert.Equal(t, []string{"report-year warning 2022→2023"}, narr(t, strings.Replace(text, "比2023年增加16.93", "比2022年增加16.93", 1)))
	// With fewer than three others, or two stale years, it may be meant.
	two := strings.Replace(text, "比2023年减少5万元", "比2022年减少5万元", 1)
	assert.Empty(t, narr(t, strings.Replace(two, "比2023年增加16.93", "比2022年增加16.93", 1)))
}

// A table that names one event with the report's year in one cell and
// another year in another kept a stale year (xian-kjj-2022-budget p62).
func TestEventYearOfTable(t *testing.T) {
	text := `2022年测试局部门预算

2022年部门预算专项业务经费绩效目标表

项目名称	“魅力中国”城市品牌塑造
总体目标	力争入选2022年度“魅力中国——外籍人才眼中最具吸引力的中国城市”评选10强榜单
数量指标	2022年度“魅力中国—外籍人才眼中最具吸引力的中国城市”十强城市
`
	assert.Empty(t, yearFindings(t, text))
	assert.Equal(t, []string{"report-year warning 2020→2022"}, yearFindings(t, strings.Replace(text, "入选2022年度", "入选2020年度", 1)))
	assert.Empty(t, yearFindings(t, strings.Replace(text, "入选2022年度“魅力中国", "入选2020年度“美丽中国", 1)), "another event")
}

// yearFindings are the report-year findings of a text, warnings and up.
func yearFindings(t *testing.T, text string) []string {
	t.Helper()
	doc, err := extract.ReadText("t.txt", strings.NewReader(text))
	require.NoError(t, err)
	var out []string
	for _, f := range Check(doc, Analyzers()).Findings {
		if f.Rule == "report-year" && f.Severity >= Warning {
			out = append(out, f.Rule+" "+f.Severity.String()+" "+f.Claimed+"→"+f.Expected)
		}
	}
	return out
}
