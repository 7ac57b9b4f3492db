package extract

import (
	"math/rand"
	"os"
	"testing"

	"github.com/gouji/gouji/internal/pdfgen"
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
		{"scan.pdf", pdfgen.ImageOnly(), ErrNoText},
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

// An error's detail does not repeat its class: the parts that only say it
// again are left out, and a detail with at most one new word is dropped.
func TestLimitMessage(t *testing.T) {
	for _, c := range []struct {
		class  error
		detail string
		want   string
	}{
		{ErrLimit, "page 1: resource limit exceeded: a stream decodes to more than 5 bytes", "resource limit exceeded (page 1: a stream decodes to more than 5 bytes)"},
		{ErrEncrypted, "user password required", "encrypted: password required"},
		{ErrTruncated, "truncated: no end-of-file marker", "truncated or damaged PDF (no end-of-file marker)"},
		{ErrTimeout, "1m0s", "time limit exceeded (1m0s)"},
		{ErrTruncated, "no pages", "truncated or damaged PDF (no pages)"},
	} {
		assert.Equal(t, c.want, (&InputError{Class: c.class, Detail: c.detail}).Error())
	}
}
