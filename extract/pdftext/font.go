package pdftext

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
)

// A font is everything the interpreter needs from a font dictionary, read
// once per document: how to split a string into codes, the text of each
// code and its advance width. It is immutable after loading, so pages on
// different goroutines share it.
type font struct {
	name string
	bold bool
	// composite is set for Type 0 fonts (multi-byte codes, CID widths).
	composite bool
	vertical  bool
	// sizeScale is the em height relative to the font size. It is 1 for
	// every font: a Type 3 FontMatrix is chosen so that one text-space
	// unit is the em, whatever its glyph grid.
	sizeScale float64

	// Simple fonts (Type1, TrueType, Type3): one byte per code.
	text  [256]string
	width [256]float64 // advance in text space per unit of font size

	// Type 0 fonts.
	enc     encKind
	encCMap *cmap          // embedded encoding CMap (enc == encEmbed)
	legacy  *legacyCharset // charset of a predefined encEUC CMap we can decode
	toUni   *cmap
	cidW    map[uint32]float64
	cidWR   []cidWidth
	dw      float64

	// warning is a problem found while loading, reported once per page
	// that uses the font.
	warning string
	// err is set when a stream of the font hit a resource limit: a page
	// that uses the font fails with it, as if its content had.
	err error
}

type cidWidth struct {
	lo, hi uint32
	w      float64
}

// brokenFont stands in for a font that could not be read: its text is
// undecodable but its glyphs still advance, so positions stay plausible.
func brokenFont(name, why string) *font {
	f := &font{name: name, sizeScale: 1, warning: fmt.Sprintf("font %s: %s", name, why)}
	for c := range f.width {
		f.width[c] = 0.5
	}
	return f
}

// nextCode splits the first code off s (non-empty).
func (f *font) nextCode(s []byte) (code uint32, n int) {
	if !f.composite {
		return uint32(s[0]), 1
	}
	switch f.enc {
	case encIdentity, encUCS2, encUnknown:
		if len(s) < 2 {
			return uint32(s[0]), 1
		}
		return uint32(s[0])<<8 | uint32(s[1]), 2
	case encUTF16:
		if len(s) >= 4 && s[0] >= 0xd8 && s[0] < 0xdc {
			return codeOf(s[:4]), 4
		}
		if len(s) < 2 {
			return uint32(s[0]), 1
		}
		return uint32(s[0])<<8 | uint32(s[1]), 2
	case encUTF32:
		n = min(4, len(s))
		return codeOf(s[:n]), n
	case encUTF8:
		_, n = utf8.DecodeRune(s)
		return codeOf(s[:n]), n
	case encEUC:
		if s[0] >= 0x81 && s[0] <= 0xfe && len(s) >= 2 {
			return uint32(s[0])<<8 | uint32(s[1]), 2
		}
		return uint32(s[0]), 1
	case encEmbed:
		return f.encCMap.nextCode(s)
	}
	return uint32(s[0]), 1
}

// glyph returns the text (empty when undecodable) and the advance width in
// text space per unit of font size of one code.
func (f *font) glyph(code uint32) (string, float64) {
	if !f.composite {
		return f.text[code&0xff], f.width[code&0xff]
	}
	text := ""
	if f.toUni != nil {
		text, _ = f.toUni.lookupUni(code)
	}
	if text == "" {
		text = f.codeText(code)
	}
	cid := code
	switch f.enc {
	case encEmbed:
		c, ok := f.encCMap.lookupCID(code)
		if !ok {
			return text, f.dw
		}
		cid = c
	case encUCS2, encUTF16, encUTF8, encUTF32, encEUC:
		// Codes are not CIDs and we have no table to map them: estimate
		// from the text, half width for ASCII.
		if text != "" && text[0] < 0x80 {
			return text, 0.5
		}
		return text, f.dw
	}
	if w, ok := f.cidW[cid]; ok {
		return text, w
	}
	for i := range f.cidWR {
		if r := &f.cidWR[i]; cid >= r.lo && cid <= r.hi {
			return text, r.w
		}
	}
	return text, f.dw
}

// codeText decodes a Type 0 code without ToUnicode: only possible when the
// encoding's codes are Unicode.
func (f *font) codeText(code uint32) string {
	var r rune
	switch f.enc {
	case encUCS2, encUTF32:
		r = rune(code)
	case encUTF16:
		if code > 0xffff {
			r = utf16.DecodeRune(rune(code>>16), rune(code&0xffff))
		} else {
			r = rune(code)
		}
	case encUTF8:
		var b [4]byte
		n := 0
		for c := code; c != 0 && n < 4; c >>= 8 {
			n++
		}
		for i := 0; i < n; i++ {
			b[i] = byte(code >> (8 * (n - 1 - i)))
		}
		r, _ = utf8.DecodeRune(b[:n])
	case encEUC:
		if f.legacy != nil {
			return f.legacy.text(code)
		}
		return ""
	default:
		return ""
	}
	if validRune(r) == 0 || (r >= 0x7f && r < 0xa0) {
		return ""
	}
	return string(r)
}

// loadFont reads a font dictionary. It never panics: a font that cannot be
// read becomes brokenFont with a warning.
func (d *Document) loadFont(v pdf.Value) (f *font) {
	base := v.Key("BaseFont").Name()
	if base == "" { // Type 3 fonts need none; their descriptor may name them
		base = d.descriptor(v).name
	}
	name := fontName(base)
	defer func() {
		if x := recover(); x != nil {
			f = brokenFont(name, fmt.Sprint("unreadable: ", x))
		}
	}()
	if v.Kind() != pdf.Dict {
		return brokenFont(name, "not a font dictionary")
	}
	switch v.Key("Subtype").Name() {
	case "Type0":
		return d.loadType0(v, name)
	default:
		return d.loadSimple(v, name)
	}
}

// fontName makes a BaseFont printable: names that are not UTF-8 (Word
// writes GBK font names) get #XX escapes for their non-ASCII bytes, the
// way they are spelt in the file.
func fontName(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x80 {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "#%02X", c)
		}
	}
	return b.String()
}

// isBoldName reports whether a font name says bold.
func isBoldName(name string) bool {
	n := strings.ToLower(name)
	return strings.Contains(n, "bold") || strings.Contains(n, "black") || strings.Contains(n, "heavy") ||
		strings.HasSuffix(n, "-bd") || strings.HasSuffix(n, ",bd")
}

// descriptor holds what we use from a FontDescriptor.
type descriptor struct {
	name         string
	flags        int64
	missingWidth float64
	bold         bool
}

const (
	flagFixedPitch = 1 << 0
	flagSymbolic   = 1 << 2
	flagForceBold  = 1 << 18
)

func readDescriptor(v pdf.Value) descriptor {
	var fd descriptor
	if v.Kind() != pdf.Dict {
		return fd
	}
	fd.name = v.Key("FontName").Name()
	fd.flags = v.Key("Flags").Int64()
	fd.missingWidth = v.Key("MissingWidth").Float64()
	fd.bold = fd.flags&flagForceBold != 0 || v.Key("FontWeight").Float64() >= 600 || isBoldName(fd.name)
	return fd
}

// descriptor returns the FontDescriptor of font dictionary v, read once
// per document: Chromium shares one among hundreds of Type 3 fonts, and
// each read may inflate a whole object stream.
func (d *Document) descriptor(v pdf.Value) descriptor {
	r, ok := refOf(v, "FontDescriptor")
	if !ok {
		return readDescriptor(v.Key("FontDescriptor"))
	}
	d.mu.Lock()
	fd, ok := d.descs[r]
	d.mu.Unlock()
	if ok {
		return fd
	}
	fd = readDescriptor(v.Key("FontDescriptor"))
	d.mu.Lock()
	d.descs[r] = fd
	d.mu.Unlock()
	return fd
}

func (d *Document) toUnicode(f *font, v pdf.Value) (*cmap, string) {
	tu := v.Key("ToUnicode")
	if tu.Kind() != pdf.Stream {
		return nil, ""
	}
	data, err := d.readStream(tu)
	if err != nil && len(data) == 0 {
		if errors.Is(err, ErrLimit) {
			f.err = err
		}
		return nil, fmt.Sprintf("ToUnicode unreadable (%v)", err)
	}
	return parseCMap(data), ""
}

func (d *Document) loadSimple(v pdf.Value, name string) *font {
	subtype := v.Key("Subtype").Name()
	f := &font{name: name, sizeScale: 1}
	fd := d.descriptor(v)
	f.bold = fd.bold || isBoldName(name)

	// Widths: glyph units, 1/1000 of text space, or for Type 3 fonts
	// glyph space mapped through the FontMatrix.
	wscale := 0.001
	if subtype == "Type3" {
		fm := v.Key("FontMatrix")
		if fm.Kind() == pdf.Array && fm.Len() == 6 {
			if a := fm.Index(0).Float64(); a != 0 && !math.IsNaN(a) && math.Abs(a) < 1e3 {
				wscale = math.Abs(a)
			}
		}
	}
	known := [256]bool{}
	first := v.Key("FirstChar").Int64()
	ws := v.Key("Widths")
	for i := 0; i < ws.Len() && i < 256; i++ {
		c := first + int64(i)
		if c < 0 || c > 255 {
			continue
		}
		w := ws.Index(i).Float64() * wscale
		// Word writes 0 for every glyph it did not use; a real 0-width
		// glyph in a simple font is rarer than that, except in Type 3
		// fonts, whose widths we trust.
		if w == 0 && subtype != "Type3" || math.IsNaN(w) || math.Abs(w) > 100 {
			continue
		}
		f.width[c] = w
		known[c] = true
	}

	// Text: ToUnicode first, the encoding only for codes it leaves out.
	var warn string
	f.toUni, warn = d.toUnicode(f, v)
	enc, encOK := simpleEncoding(v, subtype, fd)
	if f.toUni == nil && subtype == "TrueType" && v.Key("Encoding").Kind() == pdf.Null {
		// Neither ToUnicode nor Encoding: the embedded font program's
		// own cmap and glyph names say more than a guessed encoding.
		if prog := v.Key("FontDescriptor").Key("FontFile2"); prog.Kind() == pdf.Stream {
			if data, err := d.readStream(prog); err == nil {
				if text, ok := trueTypeText(data, fd.flags&flagSymbolic != 0); ok {
					for c, r := range text {
						if r != 0 {
							enc[c] = r
						}
					}
				}
			}
		}
	}
	undecodable := 0
	for c := 0; c < 256; c++ {
		if f.toUni != nil {
			if s, ok := f.toUni.lookupUni(uint32(c)); ok {
				f.text[c] = s
			}
		}
		if f.text[c] == "" && encOK && enc[c] != 0 {
			f.text[c] = string(enc[c])
		}
		if f.text[c] == "" && known[c] {
			undecodable++
		}
	}
	f.toUni = nil // folded into f.text
	if !known[' '] && f.text[' '] == "" {
		f.text[' '] = " " // code 32 is a space in every encoding we meet
	}
	fixed := fd.flags&flagFixedPitch != 0 || strings.Contains(strings.ToLower(name), "courier")
	for c := 0; c < 256; c++ {
		if known[c] {
			continue
		}
		switch {
		case fd.missingWidth > 0:
			f.width[c] = fd.missingWidth * wscale
		case fixed:
			f.width[c] = 0.6
		default:
			f.width[c] = estimateWidth(f.text[c])
		}
	}
	if warn != "" {
		f.warning = fmt.Sprintf("font %s: %s", name, warn)
	}
	return f
}

// estimateWidth guesses an advance for a glyph whose width the font does
// not give: a full em for CJK, a quarter for a space, half for the rest.
func estimateWidth(text string) float64 {
	if text == "" {
		return 0.5
	}
	r, _ := utf8.DecodeRuneInString(text)
	switch {
	case r == ' ':
		return 0.25
	case r >= 0x2E80 && !(r >= 0xFF61 && r <= 0xFFDC):
		return 1
	}
	return 0.5
}

// simpleEncoding builds the code → rune table of a simple font from its
// /Encoding (a name, or a dictionary with /BaseEncoding and /Differences).
func simpleEncoding(v pdf.Value, subtype string, fd descriptor) ([256]rune, bool) {
	e := v.Key("Encoding")
	var enc [256]rune
	base := ""
	switch e.Kind() {
	case pdf.Name:
		base = e.Name()
	case pdf.Dict:
		base = e.Key("BaseEncoding").Name()
	}
	ok := false
	if base != "" {
		enc, ok = baseEncoding(base)
	}
	if !ok {
		switch {
		case fd.flags&flagSymbolic != 0 && e.Kind() != pdf.Dict:
			enc = latin1Encoding()
		case subtype == "TrueType":
			enc = winAnsi()
		default:
			enc = standardEncoding()
		}
	}
	if e.Kind() == pdf.Dict {
		diffs := e.Key("Differences")
		code := -1
		for i := 0; i < diffs.Len(); i++ {
			x := diffs.Index(i)
			switch x.Kind() {
			case pdf.Integer, pdf.Real:
				code = int(x.Float64())
			case pdf.Name:
				if code >= 0 && code < 256 {
					enc[code] = glyphRune(x.Name())
				}
				code++
			}
		}
	}
	return enc, true
}

func (d *Document) loadType0(v pdf.Value, name string) *font {
	f := &font{name: name, composite: true, sizeScale: 1, dw: 1}
	var warns []string
	e := v.Key("Encoding")
	switch e.Kind() {
	case pdf.Name:
		f.enc = predefinedCMap(e.Name())
		if f.enc == encEUC {
			f.legacy = legacyCMap(e.Name())
		}
		f.vertical = strings.HasSuffix(e.Name(), "-V")
	case pdf.Stream:
		data, err := d.readStream(e)
		if err != nil && len(data) == 0 {
			if errors.Is(err, ErrLimit) {
				f.err = err
			}
			warns = append(warns, fmt.Sprintf("encoding CMap unreadable (%v)", err))
			f.enc = encIdentity
			break
		}
		f.encCMap = parseCMap(data)
		f.enc = encEmbed
		f.vertical = f.encCMap.wmode == 1
		if len(f.encCMap.space) == 0 {
			f.encCMap.space = []codeRange{{n: 2, hi: [4]byte{0xff, 0xff}}}
		}
	default:
		f.enc = encIdentity
	}

	desc := v.Key("DescendantFonts")
	cid := desc
	if desc.Kind() == pdf.Array {
		cid = desc.Index(0)
	}
	fd := d.descriptor(cid)
	f.bold = fd.bold || isBoldName(name)
	if dw := cid.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
		if w := dw.Float64(); w > 0 && w < 1e5 {
			f.dw = w / 1000
		}
	}
	f.readW(cid.Key("W"))

	var warn string
	f.toUni, warn = d.toUnicode(f, v)
	if warn != "" {
		warns = append(warns, warn)
	}
	if f.toUni == nil {
		switch {
		case f.enc == encUCS2, f.enc == encUTF16, f.enc == encUTF8, f.enc == encUTF32:
		case f.legacy != nil:
		default:
			warns = append(warns, "no ToUnicode and a non-Unicode encoding: text undecodable")
		}
	}
	if len(warns) > 0 {
		f.warning = fmt.Sprintf("font %s: %s", name, strings.Join(warns, "; "))
	}
	return f
}

// readW reads a CIDFont's /W array: "c [w1 w2 ...]" gives consecutive CIDs
// from c, "cfirst clast w" one width for a range.
func (f *font) readW(w pdf.Value) {
	n := w.Len()
	f.cidW = make(map[uint32]float64, n)
	for i := 0; i < n; {
		first := w.Index(i)
		if first.Kind() != pdf.Integer && first.Kind() != pdf.Real {
			i++
			continue
		}
		c := first.Float64()
		if i+1 >= n {
			break
		}
		next := w.Index(i + 1)
		if next.Kind() == pdf.Array {
			for k := 0; k < next.Len(); k++ {
				if x := next.Index(k).Float64() / 1000; c >= 0 && c+float64(k) < 1<<32 && x >= 0 && x < 100 {
					f.cidW[uint32(c)+uint32(k)] = x
				}
			}
			i += 2
			continue
		}
		if i+2 >= n {
			break
		}
		last, x := next.Float64(), w.Index(i+2).Float64()/1000
		if c >= 0 && last >= c && last < 1<<32 && x >= 0 && x < 100 {
			if last-c < 256 {
				for k := c; k <= last; k++ {
					f.cidW[uint32(k)] = x
				}
			} else {
				f.cidWR = append(f.cidWR, cidWidth{uint32(c), uint32(last), x})
			}
		}
		i += 3
	}
}
