package corpus

import (
	"fmt"
	"path/filepath"
	"runtime"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/internal/batch"
	"github.com/gouji/gouji/pairing"
	"github.com/gouji/gouji/reconcile"
)

// Result is the outcome of a regression run.
type Result struct {
	Reports     int
	Regressions []Regression
	// Failed lists reports that could not be read or checked: each is a
	// regression too.
	Failed []string
	// Updated lists the expected files rewritten by an update run.
	Updated []string
	// Scores compare the findings with the labels, rule by rule.
	Scores Scores
}

// Check reads one report and runs the analyzers on it. The files named
// by with are the report's other files (Expected.With, as paths): the
// report is checked as all of them joined into one (extract.Join).
func Check(path string, analyzers []*reconcile.Analyzer, with ...string) ([]reconcile.Finding, error) {
	res, err := check(path, analyzers, with...)
	if res == nil {
		return nil, err
	}
	return res.Findings, err
}

// check is Check returning the whole result (the summary pairing needs).
func check(path string, analyzers []*reconcile.Analyzer, with ...string) (*reconcile.Result, error) {
	docs := make([]*extract.Document, 0, 1+len(with))
	for _, p := range append([]string{path}, with...) {
		doc, err := extract.Open(p, extract.Options{})
		if err != nil {
			return nil, err
		}
		docs = append(docs, doc)
	}
	res := reconcile.Check(extract.Join(docs...), analyzers)
	if len(res.Errors) > 0 {
		return res, fmt.Errorf("%s: %v", path, res.Errors[0])
	}
	return res, nil
}

// Run checks every report under dir that has an expected file and
// compares; with update set it rewrites the expected files instead.
// Reports are checked by jobs workers (0: one per CPU); the result does not
// depend on jobs.
func Run(dir string, analyzers []*reconcile.Analyzer, jobs int, update bool) (*Result, error) {
	reports, err := Reports(dir, false)
	if err != nil {
		return nil, err
	}
	return RunReports(reports, analyzers, jobs, update)
}

// RunReports is Run over the given reports, each of which has an expected
// file (see HasExpected).
func RunReports(reports []string, analyzers []*reconcile.Analyzer, jobs int, update bool) (*Result, error) {
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	type checked struct {
		findings []reconcile.Finding
		summary  *reconcile.Summary
		err      error
	}
	res := &Result{Reports: len(reports), Scores: Scores{}}
	all := make([]checked, len(reports))
	batch.RunOrdered(len(reports), jobs, func(i int) checked {
		r, err := check(reports[i], analyzers, withFiles(reports[i])...)
		if r == nil {
			return checked{err: err}
		}
		return checked{r.Findings, r.Summary, err}
	}, func(i int, c checked) {
		all[i] = c
	})
	// Cross-report findings: the reports of one folder are paired, each
	// finding on the later report (a folder is one collection: the
	// mutation suite gives each cross-report mutant a folder of its own).
	byDir := map[string][]int{}
	for i := range all {
		d := filepath.Dir(reports[i])
		byDir[d] = append(byDir[d], i)
	}
	for _, idx := range byDir {
		sums := make([]*reconcile.Summary, len(idx))
		for k, i := range idx {
			if all[i].err == nil {
				sums[k] = all[i].summary
			}
		}
		pairs, _ := pairing.Pairs(sums, nil)
		for _, p := range pairs {
			if enabled(analyzers, string(p.Rule)) {
				cur := idx[p.Cur]
				all[cur].findings = append(all[cur].findings, pairing.Check(p, sums)...)
			}
		}
	}
	var firstErr error
	for i, c := range all {
		path := reports[i]
		if c.err != nil {
			res.Failed = append(res.Failed, c.err.Error())
			continue
		}
		reconcile.SortFindings(c.findings)
		exp, err := Load(ExpectedPath(path))
		if err != nil {
			if firstErr == nil {
				firstErr = err
			}
			continue
		}
		if update {
			if err := Save(ExpectedPath(path), Update(exp, c.findings)); err != nil && firstErr == nil {
				firstErr = err
			}
			res.Updated = append(res.Updated, ExpectedPath(path))
			continue
		}
		res.Regressions = append(res.Regressions, Compare(path, exp, c.findings)...)
		res.Scores.Add(exp, c.findings)
	}
	return res, firstErr
}

// enabled reports whether the rule is among the analyzers.
func enabled(analyzers []*reconcile.Analyzer, rule string) bool {
	for _, a := range analyzers {
		if a.Name == rule {
			return true
		}
	}
	return false
}

// withFiles returns the paths of the report's other files that its
// expected file lists (With), beside it; none when it cannot be read (the
// caller reports that).
func withFiles(report string) []string {
	e, err := Load(ExpectedPath(report))
	if err != nil {
		return nil
	}
	var out []string
	for _, w := range e.With {
		out = append(out, filepath.Join(filepath.Dir(report), w))
	}
	return out
}

// OK reports whether the run found no regression.
func (r *Result) OK() bool { return len(r.Regressions) == 0 && len(r.Failed) == 0 }
