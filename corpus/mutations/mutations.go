// Package mutations is the corpus's mutation suite: single-number edits of
// the seed report (its text and both rendered PDFs) and of a real report,
// each with the finding it must produce. mutations.json beside this file
// is the list, meant to be read in review: every entry names the document,
// where the number is, what it becomes, the rule that must catch it, the
// finding's page and claimed figure, and a note saying why.
//
// The edited reports are generated, never stored (a PDF copy per edit
// would bloat the repository): Materialise writes them into a folder with
// a NAME.expected.json beside each, so that the ordinary regression run
// checks them —
//
//	go run ./corpus/mutations/cmd/materialise /tmp/mutants
//	gouji corpus /tmp/mutants
//
// — and corpus/mutations_test.go does the same in a temporary folder and
// prints the recall.
package mutations

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"

	"github.com/gouji/gouji/corpus"
	"github.com/gouji/gouji/corpus/mutate"
	"github.com/gouji/gouji/reconcile"
)

//go:embed mutations.json
var listJSON []byte

// Mutation is one edit and the finding it must produce.
type Mutation struct {
	// ID names the edited report (ID.txt or ID.pdf); lower case, digits
	// and dashes.
	ID string `json:"id"`
	// Base is the edited document, relative to the corpus folder
	// ("seed/seed.txt", "synthetic/seed-chromium.pdf").
	Base string `json:"base"`
	// Page is the page of a PDF edit; Line the 1-based line of a text
	// edit (0: the context must be unique in the whole text).
	Page int `json:"page,omitempty"`
	Line int `json:"line,omitempty"`
	// Context is printed text around Old that picks the occurrence
	// (white space is ignored in a PDF); Occurrence its 1-based
	// occurrence when it is not unique.
	Context    string `json:"context,omitempty"`
	Occurrence int    `json:"occurrence,omitempty"`
	// Old is the number as printed, New what is printed instead.
	Old string `json:"old"`
	New string `json:"new"`
	// Expect is the finding the edit must produce: its rule, its page
	// (for a PDF) and its claimed figure as the finding's claimed field
	// says it (without separators), with a note saying why.
	Expect corpus.Want `json:"expect"`
	// Known, when set, says why the rule does not find this edit yet: a
	// gap found by the suite and handed to the rule's author. The mutation
	// counts as missed in the recall, but does not fail the test; once it
	// is found the test says that the mark can go.
	Known string `json:"known,omitempty"`
	// Pair lists other reports, unedited, that the mutant is checked with
	// (relative to the corpus folder): last year's report for prior-year,
	// the year's budget for budget-final. The mutant and they get a folder
	// of their own, where the regression run pairs them.
	Pair []string `json:"pair,omitempty"`
	// Also lists other findings the same edit rightly produces (the
	// figure is stated elsewhere too). They go into the expected file so
	// that a regression run over the mutants is clean; recall counts
	// Expect only.
	Also []corpus.Want `json:"also,omitempty"`
}

// IsPDF reports whether the mutation edits a PDF.
func (m Mutation) IsPDF() bool { return strings.EqualFold(filepath.Ext(m.Base), ".pdf") }

// Edit is the mutation as an editor instruction.
func (m Mutation) Edit() mutate.Edit {
	e := mutate.Edit{Old: m.Old, New: m.New, Context: m.Context, Occurrence: m.Occurrence}
	if m.IsPDF() {
		e.Page = m.Page
	} else {
		e.Line = m.Line
	}
	return e
}

// File is the name of the edited report.
func (m Mutation) File() string { return m.ID + strings.ToLower(filepath.Ext(m.Base)) }

type list struct {
	Mutations []Mutation `json:"mutations"`
}

// Load returns the suite of mutations.json.
func Load() ([]Mutation, error) { return Parse(listJSON) }

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// Parse reads and checks a mutation list.
func Parse(data []byte) ([]Mutation, error) {
	var l list
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&l); err != nil {
		return nil, fmt.Errorf("mutation list: %w", err)
	}
	seen := map[string]bool{}
	for _, m := range l.Mutations {
		bad := func(why string) error { return fmt.Errorf("mutation %q: %s", m.ID, why) }
		switch ext := strings.ToLower(filepath.Ext(m.Base)); {
		case !idPattern.MatchString(m.ID):
			return nil, bad("the id must be lower case words joined by dashes")
		case seen[m.ID]:
			return nil, bad("the id is used twice")
		case ext != ".pdf" && ext != ".txt":
			return nil, bad("base must be a .pdf or .txt report")
		case m.IsPDF() && m.Page < 1:
			return nil, bad("a PDF edit needs its page")
		case m.Old == "" || m.New == "" || m.Old == m.New:
			return nil, bad("old and new must be two different numbers")
		case m.Expect.Rule == "" || m.Expect.Claimed == "" || m.Expect.Note == "":
			return nil, bad("expect needs a rule, the claimed figure and a note")
		case m.IsPDF() && m.Expect.Page < 1:
			return nil, bad("expect needs the page of the finding in a PDF")
		}
		seen[m.ID] = true
	}
	return l.Mutations, nil
}

// Build returns the edited report: the text edited, or the PDF's glyph
// codes rewritten and the result read back (mutate.Verify) to prove it
// shows the new number and nothing else changed.
func Build(m Mutation, base []byte) ([]byte, error) {
	if !m.IsPDF() {
		out, err := mutate.EditText(string(base), m.Edit())
		if err != nil {
			return nil, fmt.Errorf("%s: %w", m.ID, err)
		}
		return []byte(out), nil
	}
	out, err := mutate.EditPDF(base, m.Edit())
	if err != nil {
		return nil, fmt.Errorf("%s: %w", m.ID, err)
	}
	if err := mutate.Verify(base, out, m.Edit()); err != nil {
		return nil, fmt.Errorf("%s: the edited file does not read as intended: %w", m.ID, err)
	}
	return out, nil
}

// Expected is the expected file of a mutant: what the unedited report
// expects (its own known findings stay), the mutation's finding and the
// others it causes.
func Expected(m Mutation, base corpus.Expected) corpus.Expected {
	e := corpus.Expected{Absent: base.Absent}
	if len(m.Pair) == 0 {
		base = withoutCrossReport(base) // checked alone: no report to pair with
	}
	e.Findings = append(e.Findings, base.Findings...)
	e.Findings = append(e.Findings, m.Expect)
	e.Findings = append(e.Findings, m.Also...)
	return e
}

// Relative adds to a mutant's expected file the error findings its
// unedited report has today and its expected file does not list, noted as
// such: a run over the mutants then shows only what the edits change, even
// while the corpus's own expected files are behind the rules.
func Relative(e corpus.Expected, unedited []reconcile.Finding) corpus.Expected {
	for _, f := range unedited {
		if f.Severity != reconcile.Error {
			continue
		}
		w := corpus.Want{Rule: f.Rule, Page: f.Page, Claimed: f.Claimed,
			Note: "the unedited report's own finding, not yet in its expected file"}.WithSeverity(f.Severity)
		listed := false
		for _, x := range e.Findings {
			if x.Rule == w.Rule && (x.Page == 0 || x.Page == w.Page) && (x.Claimed == "" || x.Claimed == w.Claimed) {
				listed = true
				break
			}
		}
		if !listed {
			e.Findings = append(e.Findings, w)
		}
	}
	return e
}

// writePartners makes the folder of a mutant checked with other reports
// (Mutation.Pair), copies them into it with their expected files — less
// the cross-report labels their own partners would give, since these are
// not there — and returns the mutant's path in it.
func writePartners(corpusDir, out string, m Mutation, unedited map[string][]reconcile.Finding) (string, error) {
	dir := filepath.Join(out, m.ID)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	for _, base := range m.Pair {
		src := filepath.Join(corpusDir, filepath.FromSlash(base))
		data, err := os.ReadFile(src)
		if err != nil {
			return "", err
		}
		dst := filepath.Join(dir, filepath.Base(src))
		if err := os.WriteFile(dst, data, 0o644); err != nil {
			return "", err
		}
		exp, err := corpus.Load(corpus.ExpectedPath(src))
		if err != nil {
			return "", err
		}
		exp = withoutCrossReport(exp)
		if unedited != nil {
			exp = Relative(exp, unedited[base])
		}
		if err := corpus.Save(corpus.ExpectedPath(dst), exp); err != nil {
			return "", err
		}
	}
	return filepath.Join(dir, m.File()), nil
}

// withoutCrossReport drops the labels of cross-report rules, for a report
// checked without the reports they compare it with.
func withoutCrossReport(e corpus.Expected) corpus.Expected {
	var own []corpus.Want
	for _, w := range e.Findings {
		if w.Rule != "prior-year" && w.Rule != "budget-final" {
			own = append(own, w)
		}
	}
	e.Findings = own
	return e
}

// Materialise writes every mutant of ms, built from the reports under
// corpusDir, into out (created if needed) as ID.txt or ID.pdf with
// ID.expected.json beside it, and returns the reports' paths in the order
// of ms. Mutants are built in parallel; the first failure is returned.
// With unedited (findings of the unedited reports by Base), the expected
// files are Relative to them.
func Materialise(corpusDir, out string, ms []Mutation, unedited map[string][]reconcile.Finding) ([]string, error) {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return nil, err
	}
	type baseDoc struct {
		data []byte
		exp  corpus.Expected
	}
	bases := map[string]*baseDoc{}
	for _, m := range ms {
		if bases[m.Base] != nil {
			continue
		}
		path := filepath.Join(corpusDir, filepath.FromSlash(m.Base))
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		b := &baseDoc{data: data}
		if _, err := os.Stat(corpus.ExpectedPath(path)); err == nil {
			if b.exp, err = corpus.Load(corpus.ExpectedPath(path)); err != nil {
				return nil, err
			}
		}
		bases[m.Base] = b
	}
	paths := make([]string, len(ms))
	errs := make([]error, len(ms))
	work := make(chan int)
	var wg sync.WaitGroup
	for range runtime.NumCPU() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				m := ms[i]
				b := bases[m.Base]
				data, err := Build(m, b.data)
				if err != nil {
					errs[i] = err
					continue
				}
				p := filepath.Join(out, m.File())
				if len(m.Pair) > 0 {
					if p, errs[i] = writePartners(corpusDir, out, m, unedited); errs[i] != nil {
						continue
					}
				}
				if err := os.WriteFile(p, data, 0o644); err != nil {
					errs[i] = err
					continue
				}
				exp := Expected(m, b.exp)
				if unedited != nil {
					exp = Relative(exp, unedited[m.Base])
				}
				errs[i] = corpus.Save(corpus.ExpectedPath(p), exp)
				paths[i] = p
			}
		}()
	}
	for i := range ms {
		work <- i
	}
	close(work)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return paths, nil
}
