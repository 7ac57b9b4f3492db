package pdftext

// ReadString decodes the string token that starts at data[at] — a literal
// "(…)" or a hex "<…>" string — exactly as the interpreter reads it, and
// returns its bytes and the offset just past it. ok is false when no string
// starts there or it is not closed. The PDF number editor uses it to
// rewrite one string of a content stream.
func ReadString(data []byte, at int) (s []byte, end int, ok bool) {
	if at < 0 || at >= len(data) {
		return nil, 0, false
	}
	l := newLexer(data)
	l.pos = at + 1
	var o operand
	switch {
	case data[at] == '(':
		o = l.readLiteral()
	case data[at] == '<' && (at+1 >= len(data) || data[at+1] != '<'):
		o = l.readHex()
	default:
		return nil, 0, false
	}
	if l.unterminated {
		return nil, 0, false
	}
	return append([]byte(nil), l.bytesOf(o)...), l.pos, true
}
