package pdftext

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEncrypted: files with an owner password only are read, whatever the
// encryption (the library does RC4-128 and AES-128; RC4-40 and AES-256 R5
// and R6 go through decryptCopy); files that need a user password are
// refused with ErrEncrypted. Fixtures: testdata/encrypted/README.
func TestEncrypted(t *testing.T) {
	files, err := filepath.Glob("testdata/encrypted/*.pdf")
	require.NoError(t, err)
	require.Len(t, files, 12)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			require.NoError(t, err)
			d, err := Open(data, Options{})
			if strings.HasPrefix(filepath.Base(f), "user-") {
				require.ErrorIs(t, err, ErrEncrypted)
				assert.Contains(t, err.Error(), "user password required")
				return
			}
			require.NoError(t, err)
			p, err := d.Page(1)
			require.NoError(t, err)
			assert.Equal(t, "一二三12 34", pageText(p))
			assert.Len(t, p.Rules, 1)
			assert.Empty(t, p.Warnings)
		})
	}
}

func TestUnsupportedEncryption(t *testing.T) {
	b := &pdfBuilder{}
	cat := b.reserve()
	pages := b.add("<< /Type /Pages /Kids [] /Count 0 >>")
	b.set(cat, fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pages))
	enc := b.add("<< /Filter /Adobe.PubSec /V 4 /R 4 /Length 128 >>")
	b.trailer = fmt.Sprintf("/Encrypt %d 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]", enc)
	_, err := Open(b.bytes(cat), Options{})
	require.ErrorIs(t, err, ErrEncrypted)
	assert.Contains(t, err.Error(), "unsupported encryption")
}

// damaged returns err's class for the test table.
func openErr(data []byte) error {
	_, err := Open(data, Options{})
	return err
}

func TestNotPDF(t *testing.T) {
	rnd := rand.New(rand.NewSource(1))
	random := make([]byte, 10000)
	rnd.Read(random)
	for name, data := range map[string][]byte{
		"empty":           nil,
		"random":          random,
		"header + random": append([]byte("%PDF-1.7\n"), random...),
		"html":            []byte("<!DOCTYPE html><html><body>Not found</body></html>"),
		"header only":     []byte("%PDF-1.4\n%%EOF\n"),
		"no pages":        []byte("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\nstartxref\n0\n%%EOF\n"),
	} {
		t.Run(name, func(t *testing.T) {
			err := openErr(data)
			require.ErrorIs(t, err, ErrDamaged)
			assert.NotErrorIs(t, err, ErrEncrypted)
		})
	}
}

func TestTruncated(t *testing.T) {
	for _, f := range corpusFiles {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		for _, n := range []int{len(data) / 2, len(data) / 3, 1000} {
			err := openErr(data[:n])
			assert.ErrorIs(t, err, ErrDamaged, "%s cut at %d", f, n)
		}
		// Cut inside the last few bytes: an error, or (for a file whose
		// last section is a small update) the previous section's view.
		if d, err := Open(data[:len(data)-20], Options{}); err == nil {
			for n := 1; n <= d.NumPages(); n++ {
				_, err := d.Page(n)
				assert.NoError(t, err)
			}
		} else {
			assert.ErrorIs(t, err, ErrDamaged)
		}
	}
}

// TestDamagedXref: a startxref pointing nowhere, xref offsets pointing at
// the wrong objects.
func TestDamagedXref(t *testing.T) {
	good := simpleDoc(docOpts{}, `BT /F2 10 Tf 100 700 Td <0001> Tj ET`)

	badStart := bytes.Replace(good, []byte("startxref\n"), []byte("startxref\n9"), 1)
	assert.ErrorIs(t, openErr(badStart), ErrDamaged)

	// Shift every xref offset by 7 bytes.
	i := bytes.Index(good, []byte("xref\n"))
	shifted := append([]byte(nil), good[:i]...)
	for _, line := range strings.SplitAfter(string(good[i:]), "\n") {
		var off, gen int
		var kind string
		if n, _ := fmt.Sscanf(line, "%010d %05d %s", &off, &gen, &kind); n == 3 && kind == "n" {
			line = fmt.Sprintf("%010d %05d n \n", off+7, gen)
		}
		shifted = append(shifted, line...)
	}
	assert.ErrorIs(t, openErr(shifted), ErrDamaged)
}

// TestTolerated: defects that readers commonly accept.
func TestTolerated(t *testing.T) {
	good := simpleDoc(docOpts{}, `BT /F2 10 Tf 100 700 Td <0001> Tj ET`)
	cases := map[string][]byte{
		"trailing junk":   append(append([]byte(nil), good...), "\r\n\x00\x00junk after the end\n"...),
		"PDF 2.0 header":  bytes.Replace(good, []byte("%PDF-1.7"), []byte("%PDF-2.0"), 1),
		"junk before":     append([]byte("From: someone\r\nContent-Type: application/pdf\r\n\r\n"), good...),
		"comment on line": bytes.Replace(good, []byte("%PDF-1.7\n"), []byte("%PDF-1.7 \n"), 1),
	}
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			d, err := Open(data, Options{})
			require.NoError(t, err)
			p, err := d.Page(1)
			require.NoError(t, err)
			assert.Equal(t, "一", pageText(p))
		})
	}
}

// TestBadContentStream: a content stream that cannot be decoded is an
// error for its page only.
func TestBadContentStream(t *testing.T) {
	b := &pdfBuilder{}
	cat, pages := b.reserve(), b.reserve()
	res := b.add("<< /Font << " + testFonts(b) + " >> >>")
	good := b.add(stream("", []byte("BT /F2 10 Tf 100 700 Td <0001> Tj ET")))
	badFlate := b.add(stream("/Filter /FlateDecode", []byte("this is not zlib data")))
	cut, flushed := deflateFlushed([]byte("BT /F2 10 Tf 100 700 Td <0001> Tj ET\n"), []byte(strings.Repeat("BT /F2 10 Tf 100 700 Td <0002> Tj ET\n", 200)))
	truncated := b.add(stream("/Filter /FlateDecode", cut[:flushed+10]))
	lzw := b.add(stream("/Filter /LZWDecode", []byte("\x80\x0b\x60\x50\x22\x0c\x0c\x85\x01")))
	var kids []string
	for _, c := range []int{good, badFlate, truncated, lzw, good} {
		kids = append(kids, fmt.Sprintf("%d 0 R", b.add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 600 800] /Resources %d 0 R /Contents %d 0 R >>", pages, res, c))))
	}
	b.set(cat, fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pages))
	b.set(pages, fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count 5 >>", strings.Join(kids, " ")))
	d, err := Open(b.bytes(cat), Options{})
	require.NoError(t, err)
	require.Equal(t, 5, d.NumPages())

	p, err := d.Page(1)
	require.NoError(t, err)
	assert.Equal(t, "一", pageText(p))

	_, err = d.Page(2)
	require.ErrorIs(t, err, ErrDamaged)
	assert.Contains(t, err.Error(), "page 2")

	// A stream cut short keeps what was decoded, with a warning.
	p, err = d.Page(3)
	require.NoError(t, err)
	assert.NotEmpty(t, p.Glyphs)
	require.Len(t, p.Warnings, 1)
	assert.Contains(t, p.Warnings[0], "cut short")

	_, err = d.Page(4)
	require.ErrorIs(t, err, ErrDamaged)
	assert.Contains(t, err.Error(), "LZWDecode")

	p, err = d.Page(5)
	require.NoError(t, err)
	assert.Equal(t, "一", pageText(p))

	_, err = d.Page(6)
	assert.Error(t, err)
	_, err = d.Page(0)
	assert.Error(t, err)
}

// TestBomb: a small stream that inflates past MaxStreamBytes is refused
// with ErrLimit, whether it is the page content, a Form XObject or a font's
// CMap; other pages are unaffected.
func TestBomb(t *testing.T) {
	const limit = 1 << 20
	zeros := deflate(bytes.Repeat([]byte(" "), 4*limit)) // 4 MiB of spaces in ~4 KiB
	require.Less(t, len(zeros), 8<<10)

	b := &pdfBuilder{}
	cat, pages := b.reserve(), b.reserve()
	fonts := testFonts(b)
	bombCMap := b.add(stream("/Filter /FlateDecode", zeros))
	cid := b.add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Bomb /DW 1000 >>")
	bombFont := b.add(fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /Bomb /Encoding /Identity-H /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>", cid, bombCMap))
	form := b.add(stream("/Subtype /Form /BBox [0 0 1 1] /Filter /FlateDecode", zeros))
	res := b.add(fmt.Sprintf("<< /Font << %s /FB %d 0 R >> /XObject << /Fm %d 0 R >> >>", fonts, bombFont, form))
	contents := []int{
		b.add(stream("/Filter /FlateDecode", zeros)),
		b.add(stream("", []byte("/Fm Do"))),
		b.add(stream("", []byte("BT /FB 10 Tf <0001> Tj ET"))),
		b.add(stream("", []byte("BT /F2 10 Tf 100 700 Td <0001> Tj ET"))),
	}
	var kids []string
	for _, c := range contents {
		kids = append(kids, fmt.Sprintf("%d 0 R", b.add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 600 800] /Resources %d 0 R /Contents %d 0 R >>", pages, res, c))))
	}
	b.set(cat, fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pages))
	b.set(pages, fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), len(kids)))
	data := b.bytes(cat)

	d, err := Open(data, Options{MaxStreamBytes: limit})
	require.NoError(t, err)
	for n := 1; n <= 3; n++ {
		_, err := d.Page(n)
		require.ErrorIs(t, err, ErrLimit, "page %d", n)
		assert.Contains(t, err.Error(), "more than 1048576 bytes")
	}
	p, err := d.Page(4)
	require.NoError(t, err)
	assert.Equal(t, "一", pageText(p))

	// Under the default cap the same streams are fine (4 MiB of spaces).
	d, err = Open(data, Options{})
	require.NoError(t, err)
	for n := 1; n <= 4; n++ {
		_, err := d.Page(n)
		require.NoError(t, err, "page %d", n)
	}
}

// TestOpBudget: forms that draw each other exponentially many times stop
// at the operator budget instead of running for hours.
func TestOpBudget(t *testing.T) {
	b := &pdfBuilder{}
	cat, pages := b.reserve(), b.reserve()
	prev := b.add(stream("/Subtype /Form /BBox [0 0 1 1]", []byte(strings.Repeat("q Q ", 10))))
	for i := 0; i < 12; i++ { // 20^12 operators if nothing stopped it
		prev = b.add(stream(fmt.Sprintf("/Subtype /Form /BBox [0 0 1 1] /Resources << /XObject << /A %d 0 R >> >>", prev), []byte(strings.Repeat("/A Do ", 20))))
	}
	res := b.add(fmt.Sprintf("<< /XObject << /A %d 0 R >> >>", prev))
	content := b.add(stream("", []byte("/A Do")))
	page := b.add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 600 800] /Resources %d 0 R /Contents %d 0 R >>", pages, res, content))
	b.set(cat, fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pages))
	b.set(pages, fmt.Sprintf("<< /Type /Pages /Kids [%d 0 R] /Count 1 >>", page))
	d, err := Open(b.bytes(cat), Options{})
	require.NoError(t, err)
	done := make(chan error, 1)
	go func() {
		_, err := d.Page(1)
		done <- err
	}()
	select {
	case err := <-done:
		assert.ErrorIs(t, err, ErrLimit)
	case <-time.After(2 * time.Minute):
		t.Fatal("no result: the budget does not stop the page")
	}
}

// TestPageTreeCycle: a page tree whose Kids point back up terminates.
func TestPageTreeCycle(t *testing.T) {
	b := &pdfBuilder{}
	cat, pages, mid := b.reserve(), b.reserve(), b.reserve()
	res := b.add("<< /Font << " + testFonts(b) + " >> >>")
	content := b.add(stream("", []byte("BT /F2 10 Tf 100 700 Td <0001> Tj ET")))
	page := b.add(fmt.Sprintf("<< /Type /Page /Parent %d 0 R /Resources %d 0 R /Contents %d 0 R >>", mid, res, content))
	b.set(mid, fmt.Sprintf("<< /Type /Pages /Parent %d 0 R /Kids [%d 0 R %d 0 R %d 0 R] /Count 1 >>", pages, page, pages, mid))
	b.set(pages, fmt.Sprintf("<< /Type /Pages /Kids [%d 0 R %d 0 R] /Count 1 /MediaBox [0 0 600 800] >>", mid, pages))
	b.set(cat, fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pages))
	d, err := Open(b.bytes(cat), Options{})
	require.NoError(t, err)
	require.Equal(t, 1, d.NumPages())
	p, err := d.Page(1)
	require.NoError(t, err)
	assert.Equal(t, "一", pageText(p))
	assert.Equal(t, 600.0, p.Width, "MediaBox inherited from the root")
}

// TestPanicBecomesError: a panic inside page interpretation is an error
// naming the page, never a crash.
func TestPanicBecomesError(t *testing.T) {
	d, err := Open(simpleDoc(docOpts{}, "BT /F2 10 Tf <0001> Tj ET"), Options{})
	require.NoError(t, err)
	d.fonts = nil // sabotage: loading the font now writes to a nil map
	_, err = d.Page(1)
	require.Error(t, err)
	assert.True(t, errors.Is(err, ErrDamaged))
	assert.Contains(t, err.Error(), "page 1")
}

// deflateFlushed compresses a then b with a flush between them, so that a
// decoder can deliver a even when the data is cut after the flush point
// (returned).
func deflateFlushed(a, b []byte) ([]byte, int) {
	var buf bytes.Buffer
	w := zlib.NewWriter(&buf)
	w.Write(a)
	w.Flush()
	n := buf.Len()
	w.Write(b)
	w.Close()
	return buf.Bytes(), n
}

// TestOutputCaps: a page that paints millions of glyphs or rules is
// refused before its output eats the memory.
func TestOutputCaps(t *testing.T) {
	for name, content := range map[string]string{
		"glyphs": "BT /F2 1 Tf 0 Tz 100 700 Td [" + strings.Repeat("<"+strings.Repeat("0001", 4096)+">", 200) + "] TJ ET",
		"rules":  strings.Repeat("1 1 m 100 1 l ", 300000) + "S",
	} {
		t.Run(name, func(t *testing.T) {
			d, err := Open(simpleDoc(docOpts{}, content), Options{})
			require.NoError(t, err)
			_, err = d.Page(1)
			require.ErrorIs(t, err, ErrLimit)
		})
	}
}
