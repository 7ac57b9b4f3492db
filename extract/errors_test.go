package extract

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"math/rand"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBadInputErrors(t *testing.T) {
	good, err := os.ReadFile("../corpus/real/putuo-wanli-2024-budget.pdf")
	require.NoError(t, err)
	rnd := rand.New(rand.NewSource(1))
	random := make([]byte, 4096)
	rnd.Read(random)
	for _, tc := range []struct {
		name string
		data []byte
		want error
	}{
		{"empty.pdf", nil, ErrEmpty},
		{"blank.txt", []byte("\n\n  \n"), ErrEmpty},
		{"random.pdf", random, ErrNotPDF},
		{"page.pdf", []byte("<!DOCTYPE html><html><body>404</body></html>"), ErrNotPDF},
		{"half.pdf", good[:len(good)/2], ErrTruncated},
		{"head.pdf", good[:2000], ErrTruncated},
		{"header-only.pdf", []byte("%PDF-1.7\n"), ErrTruncated},
		{"user-password.pdf", mustRead(t, "../corpus/broken/user-password.pdf"), ErrEncrypted},
		{"scan.pdf", imageOnlyPDF(), ErrNoText},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Read(tc.name, tc.data, Options{})
			assert.Nil(t, doc)
			assert.ErrorIs(t, err, tc.want)
			if err != nil {
				assert.Contains(t, err.Error(), tc.name, "the message names the file")
			}
		})
	}
}

func TestOwnerPasswordIsRead(t *testing.T) {
	doc, err := Open("../corpus/broken/owner-password.pdf", Options{})
	require.NoError(t, err)
	plain, err := Open("../corpus/real/putuo-wanli-2024-budget.pdf", Options{})
	require.NoError(t, err)
	assert.Equal(t, len(plain.Blocks), len(doc.Blocks))
	assert.Equal(t, plain.Blocks[0].Paragraph.Text, doc.Blocks[0].Paragraph.Text)
}

// Truncating a report anywhere must give an error or a document, never a
// panic.
func TestTruncatedAnywhere(t *testing.T) {
	good := mustRead(t, "../corpus/real/putuo-shgzb-2024-final.pdf")
	for i := 1; i < 40; i++ {
		n := len(good) * i / 40
		doc, err := Read("cut.pdf", good[:n], Options{})
		if err == nil {
			assert.NotNil(t, doc)
		}
	}
}

// imageOnlyPDF builds a one-page PDF that paints a gray image over the page
// and has no text: what a scanner produces.
func imageOnlyPDF() []byte {
	var img bytes.Buffer
	zw := zlib.NewWriter(&img)
	zw.Write(bytes.Repeat([]byte{0x80}, 64*64))
	zw.Close()
	content := "q 595 0 0 842 0 0 cm /Im0 Do Q"
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
		fmt.Sprintf("<< /Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream", img.Len(), img.String()),
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n")
	offs := make([]int, len(objs))
	for i, o := range objs {
		offs[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}
