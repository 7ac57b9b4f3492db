// Command materialise writes the corpus's mutation suite into a folder:
// every edited report with its NAME.expected.json, ready for
//
//	gouji corpus OUT
//
// Usage:
//
//	go run ./corpus/mutations/cmd/materialise [-corpus DIR] [-only IDS] [-relative] [-check] [-explain] OUT
//
// Each mutant's expected file lists what its unedited report's expected
// file lists, the mutation's finding and the other findings it causes.
// -relative also lists the errors the unedited report has today but its
// expected file does not (the corpus's own files may lag behind the
// rules), so that the run shows only what the edits change. -check runs the
// regression check over OUT and prints the recall per rule and per
// document. -explain prints, for each mutant, the findings it has that its
// unedited report does not: what to write into mutations.json for a new
// mutation.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/gouji/gouji/corpus"
	"github.com/gouji/gouji/corpus/mutations"
	"github.com/gouji/gouji/reconcile"
)

func main() {
	corpusDir := flag.String("corpus", "corpus", "the corpus folder the mutations' base reports are under")
	only := flag.String("only", "", "comma-separated mutation ids to write (default: all)")
	relative := flag.Bool("relative", false, "also expect the errors the unedited reports have today")
	check := flag.Bool("check", false, "run the regression check over the mutants and print the recall")
	explain := flag.Bool("explain", false, "print each mutant's findings that its unedited report does not have")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: materialise [-corpus DIR] [-only IDS] [-relative] [-check] [-explain] OUT")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*corpusDir, flag.Arg(0), *only, *relative, *check, *explain); err != nil {
		fmt.Fprintln(os.Stderr, "materialise:", err)
		os.Exit(1)
	}
}

func run(corpusDir, out, only string, relative, check, explain bool) error {
	ms, err := mutations.Load()
	if err != nil {
		return err
	}
	if only != "" {
		want := map[string]bool{}
		for _, id := range strings.Split(only, ",") {
			want[strings.TrimSpace(id)] = true
		}
		var sel []mutations.Mutation
		for _, m := range ms {
			if want[m.ID] {
				sel = append(sel, m)
				delete(want, m.ID)
			}
		}
		for id := range want {
			return fmt.Errorf("no mutation %q", id)
		}
		ms = sel
	}
	analyzers := reconcile.Analyzers()
	var unedited map[string][]reconcile.Finding
	if relative || check || explain {
		if unedited, err = checkUnedited(corpusDir, ms, analyzers); err != nil {
			return err
		}
	}
	var rel map[string][]reconcile.Finding
	if relative {
		rel = unedited
	}
	paths, err := mutations.Materialise(corpusDir, out, ms, rel)
	if err != nil {
		return err
	}
	fmt.Printf("wrote %d mutants to %s\n", len(paths), out)
	if explain {
		if err := explainAll(ms, paths, unedited, analyzers); err != nil {
			return err
		}
	}
	if check {
		res, err := corpus.Run(out, analyzers, 0, false)
		if err != nil {
			return err
		}
		implemented := map[string]bool{}
		for _, a := range analyzers {
			implemented[a.Name] = true
		}
		fmt.Print(mutations.Evaluate(ms, paths, res, implemented, unedited).Report())
	}
	return nil
}

// checkUnedited checks the unedited reports the mutations edit.
func checkUnedited(corpusDir string, ms []mutations.Mutation, analyzers []*reconcile.Analyzer) (map[string][]reconcile.Finding, error) {
	out := map[string][]reconcile.Finding{}
	for _, m := range ms {
		if _, ok := out[m.Base]; ok {
			continue
		}
		fs, err := corpus.Check(filepath.Join(corpusDir, filepath.FromSlash(m.Base)), analyzers)
		if err != nil {
			return nil, err
		}
		out[m.Base] = fs
	}
	return out, nil
}

// explainAll prints what each mutant adds to its base's findings.
func explainAll(ms []mutations.Mutation, paths []string, unedited map[string][]reconcile.Finding, analyzers []*reconcile.Analyzer) error {
	type key struct {
		rule, sev, claimed, msg string
		page                    int
	}
	keyOf := func(f reconcile.Finding) key {
		return key{f.Rule, f.Severity.String(), f.Claimed, f.Message, f.Page}
	}
	for i, m := range ms {
		seen := map[key]bool{}
		for _, f := range unedited[m.Base] {
			seen[keyOf(f)] = true
		}
		fs, err := corpus.Check(paths[i], analyzers)
		if err != nil {
			return err
		}
		fmt.Printf("%s (%s %q → %q):\n", m.ID, m.Base, m.Old, m.New)
		for _, f := range fs {
			if f.Severity >= reconcile.Warning && !seen[keyOf(f)] {
				fmt.Printf("  %s %s p%d claimed %s: %s\n", f.Severity, f.Rule, f.Page, f.Claimed, f.Message)
			}
		}
	}
	return nil
}
