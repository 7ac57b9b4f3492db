package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/internal/batch"
	"github.com/gouji/gouji/pairing"
	"github.com/gouji/gouji/reconcile"
	"github.com/gouji/gouji/report"
)

// checkOptions are the flags of gouji check.
type checkOptions struct {
	format    Format
	failOn    *reconcile.Severity // nil: never
	verbose   bool
	summary   bool
	jobs      int
	shard     shard
	timeout   time.Duration
	analyzers []*reconcile.Analyzer
	// oneReport makes all inputs the files of one report (--one-report).
	oneReport bool
	output    *outputFlag
	// skipped are the files of the input folders gouji does not read.
	skipped []string
	// lang is the language of messages (--lang).
	lang i18n.Lang
	// prior is last year's report to compare every input with (--prior).
	prior string
	// annotate is the directory for annotated copies (--annotate).
	annotate string
	// folders are the inputs that are folders, whose files may be parts
	// of one report (see joinParts).
	folders []string
}

// runCheck reads each FILE (directories are walked for *.pdf and *.txt,
// "-" reads a list of paths from stdin), runs every rule on it and prints
// the findings, in input order whatever --jobs is. With --one-report the
// inputs are the files of one report (a narrative and its tables), read
// and checked as one document named by the first. Exit codes: 0 when no
// finding reaches --fail-on, 1 when one does, 2 on a usage error, when no
// report is found, when a rule failed or when a file cannot be read (the
// other files are still checked). With --fail-on never an unreadable file
// leaves the exit code alone: a batch task (docs/scale.md) finds it in
// its output instead of failing for it.
func runCheck(args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	opts, files, code, ok := checkFlags(args, stdin, stdout, stderr)
	if !ok {
		return code
	}
	reports, err := shardReports(files, opts)
	if err != nil {
		fmt.Fprintln(stderr, "gouji check:", errorText(err, opts.lang))
		return exitError
	}
	dest, err := opts.output.open(stdout, files)
	if err != nil {
		fmt.Fprintln(stderr, "gouji check:", errorText(err, opts.lang))
		return exitError
	}
	defer func() { code = dest.finish(code, stderr) }()
	stdout = dest
	sum := newSummary()
	sum.skipped, sum.lang = opts.skipped, opts.lang
	bar := newProgress(stderr, len(reports), opts.lang)
	out := checkWriters.open(opts.format, bar.results(stdout))
	cross := &crossRun{sums: make([]*reconcile.Summary, len(reports)), prior: -1}
	saidNoCopy := false
	batch.RunOrdered(len(reports), opts.jobs, func(i int) fileResult {
		return checkFile(reports[i], opts)
	}, func(i int, r fileResult) {
		bar.done(r.doc.Pages)
		for _, line := range r.stderr {
			bar.println("gouji: " + line)
		}
		if err := out.write(r); err != nil {
			fmt.Fprintln(stderr, "gouji:", errorText(err, opts.lang))
			code = exitError
		}
		if r.failed && (opts.failOn != nil || r.doc.Error == nil) {
			code = exitError // with --fail-on never, not for an unreadable file
		}
		if r.noCopy && !saidNoCopy {
			bar.println("gouji: " + tr(opts.lang, "cli.annotate.text"))
			saidNoCopy = true
		}
		if code == exitOK && opts.failOn != nil && reaches(r.doc.Findings, *opts.failOn) {
			code = exitFindings
		}
		sum.add(r)
		cross.sums[i] = r.summary
	})
	bar.finish()
	if c := checkAcross(cross, opts, out, sum, stdout, stderr); c == exitError || c != exitOK && code == exitOK {
		code = c
	}
	if err := out.close(); err != nil {
		fmt.Fprintln(stderr, "gouji:", err)
		return exitError
	}
	// The summary closes a text report on stdout; machine formats keep
	// stdout to their JSON and print it on stderr when asked or when a
	// person is watching.
	switch {
	case opts.format == FormatText && (len(files) > 1 || opts.summary || len(opts.skipped) > 0):
		sum.write(stdout)
	case opts.format != FormatText && (opts.summary || bar.p != nil || len(opts.skipped) > 0):
		sum.write(stderr)
	}
	return code
}

// checkFlags reads gouji check's flags and inputs. When ok is false the
// command ends with code: usage, --list, or an error.
func checkFlags(args []string, stdin io.Reader, stdout, stderr io.Writer) (opts checkOptions, files []string, code int, ok bool) {
	fs := newFlags("check", stdout, stderr)
	format := fs.format(checkWriters.formats(), "text, json, jsonl (one JSON document per line, streamed), html (one self-contained page) or csv (one row per finding)")
	opts.output = fs.output()
	failOn := fs.String("fail-on", "error", "exit 1 when a finding reaches this severity: error, warning or never")
	fs.BoolVar(&opts.verbose, "verbose", false, "also show the claims that could not be checked (severity info)")
	list := fs.Bool("list", false, "list the rules and exit")
	explain := fs.String("explain", "", "print the title and explanation of `RULE` and exit")
	jobs := fs.jobs("files")
	shard := fs.String("shard", "", "check only slice K of N of the inputs (K/N, 0 <= K < N); with prior-year on, all reports of one issuer go to one slice")
	timeout := positiveDuration(60 * time.Second)
	fs.Var(&timeout, "timeout", "time limit per file, a `duration` with its unit: 90s, 2m")
	disable := fs.disable()
	fs.BoolVar(&opts.summary, "summary", false, "print the closing summary (text: even for one file; json, jsonl: on stderr)")
	fs.StringVar(&opts.prior, "prior", "", "last year's report: check what every input says of last year against it (prior-year)")
	fs.StringVar(&opts.annotate, "annotate", "", "write a copy of each input carrying its findings into `DIR` (PDF: highlight annotations; DOCX: comments; XLSX: notes); inputs are never written over")
	fs.BoolVar(&opts.oneReport, "one-report", false, "the inputs are the files of one report (a narrative and its tables): check them as one document, named by the first file")
	args, code, ok = fs.parse(args)
	if !ok {
		return opts, nil, code, false
	}
	opts.format, opts.jobs, opts.timeout, opts.lang = *format, *jobs, time.Duration(timeout), fs.lang
	var err error
	if opts.analyzers, err = selectAnalyzers(*disable); err != nil {
		return opts, nil, fs.fail(err), false
	}
	if *list {
		writeRules(stdout, opts.analyzers, opts.lang)
		return opts, nil, exitOK, false
	}
	if *explain != "" {
		if err := explainRule(stdout, *explain, opts.lang); err != nil {
			return opts, nil, fs.fail(err), false
		}
		return opts, nil, exitOK, false
	}
	if opts.failOn, ok = failThreshold(*failOn); !ok {
		return opts, nil, fs.fail(i18n.Errorf("cli.failon.bad", *failOn)), false
	}
	if opts.shard, err = parseShard(*shard); err != nil {
		return opts, nil, fs.fail(err), false
	}
	files, code, ok = fs.inputs(args, stdin)
	opts.folders = folderArgs(args)
	opts.skipped = fs.skipped
	if ok {
		if err := checkAnnotateDir(opts.annotate, files); err != nil {
			return opts, nil, fs.fail(err), false
		}
	}
	return opts, files, code, ok
}

// shardReports groups the inputs into reports and keeps this shard's.
// Sharded, the files are sorted first, so that the slices do not depend
// on the order of a list (find prints in no set order); a shard that gets
// no report is an error, not a silent success.
func shardReports(files []string, opts checkOptions) ([][]string, error) {
	if opts.shard.n > 1 && !opts.oneReport {
		files = append([]string(nil), files...)
		sort.Strings(files)
	}
	all := reportsOf(files, opts.oneReport)
	if !opts.oneReport && len(opts.folders) > 0 {
		all = joinFolderParts(all, opts.folders, opts.jobs)
	}
	var reports [][]string
	if ruleOn(opts.analyzers, string(pairing.PriorYear)) && !opts.oneReport {
		reports = pickByIssuer(opts.shard, all, opts.jobs)
	} else {
		reports = opts.shard.pickReports(all)
	}
	if len(reports) == 0 {
		return nil, i18n.Errorf("cli.shard.empty", opts.shard.k, opts.shard.n, len(all))
	}
	return reports, nil
}

// failThreshold reads --fail-on; nil means never.
func failThreshold(s string) (*reconcile.Severity, bool) {
	if s == "never" {
		return nil, true
	}
	sev, err := reconcile.ParseSeverity(s)
	if err != nil || sev == reconcile.Info {
		return nil, false
	}
	return &sev, true
}

func reaches(fs []reconcile.Finding, sev reconcile.Severity) bool {
	for _, f := range fs {
		if f.Severity >= sev {
			return true
		}
	}
	return false
}

// fileResult is everything one file's check produced: its JSON entry,
// what the text report needs besides, the lines for stderr, and figures
// for the summary.
type fileResult struct {
	doc     jsonDocument
	stderr  []string
	failed  bool // unreadable, or a rule failed
	stats   reconcile.Stats
	elapsed time.Duration
	byLine  bool     // read from a text source: findings point at lines
	skipped []string // pages that could not be read
	// excerpts are the table excerpts of the findings' evidence, for
	// the HTML report (see excerptsOf).
	excerpts [][]*tableExcerpt
	lang     i18n.Lang
	// summary is what cross-report rules keep of the report.
	summary *reconcile.Summary
	noCopy  bool // --annotate: an input got no copy (a text report)
}

// reportsOf groups the input files into reports: each file its own, or
// with oneReport all of them one.
func reportsOf(files []string, oneReport bool) [][]string {
	if oneReport && len(files) > 0 {
		return [][]string{files}
	}
	out := make([][]string, len(files))
	for i, f := range files {
		out[i] = []string{f}
	}
	return out
}

// checkFile checks one report (one file, or the files of --one-report)
// within the time limit, which is per file. It prints nothing: results
// are printed in input order by the caller. With --annotate it writes the
// report's annotated copies.
func checkFile(paths []string, opts checkOptions) fileResult {
	r := checkReport(paths[0], len(paths), opts, func(ctx context.Context) (*extract.Document, error) {
		return openReport(ctx, paths)
	})
	if len(paths) > 1 && !opts.oneReport {
		r.doc.Parts = paths // joined by the folder run (joinParts)
	}
	return r
}

// checkReport checks the report that open reads from n files, named
// path, within the time limit per file.
func checkReport(path string, n int, opts checkOptions, open func(context.Context) (*extract.Document, error)) fileResult {
	start := time.Now()
	ctx, cancel := context.Background(), context.CancelFunc(func() {})
	limit := opts.timeout * time.Duration(n)
	if opts.timeout > 0 {
		ctx, cancel = context.WithTimeout(ctx, limit)
	}
	defer cancel()
	done := make(chan fileResult, 1)
	go func() { done <- checkFileNow(ctx, path, open, opts) }()
	var r fileResult
	if opts.timeout > 0 {
		select {
		case r = <-done:
		case <-ctx.Done():
			// Reading stops at the next page; a later stage still
			// running finishes in the background and is dropped.
			r = unreadable(path, &extract.InputError{File: path, Class: extract.ErrTimeout, Detail: limit.String()}, opts.lang)
		}
	} else {
		r = <-done
	}
	r.elapsed = time.Since(start)
	r.lang = opts.lang
	return r
}

// unreadable is the result for a file that could not be read. The JSON
// error is the reason alone, since the entry names the file; the line on
// stderr names it.
func unreadable(path string, err error, lang i18n.Lang) fileResult {
	reason := strings.TrimPrefix(errorText(err, lang), path+": ")
	r := fileResult{doc: jsonDocument{File: path, Error: &reason, Findings: []reconcile.Finding{}}, failed: true}
	r.stderr = []string{path + ": " + reason}
	return r
}

// openReport reads the files of one report into one document
// (extract.Join); the error names the file that could not be read.
func openReport(ctx context.Context, paths []string) (*extract.Document, error) {
	docs := make([]*extract.Document, len(paths))
	for i, p := range paths {
		d, err := extract.Open(p, extract.Options{Context: ctx})
		if err != nil {
			if len(paths) > 1 && !strings.Contains(err.Error(), p) {
				err = fmt.Errorf("%s: %w", p, err)
			}
			return nil, err
		}
		docs[i] = d
	}
	return extract.Join(docs...), nil
}

func checkFileNow(ctx context.Context, path string, open func(context.Context) (*extract.Document, error), opts checkOptions) (r fileResult) {
	defer func() {
		if p := recover(); p != nil {
			r = unreadable(path, i18n.Errorf("cli.internal", fmt.Sprint(p)), opts.lang)
		}
	}()
	doc, err := open(ctx)
	if err != nil {
		return unreadable(path, err, opts.lang)
	}
	res := reconcile.Check(doc, opts.analyzers)
	reconcile.Localize(res.Findings, opts.lang)
	r.doc = jsonDocument{File: path, Findings: []reconcile.Finding{}}
	for _, e := range res.Errors {
		r.stderr = append(r.stderr, fmt.Sprintf("%s: %v", path, e))
		r.failed = true
	}
	for _, w := range doc.Warnings {
		file := path
		if w.File != "" {
			file = w.File
		}
		r.stderr = append(r.stderr, warningLine(file, w, opts.lang))
	}
	r.doc.Pages = len(doc.Pages)
	id := report.Identify(doc)
	r.doc.Report = &id
	r.doc.Tables = len(res.Tables.Tables)
	r.doc.Claims = res.Stats.Claims
	r.doc.Checked = res.Stats.Checked
	r.stats = res.Stats
	for _, f := range res.Findings {
		if f.Severity == reconcile.Info && !opts.verbose {
			continue
		}
		r.doc.Findings = append(r.doc.Findings, f)
	}
	if opts.format == FormatHTML {
		r.excerpts = excerptsOf(res.Tables, r.doc.Findings)
	}
	r.byLine = textSource(doc)
	r.skipped = skippedPages(doc)
	r.doc.SkippedPages = skippedPagesJSON(doc)
	r.summary = res.Summary
	if opts.annotate != "" && ctx.Err() == nil {
		lines, noCopy, failed := writeAnnotated(opts.annotate, doc, r.doc.Findings, opts.lang)
		r.stderr, r.noCopy, r.failed = append(r.stderr, lines...), noCopy, r.failed || failed
	}
	return r
}

// skippedPages lists the pages that could not be read ("3", or "t.pdf
// p3" in a report joined from files); the text report says which, so
// that a reader knows what was not checked.
func skippedPages(doc *extract.Document) []string {
	var out []string
	for _, p := range doc.Pages {
		if p.Skipped {
			if p.File != "" {
				out = append(out, fmt.Sprintf("%s p%d", p.File, p.Number))
			} else {
				out = append(out, fmt.Sprint(p.Number))
			}
		}
	}
	return out
}

// textSource reports whether a document was read from the plain-text
// format, whose findings can point at a line.
func textSource(doc *extract.Document) bool {
	if strings.EqualFold(filepath.Ext(doc.Source), ".pdf") {
		return false
	}
	for _, b := range doc.Blocks {
		if t := b.Table; t != nil {
			for _, c := range t.Cells {
				if c.SourceLine > 0 {
					return true
				}
			}
		}
		if p := b.Paragraph; p != nil {
			for _, l := range p.Lines {
				if l.SourceLine > 0 {
					return true
				}
			}
		}
	}
	return false
}
