package pdftext

import (
	"encoding/binary"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ttFormat4 builds a cmap format 4 subtable of consecutive ranges
// [start, start+len(gids)) mapped with idDelta to the first glyph.
func ttFormat4(start int, firstGID int, n int) []byte {
	be := binary.BigEndian
	seg := [][3]int{{start, start + n - 1, (firstGID - start) & 0xffff}, {0xffff, 0xffff, 1}}
	b := make([]byte, 14+8*len(seg)+2)
	be.PutUint16(b[0:], 4)
	be.PutUint16(b[2:], uint16(len(b)))
	be.PutUint16(b[6:], uint16(2*len(seg)))
	for i, s := range seg {
		be.PutUint16(b[14+2*i:], uint16(s[1]))
		be.PutUint16(b[14+2*len(seg)+2+2*i:], uint16(s[0]))
		be.PutUint16(b[14+4*len(seg)+2+2*i:], uint16(s[2]))
	}
	return b
}

// ttFont assembles a font program from its tables.
func ttFont(tables map[string][]byte) []byte {
	be := binary.BigEndian
	tags := []string{"cmap", "post"}
	out := make([]byte, 12+16*len(tags))
	be.PutUint32(out, 0x00010000)
	be.PutUint16(out[4:], uint16(len(tags)))
	for i, tag := range tags {
		rec := 12 + 16*i
		copy(out[rec:], tag)
		be.PutUint32(out[rec+8:], uint32(len(out)))
		be.PutUint32(out[rec+12:], uint32(len(tables[tag])))
		out = append(out, tables[tag]...)
	}
	return out
}

// testTrueType: codes 0x30-0x32 → glyphs 5-7 through a (3,0) cmap; glyph
// 5 is "zero" (a standard Mac name), 6 "uni4E8C", 7 a name that says
// nothing, found as U+4E00 in the (3,1) cmap.
func testTrueType() []byte {
	be := binary.BigEndian
	sym, uni := ttFormat4(0xf030, 5, 3), ttFormat4(0x4e00, 7, 1)
	cmap := make([]byte, 4+8*2)
	be.PutUint16(cmap[2:], 2)
	be.PutUint16(cmap[4:], 3)
	be.PutUint16(cmap[6:], 0)
	be.PutUint32(cmap[8:], uint32(len(cmap)))
	be.PutUint16(cmap[12:], 3)
	be.PutUint16(cmap[14:], 1)
	be.PutUint32(cmap[16:], uint32(len(cmap)+len(sym)))
	cmap = append(append(cmap, sym...), uni...)

	post := make([]byte, 34)
	be.PutUint32(post, 0x00020000)
	be.PutUint16(post[32:], 8)
	for _, i := range []int{0, 0, 0, 0, 0, 19, 258, 259} {
		post = be.AppendUint16(post, uint16(i))
	}
	for _, s := range []string{"uni4E8C", "g7"} {
		post = append(append(post, byte(len(s))), s...)
	}
	return ttFont(map[string][]byte{"cmap": cmap, "post": post})
}

func TestTrueTypeText(t *testing.T) {
	text, ok := trueTypeText(testTrueType(), true)
	assert.True(t, ok)
	assert.Equal(t, []rune{'0', '二', '一'}, text[0x30:0x33])
	assert.Equal(t, rune(0), text[0x33])
	assert.Equal(t, rune(0), text['A'])

	// A non-symbolic font whose only cmap is Unicode: nothing to add.
	_, ok = trueTypeText(testTrueType(), false)
	assert.True(t, ok) // it has a (3,0) subtable
	assert.Len(t, macGlyphNames, 258)
	assert.Equal(t, "dcroat", macGlyphNames[257])
	assert.Equal(t, "Idotaccent", macGlyphNames[250])

	for _, bad := range [][]byte{nil, []byte("true"), testTrueType()[:20], []byte("OTTO\x00\x01\x00\x00\x00\x00\x00\x00")} {
		_, ok := trueTypeText(bad, true)
		assert.False(t, ok)
	}
}

// FuzzTrueType: no font program makes the parser panic or loop.
func FuzzTrueType(f *testing.F) {
	good := testTrueType()
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add([]byte{0, 1, 0, 0, 0, 1})
	f.Fuzz(func(t *testing.T, data []byte) {
		trueTypeText(data, true)
		trueTypeText(data, false)
	})
}

// ttDoc is one page with /T1, a simple TrueType font embedding
// testTrueType, with the given extra font dictionary entries.
func ttDoc(fontExtra, content string) []byte {
	b := &pdfBuilder{}
	cat, pages := b.reserve(), b.reserve()
	prog := b.add(stream("", testTrueType()))
	fd := b.add(fmt.Sprintf("<< /Type /FontDescriptor /FontName /ABCDEF+Test /Flags 4 /FontFile2 %d 0 R >>", prog))
	f := b.add(fmt.Sprintf("<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+Test /FirstChar 48 /LastChar 51 /Widths [500 1000 1000 500] /FontDescriptor %d 0 R %s >>", fd, fontExtra))
	cs := b.add(stream("", []byte(content)))
	pg := b.add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 600 800] /Resources << /Font << /T1 %d 0 R >> >> /Contents %d 0 R >>", pages, f, cs))
	b.set(cat, fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pages))
	b.set(pages, fmt.Sprintf("<< /Type /Pages /Kids [%d 0 R] /Count 1 >>", pg))
	return b.bytes(cat)
}

// TestEmbeddedTrueTypeText: the font program is read only when the font
// has neither /ToUnicode nor /Encoding; a code it leaves out keeps the
// guessed encoding.
func TestEmbeddedTrueTypeText(t *testing.T) {
	for extra, want := range map[string]string{
		"":                           "0二一3",
		"/Encoding /WinAnsiEncoding": "0123",
	} {
		d, err := Open(ttDoc(extra, `BT /T1 10 Tf 100 700 Td (0123) Tj ET`), Options{})
		require.NoError(t, err)
		p, err := d.page(1)
		require.NoError(t, err)
		assert.Equal(t, want, pageText(p), "font entries %q", extra)
	}
}
