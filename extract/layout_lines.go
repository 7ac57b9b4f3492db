package extract

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// glyph is one positioned character in page space (points, origin top left,
// Y down). It is the layout stage's copy of what the PDF interpreter
// reports, so layout can be tested on glyphs made up in tests.
type glyph struct {
	text   string
	x0, x1 float64
	y0, y1 float64
	base   float64
	size   float64
	bold   bool
}

// rule is a horizontal or vertical ruling segment (X0 ≤ X1, Y0 ≤ Y1).
type rule struct {
	x0, y0, x1, y1 float64
}

func (r rule) horizontal() bool { return r.y1-r.y0 <= r.x1-r.x0 }

// textLine is the glyphs sharing a baseline, left to right, cut into runs
// where a gap is wider than text spacing (table cells, tab stops).
type textLine struct {
	glyphs []glyph
	runs   []run
	box    Rect
	base   float64
	size   float64 // median glyph size
}

// run is a stretch of a line without a wide gap: a word, a phrase or the
// content of one table cell on this line.
type run struct {
	glyphs []glyph
	box    Rect
	text   string
}

func (r run) numeric() bool { return amountPattern.MatchString(r.text) }

// runGap is the gap, in font sizes, that separates runs. Justified Chinese
// text spreads glyphs by a fraction of an em; table cells are further apart.
const runGap = 0.4

// buildLines groups glyphs into lines. Glyphs whose baselines are within a
// third of the font size belong to the same line. A glyph printed twice at
// almost the same place (fake bold by overprinting, common in WPS output)
// is kept once.
func buildLines(gs []glyph) []*textLine {
	if len(gs) == 0 {
		return nil
	}
	sorted := make([]glyph, 0, len(gs))
	for _, g := range gs {
		if strings.TrimSpace(g.text) == "" && g.text != " " {
			continue
		}
		if g.size <= 0 {
			g.size = max(g.y1-g.y0, 1)
		}
		sorted = append(sorted, g)
	}
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].base < sorted[j].base })
	// Lines are runs of the sorted slice: each line works on its own part
	// of it in place, without copying glyphs.
	var lines []*textLine
	start := 0
	for i := 1; i <= len(sorted); i++ {
		if i < len(sorted) && math.Abs(sorted[i].base-sorted[start].base) <= 0.35*min(sorted[i].size, sorted[start].size) {
			continue
		}
		// A line of spaces only has no runs and no text: drop it.
		if l := newLine(sorted[start:i:i]); len(l.runs) > 0 {
			lines = append(lines, l)
		}
		start = i
	}
	return lines
}

func newLine(gs []glyph) *textLine {
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].x0 < gs[j].x0 })
	// Drop overprinted duplicates.
	out := gs[:0]
	for _, g := range gs {
		if n := len(out); n > 0 {
			p := out[n-1]
			if p.text == g.text && math.Abs(p.x0-g.x0) < 0.3*g.size && math.Abs(p.base-g.base) < 0.3*g.size {
				continue
			}
		}
		out = append(out, g)
	}
	gs = out
	l := &textLine{glyphs: gs}
	sizes := make([]float64, len(gs))
	for i, g := range gs {
		sizes[i] = g.size
		l.box = l.box.Union(Rect{g.x0, g.y0, g.x1, g.y1})
	}
	sort.Float64s(sizes)
	l.size = sizes[len(sizes)/2]
	l.base = gs[0].base
	l.runs = splitRuns(gs, l.size)
	return l
}

// splitRuns cuts a line's glyphs where the gap exceeds runGap font sizes.
// Space glyphs count as gap.
func splitRuns(gs []glyph, size float64) []run {
	spaces := false
	for _, g := range gs {
		spaces = spaces || g.text == " "
	}
	var runs []run
	start, lastX := -1, 0.0
	var cur []glyph // only used when the line has space glyphs to leave out
	flush := func(end int) {
		switch {
		case spaces && len(cur) > 0:
			runs = append(runs, newRun(cur))
		case !spaces && start >= 0:
			runs = append(runs, newRun(gs[start:end:end]))
		}
		cur, start = nil, -1
	}
	for i, g := range gs {
		if g.text == " " {
			continue
		}
		if start >= 0 && g.x0-lastX > runGap*size {
			flush(i)
		}
		if start < 0 {
			start, lastX = i, g.x1
		}
		if spaces {
			cur = append(cur, g)
		}
		lastX = max(lastX, g.x1)
	}
	flush(len(gs))
	return runs
}

func newRun(gs []glyph) run {
	r := run{glyphs: gs}
	for _, g := range gs {
		r.box = r.box.Union(Rect{g.x0, g.y0, g.x1, g.y1})
	}
	r.text = Normalize(joinGlyphs(gs))
	return r
}

// joinGlyphs concatenates glyph text, inserting a space where the gap
// between two non-CJK glyphs is wider than a quarter of the font size (the
// producer moved instead of printing a space).
func joinGlyphs(gs []glyph) string {
	var b strings.Builder
	for i, g := range gs {
		if i > 0 {
			p := gs[i-1]
			gap := g.x0 - p.x1
			if g.text == " " || p.text == " " {
				b.WriteString(g.text)
				continue
			}
			last, _ := utf8.DecodeLastRuneInString(p.text)
			first, _ := utf8.DecodeRuneInString(g.text)
			if gap > 0.25*g.size && !isCJK(last) && !isCJK(first) {
				b.WriteByte(' ')
			} else if gap > 1.5*g.size {
				b.WriteByte(' ')
			}
		}
		b.WriteString(g.text)
	}
	return b.String()
}

// text returns the line's text with runs separated by a space.
func (l *textLine) text() string {
	parts := make([]string, len(l.runs))
	for i, r := range l.runs {
		parts[i] = r.text
	}
	return Normalize(strings.Join(parts, " "))
}

// joinLines joins the text of consecutive lines of one paragraph or cell:
// no separator where CJK text or a digit meets, a space between Latin words.
func joinLines(a, b string) string {
	if a == "" {
		return b
	}
	if b == "" {
		return a
	}
	last, _ := utf8.DecodeLastRuneInString(a)
	first, _ := utf8.DecodeRuneInString(b)
	if unicode.IsLetter(last) && unicode.IsLetter(first) && !isCJK(last) && !isCJK(first) {
		return a + " " + b
	}
	return a + b
}
