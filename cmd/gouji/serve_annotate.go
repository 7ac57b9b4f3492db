package main

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/gouji/gouji/annotate"
	"github.com/gouji/gouji/i18n"
)

// annotatedFile is the annotated copy of one upload.
type annotatedFile struct {
	name string // download name, from the upload's label
	data []byte
}

// annotated returns the handler of POST /annotate and /api/annotate: the
// files posted are checked as /report checks them, and the answer is the
// annotated copy (PDF highlights, DOCX comments, XLSX notes) of the one
// file that can carry one, or a zip of the copies of several. Errors come
// as a page (f HTML) or as JSON.
func (s *server) annotated(f Format) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ups, mode, release := s.receive(w, r, f)
		if release == nil {
			return
		}
		defer release()
		files, findings, problem := annotateUploads(ups, mode == "each", s.cfg.check)
		if len(files) == 0 {
			s.fail(w, f, http.StatusUnprocessableEntity, problem)
			return
		}
		body, name, contentType := files[0].data, files[0].name, contentTypeOf(files[0].name)
		if len(files) > 1 {
			var err error
			if body, err = zipFiles(files); err != nil {
				s.fail(w, f, http.StatusInternalServerError, i18n.M("serve.annotate.failed", files[0].name, err.Error()))
				return
			}
			name, contentType = "gouji-批注.zip", "application/zip"
		}
		w.Header().Set("Content-Type", contentType)
		w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
		w.Header().Set("X-Gouji-Findings", strconv.Itoa(findings))
		w.Write(body)
	}
}

// annotateUploads checks the uploads and returns the annotated copies of
// those that can carry one, and the number of findings written. With no
// copy, problem says why: the first report that could not be read, the
// first copy that failed, or no upload of a kind that carries one.
func annotateUploads(ups []upload, each bool, opts checkOptions) (files []annotatedFile, findings int, problem i18n.Msg) {
	problem = i18n.M("serve.annotate.none")
	seen := map[string]int{}
	for _, g := range checkUploads(ups, each, opts) {
		if g.doc == nil {
			problem = i18n.Text(*g.res.doc.Error)
			continue
		}
		findings += len(g.res.doc.Findings)
		for _, u := range g.ups {
			out, err := annotate.Annotate(annotate.Input{Path: u.name, Src: u.data, Doc: g.doc, Findings: g.res.doc.Findings, Lang: opts.lang})
			switch {
			case errors.Is(err, annotate.ErrNoCopy):
			case err != nil:
				problem = i18n.M("serve.annotate.failed", u.name, err.Error())
			default:
				files = append(files, annotatedFile{downloadName(u.name, seen), out})
			}
		}
	}
	return files, findings, problem
}

// downloadName is the name of an upload's annotated copy: its label with
// "-批注" before the extension, numbered when an earlier copy has the
// same name. The label is never a path (uploadName).
func downloadName(label string, seen map[string]int) string {
	ext := filepath.Ext(label)
	name := strings.TrimSuffix(label, ext) + "-批注" + ext
	seen[name]++
	if n := seen[name]; n > 1 {
		name = fmt.Sprintf("%s-批注(%d)%s", strings.TrimSuffix(label, ext), n, ext)
	}
	return name
}

// contentTypeOf is the media type of an annotated copy named name.
func contentTypeOf(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".pdf":
		return "application/pdf"
	case ".docx":
		return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
	case ".xlsx":
		return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
	}
	return "application/octet-stream"
}

// zipFiles packs the copies into one zip.
func zipFiles(files []annotatedFile) ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range files {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: f.name, Method: zip.Deflate, Flags: 0x800})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(f.data); err != nil {
			return nil, err
		}
	}
	err := zw.Close()
	return buf.Bytes(), err
}
