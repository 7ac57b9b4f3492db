package main

import (
	"errors"
	"os"
	"path/filepath"

	"github.com/gouji/gouji/annotate"
	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/reconcile"
)

// gouji check --annotate DIR: each input's copy, carrying its findings,
// is written to DIR under the input's base name. Inputs are never written
// over.

// checkAnnotateDir refuses a --annotate DIR in which a copy would
// overwrite an input, or two inputs' copies would overwrite each other,
// and creates DIR.
func checkAnnotateDir(dir string, files []string) error {
	if dir == "" {
		return nil
	}
	inputs := map[string]bool{}
	for _, f := range files {
		inputs[absPath(f)] = true
	}
	seen := map[string]string{}
	for _, f := range files {
		if !annotate.Supported(f) {
			continue // gets no copy
		}
		dst := filepath.Join(dir, filepath.Base(f))
		if inputs[absPath(dst)] || sameFile(dst, f) {
			return i18n.Errorf("cli.annotate.overwrite", dir, f)
		}
		if other, ok := seen[dst]; ok {
			return i18n.Errorf("cli.annotate.clash", dir, other, f)
		}
		seen[dst] = f
	}
	return os.MkdirAll(dir, 0o755)
}

func absPath(p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		return filepath.Clean(p)
	}
	if r, err := filepath.EvalSymlinks(a); err == nil {
		return r
	}
	return a
}

func sameFile(a, b string) bool {
	x, err1 := os.Stat(a)
	y, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(x, y)
}

// writeAnnotated writes the annotated copies of the files doc was read
// from into dir, their notes in language lang. It returns the lines for stderr, and whether an input got
// no copy because of its kind (a text report).
func writeAnnotated(dir string, doc *extract.Document, fs []reconcile.Finding, lang i18n.Lang) (lines []string, noCopy bool, failed bool) {
	paths := doc.Files
	if len(paths) == 0 {
		paths = []string{doc.Source}
	}
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err == nil {
			src, err = annotate.Annotate(annotate.Input{Path: p, Src: src, Doc: doc, Findings: fs, Lang: lang})
		}
		switch {
		case errors.Is(err, annotate.ErrNoCopy):
			noCopy = true
			continue
		case err == nil:
			err = os.WriteFile(filepath.Join(dir, filepath.Base(p)), src, 0o644)
		}
		if err != nil {
			lines = append(lines, tr(lang, "cli.annotate.failed", p, errorText(err, lang)))
			failed = true
		}
	}
	return lines, noCopy, failed
}
