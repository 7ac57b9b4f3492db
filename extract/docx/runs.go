package docx

import (
	"encoding/xml"

	"github.com/gouji/gouji/extract/ooxml"
)

// Run is one printed run (w:r) of a paragraph and where its parts stand in
// the document part's bytes, for writing into the document (comments
// around a figure).
type Run struct {
	// Start and End are the byte range of the w:r element.
	Start, End int
	// RPr is the byte range of its properties (w:rPr); empty when it has
	// none.
	RPr [2]int
	// Texts are its w:t elements.
	Texts []Text
}

// Text is one w:t element: its text and the byte range of its content.
type Text struct {
	Text       string
	Start, End int
}

// Runs returns the printed runs of every paragraph of a document part
// (main, as read from the package), by paragraph number as Read numbers
// them: deleted text and field instructions are left out the same way.
func Runs(data []byte, limits ooxml.Limits) (map[int][]Run, error) {
	w := &walker{num: &numbering{}, limits: limits, runs: map[int][]Run{}}
	if err := w.walk(data); err != nil {
		return nil, err
	}
	return w.runs, nil
}

// place records where the runs of the current paragraph stand; before and
// after are the offsets around token tok.
func (w *walker) place(tok xml.Token, before, after int) {
	switch t := tok.(type) {
	case xml.StartElement:
		if w.skip > 0 || t.Name.Space != nsW || skipped(t.Name) {
			return
		}
		switch t.Name.Local {
		case "r":
			if len(w.paras) > 0 {
				w.run = &Run{Start: before}
			}
		case "rPr":
			if w.run != nil && len(w.run.Texts) == 0 {
				w.run.RPr[0] = before
			}
		case "t":
			if w.run != nil {
				w.run.Texts = append(w.run.Texts, Text{Start: after, End: after})
				w.inText = true
			}
		}
	case xml.EndElement:
		if w.skip > 0 || t.Name.Space != nsW || w.run == nil {
			return
		}
		switch t.Name.Local {
		case "rPr":
			if w.run.RPr[0] > 0 && w.run.RPr[1] == 0 {
				w.run.RPr[1] = after
			}
		case "t":
			if n := len(w.run.Texts); n > 0 && w.inText {
				w.run.Texts[n-1].End = before
			}
			w.inText = false
		case "r":
			w.run.End = after
			n := w.paras[len(w.paras)-1].n
			w.runs[n] = append(w.runs[n], *w.run)
			w.run = nil
		}
	case xml.CharData:
		if w.run != nil && w.skip == 0 && w.inText {
			w.run.Texts[len(w.run.Texts)-1].Text += string(t)
		}
	}
}
