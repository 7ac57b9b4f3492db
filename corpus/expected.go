package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/gouji/gouji/reconcile"
)

// Expected is the content of NAME.expected.json.
type Expected struct {
	// Findings must appear.
	Findings []Want `json:"findings"`
	// Absent must not appear: a consistent statement once wrongly flagged,
	// kept so that it stays unflagged.
	Absent []Want `json:"absent,omitempty"`
}

// Want identifies a finding by rule, severity, page and claimed number;
// empty fields match anything (a nil Severity any severity). Message is
// the message last recorded: a finding that matches with another message
// is reported as changed. Note says why the finding is right (or, under
// Absent, why it would be wrong). Compare two Wants with Equal: Severity
// is a pointer.
type Want struct {
	Rule     string              `json:"rule"`
	Severity *reconcile.Severity `json:"severity,omitempty"`
	Page     int                 `json:"page,omitempty"`
	Claimed  string              `json:"claimed,omitempty"`
	Message  string              `json:"message,omitempty"`
	Note     string              `json:"note,omitempty"`
}

// WithSeverity returns w matching only findings of severity s.
func (w Want) WithSeverity(s reconcile.Severity) Want {
	w.Severity = &s
	return w
}

// Equal reports whether w and o are the same expectation.
func (w Want) Equal(o Want) bool {
	sameSeverity := w.Severity == o.Severity || w.Severity != nil && o.Severity != nil && *w.Severity == *o.Severity
	w.Severity, o.Severity = nil, nil
	return sameSeverity && w == o
}

func (w Want) matches(f reconcile.Finding) bool {
	return w.Rule == f.Rule && (w.Page == 0 || w.Page == f.Page) && (w.Claimed == "" || w.Claimed == f.Claimed) &&
		(w.Severity == nil || *w.Severity == f.Severity)
}

func (w Want) String() string {
	var b strings.Builder
	b.WriteString(w.Rule)
	if w.Severity != nil {
		b.WriteString(" " + w.Severity.String())
	}
	if w.Page > 0 {
		fmt.Fprintf(&b, " p%d", w.Page)
	}
	if w.Claimed != "" {
		b.WriteString(" claimed " + w.Claimed)
	}
	return b.String()
}

// ExpectedPath returns the expected-findings file of a report.
func ExpectedPath(report string) string {
	return strings.TrimSuffix(report, filepath.Ext(report)) + ".expected.json"
}

// HasExpected reports whether a report has its expected-findings file.
func HasExpected(report string) bool {
	_, err := os.Stat(ExpectedPath(report))
	return err == nil
}

// Load reads an expected-findings file.
func Load(path string) (Expected, error) {
	var e Expected
	data, err := os.ReadFile(path)
	if err != nil {
		return e, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&e); err != nil {
		return e, fmt.Errorf("%s: %w", path, err)
	}
	return e, nil
}

// Save writes an expected-findings file, indented and with a final
// newline, so that updates read well in a diff.
func Save(path string, e Expected) error {
	if e.Findings == nil {
		e.Findings = []Want{}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(e); err != nil {
		return err
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}

// RegressionKind says how a report's findings differ from its expected
// file.
type RegressionKind string

// The kinds of regression.
const (
	Missing  RegressionKind = "missing"  // an expected finding did not appear
	NewError RegressionKind = "new"      // an error the expected file does not list
	Changed  RegressionKind = "changed"  // an expected finding appeared with another message
	Unwanted RegressionKind = "unwanted" // a finding listed as absent appeared
)

// Regression is one difference between a report's findings and what its
// expected file says.
type Regression struct {
	Kind    RegressionKind
	Report  string
	Want    Want
	Finding reconcile.Finding
}

func (r Regression) String() string {
	switch r.Kind {
	case Missing:
		s := fmt.Sprintf("%s: missing %s", r.Report, r.Want)
		if r.Want.Message != "" {
			s += ": " + r.Want.Message
		}
		if r.Want.Note != "" {
			s += " (" + r.Want.Note + ")"
		}
		return s
	case Changed:
		return fmt.Sprintf("%s:%d: changed %s: was %q, now %q", r.Report, r.Finding.Page, r.Want, r.Want.Message, r.Finding.Message)
	case Unwanted:
		return fmt.Sprintf("%s:%d: listed as absent but found %s %s: %s", r.Report, r.Finding.Page, r.Finding.Severity, r.Finding.Rule, r.Finding.Message)
	default:
		return fmt.Sprintf("%s:%d: new %s %s claimed %s: %s", r.Report, r.Finding.Page, r.Finding.Severity, r.Finding.Rule, r.Finding.Claimed, r.Finding.Message)
	}
}

// Compare returns the regressions of findings against e, in a stable
// order: missing ones first, in the order of the expected file, then the
// others in the order of the findings.
func Compare(report string, e Expected, findings []reconcile.Finding) []Regression {
	var out []Regression
	used := make([]bool, len(findings))
	for _, w := range e.Findings {
		found := -1
		for i, f := range findings {
			if !used[i] && w.matches(f) {
				found = i
				break
			}
		}
		if found < 0 {
			out = append(out, Regression{Kind: Missing, Report: report, Want: w})
			continue
		}
		used[found] = true
		if w.Message != "" && w.Message != findings[found].Message {
			out = append(out, Regression{Kind: Changed, Report: report, Want: w, Finding: findings[found]})
		}
	}
	for i, f := range findings {
		for _, w := range e.Absent {
			if w.matches(f) {
				out = append(out, Regression{Kind: Unwanted, Report: report, Want: w, Finding: f})
			}
		}
		if !used[i] && f.Severity == reconcile.Error {
			out = append(out, Regression{Kind: NewError, Report: report, Finding: f})
		}
	}
	return out
}

// Update returns e rewritten from the current findings: every warning
// and error is expected, with its current message; notes of findings that
// stay are kept, and the absent list is kept as it is.
func Update(e Expected, findings []reconcile.Finding) Expected {
	out := Expected{Findings: []Want{}, Absent: e.Absent}
	used := make([]bool, len(e.Findings))
	for _, f := range findings {
		if f.Severity < reconcile.Warning {
			continue
		}
		w := Want{Rule: f.Rule, Page: f.Page, Claimed: f.Claimed, Message: f.Message}.WithSeverity(f.Severity)
		for i, old := range e.Findings {
			if !used[i] && old.matches(f) {
				used[i] = true
				w.Note = old.Note
				break
			}
		}
		out.Findings = append(out.Findings, w)
	}
	return out
}

// Reports returns the reports under dir (recursively) that have an
// expected file beside them, sorted by path. With all set, reports without
// one are listed too (for --update to create their files).
func Reports(dir string, all bool) ([]string, error) {
	var out []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		ext := strings.ToLower(filepath.Ext(p))
		if d.IsDir() || ext != ".pdf" && ext != ".txt" {
			return nil
		}
		if all || HasExpected(p) {
			out = append(out, p)
		}
		return nil
	})
	sort.Strings(out)
	return out, err
}
