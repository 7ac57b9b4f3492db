package main

import (
	"fmt"
	"io"
	"sort"
	"time"

	"github.com/gouji/gouji/reconcile"
)

// summary gathers the closing figures of a batch run: files, pages,
// failures with reasons, findings by rule and severity, slowest files.
type summary struct {
	start    time.Time
	files    int
	pages    int
	failures []string
	skipped  []string // files of the input folders gouji does not read
	byRule   map[string]map[reconcile.Severity]int
	slowest  []timed
}

type timed struct {
	file    string
	elapsed time.Duration
	pages   int
}

func newSummary() *summary {
	return &summary{start: time.Now(), byRule: map[string]map[reconcile.Severity]int{}}
}

func (s *summary) add(r fileResult) {
	s.files++
	s.pages += r.doc.Pages
	if r.doc.Error != nil {
		s.failures = append(s.failures, r.doc.File+": "+*r.doc.Error)
	}
	for _, f := range r.doc.Findings {
		if s.byRule[f.Rule] == nil {
			s.byRule[f.Rule] = map[reconcile.Severity]int{}
		}
		s.byRule[f.Rule][f.Severity]++
	}
	s.slowest = append(s.slowest, timed{r.doc.File, r.elapsed, r.doc.Pages})
	sort.SliceStable(s.slowest, func(i, j int) bool { return s.slowest[i].elapsed > s.slowest[j].elapsed })
	if len(s.slowest) > 5 {
		s.slowest = s.slowest[:5]
	}
}

func (s *summary) write(w io.Writer) {
	el := time.Since(s.start)
	fmt.Fprintf(w, "\n== summary: %d files, %d pages in %s (%.1f files/s, %.0f pages/s), %d failed",
		s.files, s.pages, el.Round(time.Millisecond), float64(s.files)/el.Seconds(), float64(s.pages)/el.Seconds(), len(s.failures))
	if len(s.skipped) > 0 {
		fmt.Fprint(w, say("cli.summary.skipcount", len(s.skipped)))
	}
	fmt.Fprintln(w)
	for _, f := range s.failures {
		fmt.Fprintf(w, "   failed: %s\n", f)
	}
	for _, f := range s.skipped {
		fmt.Fprintln(w, "   "+say("cli.summary.skipped", f))
	}
	rules := make([]string, 0, len(s.byRule))
	for r := range s.byRule {
		rules = append(rules, r)
	}
	sort.Strings(rules)
	if len(rules) > 0 {
		fmt.Fprintf(w, "   findings by rule:%*s error warning info\n", 4, "")
		for _, r := range rules {
			c := s.byRule[r]
			fmt.Fprintf(w, "   %-20s %5d %7d %4d\n", r, c[reconcile.Error], c[reconcile.Warning], c[reconcile.Info])
		}
	}
	if len(s.slowest) > 1 {
		fmt.Fprintln(w, "   slowest:")
		for _, t := range s.slowest {
			fmt.Fprintf(w, "   %8s  %3d pages  %s\n", t.elapsed.Round(time.Millisecond), t.pages, t.file)
		}
	}
}
