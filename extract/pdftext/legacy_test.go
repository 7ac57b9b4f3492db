package pdftext

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLegacyCharset(t *testing.T) {
	gbk := legacyCMap("GBK-EUC-H")
	require.NotNil(t, gbk)
	for _, name := range []string{"GB-EUC-H", "GBpc-EUC-V", "GBKp-EUC-H", "GBK2K-H"} {
		assert.Same(t, gbk, legacyCMap(name), name)
	}
	assert.Same(t, big5Charset, legacyCMap("ETen-B5-H"))
	for _, name := range []string{"GBT-EUC-H", "UniGB-UCS2-H", "Identity-H", "90ms-RKSJ-H", "KSC-EUC-H", ""} {
		assert.Nil(t, legacyCMap(name), name)
	}
	for code, want := range map[uint32]string{
		0xa3ac: "，", 0xceb4: "未", 0xcdf2: "万", 0xd4aa: "元", // xian-kjj p21
		'7': "7", ' ': " ",
		0x0a: "", 0x80: "", 0xff: "", // single bytes other than printable ASCII
		0xa1a0: "", 0x8120: "", 0x7fa1: "", 0x1234567: "", // outside the two-byte table
		0xaaa1: "", // user-defined area: private use
	} {
		assert.Equal(t, want, gbk.text(code), "%#x", code)
	}
	assert.Equal(t, "中", big5Charset.text(0xa4a4))
}

// gbkDoc is one page whose /G1 is a non-embedded Type 0 font on
// GBK-EUC-H without ToUnicode, as WPS writes FangSong.
func gbkDoc(content string) []byte {
	b := &pdfBuilder{}
	cat, pages := b.reserve(), b.reserve()
	cid := b.add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /FangSong /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /DW 1000 >>")
	f := b.add(fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /FangSong /Encoding /GBK-EUC-H /DescendantFonts [%d 0 R] >>", cid))
	cs := b.add(stream("", []byte(content)))
	pg := b.add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 600 800] /Resources << /Font << /G1 %d 0 R >> >> /Contents %d 0 R >>", pages, f, cs))
	b.set(cat, fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pages))
	b.set(pages, fmt.Sprintf("<< /Type /Pages /Kids [%d 0 R] /Count 1 >>", pg))
	return b.bytes(cat)
}

// TestGBKEUCFont: codes of a GBK-EUC-H font without ToUnicode read as
// GBK; ASCII bytes are half width, two-byte codes take /DW; a code GBK
// leaves undefined is still U+FFFD, with the usual warning.
func TestGBKEUCFont(t *testing.T) {
	d, err := Open(gbkDoc(`BT /G1 10 Tf 100 700 Td <a3acceb4> Tj (7.1) Tj <cdf2d4aa aaa1> Tj ET`), Options{})
	require.NoError(t, err)
	p, err := d.page(1)
	require.NoError(t, err)
	assert.Equal(t, "，未7.1万元\uFFFD", pageText(p))
	assert.Equal(t, []string{"font FangSong: 1 glyphs without a Unicode mapping"}, p.Warnings)
	if assert.Len(t, p.Glyphs, 8) {
		assert.InDelta(t, 120, p.Glyphs[2].X0, 0.01)
		assert.InDelta(t, 125, p.Glyphs[3].X0, 0.01)
		assert.InDelta(t, 135, p.Glyphs[5].X0, 0.01)
	}
}

// TestXianKJJGBK: xian-kjj-2022 writes a few phrases in a non-embedded
// FangSong (and SimHei) on GBK-EUC-H without ToUnicode; pdftotext reads
// them, and so must we.
func TestXianKJJGBK(t *testing.T) {
	data, err := os.ReadFile("../../corpus/real/xian-kjj-2022-budget.pdf")
	require.NoError(t, err)
	d, err := Open(data, Options{})
	require.NoError(t, err)
	for page, want := range map[int]string{
		21: "其中一般公共预算支出93664.78万元，未安排支出的实户资金721.71万元；",
		34: "六、部门预算“三公”经费等预算情况说明",
		36: "九、部门预算绩效目标情况说明",
	} {
		text := pageText(mustPage(t, d, page))
		assert.Contains(t, text, want, "page %d", page)
		assert.NotContains(t, text, "\uFFFD", "page %d", page)
	}
	for n := 1; n <= d.NumPages(); n++ {
		assert.False(t, strings.ContainsRune(pageText(mustPage(t, d, n)), '\uFFFD'), "page %d", n)
	}
}
