package pdftext

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A cmap is a parsed CMap stream: a font's /ToUnicode (code → text) or an
// embedded /Encoding CMap (code → CID). Both kinds share the syntax and
// the codespace ranges that say how many bytes a code takes. Lookups are
// map or binary-search lookups; small bfranges are expanded into the map
// when read, large ones (identity-like <0000> <FFFF>) stay ranges.
type cmap struct {
	space []codeRange
	uni   map[uint32]string
	uniR  []uniRange
	cid   map[uint32]uint32
	cidR  []cidRange
	wmode int
}

// codeRange is one codespace range: codes of n bytes, each byte within
// lo[i]..hi[i].
type codeRange struct {
	n      int
	lo, hi [4]byte
}

type uniRange struct {
	lo, hi uint32
	base   []uint16 // UTF-16 of lo; the last unit counts up
	arr    []string // or one string per code
}

type cidRange struct{ lo, hi, cid uint32 }

// maxExpand is the largest bfrange expanded into the map.
const maxExpand = 256

func parseCMap(data []byte) *cmap {
	m := &cmap{uni: map[uint32]string{}}
	l := newLexer(data)
	l.maxOp = maxCMapOperands
	for {
		op := l.nextOp()
		if op == nil {
			break
		}
		ops := l.ops
		switch string(op) {
		case "endcodespacerange":
			for i := 0; i+1 < len(ops); i += 2 {
				lo, hi := l.bytesOf(ops[i]), l.bytesOf(ops[i+1])
				if len(lo) == 0 || len(lo) > 4 || len(lo) != len(hi) {
					continue
				}
				r := codeRange{n: len(lo)}
				copy(r.lo[:], lo)
				copy(r.hi[:], hi)
				m.space = append(m.space, r)
			}
		case "endbfchar":
			for i := 0; i+1 < len(ops); i += 2 {
				src := l.bytesOf(ops[i])
				if len(src) == 0 || len(src) > 4 {
					continue
				}
				var s string
				switch ops[i+1].kind {
				case kStr:
					s = utf16BE(l.bytesOf(ops[i+1]))
				case kName:
					if r := glyphRune(string(l.bytesOf(ops[i+1]))); r != 0 {
						s = string(r)
					}
				}
				if usableText(s) {
					m.uni[codeOf(src)] = s
				}
			}
		case "endbfrange":
			for i := 0; i+2 < len(ops); i += 3 {
				lo, hi := l.bytesOf(ops[i]), l.bytesOf(ops[i+1])
				if len(lo) == 0 || len(lo) > 4 || len(hi) != len(lo) {
					continue
				}
				m.addBFRange(l, codeOf(lo), codeOf(hi), ops[i+2])
			}
		case "endcidchar":
			for i := 0; i+1 < len(ops); i += 2 {
				src := l.bytesOf(ops[i])
				if len(src) == 0 || len(src) > 4 || ops[i+1].kind != kNum || ops[i+1].num < 0 {
					continue
				}
				if m.cid == nil {
					m.cid = map[uint32]uint32{}
				}
				m.cid[codeOf(src)] = uint32(ops[i+1].num)
			}
		case "endcidrange":
			for i := 0; i+2 < len(ops); i += 3 {
				lo, hi := l.bytesOf(ops[i]), l.bytesOf(ops[i+1])
				if len(lo) == 0 || len(lo) > 4 || len(hi) != len(lo) || ops[i+2].kind != kNum || ops[i+2].num < 0 {
					continue
				}
				if a, b := codeOf(lo), codeOf(hi); a <= b {
					m.cidR = append(m.cidR, cidRange{a, b, uint32(ops[i+2].num)})
				}
			}
		case "def":
			if len(ops) >= 2 && ops[len(ops)-2].kind == kName && string(l.bytesOf(ops[len(ops)-2])) == "WMode" && ops[len(ops)-1].kind == kNum {
				m.wmode = int(ops[len(ops)-1].num)
			}
		}
	}
	sort.Slice(m.space, func(i, j int) bool { return m.space[i].n < m.space[j].n })
	sort.Slice(m.uniR, func(i, j int) bool { return m.uniR[i].lo < m.uniR[j].lo })
	sort.Slice(m.cidR, func(i, j int) bool { return m.cidR[i].lo < m.cidR[j].lo })
	return m
}

func (m *cmap) addBFRange(l *lexer, lo, hi uint32, dst operand) {
	if hi < lo {
		return
	}
	switch dst.kind {
	case kStr:
		b := l.bytesOf(dst)
		units := make([]uint16, 0, (len(b)+1)/2)
		if len(b)%2 == 1 { // malformed single bytes: one unit each
			for _, c := range b {
				units = append(units, uint16(c))
			}
		} else {
			for i := 0; i+1 < len(b); i += 2 {
				units = append(units, uint16(b[i])<<8|uint16(b[i+1]))
			}
		}
		if len(units) == 0 {
			return
		}
		if hi-lo < maxExpand {
			for c := lo; ; c++ {
				if s := rangeText(units, c-lo); usableText(s) {
					m.uni[c] = s
				}
				if c == hi {
					break
				}
			}
			return
		}
		m.uniR = append(m.uniR, uniRange{lo: lo, hi: hi, base: units})
	case kArr:
		e := l.elemsOf(dst)
		arr := make([]string, 0, len(e))
		for k, o := range e {
			if uint64(lo)+uint64(k) > uint64(hi) {
				break
			}
			s := ""
			if o.kind == kStr {
				s = utf16BE(l.bytesOf(o))
			}
			if !usableText(s) {
				s = ""
			}
			if hi-lo < maxExpand {
				if s != "" {
					m.uni[lo+uint32(k)] = s
				}
				continue
			}
			arr = append(arr, s)
		}
		if hi-lo >= maxExpand {
			m.uniR = append(m.uniR, uniRange{lo: lo, hi: hi, arr: arr})
		}
	}
}

// rangeText is the text for the code off places after a bfrange's start:
// the last UTF-16 unit of the destination counts up.
func rangeText(base []uint16, off uint32) string {
	last := uint32(base[len(base)-1]) + off
	if len(base) == 1 {
		if last > 0xffff || last >= 0xd800 && last < 0xe000 {
			return ""
		}
		return string(rune(last))
	}
	u := make([]uint16, len(base))
	copy(u, base)
	u[len(u)-1] = uint16(last)
	b := make([]byte, 0, 2*len(u))
	for _, x := range u {
		b = append(b, byte(x>>8), byte(x))
	}
	return utf16BE(b)
}

// usableText rejects mappings that are no text: empty, control
// characters, U+FFFD, private-use-only. Such a mapping is treated as
// absent, so that the font's encoding gets its chance.
func usableText(s string) bool {
	if s == "" {
		return false
	}
	pua := true
	for _, r := range s {
		if r == utf8.RuneError || r < 0x20 || r >= 0x7f && r < 0xa0 || r == 0xfeff {
			return false
		}
		if !unicode.Is(unicode.Co, r) {
			pua = false
		}
	}
	return !pua
}

func codeOf(b []byte) uint32 {
	var c uint32
	for _, x := range b {
		c = c<<8 | uint32(x)
	}
	return c
}

// lookupUni returns the text mapped to code.
func (m *cmap) lookupUni(code uint32) (string, bool) {
	if s, ok := m.uni[code]; ok {
		return s, true
	}
	if len(m.uniR) == 0 {
		return "", false
	}
	// The last range starting at or before code; overlapping ranges are
	// rare, so only a few earlier ones are tried as well.
	i := sort.Search(len(m.uniR), func(i int) bool { return m.uniR[i].lo > code }) - 1
	for k := 0; i >= 0 && k < 4; i, k = i-1, k+1 {
		r := &m.uniR[i]
		if code > r.hi {
			continue
		}
		if r.arr != nil {
			if k := int(code - r.lo); k < len(r.arr) && r.arr[k] != "" {
				return r.arr[k], true
			}
			return "", false
		}
		s := rangeText(r.base, code-r.lo)
		return s, usableText(s)
	}
	return "", false
}

// lookupCID maps a code through an encoding CMap; ok is false for codes it
// does not cover.
func (m *cmap) lookupCID(code uint32) (uint32, bool) {
	if c, ok := m.cid[code]; ok {
		return c, true
	}
	i := sort.Search(len(m.cidR), func(i int) bool { return m.cidR[i].lo > code }) - 1
	if i >= 0 && code <= m.cidR[i].hi {
		return m.cidR[i].cid + code - m.cidR[i].lo, true
	}
	return 0, false
}

// nextCode splits the first code off s by the codespace ranges (shortest
// match first, PDF 32000-1 §9.7.6.2). A byte sequence that matches no range
// takes the length of the shortest range whose first byte matches, else of
// the shortest range, so that decoding always advances.
func (m *cmap) nextCode(s []byte) (code uint32, n int) {
	for i := range m.space {
		r := &m.space[i]
		if len(s) < r.n {
			continue
		}
		ok := true
		for k := 0; k < r.n; k++ {
			if s[k] < r.lo[k] || s[k] > r.hi[k] {
				ok = false
				break
			}
		}
		if ok {
			return codeOf(s[:r.n]), r.n
		}
	}
	n = 1
	if len(m.space) > 0 {
		n = m.space[0].n
		for i := range m.space {
			if s[0] >= m.space[i].lo[0] && s[0] <= m.space[i].hi[0] {
				n = m.space[i].n
				break
			}
		}
	}
	n = min(max(n, 1), len(s))
	return codeOf(s[:n]), n
}

// predefinedKind classifies a predefined CMap name (a Type 0 font's
// /Encoding) by what its codes are.
type encKind uint8

const (
	encIdentity encKind = iota // 2-byte codes, CID = code
	encUCS2                    // 2-byte codes that are Unicode
	encUTF16                   // 2- or 4-byte UTF-16 codes
	encUTF8
	encUTF32
	encEUC     // 1- or 2-byte legacy multi-byte codes (GBK-EUC-H, B5pc-H...): text needs ToUnicode
	encEmbed   // an embedded CMap stream
	encUnknown // some other name: 2 bytes, text needs ToUnicode
)

func predefinedCMap(name string) encKind {
	switch {
	case strings.HasPrefix(name, "Identity-"):
		return encIdentity
	case strings.Contains(name, "UCS2"):
		return encUCS2
	case strings.Contains(name, "UTF16"):
		return encUTF16
	case strings.Contains(name, "UTF8"):
		return encUTF8
	case strings.Contains(name, "UTF32"):
		return encUTF32
	case strings.Contains(name, "EUC"), strings.Contains(name, "GBK"), strings.Contains(name, "GBpc"),
		strings.Contains(name, "B5"), strings.Contains(name, "RKSJ"), strings.Contains(name, "KSC"),
		strings.Contains(name, "ETen"), strings.Contains(name, "HKscs"):
		return encEUC
	}
	return encUnknown
}
