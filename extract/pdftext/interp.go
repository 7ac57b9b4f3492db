package pdftext

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"

	"github.com/ledongthuc/pdf"
)

// matrix is a PDF transformation matrix [a b c d e f]; points are row
// vectors, p' = p × M.
type matrix [6]float64

var identity = matrix{1, 0, 0, 1, 0, 0}

// mul returns m × n: apply m first, then n.
func (m matrix) mul(n matrix) matrix {
	return matrix{
		m[0]*n[0] + m[1]*n[2],
		m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2],
		m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4],
		m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func (m matrix) apply(x, y float64) (float64, float64) {
	return x*m[0] + y*m[2] + m[4], x*m[1] + y*m[3] + m[5]
}

// scale is the mean linear scale of m, for line widths.
func (m matrix) scale() float64 { return math.Sqrt(math.Abs(m[0]*m[3] - m[1]*m[2])) }

// cspace classifies a colour space by what "white" means in it.
type cspace uint8

const (
	csGray  cspace = iota // 1 = white
	csRGB                 // 1 1 1 = white
	csCMYK                // 0 0 0 0 = white
	csTint                // Separation, DeviceN: all tints 0 = no ink
	csOther               // Indexed, Pattern, Lab: never treated as white
)

// paint is a fill or stroke colour, reduced to the one question we ask.
type paint struct {
	cs    cspace
	white bool
}

// gstate is the part of the graphics state we track; q/Q save and restore
// it (the text state is part of the graphics state, PDF 32000-1 §9.3.1).
type gstate struct {
	ctm          matrix
	lw           float64
	fill, stroke paint
	font         *font
	fontSize     float64
	tc, tw, th   float64
	tl, ts       float64
	tr           int
}

type pathPt struct {
	x, y  float64
	curve bool // the segment ending here is a curve
}

type subpath struct {
	start  int
	closed bool
	rect   bool
}

type mcFrame struct {
	actual   bool
	text     string
	start    int
	artifact bool
}

// maxStack caps the q nesting that is actually stored; deeper q/Q pairs
// are counted only.
const maxStack = 4096

type interp struct {
	d     *Document
	p     *Page
	gs    gstate
	stack []gstate
	base  int // stack depth at the start of the running form: its Q cannot pop below
	over  int // q's beyond maxStack
	tm    matrix
	tlm   matrix

	pts  []pathPt
	subs []subpath

	budget int
	depth  int
	active []ref
	mc     []mcFrame
	art    int

	lexers  []*lexer
	showSrc int32   // data offset of the string operand being shown
	trace   *tracer // set by PageSources only
	warned  map[string]bool
	undec   map[string]int
	area    float64
	maxDep  int
	limitEr error
}

var lexerPool = sync.Pool{New: func() any { return newLexer(nil) }}

var (
	errBudget = fmt.Errorf("%w: page needs more than %d operators and glyphs", ErrLimit, maxPageOps)
	errGlyphs = fmt.Errorf("%w: page paints more than %d glyphs", ErrLimit, maxPageGlyphs)
	errRules  = fmt.Errorf("%w: page paints more than %d rules", ErrLimit, maxPageRules)
)

// page interprets page n.
func (d *Document) page(n int) (*Page, error) {
	it := d.newInterp(n)
	defer it.release()
	data, err := it.contents(d.pages[n-1].v)
	if err != nil {
		return nil, err
	}
	return it.interpret(data)
}

// newInterp prepares the interpretation of page n: page space, initial
// graphics state.
func (d *Document) newInterp(n int) *interp {
	pi := &d.pages[n-1]
	base, w, h := pageMatrix(pi.visible(), pi.rotate)
	p := &Page{Number: n, Width: w, Height: h, Rotate: pi.rotate}
	it := &interp{d: d, p: p, budget: maxPageOps, maxDep: d.opts.maxDepth()}
	it.gs = gstate{ctm: base, lw: 1, th: 1}
	it.tm, it.tlm = identity, identity
	return it
}

// interpret runs content data with the page's resources. It does not
// recover panics (Page does), so that the fuzz target sees them.
func (it *interp) interpret(data []byte) (*Page, error) {
	p := it.p
	p.Glyphs = make([]Glyph, 0, min(len(data)/40, 1<<16))
	if err := it.run(data, newResources(it.d.pages[p.Number-1].res)); err != nil {
		return nil, err
	}
	it.finish()
	return p, nil
}

// release returns the lexers to the pool, except those a freak page has
// grown large: the pool would keep that memory for the process's life.
func (it *interp) release() {
	for _, l := range it.lexers {
		l.reset(nil)
		if cap(l.sbuf) <= 1<<20 && cap(l.ops)+cap(l.elems)+cap(l.stack) <= 1<<16 {
			lexerPool.Put(l)
		}
	}
	it.lexers = nil
}

// contents returns the page's content streams joined (a token never spans
// two streams, so a newline between them is safe).
func (it *interp) contents(page pdf.Value) ([]byte, error) {
	c := page.Key("Contents")
	switch c.Kind() {
	case pdf.Stream:
		if it.trace != nil {
			it.trace.starts = append(it.trace.starts, 0)
		}
		data, err := it.d.readStream(c)
		if err != nil {
			if len(data) == 0 {
				return nil, err
			}
			it.warn(fmt.Sprintf("content stream: %v", err))
		}
		return data, nil
	case pdf.Array:
		var all []byte
		var firstErr error
		limit := it.d.opts.maxStream()
		for i := 0; i < c.Len(); i++ {
			s := c.Index(i)
			if s.Kind() != pdf.Stream {
				continue
			}
			data, err := it.d.readStream(s)
			if err != nil {
				if errors.Is(err, ErrLimit) {
					return nil, err
				}
				if firstErr == nil {
					firstErr = err
				}
				it.warn(fmt.Sprintf("content stream %d: %v", i+1, err))
			}
			if int64(len(all)+len(data)) > limit {
				return nil, fmt.Errorf("%w: content streams decode to more than %d bytes (MaxStreamBytes)", ErrLimit, limit)
			}
			if it.trace != nil {
				it.trace.starts = append(it.trace.starts, len(all))
			}
			all = append(all, data...)
			all = append(all, '\n')
		}
		if len(all) == 0 && firstErr != nil {
			return nil, firstErr
		}
		return all, nil
	}
	return nil, nil // no contents: a blank page
}

func (it *interp) warn(msg string) {
	if it.warned == nil {
		it.warned = map[string]bool{}
	}
	if !it.warned[msg] && len(it.p.Warnings) < 100 {
		it.warned[msg] = true
		it.p.Warnings = append(it.p.Warnings, msg)
	}
}

// finish closes marked content left open and reports undecodable glyphs.
func (it *interp) finish() {
	for len(it.mc) > 0 {
		it.popMC()
	}
	for name, n := range it.undec {
		it.warn(fmt.Sprintf("font %s: %d glyphs without a Unicode mapping", name, n))
	}
	it.p.ImageArea = min(it.area, 1)
}

// run interprets one content stream with the given resources.
func (it *interp) run(data []byte, res *resources) error {
	if it.depth >= len(it.lexers) {
		it.lexers = append(it.lexers, lexerPool.Get().(*lexer))
	}
	l := it.lexers[it.depth]
	l.reset(data)
	for {
		op := l.nextOp()
		if op == nil {
			return it.limitEr
		}
		if it.budget--; it.budget < 0 {
			return errBudget
		}
		it.exec(l, op, res)
		if it.limitEr != nil {
			return it.limitEr
		}
	}
}

// nums copies the last n operands into out if they are all numbers. Taking
// the last n makes junk before an operator harmless.
func nums(ops []operand, n int, out *[6]float64) bool {
	if len(ops) < n {
		return false
	}
	ops = ops[len(ops)-n:]
	for i, o := range ops {
		if o.kind != kNum {
			return false
		}
		out[i] = o.num
	}
	return true
}

// textStateOps set one number of the text state each (PDF 32000-1
// §9.3): character and word spacing, horizontal scaling, leading, rise
// and rendering mode.
var textStateOps = map[string]func(gs *gstate, v float64){
	"Tc": func(gs *gstate, v float64) { gs.tc = v },
	"Tw": func(gs *gstate, v float64) { gs.tw = v },
	"Tz": func(gs *gstate, v float64) { gs.th = v / 100 },
	"TL": func(gs *gstate, v float64) { gs.tl = v },
	"Ts": func(gs *gstate, v float64) { gs.ts = v },
	"Tr": func(gs *gstate, v float64) { gs.tr = int(v) },
}

func (it *interp) exec(l *lexer, op []byte, res *resources) {
	var a [6]float64
	ops := l.ops
	gs := &it.gs
	switch string(op) {
	// Graphics state.
	case "q":
		if len(it.stack) >= maxStack {
			it.over++
			return
		}
		it.stack = append(it.stack, *gs)
	case "Q":
		if it.over > 0 {
			it.over--
			return
		}
		if len(it.stack) > it.base {
			*gs = it.stack[len(it.stack)-1]
			it.stack = it.stack[:len(it.stack)-1]
		}
	case "cm":
		if nums(ops, 6, &a) {
			gs.ctm = matrix(a).mul(gs.ctm)
		}
	case "w":
		if nums(ops, 1, &a) {
			gs.lw = math.Abs(a[0])
		}
	case "gs":
		if len(ops) > 0 && ops[len(ops)-1].kind == kName {
			it.extGState(res, string(l.bytesOf(ops[len(ops)-1])))
		}

	// Colour.
	case "g", "rg", "k":
		gs.fill = devicePaints[string(op)](ops)
	case "G", "RG", "K":
		gs.stroke = devicePaints[strings.ToLower(string(op))](ops)
	case "cs":
		gs.fill = paint{cs: it.colorSpace(l, res)}
	case "CS":
		gs.stroke = paint{cs: it.colorSpace(l, res)}
	case "sc", "scn":
		gs.fill = colorPaint(gs.fill.cs, ops)
	case "SC", "SCN":
		gs.stroke = colorPaint(gs.stroke.cs, ops)

	// Path construction, in page space.
	case "m":
		if nums(ops, 2, &a) {
			x, y := gs.ctm.apply(a[0], a[1])
			it.subs = append(it.subs, subpath{start: len(it.pts)})
			it.pts = append(it.pts, pathPt{x: x, y: y})
		}
	case "l":
		if nums(ops, 2, &a) {
			it.lineTo(a[0], a[1], false)
		}
	case "c":
		if nums(ops, 6, &a) {
			it.lineTo(a[4], a[5], true)
		}
	case "v", "y":
		if nums(ops, 4, &a) {
			it.lineTo(a[2], a[3], true)
		}
	case "h":
		if n := len(it.subs); n > 0 {
			it.subs[n-1].closed = true
		}
	case "re":
		if nums(ops, 4, &a) {
			x, y, w, h := a[0], a[1], a[2], a[3]
			it.subs = append(it.subs, subpath{start: len(it.pts), closed: true, rect: true})
			for _, c := range [4][2]float64{{x, y}, {x + w, y}, {x + w, y + h}, {x, y + h}} {
				px, py := gs.ctm.apply(c[0], c[1])
				it.pts = append(it.pts, pathPt{x: px, y: py})
			}
		}

	// Path painting.
	case "S":
		it.paintPath(true, false)
	case "s":
		it.closePath()
		it.paintPath(true, false)
	case "f", "F", "f*":
		it.paintPath(false, true)
	case "B", "B*":
		it.paintPath(true, true)
	case "b", "b*":
		it.closePath()
		it.paintPath(true, true)
	case "n":
		it.pts, it.subs = it.pts[:0], it.subs[:0]

	// Text objects and state.
	case "BT":
		it.tm, it.tlm = identity, identity
	case "ET":
	case "Tc", "Tw", "Tz", "TL", "Ts", "Tr":
		if nums(ops, 1, &a) {
			textStateOps[string(op)](gs, a[0])
		}
	case "Tf":
		if len(ops) >= 2 && ops[len(ops)-2].kind == kName && ops[len(ops)-1].kind == kNum {
			// Looked up every time: the same name means another font in a
			// Form XObject's resources.
			name := l.bytesOf(ops[len(ops)-2])
			gs.fontSize = ops[len(ops)-1].num
			gs.font = res.font(it.d, name)
			if gs.font == nil {
				it.warn(fmt.Sprintf("font /%s not found: its text is skipped", name))
			} else if gs.font.err != nil {
				it.limitEr = gs.font.err
			}
		}
	case "Td":
		if nums(ops, 2, &a) {
			it.td(a[0], a[1])
		}
	case "TD":
		if nums(ops, 2, &a) {
			gs.tl = -a[1]
			it.td(a[0], a[1])
		}
	case "Tm":
		if nums(ops, 6, &a) {
			it.tm, it.tlm = matrix(a), matrix(a)
		}
	case "T*":
		it.td(0, -gs.tl)

	// Text showing.
	case "Tj":
		if len(ops) > 0 && ops[len(ops)-1].kind == kStr {
			it.showSrc = ops[len(ops)-1].src
			it.show(l.bytesOf(ops[len(ops)-1]))
		}
	case "'":
		it.td(0, -gs.tl)
		if len(ops) > 0 && ops[len(ops)-1].kind == kStr {
			it.showSrc = ops[len(ops)-1].src
			it.show(l.bytesOf(ops[len(ops)-1]))
		}
	case "\"":
		if len(ops) >= 3 && ops[len(ops)-3].kind == kNum && ops[len(ops)-2].kind == kNum {
			gs.tw, gs.tc = ops[len(ops)-3].num, ops[len(ops)-2].num
		}
		it.td(0, -gs.tl)
		if len(ops) > 0 && ops[len(ops)-1].kind == kStr {
			it.showSrc = ops[len(ops)-1].src
			it.show(l.bytesOf(ops[len(ops)-1]))
		}
	case "TJ":
		if len(ops) > 0 && ops[len(ops)-1].kind == kArr {
			for _, e := range l.elemsOf(ops[len(ops)-1]) {
				switch e.kind {
				case kStr:
					it.showSrc = e.src
					it.show(l.bytesOf(e))
				case kNum:
					it.adjust(e.num)
				}
			}
		}

	// XObjects and images.
	case "Do":
		if len(ops) > 0 && ops[len(ops)-1].kind == kName {
			it.do(res, string(l.bytesOf(ops[len(ops)-1])))
		}
	case "BI":
		it.addImage() // the lexer has skipped the data

	// Marked content.
	case "BMC":
		tag := ""
		if len(ops) > 0 && ops[len(ops)-1].kind == kName {
			tag = string(l.bytesOf(ops[len(ops)-1]))
		}
		it.pushMC(tag, "", false)
	case "BDC":
		it.bdc(l, res)
	case "EMC":
		if len(it.mc) > 0 {
			it.popMC()
		}
	}
}

func (it *interp) lineTo(x, y float64, curve bool) {
	px, py := it.gs.ctm.apply(x, y)
	if len(it.subs) == 0 {
		it.subs = append(it.subs, subpath{start: len(it.pts)})
	}
	it.pts = append(it.pts, pathPt{x: px, y: py, curve: curve})
}

func (it *interp) closePath() {
	if n := len(it.subs); n > 0 {
		it.subs[n-1].closed = true
	}
}

func (it *interp) td(tx, ty float64) {
	it.tlm = matrix{1, 0, 0, 1, tx, ty}.mul(it.tlm)
	it.tm = it.tlm
}

// adjust applies a TJ number: a shift against the writing direction in
// thousandths of the font size.
func (it *interp) adjust(n float64) {
	gs := &it.gs
	if gs.font != nil && gs.font.vertical {
		ty := -n / 1000 * gs.fontSize
		it.tm[4] += ty * it.tm[2]
		it.tm[5] += ty * it.tm[3]
		return
	}
	tx := -n / 1000 * gs.fontSize * gs.th
	it.tm[4] += tx * it.tm[0]
	it.tm[5] += tx * it.tm[1]
}

// show paints a string: one glyph per code, positioned by the text
// rendering matrix, then advances the text matrix (PDF 32000-1 §9.4.4).
func (it *interp) show(s []byte) {
	gs := &it.gs
	f := gs.font
	if f == nil || len(s) == 0 {
		return
	}
	if f.warning != "" {
		it.warn(f.warning)
	}
	m := it.tm.mul(gs.ctm)
	fs, th := gs.fontSize, gs.th
	em := fs * f.sizeScale
	size := math.Abs(em) * math.Hypot(m[2], m[3])
	rot := 0
	if m[1] != 0 || m[0] < 0 {
		rot = direction(m[0], m[1])
	}
	bold := f.bold || gs.tr == 2 || gs.tr == 6
	invisible := gs.tr == 3 || gs.tr == 7
	var tx, ty float64
	off := 0
	for len(s) > 0 {
		code, n := f.nextCode(s)
		s = s[n:]
		if it.trace != nil {
			it.trace.next = traced{operand: it.showSrc, off: off, n: n, code: code, font: f, size: fs, th: th, form: it.depth > 0}
		}
		off += n
		text, w := f.glyph(code)
		if it.budget--; it.budget < 0 {
			it.limitEr = errBudget
			return
		}
		if text == "" {
			text = "\uFFFD"
			if it.undec == nil {
				it.undec = map[string]int{}
			}
			it.undec[f.name]++
		}
		spacing := gs.tc
		if n == 1 && code == 32 {
			spacing += gs.tw
		}
		if f.vertical {
			// Vertical writing: the glyph hangs centred below its origin,
			// advancing down by the default vertical displacement.
			it.emit(m, tx-w*fs/2, ty-0.88*em+gs.ts, w*fs, em, size, rot, text, f.name, bold, invisible)
			ty += -fs + spacing
			continue
		}
		it.emit(m, tx, ty+gs.ts, w*fs*th, em, size, rot, text, f.name, bold, invisible)
		tx += (w*fs + spacing) * th
	}
	it.tm[4] += tx*it.tm[0] + ty*it.tm[2]
	it.tm[5] += tx*it.tm[1] + ty*it.tm[3]
}

// direction is the angle of text direction (dx, dy) in page space in
// degrees clockwise, snapped to multiples of 90 when within 2 degrees.
func direction(dx, dy float64) int {
	deg := math.Atan2(dy, dx) * 180 / math.Pi
	if math.IsNaN(deg) {
		return 0
	}
	r := int(math.Round(deg))
	if q := int(math.Round(deg/90)) * 90; math.Abs(deg-float64(q)) < 2 {
		r = q
	}
	return (r%360 + 360) % 360
}

// emit adds a glyph whose origin is (x, y) in text space, adv wide in text
// space, em high.
func (it *interp) emit(m matrix, x, y, adv, em, size float64, rot int, text, fontName string, bold, invisible bool) {
	ox, oy := m.apply(x, y)
	ax, ay := m[0]*adv, m[1]*adv
	ux, uy := m[2]*em, m[3]*em
	var g Glyph
	if rot == 0 && m[1] == 0 && m[2] == 0 {
		// Upright text, the common case: no corner arithmetic needed.
		x0, x1 := ox, ox+ax
		top, bot := oy+0.88*uy, oy-0.12*uy
		if top > bot {
			top, bot = bot, top
		}
		g = Glyph{X0: x0, X1: x1, Y0: top, Y1: bot}
	} else {
		x0, y0 := ox-0.12*ux, oy-0.12*uy
		x1, y1 := ox+0.88*ux, oy+0.88*uy
		g.X0, g.X1 = min(x0, x1, x0+ax, x1+ax), max(x0, x1, x0+ax, x1+ax)
		g.Y0, g.Y1 = min(y0, y1, y0+ay, y1+ay), max(y0, y1, y0+ay, y1+ay)
	}
	if !(g.X1 > 0 && g.X0 < it.p.Width && g.Y1 > 0 && g.Y0 < it.p.Height) {
		return // outside the visible page, or not finite
	}
	g.Text, g.Baseline, g.Size, g.Font = text, oy, size, fontName
	if rot == 90 || rot == 270 {
		g.Baseline = ox // the baseline is a vertical line
	}
	g.Bold, g.Invisible, g.Artifact, g.Rotation = bold, invisible, it.art > 0, rot
	if len(it.p.Glyphs) >= maxPageGlyphs {
		it.limitEr = errGlyphs
		return
	}
	it.p.Glyphs = append(it.p.Glyphs, g)
	if it.trace != nil {
		it.trace.out = append(it.trace.out, it.trace.next)
	}
}

// paintPath turns the current path into rules and fills, then clears it.
// Like the painting itself, the fill comes before the stroke.
func (it *interp) paintPath(stroke, fill bool) {
	gs := &it.gs
	if fill && !gs.fill.white {
		for k, sp := range it.subs {
			end := len(it.pts)
			if k+1 < len(it.subs) {
				end = it.subs[k+1].start
			}
			if r, ok := asRect(it.pts[sp.start:end], sp.rect); ok {
				it.addFill(r)
			} else if r, ok := thinPolygon(it.pts[sp.start:end]); ok {
				it.addFill(r)
			}
		}
	}
	if stroke && !gs.stroke.white {
		lw := gs.lw * gs.ctm.scale()
		for k, sp := range it.subs {
			end := len(it.pts)
			if k+1 < len(it.subs) {
				end = it.subs[k+1].start
			}
			pts := it.pts[sp.start:end]
			for i := 1; i < len(pts); i++ {
				if !pts[i].curve {
					it.addRule(pts[i-1].x, pts[i-1].y, pts[i].x, pts[i].y, lw)
				}
			}
			if sp.closed && len(pts) > 2 {
				it.addRule(pts[len(pts)-1].x, pts[len(pts)-1].y, pts[0].x, pts[0].y, lw)
			}
		}
	}
	it.pts, it.subs = it.pts[:0], it.subs[:0]
}

// asRect recognises an axis-aligned rectangle: an re, or four points (a
// fifth equal to the first) joined by horizontal and vertical lines.
func asRect(pts []pathPt, isRe bool) (Rect, bool) {
	const eps = 0.01
	if !isRe {
		if n := len(pts); n == 5 && math.Abs(pts[4].x-pts[0].x) < eps && math.Abs(pts[4].y-pts[0].y) < eps {
			pts = pts[:4]
		}
		if len(pts) != 4 {
			return Rect{}, false
		}
		for i := range pts {
			p, q := pts[i], pts[(i+1)%4]
			if q.curve || math.Abs(p.x-q.x) > eps && math.Abs(p.y-q.y) > eps {
				return Rect{}, false
			}
		}
	}
	if len(pts) != 4 {
		return Rect{}, false
	}
	r := Rect{pts[0].x, pts[0].y, pts[0].x, pts[0].y}
	for _, p := range pts[1:] {
		r.X0, r.Y0 = min(r.X0, p.x), min(r.Y0, p.y)
		r.X1, r.Y1 = max(r.X1, p.x), max(r.Y1, p.y)
	}
	// A rotated re is no axis-aligned rectangle.
	if isRe {
		for _, p := range pts {
			if (math.Abs(p.x-r.X0) > eps && math.Abs(p.x-r.X1) > eps) || (math.Abs(p.y-r.Y0) > eps && math.Abs(p.y-r.Y1) > eps) {
				return Rect{}, false
			}
		}
	}
	return r, true
}

// thinPolygon recognises a rule drawn as a filled polygon that is not a
// rectangle: a sliver with mitred ends (four points, one edge slanted by
// the line width), as some producers draw each table border. It returns
// the polygon's bounding box when that box is thinner than ThinRule one
// way; a slanted line has a wide box both ways and is no rule.
func thinPolygon(pts []pathPt) (Rect, bool) {
	if len(pts) < 3 || len(pts) > 8 {
		return Rect{}, false
	}
	r := Rect{pts[0].x, pts[0].y, pts[0].x, pts[0].y}
	for _, p := range pts {
		if p.curve {
			return Rect{}, false
		}
		r.X0, r.Y0 = min(r.X0, p.x), min(r.Y0, p.y)
		r.X1, r.Y1 = max(r.X1, p.x), max(r.Y1, p.y)
	}
	w, h := r.X1-r.X0, r.Y1-r.Y0
	return r, w > 0 && h > 0 && (h < ThinRule && w >= minRuleLength || w < ThinRule && h >= minRuleLength)
}

// addFill records a filled rectangle: a rule when it is thin, a fill when
// it is not, nothing when it has no area.
func (it *interp) addFill(r Rect) {
	w, h := r.X1-r.X0, r.Y1-r.Y0
	if !(w > 0 && h > 0) {
		return
	}
	switch {
	case h < ThinRule && w >= h:
		y := (r.Y0 + r.Y1) / 2
		it.addRule(r.X0, y, r.X1, y, h)
	case w < ThinRule:
		x := (r.X0 + r.X1) / 2
		it.addRule(x, r.Y0, x, r.Y1, w)
	default:
		c := Rect{max(r.X0, 0), max(r.Y0, 0), min(r.X1, it.p.Width), min(r.Y1, it.p.Height)}
		if c.X1 > c.X0 && c.Y1 > c.Y0 {
			if len(it.p.Rules)+len(it.p.Fills) >= maxPageRules {
				it.limitEr = errRules
				return
			}
			it.p.Fills = append(it.p.Fills, c)
		}
	}
}

// addRule records a segment if it is horizontal or vertical and long enough,
// clipped to the page.
func (it *interp) addRule(x0, y0, x1, y1, w float64) {
	dx, dy := math.Abs(x1-x0), math.Abs(y1-y0)
	var r Rule
	switch {
	case dy <= 0.5 && dy <= 0.05*dx && dx >= minRuleLength:
		y := (y0 + y1) / 2
		r = Rule{X0: min(x0, x1), Y0: y, X1: max(x0, x1), Y1: y, Width: w}
		if y < 0 || y > it.p.Height {
			return
		}
		r.X0, r.X1 = max(r.X0, 0), min(r.X1, it.p.Width)
		if r.X1-r.X0 < minRuleLength {
			return
		}
	case dx <= 0.5 && dx <= 0.05*dy && dy >= minRuleLength:
		x := (x0 + x1) / 2
		r = Rule{X0: x, Y0: min(y0, y1), X1: x, Y1: max(y0, y1), Width: w}
		if x < 0 || x > it.p.Width {
			return
		}
		r.Y0, r.Y1 = max(r.Y0, 0), min(r.Y1, it.p.Height)
		if r.Y1-r.Y0 < minRuleLength {
			return
		}
	default:
		return // diagonal, too short, or not finite
	}
	if len(it.p.Rules)+len(it.p.Fills) >= maxPageRules {
		it.limitEr = errRules
		return
	}
	it.p.Rules = append(it.p.Rules, r)
}

// addImage counts the unit square under the CTM (where an image is
// painted) toward the page's image area.
func (it *interp) addImage() {
	m := it.gs.ctm
	var x0, y0, x1, y1 float64
	for i, c := range [4][2]float64{{0, 0}, {1, 0}, {0, 1}, {1, 1}} {
		x, y := m.apply(c[0], c[1])
		if i == 0 {
			x0, y0, x1, y1 = x, y, x, y
			continue
		}
		x0, y0, x1, y1 = min(x0, x), min(y0, y), max(x1, x), max(y1, y)
	}
	x0, y0 = max(x0, 0), max(y0, 0)
	x1, y1 = min(x1, it.p.Width), min(y1, it.p.Height)
	if x1 > x0 && y1 > y0 {
		it.area += (x1 - x0) * (y1 - y0) / (it.p.Width * it.p.Height)
	}
}

// devicePaints read the operands of the device colour operators, by the
// fill operator's name (g, rg, k; G, RG and K set the stroke the same way).
var devicePaints = map[string]func([]operand) paint{"g": grayPaint, "rg": rgbPaint, "k": cmykPaint}

func grayPaint(ops []operand) paint {
	var a [6]float64
	return paint{cs: csGray, white: nums(ops, 1, &a) && a[0] >= 0.99}
}

func rgbPaint(ops []operand) paint {
	var a [6]float64
	return paint{cs: csRGB, white: nums(ops, 3, &a) && a[0] >= 0.99 && a[1] >= 0.99 && a[2] >= 0.99}
}

func cmykPaint(ops []operand) paint {
	var a [6]float64
	return paint{cs: csCMYK, white: nums(ops, 4, &a) && a[0] <= 0.01 && a[1] <= 0.01 && a[2] <= 0.01 && a[3] <= 0.01}
}

// colorPaint handles sc/scn: the operands are components of the current
// colour space (a trailing pattern name makes it never white).
func colorPaint(cs cspace, ops []operand) paint {
	p := paint{cs: cs}
	if len(ops) == 0 || ops[len(ops)-1].kind != kNum {
		return p
	}
	n := 0
	for i := len(ops) - 1; i >= 0 && ops[i].kind == kNum; i-- {
		n++
	}
	c := ops[len(ops)-n:]
	switch cs {
	case csGray:
		p.white = c[0].num >= 0.99
	case csRGB:
		p.white = n >= 3 && c[0].num >= 0.99 && c[1].num >= 0.99 && c[2].num >= 0.99
	case csCMYK, csTint:
		p.white = n >= 1
		for _, o := range c {
			if o.num > 0.01 {
				p.white = false
			}
		}
		if cs == csCMYK && n < 4 {
			p.white = false
		}
	}
	return p
}

func (it *interp) colorSpace(l *lexer, res *resources) cspace {
	ops := l.ops
	if len(ops) == 0 || ops[len(ops)-1].kind != kName {
		return csOther
	}
	return res.colorSpace(string(l.bytesOf(ops[len(ops)-1])))
}

func (it *interp) extGState(res *resources, name string) {
	g := res.extGState(it.d, name)
	if g == nil {
		return
	}
	if g.hasLW {
		it.gs.lw = g.lw
	}
	if g.font != nil {
		it.gs.font, it.gs.fontSize = g.font, g.fontSize
	}
}

// Marked content: /Artifact marks running headers and footers, /ActualText
// replaces the text of the glyphs inside (Chromium writes the ideograph
// there when its ToUnicode gives a radical lookalike).

func (it *interp) bdc(l *lexer, res *resources) {
	ops := l.ops
	tag := ""
	text, has := "", false
	if len(ops) >= 2 && ops[len(ops)-2].kind == kName {
		tag = string(l.bytesOf(ops[len(ops)-2]))
		props := ops[len(ops)-1]
		switch props.kind {
		case kDict:
			if v, ok := l.dictGet(props, "ActualText"); ok && v.kind == kStr {
				text, has = textString(l.bytesOf(v)), true
			}
		case kName:
			pv := res.sub("Properties").Key(string(l.bytesOf(props)))
			if at := pv.Key("ActualText"); at.Kind() == pdf.String {
				text, has = textString([]byte(at.RawString())), true
			}
		}
	}
	it.pushMC(tag, text, has)
}

func (it *interp) pushMC(tag, text string, actual bool) {
	if len(it.mc) >= maxStack {
		return
	}
	fr := mcFrame{actual: actual, text: text, start: len(it.p.Glyphs), artifact: tag == "Artifact"}
	if fr.artifact {
		it.art++
	}
	it.mc = append(it.mc, fr)
}

func (it *interp) popMC() {
	fr := it.mc[len(it.mc)-1]
	it.mc = it.mc[:len(it.mc)-1]
	if fr.artifact {
		it.art--
	}
	if !fr.actual || fr.text == "" {
		return
	}
	gl := it.p.Glyphs[min(fr.start, len(it.p.Glyphs)):]
	if len(gl) == 0 {
		return
	}
	// Replace only when the correspondence is plain: one glyph, or one
	// character per glyph. Otherwise ToUnicode's text stays.
	if len(gl) == 1 {
		gl[0].Text = fr.text
		return
	}
	rs := []rune(fr.text)
	if len(rs) == len(gl) {
		for i := range gl {
			gl[i].Text = string(rs[i])
		}
	}
}

// do paints an XObject: a form is interpreted in place, an image counts
// toward the image area.
func (it *interp) do(res *resources, name string) {
	x := res.xobject(name)
	if x == nil {
		return
	}
	switch x.kind {
	case xImage:
		it.addImage()
	case xForm:
		it.form(x, res)
	}
}

func (it *interp) form(x *xobject, res *resources) {
	if it.depth+1 >= it.maxDep {
		it.warn(fmt.Sprintf("Form XObjects nested deeper than %d: skipped", it.maxDep))
		return
	}
	if x.hasRef {
		for _, r := range it.active {
			if r == x.ref {
				it.warn(fmt.Sprintf("Form XObject %d %d R draws itself: skipped", x.ref.id, x.ref.gen))
				return
			}
		}
	}
	if !x.loaded {
		x.loaded = true
		data, err := it.d.readStream(x.v)
		if err != nil {
			if errors.Is(err, ErrLimit) {
				it.limitEr = err
				return
			}
			it.warn(fmt.Sprintf("Form XObject: %v", err))
		}
		x.data = data
	}
	if len(x.data) == 0 {
		return
	}
	saved, savedN, savedOver, savedBase := it.gs, len(it.stack), it.over, it.base
	it.base = savedN
	savedTm, savedTlm := it.tm, it.tlm
	savedPts, savedSubs := len(it.pts), len(it.subs)
	it.gs.ctm = x.matrix.mul(it.gs.ctm)
	fres := x.res
	if fres == nil {
		fres = res // old files rely on the page's resources
	}
	it.active = append(it.active, x.ref)
	it.depth++
	err := it.run(x.data, fres)
	it.depth--
	it.active = it.active[:len(it.active)-1]
	it.gs, it.stack, it.over, it.base = saved, it.stack[:savedN], savedOver, savedBase
	it.tm, it.tlm = savedTm, savedTlm
	it.pts, it.subs = it.pts[:min(savedPts, len(it.pts))], it.subs[:min(savedSubs, len(it.subs))]
	if err != nil {
		it.limitEr = err
	}
}
