package pdftext

import (
	"fmt"
	"sort"

	"github.com/ledongthuc/pdf"
)

// Where glyphs come from. Reading needs none of this; a tool that
// rewrites what a page shows does (corpus/mutate edits the digits of a
// printed number to build test reports): it must find the bytes of each
// glyph's code in the content stream and the codes of the same font that
// print other characters. PageSources and PageContents give both without a
// second content interpreter that could disagree with this one.

// GlyphSource is where the code of one glyph stands in the page's content.
type GlyphSource struct {
	// Stream is the index in PageContents of the content stream that shows
	// the glyph; -1 when a Form XObject paints it (then Operand is an
	// offset in the form's data, which PageContents does not return).
	Stream int
	// Operand is the byte offset, in the decoded data of that stream, of
	// the string operand that shows the glyph: its '(' or '<'. It is -1
	// for a stream larger than 2 GiB.
	Operand int
	// Offset and Len are the code's bytes within the operand's string, as
	// decoded (escapes and hex digits resolved).
	Offset, Len int
	// Code is the character code.
	Code uint32
	// Font is the font the code is shown in; FontSize the size set with it
	// (Tf), in text space.
	Font     *Font
	FontSize float64
	// HScale is the horizontal scaling in force (Tz / 100), so that a tool
	// that changes the string can keep its width.
	HScale float64
}

// Font is a font as the interpreter loaded it, for going from text back to
// codes.
type Font struct {
	f *font
	d *Document
	// v is the font dictionary and res its name in the page's /Font
	// resources, when the page lists it there.
	v   pdf.Value
	res string
}

// Name is the font's BaseFont, as in Glyph.Font.
func (f *Font) Name() string { return f.f.name }

// Resource is the font's name in the page's /Font resources ("F4"), "" when
// the page does not list it (a font of a Form XObject, or one set by an
// ExtGState).
func (f *Font) Resource() string { return f.res }

// Decode returns the text of one code, as the interpreter decodes it ("" when
// it has none), and its advance width per unit of font size.
func (f *Font) Decode(code uint32) (string, float64) { return f.f.glyph(code) }

// Width returns the advance of string s shown in the font, per unit of
// font size, without character or word spacing: the sum of its codes'
// widths.
func (f *Font) Width(s []byte) float64 {
	w := 0.0
	for len(s) > 0 {
		code, n := f.f.nextCode(s)
		s = s[n:]
		_, gw := f.f.glyph(code)
		w += gw
	}
	return w
}

// Encode returns the bytes of a code whose glyph is decoded as text, and
// false when the font has no such glyph. Only codes the font maps to text
// itself count: through its ToUnicode CMap when it has one, else codes its
// /Widths give a width (a subset font's /Encoding also names characters it
// does not hold). Among several codes the lowest is taken.
func (f *Font) Encode(text string) ([]byte, bool) {
	if text == "" {
		return nil, false
	}
	var codes []uint32
	if f.f.composite {
		codes = f.compositeCodes(text)
	} else {
		codes = f.simpleCodes(text)
	}
	sort.Slice(codes, func(i, j int) bool { return codes[i] < codes[j] })
	for _, c := range codes {
		if b, ok := f.codeBytes(c); ok {
			return b, true
		}
	}
	return nil, false
}

// codeBytes spells code as the bytes the font reads back as that one code.
// The bytes are tried followed by others, as in a string: a two-byte font
// reads a lone byte at the end of a string as a code of its own, but not
// in the middle.
func (f *Font) codeBytes(code uint32) ([]byte, bool) {
	for n := 1; n <= 4; n++ {
		if n < 4 && code >= 1<<(8*n) {
			continue
		}
		b := make([]byte, n, n+4)
		for i := range b {
			b[i] = byte(code >> (8 * (n - 1 - i)))
		}
		if c, m := f.f.nextCode(append(b, 0, 0, 0, 0)); c == code && m == n {
			return b, true
		}
	}
	return nil, false
}

func (f *Font) compositeCodes(text string) []uint32 {
	m := f.f.toUni
	if m == nil {
		return nil
	}
	var out []uint32
	for c, s := range m.uni {
		if s == text {
			out = append(out, c)
		}
	}
	for _, r := range m.uniR {
		for c := r.lo; ; c++ {
			if s, ok := m.lookupUni(c); ok && s == text {
				out = append(out, c)
			}
			if c == r.hi || c-r.lo >= 1<<16 {
				break
			}
		}
	}
	return out
}

func (f *Font) simpleCodes(text string) []uint32 {
	var out []uint32
	if f.v.Kind() == pdf.Dict {
		if tu, _ := f.d.toUnicode(&font{}, f.v); tu != nil {
			for c := uint32(0); c < 256; c++ {
				if s, ok := tu.lookupUni(c); ok && s == text && f.f.text[c] == text {
					out = append(out, c)
				}
			}
			return out
		}
		first := f.v.Key("FirstChar").Int64()
		ws := f.v.Key("Widths")
		if ws.Len() == 0 {
			// A standard font without /Widths: every code of its
			// encoding has a glyph.
			return f.encodingCodes(text)
		}
		for i := 0; i < ws.Len() && i < 256; i++ {
			c := first + int64(i)
			if c >= 0 && c < 256 && ws.Index(i).Float64() != 0 && f.f.text[c] == text {
				out = append(out, uint32(c))
			}
		}
		return out
	}
	return f.encodingCodes(text)
}

// encodingCodes lists the codes of a simple font whose text is text.
func (f *Font) encodingCodes(text string) []uint32 {
	var out []uint32
	for c := uint32(0); c < 256; c++ {
		if f.f.text[c] == text {
			out = append(out, c)
		}
	}
	return out
}

// tracer collects glyph sources while a page is interpreted.
type tracer struct {
	next   traced
	out    []traced
	starts []int // offset of each content stream in the joined page content
}

type traced struct {
	operand int32
	off, n  int
	code    uint32
	font    *font
	size    float64
	th      float64
	form    bool
}

// ContentStream is one content stream of a page.
type ContentStream struct {
	// Obj and Gen are the stream's object number and generation; Obj is 0
	// when it could not be told.
	Obj, Gen int
	// Data is the decoded stream, as the interpreter reads it.
	Data []byte
}

// PageContents returns the content streams of page n (1-based), decoded, in
// the order of the page's /Contents. A stream that cannot be decoded is an
// error here: a tool that rewrites a page needs all of it.
func (d *Document) PageContents(n int) ([]ContentStream, error) {
	var out []ContentStream
	err := d.contentStreams(n, func(s pdf.Value, r ref, ok bool) error {
		data, err := d.readStream(s)
		if err != nil {
			return fmt.Errorf("page %d: %w", n, err)
		}
		cs := ContentStream{Data: data}
		if ok {
			cs.Obj, cs.Gen = int(r.id), int(r.gen)
		}
		out = append(out, cs)
		return nil
	})
	return out, err
}

// PageContentRefs returns the object numbers of the content streams of
// page n, as PageContents lists them, without decoding them: a tool that
// rewrites a stream checks with it that no other page draws the same one.
func (d *Document) PageContentRefs(n int) ([]int, error) {
	var out []int
	err := d.contentStreams(n, func(_ pdf.Value, r ref, ok bool) error {
		if !ok {
			r.id = 0
		}
		out = append(out, int(r.id))
		return nil
	})
	return out, err
}

// contentStreams calls fn for every content stream of page n, in the order
// the interpreter joins them, with its reference when it has one.
func (d *Document) contentStreams(n int, fn func(s pdf.Value, r ref, ok bool) error) (err error) {
	if n < 1 || n > len(d.pages) {
		return fmt.Errorf("page %d: no such page (document has %d)", n, len(d.pages))
	}
	defer func() {
		if x := recover(); x != nil {
			err = fmt.Errorf("page %d: %w: %v", n, ErrDamaged, x)
		}
	}()
	page := d.pages[n-1].v
	c := page.Key("Contents")
	switch c.Kind() {
	case pdf.Stream:
		r, ok := refOf(page, "Contents")
		return fn(c, r, ok)
	case pdf.Array:
		for i := 0; i < c.Len(); i++ {
			s := c.Index(i)
			if s.Kind() != pdf.Stream {
				continue
			}
			r, ok := refAt(c, i)
			if err := fn(s, r, ok); err != nil {
				return err
			}
		}
	}
	return nil
}

// PageSources interprets page n like Page and also returns where each
// glyph's code stands: sources[i] is the source of Page.Glyphs[i].
func (d *Document) PageSources(n int) (p *Page, sources []GlyphSource, err error) {
	if n < 1 || n > len(d.pages) {
		return nil, nil, fmt.Errorf("page %d: no such page (document has %d)", n, len(d.pages))
	}
	defer func() {
		if x := recover(); x != nil {
			p, sources, err = nil, nil, fmt.Errorf("page %d: %w: %v", n, ErrDamaged, x)
		}
	}()
	it := d.newInterp(n)
	defer it.release()
	tr := &tracer{}
	it.trace = tr
	data, err := it.contents(d.pages[n-1].v)
	if err != nil {
		return nil, nil, fmt.Errorf("page %d: %w", n, err)
	}
	if p, err = it.interpret(data); err != nil {
		return nil, nil, fmt.Errorf("page %d: %w", n, err)
	}
	fonts := d.pageFonts(n)
	sources = make([]GlyphSource, len(tr.out))
	for i, t := range tr.out {
		src := GlyphSource{Stream: -1, Operand: int(t.operand), Offset: t.off, Len: t.n, Code: t.code, FontSize: t.size, HScale: t.th}
		if !t.form && t.operand >= 0 {
			// The last stream starting at or before the operand holds it.
			k := sort.SearchInts(tr.starts, int(t.operand)+1) - 1
			if k >= 0 {
				src.Stream, src.Operand = k, int(t.operand)-tr.starts[k]
			}
		}
		f := fonts[t.font]
		if f == nil {
			f = &Font{f: t.font, d: d}
			fonts[t.font] = f
		}
		src.Font = f
		sources[i] = src
	}
	return p, sources, nil
}

// pageFonts maps the fonts of page n's /Font resources, as loaded (and
// cached) by the interpreter, to their dictionaries and names.
func (d *Document) pageFonts(n int) map[*font]*Font {
	out := map[*font]*Font{}
	dict := d.pages[n-1].res.Key("Font")
	if dict.Kind() != pdf.Dict {
		return out
	}
	for _, k := range dict.Keys() {
		f := d.font(dict, k)
		if f == nil || out[f] != nil {
			continue
		}
		out[f] = &Font{f: f, d: d, v: dict.Key(k), res: k}
	}
	return out
}
