package main

import (
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/gouji/gouji/pairing"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// gouji series over the court chain gives one row per year, its figures
// those of the reports' tables (read by hand: 收支总表, 支出总表, the 三公
// table, the 机关运行经费 table), and the change from the year before.
func TestSeriesCourtChain(t *testing.T) {
	if testing.Short() {
		t.Skip("reads real PDFs")
	}
	dir := "../../corpus/real/"
	code, stdout, stderr := runGouji("series", "--format", "json", dir+"jiangsu-court-2019-budget.pdf", dir+"jiangsu-court-2017-budget.pdf", dir+"jiangsu-court-2018-budget.pdf")
	require.Equal(t, exitOK, code, stderr)
	var out jsonOutput[pairing.SeriesRow]
	require.NoError(t, json.Unmarshal([]byte(stdout), &out))
	require.Len(t, out.Documents, 3)
	want := map[int]map[string]string{
		2017: {"收入合计": "28849.38", "基本支出": "17123.19", "项目支出": "11543.27", "因公出国（境）费": "180.00", "公务接待费": "185.72", "会议费": "228.00", "培训费": "1701.25", "机关运行经费": "9193.40"},
		2018: {"收入合计": "33172.15", "支出合计": "33172.15", "基本支出": "18570.82", "项目支出": "11343.27", "因公出国（境）费": "170.00", "公务接待费": "183.95", "会议费": "271.26", "培训费": "1666.25", "机关运行经费": "3407.38"},
		2019: {"收入合计": "37188.34", "基本支出": "21968.00", "项目支出": "10208.94", "机关运行经费": "3580.05"},
	}
	changes := map[int]map[string]string{
		2018: {"收入合计": "+4322.77", "基本支出": "+1447.63", "项目支出": "-200.00", "机关运行经费": "-5786.02"},
		2019: {"收入合计": "+4016.19", "项目支出": "-1134.33", "机关运行经费": "+172.67"},
	}
	for i, r := range out.Documents {
		assert.Equal(t, 2017+i, r.Year, "rows ordered by year")
		assert.Equal(t, "江苏省高级人民法院", r.Issuer)
		got := map[string]pairing.SeriesValue{}
		for _, v := range r.Values {
			got[v.Item] = v
		}
		for item, v := range want[r.Year] {
			assert.Equal(t, v, got[item].Value, "%d %s", r.Year, item)
			assert.Contains(t, got[item].Place, "court-", "%d %s", r.Year, item)
		}
		for item, v := range changes[r.Year] {
			assert.Equal(t, v, got[item].Change, "%d %s", r.Year, item)
		}
	}
}

// The CSV starts with a byte-order mark and reads back as one header and
// one line per report.
func TestSeriesCSV(t *testing.T) {
	if testing.Short() {
		t.Skip("reads real PDFs")
	}
	dir := "../../corpus/real/"
	code, stdout, stderr := runGouji("series", "--format", "csv", dir+"putuo-wanli-2023-budget.pdf", dir+"putuo-wanli-2024-budget.pdf")
	require.Equal(t, exitOK, code, stderr)
	require.True(t, strings.HasPrefix(stdout, "\ufeff单位,年度"))
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(stdout, "\ufeff"))).ReadAll()
	require.NoError(t, err)
	require.Len(t, recs, 3)
	assert.Equal(t, []string{"上海市普陀区人民政府万里街道办事处", "2024", "部门预算"}, recs[2][:3])
	assert.Equal(t, "15621.11", recs[2][4])
	assert.Equal(t, "-876.75", recs[2][5])
}
