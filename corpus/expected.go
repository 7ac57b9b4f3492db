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
	// Findings are the report's real inconsistencies, labelled by hand:
	// each must appear as an error or a warning, except those marked
	// Missed, which gouji does not find yet.
	Findings []Want `json:"findings"`
	// Misread are errors gouji reports that are not real (a table or a
	// sentence misread): known defects, listed so that precision is
	// counted honestly. Each must still appear; one that no longer does is
	// reported, so that the list shrinks as the defects are fixed.
	Misread []Want `json:"misread,omitempty"`
	// Absent must not appear: a consistent statement once wrongly flagged,
	// kept so that it stays unflagged.
	Absent []Want `json:"absent,omitempty"`
	// With lists the other files of the report, beside this one (a
	// narrative's tables, published as a PDF of their own): the report is
	// checked as the files joined into one (gouji check --one-report).
	With []string `json:"with,omitempty"`
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
	// Missed marks a labelled inconsistency gouji does not find yet.
	Missed bool `json:"missed,omitempty"`
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
	NowFound RegressionKind = "found"    // a finding marked missed appeared: drop the mark
	Fixed    RegressionKind = "fixed"    // a misread listed no longer appears: drop it
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
	case NowFound:
		return fmt.Sprintf("%s:%d: now found %s (marked missed: gouji corpus --update drops the mark)", r.Report, r.Finding.Page, r.Want)
	case Fixed:
		return fmt.Sprintf("%s: misread %s no longer reported (gouji corpus --update drops it)", r.Report, r.Want)
	default:
		return fmt.Sprintf("%s:%d: new %s %s claimed %s: %s", r.Report, r.Finding.Page, r.Finding.Severity, r.Finding.Rule, r.Finding.Claimed, r.Finding.Message)
	}
}

// Compare returns the regressions of findings against e, in a stable
// order: labelled findings first, in the order of the expected file, then
// the misreads, then the others in the order of the findings.
func Compare(report string, e Expected, findings []reconcile.Finding) []Regression {
	var out []Regression
	m := match(e, findings)
	for k, w := range e.Findings {
		i := m.labels[k]
		switch {
		case i < 0 && !w.Missed:
			out = append(out, Regression{Kind: Missing, Report: report, Want: w})
		case i >= 0 && w.Missed:
			out = append(out, Regression{Kind: NowFound, Report: report, Want: w, Finding: findings[i]})
		case i >= 0 && w.Message != "" && w.Message != findings[i].Message:
			out = append(out, Regression{Kind: Changed, Report: report, Want: w, Finding: findings[i]})
		}
	}
	for k, w := range e.Misread {
		if m.misread[k] < 0 {
			out = append(out, Regression{Kind: Fixed, Report: report, Want: w})
		}
	}
	for i, f := range findings {
		for _, w := range e.Absent {
			if w.matches(f) {
				out = append(out, Regression{Kind: Unwanted, Report: report, Want: w, Finding: f})
			}
		}
		if !m.used[i] && f.Severity == reconcile.Error {
			out = append(out, Regression{Kind: NewError, Report: report, Finding: f})
		}
	}
	return out
}

// matching pairs the entries of an expected file with findings, each
// finding used once: labels[k] and misread[k] are the index of the finding
// matched by e.Findings[k] and e.Misread[k], −1 for none.
type matching struct {
	labels, misread []int
	used            []bool
}

// match pairs labels with their findings first (errors and warnings
// only), then misreads with the errors left. A label is matched by a
// finding of its own rule, else by one of another rule that names the
// same figure on the same page: the wrong figure is found, whichever
// relation showed it (a copied amount caught by text-vs-table where the
// label says restated).
func match(e Expected, findings []reconcile.Finding) matching {
	m := matching{used: make([]bool, len(findings))}
	pick := func(ok func(reconcile.Finding) bool, minSev reconcile.Severity) int {
		for i, f := range findings {
			if !m.used[i] && f.Severity >= minSev && ok(f) {
				m.used[i] = true
				return i
			}
		}
		return -1
	}
	for _, w := range e.Findings {
		m.labels = append(m.labels, pick(w.matches, reconcile.Warning))
	}
	for k, w := range e.Findings {
		if m.labels[k] < 0 && w.Claimed != "" && w.Page > 0 {
			m.labels[k] = pick(w.sameFigure, reconcile.Warning)
		}
	}
	for _, w := range e.Misread {
		m.misread = append(m.misread, pick(w.matches, reconcile.Error))
	}
	return m
}

// sameFigure reports whether f blames the figure w names: same page, same
// claimed figure, any rule.
func (w Want) sameFigure(f reconcile.Finding) bool {
	return w.Page == f.Page && w.Claimed == f.Claimed && (w.Severity == nil || *w.Severity == f.Severity)
}

// Update returns e brought up to date with the current findings, without
// deciding what is real: labelled findings stay, marked missed when they
// do not appear; misreads stay while they appear; an error matched by
// neither is added to the misreads, for a person to move to the findings
// if it is real. The absent list is kept as it is.
func Update(e Expected, findings []reconcile.Finding) Expected {
	m := match(e, findings)
	out := Expected{Findings: []Want{}, Absent: e.Absent, With: e.With}
	for k, w := range e.Findings {
		w.Missed = m.labels[k] < 0
		if i := m.labels[k]; i >= 0 && w.Message != "" {
			w.Message = findings[i].Message
		}
		out.Findings = append(out.Findings, w)
	}
	for k, w := range e.Misread {
		if i := m.misread[k]; i >= 0 {
			w.Message = findings[i].Message
			out.Misread = append(out.Misread, w)
		}
	}
	for i, f := range findings {
		if !m.used[i] && f.Severity == reconcile.Error {
			out.Misread = append(out.Misread, Want{Rule: f.Rule, Page: f.Page, Claimed: f.Claimed, Message: f.Message})
		}
	}
	return out
}

// reportExt lists the extensions of reports: published PDFs, the text
// format and editors' drafts.
var reportExt = map[string]bool{".pdf": true, ".txt": true, ".docx": true, ".xlsx": true}

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
		if d.IsDir() || !reportExt[ext] {
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
