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

// The 部门：… line above a table names its department (Table.Dept), up to
// the year or the unit printed on the same line.
func TestTableDept(t *testing.T) {
	text := "收支预算总表\n" +
		"部门：江苏省政协办公厅  单位：万元\n" +
		"项目\t预算数\n" +
		"合计\t5.00\n" +
		"\n" +
		"支出决算表\n" +
		"部门：株洲市商务和粮食局2021年度 公开08表\n" +
		"项目\t决算数\n" +
		"合计\t6.00\n"
	doc, err := ReadText("t.txt", strings.NewReader(text))
	require.NoError(t, err)
	var depts []string
	for _, b := range doc.Blocks {
		if b.Table != nil {
			depts = append(depts, b.Table.Dept)
		}
	}
	assert.Equal(t, []string{"江苏省政协办公厅", "株洲市商务和粮食局"}, depts)
}
