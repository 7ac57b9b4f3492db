package annotate

import (
	"bytes"
	"os"
	"os/exec"
	"regexp"
	"testing"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/internal/pdfgen"
	"github.com/gouji/gouji/reconcile"
)

// onFigures is one finding per block, standing at its first place, for
// the robustness tests: what matters there is the writer, not the rules.
func onFigures(doc *extract.Document) []reconcile.Finding {
	var fs []reconcile.Finding
	for i, b := range doc.Blocks {
		f := reconcile.Finding{Severity: reconcile.Error, Page: b.Page(), Claimed: "1", Message: "test", Pos: reconcile.Position{Block: i}}
		fs = append(fs, f)
	}
	return fs
}

// annotateBytes reads data as a report and annotates it with onFigures.
func annotateBytes(data []byte) ([]byte, int, error) {
	doc, err := extract.Read("t.pdf", data, extract.Options{})
	if err != nil {
		doc = &extract.Document{}
	}
	fs := onFigures(doc)
	out, err := PDF(Input{Path: "t.pdf", Src: data, Doc: doc, Findings: fs})
	return out, len(fs), err
}

// TestPDFRefused: a file the writer cannot update gives an error, not a
// panic and not a copy.
func TestPDFRefused(t *testing.T) {
	src, err := os.ReadFile("../corpus/real/putuo-wanli-2024-budget.pdf")
	if err != nil {
		t.Fatal(err)
	}
	badXref := regexp.MustCompile(`startxref\s+\d+`).ReplaceAll(bytes.Clone(src), []byte("startxref\n17"))
	cases := map[string][]byte{
		"user password":  read(t, "../corpus/broken/user-password.pdf"),
		"owner password": read(t, "../corpus/broken/owner-password.pdf"),
		"owner rc4-40":   read(t, "../extract/pdftext/testdata/encrypted/owner-rc4-40.pdf"),
		"owner aes-128":  read(t, "../extract/pdftext/testdata/encrypted/owner-aes-128.pdf"),
		"broken xref":    badXref,
		"truncated":      src[:len(src)/2],
		"junk before":    append([]byte("From: someone\n\n"), src...),
		"not a PDF":      []byte("hello"),
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			out, _, err := annotateBytes(data)
			if err == nil || out != nil {
				t.Fatalf("annotated (%d bytes), want an error", len(out))
			}
			t.Log(err)
		})
	}
}

func read(t *testing.T, path string) []byte {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestPDFNoFindings: a report without findings gets an identical copy.
func TestPDFNoFindings(t *testing.T) {
	src := read(t, "../corpus/real/putuo-wanli-2024-budget.pdf")
	out, err := PDF(Input{Path: "t.pdf", Src: src, Doc: &extract.Document{}})
	if err != nil || !bytes.Equal(out, src) {
		t.Fatalf("err %v, copy equal: %v", err, bytes.Equal(out, src))
	}
}

// tinyPDF is a one-page PDF printing a line of text, with a classic
// cross-reference table: a seed small enough to fuzz fast.
func tinyPDF(text string) []byte { return tinyPDFWith(text, "") }

// tinyPDFWith is tinyPDF with more entries in the page dictionary and
// more objects, numbered from 6.
func tinyPDFWith(text, pageEntries string, more ...string) []byte {
	content := "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET"
	objs := []string{
		"<</Type /Catalog /Pages 2 0 R>>",
		"<</Type /Pages /Kids [3 0 R] /Count 1>>",
		"<</Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources <</Font <</F1 5 0 R>>>> /Contents 4 0 R" + pageEntries + ">>",
		pdfgen.Stream("", []byte(content)),
		"<</Type /Font /Subtype /Type1 /BaseFont /Helvetica>>",
	}
	return pdfgen.File(append(objs, more...)...)
}

// TestPDFTiny: the tiny PDF gets one highlight over its figure, and qpdf
// accepts the copy.
func TestPDFTiny(t *testing.T) {
	src := tinyPDF("Total 1 234.50")
	out, n, err := annotateBytes(src)
	if err != nil || n != 1 {
		t.Fatalf("%d findings, err %v", n, err)
	}
	if c := bytes.Count(out[len(src):], []byte("/Subtype /Highlight")); c != 1 {
		t.Fatalf("%d highlights", c)
	}
	if _, err := exec.LookPath("qpdf"); err == nil {
		if code := qpdfCheck(t, t.TempDir(), "tiny.pdf", out); code != 0 {
			t.Errorf("qpdf --check: exit %d", code)
		}
	}
}

// FuzzPDF: whatever the file, the writer returns an error or a copy that
// starts with the file; it never panics.
func FuzzPDF(f *testing.F) {
	f.Add(tinyPDF("Total 12.50"))
	f.Add(tinyPDF("1"))
	f.Fuzz(func(t *testing.T, data []byte) {
		out, n, err := annotateBytes(data)
		if err == nil && n > 0 && !bytes.HasPrefix(out, data) {
			t.Fatal("the copy does not start with the original")
		}
	})
}

// TestPDFAnnotsKept: the page's own annotations stay listed, whether its
// /Annots is an array in the page or an object of its own.
func TestPDFAnnotsKept(t *testing.T) {
	link := "<</Type /Annot /Subtype /Link /Rect [72 700 200 730] /A <</S /URI /URI (https://example.org)>>>>"
	for name, src := range map[string][]byte{
		"inline":   tinyPDFWith("Total 12.50", " /Annots [6 0 R]", link),
		"indirect": tinyPDFWith("Total 12.50", " /Annots 7 0 R", link, "[6 0 R]"),
	} {
		t.Run(name, func(t *testing.T) {
			out, _, err := annotateBytes(src)
			if err != nil {
				t.Fatal(err)
			}
			if n := annotCount(t, out); n != 3 {
				t.Errorf("the page lists %d annotations, want the link, a highlight and a popup", n)
			}
			if !bytes.Contains(out[len(src):], []byte("/Annots [6 0 R ")) {
				t.Errorf("the link is not first in the new /Annots:\n%s", out[len(src):])
			}
			if _, err := exec.LookPath("qpdf"); err == nil {
				if code := qpdfCheck(t, t.TempDir(), "t.pdf", out); code != 0 {
					t.Errorf("qpdf --check: exit %d", code)
				}
			}
		})
	}
}

// TestEmptyCell: a grid position no cell covers is placed where its row
// and its column cross.
func TestEmptyCell(t *testing.T) {
	tab := &extract.Table{Rows: 2, Cols: 2, Cells: []extract.Cell{
		{Row: 0, Col: 0, Text: "a", Page: 3, Box: extract.Rect{X0: 10, Y0: 100, X1: 50, Y1: 110}},
		{Row: 0, Col: 1, Text: "b", Page: 3, Box: extract.Rect{X0: 60, Y0: 100, X1: 90, Y1: 110}},
		{Row: 1, Col: 0, Text: "c", Page: 3, Box: extract.Rect{X0: 10, Y0: 120, X1: 50, Y1: 130}},
	}}
	in := Input{Doc: &extract.Document{Blocks: []extract.Block{{Table: tab}}}}
	got, ok := targetAt(in, reconcile.Position{Row: 1, Col: 1}, "")
	want := extract.Rect{X0: 60, Y0: 120, X1: 90, Y1: 130}
	if !ok || got.page != 3 || got.box != want {
		t.Errorf("got %+v, %v; want page 3, %v", got, ok, want)
	}
}
