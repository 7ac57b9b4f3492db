package pdftext

import (
	"fmt"
	"io"

	"github.com/ledongthuc/pdf"
)

// readStream decodes stream v through the size cap. pdf.Value.Reader panics
// on unknown filters and bad predictor data and reports bad flate data only
// while reading, so everything runs under recover.
//
// The result distinguishes three cases: (data, nil) is the whole stream;
// (data, err) with data non-empty is a stream whose data ended early or
// failed its checksum, usable with a warning; (nil, err) is nothing usable:
// err wraps ErrLimit for a stream that decodes past MaxStreamBytes (a
// decompression bomb) and ErrDamaged otherwise.
func (d *Document) readStream(v pdf.Value) (data []byte, err error) {
	defer func() {
		if x := recover(); x != nil {
			data, err = nil, fmt.Errorf("%w: stream unreadable: %v", ErrDamaged, x)
		}
	}()
	if v.Kind() != pdf.Stream {
		return nil, fmt.Errorf("%w: not a stream", ErrDamaged)
	}
	limit := d.opts.maxStream()
	rc := v.Reader()
	defer rc.Close()
	// Content streams inflate about 3-5 times; start there to save most
	// regrowth, without trusting /Length for a large allocation. Only a
	// direct /Length is looked at: an indirect one costs an object read
	// (an object-stream inflation, in some files) that the library repeats
	// anyway.
	hint := int64(4096)
	if _, indirect := refOf(v, "Length"); !indirect {
		hint = v.Key("Length").Int64()*4 + 512
	}
	buf := make([]byte, 0, min(max(hint, 512), limit+1, 16<<20))
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		room := buf[len(buf):cap(buf)]
		if left := limit + 1 - int64(len(buf)); int64(len(room)) > left {
			room = room[:left]
		}
		n, e := rc.Read(room)
		buf = buf[:len(buf)+n]
		if int64(len(buf)) > limit {
			return nil, fmt.Errorf("%w: a stream decodes to more than %d bytes (MaxStreamBytes)", ErrLimit, limit)
		}
		if e == io.EOF {
			return buf, nil
		}
		if e != nil {
			if len(buf) == 0 {
				return nil, fmt.Errorf("%w: stream unreadable: %v", ErrDamaged, e)
			}
			return buf, fmt.Errorf("%w: stream data cut short after %d bytes: %v", ErrDamaged, len(buf), e)
		}
	}
}
