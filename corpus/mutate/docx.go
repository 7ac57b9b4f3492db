package mutate

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/gouji/gouji/extract/docx"
	"github.com/gouji/gouji/extract/ooxml"
)

// EditDOCX edits the text of a Word document's body: the occurrence-th
// (1-based) occurrence of e.Context (e.Old when empty) in the document's
// text, white space ignored and a table row read across its cells, has
// e.Old replaced by e.New. The edit is made in the w:t elements holding the
// number (a number split over several runs keeps its first run); every
// other byte of the document and every other part stay as they are.
func EditDOCX(src []byte, e Edit, occurrence int) ([]byte, error) {
	_, main, data, err := docx.Open(src, ooxml.DefaultLimits)
	if err != nil {
		return nil, err
	}
	nodes, err := textNodes(data)
	if err != nil {
		return nil, err
	}
	// flat is the document's text without white space; at maps each of
	// its runes to its node and rune index.
	var flat []rune
	var at [][2]int
	for i, n := range nodes {
		for k, r := range []rune(n.text) {
			if !unicode.IsSpace(r) {
				flat = append(flat, r)
				at = append(at, [2]int{i, k})
			}
		}
	}
	ctx := []rune(WithoutSpace(e.Context))
	if len(ctx) == 0 {
		ctx = []rune(WithoutSpace(e.Old))
	}
	start := nthIndex(flat, ctx, occurrence)
	if start < 0 {
		return nil, fmt.Errorf("%q: occurrence %d not in the document", e.Context, occurrence)
	}
	old := []rune(WithoutSpace(e.Old))
	off := nthIndex(ctx, old, 1)
	if off < 0 {
		return nil, fmt.Errorf("%q not in its context %q", e.Old, e.Context)
	}
	texts := make([][]rune, len(nodes))
	for i, n := range nodes {
		texts[i] = []rune(n.text)
	}
	// Blank the old number's runes, then put the new number where its
	// first rune was.
	first := at[start+off]
	for k := range old {
		p := at[start+off+k]
		texts[p[0]][p[1]] = 0
	}
	texts[first[0]][first[1]] = -1
	var out bytes.Buffer
	last := 0
	for i, n := range nodes {
		var b strings.Builder
		changed := false
		for _, r := range texts[i] {
			switch r {
			case 0:
				changed = true
			case -1:
				b.WriteString(e.New)
				changed = true
			default:
				b.WriteRune(r)
			}
		}
		if !changed {
			continue
		}
		out.Write(data[last:n.start])
		xml.EscapeText(&out, []byte(b.String()))
		last = n.end
	}
	out.Write(data[last:])
	return ooxml.Rewrite(src, map[string][]byte{main: out.Bytes()})
}

// textNode is one w:t element's text and the byte range of its content in
// the XML.
type textNode struct {
	text       string
	start, end int
}

// textNodes lists the w:t elements of a document part.
func textNodes(data []byte) ([]textNode, error) {
	const nsW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	d := xml.NewDecoder(bytes.NewReader(data))
	var nodes []textNode
	in := false
	for {
		before := int(d.InputOffset())
		tok, err := d.Token()
		if err == io.EOF {
			return nodes, nil
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Space == nsW && t.Name.Local == "t" {
				in = true
				nodes = append(nodes, textNode{start: int(d.InputOffset()), end: int(d.InputOffset())})
			}
		case xml.EndElement:
			if in {
				nodes[len(nodes)-1].end = before
				in = false
			}
		case xml.CharData:
			if in {
				nodes[len(nodes)-1].text += string(t)
			}
		}
	}
}

// WithoutSpace drops white space from s, as EditDOCX matches contexts.
func WithoutSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// nthIndex returns the index of the n-th (1-based) occurrence of sub in s,
// or -1.
func nthIndex(s, sub []rune, n int) int {
	if len(sub) == 0 {
		return -1
	}
	for i := 0; i+len(sub) <= len(s); i++ {
		if string(s[i:i+len(sub)]) == string(sub) {
			if n--; n == 0 {
				return i
			}
		}
	}
	return -1
}
