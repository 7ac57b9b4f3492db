package reconcile

import (
	"strings"
	"testing"

	"github.com/gouji/gouji/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLeftovers(t *testing.T) {
	cases := map[string][]string{
		"上海市XX局2024年度收入支出总计XXX万元。":             {"XX"},
		"20XX年度部门决算":                           {"20XX"},
		"收入支出总计增加（减少）5万元，增长（下降）3%。":            {"增加（减少）", "增长（下降）"},
		"决算数大于(小于)预算数的主要原因：XXXX。（如持平作持平表述）":    {"大于(小于)", "XX", "（如持平作持平表述）"},
		"本年收入合计5万元……（不涉及的不列）。":                 {"（不涉及的不列）"},
		"仍保留该表格式，并在本表下方作下述说明：":                 {"仍保留该表格式", "作下述说明"},
		"与2025年预算数持平，主要原因是。其中：":                {"主要原因是。"},
		"收入支出总计增加5万元，增长3%。主要原因：业务量增加。（不含上年结转）": nil,
		"因公出国（境）费、公务用车购置及运行维护费":                nil,
	}
	for s, want := range cases {
		got, _ := leftovers(s)
		assert.Equal(t, want, got, s)
	}
}

// The national template gets one error for each paragraph and table that
// holds leftovers, never two for one place; a real report as published
// (putuo-czj-2024-final) gets none.
func TestTemplateLeftoverTemplate(t *testing.T) {
	doc := openReal(t, "national-template-final")
	fs := byRule(Check(doc, Analyzers()).Findings, "template-leftover")
	places := map[Position]bool{}
	for _, f := range fs {
		assert.Equal(t, Error, f.Severity)
		assert.False(t, places[Position{Block: f.Pos.Block}], "two findings for block %d", f.Pos.Block)
		places[Position{Block: f.Pos.Block}] = true
	}
	want := 0
	for _, b := range doc.Blocks {
		if b.Paragraph != nil && strings.Contains(b.Paragraph.Text, "XX") || b.Table != nil && strings.Contains(tableText(b.Table), "XX") {
			want++
		}
	}
	assert.GreaterOrEqual(t, len(fs), want, "every place with XX is named")
	assert.Less(t, len(fs), want+10, "a few more hold only instructions")

	assert.Empty(t, byRule(Check(openReal(t, "putuo-czj-2024-final"), Analyzers()).Findings, "template-leftover"))
}

func tableText(t *extract.Table) string {
	var b strings.Builder
	b.WriteString(t.Title)
	for _, c := range t.Cells {
		b.WriteString(c.Text)
	}
	return b.String()
}

// One edit of a real report's sentence gives exactly one error.
func TestTemplateLeftoverEdit(t *testing.T) {
	doc := openReal(t, "putuo-czj-2024-final")
	edited := *doc
	edited.Blocks = append([]extract.Block(nil), doc.Blocks...)
	done := false
	for i, b := range edited.Blocks {
		if p := b.Paragraph; p != nil && !done && strings.Contains(p.Text, "比2023年度增加") {
			q := *p
			q.Text = strings.Replace(p.Text, "比2023年度增加", "比2023年度增加（减少）", 1)
			edited.Blocks[i].Paragraph = &q
			done = true
		}
	}
	require.True(t, done)
	fs := byRule(Check(&edited, Analyzers()).Findings, "template-leftover")
	require.Len(t, fs, 1)
	assert.Equal(t, "left from the template: “增加（减少）”", fs[0].Message)
}
