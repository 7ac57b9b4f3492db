package mutate

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"math"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/extract/pdftext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func readCorpus(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile("../" + name)
	require.NoError(t, err)
	return data
}

// pageGlyphText is the text of a page as the interpreter reads it.
func pageGlyphText(t *testing.T, file []byte, n int) string {
	t.Helper()
	d, err := pdftext.Open(file, pdftext.Options{})
	require.NoError(t, err)
	p, err := d.Page(n)
	require.NoError(t, err)
	return pageText(p.Glyphs).s
}

// extractedText is the text extract reads on a page: its paragraphs' lines
// and the cells of the tables that span it.
func extractedText(doc *extract.Document, page int) string {
	var b strings.Builder
	for _, bl := range doc.Blocks {
		if p := bl.Paragraph; p != nil {
			for _, l := range p.Lines {
				if l.Page == page {
					b.WriteString(l.Text)
				}
			}
		}
		if tb := bl.Table; tb != nil && slices.Contains(tb.Pages, page) {
			for _, c := range tb.Cells {
				b.WriteString(c.Text)
			}
		}
	}
	return b.String()
}

// One edit per kind of file the corpus holds: Type 3 fonts with one glyph
// per string (Chromium), subset TrueType fonts in TJ arrays (LibreOffice),
// CID fonts with Identity-H (the putuo reports, WPS), and a file whose
// cross-reference table carries an /XRefStm (jiangsu). Each is read back
// by Verify and, as a reader independent of ours, by pdftotext.
func TestEditCorpusPDFs(t *testing.T) {
	cases := []struct {
		file string
		edit Edit
	}{
		{"synthetic/seed-chromium.pdf", Edit{Page: 24, Old: "22.72", New: "22.27", Context: "公务接待费支出决算为22.72万元"}},
		{"synthetic/seed-chromium.pdf", Edit{Page: 18, Old: "45.48", New: "45.84"}},
		{"synthetic/seed-libreoffice.pdf", Edit{Page: 35, Old: "22.72", New: "28.72", Context: "2、公务接待费支出决算为22.72"}},
		{"synthetic/seed-libreoffice.pdf", Edit{Page: 13, Old: "2,359.24", New: "2,359.42", Context: "20113商贸事务2,359.24"}},
		{"real/putuo-shgzb-2024-final.pdf", Edit{Page: 8, Old: "51.32", New: "53.12", Context: "2013901行政运行51.32"}},
		{"real/putuo-czj-2024-final.pdf", Edit{Page: 13, Old: "2,961.68", New: "2,916.68", Occurrence: 1}},
		{"real/jiangsu-court-2019-budget.pdf", Edit{Page: 10, Old: "17,279.29", New: "17,297.29"}},
		// Longer numbers: the line reflows (Chromium's chained Td), the
		// number is squeezed (LibreOffice's runs placed by Tm, the end of a
		// WPS run).
		{"synthetic/seed-chromium.pdf", Edit{Page: 24, Old: "22.72", New: "227200", Context: "2、公务接待费支出决算为22.72"}},
		{"synthetic/seed-libreoffice.pdf", Edit{Page: 35, Old: "22.72", New: "227200", Context: "2、公务接待费支出决算为22.72"}},
		{"real/putuo-shgzb-2024-final.pdf", Edit{Page: 18, Old: "11.31", New: "113100", Context: "支出决算为11.31"}},
	}
	pdftotext, _ := exec.LookPath("pdftotext")
	for _, c := range cases {
		t.Run(fmt.Sprintf("%s p%d %s", c.file, c.edit.Page, c.edit.Old), func(t *testing.T) {
			before := readCorpus(t, c.file)
			after, err := EditPDF(before, c.edit)
			require.NoError(t, err)
			require.True(t, bytes.HasPrefix(after, before), "an incremental update keeps the original bytes")
			require.NoError(t, Verify(before, after, c.edit))

			ctx := c.edit.Context
			if ctx == "" {
				ctx = c.edit.Old
			}
			newCtx := squeeze(strings.Replace(ctx, c.edit.Old, c.edit.New, 1))
			doc, err := extract.Read(c.file, after, extract.Options{})
			require.NoError(t, err)
			text := extractedText(doc, c.edit.Page)
			assert.Contains(t, squeeze(text), squeeze(c.edit.New), "extract reads the new number")

			if pdftotext == "" {
				t.Log("pdftotext not installed: skipped the independent read")
				return
			}
			f := t.TempDir() + "/edited.pdf"
			require.NoError(t, os.WriteFile(f, after, 0o644))
			out, err := exec.Command(pdftotext, "-f", fmt.Sprint(c.edit.Page), "-l", fmt.Sprint(c.edit.Page), f, "-").Output()
			require.NoError(t, err)
			assert.Contains(t, squeeze(string(out)), newCtx, "pdftotext reads the new number")
		})
	}
}

// A hand-made file with a cross-reference stream (the corpus has none):
// the update must be a cross-reference stream too, and literal strings
// with escapes must be read and written back correctly.
func TestEditXrefStreamFile(t *testing.T) {
	file := xrefStreamPDF(t, "BT /F1 12 Tf 72 700 Td (Total \\(net\\): 1,234.50) Tj ET")
	e := Edit{Page: 1, Old: "1,234.50", New: "1,243.50"}
	after, err := EditPDF(file, e)
	require.NoError(t, err)
	require.NoError(t, Verify(file, after, e))
	tail := string(after[len(file):])
	assert.Contains(t, tail, "/Type /XRef")
	assert.NotContains(t, tail, "trailer")
	assert.Equal(t, "Total(net):1,243.50", pageGlyphText(t, after, 1))

	// A second edit on the edited file chains another section.
	e2 := Edit{Page: 1, Old: "1,243.50", New: "1,243.59"}
	again, err := EditPDF(after, e2)
	require.NoError(t, err)
	assert.Equal(t, "Total(net):1,243.59", pageGlyphText(t, again, 1))
	assert.Contains(t, string(again[len(after):]), fmt.Sprintf("/Prev %d", bytes.LastIndex(after, []byte(" 0 obj\n<</Type /XRef"))-1))
}

// xrefStreamPDF writes a one-page PDF whose only cross-reference section
// is a stream, with a WinAnsi Helvetica and the given content.
func xrefStreamPDF(t *testing.T, content string) []byte {
	t.Helper()
	var b bytes.Buffer
	b.WriteString("%PDF-1.5\n")
	var offs []int
	obj := func(body string) {
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", len(offs), body)
	}
	obj("<< /Type /Catalog /Pages 2 0 R >>")
	obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>")
	obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
	obj(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content))
	xref := b.Len()
	var rows bytes.Buffer
	rows.Write([]byte{0, 0, 0, 0, 0, 0xff, 0xff})
	for _, o := range offs {
		rows.Write([]byte{1, byte(o >> 24), byte(o >> 16), byte(o >> 8), byte(o), 0, 0})
	}
	rows.Write([]byte{1, byte(xref >> 24), byte(xref >> 16), byte(xref >> 8), byte(xref), 0, 0})
	var z bytes.Buffer
	w := zlib.NewWriter(&z)
	w.Write(rows.Bytes())
	w.Close()
	fmt.Fprintf(&b, "%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /Length %d >>\nstream\n", len(offs)+1, len(offs)+2, z.Len())
	b.Write(z.Bytes())
	fmt.Fprintf(&b, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", xref)
	return b.Bytes()
}

// Longer and shorter numbers: surplus digits go after the last changed
// glyph, dropped ones leave their strings empty; the text reads right.
func TestEditChangesLength(t *testing.T) {
	file := xrefStreamPDF(t, "BT /F1 12 Tf 72 700 Td [(A 2.56) -250 (B)] TJ 0 -20 Td (C 0.17 D) Tj ET")
	for _, c := range []struct{ old, new, want string }{
		{"2.56", "25600", "A25600BC0.17D"},
		{"2.56", "2.5", "A2.5BC0.17D"},
		{"2.56", "12.56", "A12.56BC0.17D"},
		{"0.17", "1700", "A2.56BC1700D"},
		{"0.17", "7", "A2.56BC7D"},
	} {
		e := Edit{Page: 1, Old: c.old, New: c.new}
		after, err := EditPDF(file, e)
		require.NoError(t, err, c.new)
		require.NoError(t, Verify(file, after, e), c.new)
		assert.Equal(t, c.want, pageGlyphText(t, after, 1), c.new)
	}
}

// glyphBoxes returns the text and left and right edges of a page's glyphs.
func glyphBoxes(t *testing.T, file []byte) (string, []float64, []float64) {
	t.Helper()
	d, err := pdftext.Open(file, pdftext.Options{})
	require.NoError(t, err)
	p, err := d.Page(1)
	require.NoError(t, err)
	var text strings.Builder
	var x0, x1 []float64
	for _, g := range p.Glyphs {
		text.WriteString(g.Text)
		x0 = append(x0, math.Round(g.X0*100)/100)
		x1 = append(x1, math.Round(g.X1*100)/100)
	}
	return text.String(), x0, x1
}

// A longer number where every glyph is placed by a relative move: the next
// move takes the extra width and the rest of the line follows.
func TestEditReflowsAChain(t *testing.T) {
	file := xrefStreamPDF(t, "BT /F1 10 Tf 100 700 Td (1) Tj 5 0 Td (.) Tj 5 0 Td (5) Tj 5 0 Td (x) Tj 5 0 Td (y) Tj ET")
	e := Edit{Page: 1, Old: "1.5", New: "12.5"}
	after, err := EditPDF(file, e)
	require.NoError(t, err)
	require.NoError(t, Verify(file, after, e))
	text, x0, _ := glyphBoxes(t, after)
	assert.Equal(t, "12.5xy", text)
	assert.Equal(t, []float64{100, 105, 110, 115, 120, 125}, x0, "every glyph a width apart")
}

// A longer number whose line goes on in a run placed absolutely: the
// number is squeezed into its old width, evenly over its glyphs, so that
// it reaches no further and two equal digits stay apart.
func TestEditSqueezes(t *testing.T) {
	chain := xrefStreamPDF(t, "BT /F1 10 Tf 100 700 Td (2) Tj 5 0 Td (.) Tj 5 0 Td (5) Tj 5 0 Td (6) Tj ET BT /F1 10 Tf 121 700 Td (B) Tj ET")
	e := Edit{Page: 1, Old: "2.56", New: "25600"}
	after, err := EditPDF(chain, e)
	require.NoError(t, err)
	require.NoError(t, Verify(chain, after, e))
	text, x0, x1 := glyphBoxes(t, after)
	assert.Equal(t, "25600B", text)
	assert.Equal(t, []float64{100, 104, 108, 112, 116, 121}, x0)
	assert.LessOrEqual(t, x1[4], 121.0, "the number ends where it did")

	run := xrefStreamPDF(t, "BT /F1 10 Tf 100 700 Td [(A 2.) 0 (56)] TJ ET BT /F1 10 Tf 131 700 Td (B) Tj ET")
	after, err = EditPDF(run, e)
	require.NoError(t, err)
	text, _, x1 = glyphBoxes(t, after)
	assert.Equal(t, "A 25600B", text)
	assert.InDelta(t, 127.5, x1[6], 0.01, "the run keeps its width (a space is a quarter em)")
}

func TestEditErrors(t *testing.T) {
	file := xrefStreamPDF(t, "BT /F1 12 Tf 72 700 Td (a 12.5 b 12.5 c) Tj ET")
	_, err := EditPDF(file, Edit{Page: 1, Old: "12.5", New: "13.5"})
	assert.ErrorIs(t, err, ErrNotFound, "two occurrences need a pick")
	_, err = EditPDF(file, Edit{Page: 1, Old: "12.5", New: "13.5", Occurrence: 3})
	assert.ErrorIs(t, err, ErrNotFound)
	_, err = EditPDF(file, Edit{Page: 1, Old: "99", New: "98"})
	assert.ErrorIs(t, err, ErrNotFound)
	_, err = EditPDF(file, Edit{Page: 2, Old: "12.5", New: "13.5"})
	assert.ErrorContains(t, err, "no page 2")
	_, err = EditPDF(file, Edit{Page: 1, Old: "12.5", New: "12.5"})
	assert.ErrorContains(t, err, "nothing to change")
	_, err = EditPDF(file, Edit{Page: 1, Old: "12.5", New: "1中.5", Context: "b 12.5"})
	assert.ErrorContains(t, err, "no glyph for '中'")
	_, err = EditPDF(file, Edit{Page: 1, Old: "12.5", New: "13.5", Context: "12.5 b 12.5"})
	assert.ErrorContains(t, err, "twice")
	after, err := EditPDF(file, Edit{Page: 1, Old: "12.5", New: "13.5", Context: "b 12.5"})
	require.NoError(t, err)
	assert.Equal(t, "a12.5b13.5c", pageGlyphText(t, after, 1))

	// A subset font: the title's bold font never printed a 7, so it has
	// no code for one.
	chromium := readCorpus(t, "synthetic/seed-chromium.pdf")
	_, err = EditPDF(chromium, Edit{Page: 1, Old: "2021", New: "2027", Context: "2021年度", Occurrence: 1})
	assert.ErrorContains(t, err, "no glyph for '7'")
}

func TestPlan(t *testing.T) {
	tg := target{glyphs: []int{10, 11, 12, 13}, old: "2.56"}
	type step = struct {
		glyph int
		text  string
	}
	assert.Equal(t, []step{{12, "6"}, {13, "5"}}, plan(tg, "2.65"))
	assert.Equal(t, []step{{11, "5"}, {12, "6"}, {13, "00"}}, plan(tg, "25600"))
	assert.Equal(t, []step{{12, ""}}, plan(tg, "2.6"))
	assert.Equal(t, []step{{10, "12"}}, plan(tg, "12.56"))
	assert.Equal(t, []step{{13, "67"}}, plan(tg, "2.567"))
	assert.Empty(t, plan(tg, "2.56"))
}

func TestEditText(t *testing.T) {
	text := "a 1.5 b\nc 1.5 d 1.5\n"
	got, err := EditText(text, Edit{Line: 2, Old: "1.5", New: "2.5", Occurrence: 2})
	require.NoError(t, err)
	assert.Equal(t, "a 1.5 b\nc 1.5 d 2.5\n", got)
	got, err = EditText(text, Edit{Old: "1.5", New: "9", Context: "b\nc 1.5"})
	require.NoError(t, err)
	assert.Equal(t, "a 1.5 b\nc 9 d 1.5\n", got)
	_, err = EditText(text, Edit{Old: "1.5", New: "9"})
	assert.ErrorIs(t, err, ErrNotFound)
	_, err = EditText(text, Edit{Line: 1, Old: "1.5", New: "9", Occurrence: 2})
	assert.ErrorIs(t, err, ErrNotFound)
	_, err = EditText(text, Edit{Line: 9, Old: "1.5", New: "9"})
	assert.Error(t, err)
}

func TestSyntax(t *testing.T) {
	s, end, err := readString([]byte(`x(a\(b\)\101\n\
c(d)e)y`), 1)
	require.NoError(t, err)
	assert.Equal(t, "a(b)A\nc(d)e", string(s))
	assert.Equal(t, byte('y'), `x(a\(b\)\101\n\
c(d)e)y`[end])
	s, _, err = readString([]byte("<41 42 4>"), 0)
	require.NoError(t, err)
	assert.Equal(t, "AB@", string(s))
	assert.Equal(t, "<00FF41>", string(hexString([]byte{0, 0xff, 'A'})))

	keys, vals, _, err := dictEntries([]byte(`<</Size 12 /Root 1 0 R /ID [<ab><cd>] /Info 3 0 R /Nested <</A (x>>) /B [1 2]>> /Prev 77>>`), 0)
	require.NoError(t, err)
	assert.Equal(t, []string{"Size", "Root", "ID", "Info", "Nested", "Prev"}, keys)
	assert.Equal(t, "1 0 R", string(vals["Root"]))
	assert.Equal(t, "[<ab><cd>]", string(vals["ID"]))
	assert.Equal(t, "12", string(vals["Size"]))
	assert.Equal(t, "<</A (x>>) /B [1 2]>>", string(vals["Nested"]))
}
