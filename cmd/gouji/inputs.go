package main

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/gouji/gouji/i18n"
)

// expandInputs turns the command line's arguments into the list of files
// to check, in a deterministic order: files as given, directories walked
// recursively for *.pdf and *.txt (sorted by path), and "-" read as one
// path per line from stdin. A directory that cannot be walked, or a name
// that does not exist, stays in the list so that it gets its own error
// entry like any unreadable file.
func expandInputs(args []string, stdin io.Reader) ([]string, error) {
	var out []string
	for _, a := range args {
		if a == "-" {
			sc := bufio.NewScanner(stdin)
			sc.Buffer(make([]byte, 64<<10), 1<<20)
			for sc.Scan() {
				if p := strings.TrimSpace(sc.Text()); p != "" {
					out = append(out, p)
				}
			}
			if err := sc.Err(); err != nil {
				return nil, fmt.Errorf("reading file list from stdin: %w", err)
			}
			continue
		}
		info, err := os.Stat(a)
		if err != nil || !info.IsDir() {
			out = append(out, a)
			continue
		}
		var found []string
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				found = append(found, p) // reported when checked
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if !d.IsDir() && isReport(p) {
				found = append(found, p)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out, nil
}

// isReport reports whether a file found in a directory is one gouji reads.
func isReport(p string) bool {
	switch strings.ToLower(filepath.Ext(p)) {
	case ".pdf", ".txt":
		return true
	}
	return false
}

// shard is a --shard K/N setting: this process checks the inputs whose
// index i (0-based, in input order) has i mod N == K. K is 0-based so that
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
