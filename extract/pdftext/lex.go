package pdftext

import (
	"bytes"
	"math"
	"strconv"
)

// The content-stream tokenizer. It works on the decoded stream bytes in one
// pass, allocates nothing in the steady state (operands, strings and array
// members live in buffers reused from one operator to the next), skips
// inline image data, and never panics: every malformed construct is read as
// something harmless (a stray delimiter is skipped, an unterminated string
// or array ends at the end of the data).

type kind uint8

const (
	kNull kind = iota
	kNum
	kBool
	kName
	kStr
	kArr
	kDict
	kRef // "n g R" inside an array or dictionary: num is n, off is g
)

// operand is one operand of a content-stream operator. Strings and names
// are byte ranges of lexer.sbuf, arrays and dictionaries ranges of
// lexer.elems (a dictionary holds key, value, key, value...). Ranges rather
// than slices, because the buffers grow while an operator's operands are
// read.
type operand struct {
	kind kind
	// src is where a string operand's token ('(' or '<') starts in the
	// lexed data, -1 past 2 GiB: PageSources reports it so that a tool can
	// rewrite the string in place. It sits in the padding after kind, so
	// operands stay 24 bytes.
	src int32
	num float64 // kNum; kBool: 1 for true
	off int32
	n   int32
}

// Caps that keep a hostile stream from turning a few bytes into a large
// allocation: operands per operator beyond maxOperands are dropped (no real
// operator takes more than a few dozen; CMap blocks are read with a larger
// cap), arrays nest at most maxNest deep.
const (
	maxOperands     = 4096
	maxCMapOperands = 1 << 21
	maxNest         = 32
	maxElems        = 1 << 22
)

type lexer struct {
	data []byte
	pos  int

	ops   []operand // operands of the current operator
	sbuf  []byte    // string and name bytes of the current operator
	elems []operand // array and dictionary members of the current operator
	stack []operand // scratch while an array or dictionary is being read
	maxOp int
	// unterminated is set when a string ran to the end of the data without
	// its closing delimiter (the interpreter takes what there is; the
	// editor refuses such a string).
	unterminated bool
}

func newLexer(data []byte) *lexer {
	return &lexer{data: data, maxOp: maxOperands}
}

func (l *lexer) reset(data []byte) {
	l.data, l.pos = data, 0
	l.ops, l.sbuf, l.elems, l.stack = l.ops[:0], l.sbuf[:0], l.elems[:0], l.stack[:0]
	l.unterminated = false
}

func (l *lexer) bytesOf(o operand) []byte {
	if o.kind != kName && o.kind != kStr {
		return nil
	}
	return l.sbuf[o.off : o.off+o.n]
}

func (l *lexer) elemsOf(o operand) []operand {
	if o.kind != kArr && o.kind != kDict {
		return nil
	}
	return l.elems[o.off : o.off+o.n]
}

// dictGet returns the value for key in dictionary operand d.
func (l *lexer) dictGet(d operand, key string) (operand, bool) {
	e := l.elemsOf(d)
	for i := 0; i+1 < len(e); i += 2 {
		if e[i].kind == kName && string(l.bytesOf(e[i])) == key {
			return e[i+1], true
		}
	}
	return operand{}, false
}

// IsSpace and IsDelim tell PDF white space and delimiters apart, as PDF
// 32000-1 §7.2.2 defines them (the number editor of corpus/mutate reads
// content streams with them too).
func IsSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

// IsDelim reports whether c is a PDF delimiter.
func IsDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

func isSpace(c byte) bool { return IsSpace(c) }

func isDelim(c byte) bool { return IsDelim(c) }

func isRegular(c byte) bool { return !isSpace(c) && !isDelim(c) }

// token kinds returned by scan.
const (
	tEOF = iota
	tOperand
	tOp
	tArrEnd
	tDictEnd
)

// nextOp reads operands up to the next operator and returns the operator
// (a slice of the data), or nil at the end of the data. The operands are in
// l.ops until the next call.
func (l *lexer) nextOp() []byte {
	l.ops, l.sbuf, l.elems = l.ops[:0], l.sbuf[:0], l.elems[:0]
	for {
		t, o, op := l.scan(0)
		switch t {
		case tEOF:
			return nil
		case tOperand:
			if len(l.ops) < l.maxOp {
				l.ops = append(l.ops, o)
			}
		case tOp:
			if len(op) == 2 && op[0] == 'B' && op[1] == 'I' {
				l.inlineImage()
			}
			return op
		}
		// A stray ']' or '>>' outside an array or dictionary is ignored.
	}
}

// skipSpace skips white space and comments.
func (l *lexer) skipSpace() {
	for l.pos < len(l.data) {
		c := l.data[l.pos]
		if isSpace(c) {
			l.pos++
			continue
		}
		if c == '%' {
			for l.pos < len(l.data) && l.data[l.pos] != '\n' && l.data[l.pos] != '\r' {
				l.pos++
			}
			continue
		}
		return
	}
}

// scan reads one token. Operands are returned in o; an operator's bytes in
// op.
func (l *lexer) scan(depth int) (t int, o operand, op []byte) {
	for {
		l.skipSpace()
		if l.pos >= len(l.data) {
			return tEOF, o, nil
		}
		c := l.data[l.pos]
		switch {
		case c == '/':
			l.pos++
			return tOperand, l.readName(), nil
		case c == '(':
			return tOperand, l.readString(l.readLiteral), nil
		case c == '<':
			if l.pos+1 < len(l.data) && l.data[l.pos+1] == '<' {
				l.pos += 2
				return tOperand, l.readCompound(depth, true), nil
			}
			return tOperand, l.readString(l.readHex), nil
		case c == '>':
			l.pos++
			if l.pos < len(l.data) && l.data[l.pos] == '>' {
				l.pos++
				return tDictEnd, o, nil
			}
			continue // stray '>'
		case c == '[':
			l.pos++
			return tOperand, l.readCompound(depth, false), nil
		case c == ']':
			l.pos++
			return tArrEnd, o, nil
		case c == '{' || c == '}' || c == ')':
			l.pos++
			continue
		case c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.':
			start := l.pos
			for l.pos < len(l.data) && isRegular(l.data[l.pos]) {
				l.pos++
			}
			if v, ok := parseNumber(l.data[start:l.pos]); ok {
				return tOperand, operand{kind: kNum, num: v}, nil
			}
			return tOp, o, l.data[start:l.pos]
		default:
			start := l.pos
			for l.pos < len(l.data) && isRegular(l.data[l.pos]) {
				l.pos++
			}
			w := l.data[start:l.pos]
			switch string(w) {
			case "true":
				return tOperand, operand{kind: kBool, num: 1}, nil
			case "false":
				return tOperand, operand{kind: kBool}, nil
			case "null":
				return tOperand, operand{kind: kNull}, nil
			}
			return tOp, o, w
		}
	}
}

// readCompound reads an array (after '[') or a dictionary (after '<<').
// Operators inside are dropped; the end of the data ends it.
func (l *lexer) readCompound(depth int, isDict bool) operand {
	base := len(l.stack)
	for {
		var t int
		var o operand
		var op []byte
		if depth >= maxNest {
			// Too deep: skip to the matching close without nesting further.
			t, o = l.skipToClose(isDict), operand{}
		} else {
			t, o, op = l.scan(depth + 1)
		}
		if t == tEOF || t == tArrEnd && !isDict || t == tDictEnd && isDict {
			break
		}
		if t == tOp && len(op) == 1 && op[0] == 'R' && len(l.stack)-base >= 2 {
			// An indirect reference (in object syntax, never in content).
			id, gen := l.stack[len(l.stack)-2], l.stack[len(l.stack)-1]
			if id.kind == kNum && gen.kind == kNum {
				l.stack = l.stack[:len(l.stack)-2]
				l.stack = append(l.stack, operand{kind: kRef, num: id.num, off: int32(gen.num)})
			}
			continue
		}
		if t == tOperand && len(l.stack)-base < maxElems && len(l.elems)+len(l.stack) < maxElems {
			l.stack = append(l.stack, o)
		}
	}
	items := l.stack[base:]
	if isDict && len(items)%2 == 1 {
		items = items[:len(items)-1]
	}
	res := operand{kind: kArr, off: int32(len(l.elems)), n: int32(len(items))}
	if isDict {
		res.kind = kDict
	}
	l.elems = append(l.elems, items...)
	l.stack = l.stack[:base]
	return res
}

// skipToClose skips bytes up to the close of the current array or
// dictionary, ignoring nesting: only reached past maxNest.
func (l *lexer) skipToClose(isDict bool) int {
	for {
		t, _, _ := l.scanFlat()
		if t == tEOF || t == tArrEnd && !isDict || t == tDictEnd && isDict {
			return t
		}
	}
}

// scanFlat is scan that treats '[' and '<<' as nothing.
func (l *lexer) scanFlat() (int, operand, []byte) {
	l.skipSpace()
	if l.pos >= len(l.data) {
		return tEOF, operand{}, nil
	}
	switch c := l.data[l.pos]; {
	case c == '[':
		l.pos++
		return tOperand, operand{}, nil
	case c == '<' && l.pos+1 < len(l.data) && l.data[l.pos+1] == '<':
		l.pos += 2
		return tOperand, operand{}, nil
	}
	return l.scan(maxNest)
}

// srcPos is a data offset as stored in operand.src.
func srcPos(p int) int32 {
	if p > math.MaxInt32 {
		return -1
	}
	return int32(p)
}

func (l *lexer) readName() operand {
	off := len(l.sbuf)
	for l.pos < len(l.data) {
		c := l.data[l.pos]
		if !isRegular(c) {
			break
		}
		if c == '#' && l.pos+2 < len(l.data) {
			if h, ok := unhex2(l.data[l.pos+1], l.data[l.pos+2]); ok {
				l.sbuf = append(l.sbuf, h)
				l.pos += 3
				continue
			}
		}
		l.sbuf = append(l.sbuf, c)
		l.pos++
	}
	return operand{kind: kName, off: int32(off), n: int32(len(l.sbuf) - off)}
}

// readString reads the string starting at the current position with read
// (readLiteral or readHex) and records where it started.
func (l *lexer) readString(read func() operand) operand {
	start := l.pos
	l.pos++
	o := read()
	o.src = srcPos(start)
	return o
}

func (l *lexer) readLiteral() operand {
	off := len(l.sbuf)
	depth := 1
	d := l.data
	for l.pos < len(d) {
		c := d[l.pos]
		l.pos++
		switch c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return operand{kind: kStr, off: int32(off), n: int32(len(l.sbuf) - off)}
			}
		case '\\':
			if l.pos >= len(d) {
				continue
			}
			e := d[l.pos]
			l.pos++
			switch e {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r':
				if l.pos < len(d) && d[l.pos] == '\n' {
					l.pos++
				}
				continue
			case '\n':
				continue
			default:
				if e >= '0' && e <= '7' {
					v := int(e - '0')
					for k := 0; k < 2 && l.pos < len(d) && d[l.pos] >= '0' && d[l.pos] <= '7'; k++ {
						v = v*8 + int(d[l.pos]-'0')
						l.pos++
					}
					c = byte(v)
				} else {
					c = e // \( \) \\ and unknown escapes: the character itself
				}
			}
		}
		l.sbuf = append(l.sbuf, c)
	}
	l.unterminated = true
	return operand{kind: kStr, off: int32(off), n: int32(len(l.sbuf) - off)}
}

func (l *lexer) readHex() operand {
	off := len(l.sbuf)
	var hi byte
	half, closed := false, false
	defer func() { l.unterminated = l.unterminated || !closed }()
	d := l.data
	for l.pos < len(d) {
		c := d[l.pos]
		l.pos++
		if c == '>' {
			closed = true
			break
		}
		v, ok := unhex1(c)
		if !ok {
			continue // white space, or junk: skipped
		}
		if half {
			l.sbuf = append(l.sbuf, hi<<4|v)
		} else {
			hi = v
		}
		half = !half
	}
	if half {
		l.sbuf = append(l.sbuf, hi<<4)
	}
	return operand{kind: kStr, off: int32(off), n: int32(len(l.sbuf) - off)}
}

func unhex1(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func unhex2(a, b byte) (byte, bool) {
	x, ok1 := unhex1(a)
	y, ok2 := unhex1(b)
	return x<<4 | y, ok1 && ok2
}

// maxNumber bounds operand values so that coordinate arithmetic on hostile
// input stays finite.
const maxNumber = 1e12

// parseNumber parses a PDF number leniently: the fast path covers what
// producers write ("-12.5", ".5", "3."); doubled signs ("--5", as some
// broken producers write) read as one sign. Anything else is not a number.
func parseNumber(b []byte) (float64, bool) {
	neg := false
	i := 0
	for i < len(b) && (b[i] == '+' || b[i] == '-') {
		neg = neg != (b[i] == '-')
		i++
	}
	var ip int64
	digits := 0
	ds := i
	for i < len(b) && b[i] >= '0' && b[i] <= '9' {
		if digits < 18 {
			ip = ip*10 + int64(b[i]-'0')
		}
		digits++
		i++
	}
	v := float64(ip)
	if digits > 18 {
		f, err := strconv.ParseFloat(string(b[ds:i]), 64)
		if err != nil {
			return 0, false
		}
		v = f
	}
	if i < len(b) && b[i] == '.' {
		i++
		var fp int64
		scale := 1.0
		fd := 0
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			if fd < 17 {
				fp = fp*10 + int64(b[i]-'0')
				scale *= 10
			}
			fd++
			digits++
			i++
		}
		v += float64(fp) / scale
	}
	if digits == 0 {
		return 0, false
	}
	if i != len(b) {
		// "1.2.3", "12abc": not a number. A trailing second '.' or a
		// sign inside ("1-2") is junk that readers tolerate as the leading
		// number; accept only if the rest is numeric characters.
		for _, c := range b[i:] {
			if !(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+') {
				return 0, false
			}
		}
	}
	if neg {
		v = -v
	}
	if v > maxNumber {
		v = maxNumber
	} else if v < -maxNumber {
		v = -maxNumber
	}
	if math.IsNaN(v) {
		return 0, false
	}
	return v, true
}

// inlineImage skips the dictionary and data of an inline image: called
// after BI. The dictionary entries are left in l.ops (key, value, ...) so
// the interpreter can see the image; the data is skipped up to and
// including EI.
func (l *lexer) inlineImage() {
	l.ops = l.ops[:0]
	for {
		t, o, op := l.scan(0)
		if t == tEOF {
			return
		}
		if t == tOp {
			if string(op) == "ID" {
				break
			}
			if string(op) == "EI" { // BI without ID: nothing to skip
				return
			}
			continue
		}
		if t == tOperand && len(l.ops) < l.maxOp {
			l.ops = append(l.ops, o)
		}
	}
	// One white-space byte separates ID from the data.
	if l.pos < len(l.data) && isSpace(l.data[l.pos]) {
		l.pos++
	}
	start := l.pos
	if n := l.inlineDataLen(); n >= 0 && start+n <= len(l.data) {
		p := start + n
		for p < len(l.data) && isSpace(l.data[p]) {
			p++
		}
		if p+2 <= len(l.data) && l.data[p] == 'E' && l.data[p+1] == 'I' && (p+2 == len(l.data) || !isRegular(l.data[p+2])) {
			l.pos = p + 2
			return
		}
	}
	// Search for EI delimited by white space and followed by something that
	// looks like content again (binary image data may contain " EI ").
	d := l.data
	for i := start; ; {
		j := bytes.Index(d[i:], []byte("EI"))
		if j < 0 {
			l.pos = len(d)
			return
		}
		p := i + j
		i = p + 2
		if p > start && !isSpace(d[p-1]) {
			continue
		}
		if p+2 < len(d) && isRegular(d[p+2]) {
			continue
		}
		if looksLikeContent(d[p+2:]) {
			l.pos = p + 2
			return
		}
	}
}

// looksLikeContent reports whether b starts like content-stream text:
// printable ASCII and white space for a stretch.
func looksLikeContent(b []byte) bool {
	n := min(len(b), 48)
	for _, c := range b[:n] {
		if c >= 0x7f || c < 0x20 && !isSpace(c) {
			return false
		}
	}
	return true
}

// inlineDataLen computes the length of unfiltered inline image data from
// its dictionary, or -1 when it cannot (filtered data, named colour space,
// missing entries).
func (l *lexer) inlineDataLen() int {
	var w, h, bpc, comps int
	bpc, comps = 8, 1
	mask := false
	for i := 0; i+1 < len(l.ops); i += 2 {
		k, v := l.ops[i], l.ops[i+1]
		if k.kind != kName {
			continue
		}
		switch string(l.bytesOf(k)) {
		case "W", "Width":
			w = int(v.num)
		case "H", "Height":
			h = int(v.num)
		case "BPC", "BitsPerComponent":
			bpc = int(v.num)
		case "IM", "ImageMask":
			mask = v.kind == kBool && v.num == 1
		case "L", "Length":
			if v.kind == kNum && v.num >= 0 && v.num < 1<<31 {
				return int(v.num)
			}
		case "F", "Filter":
			if v.kind == kName || v.kind == kArr && v.n > 0 {
				return -1
			}
		case "CS", "ColorSpace":
			switch v.kind {
			case kName:
				switch string(l.bytesOf(v)) {
				case "G", "DeviceGray", "CalGray":
					comps = 1
				case "RGB", "DeviceRGB", "CalRGB":
					comps = 3
				case "CMYK", "DeviceCMYK":
					comps = 4
				default:
					return -1
				}
			case kArr:
				e := l.elemsOf(v)
				if len(e) > 0 && e[0].kind == kName {
					switch string(l.bytesOf(e[0])) {
					case "I", "Indexed":
						comps = 1
					default:
						return -1
					}
				}
			}
		}
	}
	if mask {
		bpc, comps = 1, 1
	}
	if w <= 0 || h <= 0 || bpc <= 0 || bpc > 16 || w > 1<<16 || h > 1<<16 {
		return -1
	}
	return h * ((w*comps*bpc + 7) / 8)
}
