package pdftext

import "encoding/binary"

// The text of a simple TrueType font that has neither /ToUnicode nor
// /Encoding, read from the embedded font program (FontFile2) the way
// poppler does: code → glyph id through the font's own 'cmap' ((3,0)
// symbol, with its 0xF000 offset, then (1,0) Mac Roman, then (3,1)
// Unicode), glyph id → Unicode through its 'post' glyph names, or through
// the (3,1) subtable read backwards.
//
// The parser reads untrusted bytes: every offset is checked against the
// data, loops are bounded by the data's size, and a table that does not
// parse is simply not used.

const maxTrueTypeSize = 32 << 20

// ttTables is what we use of a TrueType font program.
type ttTables struct {
	data []byte
	// Subtables of 'cmap', as offsets into data (0 when absent).
	sym, mac, uni int
	// glyph names from 'post' (format 2.0 or 1.0), by glyph id.
	names []string
}

// parseTrueType reads the table directory and the 'cmap' and 'post'
// tables. ok is false when data is not a TrueType font program.
func parseTrueType(data []byte) (t ttTables, ok bool) {
	if len(data) < 12 || len(data) > maxTrueTypeSize {
		return t, false
	}
	switch binary.BigEndian.Uint32(data) {
	case 0x00010000, 0x74727565: // 1.0, 'true'
	default:
		return t, false
	}
	t.data = data
	n := int(binary.BigEndian.Uint16(data[4:]))
	var post []byte
	for i := 0; i < n; i++ {
		rec := 12 + 16*i
		if rec+16 > len(data) {
			break
		}
		off, size := binary.BigEndian.Uint32(data[rec+8:]), binary.BigEndian.Uint32(data[rec+12:])
		if uint64(off)+uint64(size) > uint64(len(data)) {
			continue
		}
		body := data[off : off+size]
		switch string(data[rec : rec+4]) {
		case "cmap":
			t.findSubtables(int(off), body)
		case "post":
			post = body
		}
	}
	t.names = postNames(post)
	return t, true
}

// findSubtables records the (3,0), (1,0) and (3,1) subtables of 'cmap'
// (at offset base in the font) in a format we read.
func (t *ttTables) findSubtables(base int, cmap []byte) {
	if len(cmap) < 4 {
		return
	}
	n := int(binary.BigEndian.Uint16(cmap[2:]))
	for i := 0; i < n; i++ {
		rec := 4 + 8*i
		if rec+8 > len(cmap) {
			return
		}
		pid, eid := binary.BigEndian.Uint16(cmap[rec:]), binary.BigEndian.Uint16(cmap[rec+2:])
		off := binary.BigEndian.Uint32(cmap[rec+4:])
		if uint64(off)+6 > uint64(len(cmap)) {
			continue
		}
		switch f := binary.BigEndian.Uint16(cmap[off:]); f {
		case 0, 4, 6:
		default:
			continue
		}
		at := base + int(off)
		switch {
		case pid == 3 && eid == 0 && t.sym == 0:
			t.sym = at
		case pid == 1 && eid == 0 && t.mac == 0:
			t.mac = at
		case pid == 3 && eid == 1 && t.uni == 0:
			t.uni = at
		}
	}
}

func (t *ttTables) u16(at int) (int, bool) {
	if at < 0 || at+2 > len(t.data) {
		return 0, false
	}
	return int(binary.BigEndian.Uint16(t.data[at:])), true
}

// lookup maps a character code through the subtable at off (formats 0, 4
// and 6); 0 is .notdef or not found.
func (t *ttTables) lookup(off int, code int) int {
	if off == 0 || code < 0 || code > 0xffff {
		return 0
	}
	format, _ := t.u16(off)
	switch format {
	case 0:
		if code > 255 {
			return 0
		}
		if off+6+code >= len(t.data) {
			return 0
		}
		return int(t.data[off+6+code])
	case 6:
		first, ok1 := t.u16(off + 6)
		count, ok2 := t.u16(off + 8)
		if !ok1 || !ok2 || code < first || code >= first+count {
			return 0
		}
		g, _ := t.u16(off + 10 + 2*(code-first))
		return g
	case 4:
		segX2, ok := t.u16(off + 6)
		if !ok {
			return 0
		}
		ends := off + 14
		starts := ends + segX2 + 2
		deltas := starts + segX2
		ranges := deltas + segX2
		for i := 0; i < segX2/2; i++ {
			end, ok := t.u16(ends + 2*i)
			if !ok {
				return 0
			}
			if code > end {
				continue
			}
			start, ok1 := t.u16(starts + 2*i)
			delta, ok2 := t.u16(deltas + 2*i)
			ro, ok3 := t.u16(ranges + 2*i)
			if !ok1 || !ok2 || !ok3 || code < start {
				return 0
			}
			if ro == 0 {
				return (code + delta) & 0xffff
			}
			g, ok := t.u16(ranges + 2*i + ro + 2*(code-start))
			if !ok || g == 0 {
				return 0
			}
			return (g + delta) & 0xffff
		}
	}
	return 0
}

// unicodeOf inverts the (3,1) subtable for the glyphs of want: the
// lowest usable character mapped to each. The walk is capped, so that
// overlapping segments cannot make it long.
func (t *ttTables) unicodeOf(want map[int]rune) {
	if t.uni == 0 || len(want) == 0 {
		return
	}
	var ranges [][2]int
	switch format, _ := t.u16(t.uni); format {
	case 0:
		ranges = [][2]int{{0, 255}}
	case 6:
		first, _ := t.u16(t.uni + 6)
		count, _ := t.u16(t.uni + 8)
		ranges = [][2]int{{first, first + count - 1}}
	case 4:
		segX2, _ := t.u16(t.uni + 6)
		ends := t.uni + 14
		starts := ends + segX2 + 2
		for i := 0; i < segX2/2; i++ {
			end, ok1 := t.u16(ends + 2*i)
			start, ok2 := t.u16(starts + 2*i)
			if !ok1 || !ok2 {
				break
			}
			ranges = append(ranges, [2]int{start, end})
		}
	}
	budget := 1 << 17
	for _, r := range ranges {
		for c := max(r[0], 0x20); c <= r[1] && budget > 0; c++ {
			budget--
			g := t.lookup(t.uni, c)
			if x, ok := want[g]; ok && g != 0 && (x == 0 || rune(c) < x) &&
				validRune(rune(c)) != 0 && !(c >= 0xe000 && c < 0xf900) {
				want[g] = rune(c)
			}
		}
	}
}

// postNames reads the glyph names of a 'post' table, format 1.0 (the
// standard Macintosh order) or 2.0.
func postNames(post []byte) []string {
	if len(post) < 32 {
		return nil
	}
	switch binary.BigEndian.Uint32(post) {
	case 0x00010000:
		return macGlyphNames[:]
	case 0x00020000:
	default:
		return nil
	}
	if len(post) < 34 {
		return nil
	}
	n := int(binary.BigEndian.Uint16(post[32:]))
	idx := 34
	strs := idx + 2*n
	if strs > len(post) {
		return nil
	}
	// The Pascal strings that follow the index, in order.
	var extra []string
	for p := strs; p < len(post) && len(extra) < 65536; {
		l := int(post[p])
		if p+1+l > len(post) {
			break
		}
		extra = append(extra, string(post[p+1:p+1+l]))
		p += 1 + l
	}
	names := make([]string, n)
	for g := 0; g < n; g++ {
		i := int(binary.BigEndian.Uint16(post[idx+2*g:]))
		switch {
		case i < len(macGlyphNames):
			names[g] = macGlyphNames[i]
		case i-len(macGlyphNames) < len(extra):
			names[g] = extra[i-len(macGlyphNames)]
		}
	}
	return names
}

// trueTypeText maps the codes 0-255 of a simple TrueType font without
// /ToUnicode and /Encoding through its font program; 0 where the program
// says nothing usable.
func trueTypeText(program []byte, symbolic bool) (text [256]rune, ok bool) {
	t, ok := parseTrueType(program)
	// A non-symbolic font with only a Unicode cmap has standard-encoded
	// codes, which is what the caller assumes without us.
	if !ok || t.sym == 0 && t.mac == 0 && (t.uni == 0 || !symbolic) {
		return text, false
	}
	var gid [256]int
	for c := 0; c < 256; c++ {
		switch {
		case t.sym != 0:
			for _, base := range []int{0, 0xf000, 0xf100, 0xf200} {
				if gid[c] = t.lookup(t.sym, base+c); gid[c] != 0 {
					break
				}
			}
		case t.mac != 0:
			gid[c] = t.lookup(t.mac, c)
		case symbolic:
			gid[c] = t.lookup(t.uni, c)
		}
	}
	want := map[int]rune{}
	for c := 0; c < 256; c++ {
		g := gid[c]
		if g == 0 {
			continue
		}
		if g < len(t.names) {
			if r := glyphRune(t.names[g]); r != 0 {
				text[c] = r
				continue
			}
		}
		want[g] = 0
	}
	t.unicodeOf(want)
	for c := 0; c < 256; c++ {
		if text[c] == 0 && gid[c] != 0 {
			text[c] = want[gid[c]]
		}
	}
	return text, true
}

// macGlyphNames are the 258 glyphs of the standard Macintosh order, named
// by index in 'post' tables.
var macGlyphNames = [258]string{
	".notdef", ".null", "nonmarkingreturn", "space", "exclam", "quotedbl", "numbersign", "dollar",
	"percent", "ampersand", "quotesingle", "parenleft", "parenright", "asterisk", "plus", "comma",
	"hyphen", "period", "slash", "zero", "one", "two", "three", "four",
	"five", "six", "seven", "eight", "nine", "colon", "semicolon", "less",
	"equal", "greater", "question", "at", "A", "B", "C", "D",
	"E", "F", "G", "H", "I", "J", "K", "L",
	"M", "N", "O", "P", "Q", "R", "S", "T",
	"U", "V", "W", "X", "Y", "Z", "bracketleft", "backslash",
	"bracketright", "asciicircum", "underscore", "grave", "a", "b", "c", "d",
	"e", "f", "g", "h", "i", "j", "k", "l",
	"m", "n", "o", "p", "q", "r", "s", "t",
	"u", "v", "w", "x", "y", "z", "braceleft", "bar",
	"braceright", "asciitilde", "Adieresis", "Aring", "Ccedilla", "Eacute", "Ntilde", "Odieresis",
	"Udieresis", "aacute", "agrave", "acircumflex", "adieresis", "atilde", "aring", "ccedilla",
	"eacute", "egrave", "ecircumflex", "edieresis", "iacute", "igrave", "icircumflex", "idieresis",
	"ntilde", "oacute", "ograve", "ocircumflex", "odieresis", "otilde", "uacute", "ugrave",
	"ucircumflex", "udieresis", "dagger", "degree", "cent", "sterling", "section", "bullet",
	"paragraph", "germandbls", "registered", "copyright", "trademark", "acute", "dieresis", "notequal",
	"AE", "Oslash", "infinity", "plusminus", "lessequal", "greaterequal", "yen", "mu",
	"partialdiff", "summation", "product", "pi", "integral", "ordfeminine", "ordmasculine", "Omega",
	"ae", "oslash", "questiondown", "exclamdown", "logicalnot", "radical", "florin", "approxequal",
	"Delta", "guillemotleft", "guillemotright", "ellipsis", "nonbreakingspace", "Agrave", "Atilde", "Otilde",
	"OE", "oe", "endash", "emdash", "quotedblleft", "quotedblright", "quoteleft", "quoteright",
	"divide", "lozenge", "ydieresis", "Ydieresis", "fraction", "currency", "guilsinglleft", "guilsinglright",
	"fi", "fl", "daggerdbl", "periodcentered", "quotesinglbase", "quotedblbase", "perthousand", "Acircumflex",
	"Ecircumflex", "Aacute", "Edieresis", "Egrave", "Iacute", "Icircumflex", "Idieresis", "Igrave",
	"Oacute", "Ocircumflex", "apple", "Ograve", "Uacute", "Ucircumflex", "Ugrave", "dotlessi",
	"circumflex", "tilde", "macron", "breve", "dotaccent", "ring", "cedilla", "hungarumlaut",
	"ogonek", "caron", "Lslash", "lslash", "Scaron", "scaron", "Zcaron", "zcaron",
	"brokenbar", "Eth", "eth", "Yacute", "yacute", "Thorn", "thorn", "minus",
	"multiply", "onesuperior", "twosuperior", "threesuperior", "onehalf", "onequarter", "threequarters", "franc",
	"Gbreve", "gbreve", "Idotaccent", "Scedilla", "scedilla", "Cacute", "cacute", "Ccaron",
	"ccaron", "dcroat",
}
