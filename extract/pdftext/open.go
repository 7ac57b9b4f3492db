package pdftext

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"sync"

	"github.com/ledongthuc/pdf"
)

// Document is an open PDF.
//
// Page may be called concurrently for different pages (or the same page):
// the file structure is read-only after Open, and the per-document font
// cache is guarded by a mutex, each font loaded exactly once.
type Document struct {
	r     *pdf.Reader
	opts  Options
	pages []pageInfo
	// decrypted is set when the file was decrypted into a copy
	// (decryptCopy), whose trailer no longer says so.
	decrypted bool

	mu    sync.Mutex
	fonts map[ref]*fontEntry
	descs map[ref]descriptor
}

type fontEntry struct {
	once sync.Once
	f    *font
}

// pageInfo is a page dictionary with its inherited attributes resolved.
type pageInfo struct {
	v      pdf.Value
	res    pdf.Value
	media  [4]float64
	crop   [4]float64
	hasCr  bool
	rotate int
	// ref is the page object's reference (refOK false when the page
	// dictionary was written inline), for writing an update (update.go).
	ref   ref
	refOK bool
}

// Open reads the file structure of a PDF held in data. It returns an error
// wrapping ErrDamaged for input that is not a readable PDF, ErrEncrypted for
// one that needs a user password or uses an encryption we cannot decrypt.
// Files encrypted with an owner password only (empty user password) are
// read.
func Open(data []byte, opts Options) (doc *Document, err error) {
	defer func() {
		if x := recover(); x != nil {
			doc, err = nil, fmt.Errorf("%w: %v", ErrDamaged, x)
		}
	}()
	start := bytes.Index(data[:min(len(data), 1024)], []byte("%PDF-"))
	if start < 0 {
		return nil, fmt.Errorf("%w: no %%PDF- header", ErrDamaged)
	}
	end := bytes.LastIndex(data, []byte("%%EOF"))
	if end < 0 {
		return nil, fmt.Errorf("%w: truncated: no end-of-file marker", ErrDamaged)
	}
	// A little trailing junk after %%EOF (padding, a stray line) is common
	// and would hide the marker from the library, which looks at the last
	// 100 bytes only; a lot of it means the real end was cut off and an
	// earlier %%EOF (incremental update, linearization) is what we found.
	if tail := bytes.Trim(data[end+5:], " \t\r\n\f\x00"); len(tail) > 1024 {
		return nil, fmt.Errorf("%w: truncated: %d bytes after the last end-of-file marker", ErrDamaged, len(tail))
	}
	data = data[:end+5]
	if err := checkXref(data); err != nil {
		return nil, err
	}
	r, err := pdf.NewReaderEncrypted(headerFix{data}, int64(len(data)), noPassword)
	copied := false
	if err != nil && start > 0 {
		// Junk before the header (a mail or HTTP preamble): offsets count
		// from the file's start in some files, from the header in others.
		if r2, err2 := pdf.NewReaderEncrypted(headerFix{data[start:]}, int64(len(data)-start), noPassword); err2 == nil {
			r, err, data = r2, nil, data[start:]
		}
	}
	switch {
	case err != nil && errors.Is(err, pdf.ErrInvalidPassword):
		return nil, errUserPassword
	case err != nil && strings.Contains(err.Error(), "encrypt"):
		// An encryption the library does not implement (AES-256).
		copied = true
		r, err = decryptCopy(data)
		if err != nil {
			return nil, err
		}
	case err != nil:
		return nil, fmt.Errorf("%w: %s", ErrDamaged, trimLib(err.Error()))
	case ownCryptoNeeded(r):
		// 40-bit RC4, which the library decrypts wrongly.
		copied = true
		r, err = decryptCopy(data)
		if err != nil {
			return nil, err
		}
	}
	if err := checkObjStreams(r, data); err != nil {
		return nil, err
	}
	d := &Document{r: r, opts: opts, fonts: map[ref]*fontEntry{}, descs: map[ref]descriptor{}, decrypted: copied}
	if err := d.walkPages(); err != nil {
		return nil, err
	}
	if len(d.pages) == 0 {
		return nil, fmt.Errorf("%w: no pages", ErrDamaged)
	}
	return d, nil
}

// noPassword is the password callback: only the empty user password is
// tried, which opens files protected by an owner password alone.
func noPassword() string { return "" }

// headerFix presents the file with a header the library accepts: it wants
// exactly "%PDF-1.[0-7]" and an end of line, which rejects PDF 2.0 files and
// headers followed by a comment on the same line.
type headerFix struct{ data []byte }

var fixedHeader = []byte("%PDF-1.7\n")

func (h headerFix) ReadAt(p []byte, off int64) (int, error) {
	if off >= int64(len(h.data)) {
		return 0, io.EOF
	}
	n := copy(p, h.data[off:])
	for i := 0; i < n; i++ {
		if o := off + int64(i); o < int64(len(fixedHeader)) {
			p[i] = fixedHeader[o]
		}
	}
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

func trimLib(msg string) string {
	msg = strings.TrimPrefix(msg, "malformed PDF: ")
	msg = strings.TrimPrefix(msg, "unsupported PDF: ")
	if len(msg) > 200 {
		msg = msg[:200] + "..."
	}
	return msg
}

// walkPages lists the leaves of the page tree in order, with inherited
// attributes, guarding against cycles (visited set) and depth.
func (d *Document) walkPages() error {
	root := d.r.Trailer().Key("Root")
	if root.Kind() != pdf.Dict {
		return fmt.Errorf("%w: no document catalog", ErrDamaged)
	}
	pages := root.Key("Pages")
	if pages.Kind() != pdf.Dict {
		return fmt.Errorf("%w: no page tree", ErrDamaged)
	}
	seen := map[ref]bool{}
	if r, ok := refOf(root, "Pages"); ok {
		seen[r] = true
	}
	var inh pageInfo
	inh.media = [4]float64{0, 0, 612, 792} // US Letter: the spec's default
	const maxPages = 1 << 20
	var walk func(node pdf.Value, inh pageInfo, depth int) error
	walk = func(node pdf.Value, inh pageInfo, depth int) error {
		if depth > d.opts.maxDepth() {
			return fmt.Errorf("%w: page tree deeper than %d", ErrDamaged, d.opts.maxDepth())
		}
		if res := node.Key("Resources"); res.Kind() == pdf.Dict {
			inh.res = res
		}
		if b, ok := readBox(node.Key("MediaBox")); ok {
			inh.media = b
		}
		if b, ok := readBox(node.Key("CropBox")); ok {
			inh.crop, inh.hasCr = b, true
		}
		if rot := node.Key("Rotate"); rot.Kind() == pdf.Integer || rot.Kind() == pdf.Real {
			inh.rotate = normRotate(rot.Float64())
		}
		kids := node.Key("Kids")
		if node.Key("Type").Name() == "Page" || kids.Kind() != pdf.Array {
			if len(d.pages) >= maxPages {
				return fmt.Errorf("%w: more than %d pages", ErrLimit, maxPages)
			}
			inh.v = node
			d.pages = append(d.pages, inh)
			return nil
		}
		for i := 0; i < kids.Len(); i++ {
			if r, ok := refAt(kids, i); ok {
				if seen[r] {
					continue // a cycle, or a page listed twice
				}
				seen[r] = true
			}
			kid := kids.Index(i)
			if kid.Kind() != pdf.Dict {
				continue
			}
			inh.ref, inh.refOK = refAt(kids, i)
			if err := walk(kid, inh, depth+1); err != nil {
				return err
			}
		}
		return nil
	}
	return walk(pages, inh, 0)
}

func readBox(v pdf.Value) ([4]float64, bool) {
	var b [4]float64
	if v.Kind() != pdf.Array || v.Len() != 4 {
		return b, false
	}
	for i := range b {
		x := v.Index(i)
		if x.Kind() != pdf.Integer && x.Kind() != pdf.Real {
			return b, false
		}
		b[i] = x.Float64()
		if math.IsNaN(b[i]) || math.Abs(b[i]) > 1e7 {
			return b, false
		}
	}
	if b[0] > b[2] {
		b[0], b[2] = b[2], b[0]
	}
	if b[1] > b[3] {
		b[1], b[3] = b[3], b[1]
	}
	if b[2]-b[0] < 1 || b[3]-b[1] < 1 {
		return b, false
	}
	return b, true
}

// normRotate maps a /Rotate value to 0, 90, 180 or 270 (it should be a
// multiple of 90; other values are rounded).
func normRotate(r float64) int {
	if math.IsNaN(r) || math.Abs(r) > 1e6 {
		return 0
	}
	q := int(math.Round(r/90)) % 4
	if q < 0 {
		q += 4
	}
	return q * 90
}

// NumPages returns the number of pages (leaves of the page tree; /Count is
// not trusted).
func (d *Document) NumPages() int { return len(d.pages) }

// Page interprets page n (1-based). It never panics: a panic inside, from
// the library or from us, becomes an error naming the page; problems that
// leave the page usable are Page.Warnings.
func (d *Document) Page(n int) (p *Page, err error) {
	if n < 1 || n > len(d.pages) {
		return nil, fmt.Errorf("page %d: no such page (document has %d)", n, len(d.pages))
	}
	defer func() {
		if x := recover(); x != nil {
			p, err = nil, fmt.Errorf("page %d: %w: %v", n, ErrDamaged, x)
		}
	}()
	p, err = d.page(n)
	if err != nil {
		return nil, fmt.Errorf("page %d: %w", n, err)
	}
	return p, nil
}

// visible returns the visible box of a page: CropBox clipped to MediaBox,
// else MediaBox.
func (pi *pageInfo) visible() [4]float64 {
	b := pi.media
	if pi.hasCr {
		c := pi.crop
		x0, y0 := max(b[0], c[0]), max(b[1], c[1])
		x1, y1 := min(b[2], c[2]), min(b[3], c[3])
		if x1-x0 >= 1 && y1-y0 >= 1 {
			b = [4]float64{x0, y0, x1, y1}
		}
	}
	return b
}

// pageMatrix maps default user space to page space (top-left origin, Y
// down, /Rotate applied: the page as displayed).
func pageMatrix(b [4]float64, rotate int) (m matrix, w, h float64) {
	llx, lly, urx, ury := b[0], b[1], b[2], b[3]
	w, h = urx-llx, ury-lly
	switch rotate {
	case 90:
		return matrix{0, 1, 1, 0, -lly, -llx}, h, w
	case 180:
		return matrix{-1, 0, 0, 1, urx, -lly}, w, h
	case 270:
		return matrix{0, -1, -1, 0, ury, urx}, h, w
	}
	return matrix{1, 0, 0, -1, -llx, ury}, w, h
}

// font returns the font for dictionary entry key of fontDict, loading it
// once per document when it is an indirect object.
func (d *Document) font(fontDict pdf.Value, key string) *font {
	r, ok := refOf(fontDict, key)
	if !ok {
		v := fontDict.Key(key)
		if v.Kind() != pdf.Dict {
			return nil
		}
		return d.loadFont(v)
	}
	e := d.fontEntry(r)
	e.once.Do(func() {
		v := fontDict.Key(key)
		if v.Kind() != pdf.Dict {
			return
		}
		e.f = d.loadFont(v)
	})
	return e.f
}
