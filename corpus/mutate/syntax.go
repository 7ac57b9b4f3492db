package mutate

import (
	"bytes"
	"fmt"
	"strconv"

	"github.com/gouji/gouji/extract/pdftext"
)

// The little PDF syntax the editor needs: reading one string operand of a
// content stream (to change some of its codes and write it back as a hex
// string) and reading a trailer or cross-reference stream dictionary (to
// carry its /Root, /Info and /ID into the update). Values are kept as the
// bytes they were printed with; nothing is resolved.

// isSpace and isDelim are the interpreter's (PDF 32000-1 §7.2.2).
var (
	isSpace = pdftext.IsSpace
	isDelim = pdftext.IsDelim
)

// readString decodes the string token at data[i] ('(' or '<') and returns
// its bytes and the offset just past it, read by the interpreter's own
// lexer so that the editor and the reader cannot disagree.
func readString(data []byte, i int) ([]byte, int, error) {
	s, end, ok := pdftext.ReadString(data, i)
	if !ok {
		if i < 0 || i >= len(data) {
			return nil, 0, fmt.Errorf("string operand at %d: outside the stream", i)
		}
		return nil, 0, fmt.Errorf("no complete string operand at offset %d", i)
	}
	return s, end, nil
}

// hexString writes b as a PDF hex string: valid wherever a string operand
// is, whatever the bytes.
func hexString(b []byte) []byte {
	const digits = "0123456789ABCDEF"
	out := make([]byte, 0, 2*len(b)+2)
	out = append(out, '<')
	for _, c := range b {
		out = append(out, digits[c>>4], digits[c&15])
	}
	return append(out, '>')
}

// skipSpace skips white space and comments from p.
func skipSpace(d []byte, p int) int {
	for p < len(d) {
		switch {
		case isSpace(d[p]):
			p++
		case d[p] == '%':
			for p < len(d) && d[p] != '\n' && d[p] != '\r' {
				p++
			}
		default:
			return p
		}
	}
	return p
}

// skipValue returns the end of the object value starting at p (after
// white space): a dictionary, array, string, name, number, keyword, or an
// indirect reference "n g R".
func skipValue(d []byte, p int) (int, error) {
	p = skipSpace(d, p)
	if p >= len(d) {
		return 0, fmt.Errorf("value expected at the end of the data")
	}
	switch c := d[p]; {
	case c == '<' && p+1 < len(d) && d[p+1] == '<':
		p += 2
		for {
			p = skipSpace(d, p)
			if p+1 < len(d) && d[p] == '>' && d[p+1] == '>' {
				return p + 2, nil
			}
			var err error
			if p, err = skipValue(d, p); err != nil {
				return 0, err
			}
		}
	case c == '[':
		p++
		for {
			p = skipSpace(d, p)
			if p < len(d) && d[p] == ']' {
				return p + 1, nil
			}
			var err error
			if p, err = skipValue(d, p); err != nil {
				return 0, err
			}
		}
	case c == '(' || c == '<':
		_, end, err := readString(d, p)
		return end, err
	case c == '/':
		p++
		for p < len(d) && !isSpace(d[p]) && !isDelim(d[p]) {
			p++
		}
		return p, nil
	case isDelim(c):
		return 0, fmt.Errorf("unexpected %q at %d", c, p)
	}
	start := p
	for p < len(d) && !isSpace(d[p]) && !isDelim(d[p]) {
		p++
	}
	// An integer may start "n g R".
	if _, err := strconv.Atoi(string(d[start:p])); err == nil {
		q := skipSpace(d, p)
		q2 := q
		for q2 < len(d) && d[q2] >= '0' && d[q2] <= '9' {
			q2++
		}
		if q2 > q {
			r := skipSpace(d, q2)
			if r < len(d) && d[r] == 'R' && (r+1 == len(d) || isSpace(d[r+1]) || isDelim(d[r+1])) {
				return r + 1, nil
			}
		}
	}
	return p, nil
}

// dictEntries reads the dictionary at p into its keys and their values as
// printed, in order, and returns the offset past it.
func dictEntries(d []byte, p int) (keys []string, vals map[string][]byte, end int, err error) {
	p = skipSpace(d, p)
	if !bytes.HasPrefix(d[p:], []byte("<<")) {
		return nil, nil, 0, fmt.Errorf("dictionary expected at %d", p)
	}
	p += 2
	vals = map[string][]byte{}
	for {
		p = skipSpace(d, p)
		if p+1 < len(d) && d[p] == '>' && d[p+1] == '>' {
			return keys, vals, p + 2, nil
		}
		if p >= len(d) || d[p] != '/' {
			return nil, nil, 0, fmt.Errorf("dictionary key expected at %d", p)
		}
		k, err := skipValue(d, p)
		if err != nil {
			return nil, nil, 0, err
		}
		key := string(d[p+1 : k])
		v0 := skipSpace(d, k)
		v1, err := skipValue(d, v0)
		if err != nil {
			return nil, nil, 0, err
		}
		if _, dup := vals[key]; !dup {
			keys = append(keys, key)
		}
		vals[key] = d[v0:v1]
		p = v1
	}
}
