package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// gouji extract --tables prints each table as the checks read it: the
// yantai report's 表5, printed over pages 14 and 15 with 类/款/项 in three
// columns, is one table with its heading paths and assembled codes.
func TestExtractTables(t *testing.T) {
	const report = "../../corpus/real/yantai-tjj-2026-budget.pdf"
	code, out, errOut := runGouji("extract", "--tables", report)
	require.Equal(t, exitOK, code, errOut)
	assert.True(t, strings.HasPrefix(out, "== "+report+" ("), out[:min(len(out), 200)])
	assert.Contains(t, out, "表 一般公共预算支出情况表（表5）  单位：万元  页：14,15  类型：一般公共预算财政拨款支出表  表头：2 行\n")
	assert.Contains(t, out, "栏0  基本支出 / 人员支出\n")
	assert.Contains(t, out, "[0] 2010501 行政运行 L3 ↑20105")

	code, out, errOut = runGouji("extract", report, "--tables", "--format", "json")
	require.Equal(t, exitOK, code, errOut)
	var doc struct {
		Documents []tablesDocument `json:"documents"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	require.Len(t, doc.Documents, 1)
	var found bool
	for _, v := range doc.Documents[0].Tables {
		if v.Form == "表5" {
			found = true
			assert.Equal(t, []int{14, 15}, v.Pages)
			assert.Equal(t, "万元", v.Unit)
			assert.Empty(t, v.Unread)
			assert.Equal(t, []string{"科目编码", "项"}, v.Cols[2].Path)
		}
	}
	assert.True(t, found, "表5 in the JSON")
}
