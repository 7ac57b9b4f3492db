package main

import (
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/gouji/gouji/reconcile"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testServer serves gouji serve's handler with the default limits, or
// those edit sets.
func testServer(t *testing.T, edit func(*serveConfig)) *httptest.Server {
	t.Helper()
	cfg, code, ok := serveFlags(nil, io.Discard, io.Discard)
	require.True(t, ok, code)
	if edit != nil {
		edit(&cfg)
	}
	srv := httptest.NewServer(newServer(cfg))
	t.Cleanup(srv.Close)
	return srv
}

// part is one field of a multipart upload: a file when name is set.
type part struct{ field, name, content string }

// fileParts reads the files into parts of the field file, named by their
// base names.
func fileParts(t *testing.T, paths ...string) []part {
	var out []part
	for _, p := range paths {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		out = append(out, part{"file", filepath.Base(p), string(b)})
	}
	return out
}

// multipartBody encodes the parts; it returns the body and its content
// type.
func multipartBody(t *testing.T, parts []part) (*bytes.Buffer, string) {
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for _, p := range parts {
		var w io.Writer
		var err error
		if p.name != "" || p.field == "file" {
			w, err = mw.CreateFormFile(p.field, p.name)
		} else {
			w, err = mw.CreateFormField(p.field)
		}
		require.NoError(t, err)
		io.WriteString(w, p.content)
	}
	require.NoError(t, mw.Close())
	return &body, mw.FormDataContentType()
}

// postParts posts the parts to the server's path and returns the status
// and body.
func postParts(t *testing.T, srv *httptest.Server, path string, parts []part) (int, string) {
	body, ct := multipartBody(t, parts)
	return post(t, srv, path, ct, body)
}

func post(t *testing.T, srv *httptest.Server, path, contentType string, body io.Reader) (int, string) {
	resp, err := srv.Client().Post(srv.URL+path, contentType, body)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, string(b)
}

// apiDocuments decodes the API's answer, the JSON of gouji check.
func apiDocuments(t *testing.T, body string) []jsonDocument {
	var out jsonOutput[jsonDocument]
	require.NoError(t, json.Unmarshal([]byte(body), &out), body)
	return out.Documents
}

// baseFiles names the evidence's files by their base names, as uploads
// are named.
func baseFiles(fs []reconcile.Finding) []reconcile.Finding {
	for i := range fs {
		for j := range fs[i].Evidence {
			if f := fs[i].Evidence[j].File; f != "" {
				fs[i].Evidence[j].File = filepath.Base(f)
			}
		}
	}
	return fs
}

// The API answers as gouji check --format json does, for a real report.
func TestServeAPIMatchesCLI(t *testing.T) {
	srv := testServer(t, nil)
	_, cli, _ := checkJSON(t, putuoSFJ)
	require.Len(t, cli, 1)
	require.NotEmpty(t, cli[0].Findings)
	status, body := postParts(t, srv, "/api/check", fileParts(t, putuoSFJ))
	require.Equal(t, http.StatusOK, status, body)
	docs := apiDocuments(t, body)
	require.Len(t, docs, 1)
	assert.Equal(t, filepath.Base(putuoSFJ), docs[0].File)
	assert.Nil(t, docs[0].Error)
	assert.Equal(t, cli[0].Findings, docs[0].Findings)
	assert.Equal(t, cli[0].Pages, docs[0].Pages)
	assert.Equal(t, cli[0].Checked, docs[0].Checked)
}

// Two files posted together are one report, as with --one-report: the
// narrative's figures are found in the other file's tables.
func TestServeTwoFilesOneDocument(t *testing.T) {
	srv := testServer(t, nil)
	narrative, tables := pairOf("beijing-sfj-2026")
	_, cli, _ := checkJSON(t, "--one-report", narrative, tables)
	require.Len(t, cli, 1)
	status, body := postParts(t, srv, "/api/check", fileParts(t, narrative, tables))
	require.Equal(t, http.StatusOK, status, body)
	docs := apiDocuments(t, body)
	require.Len(t, docs, 1, "one document")
	assert.Equal(t, filepath.Base(narrative), docs[0].File)
	assert.Equal(t, cli[0].Pages, docs[0].Pages)
	assert.Equal(t, cli[0].Tables, docs[0].Tables)
	assert.Equal(t, baseFiles(cli[0].Findings), docs[0].Findings)

	// The page's form may ask for each file on its own instead.
	status, page := postParts(t, srv, "/report", append(fileParts(t, narrative, tables), part{field: "mode", content: "each"}))
	require.Equal(t, http.StatusOK, status)
	assert.Contains(t, page, `<a href="#doc-2">`+filepath.Base(tables)+`</a>`)
	status, page = postParts(t, srv, "/report", fileParts(t, narrative, tables))
	require.Equal(t, http.StatusOK, status)
	assert.NotContains(t, page, `href="#doc-2"`)
}

// Bad uploads get a clear error, and the server answers the next request.
func TestServeBadUploads(t *testing.T) {
	srv := testServer(t, func(c *serveConfig) { c.maxUpload, c.maxFiles = 1<<20, 2 })
	seed := fileParts(t, seedFile)
	big := []part{{"file", "big.txt", strings.Repeat("0", 2<<20)}}
	for _, c := range []struct {
		name, path, contentType string
		body                    io.Reader
		status                  int
		want                    string
	}{
		{"not multipart", "/api/check", "application/json", strings.NewReader("{}"), 400, "multipart/form-data"},
		{"malformed", "/api/check", "multipart/form-data; boundary=xyz", strings.NewReader("--xyz\r\nnonsense"), 400, "上传内容格式有误"},
		{"no boundary", "/api/check", "multipart/form-data", strings.NewReader("x"), 400, "格式有误"},
		{"no file", "/api/check", "", nil, 400, "没有收到文件"},
		{"empty file", "/api/check", "", nil, 400, "文件 empty.pdf 是空的"},
		{"blank file", "/report", "", nil, 400, "文件 blank.txt 是空的"},
		{"too many", "/api/check", "", nil, 413, "一次最多上传 2 个文件"},
		{"too large", "/api/check", "", nil, 413, "超过 1 MB"},
		{"too large, no length", "/api/check", "", nil, 413, "超过 1 MB"},
		{"bad mode", "/report", "", nil, 400, "未知的核对方式"},
	} {
		t.Run(c.name, func(t *testing.T) {
			body, ct := c.body, c.contentType
			switch c.name {
			case "no file":
				body, ct = multipartBody(t, []part{{field: "mode", content: "one"}})
			case "empty file":
				body, ct = multipartBody(t, []part{{"file", "empty.pdf", ""}})
			case "blank file":
				body, ct = multipartBody(t, []part{{"file", "blank.txt", " \n"}})
			case "too many":
				body, ct = multipartBody(t, append(append(seed, seed...), seed...))
			case "too large":
				body, ct = multipartBody(t, big)
			case "too large, no length":
				var b *bytes.Buffer
				b, ct = multipartBody(t, big)
				body = io.MultiReader(b) // hides the length: sent chunked
			case "bad mode":
				body, ct = multipartBody(t, append(seed, part{field: "mode", content: "all"}))
			}
			status, answer := post(t, srv, c.path, ct, body)
			assert.Equal(t, c.status, status, answer)
			assert.Contains(t, answer, c.want)
			if c.path == "/api/check" {
				var e struct{ Error string }
				assert.NoError(t, json.Unmarshal([]byte(answer), &e), answer)
			}
			status, answer = postParts(t, srv, "/api/check", seed)
			assert.Equal(t, http.StatusOK, status, "still serving")
			assert.Len(t, apiDocuments(t, answer), 1)
		})
	}
	resp, err := srv.Client().Get(srv.URL + "/api/check")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusMethodNotAllowed, resp.StatusCode)
}

// A file that is not a report is a document with its error, as in the
// CLI's JSON.
func TestServeUnreadable(t *testing.T) {
	srv := testServer(t, nil)
	status, body := postParts(t, srv, "/api/check", []part{{"file", "x.pdf", "not a pdf"}})
	require.Equal(t, http.StatusOK, status, body)
	docs := apiDocuments(t, body)
	require.Len(t, docs, 1)
	require.NotNil(t, docs[0].Error)
	assert.Equal(t, "x.pdf", docs[0].File)
	assert.Equal(t, "not a PDF or text report (no %PDF- header)", *docs[0].Error, "the reason; the document names the file")

}

// Fifty uploads at once are all answered, in turn, with the same report;
// nothing is left in the temporary directory.
func TestServeConcurrentUploads(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	srv := testServer(t, func(c *serveConfig) { c.jobs = 2 })
	// The seed's first tables, with their findings, keep the test short.
	seed := fileParts(t, seedFile)
	lines := strings.SplitAfter(seed[0].content, "\n")
	small := []part{{"file", "tables.txt", strings.Join(lines[:250], "")}}
	status, want := postParts(t, srv, "/api/check", small)
	require.Equal(t, http.StatusOK, status)
	require.Contains(t, want, `"rule"`, "findings")
	var wg sync.WaitGroup
	answers := make([]string, 50)
	statuses := make([]int, 50)
	for i := range answers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			body, ct := multipartBody(t, small)
			resp, err := srv.Client().Post(srv.URL+"/api/check", ct, body)
			if err != nil {
				answers[i] = err.Error()
				return
			}
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			statuses[i], answers[i] = resp.StatusCode, string(b)
		}()
	}
	wg.Wait()
	for i := range answers {
		assert.Equal(t, http.StatusOK, statuses[i], answers[i])
		assert.Equal(t, want, answers[i])
	}
	left, err := os.ReadDir(tmp)
	require.NoError(t, err)
	assert.Empty(t, left, "nothing left in the temporary directory")
}

// GET / is the Chinese page with a file picker; it fetches nothing from
// elsewhere.
func TestServePage(t *testing.T) {
	srv := testServer(t, nil)
	resp, err := srv.Client().Get(srv.URL + "/")
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Equal(t, "text/html; charset=utf-8", resp.Header.Get("Content-Type"))
	page := string(b)
	assert.Contains(t, page, `<form id="upload" action="/report" method="post" enctype="multipart/form-data">`)
	assert.Contains(t, page, `type="file" name="file" multiple`)
	assert.Contains(t, page, "开始核对")
	assert.NotRegexp(t, external, page)
	resp, err = srv.Client().Get(srv.URL + "/etc/passwd")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusNotFound, resp.StatusCode)
}

// A client's file name is a label, never a path.
func TestUploadName(t *testing.T) {
	for in, want := range map[string]string{
		"report.pdf":             "report.pdf",
		"../../etc/passwd":       "passwd",
		`C:\Users\a\预算.pdf`:      "预算.pdf",
		"":                       "上传文件3",
		"..":                     "上传文件3",
		"a/":                     "上传文件3",
		"bad\x00\nname.txt":      "badname.txt",
		strings.Repeat("长", 200): strings.Repeat("长", 120),
	} {
		assert.Equal(t, want, uploadName(in, 3), in)
	}
}

// gouji serve's flags: limits above 0, no inputs, an address it can
// listen on.
func TestServeFlags(t *testing.T) {
	for _, args := range [][]string{{"--max-upload", "0"}, {"--jobs", "0"}, {"--max-files", "-1"}, {"report.pdf"}, {"--addr", "256.0.0.1:http"}} {
		code, out, errOut := runGouji(append([]string{"serve"}, args...)...)
		assert.Equal(t, exitError, code, args)
		assert.NotEmpty(t, errOut, args)
		assert.NotContains(t, out, "serving", args)
	}
	code, out, _ := runGouji("serve", "-h")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "-addr")
	assert.Contains(t, out, "-max-upload")
}
