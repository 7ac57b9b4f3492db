package reconcile

import (
	"strings"
	"testing"

	"github.com/gouji/gouji/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func emptyTableNotes(doc *extract.Document) []string { return messagesOf(doc, "empty-table-note") }

// putuo-qfb-unit-2025 prints its empty 政府性基金 and 国有资本经营 tables
// with a note below each (本表为空表): no warning. Without the notes, one
// warning for each.
func TestEmptyTableNote(t *testing.T) {
	doc := openReal(t, "putuo-qfb-unit-2025-budget")
	require.Empty(t, emptyTableNotes(doc))
	bare := *doc
	bare.Blocks = append([]extract.Block(nil), doc.Blocks...)
	for i, b := range bare.Blocks {
		if b.Table != nil && len(b.Table.Notes) > 0 && strings.Contains(strings.Join(b.Table.Notes, ""), "空表") {
			c := *b.Table
			c.Notes = nil
			bare.Blocks[i].Table = &c
		}
	}
	assert.Equal(t, []string{
		"2025年预算单位政府性基金预算支出功能分类预算表 is printed without data, and neither it nor the narrative says it is empty (本表无数据)",
		"2025年预算单位国有资本经营预算支出功能分类预算表 is printed without data, and neither it nor the narrative says it is empty (本表无数据)",
	}, emptyTableNotes(&bare))
}

func TestEmptyStatement(t *testing.T) {
	for _, s := range []string{"本表无数据", "注：本表本年无发生额", "本部门无政府性基金预算", "政府性基金支出预算支出0万元", "故本表为空表", "本单位没有国有资本经营预算财政拨款收入"} {
		assert.True(t, emptyStatementRe.MatchString(s), s)
	}
	for _, s := range []string{"政府性基金预算支出10.5万元", "本表反映部门本年度收支情况"} {
		assert.False(t, emptyStatementRe.MatchString(s), s)
	}
}
