package main

import (
	"archive/zip"
	"bytes"
	"io"
	"mime"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const (
	changchunXFJ = "../../corpus/real/changchun-xfj-2026-budget.pdf"
	seedDocx     = "../../corpus/drafts/seed.docx"
)

// postAnnotate posts the parts to /api/annotate; it returns the response
// (body read) and the body.
func postAnnotate(t *testing.T, srv *httptest.Server, parts []part) (*http.Response, []byte) {
	t.Helper()
	body, ct := multipartBody(t, parts)
	resp, err := srv.Client().Post(srv.URL+"/api/annotate", ct, body)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp, b
}

// downloadOf is the file name of an attachment.
func downloadOf(t *testing.T, resp *http.Response) string {
	t.Helper()
	disp, params, err := mime.ParseMediaType(resp.Header.Get("Content-Disposition"))
	require.NoError(t, err)
	assert.Equal(t, "attachment", disp)
	return params["filename"]
}

// commentsIn counts the Word comments of a .docx.
func commentsIn(t *testing.T, docx []byte) int {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
	require.NoError(t, err)
	for _, f := range zr.File {
		if f.Name == "word/comments.xml" {
			rc, err := f.Open()
			require.NoError(t, err)
			b, err := io.ReadAll(rc)
			require.NoError(t, err)
			return strings.Count(string(b), "<w:comment ")
		}
	}
	return 0
}

// A corpus PDF posted to /api/annotate comes back as its annotated copy:
// the original bytes, then one highlight per finding the CLI reports.
func TestServeAnnotatePDF(t *testing.T) {
	srv := testServer(t, nil)
	_, cli, _ := checkJSON(t, changchunXFJ)
	require.Len(t, cli, 1)
	require.NotEmpty(t, cli[0].Findings)
	resp, body := postAnnotate(t, srv, fileParts(t, changchunXFJ))
	require.Equal(t, http.StatusOK, resp.StatusCode, string(body))
	assert.Equal(t, "application/pdf", resp.Header.Get("Content-Type"))
	assert.Equal(t, "changchun-xfj-2026-budget-批注.pdf", downloadOf(t, resp))
	orig := mustRead(t, changchunXFJ)
	require.True(t, bytes.HasPrefix(body, orig), "the copy does not start with the original")
	assert.Equal(t, len(cli[0].Findings), bytes.Count(body[len(orig):], []byte("/Subtype /Highlight")))
	assert.Equal(t, strconv.Itoa(len(cli[0].Findings)), resp.Header.Get("X-Gouji-Findings"))
}

// A Word draft comes back with one comment per finding.
func TestServeAnnotateDocx(t *testing.T) {
	srv := testServer(t, nil)
	_, cli, _ := checkJSON(t, seedDocx)
	require.Len(t, cli, 1)
	require.NotEmpty(t, cli[0].Findings)
	resp, body := postAnnotate(t, srv, fileParts(t, seedDocx))
	require.Equal(t, http.StatusOK, resp.StatusCode, string(body))
	assert.Equal(t, "seed-批注.docx", downloadOf(t, resp))
	assert.Equal(t, len(cli[0].Findings), commentsIn(t, body))
}

// Several files come back as a zip of their copies; a text file among
// them gets none, and text files alone get an error while the server
// keeps answering.
func TestServeAnnotateSeveral(t *testing.T) {
	srv := testServer(t, nil)
	parts := append(fileParts(t, changchunXFJ, seedDocx, "../../corpus/seed/seed.txt"), part{"mode", "", "each"})
	resp, body := postAnnotate(t, srv, parts)
	require.Equal(t, http.StatusOK, resp.StatusCode, string(body))
	assert.Equal(t, "application/zip", resp.Header.Get("Content-Type"))
	assert.Equal(t, "gouji-批注.zip", downloadOf(t, resp))
	zr, err := zip.NewReader(bytes.NewReader(body), int64(len(body)))
	require.NoError(t, err)
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
	}
	assert.Equal(t, []string{"changchun-xfj-2026-budget-批注.pdf", "seed-批注.docx"}, names)

	resp, body = postAnnotate(t, srv, fileParts(t, "../../corpus/seed/seed.txt"))
	assert.Equal(t, http.StatusUnprocessableEntity, resp.StatusCode)
	assert.Contains(t, string(body), `"error"`)
	status, page := postParts(t, srv, "/annotate", []part{{"file", "x.pdf", "not a pdf"}})
	assert.Equal(t, http.StatusUnprocessableEntity, status)
	assert.Contains(t, page, "无法核对")
	status, _ = postParts(t, srv, "/api/check", fileParts(t, changchunXFJ))
	assert.Equal(t, http.StatusOK, status)
}

// Two uploads of the same name get copies of different names.
func TestDownloadName(t *testing.T) {
	seen := map[string]int{}
	assert.Equal(t, "a-批注.pdf", downloadName("a.pdf", seen))
	assert.Equal(t, "a-批注(2).pdf", downloadName("a.pdf", seen))
	assert.Equal(t, "上传文件1-批注", downloadName("上传文件1", seen))
}
