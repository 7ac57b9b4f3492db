package pdftext

import (
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Simple-font encodings, used only for codes that the font's /ToUnicode
// does not map (Word's simple TrueType fonts carry none at all).

// baseEncoding returns the 256-entry table for a named base encoding; ok is
// false for names we do not know.
func baseEncoding(name string) (enc [256]rune, ok bool) {
	switch name {
	case "WinAnsiEncoding":
		return winAnsi(), true
	case "MacRomanEncoding":
		enc = asciiEncoding()
		copy(enc[128:], macRomanHigh[:])
		return enc, true
	case "StandardEncoding":
		return standardEncoding(), true
	case "PDFDocEncoding":
		return winAnsi(), true // close enough for font codes
	}
	return enc, false
}

func asciiEncoding() (enc [256]rune) {
	for c := 0x20; c < 0x7f; c++ {
		enc[c] = rune(c)
	}
	return enc
}

// latin1Encoding is what a symbolic font without /Encoding most often
// means in practice: code = character for printable ASCII and Latin-1.
func latin1Encoding() (enc [256]rune) {
	enc = asciiEncoding()
	for c := 0xa0; c < 0x100; c++ {
		enc[c] = rune(c)
	}
	return enc
}

var cp1252High = [32]rune{
	0x20AC, 0x2022, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x2022, 0x017D, 0x2022,
	0x2022, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x2022, 0x017E, 0x0178,
}

func winAnsi() [256]rune {
	enc := latin1Encoding()
	enc[0x7f] = 0x2022
	copy(enc[0x80:0xa0], cp1252High[:])
	enc[0xa0] = ' '
	enc[0xad] = '-'
	return enc
}

// standardHigh lists StandardEncoding's codes above 0x7F by glyph name
// (PDF 32000-1 Annex D).
var standardHigh = map[byte]string{
	0xa1: "exclamdown", 0xa2: "cent", 0xa3: "sterling", 0xa4: "fraction",
	0xa5: "yen", 0xa6: "florin", 0xa7: "section", 0xa8: "currency",
	0xa9: "quotesingle", 0xaa: "quotedblleft", 0xab: "guillemotleft",
	0xac: "guilsinglleft", 0xad: "guilsinglright", 0xae: "fi", 0xaf: "fl",
	0xb1: "endash", 0xb2: "dagger", 0xb3: "daggerdbl", 0xb4: "periodcentered",
	0xb6: "paragraph", 0xb7: "bullet", 0xb8: "quotesinglbase",
	0xb9: "quotedblbase", 0xba: "quotedblright", 0xbb: "guillemotright",
	0xbc: "ellipsis", 0xbd: "perthousand", 0xbf: "questiondown", 0xc1: "grave",
	0xc2: "acute", 0xc3: "circumflex", 0xc4: "tilde", 0xc5: "macron",
	0xc6: "breve", 0xc7: "dotaccent", 0xc8: "dieresis", 0xca: "ring",
	0xcb: "cedilla", 0xcd: "hungarumlaut", 0xce: "ogonek", 0xcf: "caron",
	0xd0: "emdash", 0xe1: "AE", 0xe3: "ordfeminine", 0xe8: "Lslash",
	0xe9: "Oslash", 0xea: "OE", 0xeb: "ordmasculine", 0xf1: "ae",
	0xf5: "dotlessi", 0xf8: "lslash", 0xf9: "oslash", 0xfa: "oe",
	0xfb: "germandbls",
}

func standardEncoding() [256]rune {
	enc := asciiEncoding()
	enc['\''] = 0x2019
	enc['`'] = 0x2018
	for c, n := range standardHigh {
		enc[c] = glyphNames[n]
	}
	return enc
}

// glyphRune maps a glyph name to Unicode: the Adobe Glyph List subset,
// uniXXXX, uXXXX..uXXXXXX, and names with a suffix (a.sc, one.oldstyle).
// It returns 0 for names that carry no meaning (g123, glyph45, cid77: the
// glyph-ID names of subset fonts).
func glyphRune(name string) rune {
	if r, ok := glyphNames[name]; ok {
		return r
	}
	if i := strings.IndexByte(name, '.'); i > 0 {
		return glyphRune(name[:i])
	}
	if i := strings.IndexByte(name, '_'); i > 0 { // ligature f_i: first part only is wrong; refuse
		return 0
	}
	if len(name) == 7 && strings.HasPrefix(name, "uni") {
		if v, err := strconv.ParseUint(name[3:], 16, 32); err == nil {
			return validRune(rune(v))
		}
	}
	if len(name) >= 5 && len(name) <= 7 && name[0] == 'u' {
		if v, err := strconv.ParseUint(name[1:], 16, 32); err == nil {
			return validRune(rune(v))
		}
	}
	if len(name) == 1 && (name[0] >= 'a' && name[0] <= 'z' || name[0] >= 'A' && name[0] <= 'Z') {
		return rune(name[0])
	}
	return 0
}

func validRune(r rune) rune {
	if r < 0x20 || r >= 0xD800 && r < 0xE000 || r > utf8.MaxRune || r == utf8.RuneError {
		return 0
	}
	return r
}

// textString decodes a PDF text string (ActualText): UTF-16 with a byte
// order mark, UTF-8 with one (PDF 2.0), else PDFDocEncoding, read as
// Latin-1, which agrees with it on everything but a few symbols.
func textString(b []byte) string {
	switch {
	case len(b) >= 2 && b[0] == 0xfe && b[1] == 0xff:
		return utf16BE(b[2:])
	case len(b) >= 2 && b[0] == 0xff && b[1] == 0xfe:
		u := make([]uint16, 0, len(b)/2)
		for i := 2; i+1 < len(b); i += 2 {
			u = append(u, uint16(b[i])|uint16(b[i+1])<<8)
		}
		return string(utf16.Decode(u))
	case len(b) >= 3 && b[0] == 0xef && b[1] == 0xbb && b[2] == 0xbf:
		return strings.ToValidUTF8(string(b[3:]), "\uFFFD")
	}
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}

// utf16BE decodes big-endian UTF-16; an odd trailing byte is dropped.
func utf16BE(b []byte) string {
	if len(b) == 2 {
		if r := rune(b[0])<<8 | rune(b[1]); r < 0xD800 || r >= 0xE000 {
			return string(r)
		}
	}
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
	}
	return string(utf16.Decode(u))
}
