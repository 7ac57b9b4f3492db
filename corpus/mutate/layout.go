package mutate

import (
	"bytes"
	"fmt"
	"math"
	"sort"
	"strconv"

	"github.com/gouji/gouji/extract/pdftext"
)

// Keeping the line readable when the number changes width. A longer or
// shorter number changes the advance of the operation that shows it; what
// comes after on the line is either pushed along (the rest of the same
// string or array) or placed on its own. Producers place text on their
// own in two ways:
//
//   - a chain of relative moves (Chromium and WPS place every glyph with
//     "dx 0 Td"): the next same-line Td is lengthened or shortened by the
//     change, and the rest of the line moves with it, as if reflowed;
//   - absolute positions (LibreOffice starts every run with a Tm, WPS ends
//     a run after a number and places the next one): the number is shown
//     with a horizontal scaling (Tz) that keeps its printed width, so the
//     wider number is a little narrower and nothing is overlapped. When
//     its glyphs are placed one by one the moves between them shrink by
//     the same factor, so the squeeze spreads over the whole number:
//     scaling the last glyph alone would not do, as two equal digits
//     squeezed into one width read as an overprinted duplicate.
//
// A narrower number with nothing to pull back leaves a gap.

// ctok is a token of a content stream: a string ('s'), number ('n'),
// name ('/'), array ('[', with its elements), dictionary ('d') or other
// operand ('k': true, false, null).
type ctok struct {
	kind       byte
	start, end int
	elems      []ctok
}

// cop is one operator with its operands; start is where its first operand
// (or the operator) starts, end where the operator ends.
type cop struct {
	name       string
	start, end int
	args       []ctok
}

// parseOps splits a content stream into operations.
func parseOps(d []byte) ([]cop, error) {
	var ops []cop
	var args []ctok
	p := 0
	for {
		p = skipSpace(d, p)
		if p >= len(d) {
			return ops, nil
		}
		t, end, err := contentToken(d, p)
		if err != nil {
			return nil, err
		}
		if t.kind != 'o' {
			args = append(args, t)
			p = end
			continue
		}
		name := string(d[t.start:t.end])
		start := t.start
		if len(args) > 0 {
			start = args[0].start
		}
		if name == "BI" {
			end = skipInlineImage(d, end)
		}
		ops = append(ops, cop{name: name, start: start, end: end, args: args})
		args = nil
		p = end
	}
}

// contentToken reads the token at p; kind 'o' is an operator.
func contentToken(d []byte, p int) (ctok, int, error) {
	switch c := d[p]; {
	case c == '(' || c == '<' && !(p+1 < len(d) && d[p+1] == '<'):
		_, end, err := readString(d, p)
		return ctok{kind: 's', start: p, end: end}, end, err
	case c == '<':
		end, err := skipValue(d, p)
		return ctok{kind: 'd', start: p, end: end}, end, err
	case c == '[':
		arr := ctok{kind: '[', start: p}
		q := p + 1
		for {
			q = skipSpace(d, q)
			if q >= len(d) {
				return ctok{}, 0, fmt.Errorf("unterminated array at %d", p)
			}
			if d[q] == ']' {
				arr.end = q + 1
				return arr, q + 1, nil
			}
			e, end, err := contentToken(d, q)
			if err != nil {
				return ctok{}, 0, err
			}
			arr.elems = append(arr.elems, e)
			q = end
		}
	case c == '/':
		q := p + 1
		for q < len(d) && !isSpace(d[q]) && !isDelim(d[q]) {
			q++
		}
		return ctok{kind: '/', start: p, end: q}, q, nil
	case isDelim(c):
		// A stray ']', '>', ')', '{' or '}': skip it like the interpreter.
		return ctok{kind: 'k', start: p, end: p + 1}, p + 1, nil
	}
	q := p
	for q < len(d) && !isSpace(d[q]) && !isDelim(d[q]) {
		q++
	}
	w := d[p:q]
	if _, err := strconv.ParseFloat(string(w), 64); err == nil {
		return ctok{kind: 'n', start: p, end: q}, q, nil
	}
	switch string(w) {
	case "true", "false", "null":
		return ctok{kind: 'k', start: p, end: q}, q, nil
	}
	return ctok{kind: 'o', start: p, end: q}, q, nil
}

// skipInlineImage returns the end of an inline image's EI, from the end of
// its BI: the data after ID is binary, and ends at an EI between white
// space.
func skipInlineImage(d []byte, p int) int {
	i := bytes.Index(d[p:], []byte("ID"))
	if i < 0 {
		return len(d)
	}
	for q := p + i + 3; q+2 <= len(d); q++ {
		if d[q] == 'E' && d[q+1] == 'I' && isSpace(d[q-1]) && (q+2 == len(d) || isSpace(d[q+2]) || isDelim(d[q+2])) {
			return q + 2
		}
	}
	return len(d)
}

// num reads a number token.
func (t ctok) num(d []byte) float64 {
	v, _ := strconv.ParseFloat(string(d[t.start:t.end]), 64)
	return v
}

// patch replaces d[start:end] (an insertion when start == end).
type patch struct {
	start, end int
	with       []byte
}

// applyPatches applies non-overlapping patches to d.
func applyPatches(d []byte, ps []patch) ([]byte, error) {
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].start != ps[j].start {
			return ps[i].start < ps[j].start
		}
		return ps[i].end < ps[j].end // an insertion before a replacement at the same place
	})
	out := make([]byte, 0, len(d)+256)
	at := 0
	for _, p := range ps {
		if p.start < at {
			return nil, fmt.Errorf("overlapping edits at %d", p.start)
		}
		out = append(out, d[at:p.start]...)
		out = append(out, p.with...)
		at = p.end
	}
	return append(out, d[at:]...), nil
}

// stringEdit is a string operand rewritten.
type stringEdit struct {
	operand int
	orig    []byte
	str     []byte
	src     pdftext.GlyphSource
}

// rewrite returns stream d with the string edits applied and the line kept
// readable (see above). number lists the operands that show the edited
// number's glyphs, changed or not.
func rewrite(d []byte, edits []stringEdit, number []int) ([]byte, error) {
	ops, err := parseOps(d)
	if err != nil {
		return nil, fmt.Errorf("content stream: %w", err)
	}
	// Which operation holds each string operand.
	opOf := map[int]int{}
	for i, op := range ops {
		for _, a := range op.args {
			if a.kind == 's' {
				opOf[a.start] = i
			}
			for _, e := range a.elems {
				if e.kind == 's' {
					opOf[e.start] = i
				}
			}
		}
	}
	inNumber := map[int]bool{}
	for _, o := range number {
		if i, ok := opOf[o]; ok {
			inNumber[i] = true
		}
	}
	var ps []patch
	byOp := map[int][]stringEdit{}
	for _, e := range edits {
		_, end, err := readString(d, e.operand)
		if err != nil {
			return nil, err
		}
		ps = append(ps, patch{e.operand, end, hexString(e.str)})
		i, ok := opOf[e.operand]
		if !ok {
			return nil, fmt.Errorf("string at %d is no operand of a text operator", e.operand)
		}
		byOp[i] = append(byOp[i], e)
	}
	changed := make([]int, 0, len(byOp))
	for i := range byOp {
		changed = append(changed, i)
	}
	sort.Ints(changed)
	shift := map[int]float64{} // Td operation → change of its tx
	type squeeze struct {
		first, last int
		oldW, newW  float64 // advance of the last operation, per unit of font size
		src         pdftext.GlyphSource
	}
	var squeezes []squeeze
	for _, i := range changed {
		es := byOp[i]
		src := es[0].src
		oldW, newW := advance(d, ops[i], src.Font, nil), advance(d, ops[i], src.Font, es)
		delta := newW - oldW
		if math.Abs(delta) < 0.005 {
			continue
		}
		if j := nextPlacement(d, ops, i); j >= 0 {
			shift[j] += delta * src.FontSize * src.HScale
			continue
		}
		if delta > 0 && oldW > 0 && src.HScale > 0 {
			squeezes = append(squeezes, squeeze{chainStart(d, ops, i, inNumber), i, oldW, newW, src})
		}
	}
	for _, q := range squeezes {
		tz0 := 100 * q.src.HScale
		unit := q.src.FontSize * q.src.HScale
		// The moves within the number and the last operation's advance
		// shrink by one factor r to fit the extent they had.
		oldE, newE := q.oldW*unit, q.newW*unit
		var moves []int
		for j := q.first + 1; j < q.last; j++ {
			if n := len(ops[j].args); (ops[j].name == "Td" || ops[j].name == "TD") && n >= 2 {
				tx := ops[j].args[n-2].num(d)
				moves = append(moves, j)
				oldE += tx
				newE += tx + shift[j]
			}
		}
		r := oldE / newE
		for _, j := range moves {
			tx := ops[j].args[len(ops[j].args)-2].num(d)
			shift[j] = (tx+shift[j])*r - tx
		}
		// Spaces on both sides: producers write "Tf[(a)]TJ" and "TD<0013>Tj".
		ps = append(ps, patch{ops[q.first].start, ops[q.first].start, fmt.Appendf(nil, " %s Tz ", fmtNum(tz0*r))},
			patch{ops[q.last].end, ops[q.last].end, fmt.Appendf(nil, " %s Tz ", fmtNum(tz0))})
	}
	for j, dx := range shift {
		tx := ops[j].args[len(ops[j].args)-2]
		ps = append(ps, patch{tx.start, tx.end, []byte(fmtNum(tx.num(d) + dx))})
	}
	return applyPatches(d, ps)
}

// chainStart returns the first operation of the number that ends with
// operation i when its glyphs are placed one by one by relative moves
// (each glyph its own Tj after a "dx 0 Td"), so that a squeeze can spread
// over the whole number; i itself otherwise.
func chainStart(d []byte, ops []cop, i int, inNumber map[int]bool) int {
	first := i
	for k := i - 1; k >= 0; k-- {
		switch op := ops[k]; op.name {
		case "Tj", "TJ":
			if !inNumber[k] {
				return first
			}
			first = k
		case "Td", "TD":
			if n := len(op.args); n < 2 || op.args[n-1].num(d) != 0 {
				return first
			}
		case "Tf", "Tc", "Tw", "Ts", "Tr", "TL", "gs", "BDC", "BMC", "EMC", "g", "rg", "k", "G", "RG", "K", "cs", "sc", "scn":
		default:
			return first
		}
	}
	return first
}

// advance is the advance of a show operation per unit of font size, with
// edits applied when given: its strings' widths less its TJ adjustments.
func advance(d []byte, op cop, f *pdftext.Font, edits []stringEdit) float64 {
	str := func(t ctok) []byte {
		for _, e := range edits {
			if e.operand == t.start {
				return e.str
			}
		}
		s, _, _ := readString(d, t.start)
		return s
	}
	w := 0.0
	for _, a := range op.args {
		switch a.kind {
		case 's':
			w += f.Width(str(a))
		case '[':
			for _, e := range a.elems {
				switch e.kind {
				case 's':
					w += f.Width(str(e))
				case 'n':
					w -= e.num(d) / 1000
				}
			}
		}
	}
	return w
}

// nextPlacement returns the operation that next places text after
// operation i when it is a relative move along the same line ("dx 0 Td"),
// which can take a change of width; -1 when the line ends or text is
// placed absolutely first.
func nextPlacement(d []byte, ops []cop, i int) int {
	for j := i + 1; j < len(ops); j++ {
		switch op := ops[j]; op.name {
		case "Td", "TD":
			n := len(op.args)
			if n >= 2 && op.args[n-2].kind == 'n' && op.args[n-1].kind == 'n' && op.args[n-1].num(d) == 0 {
				return j
			}
			return -1
		case "Tm", "T*", "'", "\"", "ET", "BT":
			return -1
		}
	}
	return -1
}

func fmtNum(v float64) string {
	s := strconv.FormatFloat(v, 'f', 4, 64)
	s = trimZeros(s)
	if s == "-0" {
		s = "0"
	}
	return s
}

func trimZeros(s string) string {
	if !bytes.ContainsRune([]byte(s), '.') {
		return s
	}
	for s[len(s)-1] == '0' {
		s = s[:len(s)-1]
	}
	return string(bytes.TrimSuffix([]byte(s), []byte(".")))
}
