package reconcile

import (
	"strings"
	"testing"

	"github.com/gouji/gouji/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func missingSections(doc *extract.Document) []string { return messagesOf(doc, "missing-section") }

// dropSection drops every paragraph that speaks of word: the section's
// heading, its body and its entry in the 名词解释.
func dropSection(doc *extract.Document, word string) *extract.Document {
	return dropBlocks(doc, func(b extract.Block) bool {
		return b.Paragraph != nil && strings.Contains(b.Paragraph.Text, word)
	})
}

// A complete 部门决算 has every section; without its 机关运行经费 section
// exactly one warning names it, and without 绩效 one names that.
func TestMissingSectionFinal(t *testing.T) {
	doc := openReal(t, "putuo-czj-2024-final")
	require.Empty(t, missingSections(doc))
	assert.Equal(t, []string{"the narrative has no section on 机关运行经费, which a 部门决算 includes"},
		missingSections(dropSection(doc, "机关运行")))
	assert.Equal(t, []string{"the narrative has no section on 绩效, which a 部门决算 includes"},
		missingSections(dropSection(doc, "绩效")))
}

// A budget need not report on 绩效; it must explain its 政府采购.
func TestMissingSectionBudget(t *testing.T) {
	doc := openReal(t, "guangzhou-tjj-2026-budget")
	require.Empty(t, missingSections(doc))
	assert.Empty(t, missingSections(dropSection(doc, "绩效")))
	assert.Equal(t, []string{"the narrative has no section on 政府采购, which a 部门预算 includes"},
		missingSections(dropSection(doc, "政府采购")))
}

// A report on a template of its own (高等学校) is held to no section, and
// a file of tables alone has no narrative to hold.
func TestMissingSectionNotHeld(t *testing.T) {
	assert.Empty(t, missingSections(dropSection(openReal(t, "chongqing-swu-2023-final"), "名词解释")))
	assert.Empty(t, missingSections(openReal(t, "jiangsu-swb-2017-tables")))
}
