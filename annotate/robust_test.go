package annotate

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"testing"

	"github.com/gouji/gouji/extract"
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
func tinyPDF(text string) []byte {
	content := "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET"
	objs := []string{
		"<</Type /Catalog /Pages 2 0 R>>",
		"<</Type /Pages /Kids [3 0 R] /Count 1>>",
		"<</Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources <</Font <</F1 5 0 R>>>> /Contents 4 0 R>>",
		fmt.Sprintf("<</Length %d>>\nstream\n%s\nendstream", len(content), content),
		"<</Type /Font /Subtype /Type1 /BaseFont /Helvetica>>",
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
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
	fmt.Fprintf(&b, "trailer\n<</Size %d /Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
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
