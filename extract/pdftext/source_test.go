package pdftext

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sourceString reads the string operand at off of data with the
// interpreter's own lexer.
func sourceString(t *testing.T, data []byte, off int) []byte {
	t.Helper()
	l := newLexer(data[off:])
	tok, o, _ := l.scan(0)
	require.Equal(t, tOperand, tok)
	require.Equal(t, kStr, o.kind, "no string at %d: %q", off, data[off:min(len(data), off+20)])
	return append([]byte(nil), l.bytesOf(o)...)
}

// On every page of every corpus report, PageSources gives the glyphs Page
// gives, and each source points at the bytes of its code: reading the
// string operand there and cutting out Offset..Offset+Len gives Code, and
// the font decodes Code to the glyph's text (unless /ActualText replaced
// it). A digit's code comes back from Encode.
func TestPageSourcesPointAtCodes(t *testing.T) {
	for _, f := range corpusFiles {
		name := strings.TrimSuffix(f[strings.LastIndex(f, "/")+1:], ".pdf")
		t.Run(name, func(t *testing.T) {
			d := openCorpus(t, name)
			pages := []int{1, d.NumPages() / 2, d.NumPages()}
			for _, n := range pages {
				p, srcs, err := d.PageSources(n)
				require.NoError(t, err)
				want := mustPage(t, d, n)
				require.Equal(t, want.Glyphs, p.Glyphs, "page %d", n)
				require.Len(t, srcs, len(p.Glyphs))
				streams, err := d.PageContents(n)
				require.NoError(t, err)
				refs, err := d.PageContentRefs(n)
				require.NoError(t, err)
				require.Len(t, refs, len(streams))
				strs := map[[2]int][]byte{}
				for i, s := range srcs {
					g := p.Glyphs[i]
					if s.Stream < 0 {
						continue
					}
					require.Less(t, s.Stream, len(streams))
					assert.Equal(t, refs[s.Stream], streams[s.Stream].Obj)
					k := [2]int{s.Stream, s.Operand}
					str, ok := strs[k]
					if !ok {
						str = sourceString(t, streams[s.Stream].Data, s.Operand)
						strs[k] = str
					}
					require.LessOrEqual(t, s.Offset+s.Len, len(str))
					assert.Equal(t, s.Code, codeOf(str[s.Offset:s.Offset+s.Len]), "page %d glyph %d %q", n, i, g.Text)
					text, _ := s.Font.Decode(s.Code)
					if text == "" {
						text = "\uFFFD"
					}
					if text != g.Text && !strings.ContainsRune("0123456789", []rune(g.Text)[0]) {
						continue // /ActualText
					}
					assert.Equal(t, text, g.Text, "page %d glyph %d", n, i)
					if len(g.Text) == 1 && g.Text[0] >= '0' && g.Text[0] <= '9' {
						b, ok := s.Font.Encode(g.Text)
						if assert.True(t, ok, "font %s encodes %q", s.Font.Name(), g.Text) {
							assert.Len(t, b, s.Len, "a code as long as the font's codes")
							c, m := s.Font.f.nextCode(append(b, 0, 0, 0, 0))
							assert.Equal(t, len(b), m)
							back, _ := s.Font.Decode(c)
							assert.Equal(t, g.Text, back)
						}
						assert.NotEmpty(t, s.Font.Resource(), "a page-level font has its resource name")
					}
				}
			}
		})
	}
}

// A small file: a literal string with escapes and a hex string in a TJ
// array, over two content streams; a Form XObject's glyphs have no page
// stream.
func TestPageSourcesSynthetic(t *testing.T) {
	var b pdfBuilder
	cat := b.reserve()
	pages := b.reserve()
	fnt := b.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 126 /Widths [" + strings.Repeat("500 ", 95) + "] >>")
	form := b.add(stream("/Type /XObject /Subtype /Form /BBox [0 0 600 800] /Resources << /Font << /F1 "+fmt.Sprint(fnt)+" 0 R >> >>", []byte("BT /F1 10 Tf 10 10 Td (Z) Tj ET")))
	c1 := b.add(stream("", []byte("BT /F1 10 Tf 100 700 Td (a\\(b\\051c) Tj ET")))
	c2 := b.add(stream("", []byte("BT /F1 12 Tf 100 600 Td [<3132> -20 (3)] TJ ET /X1 Do")))
	page := b.add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 600 800] /Resources << /Font << /F1 %d 0 R >> /XObject << /X1 %d 0 R >> >> /Contents [%d 0 R %d 0 R] >>", pages, fnt, form, c1, c2))
	b.set(pages, fmt.Sprintf("<< /Type /Pages /Kids [%d 0 R] /Count 1 >>", page))
	b.set(cat, fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pages))
	d, err := Open(b.bytes(cat), Options{})
	require.NoError(t, err)
	p, srcs, err := d.PageSources(1)
	require.NoError(t, err)
	require.Equal(t, "a(b)c123Z", pageText(p))
	streams, err := d.PageContents(1)
	require.NoError(t, err)
	require.Len(t, streams, 2)
	assert.Equal(t, c1, streams[0].Obj)
	assert.Equal(t, c2, streams[1].Obj)

	type pos struct{ stream, operand, offset, n int }
	var got []pos
	for _, s := range srcs {
		got = append(got, pos{s.Stream, s.Operand, s.Offset, s.Len})
	}
	op1 := strings.Index(string(streams[0].Data), "(")
	hex := strings.Index(string(streams[1].Data), "<")
	lit := strings.Index(string(streams[1].Data), "(")
	assert.Equal(t, []pos{
		{0, op1, 0, 1}, {0, op1, 1, 1}, {0, op1, 2, 1}, {0, op1, 3, 1}, {0, op1, 4, 1},
		{1, hex, 0, 1}, {1, hex, 1, 1},
		{1, lit, 0, 1},
		{-1, 22, 0, 1}, // in the form's own data
	}, got)
	assert.Equal(t, 12.0, srcs[5].FontSize)
	assert.Equal(t, 1.0, srcs[5].HScale)
	assert.InDelta(t, 1.5, srcs[0].Font.Width([]byte("a(b")), 1e-9, "three codes of width 500")
	assert.Equal(t, "F1", srcs[0].Font.Resource())
	assert.Equal(t, "Helvetica", srcs[0].Font.Name())
	code, ok := srcs[0].Font.Encode("7")
	assert.True(t, ok)
	assert.Equal(t, []byte("7"), code)
	_, ok = srcs[0].Font.Encode("中")
	assert.False(t, ok)
}
