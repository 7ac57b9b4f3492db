package mutate

import (
	"fmt"
	"reflect"

	"github.com/gouji/gouji/extract/pdftext"
)

// Verify reads an edited PDF back and checks that the edit did what it
// says and nothing else: the edited page's text is the original's with
// the one number replaced (the occurrence the edit picks), and every other
// page paints exactly the same glyphs as before. It is the editor's own
// proof, independent of how it rewrote the codes.
func Verify(before, after []byte, e Edit) error {
	b, err := pdftext.Open(before, pdftext.Options{})
	if err != nil {
		return fmt.Errorf("original: %w", err)
	}
	a, err := pdftext.Open(after, pdftext.Options{})
	if err != nil {
		return fmt.Errorf("edited file does not open: %w", err)
	}
	if a.NumPages() != b.NumPages() {
		return fmt.Errorf("edited file has %d pages, the original %d", a.NumPages(), b.NumPages())
	}
	for n := 1; n <= b.NumPages(); n++ {
		pb, err := b.Page(n)
		if err != nil {
			return fmt.Errorf("original: %w", err)
		}
		pa, err := a.Page(n)
		if err != nil {
			return fmt.Errorf("edited file: %w", err)
		}
		if n != e.Page {
			if !reflect.DeepEqual(pb.Glyphs, pa.Glyphs) {
				return fmt.Errorf("page %d changed, but the edit is on page %d", n, e.Page)
			}
			continue
		}
		t, err := locate(pb.Glyphs, e)
		if err != nil {
			return fmt.Errorf("original: %w", err)
		}
		mb := pageText(pb.Glyphs)
		first := t.glyphs[0]
		at := 0
		for at < len(mb.glyph) && mb.glyph[at] != first {
			at++
		}
		want := mb.s[:at] + squeeze(e.New) + mb.s[at+len(t.old):]
		if got := pageText(pa.Glyphs).s; got != want {
			return fmt.Errorf("page %d reads %s, want %s", n, around(got, at), around(want, at))
		}
	}
	return nil
}

// around quotes some text on either side of byte offset at.
func around(s string, at int) string {
	lo, hi := max(0, at-30), min(len(s), at+40)
	for lo > 0 && s[lo]&0xC0 == 0x80 {
		lo--
	}
	for hi < len(s) && s[hi]&0xC0 == 0x80 {
		hi++
	}
	return fmt.Sprintf("%q", s[lo:hi])
}
