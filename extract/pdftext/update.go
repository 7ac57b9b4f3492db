package pdftext

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/ledongthuc/pdf"
)

// What package annotate needs to append an incremental update: object
// numbers, the trailer and page dictionaries as PDF syntax (references
// kept as references), and the way back from page space to user space.

// ObjRef names an indirect object.
type ObjRef struct {
	ID  uint32
	Gen uint16
}

// String writes the reference as PDF syntax ("12 0 R").
func (r ObjRef) String() string { return fmt.Sprintf("%d %d R", r.ID, r.Gen) }

// Entry is one key of a dictionary with its value written as PDF syntax.
type Entry struct {
	Key   string
	Value string
}

// errUnwritable: a value cannot be written back as syntax (a stream where
// a dictionary was expected, or a layout of the library we do not know).
var errUnwritable = errors.New("object cannot be rewritten")

// Encrypted reports whether the file is encrypted (with an owner password
// only: files needing a user password do not open).
func (d *Document) Encrypted() bool {
	return d.decrypted || d.r.Trailer().Key("Encrypt").Kind() != pdf.Null
}

// TrailerEntries returns the entries of the newest trailer (or
// cross-reference stream dictionary), sorted by key.
func (d *Document) TrailerEntries() ([]Entry, error) {
	return entries(rawData(d.r.Trailer()))
}

// PageRef returns the reference of page n's dictionary (1-based); ok is
// false when the page tree holds the page inline.
func (d *Document) PageRef(n int) (ObjRef, bool) {
	if n < 1 || n > len(d.pages) || !d.pages[n-1].refOK {
		return ObjRef{}, false
	}
	r := d.pages[n-1].ref
	return ObjRef{r.id, r.gen}, true
}

// PageEntries returns the entries of page n's dictionary, sorted by key,
// and the elements of its /Annots array as syntax, resolved when the
// array is an indirect object (then /Annots is left out of the entries).
func (d *Document) PageEntries(n int) (es []Entry, annots []string, err error) {
	if n < 1 || n > len(d.pages) {
		return nil, nil, fmt.Errorf("page %d: no such page", n)
	}
	v := d.pages[n-1].v
	defer func() {
		if x := recover(); x != nil {
			es, annots, err = nil, nil, fmt.Errorf("page %d: %w: %v", n, errUnwritable, x)
		}
	}()
	all, err := entries(rawData(v))
	if err != nil {
		return nil, nil, fmt.Errorf("page %d: %w", n, err)
	}
	for _, e := range all {
		if e.Key != "Annots" {
			es = append(es, e)
		}
	}
	a := v.Key("Annots")
	if a.Kind() != pdf.Array {
		return es, nil, nil
	}
	raw := rawData(a)
	for i := 0; i < raw.Len(); i++ {
		s, err := syntax(raw.Index(i), 0)
		if err != nil {
			return nil, nil, fmt.Errorf("page %d: /Annots: %w", n, err)
		}
		annots = append(annots, s)
	}
	return es, annots, nil
}

// ToUser maps a point of page n's page space (top left origin, Y down,
// /Rotate applied: the coordinates of Glyph) back to the page's default
// user space, where annotation rectangles are given.
func (d *Document) ToUser(n int, x, y float64) (float64, float64) {
	if n < 1 || n > len(d.pages) {
		return x, y
	}
	pi := &d.pages[n-1]
	m, _, _ := pageMatrix(pi.visible(), pi.rotate)
	det := m[0]*m[3] - m[1]*m[2]
	if det == 0 {
		return x, y
	}
	x, y = x-m[4], y-m[5]
	return (x*m[3] - y*m[2]) / det, (y*m[0] - x*m[1]) / det
}

// entries writes the dictionary (or stream header) raw as sorted entries.
func entries(raw reflect.Value) ([]Entry, error) {
	if raw.Kind() == reflect.Struct {
		raw = raw.FieldByName("hdr")
	}
	if raw.Kind() != reflect.Map {
		return nil, errUnwritable
	}
	var out []Entry
	for _, k := range raw.MapKeys() {
		s, err := syntax(raw.MapIndex(k), 0)
		if err != nil {
			return nil, err
		}
		out = append(out, Entry{Key: k.String(), Value: s})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out, nil
}

// syntax writes one unresolved object of the library as PDF syntax.
func syntax(v reflect.Value, depth int) (string, error) {
	if depth > 64 {
		return "", errUnwritable
	}
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return "null", nil
		}
		v = v.Elem()
	}
	if r, ok := ptrOf(v); ok {
		return ObjRef{r.id, r.gen}.String(), nil
	}
	switch v.Kind() {
	case reflect.Bool:
		return strconv.FormatBool(v.Bool()), nil
	case reflect.Int64, reflect.Int:
		return strconv.FormatInt(v.Int(), 10), nil
	case reflect.Float64:
		return strconv.FormatFloat(v.Float(), 'f', -1, 64), nil
	case reflect.String:
		if v.Type().Name() == "name" {
			return "/" + Name(v.String()), nil
		}
		return HexString(v.String()), nil
	case reflect.Slice:
		parts := make([]string, v.Len())
		for i := range parts {
			s, err := syntax(v.Index(i), depth+1)
			if err != nil {
				return "", err
			}
			parts[i] = s
		}
		return "[" + strings.Join(parts, " ") + "]", nil
	case reflect.Map:
		es, err := entries(v)
		if err != nil {
			return "", err
		}
		var b strings.Builder
		b.WriteString("<<")
		for _, e := range es {
			b.WriteString("/" + Name(e.Key) + " " + e.Value)
		}
		b.WriteString(">>")
		return b.String(), nil
	}
	return "", errUnwritable
}

// Name escapes a name's bytes for PDF syntax (without the slash).
func Name(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte("#()<>[]{}/%", c) >= 0 {
			fmt.Fprintf(&b, "#%02X", c)
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// HexString writes bytes as a PDF hex string.
func HexString(s string) string { return fmt.Sprintf("<%X>", s) }
