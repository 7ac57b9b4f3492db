package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/internal/batch"
	"github.com/gouji/gouji/reconcile"
)

const checkUsage = "usage: gouji check [--format text|json|jsonl] [--fail-on error|warning|never] [--jobs N] [--shard K/N] [--timeout D] [--disable RULES] [--verbose] [--list] FILE|DIR|-..."

// checkOptions are the flags of gouji check.
type checkOptions struct {
	format  string
	failOn  string
	verbose bool
	list    bool
	jobs    int
	shard   string
	timeout time.Duration
	disable string
	summary bool
}

// runCheck reads each FILE (directories are walked for *.pdf and *.txt,
// "-" reads a list of paths from stdin), runs every rule on it and prints
// the findings, in input order whatever --jobs is. Exit codes: 0 when no
// finding reaches --fail-on, 1 when one does, 2 on a usage error or when
// a file cannot be read (the other files are still checked) or a rule
// failed.
func runCheck(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var opts checkOptions
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&opts.format, "format", "text", "output format: text, json, or jsonl (one JSON document per line, streamed)")
	fs.StringVar(&opts.failOn, "fail-on", "error", "exit 1 when a finding reaches this severity: error, warning or never")
	fs.BoolVar(&opts.verbose, "verbose", false, "also show the claims that could not be checked (severity info)")
	fs.BoolVar(&opts.list, "list", false, "list the rules and exit")
	fs.IntVar(&opts.jobs, "jobs", runtime.NumCPU(), "files checked in parallel")
	fs.StringVar(&opts.shard, "shard", "", "check only slice K of N of the inputs (K/N, 0 <= K < N)")
	fs.DurationVar(&opts.timeout, "timeout", 60*time.Second, "time limit per file")
	fs.StringVar(&opts.disable, "disable", "", "comma-separated rule ids not to run")
	fs.BoolVar(&opts.summary, "summary", false, "print the closing summary (text: even for one file; json, jsonl: on stderr)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, checkUsage)
		fs.PrintDefaults()
	}
	args, err := parseInterleaved(fs, args)
	if err != nil {
		if err == flag.ErrHelp {
			return exitOK
		}
		return exitError
	}
	analyzers, err := selectAnalyzers(opts.disable)
	if err != nil {
		fmt.Fprintln(stderr, "gouji check:", err)
		return exitError
	}
	if opts.list {
		writeRules(stdout, analyzers)
		return exitOK
	}
	if opts.format != "text" && opts.format != "json" && opts.format != "jsonl" {
		fmt.Fprintf(stderr, "gouji check: unknown format %q (want text, json or jsonl)\n", opts.format)
		return exitError
	}
	failOn, ok := failThreshold(opts.failOn)
	if !ok {
		fmt.Fprintf(stderr, "gouji check: unknown --fail-on %q (want error, warning or never)\n", opts.failOn)
		return exitError
	}
	sh, err := parseShard(opts.shard)
	if err != nil {
		fmt.Fprintln(stderr, "gouji check:", err)
		return exitError
	}
	if len(args) == 0 {
		fmt.Fprintln(stderr, checkUsage)
		return exitError
	}
	files, err := expandInputs(args, stdin)
	if err != nil {
		fmt.Fprintln(stderr, "gouji check:", err)
		return exitError
	}
	files = sh.pick(files)
	code := exitOK
	var reports []jsonDocument
	sum := newSummary()
	bar := newProgress(stderr, len(files))
	jl := json.NewEncoder(stdout)
	jl.SetEscapeHTML(false)
	batch.RunOrdered(len(files), opts.jobs, func(i int) fileResult {
		return checkFile(files[i], opts, analyzers)
	}, func(i int, r fileResult) {
		bar.done(r.doc.Pages)
		for _, line := range r.stderr {
			bar.println("gouji: " + line)
		}
		switch opts.format {
		case "text":
			stdout.Write(r.text)
		case "json":
			reports = append(reports, r.doc)
		case "jsonl":
			if err := jl.Encode(r.doc); err != nil {
				fmt.Fprintln(stderr, "gouji:", err)
				code = exitError
			}
		}
		if r.failed {
			code = exitError
		}
		if code == exitOK && failOn != nil && reaches(r.doc.Findings, *failOn) {
			code = exitFindings
		}
		sum.add(r)
	})
	bar.finish()
	if opts.format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if reports == nil {
			reports = []jsonDocument{}
		}
		if err := enc.Encode(jsonOutput{Tool: "gouji", Version: version, Documents: reports}); err != nil {
			fmt.Fprintln(stderr, "gouji:", err)
			return exitError
		}
	}
	// The summary closes a text report on stdout; machine formats keep
	// stdout to their JSON and print it on stderr when asked or when a
	// person is watching.
	switch {
	case opts.format == "text" && (len(files) > 1 || opts.summary):
		sum.write(stdout)
	case opts.format != "text" && (opts.summary || bar.p != nil):
		sum.write(stderr)
	}
	return code
}

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

// parseInterleaved parses flags wherever they stand among the file names
// (gouji check report.pdf --format json), as users type them; after "--"
// every argument is a file.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return files, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(files, rest...), nil
		}
		files = append(files, rest[0])
		args = rest[1:]
	}
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

// jsonOutput is the JSON form of a run. Other tools read it: keep the
// names.
type jsonOutput struct {
	Tool      string         `json:"tool"`
	Version   string         `json:"version"`
	Documents []jsonDocument `json:"documents"`
}

// jsonDocument is one FILE's result. Error is null for a file that was
// read.
type jsonDocument struct {
	File     string              `json:"file"`
	Error    *string             `json:"error"`
	Pages    int                 `json:"pages"`
	Tables   int                 `json:"tables"`
	Claims   int                 `json:"claims"`
	Checked  int                 `json:"checked"`
	Findings []reconcile.Finding `json:"findings"`
}

// fileResult is everything one file's check produced: its JSON entry, its
// text report, the lines for stderr, and figures for the summary.
type fileResult struct {
	doc     jsonDocument
	text    []byte
	stderr  []string
	failed  bool // unreadable, or a rule failed
	stats   reconcile.Stats
	elapsed time.Duration
}

// checkFile checks one file within the time limit. It never writes:
// results are printed in input order by the caller.
func checkFile(path string, opts checkOptions, analyzers []*reconcile.Analyzer) fileResult {
	start := time.Now()
	ctx, cancel := context.Background(), context.CancelFunc(func() {})
	if opts.timeout > 0 {
		ctx, cancel = context.WithTimeout(ctx, opts.timeout)
	}
	defer cancel()
	done := make(chan fileResult, 1)
	go func() { done <- checkFileNow(ctx, path, opts, analyzers) }()
	var r fileResult
	if opts.timeout > 0 {
		select {
		case r = <-done:
		case <-ctx.Done():
			// Reading stops at the next page; a later stage still
			// running finishes in the background and is dropped.
			r = unreadable(path, &extract.InputError{File: path, Class: extract.ErrTimeout, Detail: opts.timeout.String()}, opts)
		}
	} else {
		r = <-done
	}
	r.elapsed = time.Since(start)
	return r
}

// unreadable is the result for a file that could not be read.
func unreadable(path string, err error, opts checkOptions) fileResult {
	msg := err.Error()
	if !strings.Contains(msg, path) {
		msg = path + ": " + msg
	}
	r := fileResult{doc: jsonDocument{File: path, Error: &msg, Findings: []reconcile.Finding{}}, failed: true}
	r.stderr = []string{msg}
	return r
}

func checkFileNow(ctx context.Context, path string, opts checkOptions, analyzers []*reconcile.Analyzer) (r fileResult) {
	defer func() {
		if p := recover(); p != nil {
			r = unreadable(path, fmt.Errorf("internal error: %v", p), opts)
		}
	}()
	doc, err := extract.Open(path, extract.Options{Context: ctx})
	if err != nil {
		return unreadable(path, err, opts)
	}
	res := reconcile.Check(doc, analyzers)
	r.doc = jsonDocument{File: path, Findings: []reconcile.Finding{}}
	for _, e := range res.Errors {
		r.stderr = append(r.stderr, fmt.Sprintf("%s: %v", path, e))
		r.failed = true
	}
	for _, w := range doc.Warnings {
		if w.Page > 0 {
			r.stderr = append(r.stderr, fmt.Sprintf("%s: page %d: %s", path, w.Page, w.Message))
		} else {
			r.stderr = append(r.stderr, fmt.Sprintf("%s: %s", path, w.Message))
		}
	}
	r.doc.Pages = len(doc.Pages)
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
	if opts.format == "text" {
		var b bytes.Buffer
		writeCheckText(&b, path, r.doc, res.Stats, textSource(doc), skippedPages(doc))
		r.text = b.Bytes()
	}
	return r
}

// skippedPages lists the pages that could not be read; the text report
// says which, so that a reader knows what was not checked.
func skippedPages(doc *extract.Document) []int {
	var out []int
	for _, p := range doc.Pages {
		if p.Skipped {
			out = append(out, p.Number)
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

// writeCheckText prints findings like a compiler: FILE:PAGE (FILE:LINE for
// a text source), severity, rule and message, then the quote, the claimed
// and expected figures and each piece of evidence; and a summary line.
func writeCheckText(w io.Writer, path string, rep jsonDocument, st reconcile.Stats, byLine bool, skipped []int) {
	count := map[reconcile.Severity]int{}
	for _, f := range rep.Findings {
		count[f.Severity]++
		loc := fmt.Sprint(f.Page)
		if byLine && f.Line > 0 {
			loc = fmt.Sprint(f.Line)
		}
		fmt.Fprintf(w, "%s:%s: %s %s: %s\n", path, loc, f.Severity, f.Rule, f.Message)
		if f.Quote != "" {
			fmt.Fprintf(w, "    | %s\n", f.Quote)
		}
		if f.Claimed != "" || f.Expected != "" {
			claimed := f.Claimed
			if claimed == "" {
				claimed = "(empty)"
			}
			unit := ""
			if f.Unit != "" {
				unit = " " + f.Unit
			}
			fmt.Fprintf(w, "    claimed %s%s, expected %s%s\n", claimed, unit, orEmpty(f.Expected), unit)
		}
		for _, e := range f.Evidence {
			fmt.Fprintf(w, "    %s\n", evidenceLine(path, e, byLine))
		}
	}
	pages := fmt.Sprintf("%d pages", rep.Pages)
	if len(skipped) > 0 {
		pages += fmt.Sprintf(" (%d skipped: %s)", len(skipped), strings.Trim(fmt.Sprint(skipped), "[]"))
	}
	line := fmt.Sprintf("%s: %s, %d tables, %d claims, %d checked, %d consistent; %s, %s",
		path, pages, rep.Tables, st.Claims, st.Checked, st.Consistent,
		plural(count[reconcile.Error], "error"), plural(count[reconcile.Warning], "warning"))
	if n := count[reconcile.Info]; n > 0 {
		line += ", " + plural(n, "info")
	}
	fmt.Fprintln(w, line)
}

func evidenceLine(path string, e reconcile.Evidence, byLine bool) string {
	loc := fmt.Sprintf("p%d", e.Page)
	if byLine && e.Line > 0 {
		loc = fmt.Sprintf("%s:%d", path, e.Line)
	}
	if e.Kind == "text" {
		return fmt.Sprintf("%s text: %s", loc, e.Quote)
	}
	return fmt.Sprintf("%s %s: %s [%s] = %s", loc, e.Table, e.Row, e.Column, orEmpty(e.Value))
}

func orEmpty(s string) string {
	if s == "" {
		return "(empty)"
	}
	return s
}

func plural(n int, word string) string {
	if n == 1 || word == "info" {
		return fmt.Sprintf("%d %s", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
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
