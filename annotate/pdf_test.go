package annotate

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/extract/pdftext"
	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/reconcile"
)

// The corpus reports the annotated copies are tested on: both synthetic
// seeds and real reports with table findings (code-sum, column-sum,
// cross-table, self-eval) and with a cross-reference stream (fuzhou,
// hangzhou).
var corpusPDFs = []string{
	"../corpus/synthetic/seed-chromium.pdf",
	"../corpus/synthetic/seed-libreoffice.pdf",
	"../corpus/real/changchun-xfj-2026-budget.pdf",
	"../corpus/real/putuo-sfj-unit-2026-budget.pdf",
	"../corpus/real/central-xfj-2024-final.pdf",
	"../corpus/real/fuzhou-ybj-2026-budget.pdf",
	"../corpus/real/hangzhou-qxj-2026-budget.pdf",
	"../corpus/real/xian-kjj-2022-budget.pdf",
}

// annotated is one corpus report checked and annotated.
type annotated struct {
	once     sync.Once
	path     string
	src, out []byte
	findings []reconcile.Finding
	err      error
}

var (
	annotatedMu    sync.Mutex
	annotatedCache = map[string]*annotated{}
)

// annotateFile checks path as gouji check does (info findings left out)
// and annotates it, once per test binary.
func annotateFile(t *testing.T, path string) *annotated {
	t.Helper()
	annotatedMu.Lock()
	a, ok := annotatedCache[path]
	if !ok {
		a = &annotated{}
		annotatedCache[path] = a
	}
	annotatedMu.Unlock()
	a.once.Do(func() { a.annotate(path) })
	return a
}

func (a *annotated) annotate(path string) {
	a.path = path
	var doc *extract.Document
	if a.src, a.err = os.ReadFile(path); a.err == nil {
		doc, a.err = extract.Read(path, a.src, extract.Options{})
	}
	if a.err == nil {
		for _, f := range reconcile.Check(doc, reconcile.Analyzers()).Findings {
			if f.Severity > reconcile.Info {
				a.findings = append(a.findings, f)
			}
		}
		a.out, a.err = PDF(Input{Path: path, Src: a.src, Doc: doc, Findings: a.findings, Lang: i18n.Zh})
	}
}

// highlight is an annotation as written in the update.
type highlight struct {
	page  int
	quads [][8]float64
	rgb   [3]float64
}

var (
	highlightRE = regexp.MustCompile(`/Subtype /Highlight /Rect \[[^\]]*\] /QuadPoints \[([^\]]*)\] /C \[([^\]]*)\].*?/NM \(gouji-p(\d+)-\d+\)`)
)

// highlights reads the highlight annotations of the appended part.
func highlights(t *testing.T, update []byte) []highlight {
	var out []highlight
	for _, m := range highlightRE.FindAllSubmatch(update, -1) {
		var h highlight
		q := floats(t, string(m[1]))
		for i := 0; i+8 <= len(q); i += 8 {
			h.quads = append(h.quads, [8]float64(q[i:i+8]))
		}
		copy(h.rgb[:], floats(t, string(m[2])))
		h.page, _ = strconv.Atoi(string(m[3]))
		out = append(out, h)
	}
	return out
}

func floats(t *testing.T, s string) []float64 {
	var out []float64
	for _, f := range strings.Fields(s) {
		x, err := strconv.ParseFloat(f, 64)
		if err != nil {
			t.Fatalf("bad number %q in %q", f, s)
		}
		out = append(out, x)
	}
	return out
}

// TestPDFCorpus: each finding of a corpus report becomes one highlight,
// written after the untouched original bytes.
func TestPDFCorpus(t *testing.T) {
	total := 0
	for _, path := range corpusPDFs {
		t.Run(filepath.Base(path), func(t *testing.T) {
			a := annotateFile(t, path)
			if a.err != nil {
				t.Fatal(a.err)
			}
			if !bytes.HasPrefix(a.out, a.src) {
				t.Fatal("the original bytes are not a prefix of the annotated copy")
			}
			update := a.out[len(a.src):]
			if n := bytes.Count(update, []byte("/Subtype /Highlight")); n != len(a.findings) {
				t.Errorf("%d highlights for %d findings", n, len(a.findings))
			}
			if len(a.findings) == 0 && len(update) != 0 {
				t.Errorf("no findings, but %d bytes appended", len(update))
			}
			total += len(a.findings)
		})
	}
	if total == 0 {
		t.Fatal("no findings in the corpus reports: the test checks nothing")
	}
}

// TestPDFQPDF: qpdf --check passes on every annotated copy whose original
// passes (and finds nothing worse where the original has warnings).
func TestPDFQPDF(t *testing.T) {
	if _, err := exec.LookPath("qpdf"); err != nil {
		t.Skip("qpdf not installed")
	}
	forCorpus(t, func(t *testing.T, a *annotated) {
		dir := t.TempDir()
		orig, copy := qpdfCheck(t, dir, "orig.pdf", a.src), qpdfCheck(t, dir, "copy.pdf", a.out)
		if copy > orig {
			t.Errorf("qpdf --check: exit %d on the copy, %d on the original", copy, orig)
		}
	})
}

// forCorpus runs test on each corpus report's annotated copy, in parallel
// subtests.
func forCorpus(t *testing.T, test func(t *testing.T, a *annotated)) {
	for _, path := range corpusPDFs {
		t.Run(filepath.Base(path), func(t *testing.T) {
			t.Parallel()
			a := annotateFile(t, path)
			if a.err != nil {
				t.Fatal(a.err)
			}
			test(t, a)
		})
	}
}

func qpdfCheck(t *testing.T, dir, name string, data []byte) int {
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("qpdf", "--check", p).CombinedOutput()
	if e, ok := err.(*exec.ExitError); ok {
		if e.ExitCode() == 2 {
			t.Logf("qpdf: %s", out)
		}
		return e.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return 0
}

// TestPDFQuadsCoverClaims: the text poppler reads inside each
// highlight's first quad is the claimed figure.
func TestPDFQuadsCoverClaims(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	dir := t.TempDir()
	var checked atomic.Int32
	t.Cleanup(func() {
		if checked.Load() == 0 && !t.Failed() {
			t.Error("no highlight checked")
		}
	})
	forCorpus(t, func(t *testing.T, a *annotated) {
		p := filepath.Join(dir, filepath.Base(a.path))
		if err := os.WriteFile(p, a.out, 0o644); err != nil {
			t.Fatal(err)
		}
		hs := highlights(t, a.out[len(a.src):])
		if len(hs) != len(a.findings) {
			t.Fatalf("%d highlights for %d findings", len(hs), len(a.findings))
		}
		for i, h := range hs {
			f := a.findings[i]
			if f.Claimed == "" {
				continue
			}
			got := textIn(t, p, h.page, h.quads[0])
			if !strings.Contains(got, strings.ReplaceAll(f.Claimed, ",", "")) {
				t.Errorf("p%d: the highlight of %q covers %q (%s)", h.page, f.Claimed, got, f.Message)
			}
			checked.Add(1)
		}
	})
}

// pageBox is a page's MediaBox and rotation as pdfinfo reports them.
func pageBox(t *testing.T, pdf string, page int) (box [4]float64, rot int) {
	key := fmt.Sprintf("%s#%d", pdf, page)
	boxesMu.Lock()
	b, ok := boxes[key]
	boxesMu.Unlock()
	if ok {
		return b.box, b.rot
	}
	defer func() {
		boxesMu.Lock()
		boxes[key] = pageBoxOf{box, rot}
		boxesMu.Unlock()
	}()
	out, err := exec.Command("pdfinfo", "-f", fmt.Sprint(page), "-l", fmt.Sprint(page), "-box", pdf).Output()
	if err != nil {
		t.Fatalf("pdfinfo: %v", err)
	}
	for _, line := range strings.Split(string(out), "\n") {
		fields := strings.Fields(line)
		switch {
		case len(fields) == 7 && fields[2] == "MediaBox:":
			copy(box[:], floats(t, strings.Join(fields[3:], " ")))
		case len(fields) == 4 && fields[2] == "rot:":
			rot, _ = strconv.Atoi(fields[3])
		}
	}
	return box, rot
}

type pageBoxOf struct {
	box [4]float64
	rot int
}

// boxes caches pageBox.
var (
	boxesMu sync.Mutex
	boxes   = map[string]pageBoxOf{}
)

// quadArea returns a quad's bounds in pdftotext's and pdftoppm's
// coordinates at 72 dpi: points from the top left of the page as shown
// (MediaBox, /Rotate applied).
func quadArea(t *testing.T, pdf string, page int, q [8]float64) (x0, y0, x1, y1 float64, ok bool) {
	box, rot := pageBox(t, pdf, page)
	x0, x1 = min(q[0], q[2], q[4], q[6]), max(q[0], q[2], q[4], q[6])
	y0, y1 = min(q[1], q[3], q[5], q[7]), max(q[1], q[3], q[5], q[7])
	llx, lly, urx, ury := box[0], box[1], box[2], box[3]
	switch rot {
	case 0:
		return x0 - llx, ury - y1, x1 - llx, ury - y0, true
	case 90:
		return y0 - lly, x0 - llx, y1 - lly, x1 - llx, true
	case 180:
		return urx - x1, y0 - lly, urx - x0, y1 - lly, true
	case 270:
		return ury - y1, urx - x1, ury - y0, urx - x0, true
	}
	return 0, 0, 0, 0, false
}

// textIn is the text poppler reads in a quad, spaces and thousands
// separators removed.
func textIn(t *testing.T, pdf string, page int, q [8]float64) string {
	x0, y0, x1, y1, ok := quadArea(t, pdf, page, q)
	if !ok {
		return "(rotated page)"
	}
	args := []string{"-f", fmt.Sprint(page), "-l", fmt.Sprint(page),
		"-x", fmt.Sprint(int(x0 - 1)), "-y", fmt.Sprint(int(y0 - 1)),
		"-W", fmt.Sprint(int(x1-x0) + 3), "-H", fmt.Sprint(int(y1-y0) + 3), pdf, "-"}
	out, err := exec.Command("pdftotext", args...).Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return strings.NewReplacer(" ", "", "\n", "", ",", "", "\f", "").Replace(string(out))
}

// TestPDFHighlightDrawn: pdftoppm draws each severity's colour inside the
// claimed figure's box on the annotated page, and not on the original.
func TestPDFHighlightDrawn(t *testing.T) {
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		t.Skip("pdftoppm not installed")
	}
	dir := t.TempDir()
	a := annotateFile(t, "../corpus/synthetic/seed-chromium.pdf")
	if a.err != nil {
		t.Fatal(a.err)
	}
	orig, copy := filepath.Join(dir, "orig.pdf"), filepath.Join(dir, "copy.pdf")
	if os.WriteFile(orig, a.src, 0o644) != nil || os.WriteFile(copy, a.out, 0o644) != nil {
		t.Fatal("cannot write the PDFs")
	}
	seen := map[[3]float64]bool{}
	for _, h := range highlights(t, a.out[len(a.src):]) {
		if seen[h.rgb] {
			continue
		}
		seen[h.rgb] = true
		x0, y0, x1, y1, ok := quadArea(t, copy, h.page, h.quads[0])
		if !ok {
			continue
		}
		const dpi = 50
		r := image.Rect(int(x0*dpi/72)+1, int(y0*dpi/72)+1, int(x1*dpi/72), int(y1*dpi/72))
		got := colourShare(render(t, copy, h.page, dpi), r, h.rgb)
		before := colourShare(render(t, orig, h.page, dpi), r, h.rgb)
		if got < 0.4 || before > 0.1 {
			t.Errorf("page %d: colour %v covers %.0f%% of the claimed figure's box (%.0f%% before annotating)", h.page, h.rgb, got*100, before*100)
		}
	}
	if len(seen) < 2 {
		t.Fatalf("%d colours tested, want findings of two severities", len(seen))
	}
}

// render draws one page with pdftoppm.
func render(t *testing.T, pdf string, page, dpi int) image.Image {
	out, err := exec.Command("pdftoppm", "-f", fmt.Sprint(page), "-l", fmt.Sprint(page), "-r", fmt.Sprint(dpi), "-png", pdf).Output()
	if err != nil {
		t.Fatalf("pdftoppm: %v", err)
	}
	img, err := png.Decode(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// colourShare is the share of the pixels of r close to rgb.
func colourShare(img image.Image, r image.Rectangle, rgb [3]float64) float64 {
	n, hit := 0, 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			n++
			if near(cr, rgb[0]) && near(cg, rgb[1]) && near(cb, rgb[2]) {
				hit++
			}
		}
	}
	if n == 0 {
		return 0
	}
	return float64(hit) / float64(n)
}

func near(c uint32, want float64) bool {
	d := float64(c)/0xffff - want
	return d > -0.12 && d < 0.12
}

// TestPDFCopyReadsTheSame: gouji reads an annotated copy (after a table
// or a stream cross-reference section) as it read the original: the same
// findings.
func TestPDFCopyReadsTheSame(t *testing.T) {
	for _, path := range []string{"../corpus/real/changchun-xfj-2026-budget.pdf", "../corpus/real/fuzhou-ybj-2026-budget.pdf"} {
		t.Run(filepath.Base(path), func(t *testing.T) {
			a := annotateFile(t, path)
			if a.err != nil {
				t.Fatal(a.err)
			}
			doc, err := extract.Read(path, a.out, extract.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range reconcile.Check(doc, reconcile.Analyzers()).Findings {
				if f.Severity > reconcile.Info {
					got = append(got, fmt.Sprintf("%s p%d %s", f.Rule, f.Page, f.Claimed))
				}
			}
			var want []string
			for _, f := range a.findings {
				want = append(want, fmt.Sprintf("%s p%d %s", f.Rule, f.Page, f.Claimed))
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("the copy gives\n%s\nthe original\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}

			// The reader sees the update: the pages list a highlight and a
			// popup more for each finding.
			if n, m := annotCount(t, a.out), annotCount(t, a.src); n-m != 2*len(a.findings) {
				t.Errorf("the pages list %d annotations, %d before, for %d findings", n, m, len(a.findings))
			}
		})
	}
}

// annotCount is the number of annotations the pages of a PDF list.
func annotCount(t *testing.T, data []byte) int {
	pd, err := pdftext.Open(data, pdftext.Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for p := 1; p <= pd.NumPages(); p++ {
		_, annots, err := pd.PageEntries(p)
		if err != nil {
			t.Fatal(err)
		}
		n += len(annots)
	}
	return n
}
