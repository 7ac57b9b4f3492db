package main

import (
	"fmt"
	"io"
	"os"

	"github.com/gouji/gouji/corpus"
	"github.com/gouji/gouji/i18n"
)

// runCorpus checks every input report that has a NAME.expected.json
// beside it (directories are walked for them) and prints the regressions;
// exit 1 when there is any; --scores adds recall and precision against the
// labels, rule by rule. With --update it brings the expected files up to
// date instead (review the diff like any golden file): it never labels a
// finding real, a person does.
func runCorpus(args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	fs := newFlags("corpus", stdout, stderr)
	update := fs.Bool("update", false, "bring the expected files up to date: labels marked missed or found, new errors listed as misreads")
	scores := fs.Bool("scores", false, "print recall and precision against the labels, rule by rule")
	jobs := fs.jobs("reports")
	disable := fs.disable()
	output := fs.output()
	files, code, ok := fs.parseInputs(args, stdin)
	if !ok {
		return code
	}
	dest, err := output.open(stdout, files)
	if err != nil {
		return fs.fail(err)
	}
	defer func() { code = dest.finish(code, stderr) }()
	stdout = dest
	analyzers, err := selectAnalyzers(*disable)
	if err != nil {
		return fs.fail(err)
	}
	reports, err := withExpected(files)
	if err != nil {
		return fs.fail(err)
	}
	res, err := corpus.RunReports(reports, analyzers, *jobs, *update)
	if err != nil {
		return fs.fail(err)
	}
	for _, f := range res.Failed {
		fmt.Fprintln(stdout, tr(fs.lang, "cli.corpus.failed", f))
	}
	if *update {
		for _, u := range res.Updated {
			fmt.Fprintln(stdout, tr(fs.lang, "cli.corpus.updated", u))
		}
		return exitOK
	}
	for _, r := range res.Regressions {
		fmt.Fprintln(stdout, r)
	}
	n := len(res.Regressions) + len(res.Failed)
	if *scores {
		res.Scores.Write(stdout)
	}
	fmt.Fprintln(stdout, tr(fs.lang, "cli.corpus.total", res.Reports, regressions(n, fs.lang)))
	if n > 0 {
		return exitFindings
	}
	return exitOK
}

// regressions counts regressions in language l: "1 regression", "回归2处".
func regressions(n int, l i18n.Lang) string {
	if l == i18n.En {
		return plural(n, "regression")
	}
	return tr(l, "cli.corpus.regressions", n)
}

// withExpected returns the reports among files that have an expected file
// beside them. A file that does not exist is an error: a mistyped folder
// must not pass as a corpus of no reports.
func withExpected(files []string) ([]string, error) {
	var reports []string
	for _, f := range files {
		if _, err := os.Stat(f); err != nil {
			return nil, err
		}
		if corpus.HasExpected(f) {
			reports = append(reports, f)
		}
	}
	return reports, nil
}
