package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A form id printed with its title ("表1：…收支预算总表") is that title's,
// even below a list of the report's tables whose lines read as titles with
// form ids of their own (hangzhou-qxj-2026-budget p13–15).
func TestFormIDOfNearestTitle(t *testing.T) {
	text := "表7.2026年市级部门一般公共预算“三公”经费预算表\n" +
		"表8.2026年市级部门政府性基金预算支出预算表\n" +
		"表1：2026年市级部门收支预算总表\n" +
		"单位：万元\n" +
		"项目\t预算数\n" +
		"合计\t5.00\n"
	doc, err := ReadText("t.txt", strings.NewReader(text))
	require.NoError(t, err)
	var tables []*Table
	for _, b := range doc.Blocks {
		if b.Table != nil {
			tables = append(tables, b.Table)
		}
	}
	require.Len(t, tables, 1)
	assert.Equal(t, "2026年市级部门收支预算总表", tables[0].Title)
	assert.Equal(t, "表1", tables[0].FormID)
}
