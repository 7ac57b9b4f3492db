package pdftext

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"strings"
)

// pdfBuilder writes small PDFs for tests: numbered objects, a correct xref
// table, a trailer. Object bodies are written as given.
type pdfBuilder struct {
	objs    []string
	trailer string // extra trailer entries
	version string
}

// add appends an object and returns its number.
func (b *pdfBuilder) add(body string) int {
	b.objs = append(b.objs, body)
	return len(b.objs)
}

// reserve returns the number of an object whose body is set later.
func (b *pdfBuilder) reserve() int { return b.add("null") }

func (b *pdfBuilder) set(n int, body string) { b.objs[n-1] = body }

// stream is the body of a stream object; dict holds the entries other
// than /Length.
func stream(dict string, data []byte) string {
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
}

func deflate(data []byte) []byte {
	var buf bytes.Buffer
	w := zlib.NewWriter(&buf)
	w.Write(data)
	w.Close()
	return buf.Bytes()
}

// bytes renders the file with object root as the catalog.
func (b *pdfBuilder) bytes(root int) []byte {
	var out bytes.Buffer
	v := b.version
	if v == "" {
		v = "1.7"
	}
	fmt.Fprintf(&out, "%%PDF-%s\n%%\xe2\xe3\xcf\xd3\n", v)
	offs := make([]int, len(b.objs))
	for i, body := range b.objs {
		offs[i] = out.Len()
		fmt.Fprintf(&out, "%d 0 obj\n%s\nendobj\n", i+1, body)
	}
	xref := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", len(b.objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&out, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&out, "trailer\n<< /Size %d /Root %d 0 R %s >>\nstartxref\n%d\n%%%%EOF\n", len(b.objs)+1, root, b.trailer, xref)
	return out.Bytes()
}

// testFonts adds the font set of the synthetic documents and returns the
// /Font dictionary entries:
//
//	/F1 Helvetica, simple, WinAnsi, /Widths for 32..57 only (like Word)
//	/F2 Type 0 Identity-H with /W, /DW and a ToUnicode for 一二三 and digits
//	/F3 Type 3, FontMatrix 0.01, no ToUnicode: text from /Differences
func testFonts(b *pdfBuilder) string {
	widths := []string{}
	for c := 32; c <= 57; c++ {
		switch {
		case c == 32:
			widths = append(widths, "278")
		case c >= '0' && c <= '9':
			widths = append(widths, "556")
		default:
			widths = append(widths, "0")
		}
	}
	f1 := b.add("<< /Type /Font /Subtype /TrueType /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 57 /Widths [" + strings.Join(widths, " ") + "] >>")

	tu := b.add(stream("", []byte(`/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CMapName /Test-UCS def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
3 beginbfchar
<0001> <4E00>
<0002> <4E8C>
<0003> <4E09>
endbfchar
1 beginbfrange
<0010> <0019> <0030>
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end`)))
	cid := b.add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TestSong /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 /W [16 25 500] >>")
	f2 := b.add(fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /TestSong /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>", cid, tu))

	proc := b.add(stream("", []byte("50 0 d0 0 0 50 50 re f")))
	f3 := b.add(fmt.Sprintf("<< /Type /Font /Subtype /Type3 /FontBBox [0 0 100 100] /FontMatrix [0.01 0 0 0.01 0 0] /FirstChar 65 /LastChar 66 /Widths [50 100] /Encoding << /Type /Encoding /Differences [65 /A /B] >> /CharProcs << /A %d 0 R /B %d 0 R >> /Resources << >> >>", proc, proc))
	return fmt.Sprintf("/F1 %d 0 R /F2 %d 0 R /F3 %d 0 R", f1, f2, f3)
}

// docOpts vary the synthetic document.
type docOpts struct {
	mediaBox  string // default [0 0 600 800]
	rotate    int
	pageExtra string // more page dictionary entries (/CropBox ...)
	// resources adds resource entries (it may add objects).
	resources func(b *pdfBuilder) string
	compress  bool
}

// simpleDoc builds a document with one page per content string, all
// sharing the test fonts.
func simpleDoc(o docOpts, contents ...string) []byte {
	b := &pdfBuilder{}
	cat := b.reserve()
	pages := b.reserve()
	fonts := testFonts(b)
	extra := ""
	if o.resources != nil {
		extra = o.resources(b)
	}
	res := b.add(fmt.Sprintf("<< /Font << %s >> %s >>", fonts, extra))
	var kids []string
	for _, c := range contents {
		data, dict := []byte(c), ""
		if o.compress {
			data, dict = deflate(data), "/Filter /FlateDecode"
		}
		cs := b.add(stream(dict, data))
		mb := o.mediaBox
		if mb == "" {
			mb = "[0 0 600 800]"
		}
		pg := b.add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox %s /Rotate %d /Resources %d 0 R /Contents %d 0 R %s >>", pages, mb, o.rotate, res, cs, o.pageExtra))
		kids = append(kids, fmt.Sprintf("%d 0 R", pg))
	}
	b.set(cat, fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pages))
	b.set(pages, fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(kids)))
	return b.bytes(cat)
}
