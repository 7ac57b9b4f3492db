package reconcile

import (
	"strings"
	"testing"

	"github.com/gouji/gouji/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A document with none of a report's tables or words gets one warning,
// quoting its first paragraph; a report, or its narrative alone, gets
// none.
func TestNotAReport(t *testing.T) {
	notice, err := extract.ReadText("notice.txt", strings.NewReader("关于召开2024年度工作会议的通知\n\n各单位：定于2024年3月5日召开工作会议，参会人数120人，会期2天。\n\n办公室\t人数\n行政科\t12\n"))
	require.NoError(t, err)
	res := Check(notice, Analyzers())
	require.Empty(t, res.Errors)
	fs := byRule(res.Findings, "not-a-report")
	require.Len(t, fs, 1)
	assert.Equal(t, Warning, fs[0].Severity)
	assert.Equal(t, "关于召开2024年度工作会议的通知", fs[0].Quote)
	assert.Contains(t, fs[0].Message, "部门预算 or 部门决算")

	// The same notice that speaks of its 预算 is no stranger.
	budget, err := extract.ReadText("notice.txt", strings.NewReader("关于召开2024年度工作会议的通知\n\n会议经费在部门预算中列支。\n"))
	require.NoError(t, err)
	assert.Empty(t, byRule(Check(budget, Analyzers()).Findings, "not-a-report"))

	one, err := extract.ReadText("t.txt", strings.NewReader(general05))
	require.NoError(t, err)
	assert.Empty(t, byRule(Check(one, Analyzers()).Findings, "not-a-report"))
	n, _ := splitGeneral05(t, general05)
	assert.Empty(t, byRule(Check(n, Analyzers()).Findings, "not-a-report"))
}
