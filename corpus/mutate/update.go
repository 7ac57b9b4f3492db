package mutate

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"sort"
	"strconv"
)

// An incremental update (PDF 32000-1 §7.5.6) appends the changed objects
// and a cross-reference section that lists only them and points back to
// the previous one with /Prev. The original bytes stay as they are, so an
// edit cannot damage anything it does not touch, and a diff of the two
// files is the edit. The new section is of the kind the file already uses:
// a cross-reference stream after a stream, a classic table after a table
// (readers may not accept a mix).

// object is a new version of an indirect object: here always a content
// stream, written Flate-compressed.
type object struct {
	num, gen int
	data     []byte
}

// lastXref finds the last cross-reference section of file: its offset and
// whether it is a stream, with the dictionary that ends it (the trailer,
// or the stream's dictionary).
func lastXref(file []byte) (off int, isStream bool, keys []string, vals map[string][]byte, err error) {
	tail := file[max(0, len(file)-2048):]
	i := bytes.LastIndex(tail, []byte("startxref"))
	if i < 0 {
		return 0, false, nil, nil, fmt.Errorf("no startxref")
	}
	p := skipSpace(tail, i+len("startxref"))
	q := p
	for q < len(tail) && tail[q] >= '0' && tail[q] <= '9' {
		q++
	}
	off, err = strconv.Atoi(string(tail[p:q]))
	if err != nil || off <= 0 || off >= len(file) {
		return 0, false, nil, nil, fmt.Errorf("bad startxref offset %q", tail[p:q])
	}
	at := skipSpace(file, off)
	if bytes.HasPrefix(file[at:], []byte("xref")) {
		t := bytes.Index(file[at:], []byte("trailer"))
		if t < 0 {
			return 0, false, nil, nil, fmt.Errorf("xref table without trailer")
		}
		keys, vals, _, err = dictEntries(file, at+t+len("trailer"))
		return off, false, keys, vals, err
	}
	// "n g obj <<...>> stream"
	o := bytes.Index(file[at:min(len(file), at+64)], []byte("obj"))
	if o < 0 {
		return 0, false, nil, nil, fmt.Errorf("startxref points to neither a table nor an object")
	}
	keys, vals, _, err = dictEntries(file, at+o+3)
	if err != nil {
		return 0, false, nil, nil, err
	}
	if string(vals["Type"]) != "/XRef" {
		return 0, false, nil, nil, fmt.Errorf("startxref points to an object that is no cross-reference stream")
	}
	return off, true, keys, vals, nil
}

// appendUpdate returns file with objs appended as an incremental update.
func appendUpdate(file []byte, objs []object) ([]byte, error) {
	prev, isStream, _, trailer, err := lastXref(file)
	if err != nil {
		return nil, fmt.Errorf("reading the cross-reference section: %w", err)
	}
	if _, enc := trailer["Encrypt"]; enc {
		return nil, fmt.Errorf("encrypted file: the editor writes plain streams only")
	}
	size, err := strconv.Atoi(string(trailer["Size"]))
	if err != nil {
		return nil, fmt.Errorf("trailer /Size %q: %v", trailer["Size"], err)
	}
	sort.Slice(objs, func(i, j int) bool { return objs[i].num < objs[j].num })

	out := bytes.NewBuffer(make([]byte, 0, len(file)+4096))
	out.Write(file)
	if n := len(file); n > 0 && file[n-1] != '\n' && file[n-1] != '\r' {
		out.WriteByte('\n')
	}
	type entry struct{ num, gen, off int }
	var entries []entry
	for _, o := range objs {
		var z bytes.Buffer
		w := zlib.NewWriter(&z)
		w.Write(o.data)
		w.Close()
		entries = append(entries, entry{o.num, o.gen, out.Len()})
		fmt.Fprintf(out, "%d %d obj\n<</Length %d /Filter /FlateDecode>>\nstream\n", o.num, o.gen, z.Len())
		out.Write(z.Bytes())
		out.WriteString("\nendstream\nendobj\n")
		size = max(size, o.num+1)
	}
	// Entries the new section carries over from the last one.
	var carried bytes.Buffer
	for _, k := range []string{"Root", "Info", "ID"} {
		if v, ok := trailer[k]; ok {
			fmt.Fprintf(&carried, " /%s %s", k, v)
		}
	}
	xref := out.Len()
	if isStream {
		// The stream lists itself too, as a new object at the end.
		self := size
		size++
		entries = append(entries, entry{self, 0, xref})
		var index, rows bytes.Buffer
		for _, e := range entries {
			fmt.Fprintf(&index, " %d 1", e.num)
			rows.Write([]byte{1, byte(e.off >> 24), byte(e.off >> 16), byte(e.off >> 8), byte(e.off), byte(e.gen >> 8), byte(e.gen)})
		}
		if xref >= 1<<32 {
			return nil, fmt.Errorf("file too large for 4-byte offsets")
		}
		fmt.Fprintf(out, "%d 0 obj\n<</Type /XRef /Size %d /Index [%s] /W [1 4 2] /Prev %d%s /Length %d>>\nstream\n",
			self, size, index.String()[1:], prev, carried.String(), rows.Len())
		out.Write(rows.Bytes())
		out.WriteString("\nendstream\nendobj\n")
	} else {
		out.WriteString("xref\n")
		for _, e := range entries {
			fmt.Fprintf(out, "%d 1\n%010d %05d n\r\n", e.num, e.off, e.gen)
		}
		fmt.Fprintf(out, "trailer\n<</Size %d /Prev %d%s>>\n", size, prev, carried.String())
	}
	fmt.Fprintf(out, "startxref\n%d\n%%%%EOF\n", xref)
	return out.Bytes(), nil
}
