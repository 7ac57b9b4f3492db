package main

import (
	"bytes"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/i18n"
)

// inputList is what the command line's input arguments name: the files
// to read, in order, and the files found in its folders that gouji does
// not read (listed as skipped in the summary).
type inputList struct {
	files   []string
	skipped []string
}

// expandInputs turns the command line's arguments into the list of files
// to check, in a deterministic order: files as given, directories walked
// recursively for the files extract reads (sorted by path), and "-" read
// as a list of paths from stdin, one a line or, with null, separated by
// NUL bytes (find -print0). A file named twice is read once, where it
// first comes. A directory that cannot be walked, or a name that does not
// exist, stays in the list so that it gets its own error entry like any
// unreadable file.
func expandInputs(args []string, stdin io.Reader, null bool) (inputList, error) {
	var in inputList
	for _, a := range args {
		if a == "-" {
			list, err := readList(stdin, null)
			if err != nil {
				return in, err
			}
			in.files = append(in.files, list...)
			continue
		}
		info, err := os.Stat(a)
		if err != nil || !info.IsDir() {
			in.files = append(in.files, a)
			continue
		}
		found, skipped, err := walkReports(a)
		if err != nil {
			return in, err
		}
		in.files = append(in.files, found...)
		in.skipped = append(in.skipped, skipped...)
	}
	in.files = dedupe(in.files)
	in.skipped = dedupe(in.skipped)
	return in, nil
}

// walkReports returns the files under dir that extract reads, sorted, and
// the documents it does not read.
func walkReports(dir string) (found, skipped []string, err error) {
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			found = append(found, p) // reported when checked
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
		case d.IsDir():
		case extract.Readable(p):
			found = append(found, p)
		case documentLike(p):
			skipped = append(skipped, p)
		}
		return nil
	})
	sort.Strings(found)
	sort.Strings(skipped)
	return found, skipped, err
}

// documentLike reports whether a file looks like a document someone may
// have meant gouji to read: office files, OFD, web pages, scans and
// archives. Those extract does not read are listed as skipped; other
// files of a folder (notes, data) pass unmentioned.
func documentLike(p string) bool {
	switch strings.ToLower(filepath.Ext(p)) {
	case ".doc", ".docx", ".xls", ".xlsx", ".wps", ".et", ".rtf", ".odt", ".ods",
		".ofd", ".htm", ".html", ".jpg", ".jpeg", ".png", ".tif", ".tiff",
		".zip", ".rar", ".7z":
		return true
	}
	return false
}

// dedupe keeps the first of the names that are the same path.
func dedupe(names []string) []string {
	seen := make(map[string]bool, len(names))
	out := names[:0:0]
	for _, n := range names {
		if k := filepath.Clean(n); !seen[k] {
			seen[k] = true
			out = append(out, n)
		}
	}
	return out
}

// maxList bounds the list read from stdin (some million paths).
const maxList = 1 << 30

// readList reads the list of paths on stdin: one a line, or with null
// separated by NUL bytes. A document piped in by mistake (gouji check -
// < report.pdf) is an error that says what to do instead.
func readList(stdin io.Reader, null bool) ([]string, error) {
	data, err := io.ReadAll(io.LimitReader(stdin, maxList))
	if err != nil {
		return nil, i18n.Errorf("cli.stdin.read", err)
	}
	head := data[:min(len(data), 1024)]
	switch {
	case bytes.Contains(head, []byte("%PDF-")):
		return nil, i18n.Errorf("cli.stdin.pdf")
	case !null && bytes.IndexByte(data, 0) >= 0:
		if utf8.Valid(bytes.ReplaceAll(head, []byte{0}, nil)) {
			return nil, i18n.Errorf("cli.stdin.nul")
		}
		return nil, i18n.Errorf("cli.stdin.binary")
	case !utf8.Valid(head[:validUTF8Prefix(head)]):
		return nil, i18n.Errorf("cli.stdin.binary")
	}
	sep, trim := "\n", strings.TrimSpace
	if null {
		sep, trim = "\x00", func(s string) string { return s }
	}
	var out []string
	for _, p := range strings.Split(string(data), sep) {
		if p = trim(p); p != "" {
			out = append(out, p)
		}
	}
	return out, nil
}

// validUTF8Prefix trims a UTF-8 sequence cut at the end of b.
func validUTF8Prefix(b []byte) int {
	n := len(b)
	for i := 0; i < utf8.UTFMax && n > 0 && !utf8.Valid(b[:n]); i++ {
		n--
	}
	return n
}

// shard is a --shard K/N setting: this process checks the inputs whose
// index i (0-based, in the input list sorted by name: shardReports) has
// i mod N == K. K is 0-based so that
// a Kubernetes Indexed Job can pass $JOB_COMPLETION_INDEX unchanged.
type shard struct{ k, n int }

func parseShard(s string) (shard, error) {
	if s == "" {
		return shard{0, 1}, nil
	}
	ks, ns, ok := strings.Cut(s, "/")
	k, err1 := strconv.Atoi(ks)
	n, err2 := strconv.Atoi(ns)
	if !ok || err1 != nil || err2 != nil || n < 1 || k < 0 || k >= n {
		return shard{}, i18n.Errorf("cli.shard.bad", s)
	}
	return shard{k, n}, nil
}

// pickReports is pick over reports (the files of each checked as one).
func (s shard) pickReports(reports [][]string) [][]string { return pickShard(s, reports) }

// pick returns the inputs of this shard. Slicing by index modulo N keeps
// the shards the same size and makes each one a stable function of the
// input list.
func (s shard) pick(files []string) []string { return pickShard(s, files) }

func pickShard[T any](s shard, xs []T) []T {
	if s.n == 1 {
		return xs
	}
	var out []T
	for i, x := range xs {
		if i%s.n == s.k {
			out = append(out, x)
		}
	}
	return out
}
