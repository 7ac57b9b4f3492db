package extract

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"unicode"

	"github.com/gouji/gouji/extract/pdftext"
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
	doc := &Document{Source: name, Pages: make([]Page, n)}
	layouts := make([]*pageLayout, n)
	errs := make([]error, n)
	imageOnly := 0
	glyphCount := make([]int, n)
	var mu sync.Mutex
	work := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), n); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				l, count, img, err := readPage(pd, i+1)
				mu.Lock()
				layouts[i], glyphCount[i], errs[i] = l, count, err
				if img {
					imageOnly++
				}
				mu.Unlock()
			}
		}()
	}
	for i := 0; i < n; i++ {
		work <- i
	}
	close(work)
	wg.Wait()
	total := 0
	for i := 0; i < n; i++ {
		doc.Pages[i] = Page{Number: i + 1}
		if l := layouts[i]; l != nil {
			doc.Pages[i].Width, doc.Pages[i].Height = l.width, l.height
		}
		if err := errs[i]; err != nil {
			if errors.Is(err, pdftext.ErrLimit) && n == 1 {
				return nil, pdfError(name, err)
			}
			doc.Pages[i].Skipped = true
			doc.Pages[i].Error = err.Error()
			doc.Warnings = append(doc.Warnings, Warning{Page: i + 1, Message: "page skipped: " + err.Error()})
			continue
		}
		total += glyphCount[i]
	}
	skipped := 0
	for _, p := range doc.Pages {
		if p.Skipped {
			skipped++
		}
	}
	if skipped == n {
		return nil, pdfError(name, errs[0])
	}
	if total == 0 {
		detail := "no text on any page"
		if imageOnly > 0 {
			detail = fmt.Sprintf("%d of %d pages are images", imageOnly, n)
		}
		return nil, &InputError{File: name, Class: ErrNoText, Detail: detail}
	}
	assemble(doc, layouts)
	return doc, nil
}

// readPage interprets and lays out one page. It reports the number of
// glyphs with visible text and whether the page is covered by an image.
func readPage(pd *pdftext.Document, n int) (l *pageLayout, count int, image bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("layout failed: %v", r)
		}
	}()
	p, err := pd.Page(n)
	if err != nil {
		return nil, 0, false, err
	}
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
	return layoutPage(n, p.Width, p.Height, gs, rs), count, p.ImageArea > 0.5, nil
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
