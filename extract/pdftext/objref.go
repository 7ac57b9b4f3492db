package pdftext

import (
	"reflect"

	"github.com/ledongthuc/pdf"
)

// ref identifies an indirect object.
type ref struct {
	id  uint32
	gen uint16
}

// refOf returns the indirect reference stored under key in dictionary (or
// stream dictionary) v, without resolving it.
//
// Why reflection: pdf.Value resolves references on every access and keeps
// no object cache, so resolving a font dictionary only to recognise it as
// one already loaded costs a full parse (5 300 of them make half a second
// on a 62-page Chromium file). The reference is the natural cache key, and
// the library keeps it in unexported fields. The layout is pinned by
// go.mod and checked by TestRefOf; if it ever changes, refOf reports
// ok=false and the callers fall back to slower uncached loading, never to
// wrong results.
func refOf(v pdf.Value, key string) (ref, bool) {
	m := rawData(v)
	if m.Kind() == reflect.Struct { // a stream: look in its header
		m = m.FieldByName("hdr")
	}
	if m.Kind() != reflect.Map || m.Type().Key().Kind() != reflect.String {
		return ref{}, false
	}
	e := m.MapIndex(reflect.ValueOf(key).Convert(m.Type().Key()))
	return ptrOf(e)
}

// refAt is refOf for element i of array v.
func refAt(v pdf.Value, i int) (ref, bool) {
	a := rawData(v)
	if a.Kind() != reflect.Slice || i < 0 || i >= a.Len() {
		return ref{}, false
	}
	return ptrOf(a.Index(i))
}

// rawData is the unresolved data of v: a map for a dictionary, a slice for
// an array, a struct for a stream.
func rawData(v pdf.Value) reflect.Value {
	f := reflect.ValueOf(v).FieldByName("data")
	if !f.IsValid() || f.Kind() != reflect.Interface || f.IsNil() {
		return reflect.Value{}
	}
	return f.Elem()
}

func ptrOf(e reflect.Value) (ref, bool) {
	if !e.IsValid() {
		return ref{}, false
	}
	if e.Kind() == reflect.Interface {
		if e.IsNil() {
			return ref{}, false
		}
		e = e.Elem()
	}
	if e.Kind() != reflect.Struct || e.Type().Name() != "objptr" || e.NumField() != 2 {
		return ref{}, false
	}
	id, gen := e.Field(0), e.Field(1)
	if id.Kind() != reflect.Uint32 || gen.Kind() != reflect.Uint16 {
		return ref{}, false
	}
	return ref{uint32(id.Uint()), uint16(gen.Uint())}, true
}
