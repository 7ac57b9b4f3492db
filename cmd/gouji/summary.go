package main

import (
	"fmt"
	"io"
	"sort"
	"time"

	"github.com/gouji/gouji/i18n"
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
	lang     i18n.Lang
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
	s.addFindings(r.doc.Findings)
	s.slowest = append(s.slowest, timed{r.doc.File, r.elapsed, r.doc.Pages})
	sort.SliceStable(s.slowest, func(i, j int) bool { return s.slowest[i].elapsed > s.slowest[j].elapsed })
	if len(s.slowest) > 5 {
		s.slowest = s.slowest[:5]
	}
}

// addFindings counts findings by rule and severity: a report's own, and
// the cross-report findings of the pairs.
func (s *summary) addFindings(fs []reconcile.Finding) {
	for _, f := range fs {
		if s.byRule[f.Rule] == nil {
			s.byRule[f.Rule] = map[reconcile.Severity]int{}
		}
		s.byRule[f.Rule][f.Severity]++
	}
}

func (s *summary) write(w io.Writer) {
	el := time.Since(s.start)
	l := s.lang
	fmt.Fprint(w, tr(l, "cli.sum.head", s.files, s.pages, duration(el, l), float64(s.files)/el.Seconds(), float64(s.pages)/el.Seconds(), len(s.failures)))
	for _, f := range s.failures {
		fmt.Fprint(w, tr(l, "cli.sum.failed", f))
	}
	for _, f := range s.skipped {
		fmt.Fprintln(w, "   "+tr(l, "cli.summary.skipped", f))
	}
	rules := make([]string, 0, len(s.byRule))
	for r := range s.byRule {
		rules = append(rules, r)
	}
	sort.Strings(rules)
	if len(rules) > 0 {
		fmt.Fprint(w, tr(l, "cli.sum.byrule"))
		for _, r := range rules {
			c := s.byRule[r]
			fmt.Fprintf(w, "   %-20s %5d %7d %4d\n", r, c[reconcile.Error], c[reconcile.Warning], c[reconcile.Info])
		}
	}
	if len(s.slowest) > 1 {
		fmt.Fprint(w, tr(l, "cli.sum.slowest"))
		for _, t := range s.slowest {
			fmt.Fprint(w, tr(l, "cli.sum.slow", duration(t.elapsed, l), t.pages, t.file))
		}
	}
}

// duration prints an elapsed time to the millisecond: 1.234s, 1.234秒.
func duration(d time.Duration, l i18n.Lang) string {
	d = d.Round(time.Millisecond)
	if l == i18n.En {
		return d.String()
	}
	return tr(l, "cli.seconds", fmt.Sprintf("%.3f", d.Seconds()))
}
