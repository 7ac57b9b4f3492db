// Package ooxml holds what the Word and Excel readers share: opening an
// Office Open XML package (a zip) within limits, reading its XML parts
// with a bounded depth, and the neutral blocks (paragraphs and grids of
// cells) both readers produce for package extract to assemble into a
// Document.
package ooxml

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
)

// Limits bound what one package may cost to read: a zip bomb or a part
// nested without end is refused with ErrLimit, never read into memory.
type Limits struct {
	// MaxPartBytes caps the uncompressed size of any one part.
	MaxPartBytes int64
	// MaxTotalBytes caps the uncompressed size of all parts read.
	MaxTotalBytes int64
	// MaxDepth caps the nesting of XML elements.
	MaxDepth int
	// MaxParts caps the number of entries in the zip.
	MaxParts int
}

// DefaultLimits are far above any real draft (a 300-page report's
// document.xml is a few megabytes) and far below what hurts the machine.
var DefaultLimits = Limits{MaxPartBytes: 64 << 20, MaxTotalBytes: 256 << 20, MaxDepth: 256, MaxParts: 10000}

// Errors the readers return; package extract maps them to its classes.
var (
	// ErrLimit: a part or the package exceeds Limits.
	ErrLimit = errors.New("resource limit exceeded")
	// ErrDamaged: not a zip, a part missing or not well-formed XML.
	ErrDamaged = errors.New("damaged package")
)

// Package is an opened zip package.
type Package struct {
	zr     *zip.Reader
	files  map[string]*zip.File
	limits Limits
	read   int64
}

// Open opens data as a zip package within limits.
func Open(data []byte, limits Limits) (*Package, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrDamaged, err)
	}
	if len(zr.File) > limits.MaxParts {
		return nil, fmt.Errorf("%w: %d parts in the package", ErrLimit, len(zr.File))
	}
	p := &Package{zr: zr, files: map[string]*zip.File{}, limits: limits}
	for _, f := range zr.File {
		p.files[strings.TrimPrefix(path.Clean("/"+f.Name), "/")] = f
	}
	return p, nil
}

// Has reports whether the package holds the part name ("word/document.xml").
func (p *Package) Has(name string) bool {
	_, ok := p.files[name]
	return ok
}

// Read returns the uncompressed bytes of part name, refusing more than the
// limits allow whatever the zip header claims.
func (p *Package) Read(name string) ([]byte, error) {
	f, ok := p.files[name]
	if !ok {
		return nil, fmt.Errorf("%w: no part %s", ErrDamaged, name)
	}
	budget := min(p.limits.MaxPartBytes, p.limits.MaxTotalBytes-p.read)
	if f.UncompressedSize64 > uint64(budget) {
		return nil, fmt.Errorf("%w: part %s is larger than %d bytes uncompressed", ErrLimit, name, budget)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrDamaged, name, err)
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, budget+1))
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrDamaged, name, err)
	}
	if int64(len(data)) > budget {
		return nil, fmt.Errorf("%w: part %s is larger than %d bytes uncompressed", ErrLimit, name, budget)
	}
	p.read += int64(len(data))
	return data, nil
}

// Block is one paragraph or one table of a draft; exactly one is set.
type Block struct {
	Para  *Para
	Table *Grid
}

// Para is one paragraph as printed: list number included, deleted text
// left out.
type Para struct {
	Text string
	// N is the paragraph's 1-based number in the document body (paragraphs
	// in tables and text boxes counted too), 0 when the source has none.
	N int
}

// Grid is a table: a Word table, or the cells of a worksheet between
// empty rows.
type Grid struct {
	Rows, Cols int
	Cells      []Cell
	// Sheet is the worksheet's name ("" for a Word table).
	Sheet string
}

// Cell is one cell of a grid; a merged cell spans several positions.
type Cell struct {
	Row, Col, RowSpan, ColSpan int
	Text                       string
	// Para is the number of the cell's first paragraph in a Word document.
	Para int
	// Ref is the cell's reference in a worksheet ("C17").
	Ref string
}

// CheckSizes refuses a package whose parts, as their headers declare them,
// exceed the limits (archive/zip refuses a part longer than it declares).
func (p *Package) CheckSizes() error {
	var total uint64
	for _, f := range p.zr.File {
		if f.UncompressedSize64 > uint64(p.limits.MaxPartBytes) {
			return fmt.Errorf("%w: part %s is %d bytes uncompressed", ErrLimit, f.Name, f.UncompressedSize64)
		}
		total += f.UncompressedSize64
		if total > uint64(p.limits.MaxTotalBytes) {
			return fmt.Errorf("%w: the package is more than %d bytes uncompressed", ErrLimit, p.limits.MaxTotalBytes)
		}
	}
	return nil
}
