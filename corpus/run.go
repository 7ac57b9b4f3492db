package corpus

import (
	"fmt"
	"path/filepath"
	"runtime"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/internal/batch"
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
		return res.Findings, fmt.Errorf("%s: %v", path, res.Errors[0])
	}
	return res.Findings, nil
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
		err      error
	}
	res := &Result{Reports: len(reports), Scores: Scores{}}
	var firstErr error
	batch.RunOrdered(len(reports), jobs, func(i int) checked {
		f, err := Check(reports[i], analyzers, withFiles(reports[i])...)
		return checked{f, err}
	}, func(i int, c checked) {
		path := reports[i]
		if c.err != nil {
			res.Failed = append(res.Failed, c.err.Error())
			return
		}
		exp, err := Load(ExpectedPath(path))
		if err != nil {
			if firstErr == nil {
				firstErr = err
			}
			return
		}
		if update {
			if err := Save(ExpectedPath(path), Update(exp, c.findings)); err != nil && firstErr == nil {
				firstErr = err
			}
			res.Updated = append(res.Updated, ExpectedPath(path))
			return
		}
		res.Regressions = append(res.Regressions, Compare(path, exp, c.findings)...)
		res.Scores.Add(exp, c.findings)
	})
	return res, firstErr
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
