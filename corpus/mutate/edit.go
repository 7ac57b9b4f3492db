// Package mutate edits the numbers a report prints, to make test reports
// with a known error: a PDF's glyph codes are rewritten so that a page
// shows another number in the same font, a text report's line is edited.
//
// # How a PDF edit works
//
// The page is interpreted by extract/pdftext, which says for every glyph
// its text, its font and where its code stands in the content stream
// (PageSources). The printed number is found in the page's glyph text,
// optionally within some surrounding text that picks the occurrence. Each
// changed digit gets the code that the same font maps to the new digit
// (Font.Encode: a reverse lookup through its ToUnicode CMap); the string
// operand holding it is rewritten as a hex string. The changed content
// streams are appended as new versions of the same objects, with a
// cross-reference section that lists only them (an incremental update),
// so the page dictionary and everything else stay as they are.
//
// A digit for a digit keeps every position. A longer number puts its extra
// digits after the last changed glyph, in the same string; a shorter one
// leaves the dropped glyphs' strings empty. The rest of the line is then
// moved along or the number squeezed into its old width (see layout.go),
// so that nothing overlaps.
//
// Limits: glyphs painted by a Form XObject, fonts without a code for the
// new character (a subset font that never printed that digit), encrypted
// files and content streams shared between pages are refused with an
// error rather than edited wrongly. A number split over two lines is
// edited glyph by glyph like any other, but only the line of its last
// changed glyph makes room for a longer one.
package mutate

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/extract/pdftext"
)

// Edit is one number edit.
type Edit struct {
	// Page is the 1-based page of a PDF edit (ignored for text).
	Page int
	// Line restricts a text edit to one 1-based line (0: anywhere).
	Line int
	// Old is the number as printed ("2,961.68", "22.72"), New what is
	// printed instead.
	Old, New string
	// Context is printed text that contains Old once and picks the
	// occurrence to edit ("公务接待费支出决算为22.72"); empty means Old
	// itself. White space is ignored in a PDF, where the layout decides it.
	Context string
	// Occurrence is the 1-based occurrence of Context on the page (or in
	// the line or text); 0 requires Context to occur exactly once.
	Occurrence int
}

func (e Edit) String() string {
	s := fmt.Sprintf("%q → %q", e.Old, e.New)
	if e.Context != "" && e.Context != e.Old {
		s += fmt.Sprintf(" in %q", e.Context)
	}
	if e.Occurrence > 0 {
		s += fmt.Sprintf(" (occurrence %d)", e.Occurrence)
	}
	if e.Page > 0 {
		s += fmt.Sprintf(" on page %d", e.Page)
	}
	if e.Line > 0 {
		s += fmt.Sprintf(" on line %d", e.Line)
	}
	return s
}

// ErrNotFound is returned (wrapped) when the edit's text is not where it
// should be, or not exactly once when Occurrence is 0.
var ErrNotFound = errors.New("text to edit not found")

// pick returns the start of the chosen occurrence of ctx in s and the start
// of old within it.
func pick(s, ctx, old string, occurrence int) (int, error) {
	if ctx == "" {
		ctx = old
	}
	in := strings.Index(ctx, old)
	if in < 0 {
		return 0, fmt.Errorf("context %q does not contain %q", ctx, old)
	}
	if strings.Contains(ctx[in+len(old):], old) {
		return 0, fmt.Errorf("context %q contains %q twice: make it pick one", ctx, old)
	}
	var at []int
	for i := 0; ; {
		j := strings.Index(s[i:], ctx)
		if j < 0 {
			break
		}
		at = append(at, i+j)
		_, n := utf8.DecodeRuneInString(s[i+j:])
		i += j + n
	}
	switch {
	case len(at) == 0:
		return 0, fmt.Errorf("%w: %q", ErrNotFound, ctx)
	case occurrence == 0 && len(at) > 1:
		return 0, fmt.Errorf("%w: %q occurs %d times: give an occurrence or a longer context", ErrNotFound, ctx, len(at))
	case occurrence > len(at):
		return 0, fmt.Errorf("%w: occurrence %d of %q (it occurs %d times)", ErrNotFound, occurrence, ctx, len(at))
	case occurrence == 0:
		occurrence = 1
	}
	return at[occurrence-1] + in, nil
}

// EditText applies e to a text report.
func EditText(text string, e Edit) (string, error) {
	if e.Old == "" || e.Old == e.New {
		return "", fmt.Errorf("edit %s: nothing to change", e)
	}
	start, end := 0, len(text)
	if e.Line > 0 {
		for n := 1; n < e.Line; n++ {
			i := strings.IndexByte(text[start:], '\n')
			if i < 0 {
				return "", fmt.Errorf("edit %s: the text has %d lines", e, n)
			}
			start += i + 1
		}
		if i := strings.IndexByte(text[start:], '\n'); i >= 0 {
			end = start + i
		}
	}
	at, err := pick(text[start:end], e.Context, e.Old, e.Occurrence)
	if err != nil {
		return "", fmt.Errorf("edit %s: %w", e, err)
	}
	at += start
	return text[:at] + e.New + text[at+len(e.Old):], nil
}

// matchText is a page's glyph text as matched against an edit: each
// glyph's text normalised (extract.Normalize) with white space dropped,
// and for each byte the glyph it came from.
type matchText struct {
	s     string
	glyph []int
}

func pageText(glyphs []pdftext.Glyph) matchText {
	var b strings.Builder
	var m matchText
	for i, g := range glyphs {
		if g.Invisible {
			continue
		}
		for _, r := range extract.Normalize(g.Text) {
			if unicode.IsSpace(r) {
				continue
			}
			n, _ := b.WriteRune(r)
			for k := 0; k < n; k++ {
				m.glyph = append(m.glyph, i)
			}
		}
	}
	m.s = b.String()
	return m
}

func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, extract.Normalize(s))
}

// target is the glyphs of the number to edit, one per character.
type target struct {
	glyphs []int
	old    string
}

func locate(glyphs []pdftext.Glyph, e Edit) (target, error) {
	m := pageText(glyphs)
	old := squeeze(e.Old)
	at, err := pick(m.s, squeeze(e.Context), old, e.Occurrence)
	if err != nil {
		return target{}, err
	}
	t := target{old: old}
	for i := at; i < at+len(old); {
		_, n := utf8.DecodeRuneInString(m.s[i:])
		g := m.glyph[i]
		if m.glyph[i+n-1] != g || len(t.glyphs) > 0 && t.glyphs[len(t.glyphs)-1] == g {
			return target{}, fmt.Errorf("the number's glyphs are not one per character (glyph %q)", glyphs[g].Text)
		}
		t.glyphs = append(t.glyphs, g)
		i += n
	}
	return t, nil
}

// change is new code bytes for one glyph.
type change struct {
	src  pdftext.GlyphSource
	text string // the glyph's new text ("" drops it)
}

// plan assigns the new text to the number's glyphs: the common prefix and
// suffix stay, the glyphs between take the new characters one each, the
// last of them any surplus, and glyphs left over print nothing.
func plan(t target, newText string) []struct {
	glyph int
	text  string
} {
	o, n := []rune(t.old), []rune(newText)
	p := 0
	for p < len(o) && p < len(n) && o[p] == n[p] {
		p++
	}
	s := 0
	for s < len(o)-p && s < len(n)-p && o[len(o)-1-s] == n[len(n)-1-s] {
		s++
	}
	oldMid, newMid := o[p:len(o)-s], n[p:len(n)-s]
	var out []struct {
		glyph int
		text  string
	}
	add := func(k int, text string) {
		out = append(out, struct {
			glyph int
			text  string
		}{t.glyphs[k], text})
	}
	switch {
	case len(oldMid) == 0 && len(newMid) == 0:
	case len(oldMid) == 0 && p > 0:
		add(p-1, string(o[p-1])+string(newMid))
	case len(oldMid) == 0:
		add(p, string(newMid)+string(o[p]))
	default:
		for k := range oldMid {
			text := ""
			switch {
			case k == len(oldMid)-1 && k < len(newMid):
				text = string(newMid[k:])
			case k < len(newMid):
				text = string(newMid[k])
			}
			if text != string(oldMid[k]) {
				add(p+k, text)
			}
		}
	}
	return out
}

// fullWidth is the full-width form of an ASCII character, tried when a
// font prints digits full-width.
func fullWidth(r rune) rune {
	if r > ' ' && r < 0x7f {
		return r - 0x21 + 0xFF01
	}
	return r
}

// encode spells text in f's codes.
func encode(f *pdftext.Font, text string) ([]byte, error) {
	var out []byte
	for _, r := range text {
		b, ok := f.Encode(string(r))
		if !ok {
			b, ok = f.Encode(string(fullWidth(r)))
		}
		if !ok {
			return nil, fmt.Errorf("font %s has no glyph for %q", f.Name(), r)
		}
		out = append(out, b...)
	}
	return out, nil
}

// EditPDF applies edits, in order, to a PDF and returns the edited file.
// Each edit is one incremental update.
func EditPDF(file []byte, edits ...Edit) ([]byte, error) {
	for _, e := range edits {
		out, err := editOne(file, e)
		if err != nil {
			return nil, fmt.Errorf("edit %s: %w", e, err)
		}
		file = out
	}
	return file, nil
}

func editOne(file []byte, e Edit) ([]byte, error) {
	if e.Old == "" || e.Old == e.New {
		return nil, fmt.Errorf("nothing to change")
	}
	doc, err := pdftext.Open(file, pdftext.Options{})
	if err != nil {
		return nil, err
	}
	if e.Page < 1 || e.Page > doc.NumPages() {
		return nil, fmt.Errorf("no page %d (the file has %d)", e.Page, doc.NumPages())
	}
	page, srcs, err := doc.PageSources(e.Page)
	if err != nil {
		return nil, err
	}
	streams, err := doc.PageContents(e.Page)
	if err != nil {
		return nil, err
	}
	t, err := locate(page.Glyphs, e)
	if err != nil {
		return nil, err
	}
	// New code bytes per string operand: stream → operand → changes.
	type key struct{ stream, operand int }
	byOp := map[key][]change{}
	for _, c := range plan(t, squeeze(e.New)) {
		src := srcs[c.glyph]
		if src.Stream < 0 {
			return nil, fmt.Errorf("glyph %q is painted by a Form XObject: not supported", page.Glyphs[c.glyph].Text)
		}
		if src.Operand < 0 {
			return nil, fmt.Errorf("glyph %q: content stream too large", page.Glyphs[c.glyph].Text)
		}
		k := key{src.Stream, src.Operand}
		byOp[k] = append(byOp[k], change{src: src, text: c.text})
	}
	// The string operands rewritten, per content stream.
	perStream := map[int][]stringEdit{}
	for k, cs := range byOp {
		d := streams[k.stream].Data
		orig, _, err := readString(d, k.operand)
		if err != nil {
			return nil, err
		}
		str := append([]byte(nil), orig...)
		// Later codes first, so that earlier offsets stay valid.
		sort.Slice(cs, func(i, j int) bool { return cs[i].src.Offset > cs[j].src.Offset })
		for _, c := range cs {
			if c.src.Offset+c.src.Len > len(str) || codeOf(str[c.src.Offset:c.src.Offset+c.src.Len]) != c.src.Code {
				return nil, fmt.Errorf("the content stream does not hold code %x where the interpreter read it", c.src.Code)
			}
			b, err := encode(c.src.Font, c.text)
			if err != nil {
				return nil, err
			}
			str = append(str[:c.src.Offset:c.src.Offset], append(b, str[c.src.Offset+c.src.Len:]...)...)
		}
		perStream[k.stream] = append(perStream[k.stream], stringEdit{operand: k.operand, orig: orig, str: str, src: cs[0].src})
	}
	// The operands showing the number, changed or not, per stream.
	number := map[int][]int{}
	for _, g := range t.glyphs {
		if s := srcs[g]; s.Stream >= 0 {
			number[s.Stream] = append(number[s.Stream], s.Operand)
		}
	}
	data := make([][]byte, len(streams))
	changed := map[int]bool{}
	for i := range streams {
		data[i] = streams[i].Data
		if es := perStream[i]; len(es) > 0 {
			if data[i], err = rewrite(streams[i].Data, es, number[i]); err != nil {
				return nil, err
			}
			changed[i] = true
		}
	}
	var objs []object
	for i := range streams {
		if !changed[i] {
			continue
		}
		if streams[i].Obj == 0 {
			return nil, fmt.Errorf("content stream %d of page %d is not an indirect object", i, e.Page)
		}
		if shared, err := sharedStream(doc, e.Page, streams[i].Obj); err != nil || shared {
			if err == nil {
				err = fmt.Errorf("content stream %d 0 R is shared with another page", streams[i].Obj)
			}
			return nil, err
		}
		objs = append(objs, object{num: streams[i].Obj, gen: streams[i].Gen, data: data[i]})
	}
	return appendUpdate(file, objs)
}

func codeOf(b []byte) uint32 {
	var c uint32
	for _, x := range b {
		c = c<<8 | uint32(x)
	}
	return c
}

// sharedStream reports whether a page other than page uses content stream
// object obj: rewriting it would edit that page too.
func sharedStream(doc *pdftext.Document, page, obj int) (bool, error) {
	for n := 1; n <= doc.NumPages(); n++ {
		if n == page {
			continue
		}
		refs, err := doc.PageContentRefs(n)
		if err != nil {
			return false, err
		}
		for _, r := range refs {
			if r == obj {
				return true, nil
			}
		}
	}
	return false, nil
}
