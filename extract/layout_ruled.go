package extract

import (
	"sort"
	"strings"
)

// ruleTol is how far apart, in points, two ruling coordinates may be and
// still be the same grid line (borders drawn cell by cell do not meet
// exactly; double borders are a point or two apart).
const ruleTol = 2.5

// gridTable is a table frame found from ruling lines: the column and row
// boundaries and the cells as regions of the grid (a missing rule between
// two grid positions merges them).
type gridTable struct {
	box   Rect
	xs    []float64 // column boundaries, left to right
	ys    []float64 // row boundaries, top to bottom
	cells []gridCell
	// at maps a grid position (r*cols+c) to its cell index.
	at []int
}

type gridCell struct {
	r0, c0, r1, c1 int // grid rows r0..r1-1, columns c0..c1-1
	glyphs         []glyph
}

// findRuledTables groups rules that touch into frames and turns each frame
// with at least two rows and two columns into a grid.
func findRuledTables(rules []rule) []*gridTable {
	rules = keepRules(rules)
	comps := connectRules(rules)
	var out []*gridTable
	for _, comp := range comps {
		out = append(out, splitGrids(comp, 0)...)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].box.Y0 < out[j].box.Y0 })
	return out
}

// splitGrids builds the grid of one frame, cutting it where two tables
// with different columns touch (the end of one table and the start of the
// next on the same page): rows above and below the cut each have column
// boundaries the other side lacks. A table whose heading rows merely merge
// some columns is not cut: its heading boundaries are a subset of its data
// rows'.
func splitGrids(rules []rule, depth int) []*gridTable {
	t := buildGrid(rules)
	if t == nil {
		return nil
	}
	k := t.splitRow()
	if k <= 0 || depth > 8 {
		return []*gridTable{t}
	}
	y := t.ys[k]
	var top, bottom []rule
	for _, r := range rules {
		if r.horizontal() {
			if r.y0 <= y+ruleTol {
				top = append(top, r)
			}
			if r.y1 >= y-ruleTol {
				bottom = append(bottom, r)
			}
			continue
		}
		if r.y0 < y-ruleTol {
			top = append(top, rule{r.x0, r.y0, r.x1, min(r.y1, y)})
		}
		if r.y1 > y+ruleTol {
			bottom = append(bottom, rule{r.x0, max(r.y0, y), r.x1, r.y1})
		}
	}
	return append(splitGrids(top, depth+1), splitGrids(bottom, depth+1)...)
}

// splitRow returns the first grid row k such that the rows above k and
// the rows from k on each have a vertical boundary the other side lacks,
// or 0.
func (t *gridTable) splitRow() int {
	rows, cols := len(t.ys)-1, len(t.xs)-1
	if rows < 2 || cols < 2 {
		return 0
	}
	has := func(r, c int) bool { return t.at[r*cols+c] != t.at[r*cols+c+1] }
	for k := 1; k < rows; k++ {
		aboveOnly, belowOnly := false, false
		for c := 0; c+1 < cols; c++ {
			above, below := false, false
			for r := 0; r < rows; r++ {
				if has(r, c) {
					if r < k {
						above = true
					} else {
						below = true
					}
				}
			}
			aboveOnly = aboveOnly || above && !below
			belowOnly = belowOnly || below && !above
		}
		if aboveOnly && belowOnly {
			return k
		}
	}
	return 0
}

// keepRules drops segments too short to be cell borders (bullets, glyph
// decorations) and merges nothing: the grid is built from coordinates.
func keepRules(rules []rule) []rule {
	out := rules[:0:0]
	for _, r := range rules {
		if r.x1-r.x0 >= 4 || r.y1-r.y0 >= 4 {
			out = append(out, r)
		}
	}
	return out
}

// connectRules returns the connected components of rules that touch or
// cross (within ruleTol).
func connectRules(rules []rule) [][]rule {
	n := len(rules)
	uf := newUnionFind(n)
	// Sort by top edge so that only rules whose vertical extents can meet
	// are compared.
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return rules[idx[a]].y0 < rules[idx[b]].y0 })
	for a := 0; a < n; a++ {
		ra := rules[idx[a]]
		for b := a + 1; b < n; b++ {
			rb := rules[idx[b]]
			if rb.y0 > ra.y1+ruleTol {
				break
			}
			if rb.x0 <= ra.x1+ruleTol && ra.x0 <= rb.x1+ruleTol {
				uf.union(idx[a], idx[b])
			}
		}
	}
	groups := map[int][]rule{}
	var order []int
	for i, r := range rules {
		p := uf.find(i)
		if _, ok := groups[p]; !ok {
			order = append(order, p)
		}
		groups[p] = append(groups[p], r)
	}
	out := make([][]rule, 0, len(order))
	for _, p := range order {
		out = append(out, groups[p])
	}
	return out
}

// cluster returns the sorted distinct values of vs: values less than tol
// apart from their neighbour are one value, their mean.
func cluster(vs []float64, tol float64) []float64 {
	if len(vs) == 0 {
		return nil
	}
	s := append([]float64(nil), vs...)
	sort.Float64s(s)
	var out []float64
	sum, n := s[0], 1
	for i := 1; i < len(s); i++ {
		if s[i]-s[i-1] > tol {
			out = append(out, sum/float64(n))
			sum, n = 0, 0
		}
		sum += s[i]
		n++
	}
	return append(out, sum/float64(n))
}

func buildGrid(rules []rule) *gridTable {
	var hs, vs []rule
	var xs, ys []float64
	var box Rect
	for _, r := range rules {
		box = box.Union(Rect{r.x0, r.y0, r.x1, r.y1})
		if r.horizontal() {
			hs = append(hs, r)
			ys = append(ys, (r.y0+r.y1)/2)
		} else {
			vs = append(vs, r)
			xs = append(xs, (r.x0+r.x1)/2)
		}
	}
	xs, ys = cluster(xs, ruleTol), cluster(ys, ruleTol)
	if len(xs) < 2 || len(ys) < 2 {
		return nil
	}
	// The frame's outer edges are grid lines even where a producer left
	// the outer border out.
	if box.X0 < xs[0]-ruleTol {
		xs = append([]float64{box.X0}, xs...)
	}
	if box.X1 > xs[len(xs)-1]+ruleTol {
		xs = append(xs, box.X1)
	}
	if box.Y0 < ys[0]-ruleTol {
		ys = append([]float64{box.Y0}, ys...)
	}
	if box.Y1 > ys[len(ys)-1]+ruleTol {
		ys = append(ys, box.Y1)
	}
	rows, cols := len(ys)-1, len(xs)-1
	if rows < 1 || cols < 2 {
		return nil
	}
	t := &gridTable{box: box, xs: xs, ys: ys}
	// vertical boundary between (r,c) and (r,c+1) is at xs[c+1].
	uf := newUnionFind(rows * cols)
	for r := 0; r < rows; r++ {
		for c := 0; c+1 < cols; c++ {
			if !covered(vs, xs[c+1], ys[r], ys[r+1], false) {
				uf.union(r*cols+c, r*cols+c+1)
			}
		}
	}
	for r := 0; r+1 < rows; r++ {
		for c := 0; c < cols; c++ {
			if !covered(hs, ys[r+1], xs[c], xs[c+1], true) {
				uf.union(r*cols+c, (r+1)*cols+c)
			}
		}
	}
	t.at = make([]int, rows*cols)
	index := map[int]int{}
	for r := 0; r < rows; r++ {
		for c := 0; c < cols; c++ {
			p := uf.find(r*cols + c)
			i, ok := index[p]
			if !ok {
				i = len(t.cells)
				index[p] = i
				t.cells = append(t.cells, gridCell{r0: r, c0: c, r1: r + 1, c1: c + 1})
			}
			gc := &t.cells[i]
			gc.r0, gc.c0 = min(gc.r0, r), min(gc.c0, c)
			gc.r1, gc.c1 = max(gc.r1, r+1), max(gc.c1, c+1)
			t.at[r*cols+c] = i
		}
	}
	return t
}

// covered reports whether the rules on the line at pos (y for horizontal
// rules, x for vertical ones) cover at least half of [from, to].
func covered(rules []rule, pos, from, to float64, horizontal bool) bool {
	total := 0.0
	for _, r := range rules {
		var at, lo, hi float64
		if horizontal {
			at, lo, hi = (r.y0+r.y1)/2, r.x0, r.x1
		} else {
			at, lo, hi = (r.x0+r.x1)/2, r.y0, r.y1
		}
		if at < pos-ruleTol || at > pos+ruleTol {
			continue
		}
		total += max(0, min(hi, to)-max(lo, from))
	}
	return total >= 0.5*(to-from)
}

// contains reports whether the point lies inside the frame.
func (t *gridTable) contains(x, y float64) bool {
	return x >= t.xs[0]-1 && x <= t.xs[len(t.xs)-1]+1 && y >= t.ys[0]-1 && y <= t.ys[len(t.ys)-1]+1
}

// place puts a glyph into the cell under its centre.
func (t *gridTable) place(g glyph) {
	t.placeAt(g, (g.x0+g.x1)/2, (g.y0+g.y1)/2)
}

// placeAt puts a glyph into the cell under the point (x, y).
func (t *gridTable) placeAt(g glyph, x, y float64) {
	c := sort.SearchFloat64s(t.xs, x) - 1
	r := sort.SearchFloat64s(t.ys, y) - 1
	cols := len(t.xs) - 1
	c = min(max(c, 0), cols-1)
	r = min(max(r, 0), len(t.ys)-2)
	gc := &t.cells[t.at[r*cols+c]]
	gc.glyphs = append(gc.glyphs, g)
}

// placeRuns puts glyphs into cells a run at a time. A run — glyphs on one
// baseline with no gap between them — that crosses a column boundary was
// printed past its cell's edge and clipped there: a number, right-aligned,
// belongs to the cell where it ends ("57.000000" whose 5 sticks out to the
// left), a text, left-aligned, to the cell where it starts (a long label
// whose last character runs under the amount beside it).
func (t *gridTable) placeRuns(gs []glyph) {
	sort.SliceStable(gs, func(i, j int) bool {
		if d := gs[i].base - gs[j].base; d < -0.5 || d > 0.5 {
			return d < 0
		}
		return gs[i].x0 < gs[j].x0
	})
	for i := 0; i < len(gs); {
		j := i + 1
		for j < len(gs) && sameRun(gs[j-1], gs[j]) {
			j++
		}
		run := gs[i:j]
		first, last := run[0], run[len(run)-1]
		cx0, cx1 := (first.x0+first.x1)/2, (last.x0+last.x1)/2
		if len(run) > 1 && t.column(cx0) != t.column(cx1) {
			x := cx0
			if numericRun(run) {
				x = cx1
			}
			for _, g := range run {
				t.placeAt(g, x, (g.y0+g.y1)/2)
			}
		} else {
			for _, g := range run {
				t.place(g)
			}
		}
		i = j
	}
}

// column returns the grid column under x.
func (t *gridTable) column(x float64) int {
	return min(max(sort.SearchFloat64s(t.xs, x)-1, 0), len(t.xs)-2)
}

// sameRun reports whether b follows a on one baseline with no gap: less
// than a fifth of the font size apart. Glyphs that overlap by more are
// two texts printed over each other (one clipped), not one run.
func sameRun(a, b glyph) bool {
	d, gap, size := a.base-b.base, b.x0-a.x1, max(a.size, b.size)
	return d > -0.5 && d < 0.5 && gap < 0.2*size && gap > -0.2*size
}

// numericRun reports whether a run of glyphs is an amount: digits and the
// signs printed with them.
func numericRun(run []glyph) bool {
	for _, g := range run {
		for _, r := range g.text {
			if !(r >= '0' && r <= '9' || strings.ContainsRune(".,-%－—", r)) {
				return false
			}
		}
	}
	return true
}

// cellText builds the text of a cell from its glyphs: its lines joined.
func cellText(gs []glyph) string {
	s := ""
	for _, l := range buildLines(gs) {
		s = joinLines(s, Normalize(joinGlyphs(l.glyphs)))
	}
	return s
}
