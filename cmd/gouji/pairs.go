package main

import (
	"fmt"
	"hash/fnv"
	"io"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/internal/batch"
	"github.com/gouji/gouji/pairing"
	"github.com/gouji/gouji/reconcile"
	"github.com/gouji/gouji/report"
)

// Cross-report checks in gouji check: the reports of one run are paired
// (same issuer, consecutive years; a final with its year's budget, see
// package pairing) from the summaries their checks kept, and the pairs'
// findings are given on the later report after every report's own.

// crossRun holds what pairing needs of a run: one summary per report.
type crossRun struct {
	sums []*reconcile.Summary
	// prior is the --prior report's summary (the last entry of sums), −1
	// for none.
	prior int
}

// priorSummary reads the --prior report and keeps its summary.
func priorSummary(path string) (*reconcile.Summary, error) {
	doc, err := extract.Open(path, extract.Options{})
	if err != nil {
		return nil, err
	}
	res := reconcile.Check(doc, []*reconcile.Analyzer{reconcile.PriorYear})
	if res.Summary == nil {
		return nil, fmt.Errorf("%s: no summary", path)
	}
	return res.Summary, nil
}

// results pairs the run's reports and returns the findings of each pair
// as results on the later report, with the lines that say which reports
// were compared and why a report got no pair.
func (c *crossRun) results(analyzers []*reconcile.Analyzer, l i18n.Lang) (out []fileResult, lines []string) {
	explicit := map[int]int{}
	if c.prior >= 0 {
		for i := range c.sums[:c.prior] {
			explicit[i] = c.prior
		}
	}
	pairs, none := pairing.Pairs(c.sums, explicit)
	for _, p := range pairs {
		if !ruleOn(analyzers, string(p.Rule)) {
			continue
		}
		lines = append(lines, p.Describe(c.sums).In(l))
		fs := pairing.Check(p, c.sums)
		if len(fs) > 0 {
			reconcile.Localize(fs, l)
			out = append(out, fileResult{doc: jsonDocument{File: c.sums[p.Cur].File, Findings: fs, Across: true}, lang: l})
		}
	}
	for _, u := range none {
		if c.prior < 0 && ruleOn(analyzers, string(u.Rule)) && c.sums[u.Report] != nil {
			lines = append(lines, u.Describe(c.sums).In(l))
		}
	}
	return out, lines
}

func ruleOn(analyzers []*reconcile.Analyzer, name string) bool {
	for _, a := range analyzers {
		if a.Name == name {
			return true
		}
	}
	return false
}

// writeCrossText prints the pairs and their findings for people, in
// language l.
func writeCrossText(w io.Writer, lines []string, results []fileResult, l i18n.Lang) {
	if len(lines) == 0 {
		return
	}
	fmt.Fprintln(w, tr(l, "pair.heading"))
	for _, line := range lines {
		fmt.Fprintln(w, "  "+line)
	}
	for _, r := range results {
		for _, f := range r.doc.Findings {
			writeFindingText(w, r.doc.File, f, false, l)
		}
	}
}

// merger is a writer that can add a result to the document of the same
// input written before (gouji check's JSON).
type merger interface{ merge(fileResult) bool }

// checkAcross pairs the run's reports (and --prior), prints what was
// compared and the pairs' findings, and returns the exit code they call
// for.
func checkAcross(cross *crossRun, opts checkOptions, out writer[fileResult], sum *summary, stdout, stderr io.Writer) int {
	if opts.prior != "" {
		s, err := priorSummary(opts.prior)
		if err != nil {
			fmt.Fprintln(stderr, "gouji: --prior:", err)
			return exitError
		}
		cross.sums = append(cross.sums, s)
		cross.prior = len(cross.sums) - 1
	} else if len(cross.sums) < 2 {
		return exitOK
	}
	results, lines := cross.results(opts.analyzers, opts.lang)
	code := exitOK
	for _, r := range results {
		sum.addFindings(r.doc.Findings)
		if opts.format == FormatText {
			continue
		}
		if m, ok := out.(merger); ok && m.merge(r) {
			continue
		}
		if err := out.write(r); err != nil {
			fmt.Fprintln(stderr, "gouji:", err)
			code = exitError
		}
	}
	if opts.format == FormatText {
		writeCrossText(stdout, lines, results, opts.lang)
	} else {
		for _, l := range lines {
			fmt.Fprintln(stderr, "gouji: "+l)
		}
	}
	for _, r := range results {
		if code == exitOK && opts.failOn != nil && reaches(r.doc.Findings, *opts.failOn) {
			code = exitFindings
		}
	}
	return code
}

// coverPages is how many pages are read for a report's identity when
// sharding by issuer.
const coverPages = 3

// pickByIssuer returns this shard's reports when pairing is on: every
// report of one issuer goes to the same shard (by a hash of its
// normalised name, read from its first pages), so that a sharded run
// compares the same pairs as a single one. A report whose issuer cannot
// be read is placed by its file name.
func pickByIssuer(s shard, reports [][]string, jobs int) [][]string {
	if s.n == 1 {
		return reports
	}
	keys := make([]string, len(reports))
	batch.RunOrdered(len(reports), jobs, func(i int) string {
		return issuerKey(reports[i][0])
	}, func(i int, k string) { keys[i] = k })
	var out [][]string
	for i, r := range reports {
		h := fnv.New32a()
		h.Write([]byte(keys[i]))
		if int(h.Sum32()%uint32(s.n)) == s.k {
			out = append(out, r)
		}
	}
	return out
}

// issuerKey is the normalised issuer a report's first pages name, else
// its file name.
func issuerKey(path string) string {
	doc, err := extract.Open(path, extract.Options{MaxPages: coverPages})
	if err != nil {
		return "file:" + path
	}
	if id := report.Identify(doc); id.IssuerKey != "" {
		return "issuer:" + id.IssuerKey
	}
	return "file:" + path
}
