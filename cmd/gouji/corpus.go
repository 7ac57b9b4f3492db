package main

import (
	"flag"
	"fmt"
	"io"
	"runtime"

	"github.com/gouji/gouji/corpus"
)

const corpusUsage = "usage: gouji corpus [--update] [--jobs N] [--disable RULES] DIR"

// runCorpus checks every report under DIR that has a NAME.expected.json
// beside it and prints the regressions; exit 1 when there is any. With
// --update it rewrites the expected files from the current findings
// instead (review the diff like any golden file).
func runCorpus(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("corpus", flag.ContinueOnError)
	fs.SetOutput(stderr)
	update := fs.Bool("update", false, "rewrite the expected files from the current findings")
	jobs := fs.Int("jobs", runtime.NumCPU(), "reports checked in parallel")
	disable := fs.String("disable", "", "comma-separated rule ids not to run")
	fs.Usage = func() {
		fmt.Fprintln(stderr, corpusUsage)
		fs.PrintDefaults()
	}
	dirs, err := parseInterleaved(fs, args)
	if err != nil {
		if err == flag.ErrHelp {
			return exitOK
		}
		return exitError
	}
	if len(dirs) != 1 {
		fmt.Fprintln(stderr, corpusUsage)
		return exitError
	}
	analyzers, err := selectAnalyzers(*disable)
	if err != nil {
		fmt.Fprintln(stderr, "gouji corpus:", err)
		return exitError
	}
	res, err := corpus.Run(dirs[0], analyzers, *jobs, *update)
	if err != nil {
		fmt.Fprintln(stderr, "gouji corpus:", err)
		return exitError
	}
	for _, f := range res.Failed {
		fmt.Fprintln(stdout, "failed:", f)
	}
	if *update {
		for _, u := range res.Updated {
			fmt.Fprintln(stdout, "updated", u)
		}
		return exitOK
	}
	for _, r := range res.Regressions {
		fmt.Fprintln(stdout, r)
	}
	n := len(res.Regressions) + len(res.Failed)
	fmt.Fprintf(stdout, "%d reports, %s\n", res.Reports, plural(n, "regression"))
	if n > 0 {
		return exitFindings
	}
	return exitOK
}
