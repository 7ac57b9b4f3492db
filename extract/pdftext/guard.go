package pdftext

import (
	"bytes"
	"fmt"
	"reflect"

	"github.com/ledongthuc/pdf"
)

// Guards against the library's failure modes that recover cannot catch.
//
// Page and Open recover panics, but three things in the library's file
// reading are worse than a panic: it allocates its object table from sizes
// written in the file (/Size, xref subsection headers, /Index: a forged
// 10^12 is an out-of-memory crash, not a panic), it recurses without
// bound when an object stream is said to live in an object stream (a
// stack overflow, fatal), and it loops forever when object streams
// /Extends each other in a cycle. checkXref runs before the library sees
// the file, checkObjStreams after it has read the xref.

// maxObjects bounds the object numbers a file may use: every object takes
// at least a byte or two of the file, even compressed.
func maxObjects(size int) float64 { return float64(max(size, 1<<16)) }

// checkXref walks the cross-reference sections from startxref along /Prev
// and refuses sizes the library would allocate blindly. Anything it cannot
// parse is left to the library, which reports it as damage.
func checkXref(data []byte) error {
	bound := maxObjects(len(data))
	tail := data[max(0, len(data)-1024):]
	i := bytes.LastIndex(tail, []byte("startxref"))
	if i < 0 {
		return nil
	}
	l := newLexer(tail[i+len("startxref"):])
	t, o, _ := l.scan(0)
	if t != tOperand || o.kind != kNum {
		return nil
	}
	pos := int(o.num)
	seen := map[int]bool{}
	tooBig := func(what string, v float64) error {
		return fmt.Errorf("%w: %s %.0f too large for a %d-byte file", ErrDamaged, what, v, len(data))
	}
	for steps := 0; pos > 0 && pos < len(data) && !seen[pos] && steps < 10000; steps++ {
		seen[pos] = true
		l.reset(data[pos:])
		var dict operand
		t, _, op := l.scan(0)
		switch {
		case t == tOp && string(op) == "xref":
			for {
				t1, a, op1 := l.scan(0)
				if t1 == tOp && string(op1) == "trailer" {
					break
				}
				t2, b, _ := l.scan(0)
				if t1 != tOperand || t2 != tOperand || a.kind != kNum || b.kind != kNum {
					return nil
				}
				if a.num < 0 || b.num < 0 || a.num+b.num > bound {
					return tooBig("xref subsection end", a.num+b.num)
				}
				for k := 0; k < int(b.num)*3; k++ {
					if t, _, _ := l.scan(0); t == tEOF {
						return nil
					}
				}
			}
			t, d, _ := l.scan(0)
			if t != tOperand || d.kind != kDict {
				return nil
			}
			dict = d
		case t == tOperand:
			// "n g obj << /Type /XRef ... >> stream"
			l.reset(data[pos:])
			if op := l.nextOp(); string(op) != "obj" {
				return nil
			}
			if op := l.nextOp(); string(op) != "stream" || len(l.ops) == 0 || l.ops[len(l.ops)-1].kind != kDict {
				return nil
			}
			dict = l.ops[len(l.ops)-1]
			if w, ok := l.dictGet(dict, "W"); ok {
				for _, e := range l.elemsOf(w) {
					if e.kind != kNum || e.num < 0 || e.num > 8 {
						return fmt.Errorf("%w: xref stream field width %v", ErrDamaged, e.num)
					}
				}
			}
			if idx, ok := l.dictGet(dict, "Index"); ok {
				e := l.elemsOf(idx)
				for k := 0; k+1 < len(e); k += 2 {
					if e[k].num < 0 || e[k+1].num < 0 || e[k].num+e[k+1].num > bound {
						return tooBig("xref stream index end", e[k].num+e[k+1].num)
					}
				}
			}
		default:
			return nil
		}
		if s, ok := l.dictGet(dict, "Size"); ok && s.kind == kNum && (s.num < 0 || s.num > bound) {
			return tooBig("xref /Size", s.num)
		}
		pos = -1
		if p, ok := l.dictGet(dict, "Prev"); ok && p.kind == kNum {
			pos = int(p.num)
		}
	}
	return nil
}

// checkObjStreams refuses object streams that are themselves in object
// streams, and /Extends cycles. It reads the library's xref table through
// reflection (see refOf for why that is tolerable; if the layout is not the
// expected one it checks nothing) and the object streams' dictionaries
// from data with our own lexer, so that nothing here goes through the
// library's resolver it protects.
func checkObjStreams(r *pdf.Reader, data []byte) error {
	x := reflect.ValueOf(r).Elem().FieldByName("xref")
	if x.Kind() != reflect.Slice || x.Type().Elem().Kind() != reflect.Struct {
		return nil
	}
	et := x.Type().Elem()
	for _, f := range []string{"inStream", "stream", "offset"} {
		if _, ok := et.FieldByName(f); !ok {
			return nil
		}
	}
	inStream := func(id uint32) bool {
		return int(id) < x.Len() && x.Index(int(id)).FieldByName("inStream").Bool()
	}
	streams := map[uint32]bool{}
	for i := 0; i < x.Len(); i++ {
		e := x.Index(i)
		if !e.FieldByName("inStream").Bool() {
			continue
		}
		s, ok := ptrOf(e.FieldByName("stream"))
		if !ok {
			continue
		}
		if inStream(s.id) {
			return fmt.Errorf("%w: object stream %d is itself in an object stream", ErrDamaged, s.id)
		}
		streams[s.id] = true
	}
	// Follow each object stream's /Extends chain.
	l := newLexer(nil)
	extends := func(id uint32) (uint32, bool) {
		if int(id) >= x.Len() {
			return 0, false
		}
		off := x.Index(int(id)).FieldByName("offset").Int()
		if off <= 0 || off >= int64(len(data)) {
			return 0, false
		}
		l.reset(data[off:])
		if op := l.nextOp(); string(op) != "obj" {
			return 0, false
		}
		if op := l.nextOp(); string(op) != "stream" || len(l.ops) == 0 {
			return 0, false
		}
		e, ok := l.dictGet(l.ops[len(l.ops)-1], "Extends")
		if !ok || e.kind != kRef || e.num < 0 {
			return 0, false
		}
		return uint32(e.num), true
	}
	for id := range streams {
		seen := map[uint32]bool{id: true}
		for next, ok := extends(id); ok; next, ok = extends(next) {
			if seen[next] || inStream(next) {
				return fmt.Errorf("%w: object streams extend each other in a cycle", ErrDamaged)
			}
			seen[next] = true
		}
	}
	return nil
}
