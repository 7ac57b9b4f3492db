package extract

import (
	"regexp"
	"sort"
	"strings"
)

// Tables printed without ruling lines (LibreOffice's HTML import, some
// Word documents, three-line tables) are found from the text alone: runs of
// lines cut into several runs by wide gaps, whose runs line up in columns.

// looseTable is a table rebuilt from text positions.
type looseTable struct {
	box  Rect
	cols []span // column x-ranges, left to right
	rows []looseRow
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
	var tables []*looseTable
	var rest []*textLine
	i := 0
	for i < len(lines) {
		if len(lines[i].runs) < 2 {
			rest = append(rest, lines[i])
			i++
			continue
		}
		j, multi := i+1, 1
		last := i // last line accepted into the region
		for j < len(lines) {
			l, prev := lines[j], lines[j-1]
			gap := l.box.Y0 - prev.box.Y1
			if gap > 3.5*l.size {
				break
			}
			if len(l.runs) >= 2 {
				multi++
				last = j
			} else if !fitsRegion(l, lines[i:j]) {
				break
			} else if gap < 1.2*l.size {
				// A tight single-run line: a wrapped cell's continuation.
				last = j
			}
			j++
		}
		region := lines[i : last+1]
		if multi >= 2 {
			if t := buildLooseTable(region); t != nil {
				tables = append(tables, t)
				i = last + 1
				continue
			}
		}
		rest = append(rest, lines[i])
		i++
	}
	return tables, rest
}

// fitsRegion reports whether a single-run line can belong to the table
// formed by lines: it is no wider than the widest run seen so far times
// two, and it starts where some run starts or inside some run's column.
func fitsRegion(l *textLine, region []*textLine) bool {
	r := l.runs[0]
	widest := 0.0
	for _, rl := range region {
		for _, rr := range rl.runs {
			widest = max(widest, rr.box.X1-rr.box.X0)
		}
	}
	if r.box.X1-r.box.X0 > 2*widest+l.size {
		return false
	}
	for _, rl := range region {
		for _, rr := range rl.runs {
			if r.box.X0 < rr.box.X1 && rr.box.X0 < r.box.X1 {
				return true
			}
		}
	}
	return false
}

// buildLooseTable finds the columns and rows of a region.
func buildLooseTable(region []*textLine) *looseTable {
	size := medianSize(region)
	cols := columnsOf(region, size)
	if len(cols) < 2 {
		return nil
	}
	t := &looseTable{cols: cols}
	// Rows: consecutive lines whose vertical extents come closer than a
	// quarter of the font size belong to one row (a wrapped cell next to a
	// vertically centred one).
	sorted := append([]*textLine(nil), region...)
	sort.SliceStable(sorted, func(a, b int) bool { return sorted[a].base < sorted[b].base })
	var cur *looseRow
	for _, l := range sorted {
		top, bottom := l.base-0.8*l.size, l.base+0.15*l.size
		if cur == nil || top-cur.bottom >= 0.25*size {
			t.rows = append(t.rows, looseRow{top: top, bottom: bottom, cells: map[int][]run{}})
			cur = &t.rows[len(t.rows)-1]
		}
		cur.bottom = max(cur.bottom, bottom)
		for _, r := range l.runs {
			c := columnOf(cols, r.box)
			cur.cells[c] = append(cur.cells[c], r)
		}
		t.box = t.box.Union(l.box)
	}
	t.rows = mergeContinuations(t.rows, size)
	return t
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

// columnsOf finds column x-ranges: the covered intervals of the runs of
// lines holding numbers (data rows), then, in the gaps between them,
// intervals covered by the other runs (columns with headings only).
func columnsOf(region []*textLine, size float64) []span {
	var data, other []span
	for _, l := range region {
		hasNum := false
		for _, r := range l.runs {
			if r.numeric() {
				hasNum = true
			}
		}
		for _, r := range l.runs {
			s := span{r.box.X0, r.box.X1}
			if hasNum {
				data = append(data, s)
			} else {
				other = append(other, s)
			}
		}
	}
	cols := unionSpans(data, 0.4*size)
	var extra []span
	for _, s := range other {
		free := true
		for _, c := range cols {
			if s.lo < c.hi && c.lo < s.hi {
				free = false
				break
			}
		}
		if free {
			extra = append(extra, s)
		}
	}
	cols = append(cols, unionSpans(extra, 0.4*size)...)
	sort.Slice(cols, func(a, b int) bool { return cols[a].lo < cols[b].lo })
	return cols
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

// columnOf returns the column a run belongs to: the one it overlaps most,
// else the nearest.
func columnOf(cols []span, b Rect) int {
	best, bestOv := 0, -1e9
	for i, c := range cols {
		ov := min(b.X1, c.hi) - max(b.X0, c.lo)
		if ov > bestOv {
			best, bestOv = i, ov
		}
	}
	return best
}

// spanOf returns the columns a run covers, for headings that straddle.
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

// cellRuns joins the runs of one cell, top to bottom, left to right.
func cellRuns(rs []run) string {
	sort.SliceStable(rs, func(a, b int) bool {
		if d := rs[a].box.Y0 - rs[b].box.Y0; d < -1 || d > 1 {
			return d < 0
		}
		return rs[a].box.X0 < rs[b].box.X0
	})
	s := ""
	prevY := -1e9
	for _, r := range rs {
		if r.box.Y0-prevY > 1 || s == "" {
			s = joinLines(s, r.text)
		} else {
			s = strings.TrimSpace(s + " " + r.text)
		}
		prevY = r.box.Y0
	}
	return s
}
