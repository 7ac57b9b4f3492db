package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// copyTo copies a corpus file into dir and returns the copy's path.
func copyTo(t *testing.T, dir, src string) string {
	t.Helper()
	b, err := os.ReadFile(src)
	require.NoError(t, err)
	p := filepath.Join(dir, filepath.Base(src))
	require.NoError(t, os.WriteFile(p, b, 0o644))
	return p
}

// TestAnnotateCopies: --annotate DIR gets a copy of each PDF input with
// one highlight per finding after its original bytes; a text input gets
// none, said once.
func TestAnnotateCopies(t *testing.T) {
	in, out := t.TempDir(), filepath.Join(t.TempDir(), "annotated")
	pdf := copyTo(t, in, "../../corpus/real/changchun-xfj-2026-budget.pdf")
	txt := copyTo(t, in, "../../corpus/seed/seed.txt")
	txt2 := filepath.Join(in, "seed2.txt")
	require.NoError(t, os.WriteFile(txt2, mustRead(t, txt), 0o644))
	code, docs, stderr := checkJSON(t, "--annotate", out, pdf, txt, txt2)
	assert.Equal(t, exitOK, code, stderr)
	require.Len(t, docs, 3)
	orig, copy := mustRead(t, pdf), mustRead(t, filepath.Join(out, filepath.Base(pdf)))
	require.True(t, bytes.HasPrefix(copy, orig), "the copy does not start with the original")
	assert.NotEmpty(t, docs[0].Findings)
	assert.Equal(t, len(docs[0].Findings), bytes.Count(copy[len(orig):], []byte("/Subtype /Highlight")))
	entries, err := os.ReadDir(out)
	require.NoError(t, err)
	assert.Len(t, entries, 1, "text inputs got a copy")
	assert.Equal(t, 1, strings.Count(stderr, tr(envLang(), "cli.annotate.text")), stderr)
}

// TestAnnotateOneReport: with --one-report each file of the report gets
// its own findings.
func TestAnnotateOneReport(t *testing.T) {
	out := t.TempDir()
	narrative, tables := pairOf("beijing-sfj-2026")
	_, docs, stderr := checkJSON(t, "--one-report", "--annotate", out, narrative, tables)
	require.Len(t, docs, 1, stderr)
	n := 0
	for _, p := range []string{narrative, tables} {
		orig, copy := mustRead(t, p), mustRead(t, filepath.Join(out, filepath.Base(p)))
		require.True(t, bytes.HasPrefix(copy, orig))
		n += bytes.Count(copy[len(orig):], []byte("/Subtype /Highlight"))
	}
	assert.NotZero(t, n)
	assert.Equal(t, len(docs[0].Findings), n)
}

// TestAnnotateRefused: a DIR where a copy would overwrite an input, or
// two inputs' copies each other, is a usage error and nothing is written.
func TestAnnotateRefused(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	pdf := copyTo(t, a, "../../corpus/real/changchun-xfj-2026-budget.pdf")
	other := copyTo(t, b, "../../corpus/real/changchun-xfj-2026-budget.pdf")
	before := mustRead(t, pdf)
	for name, args := range map[string][]string{
		"input's own directory": {"--annotate", a, pdf},
		"relative spelling":     {"--annotate", a + "/.", pdf},
		"same base name":        {"--annotate", t.TempDir(), pdf, other},
	} {
		code, _, stderr := runGouji(append([]string{"check"}, args...)...)
		assert.Equal(t, exitError, code, "%s: %s", name, stderr)
		assert.Contains(t, stderr, "--annotate", name)
	}
	assert.Equal(t, before, mustRead(t, pdf), "the input was written over")
}

func mustRead(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	require.NoError(t, err)
	return b
}
