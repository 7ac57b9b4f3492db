package main

import (
	"encoding/json"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/internal/pdfgen"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// brokenCase is one hostile input and the error class it must give (nil:
// it must be read, perhaps with a warning).
type brokenCase struct {
	name string
	data []byte
	want error
	warn string // a warning the document must carry
}

var (
	brokenOnce  sync.Once
	brokenCases []brokenCase
)

// brokenCorpus builds the inputs a batch of real-world files contains
// sooner or later (once: the bomb takes a second to deflate).
func brokenCorpus(t *testing.T) []brokenCase {
	brokenOnce.Do(func() { brokenCases = makeBrokenCorpus(t) })
	return brokenCases
}

func makeBrokenCorpus(t *testing.T) []brokenCase {
	good, err := os.ReadFile("../../corpus/real/putuo-shgzb-2024-final.pdf")
	require.NoError(t, err)
	flipped := append([]byte(nil), good...)
	rnd := rand.New(rand.NewSource(7))
	for i := 0; i < 64; i++ {
		flipped[len(flipped)/2+rnd.Intn(len(flipped)/2)] ^= 1 << rnd.Intn(8)
	}
	read := func(p string) []byte {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		return b
	}
	cases := []brokenCase{
		{"zero.pdf", nil, extract.ErrEmpty, ""},
		{"html.pdf", []byte("<!DOCTYPE html>\n<html><head><title>403</title></head><body>Forbidden</body></html>\n"), extract.ErrNotPDF, ""},
		{"user-password.pdf", read("../../corpus/broken/user-password.pdf"), extract.ErrEncrypted, ""},
		{"owner-password.pdf", read("../../corpus/broken/owner-password.pdf"), nil, ""},
		{"scan.pdf", pdfgen.ImageOnly(), extract.ErrNoText, ""},
		{"self-drawing-form.pdf", pdfgen.SelfDrawingForm("Total 5662.95"), nil, "itself"},
		{"bomb.pdf", pdfgen.Bomb(extract.DefaultMaxStreamBytes + 1<<20), extract.ErrLimit, ""},
		// Bit flips in the second half hit content streams and fonts: the
		// file still opens; damaged pages are skipped with a warning.
		{"bit-flipped.pdf", flipped, nil, ""},
	}
	for _, frac := range []int{10, 50, 90, 99} {
		cases = append(cases, brokenCase{name: "truncated-" + string(rune('0'+frac/10)) + string(rune('0'+frac%10)) + ".pdf", data: good[:len(good)*frac/100], want: extract.ErrTruncated})
	}
	return cases
}

func TestBrokenInputsGiveTheirErrorClass(t *testing.T) {
	for _, c := range brokenCorpus(t) {
		t.Run(c.name, func(t *testing.T) {
			doc, err := extract.Read(c.name, c.data, extract.Options{})
			if c.want == nil {
				require.NoError(t, err)
				if c.warn != "" {
					var msgs []string
					for _, w := range doc.Warnings {
						msgs = append(msgs, w.Message)
					}
					assert.Contains(t, strings.Join(msgs, "\n"), c.warn)
				}
				return
			}
			assert.ErrorIs(t, err, c.want)
			assert.Contains(t, err.Error(), c.name)
		})
	}
}

// A batch over all the broken files plus a good report exits 2, gives
// every broken file its own error entry, and the good report's findings
// are the same as when it is checked alone.
func TestBatchWithBrokenFiles(t *testing.T) {
	dir := t.TempDir()
	cases := brokenCorpus(t)
	for _, c := range cases {
		require.NoError(t, os.WriteFile(filepath.Join(dir, c.name), c.data, 0o644))
	}
	goodPath := filepath.Join(dir, "good.txt")
	seed, err := os.ReadFile("../../corpus/seed/seed.txt")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(goodPath, seed, 0o644))

	var alone, errAlone strings.Builder
	run([]string{"check", "--format", "jsonl", goodPath}, strings.NewReader(""), &alone, &errAlone)

	for _, format := range []string{"jsonl", "json", "text"} {
		var out, errb strings.Builder
		code := run([]string{"check", "--format", format, "--jobs", "2", dir}, strings.NewReader(""), &out, &errb)
		assert.Equal(t, exitError, code, format)
		for _, c := range cases {
			if c.want != nil {
				assert.Contains(t, errb.String(), filepath.Join(dir, c.name)+": "+c.want.Error(), format)
			}
		}
		if format == "jsonl" {
			var good string
			errs := 0
			for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
				var d jsonDocument
				require.NoError(t, json.Unmarshal([]byte(line), &d))
				if d.File == goodPath {
					good = line
				}
				if d.Error != nil {
					errs++
				}
			}
			assert.Equal(t, strings.TrimSpace(alone.String()), good, "the good report's result is intact")
			want := 0
			for _, c := range cases {
				if c.want != nil {
					want++
				}
			}
			assert.Equal(t, want, errs, "one error entry per broken file")
		}
	}
}
