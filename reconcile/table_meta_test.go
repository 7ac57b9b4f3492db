package reconcile

import (
	"testing"

	"github.com/gouji/gouji/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// editTable returns doc with a copy of its table of form id form edited.
func editTable(t *testing.T, doc *extract.Document, form string, edit func(*extract.Table)) *extract.Document {
	t.Helper()
	out := *doc
	out.Blocks = append([]extract.Block(nil), doc.Blocks...)
	for i, b := range out.Blocks {
		if b.Table != nil && b.Table.FormID == form {
			c := *b.Table
			edit(&c)
			out.Blocks[i].Table = &c
			return &out
		}
	}
	t.Fatalf("no table %s", form)
	return nil
}

func tableMeta(doc *extract.Document) []string { return messagesOf(doc, "table-meta") }

// A real report as printed (公开01–09表, each with its unit) gets nothing;
// each edit gives exactly its warning.
func TestTableMeta(t *testing.T) {
	doc := openReal(t, "central-xfj-2024-final")
	require.Empty(t, tableMeta(doc))

	skip := editTable(t, doc, "公开05表", func(tb *extract.Table) { tb.FormID = "公开06表" })
	assert.Equal(t, []string{
		"一般公共预算财政拨款支出决算表（公开06表） should be 公开05表: the form numbers skip or go back here",
		"一般公共预算财政拨款基本支出决算表（公开06表） should be 公开07表: the form numbers skip or go back here",
	}, tableMeta(skip))

	noUnit := editTable(t, doc, "公开02表", func(tb *extract.Table) { tb.Unit = "" })
	assert.Equal(t, []string{"收入决算表（公开02表） has no unit line (金额单位)"}, tableMeta(noUnit))

	year := editTable(t, doc, "公开03表", func(tb *extract.Table) { tb.Title = "2023年度支出决算表" })
	assert.Equal(t, []string{"2023年度支出决算表（公开03表） names the year 2023, but the report is for 2024"}, tableMeta(year))
}
