package extract

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/gouji/gouji/extract/pdftext"
)

// Options bound the work done on one file.
type Options struct {
	// MaxStreamBytes caps the decoded size of any one PDF stream; a
	// decompression bomb is refused with ErrLimit. Zero means the default.
	MaxStreamBytes int64
	// Context, when set, stops reading between pages once it is done
	// (a per-file time limit); the read then fails with ErrTimeout.
	Context context.Context
	// MaxPages, when positive, reads only the first pages of a PDF (a
	// report's cover, for its identity); zero reads them all.
	MaxPages int
}

func (o Options) context() context.Context {
	if o.Context != nil {
		return o.Context
	}
	return context.Background()
}

// DefaultMaxStreamBytes is the stream cap when Options leaves it zero:
// far above any real page's content, far below what hurts the machine.
const DefaultMaxStreamBytes = pdftext.DefaultMaxStreamBytes

func (o Options) maxStream() int64 {
	if o.MaxStreamBytes > 0 {
		return o.MaxStreamBytes
	}
	return DefaultMaxStreamBytes
}

// Open reads the report at path.
func Open(path string, opts Options) (*Document, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &InputError{File: path, Class: ErrUnreadable, Detail: strings.TrimPrefix(err.Error(), "open "+path+": ")}
	}
	return Read(path, data, opts)
}

// Read reads a report from data; name is used in messages and as the
// document's source. The format is sniffed: a PDF header anywhere in the
// first kilobyte means PDF, a zip a Word document or an Excel workbook (by
// their parts, whatever the name), an OLE2 file an old Office format that
// is refused with a line saying what to do, valid UTF-8 text the plain-text
// format.
func Read(name string, data []byte, opts Options) (*Document, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &InputError{File: name, Class: ErrEmpty}
	}
	head := data[:min(len(data), 1024)]
	switch {
	case bytes.Contains(head, []byte("%PDF-")):
		return readPDF(name, data, opts)
	case bytes.HasPrefix(data, zipMagic):
		return readDraft(name, data)
	case bytes.HasPrefix(data, oleMagic):
		return nil, legacyError(name, data)
	}
	if strings.EqualFold(filepath.Ext(name), ".pdf") || !utf8.Valid(head[:validPrefix(head)]) || looksBinary(head) {
		detail := "no %PDF- header"
		if bytes.Contains(bytes.ToLower(head), []byte("<html")) || bytes.Contains(bytes.ToLower(head), []byte("<!doctype")) {
			detail = "an HTML page"
		}
		return nil, &InputError{File: name, Class: ErrNotPDF, Detail: detail}
	}
	return ReadText(name, bytes.NewReader(data))
}

// validPrefix trims a UTF-8 sequence cut at the end of head.
func validPrefix(b []byte) int {
	n := len(b)
	for i := 0; i < utf8.UTFMax && n > 0; i++ {
		if utf8.Valid(b[:n]) {
			return n
		}
		n--
	}
	return n
}

func looksBinary(b []byte) bool {
	for _, c := range b {
		if c == 0 || c < 0x09 {
			return true
		}
	}
	return false
}
