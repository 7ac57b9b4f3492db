package extract

import (
	"regexp"
	"sort"
	"strings"
)

// pageBlock is a paragraph or table of one page, with the geometry the
// document assembler needs to join blocks across page breaks.
type pageBlock struct {
	top, bottom float64
	// A paragraph: its lines, with geometry.
	lines []*textLine
	// A table, and its column x-ranges for matching a continuation.
	table *Table
	cols  []span
	// loose is set for a table found without ruling lines.
	loose *looseTable
	// margin marks a line in the top or bottom margin: a running header,
	// footer or page number if it repeats.
	margin bool
}

// pageLayout is one page after layout.
type pageLayout struct {
	number        int
	width, height float64
	blocks        []pageBlock
	// left and right are the text margins of body lines.
	left, right float64
}

// marginBand is the share of the page height at top and bottom where
// running headers, footers and page numbers live.
const marginBand = 0.075

// layoutPage turns one page's glyphs and rules into blocks in reading order.
func layoutPage(number int, width, height float64, glyphs []glyph, rules []rule) *pageLayout {
	p := &pageLayout{number: number, width: width, height: height}
	grids := findRuledTables(rules)
	var free []glyph
	var used []*gridTable
	inGrid := make([][]glyph, len(grids))
	for _, g := range glyphs {
		cx, cy := (g.x0+g.x1)/2, (g.y0+g.y1)/2
		placed := false
		for k, t := range grids {
			if t.contains(cx, cy) {
				inGrid[k] = append(inGrid[k], g)
				placed = true
				break
			}
		}
		if !placed {
			free = append(free, g)
		}
	}
	for k, t := range grids {
		t.placeRuns(inGrid[k])
	}
	for _, t := range grids {
		if t.hasText() {
			used = append(used, t)
		}
	}
	lines := buildLines(free)
	var body []*textLine
	for _, l := range lines {
		if height > 0 && (l.box.Y1 < height*marginBand || l.box.Y0 > height*(1-marginBand)) {
			p.blocks = append(p.blocks, pageBlock{top: l.box.Y0, bottom: l.box.Y1, lines: []*textLine{l}, margin: true})
			continue
		}
		body = append(body, l)
	}
	loose, textLines := findUnruledTables(body)
	for _, t := range used {
		tb, cols := t.toTable(number)
		if tb != nil {
			p.blocks = append(p.blocks, pageBlock{top: t.box.Y0, bottom: t.box.Y1, table: tb, cols: cols})
		}
	}
	for _, t := range loose {
		tb, cols := t.toTable(number)
		if tb != nil {
			p.blocks = append(p.blocks, pageBlock{top: t.box.Y0, bottom: t.box.Y1, table: tb, cols: cols, loose: t})
		}
	}
	p.left, p.right = textMargins(textLines)
	for _, para := range p.paragraphs(textLines) {
		p.blocks = append(p.blocks, pageBlock{top: para[0].box.Y0, bottom: para[len(para)-1].box.Y1, lines: para})
	}
	sort.SliceStable(p.blocks, func(i, j int) bool { return p.blocks[i].top < p.blocks[j].top })
	return p
}

func (t *gridTable) hasText() bool {
	for _, c := range t.cells {
		if len(c.glyphs) > 0 {
			return true
		}
	}
	return false
}

// toTable converts a ruled grid into the model, dropping grid rows and
// columns that hold no text and no cell boundary of their own (double
// rules, decorative strips).
func (t *gridTable) toTable(page int) (*Table, []span) {
	rows, cols := len(t.ys)-1, len(t.xs)-1
	tb := &Table{Pages: []int{page}, Ruled: true}
	var spans []span
	for c := 0; c < cols; c++ {
		spans = append(spans, span{t.xs[c], t.xs[c+1]})
	}
	for _, gc := range t.cells {
		text := cellText(gc.glyphs)
		if text == "" {
			continue
		}
		tb.Cells = append(tb.Cells, Cell{
			Row: gc.r0, Col: gc.c0, RowSpan: gc.r1 - gc.r0, ColSpan: gc.c1 - gc.c0,
			Text: text, Page: page,
			Box: Rect{t.xs[gc.c0], t.ys[gc.r0], t.xs[gc.c1], t.ys[gc.r1]},
		})
	}
	tb.Rows, tb.Cols = rows, cols
	dropEmptyRows(tb)
	if tb.Rows < 1 || len(tb.Cells) == 0 {
		return nil, nil
	}
	return tb, spans
}

// toTable converts a loose table into the model.
func (t *looseTable) toTable(page int) (*Table, []span) {
	tb := &Table{Pages: []int{page}, Rows: len(t.rows), Cols: len(t.cols)}
	for r, row := range t.rows {
		keys := make([]int, 0, len(row.cells))
		for c := range row.cells {
			keys = append(keys, c)
		}
		sort.Ints(keys)
		for _, c := range keys {
			rs := row.cells[c]
			var box Rect
			for _, x := range rs {
				box = box.Union(x.box)
			}
			text := cellRuns(rs)
			if text == "" {
				continue
			}
			tb.Cells = append(tb.Cells, Cell{Row: r, Col: c, RowSpan: 1, ColSpan: spanOf(t.cols, box, c), Text: text, Page: page, Box: box})
		}
	}
	return tb, t.cols
}

// dropEmptyRows removes rows no cell starts in or covers with text.
func dropEmptyRows(tb *Table) {
	used := make([]bool, tb.Rows)
	for _, c := range tb.Cells {
		used[c.Row] = true
	}
	newIndex := make([]int, tb.Rows)
	n := 0
	for r := range used {
		newIndex[r] = n
		if used[r] {
			n++
		}
	}
	for i := range tb.Cells {
		c := &tb.Cells[i]
		old, end := c.Row, c.Row+max(c.RowSpan, 1)
		span := 0
		for r := old; r < end && r < len(used); r++ {
			if used[r] {
				span++
			}
		}
		c.Row, c.RowSpan = newIndex[old], max(span, 1)
	}
	tb.Rows = n
}

// textMargins returns the left and right edges of the page's body text:
// the most common start and the furthest end of the longer lines.
func textMargins(lines []*textLine) (left, right float64) {
	if len(lines) == 0 {
		return 0, 0
	}
	widest := 0.0
	for _, l := range lines {
		widest = max(widest, l.box.X1-l.box.X0)
	}
	var xs []float64
	for _, l := range lines {
		if l.box.X1-l.box.X0 >= 0.6*widest {
			xs = append(xs, l.box.X0)
			right = max(right, l.box.X1)
		}
	}
	sort.Float64s(xs)
	return xs[0], right
}

// itemPattern matches the start of a heading or list item in a line.
var itemPattern = regexp.MustCompile(`^(?:第[一二三四五六七八九十]+[部章条]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．]|附件|注[：:])`)

// paragraphs groups the page's text lines into paragraphs. A new paragraph
// starts at an indented line, a heading or list item, a change of font size
// or weight, a wide vertical gap, or after a line that stops short of the
// right margin.
func (p *pageLayout) paragraphs(lines []*textLine) [][]*textLine {
	var out [][]*textLine
	var cur []*textLine
	for i, l := range lines {
		if i > 0 && len(cur) > 0 && p.breaksBefore(cur[len(cur)-1], l) {
			out = append(out, cur)
			cur = nil
		}
		cur = append(cur, l)
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

func (p *pageLayout) breaksBefore(prev, l *textLine) bool {
	size := max(prev.size, l.size)
	switch {
	case l.box.Y0-prev.box.Y1 > 1.2*size:
		return true
	case l.size > prev.size*1.15 || prev.size > l.size*1.15:
		return true
	case isBold(prev) != isBold(l):
		return true
	case l.box.X0 > p.left+1.2*l.size:
		return true
	case prev.box.X1 < p.right-3*size:
		return true
	case itemPattern.MatchString(l.text()):
		return true
	}
	return false
}

// isBold reports whether most of a line's glyphs are bold.
func isBold(l *textLine) bool {
	n := 0
	for _, g := range l.glyphs {
		if g.bold {
			n++
		}
	}
	return 2*n > len(l.glyphs)
}

// paragraphText joins a paragraph's lines and records where each starts.
func paragraphText(page int, lines []*textLine) (string, []Line) {
	text := ""
	out := make([]Line, 0, len(lines))
	for _, l := range lines {
		lt := l.text()
		joined := joinLines(text, lt)
		start := len(joined) - len(lt)
		text = joined
		out = append(out, Line{Page: page, Text: lt, Box: l.box, Start: start})
	}
	return strings.TrimSpace(text), out
}
