package mutations

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/gouji/gouji/corpus"
	"github.com/gouji/gouji/reconcile"
)

// Status says whether a mutation's finding was produced.
type Status string

// Statuses of a mutation after a regression run over the mutants.
const (
	// Found: the expected finding is there.
	Found Status = "found"
	// Missed: the rule exists but did not produce the finding.
	Missed Status = "missed"
	// NotImplemented: the rule is not among the analyzers run yet (the
	// narrative rules land one by one); not a failure.
	NotImplemented Status = "rule not implemented yet"
	// KnownMiss: the rule exists and misses the edit, as the mutation's
	// Known field says it does.
	KnownMiss Status = "known miss"
	// Failed: the mutant could not be read or checked.
	Failed Status = "failed"
)

// Outcome is what became of one mutation.
type Outcome struct {
	Mutation Mutation
	Status   Status
	// Why says what failed, for Failed.
	Why string
	// Other are the mutant's other regressions: an Also finding missing,
	// an error finding nobody listed, a changed message. They do not count
	// against recall; they show where the expected files need a look.
	Other []corpus.Regression
}

// Score is the outcome of every mutation of a run.
type Score struct {
	Outcomes []Outcome
}

// Evaluate reads a regression run over materialised mutants (paths as
// Materialise returned them, in the order of ms) into a score. implemented
// tells the rules the run had. unedited holds the findings of the unedited
// reports by Base, when known: a new error a mutant shares with its
// unedited report is the report's own (its expected file is behind), not
// the edit's, and is left out of Other.
func Evaluate(ms []Mutation, paths []string, res *corpus.Result, implemented map[string]bool, unedited map[string][]reconcile.Finding) Score {
	byReport := map[string][]corpus.Regression{}
	for _, r := range res.Regressions {
		byReport[filepath.Clean(r.Report)] = append(byReport[filepath.Clean(r.Report)], r)
	}
	var s Score
	for i, m := range ms {
		o := Outcome{Mutation: m, Status: Found}
		p := filepath.Clean(paths[i])
		for _, f := range res.Failed {
			if strings.HasPrefix(f, p+":") {
				o.Status, o.Why = Failed, f
			}
		}
		for _, r := range byReport[p] {
			if r.Kind == corpus.Missing && r.Want.Equal(m.Expect) {
				if o.Status == Found {
					switch {
					case !implemented[m.Expect.Rule]:
						o.Status = NotImplemented
					case m.Known != "":
						o.Status = KnownMiss
					default:
						o.Status = Missed
					}
				}
				continue
			}
			if r.Kind == corpus.NewError && InBase(r.Finding, unedited[m.Base]) {
				continue
			}
			o.Other = append(o.Other, r)
		}
		s.Outcomes = append(s.Outcomes, o)
	}
	return s
}

// InBase reports whether the unedited report has f too (same rule, page,
// claimed figure and message).
func InBase(f reconcile.Finding, base []reconcile.Finding) bool {
	for _, b := range base {
		if b.Rule == f.Rule && b.Page == f.Page && b.Claimed == f.Claimed && b.Message == f.Message {
			return true
		}
	}
	return false
}

// Count is found of total.
type Count struct{ Found, Total, NotImplemented int }

func (c Count) String() string {
	s := fmt.Sprintf("%d/%d", c.Found, c.Total)
	if c.Total > 0 {
		s += fmt.Sprintf(" (%.0f%%)", 100*float64(c.Found)/float64(c.Total))
	}
	if c.NotImplemented > 0 {
		s += fmt.Sprintf(", %d not implemented yet", c.NotImplemented)
	}
	return s
}

func (c *Count) add(o Outcome) {
	c.Total++
	switch o.Status {
	case Found:
		c.Found++
	case NotImplemented:
		c.NotImplemented++
	}
}

// Overall counts every mutation.
func (s Score) Overall() Count {
	var c Count
	for _, o := range s.Outcomes {
		c.add(o)
	}
	return c
}

// ByRule counts the mutations of each rule, sorted by rule.
func (s Score) ByRule() ([]string, map[string]Count) {
	return s.group(func(m Mutation) string { return m.Expect.Rule })
}

// ByBase counts the mutations of each edited document.
func (s Score) ByBase() ([]string, map[string]Count) {
	return s.group(func(m Mutation) string { return m.Base })
}

func (s Score) group(key func(Mutation) string) ([]string, map[string]Count) {
	out := map[string]Count{}
	for _, o := range s.Outcomes {
		c := out[key(o.Mutation)]
		c.add(o)
		out[key(o.Mutation)] = c
	}
	keys := make([]string, 0, len(out))
	for k := range out {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys, out
}

// With returns the outcomes of one status.
func (s Score) With(st Status) []Outcome {
	var out []Outcome
	for _, o := range s.Outcomes {
		if o.Status == st {
			out = append(out, o)
		}
	}
	return out
}

// Summary is the one-line result: recall overall and of the rules that
// exist, and what is not implemented yet.
func (s Score) Summary() string {
	all := s.Overall()
	impl := Count{Found: all.Found, Total: all.Total - all.NotImplemented}
	var pending []string
	rules, by := s.ByRule()
	for _, r := range rules {
		if c := by[r]; c.NotImplemented > 0 {
			pending = append(pending, fmt.Sprintf("%s %d", r, c.NotImplemented))
		}
	}
	line := fmt.Sprintf("mutation suite: recall %s; on implemented rules %s", Count{Found: all.Found, Total: all.Total}, impl)
	if len(pending) > 0 {
		line += "; rule not implemented yet: " + strings.Join(pending, ", ")
	}
	if n := len(s.With(KnownMiss)); n > 0 {
		line += fmt.Sprintf("; %d known misses", n)
	}
	if n := len(s.With(Missed)) + len(s.With(Failed)); n > 0 {
		line += fmt.Sprintf("; %d missed or failed", n)
	}
	return line
}

// Report is the summary followed by recall per rule and per document and a
// line per mutation that was not found or has other regressions.
func (s Score) Report() string {
	var b strings.Builder
	b.WriteString(s.Summary() + "\n")
	rules, by := s.ByRule()
	b.WriteString("recall per rule:\n")
	for _, r := range rules {
		fmt.Fprintf(&b, "  %-17s %s\n", r, by[r])
	}
	bases, byBase := s.ByBase()
	b.WriteString("recall per document:\n")
	for _, r := range bases {
		fmt.Fprintf(&b, "  %-36s %s\n", r, byBase[r])
	}
	for _, o := range s.Outcomes {
		m := o.Mutation
		switch {
		case o.Status == KnownMiss:
			fmt.Fprintf(&b, "%s: %s: %s: %s\n", m.ID, o.Status, m.Expect, m.Known)
		case o.Status != Found:
			fmt.Fprintf(&b, "%s: %s: %s (%s)", m.ID, o.Status, m.Expect, m.Expect.Note)
			if o.Why != "" {
				b.WriteString(": " + o.Why)
			}
			b.WriteString("\n")
		case m.Known != "":
			fmt.Fprintf(&b, "%s: found although marked known: drop the mark\n", m.ID)
		}
		for _, r := range o.Other {
			fmt.Fprintf(&b, "%s: also %s\n", m.ID, r)
		}
	}
	return b.String()
}
