// Package docx reads the body of a Word document (WordprocessingML, .docx)
// as the reader sees it printed: paragraphs in order with their list
// numbers, tables with merged cells, tracked changes accepted, field
// results and text boxes included; headers, footers, footnotes and
// comments left out.
package docx

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/gouji/gouji/extract/ooxml"
)

// Namespaces of the elements the reader looks at.
const (
	nsW  = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsMC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
)

// Read returns the blocks of the document in pkg: its body's paragraphs
// and tables in order.
func Read(pkg *ooxml.Package, limits ooxml.Limits) ([]ooxml.Block, error) {
	main := MainPart(pkg)
	data, err := pkg.Read(main)
	if err != nil {
		return nil, err
	}
	num, err := readNumbering(pkg, limits)
	if err != nil {
		return nil, err
	}
	w := &walker{num: num, limits: limits}
	if err := w.walk(data); err != nil {
		return nil, err
	}
	return w.blocks, nil
}

// MainPart returns the name of the package's main document part: the
// target of the officeDocument relationship, word/document.xml by default.
func MainPart(pkg *ooxml.Package) string {
	if t := relTarget(pkg, "_rels/.rels", "", "/officeDocument"); t != "" && pkg.Has(t) {
		return t
	}
	return "word/document.xml"
}

// Open opens a Word document's package and reads its main part: the
// package, the part's name and its bytes.
func Open(src []byte, limits ooxml.Limits) (*ooxml.Package, string, []byte, error) {
	pkg, err := ooxml.Open(src, limits)
	if err != nil {
		return nil, "", nil, err
	}
	main := MainPart(pkg)
	data, err := pkg.Read(main)
	if err != nil {
		return nil, "", nil, err
	}
	return pkg, main, data, nil
}

// IsDocument reports whether pkg holds a Word document: its main part is
// WordprocessingML by its content type.
func IsDocument(pkg *ooxml.Package) bool {
	main := MainPart(pkg)
	if !pkg.Has(main) {
		return false
	}
	return strings.Contains(contentType(pkg, main), "wordprocessingml")
}

// walker reads document.xml token by token.
type walker struct {
	num    *numbering
	limits ooxml.Limits
	blocks []ooxml.Block
	// nPara counts the paragraphs met so far (every w:p, in start order).
	nPara int
	// paras are the paragraphs being read, innermost last (a text box's
	// paragraphs sit inside a run of their anchor paragraph).
	paras []*paraState
	// tables are the tables being read, innermost last.
	tables []*tableState
	// skip > 0 while inside content that does not print (deleted text,
	// field codes, a fallback of alternate content).
	skip int
	// runs, when set, collects the printed runs of each paragraph with
	// their places in the XML (see Runs); run is the one being read.
	runs   map[int][]Run
	run    *Run
	inText bool
}

type paraState struct {
	text strings.Builder
	n    int
	// at is the index in blocks of the paragraph's reserved slot (-1 for
	// a paragraph in a table cell).
	at int
	// numID and ilvl are the paragraph's list numbering (numPr), if any;
	// style its style.
	numID, ilvl string
	hasNum      bool
	style       string
}

func (w *walker) walk(data []byte) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	depth := 0
	var stack []xml.Name
	for {
		before := int(d.InputOffset())
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("%w: document.xml: %v", ooxml.ErrDamaged, err)
		}
		if w.runs != nil {
			w.place(tok, before, int(d.InputOffset()))
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth > w.limits.MaxDepth {
				return fmt.Errorf("%w: elements nested deeper than %d", ooxml.ErrLimit, w.limits.MaxDepth)
			}
			parent := xml.Name{}
			if len(stack) > 0 {
				parent = stack[len(stack)-1]
			}
			stack = append(stack, t.Name)
			w.start(t, parent)
		case xml.EndElement:
			depth--
			stack = stack[:len(stack)-1]
			w.end(t)
		case xml.CharData:
			if w.skip == 0 && len(stack) > 0 && len(w.paras) > 0 {
				if n := stack[len(stack)-1]; n.Space == nsW && n.Local == "t" {
					w.paras[len(w.paras)-1].text.Write(t)
				}
			}
		}
	}
	return nil
}

// skipped lists the elements whose content does not print: deleted and
// moved-away text, field instructions, and the fallback of alternate
// content (its choice is read).
func skipped(n xml.Name) bool {
	switch {
	case n.Space == nsW:
		switch n.Local {
		case "del", "moveFrom", "instrText", "delInstrText", "footnoteReference", "endnoteReference", "commentReference":
			return true
		}
	case n.Space == nsMC && n.Local == "Fallback":
		return true
	}
	return false
}

func (w *walker) start(t xml.StartElement, parent xml.Name) {
	if skipped(t.Name) {
		w.skip++
		return
	}
	if w.skip > 0 || t.Name.Space != nsW {
		return
	}
	switch t.Name.Local {
	case "p":
		w.nPara++
		p := &paraState{n: w.nPara, at: -1}
		if len(w.tables) == 0 {
			p.at = len(w.blocks)
			w.blocks = append(w.blocks, ooxml.Block{})
		}
		w.paras = append(w.paras, p)
	case "tab", "br", "cr":
		if parent.Local == "r" {
			w.write(" ")
		}
	case "noBreakHyphen":
		w.write("-")
	case "pStyle", "numId", "ilvl":
		w.paraProp(t)
	case "tbl":
		w.tables = append(w.tables, &tableState{})
	case "tr":
		if tb := w.table(); tb != nil {
			tb.startRow()
		}
	case "gridBefore":
		if tb := w.table(); tb != nil {
			tb.col = min(tb.col+atoi(attr(t, "val"), 0), maxCols)
		}
	case "tc":
		if tb := w.table(); tb != nil {
			tb.startCell(w.nPara + 1)
		}
	case "gridSpan":
		if tb := w.table(); tb != nil && tb.cell != nil {
			tb.cell.span = min(max(1, atoi(attr(t, "val"), 1)), maxCols)
		}
	case "vMerge":
		if tb := w.table(); tb != nil && tb.cell != nil {
			tb.cell.merge = attr(t, "val") != "restart"
		}
	}
}

// paraProp records a paragraph property that matters for its list number.
func (w *walker) paraProp(t xml.StartElement) {
	if len(w.paras) == 0 {
		return
	}
	p := w.paras[len(w.paras)-1]
	switch t.Name.Local {
	case "pStyle":
		p.style = attr(t, "val")
	case "numId":
		p.numID, p.hasNum = attr(t, "val"), true
	case "ilvl":
		p.ilvl = attr(t, "val")
	}
}

func (w *walker) write(s string) {
	if w.skip == 0 && len(w.paras) > 0 {
		w.paras[len(w.paras)-1].text.WriteString(s)
	}
}

func (w *walker) table() *tableState {
	if len(w.tables) == 0 {
		return nil
	}
	// A table nested in a cell prints inside that cell: its text goes to
	// the outermost table's cell.
	return w.tables[0]
}

func (w *walker) end(t xml.EndElement) {
	if skipped(t.Name) {
		w.skip--
		return
	}
	if w.skip > 0 || t.Name.Space != nsW {
		return
	}
	switch t.Name.Local {
	case "p":
		w.endPara()
	case "tc":
		if len(w.tables) == 1 {
			w.tables[0].endCell()
		}
	case "tbl":
		tb := w.tables[len(w.tables)-1]
		w.tables = w.tables[:len(w.tables)-1]
		if len(w.tables) == 0 {
			w.blocks = append(w.blocks, ooxml.Block{Table: tb.grid()})
		}
	}
}

func (w *walker) endPara() {
	if len(w.paras) == 0 {
		return
	}
	p := w.paras[len(w.paras)-1]
	w.paras = w.paras[:len(w.paras)-1]
	text := w.num.label(p) + p.text.String()
	if p.at >= 0 {
		w.blocks[p.at] = ooxml.Block{Para: &ooxml.Para{Text: text, N: p.n}}
		return
	}
	if len(w.paras) > 0 && w.paras[len(w.paras)-1].at < 0 {
		// A text box's paragraph inside a cell's paragraph: into the cell.
		w.paras[len(w.paras)-1].text.WriteString(" " + text)
		return
	}
	if tb := w.table(); tb != nil && tb.cell != nil {
		tb.cell.add(text)
	}
}

func attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

func atoi(s string, def int) int {
	n, ok := 0, false
	for _, c := range s {
		if c < '0' || c > '9' || n > 1<<20 {
			return def
		}
		n, ok = n*10+int(c-'0'), true
	}
	if !ok {
		return def
	}
	return n
}
