package reconcile

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/reconcile/tables"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// openReal reads a report of corpus/real.
func openReal(t *testing.T, name string) *extract.Document {
	t.Helper()
	doc, err := extract.Open(filepath.Join("..", "corpus", "real", name+".pdf"), extract.Options{})
	require.NoError(t, err)
	return doc
}

// dropBlocks returns doc without the blocks drop selects.
func dropBlocks(doc *extract.Document, drop func(extract.Block) bool) *extract.Document {
	out := *doc
	out.Blocks = slices.DeleteFunc(slices.Clone(doc.Blocks), drop)
	return &out
}

// dropTable drops the tables of kind k.
func dropTable(doc *extract.Document, k tables.Kind) *extract.Document {
	return dropBlocks(doc, func(b extract.Block) bool {
		return b.Table != nil && tables.KindOfTitle(b.Table.Title) == k
	})
}

// messagesOf returns the messages of the findings of one rule on doc.
func messagesOf(doc *extract.Document, rule string) []string {
	var out []string
	for _, f := range byRule(Check(doc, Analyzers()).Findings, rule) {
		out = append(out, f.Message)
	}
	return out
}

func missingTables(doc *extract.Document) []Finding {
	return byRule(Check(doc, Analyzers()).Findings, "missing-table")
}

// A complete 部门决算 prints its nine tables: no finding. Without its 三公
// table, exactly one error names it — as its 目录 lists it, and, with the
// 目录 gone too, by the template's name.
func TestMissingTableFinal(t *testing.T) {
	doc := openReal(t, "putuo-czj-2024-final")
	require.Empty(t, missingTables(doc))

	fs := missingTables(dropTable(doc, tables.KindSanGong))
	require.Len(t, fs, 1)
	assert.Equal(t, Error, fs[0].Severity)
	assert.Equal(t, "财政拨款“三公”经费支出决算表 is listed in the table of contents (目录) but not printed", fs[0].Message)
	assert.Equal(t, 2, fs[0].Page, "the 目录's page")

	noTOC := dropBlocks(dropTable(doc, tables.KindSanGong), func(b extract.Block) bool {
		return b.Paragraph != nil && b.Paragraph.Page <= 3
	})
	fs = missingTables(noTOC)
	require.Len(t, fs, 1)
	assert.Equal(t, "财政拨款“三公”经费支出决算表 is missing: a 部门决算 prints it among its standard tables", fs[0].Message)
	assert.Equal(t, 17, fs[0].Page, "after the 基本支出 table before it (pages 16–17)")
}

// A budget printed without a 目录 is held to the budget's set.
func TestMissingTableBudget(t *testing.T) {
	doc := openReal(t, "beijing-sfj-2026-tables")
	require.Empty(t, missingTables(doc))
	fs := missingTables(dropTable(doc, tables.KindBasic))
	require.Len(t, fs, 1)
	assert.Equal(t, "一般公共预算基本支出表 is missing: a 部门预算 prints it among its standard tables", fs[0].Message)
	// 国有资本经营预算支出表 is required only where the 目录 lists it.
	assert.Empty(t, missingTables(dropTable(doc, tables.KindStateCapital)))
}

// A report that prints fewer than templateFollowed of the standard tables
// follows a template of its own (高等学校 决算: four tables): it is held
// only to its 目录.
func TestMissingTableOwnTemplate(t *testing.T) {
	doc := openReal(t, "chongqing-swu-2023-final")
	require.Empty(t, missingTables(doc))
	fs := missingTables(dropTable(doc, tables.KindIncome))
	require.Len(t, fs, 1)
	assert.Equal(t, "高等学校收入决算表 is listed in the table of contents (目录) but not printed", fs[0].Message)
}

// A narrative without its tables gets tables-elsewhere, not one error per
// table.
func TestMissingTableNarrativeOnly(t *testing.T) {
	doc := openReal(t, "jiangsu-cppcc-2017-narrative")
	res := Check(doc, Analyzers())
	assert.Empty(t, byRule(res.Findings, "missing-table"))
	assert.Len(t, byRule(res.Findings, "tables-elsewhere"), 1)
}

// The structure rules count no claim: on the seed they check nothing the
// table rules' test could count.
func init() {
	for _, a := range structureRules {
		notInSeed[a.Name] = true
	}
}

// A report in two files is judged as one (gouji check --one-report): the
// narrative and its tables together print the whole set, and a table
// dropped from the tables file is missing from the report.
func TestMissingTableJoined(t *testing.T) {
	joined := extract.Join(openReal(t, "jiangsu-cppcc-2017-narrative"), openReal(t, "jiangsu-cppcc-2017-tables"))
	require.Empty(t, missingTables(joined))
	fs := missingTables(dropTable(joined, tables.KindSanGong))
	require.Len(t, fs, 1)
	assert.Contains(t, fs[0].Message, "三公")
}

// Odd documents give no panic and no structure finding: empty, a table
// without pages or rows, a paragraph with no text.
func TestStructureOddDocuments(t *testing.T) {
	docs := []*extract.Document{
		{},
		{Blocks: []extract.Block{{Table: &extract.Table{Title: "收支总表"}}, {}}},
		{Blocks: []extract.Block{{Paragraph: &extract.Paragraph{}}, {Paragraph: &extract.Paragraph{Text: "目 录"}}}},
	}
	for _, d := range docs {
		res := Check(d, structureRules)
		assert.Empty(t, res.Errors)
		assert.Empty(t, res.Findings)
	}
}
