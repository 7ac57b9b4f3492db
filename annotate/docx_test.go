package annotate

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/gouji/gouji/corpus/mutate"
	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/reconcile"
	"github.com/stretchr/testify/require"
)

// commented is a .docx checked and annotated.
type commented struct {
	path     string
	src, out []byte
	doc      *extract.Document
	findings []reconcile.Finding
}

func commentDOCX(t *testing.T, path string, src []byte) commented {
	t.Helper()
	doc, err := extract.Read(path, src, extract.Options{})
	require.NoError(t, err)
	var fs []reconcile.Finding
	for _, f := range reconcile.Check(doc, reconcile.Analyzers()).Findings {
		if f.Severity > reconcile.Info {
			fs = append(fs, f)
		}
	}
	require.NotEmpty(t, fs, path)
	out, err := DOCX(Input{Path: path, Src: src, Doc: doc, Findings: fs, Lang: i18n.Zh})
	require.NoError(t, err)
	return commented{path, src, out, doc, fs}
}

// parts reads every part of a zip.
func parts(t *testing.T, data []byte) (map[string][]byte, []string) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	require.NoError(t, err)
	m := map[string][]byte{}
	var names []string
	for _, f := range zr.File {
		rc, err := f.Open()
		require.NoError(t, err)
		b, err := io.ReadAll(rc)
		require.NoError(t, err)
		m[f.Name] = b
		names = append(names, f.Name)
	}
	return m, names
}

// ranges returns the text each comment range of document.xml encloses,
// by comment id, and the ids of the comment references.
func ranges(t *testing.T, doc []byte) (map[string]string, map[string]bool) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(doc))
	open := map[string]*strings.Builder{}
	got := map[string]string{}
	refs := map[string]bool{}
	inT := false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return got, refs
		}
		require.NoError(t, err)
		switch e := tok.(type) {
		case xml.StartElement:
			id := ""
			for _, a := range e.Attr {
				if a.Name.Local == "id" {
					id = a.Value
				}
			}
			switch e.Name.Local {
			case "commentRangeStart":
				open[id] = &strings.Builder{}
			case "commentRangeEnd":
				require.Contains(t, open, id, "range %s ends before it starts", id)
				got[id] = open[id].String()
				delete(open, id)
			case "commentReference":
				refs[id] = true
			case "t":
				inT = true
			}
		case xml.EndElement:
			if e.Name.Local == "t" {
				inT = false
			}
		case xml.CharData:
			if inT {
				for _, b := range open {
					b.Write(e)
				}
			}
		}
	}
}

// checkCommented checks an annotated copy: one comment by gouji per
// finding, each range around the claimed figure, the other parts byte for
// byte the original's, and the text as before.
func checkCommented(t *testing.T, c commented) {
	t.Helper()
	before, names := parts(t, c.src)
	after, _ := parts(t, c.out)
	changed := map[string]bool{"word/document.xml": true, "word/_rels/document.xml.rels": true, "[Content_Types].xml": true, "word/comments.xml": true}
	for _, name := range names {
		if !changed[name] {
			require.Equal(t, before[name], after[name], "%s changed", name)
		}
	}
	require.Contains(t, string(after["[Content_Types].xml"]), commentsContentType)
	require.Contains(t, string(after["word/_rels/document.xml.rels"]), commentsType)

	var comments struct {
		Comments []struct {
			ID     string `xml:"id,attr"`
			Author string `xml:"author,attr"`
			Text   string `xml:",innerxml"`
		} `xml:"comment"`
	}
	require.NoError(t, xml.Unmarshal(after["word/comments.xml"], &comments))
	require.Len(t, comments.Comments, len(c.findings), "one comment per finding")
	got, refs := ranges(t, after["word/document.xml"])
	require.Len(t, got, len(c.findings), "one range per finding")
	for i, cm := range comments.Comments {
		f := c.findings[i]
		require.Equal(t, "gouji", cm.Author)
		require.True(t, refs[cm.ID], "comment %s has a reference", cm.ID)
		require.Contains(t, cm.Text, xmlEscaped(f.Msg.In(i18n.Zh)), "comment %s holds the message", cm.ID)
		want := squeezed(printedFigure(&f))
		if len(f.Evidence) > 0 && f.Evidence[0].Kind == reconcile.EvidenceTable {
			want = squeezed(f.Evidence[0].Value)
		}
		require.Equal(t, want, squeezed(got[cm.ID]), "comment %s (%s) stands around the claimed figure", cm.ID, f.Rule)
	}

	// The copy reads as the original: splitting runs changes no text.
	doc, err := extract.Read(c.path, c.out, extract.Options{})
	require.NoError(t, err)
	require.Equal(t, len(c.doc.Blocks), len(doc.Blocks))
	for i, b := range c.doc.Blocks {
		if b.Paragraph != nil {
			require.Equal(t, b.Paragraph.Text, doc.Blocks[i].Paragraph.Text)
		}
	}
}

func xmlEscaped(s string) string {
	var b bytes.Buffer
	escape(&b, s)
	return b.String()
}

// copies are the annotated drafts the tests made, for LibreOffice to open
// all at once (TestLibreOfficeOpens).
var copies = &copySet{files: map[string][]byte{}}

type copySet struct {
	sync.Mutex
	files map[string][]byte
}

func (c *commented) keep(name string) { copies.add(name, c.out) }

func (c *copySet) add(name string, data []byte) {
	c.Lock()
	defer c.Unlock()
	c.files[name] = data
}

func TestDOCXSeed(t *testing.T) {
	src, err := os.ReadFile("../corpus/drafts/seed.docx")
	require.NoError(t, err)
	c := commentDOCX(t, "seed.docx", src)
	checkCommented(t, c)
	c.keep("seed.docx")
}

// TestDOCXTableCells edits a cell of the seed's 公开05表 in the .docx: the
// sums that break stand at table cells, whose comments surround the cell's
// figure.
func TestDOCXTableCells(t *testing.T) {
	src, err := os.ReadFile("../corpus/drafts/seed.docx")
	require.NoError(t, err)
	edited, err := mutate.EditDOCX(src, mutate.Edit{Old: "2,359.24", New: "2,359.42", Context: "20113商贸事务2,359.24"}, 2)
	require.NoError(t, err)
	c := commentDOCX(t, "edited.docx", edited)
	tableFindings := 0
	for _, f := range c.findings {
		if f.Rule == "code-sum" {
			tableFindings++
		}
	}
	require.Positive(t, tableFindings)
	checkCommented(t, c)
	c.keep("cells.docx")
}

// TestDOCXOneReport writes comments only into the file a finding stands
// in: the narrative's findings into seed-narrative.docx.
func TestDOCXOneReport(t *testing.T) {
	var docs []*extract.Document
	var srcs [][]byte
	for _, p := range []string{"../corpus/drafts/seed-narrative.docx", "../corpus/drafts/seed-tables.xlsx"} {
		src, err := os.ReadFile(p)
		require.NoError(t, err)
		doc, err := extract.Read(p, src, extract.Options{})
		require.NoError(t, err)
		docs, srcs = append(docs, doc), append(srcs, src)
	}
	joined := extract.Join(docs...)
	var fs []reconcile.Finding
	for _, f := range reconcile.Check(joined, reconcile.Analyzers()).Findings {
		if f.Severity > reconcile.Info {
			fs = append(fs, f)
		}
	}
	out, err := DOCX(Input{Path: "../corpus/drafts/seed-narrative.docx", Src: srcs[0], Doc: joined, Findings: fs, Lang: i18n.En})
	require.NoError(t, err)
	after, _ := parts(t, out)
	got, _ := ranges(t, after["word/document.xml"])
	require.Len(t, got, len(fs))
}

// TestDOCXSplitsRun puts a comment around a figure printed inside a longer
// run: the run is split into three of the same properties, and the
// document reads as before.
func TestDOCXSplitsRun(t *testing.T) {
	body := `<w:p><w:r w:rsidR="00AB"><w:rPr><w:b/></w:rPr><w:t>支出决算为535.69万元，完成年初预算的106.4%。</w:t></w:r></w:p>`
	src := minimalDOCX(t, body)
	doc, err := extract.Read("t.docx", src, extract.Options{})
	require.NoError(t, err)
	text := doc.Blocks[0].Paragraph.Text
	f := reconcile.Finding{Rule: "text-vs-table", Severity: reconcile.Error, Claimed: "535.69", Message: "535.69 ≠ 533.69",
		Pos:      reconcile.Position{Block: 0, Row: strings.Index(text, "535.69")},
		Evidence: []reconcile.Evidence{{Kind: reconcile.EvidenceText, Value: "535.69万元", Quote: text}}}
	g := reconcile.Finding{Rule: "completion", Severity: reconcile.Error, Claimed: "106.4", Message: "106.4% ≠ 106.8%",
		Pos:      reconcile.Position{Block: 0, Row: strings.Index(text, "106.4")},
		Evidence: []reconcile.Evidence{{Kind: reconcile.EvidenceText, Value: "106.4%", Quote: text}}}
	out, err := DOCX(Input{Path: "t.docx", Src: src, Doc: doc, Findings: []reconcile.Finding{f, g}, Lang: i18n.En})
	require.NoError(t, err)
	after, _ := parts(t, out)
	got, refs := ranges(t, after["word/document.xml"])
	require.Equal(t, map[string]string{"0": "535.69", "1": "106.4%"}, got)
	require.Len(t, refs, 2)
	require.Equal(t, 5, strings.Count(string(after["word/document.xml"]), `<w:r w:rsidR="00AB"><w:rPr><w:b/></w:rPr>`), "the run is split into five of the same properties")
	again, err := extract.Read("t.docx", out, extract.Options{})
	require.NoError(t, err)
	require.Equal(t, text, again.Blocks[0].Paragraph.Text)
	copies.add("split.docx", out)
}

// minimalDOCX is a Word document with body, without comments.
func minimalDOCX(t *testing.T, body string) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, p := range [][2]string{
		{"[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		{"word/document.xml", `<?xml version="1.0"?><w:document xmlns:w="` + wordNS + `"><w:body>` + body + `</w:body></w:document>`},
	} {
		w, err := zw.Create(p[0])
		require.NoError(t, err)
		_, err = w.Write([]byte(p[1]))
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	return b.Bytes()
}

// TestLibreOfficeOpens converts every annotated copy the other tests made
// with LibreOffice (headless), in one run: each must convert without
// error. It skips when LibreOffice is not installed.
func TestLibreOfficeOpens(t *testing.T) {
	bin, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("LibreOffice not installed: the annotated copies are not opened")
	}
	// Make the copies (again, when the tests ran before).
	for _, test := range []struct {
		name string
		run  func(*testing.T)
	}{{"seed", TestDOCXSeed}, {"cells", TestDOCXTableCells}, {"split", TestDOCXSplitsRun}, {"notes", TestXLSXNotes}} {
		require.True(t, t.Run(test.name, test.run))
	}
	copies.Lock()
	defer copies.Unlock()
	require.Len(t, copies.files, 4)
	dir := t.TempDir()
	args := []string{"--headless", "-env:UserInstallation=file://" + filepath.Join(dir, "profile"), "--convert-to", "pdf", "--outdir", dir}
	var names []string
	for name, data := range copies.files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), data, 0o644))
		args = append(args, filepath.Join(dir, name))
		names = append(names, name)
	}
	out, err := exec.Command(bin, args...).CombinedOutput()
	require.NoError(t, err, "%s", out)
	for _, name := range names {
		st, err := os.Stat(filepath.Join(dir, strings.TrimSuffix(name, filepath.Ext(name))+".pdf"))
		require.NoError(t, err, "LibreOffice did not convert %s: %s", name, out)
		require.Positive(t, st.Size(), name)
	}
}
