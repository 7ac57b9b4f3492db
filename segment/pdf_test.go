package segment

import (
	"testing"

	"github.com/gouji/gouji/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// openPDF reads a corpus PDF.
func openPDF(t *testing.T, path string) *extract.Document {
	t.Helper()
	doc, err := extract.Open(path, extract.Options{})
	require.NoError(t, err)
	return doc
}

// The seed report rendered by Chromium gives the same claims as its text.
func TestSeedChromiumPDFClaims(t *testing.T) {
	r := Claims(openPDF(t, "../corpus/synthetic/seed-chromium.pdf"))
	checkClaimKinds(t, r)
	checkSeedClaims(t, r)
	// Pages come from the PDF.
	c := one(t, r, ClaimShare, "2363.29万元，占41.7%", hasArg(RolePercent, "41.7%"))
	assert.Greater(t, c.Source.Page, 1)
}

func TestSeedLibreOfficePDFClaims(t *testing.T) {
	r := Claims(openPDF(t, "../corpus/synthetic/seed-libreoffice.pdf"))
	checkClaimKinds(t, r)
	checkSeedClaims(t, r)
}

// A real final account (上海市普陀区财政局 2024).
func TestPutuoFinalAccountClaims(t *testing.T) {
	r := Claims(openPDF(t, "../corpus/real/putuo-czj-2024-final.pdf"))
	assert.GreaterOrEqual(t, len(r.Claims), 15)
	assert.GreaterOrEqual(t, r.Stats.Claimed*100, r.Stats.Numbers*95, "coverage %s", r.Stats.Coverage())
	assert.Equal(t, "决算", r.ReportKind)
	assert.Equal(t, 2024, r.ReportYear)

	c := one(t, r, ClaimChange, "收入支出总计减少56.95万元", nil)
	assert.Equal(t, "2995.39万元", arg(t, c, RoleCurrent))
	assert.Equal(t, "1.87%", arg(t, c, RolePercent))
	assert.Equal(t, DirDown, c.Direction)

	c = one(t, r, ClaimShare, "其他收入6.2万元，占0.21%", hasArg(RolePercent, "0.21%"))
	assert.Equal(t, "6.2万元", arg(t, c, RolePart))
	assert.Equal(t, "2946.25万元", arg(t, c, RoleWhole))

	c = one(t, r, ClaimShare, "住房保障支出（类）445.69万元", hasArg(RolePercent, "15.16%"))
	assert.Equal(t, "2940.05万元", arg(t, c, RoleWhole))
	assert.Equal(t, "住房保障支出", c.Subject.Canonical)

	c = one(t, r, ClaimCompletion, "完成年初预算的98.20%", nil)
	assert.Equal(t, "2940.05万元", arg(t, c, RoleActual))
	assert.Equal(t, "2993.92万元", arg(t, c, RoleBudget))

	// The 项 below the paragraph ending in 其中： are its items, each with
	// its budget and actual figures.
	c = one(t, r, ClaimTotal, "完成年初预算的98.20%", hasArg(RoleTotal, "2993.92万元"))
	assert.Len(t, c.ArgsOf(RoleItem), 11)
	c = one(t, r, ClaimAmount, "年初预算为1560.05万元", hasArg(RoleValue, "1511.89万元"))
	assert.Equal(t, "一般公共服务支出/财政事务/行政运行", c.Subject.Canonical)
	assert.Equal(t, "决算", c.Aspect)
	c = one(t, r, ClaimComparison, "决算数小于预算数的主要原因：人员进出及退休变化", hasArg(RoleLeft, "1511.89万元"))
	assert.Equal(t, "1560.05万元", arg(t, c, RoleRight))
	assert.Equal(t, RelLess, c.Relation)

	c = one(t, r, ClaimTotal, "货物采购金额4.79万元", nil)
	assert.Equal(t, "251.25万元", arg(t, c, RoleTotal))
	assert.Equal(t, []string{"4.79万元", "0万元", "246.47万元"}, args(c, RoleItem))

	c = one(t, r, ClaimChange, "机关运行经费支出184.65万元", nil)
	assert.Equal(t, "2.55万元", arg(t, c, RoleDelta))
	assert.Equal(t, "1.40%", arg(t, c, RolePercent))

	c = one(t, r, ClaimDate, "截至2024年12月31日", nil)
	assert.Equal(t, Date{2024, 12, 31}, *c.Date)
	c = one(t, r, ClaimCount, "单价100万元（含）以上设备", hasArg(RoleValue, "2台（套）"))
	assert.Equal(t, "100万元（含）以上", arg(t, c, RoleThreshold))
}

// The other real reports: every one yields claims and covers its numbers.
func TestRealReportsCoverage(t *testing.T) {
	for _, f := range []string{"jiangsu-court-2019-budget", "putuo-shgzb-2024-final", "putuo-wanli-2024-budget"} {
		t.Run(f, func(t *testing.T) {
			r := Claims(openPDF(t, "../corpus/real/"+f+".pdf"))
			assert.GreaterOrEqual(t, len(r.Claims), 15)
			assert.GreaterOrEqual(t, r.Stats.Claimed*100, r.Stats.Numbers*95, "coverage %s", r.Stats.Coverage())
		})
	}
}
