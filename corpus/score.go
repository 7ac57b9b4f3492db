package corpus

import (
	"fmt"
	"io"
	"sort"

	"github.com/gouji/gouji/reconcile"
)

// RuleScore counts, for one rule, how its findings compare with the
// labels: recall is Found / Labelled (labelled inconsistencies found as an
// error or a warning), precision TrueErrors / Errors (errors that are
// labelled real).
type RuleScore struct {
	Labelled, Found    int
	Errors, TrueErrors int
}

// Scores are rule scores by rule id.
type Scores map[string]*RuleScore

func (s Scores) rule(id string) *RuleScore {
	if s[id] == nil {
		s[id] = &RuleScore{}
	}
	return s[id]
}

// Add counts one report's findings against its expected file.
func (s Scores) Add(e Expected, findings []reconcile.Finding) {
	m := match(e, findings)
	labelled := make([]bool, len(findings))
	for k, w := range e.Findings {
		r := s.rule(w.Rule)
		r.Labelled++
		if i := m.labels[k]; i >= 0 {
			r.Found++
			labelled[i] = true
		}
	}
	for i, f := range findings {
		if f.Severity != reconcile.Error {
			continue
		}
		r := s.rule(f.Rule)
		r.Errors++
		if labelled[i] {
			r.TrueErrors++
		}
	}
}

// Total adds up every rule.
func (s Scores) Total() RuleScore {
	var t RuleScore
	for _, r := range s {
		t.Labelled += r.Labelled
		t.Found += r.Found
		t.Errors += r.Errors
		t.TrueErrors += r.TrueErrors
	}
	return t
}

// Write prints one line per rule and one for all rules: labelled, found,
// recall, errors, labelled errors, precision.
func (s Scores) Write(w io.Writer) {
	ids := make([]string, 0, len(s))
	for id := range s {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	fmt.Fprintf(w, "%-17s %8s %6s %7s %7s %8s %9s\n", "rule", "labelled", "found", "recall", "errors", "labelled", "precision")
	for _, id := range ids {
		s[id].write(w, id)
	}
	t := s.Total()
	t.write(w, "all rules")
}

func (r RuleScore) write(w io.Writer, name string) {
	fmt.Fprintf(w, "%-17s %8d %6d %7s %7d %8d %9s\n", name, r.Labelled, r.Found, percent(r.Found, r.Labelled), r.Errors, r.TrueErrors, percent(r.TrueErrors, r.Errors))
}

// percent prints n/d as a whole percentage, "—" when d is 0.
func percent(n, d int) string {
	if d == 0 {
		return "—"
	}
	return fmt.Sprintf("%d%%", (200*n+d)/(2*d))
}
