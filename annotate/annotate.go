// Package annotate writes a report's findings back into a copy of the
// report, where the editor works: highlight annotations on the pages of a
// PDF (pdf.go, an incremental update), comments in a Word document and
// notes in an Excel workbook (docx.go, xlsx.go). The original is never
// written over: callers write the returned bytes to a new file.
package annotate

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/reconcile"
)

// Input is one input file and what gouji found in it.
type Input struct {
	// Path is the input's name; its extension picks the writer.
	Path string
	// Src is the file's bytes, as read.
	Src []byte
	// Doc is the document read from Src (or the joined document of a
	// report read from several files, whose blocks name their File).
	Doc *extract.Document
	// Findings are the findings to write back, sorted by place.
	Findings []reconcile.Finding
	// Lang is the language of the annotation texts.
	Lang i18n.Lang
}

// Writer returns the annotated copy of one input's file.
type Writer func(in Input) ([]byte, error)

// ErrNoCopy is returned for an input that gets no annotated copy (a plain
// text report): the caller says so once and goes on.
var ErrNoCopy = errors.New("no annotated copy for this kind of input")

// writers maps a lower-case file extension (".pdf") to its writer.
// docx.go and xlsx.go add theirs in init with Register.
var writers = map[string]Writer{}

// Register makes w the writer for files with extension ext (".docx").
func Register(ext string, w Writer) { writers[strings.ToLower(ext)] = w }

// Supported reports whether inputs named like path get an annotated copy.
func Supported(path string) bool {
	_, ok := writers[strings.ToLower(filepath.Ext(path))]
	return ok
}

// Annotate returns the annotated copy of in, or ErrNoCopy when its kind
// gets none. A writer that panics gives an error: the findings of the
// check still stand without their copy.
func Annotate(in Input) (out []byte, err error) {
	w, ok := writers[strings.ToLower(filepath.Ext(in.Path))]
	if !ok {
		return nil, ErrNoCopy
	}
	defer func() {
		if p := recover(); p != nil {
			out, err = nil, fmt.Errorf("internal error: %v", p)
		}
	}()
	return w(in)
}
