package main

import (
	"strings"
	"testing"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/i18n"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// gouji extract prints a Word draft's paragraphs at ¶N and its size in
// paragraphs, a workbook's tables at their sheets and its size in sheets,
// in either language; no draft is "0 pages".
func TestExtractDraftPlaces(t *testing.T) {
	for _, c := range []struct {
		file, zh, en, place string
	}{
		{seedDocx, "段)", " paragraphs)", "¶"},
		{"../../corpus/drafts/seed-tables.xlsx", "个工作表)", " sheets)", "«公开01表» [table] 收入支出决算总表"},
	} {
		for lang, want := range map[string]string{"zh": c.zh, "en": c.en} {
			code, out, stderr := runGouji("extract", "--lang", lang, c.file)
			require.Equal(t, exitOK, code, stderr)
			head, body, _ := strings.Cut(out, "\n")
			assert.Contains(t, head, want, "%s %s", lang, c.file)
			assert.NotContains(t, out, "p0 ", c.file)
			assert.Contains(t, body, c.place, c.file)
		}
	}
	code, out, _ := runGouji("check", "--lang", "en", "--fail-on", "never", seedDocx)
	require.Equal(t, exitOK, code)
	assert.Regexp(t, `seed\.docx \(.*\): \d+ paragraphs, 10 tables`, out)
}

// The xlsx reader's notes of hidden sheets, rows and columns are said in
// the user's language.
func TestHiddenWarnings(t *testing.T) {
	for _, w := range []extract.Warning{
		{Message: "sheet 草稿 is hidden: skipped", Kind: extract.WarnHiddenSheet, Sheet: "草稿"},
		{Message: "sheet 公开05表: 2 hidden rows skipped", Kind: extract.WarnHiddenRows, Sheet: "公开05表", Count: 2},
		{Message: "sheet 公开05表: 1 hidden columns skipped", Kind: extract.WarnHiddenColumns, Sheet: "公开05表", Count: 1},
	} {
		assert.Equal(t, "t.xlsx: "+w.Message, warningLine("t.xlsx", w, i18n.En))
		zh := warningLine("t.xlsx", w, i18n.Zh)
		assert.Contains(t, zh, "工作表“"+w.Sheet+"”")
		assert.NotContains(t, zh, "skipped")
	}
}

func TestSizeText(t *testing.T) {
	assert.Equal(t, "12 pages", sizeText(12, 0, 0, i18n.En))
	assert.Equal(t, "0 pages", sizeText(0, 0, 0, i18n.En))
	assert.Equal(t, "40段，3个工作表", sizeText(0, 40, 3, i18n.Zh))
}
