package extract

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// glyphsAt lays out text as glyphs starting at x on baseline base: CJK
// characters one em wide, others half an em.
func glyphsAt(text string, x, base, size float64) []glyph {
	var gs []glyph
	for _, r := range text {
		w := size
		if r < 0x2E80 {
			w = size / 2
		}
		gs = append(gs, glyph{text: string(r), x0: x, x1: x + w, y0: base - 0.88*size, y1: base + 0.12*size, base: base, size: size})
		x += w
	}
	return gs
}

func TestRuledGridWithMergedCell(t *testing.T) {
	// A 3×3 grid whose top row is one merged cell (no vertical rules in it).
	var rules []rule
	for _, y := range []float64{100, 120, 140, 160} {
		rules = append(rules, rule{50, y, 350, y})
	}
	for _, x := range []float64{50, 350} {
		rules = append(rules, rule{x, 100, x, 160})
	}
	for _, x := range []float64{150, 250} {
		rules = append(rules, rule{x, 120, x, 160})
	}
	var gs []glyph
	gs = append(gs, glyphsAt("收入支出决算总表", 60, 115, 10)...)
	gs = append(gs, glyphsAt("项目", 60, 135, 10)...)
	gs = append(gs, glyphsAt("金额", 160, 135, 10)...)
	gs = append(gs, glyphsAt("合计", 60, 155, 10)...)
	gs = append(gs, glyphsAt("5,662.95", 260, 155, 10)...)
	p := layoutPage(1, 400, 600, gs, rules)
	require.Len(t, p.blocks, 1)
	tb := p.blocks[0].table
	require.NotNil(t, tb)
	assert.Equal(t, 3, tb.Rows)
	assert.Equal(t, 3, tb.Cols)
	assert.Equal(t, "收入支出决算总表", tb.Text(0, 2), "merged cell covers the whole row")
	assert.Equal(t, 3, tb.Cells[0].ColSpan)
	assert.Equal(t, "金额", tb.Text(1, 1))
	assert.Equal(t, "", tb.Text(2, 1), "an empty cell stays empty")
	assert.Equal(t, "5,662.95", tb.Text(2, 2))
}

func TestUnruledTableWithWrappedCell(t *testing.T) {
	// Two columns of labels and numbers; the second label wraps onto a
	// second line and its number is centred between the two lines.
	var gs []glyph
	gs = append(gs, glyphsAt("项目", 60, 100, 10)...)
	gs = append(gs, glyphsAt("金额", 260, 100, 10)...)
	gs = append(gs, glyphsAt("一、一般公共预算财政拨款收入", 60, 130, 10)...)
	gs = append(gs, glyphsAt("5,662.95", 260, 130, 10)...)
	gs = append(gs, glyphsAt("二、政府性基金预算财政拨款", 60, 160, 10)...)
	gs = append(gs, glyphsAt("12.00", 260, 166, 10)...)
	gs = append(gs, glyphsAt("收入", 60, 172, 10)...)
	gs = append(gs, glyphsAt("合计", 60, 202, 10)...)
	gs = append(gs, glyphsAt("5,674.95", 260, 202, 10)...)
	p := layoutPage(1, 400, 600, gs, nil)
	require.Len(t, p.blocks, 1)
	tb := p.blocks[0].table
	require.NotNil(t, tb, "blocks: %+v", p.blocks)
	rows := tableRows(tb)
	assert.Equal(t, [][]string{
		{"项目", "金额"},
		{"一、一般公共预算财政拨款收入", "5,662.95"},
		{"二、政府性基金预算财政拨款收入", "12.00"},
		{"合计", "5,674.95"},
	}, rows)
}

func TestParagraphsJoinLinesAndBreakAtIndent(t *testing.T) {
	size := 10.0
	var gs []glyph
	line := strings.Repeat("经", 30)
	gs = append(gs, glyphsAt("　　"+line[:0]+strings.Repeat("甲", 28), 50, 100, size)...)
	gs = append(gs, glyphsAt(strings.Repeat("乙", 30), 50, 115, size)...)
	gs = append(gs, glyphsAt("丙丙丙。", 50, 130, size)...)
	gs = append(gs, glyphsAt(strings.Repeat("丁", 28), 70, 145, size)...)
	p := layoutPage(1, 400, 600, gs, nil)
	var texts []string
	for _, b := range p.blocks {
		text, _ := paragraphText(1, b.lines)
		texts = append(texts, text)
	}
	require.Len(t, texts, 2, "%q", texts)
	assert.Equal(t, 28+30+4, utf8.RuneCountInString(texts[0]))
	assert.Equal(t, strings.Repeat("丁", 28), texts[1])
}

// A run of glyphs printed past its cell's edge is read in its own cell:
// beijing-sfj-2026-tables p47 prints 57.000000 in a narrow cell, its 5
// sticking out (clipped) over the 合计 to its left; xian-kjj-2022-budget
// p52 prints a label whose last character runs under the amount beside it.
func TestRunsCrossingACellEdge(t *testing.T) {
	cases := []struct {
		file string
		page int
		want []string
	}{
		{"beijing-sfj-2026-tables.pdf", 47, []string{"107.000000", "57.000000", "50.000000"}},
		{"xian-kjj-2022-budget.pdf", 52, []string{"机关事业单位基本养老保险缴费支", "2947399.16"}},
	}
	for _, c := range cases {
		doc, err := Open(filepath.Join("..", "corpus", "real", c.file), Options{})
		require.NoError(t, err)
		found := false
		for _, b := range doc.Blocks {
			if b.Table == nil || !slices.Contains(b.Table.Pages, c.page) {
				continue
			}
			for _, row := range tableRows(b.Table) {
				if containsInOrder(row, c.want) {
					found = true
				}
			}
		}
		assert.True(t, found, "%s p%d: a row with the cells %q", c.file, c.page, c.want)
	}
}

// containsInOrder reports whether want are consecutive cells of row.
func containsInOrder(row, want []string) bool {
	for i := 0; i+len(want) <= len(row); i++ {
		ok := true
		for k, w := range want {
			ok = ok && row[i+k] == w
		}
		if ok {
			return true
		}
	}
	return false
}

// A title whose final 表 wraps onto a line of its own is read whole
// (jiangsu-npc-2017 p20: "“三公”经费、会议费、培训费支出预算" / "表").
func TestWrappedTitle(t *testing.T) {
	doc, err := Open(filepath.Join("..", "corpus", "real", "jiangsu-npc-2017-budget.pdf"), Options{})
	require.NoError(t, err)
	var titles []string
	for _, b := range doc.Blocks {
		if b.Table != nil && b.Table.Pages[0] == 20 {
			titles = append(titles, b.Table.Title)
		}
		if b.Paragraph != nil && b.Paragraph.Page == 20 {
			assert.NotEqual(t, "表", strings.TrimSpace(b.Paragraph.Text), "the title's tail left as a paragraph")
		}
	}
	assert.Contains(t, titles, "“三公”经费、会议费、培训费支出预算表")
	assert.False(t, wrappedTitle(&Paragraph{Text: "收支总表"}, &Paragraph{Text: "表"}), "a title already")
	assert.False(t, wrappedTitle(&Paragraph{Text: "单位：万元"}, &Paragraph{Text: "表"}))
}
