package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/gouji/gouji/reconcile"
)

// selectAnalyzers returns every rule but the disabled ones; an unknown id
// is a usage error, so that a typo does not silently run everything.
func selectAnalyzers(disable string) ([]*reconcile.Analyzer, error) {
	all := reconcile.Analyzers()
	if strings.TrimSpace(disable) == "" {
		return all, nil
	}
	off := map[string]bool{}
	known := map[string]bool{}
	for _, a := range all {
		known[a.Name] = true
	}
	for _, id := range strings.Split(disable, ",") {
		id = strings.TrimSpace(id)
		if id == "" {
			continue
		}
		if !known[id] {
			return nil, fmt.Errorf("unknown rule %q in --disable (see gouji check --list)", id)
		}
		off[id] = true
	}
	var out []*reconcile.Analyzer
	for _, a := range all {
		if !off[a.Name] {
			out = append(out, a)
		}
	}
	return out, nil
}

// writeRules lists the rules, one per line: id and doc.
func writeRules(w io.Writer, as []*reconcile.Analyzer) {
	width := 0
	for _, a := range as {
		width = max(width, len(a.Name))
	}
	for _, a := range as {
		fmt.Fprintf(w, "%-*s  %s\n", width, a.Name, a.Doc)
	}
}
