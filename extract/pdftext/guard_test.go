package pdftext

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// objStmDoc writes a file with a cross-reference stream and an object
// stream holding the catalog, the page tree and the page. edit may change
// the xref entries (type, field 2, field 3 per object), the object
// stream's dictionary and the xref stream's dictionary, to forge the
// defects the guards are for.
func objStmDoc(edit func(entries [][3]int, objStmDict, xrefDict *string)) []byte {
	var out bytes.Buffer
	out.WriteString("%PDF-1.7\n")
	offs := map[int]int{}
	obj := func(n int, body string) {
		offs[n] = out.Len()
		fmt.Fprintf(&out, "%d 0 obj\n%s\nendobj\n", n, body)
	}
	obj(4, stream("", []byte("1 w 100 100 m 300 100 l S")))
	o1 := "<< /Type /Catalog /Pages 2 0 R >>"
	o2 := "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
	o3 := "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 4 0 R >>"
	header := fmt.Sprintf("1 0 2 %d 3 %d ", len(o1)+1, len(o1)+len(o2)+2)
	entries := [][3]int{{0, 0, 0xffff}, {2, 5, 0}, {2, 5, 1}, {2, 5, 2}, {1, 0, 0}, {1, 0, 0}, {1, 0, 0}, {1, 0, 0}}
	objStmDict := fmt.Sprintf("/Type /ObjStm /N 3 /First %d", len(header))
	xrefDict := "/Type /XRef /Size 8 /W [1 4 2] /Root 1 0 R"
	if edit != nil {
		edit(entries, &objStmDict, &xrefDict)
	}
	obj(5, stream(objStmDict, []byte(header+o1+" "+o2+" "+o3)))
	obj(7, stream("/Type /ObjStm /N 0 /First 0 /Extends 5 0 R", nil))
	xref := out.Len()
	offs[6] = xref
	var tab bytes.Buffer
	for n, e := range entries {
		if e[0] == 1 && e[1] == 0 {
			e[1] = offs[n]
		}
		tab.WriteByte(byte(e[0]))
		binary.Write(&tab, binary.BigEndian, uint32(e[1]))
		binary.Write(&tab, binary.BigEndian, uint16(e[2]))
	}
	fmt.Fprintf(&out, "6 0 obj\n%s\nendobj\n", stream(xrefDict, tab.Bytes()))
	fmt.Fprintf(&out, "startxref\n%d\n%%%%EOF\n", xref)
	return out.Bytes()
}

func TestObjStmDoc(t *testing.T) {
	d, err := Open(objStmDoc(nil), Options{})
	require.NoError(t, err)
	p, err := d.Page(1)
	require.NoError(t, err)
	assert.Len(t, p.Rules, 1)
}

// TestGuards: forged sizes and object-stream structures that would make
// the library allocate without bound, overflow its stack or loop forever
// are refused at Open.
func TestGuards(t *testing.T) {
	cases := map[string]struct {
		data []byte
		msg  string
	}{
		"object stream in itself":  {objStmDoc(func(e [][3]int, _, _ *string) { e[5] = [3]int{2, 5, 0} }), "itself in an object stream"},
		"object stream in another": {objStmDoc(func(e [][3]int, _, _ *string) { e[5] = [3]int{2, 7, 0} }), "itself in an object stream"},
		"extends cycle":            {objStmDoc(func(_ [][3]int, o, _ *string) { *o += " /Extends 7 0 R" }), "cycle"},
		"huge xref stream size": {objStmDoc(func(_ [][3]int, _, x *string) {
			*x = strings.Replace(*x, "/Size 8", "/Size 1000000000000", 1)
		}), "xref /Size"},
		"huge xref stream index": {objStmDoc(func(_ [][3]int, _, x *string) { *x += " /Index [999999999999 8]" }), "index"},
		"huge xref field width": {objStmDoc(func(_ [][3]int, _, x *string) {
			*x = strings.Replace(*x, "/W [1 4 2]", "/W [1 1000000000 2]", 1)
		}), "field width"},
		"huge xref table subsection": {bytes.Replace(simpleDoc(docOpts{}, "BT ET"), []byte("xref\n0 "), []byte("xref\n999999999999 1\n0 "), 1), "subsection"},
		"huge trailer size":          {bytes.Replace(simpleDoc(docOpts{}, "BT ET"), []byte("<< /Size "), []byte("<< /Size 999999999999 /Foo "), 1), "xref /Size"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := Open(c.data, Options{})
			require.ErrorIs(t, err, ErrDamaged)
			assert.Contains(t, err.Error(), c.msg)
		})
	}
}
