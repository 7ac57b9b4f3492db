package extract

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"unicode"

	"github.com/gouji/gouji/extract/pdftext"
	"github.com/gouji/gouji/internal/batch"
)

// readPDF reads a PDF into a Document: each page interpreted into glyphs
// and rules (package pdftext), laid out into lines, paragraphs and tables,
// then the pages assembled. A page that fails is skipped with a warning;
// the rest of the document is still read.
func readPDF(name string, data []byte, opts Options) (*Document, error) {
	pd, err := pdftext.Open(data, pdftext.Options{MaxStreamBytes: opts.maxStream()})
	if err != nil {
		return nil, pdfError(name, err)
	}
	n := pd.NumPages()
	if n == 0 {
		return nil, &InputError{File: name, Class: ErrTruncated, Detail: "no pages"}
	}
	if opts.MaxPages > 0 && n > opts.MaxPages {
		n = opts.MaxPages
	}
	doc := &Document{Source: name, Pages: make([]Page, n)}
	ctx := opts.context()
	// Pages are read in parallel and assembled in page order as they
	// come, a short window at a time: memory follows the largest pages,
	// not the document.
	st := newPageStream(doc, n)
	var firstErr error
	total, skipped, imageOnly := 0, 0, 0
	batch.RunOrdered(n, runtime.GOMAXPROCS(0), func(i int) pageResult {
		if err := ctx.Err(); err != nil {
			return pageResult{err: err}
		}
		return readPage(pd, i+1)
	}, func(i int, r pageResult) {
		doc.Pages[i] = Page{Number: i + 1}
		if r.layout != nil {
			doc.Pages[i].Width, doc.Pages[i].Height = r.layout.width, r.layout.height
		}
		if r.image {
			imageOnly++
		}
		if r.err != nil {
			if firstErr == nil {
				firstErr = r.err
			}
			skipped++
			doc.Pages[i].Skipped = true
			doc.Pages[i].Error = pageDetail(r.err, i+1)
			doc.Warnings = append(doc.Warnings, Warning{Page: i + 1, Message: "skipped: " + doc.Pages[i].Error})
			st.push(nil)
			return
		}
		for _, w := range r.warnings {
			doc.Warnings = append(doc.Warnings, Warning{Page: i + 1, Message: w})
		}
		total += r.count
		st.push(r.layout)
	})
	if err := ctx.Err(); err != nil {
		return nil, &InputError{File: name, Class: ErrTimeout, Detail: err.Error()}
	}
	if skipped == n || errors.Is(firstErr, pdftext.ErrLimit) && n == 1 {
		return nil, pdfError(name, firstErr)
	}
	if total == 0 {
		detail := "no text on any page"
		if imageOnly > 0 {
			detail = fmt.Sprintf("%d of %d pages are images", imageOnly, n)
		}
		return nil, &InputError{File: name, Class: ErrNoText, Detail: detail}
	}
	st.finish()
	return doc, nil
}

// pageResult is one page read and laid out: the layout, the number of
// glyphs with visible text, whether an image covers the page, or the error
// that made it unreadable.
type pageResult struct {
	layout   *pageLayout
	count    int
	image    bool
	err      error
	warnings []string
}

// readPage interprets and lays out one page. It reports the number of
// glyphs with visible text and whether the page is covered by an image.
func readPage(pd *pdftext.Document, n int) (res pageResult) {
	defer func() {
		if r := recover(); r != nil {
			res = pageResult{err: fmt.Errorf("page %d: layout failed: %v", n, r)}
		}
	}()
	p, err := pd.Page(n)
	if err != nil {
		return pageResult{err: err}
	}
	count := 0
	gs := make([]glyph, 0, len(p.Glyphs))
	for _, g := range p.Glyphs {
		if strings.TrimFunc(g.Text, unicode.IsSpace) != "" {
			count++
		}
		gs = append(gs, glyph{text: g.Text, x0: g.X0, x1: g.X1, y0: g.Y0, y1: g.Y1, base: g.Baseline, size: g.Size, bold: g.Bold})
	}
	rs := make([]rule, 0, len(p.Rules))
	for _, r := range p.Rules {
		rs = append(rs, rule{r.X0, r.Y0, r.X1, r.Y1})
	}
	return pageResult{layout: layoutPage(n, p.Width, p.Height, gs, rs), count: count, image: p.ImageArea > 0.5, warnings: p.Warnings}
}

// pageDetail is a page error's text without the page number and the
// error class the warning's page field and wording already give.
func pageDetail(err error, page int) string {
	msg := strings.TrimPrefix(err.Error(), fmt.Sprintf("page %d: ", page))
	return strings.TrimPrefix(msg, pdftext.ErrDamaged.Error()+": ")
}

// pdfError maps pdftext's errors to the extract error classes.
func pdfError(name string, err error) error {
	var class error
	switch {
	case errors.Is(err, pdftext.ErrEncrypted):
		class = ErrEncrypted
	case errors.Is(err, pdftext.ErrLimit):
		class = ErrLimit
	default:
		class = ErrTruncated
	}
	detail := err.Error()
	for _, sentinel := range []error{pdftext.ErrEncrypted, pdftext.ErrLimit, pdftext.ErrDamaged} {
		detail = strings.TrimPrefix(detail, sentinel.Error()+": ")
	}
	return &InputError{File: name, Class: class, Detail: detail}
}
