package extract

import (
	"regexp"
	"sort"
)

// Tables printed without ruling lines (LibreOffice's HTML import, some
// Word documents, three-line tables) are found from the text alone: a seed
// of lines cut into several runs by wide gaps, whose runs line up in
// columns. The columns come from the data rows (lines holding numbers,
// whose cells are short and cleanly separated); header lines above are
// then cut at the column boundaries glyph by glyph, because producers
// spread heading text across the full cell width ("本 年 收 入") so that
// neighbouring headings touch.

// looseTable is a table rebuilt from text positions.
type looseTable struct {
	box     Rect
	cols    []span // column x-ranges, left to right
	rows    []looseRow
	columns []column    // the columns with their alignment
	lines   []*textLine // the region, kept to re-cut a continuation
	// cellPitch is the line pitch inside wrapped cells when it is clearly
	// tighter than the row pitch, else 0.
	cellPitch float64
}

type span struct{ lo, hi float64 }

type looseRow struct {
	top, bottom float64
	cells       map[int][]run // column → runs, top to bottom
}

// rowStartPattern matches text that begins a new table row rather than
// continuing a wrapped cell: an enumerator, a classification code, a total.
var rowStartPattern = regexp.MustCompile(`^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.]|\d{3}(?:\d{2}){0,2}$|\d{3}\s|合计|总计|小计|其中)`)

// findUnruledTables splits lines into table regions and the rest.
func findUnruledTables(lines []*textLine) ([]*looseTable, []*textLine) {
	used := make([]bool, len(lines))
	var tables []*looseTable
	for i := 0; i < len(lines); {
		if len(lines[i].runs) < 2 {
			i++
			continue
		}
		last, multi := seedRegion(lines, i)
		if multi < 2 {
			i++
			continue
		}
		seps := separators(columnsOf(lines[i : last+1]))
		lo, hi := i, last
		for lo > 0 && !used[lo-1] && extends(lines[lo-1], lines[lo], lines[i:last+1], seps) {
			lo--
		}
		for hi+1 < len(lines) && extends(lines[hi+1], lines[hi], lines[i:last+1], seps) {
			hi++
		}
		region := lines[lo : hi+1]
		cols := columnsOf(region)
		if t := buildLooseTable(region, cols, nil); t != nil {
			tables = append(tables, t)
			for k := lo; k <= hi; k++ {
				used[k] = true
			}
			i = hi + 1
			continue
		}
		i++
	}
	var rest []*textLine
	for k, l := range lines {
		if !used[k] {
			rest = append(rest, l)
		}
	}
	return tables, rest
}

// seedRegion extends a region from the multi-run line at i over following
// multi-run lines and the single-run lines between them that fit its
// columns. It returns the last line and the count of multi-run lines.
func seedRegion(lines []*textLine, i int) (last, multi int) {
	last, multi = i, 1
	for j := i + 1; j < len(lines); j++ {
		l, prev := lines[j], lines[j-1]
		if l.box.Y0-prev.box.Y1 > 3.5*l.size {
			break
		}
		if len(l.runs) >= 2 {
			multi++
			last = j
			continue
		}
		wide, overlaps := fitRegion(l, lines[i:j])
		if wide || startsProse([]*textLine{l}) {
			break
		}
		// A tight line is a wrapped cell's continuation; a line under some
		// column is a heading or cell of its own. Either stays in the
		// region; a line under no column, far from the last, does not end
		// it, since the next may be a table row again.
		if overlaps || l.box.Y0-prev.box.Y1 < 1.2*l.size {
			last = j
		}
	}
	return last, multi
}

// extends reports whether line l, next to the region line near, belongs
// to the table: close by, inside the table's width, not a title or unit
// line or note, and not flowing across a column boundary the way a
// paragraph's line does.
func extends(l, near *textLine, seed []*textLine, seps []float64) bool {
	gap := l.box.Y0 - near.box.Y1
	if gap < 0 {
		gap = near.box.Y0 - l.box.Y1
	}
	if gap > 3.5*l.size {
		return false
	}
	var box Rect
	for _, s := range seed {
		box = box.Union(s.box)
	}
	// Headings of the last columns may stick out past the data.
	if min(l.box.X1, box.X1)-max(l.box.X0, box.X0) < 0.5*(l.box.X1-l.box.X0) {
		return false
	}
	text := l.text()
	var m tableMeta
	if m.readLine(text) || noteStart(text) {
		return false
	}
	return !straddles(l, seps)
}

// fitsColumns reports whether lines can be cut at the separators of t's
// columns: inside t's width and no glyph straddling a boundary. It decides
// whether lines at the top of a page carry on t from the page before.
func (t *looseTable) fitsColumns(lines []*textLine) bool {
	seps := separators(t.columns)
	for _, l := range lines {
		if l.box.X0 < t.box.X0-l.size || l.box.X1 > t.box.X1+l.size || straddles(l, seps) {
			return false
		}
	}
	return true
}

// straddles reports whether a glyph of l lies across one of the column
// separators, the way a paragraph's line flows across a column boundary.
func straddles(l *textLine, seps []float64) bool {
	for _, g := range l.glyphs {
		for _, s := range seps {
			if g.x0 < s-1 && g.x1 > s+1 {
				return true
			}
		}
	}
	return false
}

// noteStart reports whether text begins a note under a table.
func noteStart(text string) bool {
	return len(text) >= 3 && text[:3] == "注"
}

// fitRegion tells how a single-run line sits against the table formed by
// region: wide when it is more than twice as wide as the widest run seen
// (a paragraph's line), overlapping when it lies under some run's column.
func fitRegion(l *textLine, region []*textLine) (wide, overlaps bool) {
	r := l.runs[0]
	widest := 0.0
	for _, rl := range region {
		for _, rr := range rl.runs {
			widest = max(widest, rr.box.X1-rr.box.X0)
			if r.box.X0 < rr.box.X1 && rr.box.X0 < r.box.X1 {
				overlaps = true
			}
		}
	}
	return r.box.X1-r.box.X0 > 2*widest+l.size, overlaps
}

// column is a column's x-range and how its data cells are aligned.
type column struct {
	span
	left, right bool // all data cells share their left (right) edge
}

// columnsOf finds the columns of a region: the covered intervals of the
// runs of lines holding numbers (data rows), then, in the gaps between
// them, intervals covered by the other runs (columns with headings only).
func columnsOf(region []*textLine) []column {
	size := medianSize(region)
	var data, other []run
	for _, l := range region {
		hasNum := false
		for _, r := range l.runs {
			if r.numeric() {
				hasNum = true
			}
		}
		if hasNum {
			data = append(data, l.runs...)
		} else {
			other = append(other, l.runs...)
		}
	}
	// Runs of different rows that overlap are one column; runs that do not
	// overlap are different columns, however close (LibreOffice leaves
	// three points between a full cell and the next).
	spans := unionSpans(runSpans(data), 0.5)
	// A heading run well clear of every data column (a size away on both
	// sides) marks a column with no data at all. A heading that merely
	// overhangs its narrow data (" 公 务 用 车" over "4") is not one.
	var extra []run
	for _, r := range other {
		free := true
		for _, c := range spans {
			if r.box.X0 < c.hi+size && c.lo-size < r.box.X1 {
				free = false
				break
			}
		}
		// A heading left or right of all the data is a column of its own
		// (a merged group column like 绩效指标 beside its sub-rows).
		if len(spans) > 0 && (r.box.X1 < spans[0].lo || r.box.X0 > spans[len(spans)-1].hi) {
			free = true
		}
		if free {
			extra = append(extra, r)
		}
	}
	// Headings spread over their cell leave gaps of about an em.
	spans = append(spans, unionSpans(runSpans(extra), 1.5*size)...)
	spans = mergeUnsupported(spans, region)
	spans = splitAtAnchors(spans, region)
	sort.Slice(spans, func(a, b int) bool { return spans[a].lo < spans[b].lo })
	cols := make([]column, len(spans))
	for i, s := range spans {
		cols[i] = column{span: s, left: true, right: true}
		var los, his []float64
		for _, r := range append(data, extra...) {
			if r.box.X0 >= s.lo-0.5 && r.box.X1 <= s.hi+0.5 {
				los = append(los, r.box.X0)
				his = append(his, r.box.X1)
			}
		}
		cols[i].left = spread(los) < 1.5
		cols[i].right = spread(his) < 1.5
	}
	return cols
}

func runSpans(rs []run) []span {
	out := make([]span, len(rs))
	for i, r := range rs {
		out[i] = span{r.box.X0, r.box.X1}
	}
	return out
}

func spread(vs []float64) float64 {
	if len(vs) == 0 {
		return 0
	}
	lo, hi := vs[0], vs[0]
	for _, v := range vs {
		lo, hi = min(lo, v), max(hi, v)
	}
	return hi - lo
}

// mergeUnsupported joins neighbouring columns whose boundary nothing but
// a single gap supports: a column starts where at least two runs start, or
// a heading starts, and a column ends where at least two numbers end. A
// lone gap is more often a cell's own text spread over its width.
func mergeUnsupported(spans []span, region []*textLine) []span {
	if len(spans) < 2 {
		return spans
	}
	supported := func(a, b span) bool {
		starts, headStarts, numEnds := 0, 0, 0
		for _, l := range region {
			data := false
			for _, r := range l.runs {
				data = data || r.numeric()
			}
			for _, r := range l.runs {
				if r.box.X0 >= b.lo-1 && r.box.X0 <= b.lo+1 {
					starts++
					if !data {
						headStarts++
					}
				}
				if r.numeric() && r.box.X1 >= a.hi-1 && r.box.X1 <= a.hi+1 {
					numEnds++
				}
			}
		}
		return starts >= 2 || headStarts >= 1 || numEnds >= 2
	}
	out := []span{spans[0]}
	for _, s := range spans[1:] {
		last := &out[len(out)-1]
		if !supported(*last, s) {
			last.hi = max(last.hi, s.hi)
			continue
		}
		out = append(out, s)
	}
	return out
}

// splitAtAnchors cuts a column where, inside it, at least two runs of
// different lines start at the same x (a left-aligned column whose cells
// sit too close to their left neighbour to be cut by a gap) or at least two
// numeric runs end at the same x (right-aligned numbers).
func splitAtAnchors(spans []span, region []*textLine) []span {
	// Candidates are x values where two runs start (or two numbers end),
	// and where a heading starts. A candidate needs a data line among its
	// supporters: headings are often spread over the cell width, and two
	// of them can line up by chance. A heading start is supported by a data
	// glyph starting there, even inside a run (a cell glued to its left
	// neighbour, with a table of one data row to go by).
	var starts, ends, dataEnds, headStarts, dataGlyphStarts []float64
	for _, l := range region {
		data := false
		for _, r := range l.runs {
			data = data || r.numeric()
		}
		for _, r := range l.runs {
			starts = append(starts, r.box.X0)
			if !data && len(r.glyphs) >= 2 {
				headStarts = append(headStarts, r.box.X0)
			}
			if r.numeric() {
				ends = append(ends, r.box.X1)
				dataEnds = append(dataEnds, r.box.X1)
			}
			if data {
				for _, g := range r.glyphs {
					dataGlyphStarts = append(dataGlyphStarts, g.x0)
				}
			}
		}
	}
	startCands := append(anchors(starts), headStarts...)
	var cuts []float64
	for _, a := range supported(startCands, dataGlyphStarts) {
		cuts = append(cuts, a-0.5)
	}
	for _, a := range supported(anchors(ends), dataEnds) {
		cuts = append(cuts, a+0.5)
	}
	sort.Float64s(cuts)
	var runs []run
	for _, l := range region {
		runs = append(runs, l.runs...)
	}
	var out []span
	for _, s := range spans {
		lo := s.lo
		for _, c := range cuts {
			if c > lo+2 && c < s.hi-2 && cleanCut(c, runs) {
				out = append(out, span{lo, c})
				lo = c
			}
		}
		out = append(out, span{lo, s.hi})
	}
	return out
}

// cleanCut reports whether x passes only through gaps: every run that
// spans x has a gap of at least a point and a half around it. Digits of one
// number sit edge to edge, so a coincidental anchor inside a number column
// (two values of the same width) never cuts it; a cell glued to its
// neighbour by a three-point gap is cut.
func cleanCut(x float64, runs []run) bool {
	for _, r := range runs {
		if x <= r.box.X0 || x >= r.box.X1 {
			continue
		}
		ok := false
		for i := 1; i < len(r.glyphs); i++ {
			a, b := r.glyphs[i-1], r.glyphs[i]
			if a.x1 <= x && x <= b.x0 && b.x0-a.x1 >= 1.5 {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// supported keeps the anchors that some value of data lies on.
func supported(as, data []float64) []float64 {
	var out []float64
	for _, a := range as {
		for _, d := range data {
			if d >= a-0.01 && d-a <= 1 {
				out = append(out, a)
				break
			}
		}
	}
	return out
}

// anchors returns the x values shared (within a point) by at least two of
// xs.
func anchors(xs []float64) []float64 {
	sort.Float64s(xs)
	var out []float64
	for i := 0; i < len(xs); {
		j := i + 1
		for j < len(xs) && xs[j]-xs[i] <= 1 {
			j++
		}
		if j-i >= 2 {
			out = append(out, xs[i])
		}
		i = j
	}
	return out
}

// separators returns the x boundaries between columns: just before a
// left-aligned column, just after a right-aligned one, else halfway.
func separators(cols []column) []float64 {
	var out []float64
	for i := 0; i+1 < len(cols); i++ {
		a, b := cols[i], cols[i+1]
		switch {
		case b.left:
			out = append(out, b.lo-0.5)
		case a.right:
			out = append(out, a.hi+0.5)
		default:
			out = append(out, (a.hi+b.lo)/2)
		}
	}
	return out
}

// unionSpans merges spans closer than gap.
func unionSpans(ss []span, gap float64) []span {
	if len(ss) == 0 {
		return nil
	}
	s := append([]span(nil), ss...)
	sort.Slice(s, func(a, b int) bool { return s[a].lo < s[b].lo })
	out := []span{s[0]}
	for _, x := range s[1:] {
		last := &out[len(out)-1]
		if x.lo <= last.hi+gap {
			last.hi = max(last.hi, x.hi)
			continue
		}
		out = append(out, x)
	}
	return out
}

// buildLooseTable cuts every line of the region at the column boundaries
// and groups lines into rows. Lines belong to one row when their vertical
// extents come closer than a quarter of the font size (a wrapped cell next
// to a vertically centred one), or when they follow each other in one
// column at the table's cell line pitch — provided that pitch is clearly
// tighter than the row pitch (a three-line cell whose neighbours sit on its
// middle line). Where the two pitches are the same (dense tables), wrapped
// cells are recognised afterwards by their content (mergeContinuations).
//
// prev, when set, is the table this region continues from the page
// before: a fragment without numbers cannot measure the row pitch itself.
func buildLooseTable(region []*textLine, cols []column, prev *looseTable) *looseTable {
	if len(cols) < 2 {
		return nil
	}
	size := medianSize(region)
	seps := separators(cols)
	t := &looseTable{columns: cols, lines: region}
	for _, c := range cols {
		t.cols = append(t.cols, c.span)
	}
	lines := append([]*textLine(nil), region...)
	sort.SliceStable(lines, func(a, b int) bool { return lines[a].base < lines[b].base })
	cut := make([]map[int]run, len(lines))
	for i, l := range lines {
		cut[i] = cutAt(l.glyphs, seps)
		t.box = t.box.Union(l.box)
	}
	uf := newUnionFind(len(lines))
	bottom := -1e9
	for i, l := range lines {
		top := l.base - 0.8*l.size
		if i > 0 && top-bottom < 0.25*size {
			uf.union(i-1, i)
		}
		if i > 0 && top-bottom < 0.25*size {
			bottom = max(bottom, l.base+0.15*l.size)
		} else {
			bottom = l.base + 0.15*l.size
		}
	}
	if cellPitch, rowPitch := pitches(lines, cut, len(cols)); cellPitch > 0 && cellPitch < 0.8*rowPitch {
		t.cellPitch = cellPitch
	} else if prev != nil {
		t.cellPitch = prev.cellPitch
	}
	if cellPitch := t.cellPitch; cellPitch > 0 {
		for c := range cols {
			prev := -1
			for i := range lines {
				if _, ok := cut[i][c]; !ok {
					continue
				}
				if prev >= 0 && lines[i].base-lines[prev].base <= cellPitch+1 {
					uf.union(prev, i)
				}
				prev = i
			}
		}
	}
	index := map[int]int{}
	for i, l := range lines {
		root := uf.find(i)
		k, ok := index[root]
		if !ok {
			k = len(t.rows)
			index[root] = k
			t.rows = append(t.rows, looseRow{top: l.base - 0.8*l.size, bottom: l.base + 0.15*l.size, cells: map[int][]run{}})
		}
		row := &t.rows[k]
		row.top = min(row.top, l.base-0.8*l.size)
		row.bottom = max(row.bottom, l.base+0.15*l.size)
		for c, r := range cut[i] {
			row.cells[c] = append(row.cells[c], r)
		}
	}
	sort.SliceStable(t.rows, func(a, b int) bool { return t.rows[a].top < t.rows[b].top })
	t.rows = mergeContinuations(t.rows, size)
	return t
}

// pitches measures the line pitch inside wrapped cells — the smallest
// baseline distance, seen at least twice, between consecutive text runs of
// one column — and the row pitch — the smallest distance between
// consecutive numbers of one column, which are always in different rows.
func pitches(lines []*textLine, cut []map[int]run, ncols int) (cell, row float64) {
	var text, nums []float64
	for c := 0; c < ncols; c++ {
		prevText, prevNum := -1, -1
		for i := range lines {
			r, ok := cut[i][c]
			if !ok {
				continue
			}
			if r.numeric() {
				if prevNum >= 0 {
					nums = append(nums, lines[i].base-lines[prevNum].base)
				}
				prevNum = i
				prevText = -1
				continue
			}
			if prevText >= 0 {
				text = append(text, lines[i].base-lines[prevText].base)
			}
			prevText = i
		}
	}
	if len(nums) == 0 || len(text) < 2 {
		return 0, 0
	}
	sort.Float64s(text)
	cell = -1
	for i := 0; i+1 < len(text) && cell < 0; i++ {
		if text[i+1]-text[i] <= 1 {
			cell = text[i]
		}
	}
	sort.Float64s(nums)
	return max(cell, 0), nums[0]
}

// cutAt splits a line's glyphs into one run per column. The characters
// of one number stay together in the column of its first digit: a number
// wider than its narrow column runs over into the next one (LibreOffice
// never wraps numbers).
func cutAt(gs []glyph, seps []float64) map[int]run {
	by := map[int][]glyph{}
	var lastDigit *glyph
	lastCol := 0
	for i := range gs {
		g := gs[i]
		if g.text == " " {
			continue
		}
		c := sort.SearchFloat64s(seps, (g.x0+g.x1)/2)
		if numberGlyph(g.text) {
			if lastDigit != nil && g.x0-lastDigit.x1 < 1 && g.x0 >= lastDigit.x0 {
				c = lastCol
			}
			lastDigit, lastCol = &gs[i], c
		}
		by[c] = append(by[c], g)
	}
	out := make(map[int]run, len(by))
	for c, g := range by {
		out[c] = newRun(g)
	}
	return out
}

// numberGlyph reports whether a glyph is part of a printed number.
func numberGlyph(t string) bool {
	return len(t) == 1 && (t[0] >= '0' && t[0] <= '9' || t[0] == '.' || t[0] == ',' || t[0] == '%')
}

// mergeContinuations folds rows that only continue wrapped cells of the
// row above (top-aligned cells in a dense table) into that row.
func mergeContinuations(rows []looseRow, size float64) []looseRow {
	out := rows[:0]
	for _, r := range rows {
		if n := len(out); n > 0 && r.top-out[n-1].bottom < 1.0*size && continuesRow(out[n-1], r) {
			p := &out[n-1]
			for c, rs := range r.cells {
				p.cells[c] = append(p.cells[c], rs...)
			}
			p.bottom = max(p.bottom, r.bottom)
			continue
		}
		out = append(out, r)
	}
	return out
}

// continuesRow reports whether r holds only text that carries on cells of
// p: no numbers, nothing that starts a row, and only columns p has text in.
func continuesRow(p, r looseRow) bool {
	for c, rs := range r.cells {
		if len(p.cells[c]) == 0 {
			return false
		}
		for _, x := range rs {
			if x.numeric() || rowStartPattern.MatchString(x.text) {
				return false
			}
		}
	}
	return len(r.cells) > 0
}

// spanOf returns how many columns a cell box covers from first on, for
// headings that straddle.
func spanOf(cols []span, b Rect, first int) int {
	n := 1
	for c := first + 1; c < len(cols); c++ {
		if cols[c].lo < b.X1-1 {
			n = c - first + 1
		}
	}
	return n
}

func medianSize(lines []*textLine) float64 {
	s := make([]float64, len(lines))
	for i, l := range lines {
		s[i] = l.size
	}
	sort.Float64s(s)
	return s[len(s)/2]
}

// cellRuns joins the runs of one cell, top to bottom.
func cellRuns(rs []run) string {
	sort.SliceStable(rs, func(a, b int) bool { return rs[a].box.Y0 < rs[b].box.Y0 })
	s := ""
	for _, r := range rs {
		s = joinLines(s, r.text)
	}
	return s
}
