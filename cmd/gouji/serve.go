package main

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"mime"
	"net"
	"net/http"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/i18n"
)

// servePage is the page of GET /: a file picker and a drop zone. It
// works without script (a plain form posting to /report); the script
// adds dropping and a busy note.
//
//go:embed assets/serve.html
var servePage []byte

// serveConfig is what gouji serve's flags set.
type serveConfig struct {
	addr      string
	maxUpload int64 // bytes per request
	maxFiles  int   // files per request
	jobs      int   // checks at once; further requests wait their turn
	check     checkOptions
}

// runServe serves the check on a local web page and an API (see
// newServer) until it is stopped. Exit codes: 2 on a usage error or when
// the address cannot be listened on.
func runServe(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, code, ok := serveFlags(args, stdout, stderr)
	if !ok {
		return code
	}
	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		fmt.Fprintln(stderr, "gouji serve:", err)
		return exitError
	}
	url := "http://" + ln.Addr().String() + "/"
	fmt.Fprintln(stdout, tr(cfg.check.lang, "serve.listening", url))
	if !loopback(ln.Addr()) {
		fmt.Fprintln(stderr, tr(cfg.check.lang, "serve.exposed", ln.Addr().String()))
	}
	srv := &http.Server{Handler: newServer(cfg), ReadHeaderTimeout: 10 * time.Second, IdleTimeout: time.Minute}
	if err := srv.Serve(ln); err != nil {
		fmt.Fprintln(stderr, "gouji serve:", err)
	}
	return exitError
}

// serveFlags reads gouji serve's flags. When ok is false the command ends
// with code.
func serveFlags(args []string, stdout, stderr io.Writer) (cfg serveConfig, code int, ok bool) {
	fs := newFlags("serve", stdout, stderr)
	fs.StringVar(&cfg.addr, "addr", "127.0.0.1:8080", "`host:port` to listen on; the default, on loopback, is reachable from this computer only")
	maxMB := fs.Int("max-upload", 100, "largest upload accepted, in `MB` (413 beyond)")
	fs.IntVar(&cfg.maxFiles, "max-files", 20, "most files in one upload")
	jobs := fs.jobs("uploads")
	fs.DurationVar(&cfg.check.timeout, "timeout", 60*time.Second, "time limit per file")
	disable := fs.disable()
	rest, code, ok := fs.parse(args)
	if !ok {
		return cfg, code, false
	}
	if len(rest) > 0 {
		return cfg, fs.fail(i18n.Errorf("serve.inputs", rest[0])), false
	}
	if *maxMB <= 0 || cfg.maxFiles <= 0 || *jobs <= 0 || cfg.check.timeout <= 0 {
		return cfg, fs.fail(i18n.Errorf("serve.limits")), false
	}
	cfg.maxUpload, cfg.jobs, cfg.check.lang = int64(*maxMB)<<20, *jobs, fs.lang
	var err error
	if cfg.check.analyzers, err = selectAnalyzers(*disable); err != nil {
		return cfg, fs.fail(err), false
	}
	return cfg, exitOK, true
}

// loopback reports whether addr can be reached from this computer only.
func loopback(addr net.Addr) bool {
	tcp, ok := addr.(*net.TCPAddr)
	return ok && tcp.IP.IsLoopback()
}

// server answers the page and the API. Uploads are held in memory, never
// on disk, and their names are only labels.
type server struct {
	cfg   serveConfig
	slots chan struct{} // one per check running
}

// newServer returns the handler of gouji serve:
//
//	GET  /            the page
//	POST /report      the HTML report of the files posted (field file, repeatable;
//	                  field mode: one, the default, for one report of all files, or each)
//	POST /api/check   the same JSON as gouji check --format json, all files one report
func newServer(cfg serveConfig) http.Handler {
	s := &server{cfg: cfg, slots: make(chan struct{}, cfg.jobs)}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(servePage)
	})
	mux.HandleFunc("/report", s.post(FormatHTML))
	mux.HandleFunc("/api/check", s.post(FormatJSON))
	return securityHeaders(mux)
}

// securityHeaders keeps the pages from being framed or sniffed, and lets
// them load nothing but themselves.
func securityHeaders(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("X-Frame-Options", "DENY")
		w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; form-action 'self'")
		h.ServeHTTP(w, r)
	})
}

// post returns the handler that checks the uploaded files and answers in
// format f.
func (s *server) post(f Format) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			s.fail(w, f, http.StatusMethodNotAllowed, i18n.M("serve.method"))
			return
		}
		// Waiting for a slot before reading the body bounds the memory
		// held by uploads to a few requests.
		select {
		case s.slots <- struct{}{}:
			defer func() { <-s.slots }()
		case <-r.Context().Done():
			s.fail(w, f, http.StatusServiceUnavailable, i18n.M("serve.cancelled"))
			return
		}
		ups, mode, status, problem := s.uploads(w, r)
		if status != http.StatusOK {
			s.fail(w, f, status, problem)
			return
		}
		if f == FormatJSON {
			mode = "one"
		}
		opts := s.cfg.check
		opts.format = f
		results := checkUploads(ups, mode == "each", opts)
		contentType := "application/json; charset=utf-8"
		if f == FormatHTML {
			contentType = "text/html; charset=utf-8"
		}
		w.Header().Set("Content-Type", contentType)
		out := checkWriters.open(f, w)
		if f == FormatHTML {
			out = &htmlWriter{out: w, back: "/"}
		}
		for _, res := range results {
			out.write(res)
		}
		out.close()
	}
}

// upload is one file posted: its name, a label only, and its bytes.
type upload struct {
	name string
	data []byte
}

// uploads reads the files of a multipart request, and its mode field;
// when status is not 200, it is the HTTP status to answer with and
// problem says why.
func (s *server) uploads(w http.ResponseWriter, r *http.Request) (ups []upload, mode string, status int, problem i18n.Msg) {
	tooLarge := i18n.M("serve.toolarge", s.cfg.maxUpload>>20)
	if r.ContentLength > s.cfg.maxUpload {
		return nil, "", http.StatusRequestEntityTooLarge, tooLarge
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.maxUpload)
	if ct, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || ct != "multipart/form-data" {
		return nil, "", http.StatusBadRequest, i18n.M("serve.notmultipart")
	}
	mr, bad := r.MultipartReader()
	if bad != nil {
		return nil, "", http.StatusBadRequest, i18n.M("serve.malformed", bad.Error())
	}
	mode = "one"
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err == nil {
			var data []byte
			data, err = io.ReadAll(part)
			switch {
			case err != nil:
			case part.FormName() == "mode":
				mode = strings.TrimSpace(string(data))
			case part.FormName() != "file" || (part.FileName() == "" && len(data) == 0):
				// Another field, or a file input left empty.
			case len(ups) == s.cfg.maxFiles:
				return nil, "", http.StatusRequestEntityTooLarge, i18n.M("serve.toomany", s.cfg.maxFiles)
			case len(bytes.TrimSpace(data)) == 0:
				return nil, "", http.StatusBadRequest, i18n.M("serve.empty", uploadName(part.FileName(), len(ups)+1))
			default:
				ups = append(ups, upload{uploadName(part.FileName(), len(ups)+1), data})
			}
		}
		if err != nil {
			var max *http.MaxBytesError
			if errors.As(err, &max) {
				return nil, "", http.StatusRequestEntityTooLarge, tooLarge
			}
			return nil, "", http.StatusBadRequest, i18n.M("serve.malformed", err.Error())
		}
	}
	if mode != "one" && mode != "each" {
		return nil, "", http.StatusBadRequest, i18n.M("serve.badmode", mode)
	}
	if len(ups) == 0 {
		return nil, "", http.StatusBadRequest, i18n.M("serve.nofiles")
	}
	return ups, mode, http.StatusOK, i18n.Msg{}
}

// uploadName is the label of the nth file posted: the last element of
// the name the client sent, without control characters, at most 120
// characters; "上传文件N" when that leaves nothing. It is never a path.
func uploadName(client string, n int) string {
	if i := strings.LastIndexAny(client, `/\`); i >= 0 {
		client = client[i+1:]
	}
	client = strings.TrimSpace(strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == utf8.RuneError {
			return -1
		}
		return r
	}, client))
	if rs := []rune(client); len(rs) > 120 {
		client = string(rs[:120])
	}
	if client == "" || client == "." || client == ".." {
		return i18n.M("serve.unnamed", n).In(i18n.Zh)
	}
	return client
}

// checkUploads checks the files as one report (extract.Join, as gouji
// check --one-report does) or, with each, one by one.
func checkUploads(ups []upload, each bool, opts checkOptions) []fileResult {
	groups := [][]upload{ups}
	if each {
		groups = groups[:0]
		for _, u := range ups {
			groups = append(groups, []upload{u})
		}
	}
	out := make([]fileResult, len(groups))
	for i, g := range groups {
		out[i] = checkReport(g[0].name, len(g), opts, func(ctx context.Context) (*extract.Document, error) {
			return readUploads(ctx, g)
		})
	}
	return out
}

// readUploads reads the files posted into one document, as openReport
// reads files.
func readUploads(ctx context.Context, ups []upload) (*extract.Document, error) {
	docs := make([]*extract.Document, len(ups))
	for i, u := range ups {
		d, err := extract.Read(u.name, u.data, extract.Options{Context: ctx})
		if err != nil {
			if len(ups) > 1 && !strings.Contains(err.Error(), u.name) {
				err = fmt.Errorf("%s: %w", u.name, err)
			}
			return nil, err
		}
		docs[i] = d
	}
	return extract.Join(docs...), nil
}

// fail answers an error: {"error": "..."} for the API, a short page for
// the form.
func (s *server) fail(w http.ResponseWriter, f Format, status int, m i18n.Msg) {
	msg := m.In(i18n.Zh)
	if f == FormatJSON {
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.WriteHeader(status)
		json.NewEncoder(w).Encode(struct {
			Error string `json:"error"`
		}{msg})
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	errorPage.Execute(w, msg)
}

// errorPage is the page of a failed upload from the form.
var errorPage = template.Must(template.New("error").Parse(`<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>无法核对</title>
<style>body{font-family:sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}p.err{background:#fdecea;border:1px solid #b3261e;padding:.8rem}</style>
</head><body><h1>无法核对</h1><p class="err">{{.}}</p><p><a href="/">返回重新选择文件</a></p></body></html>
`))
