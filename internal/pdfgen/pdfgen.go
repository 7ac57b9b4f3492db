// Package pdfgen builds small, deliberately odd PDFs for tests: a scan
// without text, a form that draws itself, a decompression bomb. Real
// reports come from the corpus; these are the inputs no producer should
// make but some file in a batch of thousands will.
package pdfgen

import (
	"bytes"
	"compress/zlib"
	"fmt"
)

// File assembles objects (numbered from 1, the first being the catalog)
// into a PDF with a classic cross-reference table.
func File(objs ...string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

// Stream returns a stream object with the given extra dictionary entries.
func Stream(dict string, data []byte) string {
	return fmt.Sprintf("<< %s /Length %d >>\nstream\n%s\nendstream", dict, len(data), data)
}

// Deflate compresses data for a /FlateDecode stream.
func Deflate(data []byte) []byte {
	var b bytes.Buffer
	w, _ := zlib.NewWriterLevel(&b, zlib.BestCompression)
	w.Write(data)
	w.Close()
	return b.Bytes()
}

// onePage returns the catalog, pages and page objects of a one-page file
// whose page has the given resources and content stream object 4.
func onePage(resources string) []string {
	return []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources " + resources + " /Contents 4 0 R >>",
	}
}

// ImageOnly is a page covered by a gray image and nothing else: a scan
// without a text layer.
func ImageOnly() []byte {
	img := Deflate(bytes.Repeat([]byte{0x80}, 64*64))
	objs := onePage("<< /XObject << /Im0 5 0 R >> >>")
	return File(append(objs,
		Stream("", []byte("q 595 0 0 842 0 0 cm /Im0 Do Q")),
		Stream("/Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode", img),
	)...)
}

// helvetica is a simple font any reader can decode (WinAnsi, standard 14).
const helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"

// SelfDrawingForm is a page with a line of text and a form XObject whose
// content draws the form itself: a reader that follows it blindly never
// stops.
func SelfDrawingForm(text string) []byte {
	objs := onePage("<< /Font << /F1 6 0 R >> /XObject << /Fm 5 0 R >> >>")
	content := fmt.Sprintf("BT /F1 12 Tf 72 720 Td (%s) Tj ET /Fm Do", text)
	return File(append(objs,
		Stream("", []byte(content)),
		Stream("/Type /XObject /Subtype /Form /BBox [0 0 100 100] /Resources << /XObject << /Fm 5 0 R >> >>", []byte("/Fm Do")),
		helvetica,
	)...)
}

// Bomb is a page whose content stream is a small flate stream inflating
// to size bytes of spaces (about a thousandth of that compressed).
func Bomb(size int64) []byte {
	var b bytes.Buffer
	w, _ := zlib.NewWriterLevel(&b, zlib.BestSpeed)
	chunk := bytes.Repeat([]byte(" "), 1<<20)
	for n := int64(0); n < size; n += int64(len(chunk)) {
		w.Write(chunk[:min(int64(len(chunk)), size-n)])
	}
	w.Close()
	objs := onePage("<< /Font << /F1 5 0 R >> >>")
	return File(append(objs, Stream("/Filter /FlateDecode", b.Bytes()), helvetica)...)
}
