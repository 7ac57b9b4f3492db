package annotate

import (
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/extract/pdftext"
	"github.com/gouji/gouji/reconcile"
)

// Places on the page: a finding stands at a paragraph offset or a table
// cell (Finding.Pos), table evidence at a cell (Evidence.At). The
// extractor keeps the box of a line or a cell; the glyphs of the page,
// read again, give the exact boxes of the figure's characters inside it.

// target is a figure to find: the box of its line or cell on a page, its
// text, and for a line the index of its first character (-1: anywhere).
type target struct {
	page int
	box  extract.Rect
	text string
	near int
}

// glyphs reads each page's glyphs once.
type glyphs struct {
	doc   *pdftext.Document
	pages map[int][]pdftext.Glyph
}

func (g *glyphs) page(n int) []pdftext.Glyph {
	if gs, ok := g.pages[n]; ok {
		return gs
	}
	var gs []pdftext.Glyph
	if p, err := g.doc.Page(n); err == nil {
		gs = p.Glyphs
	}
	g.pages[n] = gs
	return gs
}

// ownBlock reports whether block b of a document read from in.Path (or
// joined from several files, one of which is in.Path) was read from it.
func ownBlock(in Input, b extract.Block) bool {
	if len(in.Doc.Files) == 0 {
		return true
	}
	switch {
	case b.Paragraph != nil:
		return b.Paragraph.File == in.Path
	case b.Table != nil:
		return b.Table.File == in.Path
	}
	return false
}

// claimTarget is where finding f's figure is printed (or, for a finding
// that claims no figure, the words it marks).
func claimTarget(in Input, f *reconcile.Finding) (target, bool) {
	return targetAt(in, f.Pos, claimedText(f))
}

// claimedText is the text a finding is about: its claimed figure, else
// the words it marks (a template leftover).
func claimedText(f *reconcile.Finding) string {
	if f.Claimed != "" {
		return f.Claimed
	}
	return f.Mark
}

// targetAt resolves a position to a target: a table cell (its whole
// text) or the line of a paragraph holding byte offset pos.Row.
func targetAt(in Input, pos reconcile.Position, text string) (target, bool) {
	if in.Doc == nil || pos.Block < 0 || pos.Block >= len(in.Doc.Blocks) {
		return target{}, false
	}
	b := in.Doc.Blocks[pos.Block]
	if !ownBlock(in, b) {
		return target{}, false
	}
	if t := b.Table; t != nil {
		if pos.Row < 0 || pos.Row >= t.Rows || pos.Col < 0 || pos.Col >= t.Cols {
			return target{}, false
		}
		c := t.Grid()[pos.Row][pos.Col]
		if c == nil || c.Box.Empty() {
			return emptyCell(t, pos.Row, pos.Col)
		}
		if text == "" {
			text = c.Text
		}
		return target{page: c.Page, box: c.Box, text: text, near: -1}, true
	}
	p := b.Paragraph
	if p == nil || text == "" {
		return target{}, false
	}
	for i := len(p.Lines) - 1; i >= 0; i-- {
		l := p.Lines[i]
		if l.Start <= pos.Row && !l.Box.Empty() {
			near := utf8.RuneCountInString(strings.ReplaceAll(p.Text[l.Start:min(pos.Row, len(p.Text))], " ", ""))
			return target{page: l.Page, box: l.Box, text: text, near: near}, true
		}
	}
	return target{}, false
}

// emptyCell is the place of a grid position that no cell covers (a
// figure printed empty): the height of row r's cells, the width of
// column c's.
func emptyCell(t *extract.Table, r, c int) (target, bool) {
	var row, col extract.Rect
	page := 0
	for _, x := range t.Cells {
		switch {
		case x.Box.Empty():
		case x.Row == r && max(x.RowSpan, 1) == 1:
			row, page = row.Union(x.Box), x.Page
		case x.Col == c && max(x.ColSpan, 1) == 1:
			col = col.Union(x.Box)
		}
	}
	if row.Empty() || col.Empty() {
		return target{}, false
	}
	return target{page: page, box: extract.Rect{X0: col.X0, Y0: row.Y0, X1: col.X1, Y1: row.Y1}, near: -1}, true
}

// locate returns the boxes (page space) of the glyphs printing t.text
// inside t.box; failing that, of the nearest place on the page printing
// it (a figure in a table's title, placed at the table); failing that,
// t.box itself.
func locate(g *glyphs, t target) []extract.Rect {
	all := g.page(t.page)
	if r := find(inBox(all, t.box), t.text, t.near, t.box); r != nil {
		return r
	}
	if r := find(inBox(all, extract.Rect{X0: -1e9, Y0: -1e9, X1: 1e9, Y1: 1e9}), t.text, -1, t.box); r != nil {
		return r
	}
	return []extract.Rect{t.box}
}

// inBox returns the visible upright glyphs whose centre is inside box, in
// reading order.
func inBox(all []pdftext.Glyph, box extract.Rect) []pdftext.Glyph {
	var in []pdftext.Glyph
	for _, gl := range all {
		if gl.Invisible || gl.Rotation != 0 {
			continue
		}
		cx, cy := (gl.X0+gl.X1)/2, (gl.Y0+gl.Y1)/2
		if cx >= box.X0-1 && cx <= box.X1+1 && cy >= box.Y0-1 && cy <= box.Y1+1 {
			in = append(in, gl)
		}
	}
	sort.SliceStable(in, func(i, j int) bool {
		if math.Abs(in[i].Baseline-in[j].Baseline) > in[i].Size/2 {
			return in[i].Baseline < in[j].Baseline
		}
		return in[i].X0 < in[j].X0
	})
	return in
}

// find returns the line boxes of the glyphs printing text as a whole
// figure: the occurrence nearest character index near, or with near < 0
// the one nearest box; nil when none does.
func find(in []pdftext.Glyph, text string, near int, box extract.Rect) []extract.Rect {
	// chars are the glyphs' normalised characters, spaces and thousands
	// separators left out; at maps each back to its glyph.
	var chars []rune
	var at []int
	for i, gl := range in {
		for _, r := range extract.Normalize(gl.Text) {
			if r != ' ' && r != ',' {
				chars = append(chars, r)
				at = append(at, i)
			}
		}
	}
	want := []rune(strings.NewReplacer(",", "", " ", "").Replace(extract.Normalize(text)))
	best, bestDist := -1, math.Inf(1)
	for i := 0; len(want) > 0 && i+len(want) <= len(chars); i++ {
		if string(chars[i:i+len(want)]) != string(want) || !standsAlone(chars, i, len(want)) {
			continue
		}
		var d float64
		if near >= 0 {
			d = math.Abs(float64(i - near))
		} else {
			gl := in[at[i]]
			d = math.Hypot((gl.X0+gl.X1-box.X0-box.X1)/2, (gl.Y0+gl.Y1-box.Y0-box.Y1)/2)
		}
		if d < bestDist {
			best, bestDist = i, d
		}
	}
	if best < 0 {
		return nil
	}
	return lineBoxes(in[at[best] : at[best+len(want)-1]+1])
}

// standsAlone reports whether chars[i:i+n] is a whole figure: no digit
// or decimal point runs on either side (5.2 is not inside 15.26).
func standsAlone(chars []rune, i, n int) bool {
	digit := func(r rune) bool { return r >= '0' && r <= '9' || r == '.' }
	if i > 0 && digit(chars[i-1]) && digit(chars[i]) {
		return false
	}
	j := i + n
	return j >= len(chars) || !(digit(chars[j]) && digit(chars[j-1]))
}

// lineBoxes is one box per printed line of the glyphs (a figure may wrap).
func lineBoxes(gs []pdftext.Glyph) []extract.Rect {
	var out []extract.Rect
	var cur extract.Rect
	base := math.NaN()
	for _, gl := range gs {
		r := extract.Rect{X0: gl.X0, Y0: gl.Y0, X1: gl.X1, Y1: gl.Y1}
		if !math.IsNaN(base) && math.Abs(gl.Baseline-base) > gl.Size/2 {
			out = append(out, cur)
			cur = extract.Rect{}
		}
		base = gl.Baseline
		cur = cur.Union(r)
	}
	return append(out, cur)
}
