package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/reconcile"
)

const checkUsage = "usage: gouji check [--format text|json] [--fail-on error|warning|never] [--verbose] [--list] FILE..."

// checkOptions are the flags of gouji check.
type checkOptions struct {
	format  string
	failOn  string
	verbose bool
	list    bool
}

// runCheck reads each FILE, runs every rule on it and prints the findings.
// Exit codes: 0 when no finding reaches --fail-on, 1 when one does, 2 on a
// usage error or when a file cannot be read (the other files are still
// checked) or a rule failed.
func runCheck(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var opts checkOptions
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&opts.format, "format", "text", "output format: text or json")
	fs.StringVar(&opts.failOn, "fail-on", "error", "exit 1 when a finding reaches this severity: error, warning or never")
	fs.BoolVar(&opts.verbose, "verbose", false, "also show the claims that could not be checked (severity info)")
	fs.BoolVar(&opts.list, "list", false, "list the rules and exit")
	fs.Usage = func() {
		fmt.Fprintln(stderr, checkUsage)
		fs.PrintDefaults()
	}
	files, err := parseInterleaved(fs, args)
	if err != nil {
		if err == flag.ErrHelp {
			return exitOK
		}
		return exitError
	}
	if opts.list {
		writeRules(stdout, reconcile.Analyzers())
		return exitOK
	}
	if opts.format != "text" && opts.format != "json" {
		fmt.Fprintf(stderr, "gouji check: unknown format %q (want text or json)\n", opts.format)
		return exitError
	}
	failOn, ok := failThreshold(opts.failOn)
	if !ok {
		fmt.Fprintf(stderr, "gouji check: unknown --fail-on %q (want error, warning or never)\n", opts.failOn)
		return exitError
	}
	if len(files) == 0 {
		fmt.Fprintln(stderr, checkUsage)
		return exitError
	}
	code := exitOK
	var reports []jsonDocument
	for _, path := range files {
		rep, failed := checkFile(path, opts, stdout, stderr)
		if failed {
			code = exitError
		}
		if opts.format == "json" {
			reports = append(reports, rep)
		}
		if code == exitOK && failOn != nil && reaches(rep.Findings, *failOn) {
			code = exitFindings
		}
	}
	if opts.format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(jsonOutput{Tool: "gouji", Version: version, Documents: reports}); err != nil {
			fmt.Fprintln(stderr, "gouji:", err)
			return exitError
		}
	}
	return code
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

// checkFile checks one file, prints its text report when the format is
// text, and returns its JSON form; failed is set when the file could not
// be read or a rule failed.
func checkFile(path string, opts checkOptions, stdout, stderr io.Writer) (jsonDocument, bool) {
	rep := jsonDocument{File: path, Findings: []reconcile.Finding{}}
	doc, err := extract.Open(path, extract.Options{})
	if err != nil {
		msg := err.Error()
		if !strings.Contains(msg, path) {
			msg = path + ": " + msg
		}
		fmt.Fprintln(stderr, "gouji:", msg)
		rep.Error = &msg
		return rep, true
	}
	res := reconcile.Check(doc, reconcile.Analyzers())
	failed := false
	for _, e := range res.Errors {
		fmt.Fprintf(stderr, "gouji: %s: %v\n", path, e)
		failed = true
	}
	rep.Pages = len(doc.Pages)
	rep.Tables = len(res.Tables.Tables)
	rep.Claims = res.Stats.Claims
	rep.Checked = res.Stats.Checked
	for _, f := range res.Findings {
		if f.Severity == reconcile.Info && !opts.verbose {
			continue
		}
		rep.Findings = append(rep.Findings, f)
	}
	if opts.format == "text" {
		writeCheckText(stdout, path, rep, res.Stats, textSource(doc))
	}
	return rep, failed
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
func writeCheckText(w io.Writer, path string, rep jsonDocument, st reconcile.Stats, byLine bool) {
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
	line := fmt.Sprintf("%s: %d pages, %d tables, %d claims, %d checked, %d consistent; %s, %s",
		path, rep.Pages, rep.Tables, st.Claims, st.Checked, st.Consistent,
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
