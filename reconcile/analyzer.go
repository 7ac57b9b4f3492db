// Package reconcile checks that the figures of a report agree with each
// other, and reports those that do not as findings.
//
// Each check is an Analyzer, after golang.org/x/tools/go/analysis: a rule
// id, a one-line doc and a Run function that receives a Pass. The Pass
// gives the document, the index of its tables (recognised by title and
// heading words, see package tables), the results of the analyzers it
// Requires, and Report, Consistent and Unchecked to say what it found. A
// narrative check plugs in the same way: it lists the analyzer that turns
// the narrative into claims in Requires and reads them from ResultOf.
//
// # Tolerance
//
// There is no fixed slack. A figure printed with d decimals stands for
// every value that rounds to it, v ± ½·10^-d; a computed figure carries the
// interval of its inputs (package num); a printed figure agrees with a
// computed one when their intervals overlap (XBRL Calculations 1.1). So a
// total of n printed addends may differ from their printed sum by up to
// (n+1)·½·10^-d — exactly the rounding the tables' notes call 尾数误差
// (each amount converted from 元 to 万元 and rounded on its own) — and by
// no more: 0.2 against 0.02 is caught. An empty cell is no value: a sum
// counts it as exactly 0, with no rounding of its own.
package reconcile

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/reconcile/tables"
)

// An Analyzer is one check: a rule id, what it checks, and how.
type Analyzer struct {
	// Name is the rule id printed with every finding ("code-sum"): short,
	// lower case, stable, since users select and suppress rules by it.
	Name string
	// Doc is one line saying what the rule checks.
	Doc string
	// Requires lists analyzers whose results this one reads through
	// Pass.ResultOf; they run first.
	Requires []*Analyzer
	// Run checks one document. Its result, if any, is handed to the
	// analyzers that require this one. An error stops only this analyzer
	// (and those that require it).
	Run func(*Pass) (any, error)
}

func (a *Analyzer) String() string { return a.Name }

// Stats count the claims an analyzer met: a claim is one thing the report
// asserts (a printed total is the sum of its rows, a figure in one table is
// the same figure in another, a sentence's number matches a table).
type Stats struct {
	// Claims is every claim found, checked or not.
	Claims int
	// Checked is the claims that could be checked.
	Checked int
	// Consistent is the checked claims that held.
	Consistent int
}

func (s *Stats) add(o Stats) {
	s.Claims += o.Claims
	s.Checked += o.Checked
	s.Consistent += o.Consistent
}

// A Pass is one analyzer's view of one document.
type Pass struct {
	Analyzer *Analyzer
	Doc      *extract.Document
	// Tables are the document's tables, analysed and indexed.
	Tables *tables.Index
	// ResultOf holds the results of the analyzers in Analyzer.Requires.
	ResultOf map[*Analyzer]any

	findings *[]Finding
	stats    Stats
	// tally, when set, counts the sums checked in each table's rows (see
	// setAsideUnread); nil in ordinary runs.
	tally *rowTally
}

// Report records a claim that was checked and did not hold.
func (p *Pass) Report(f Finding) {
	p.record(f)
	p.stats.Claims++
	p.stats.Checked++
}

// record adds a finding, counting nothing.
func (p *Pass) record(f Finding) {
	if f.Rule == "" {
		f.Rule = p.Analyzer.Name
	}
	f.Quote = normalizeSpace(f.Quote)
	if !f.Msg.IsZero() {
		f.say(f.Msg)
	}
	if f.Evidence == nil {
		f.Evidence = []Evidence{}
	}
	for i := range f.Evidence {
		f.Evidence[i].Quote = normalizeSpace(f.Evidence[i].Quote)
	}
	if f.Paragraph == 0 {
		f.Paragraph = paragraphOf(f.Evidence)
	}
	*p.findings = append(*p.findings, f)
}

// Note records an info finding that is no claim of the report (a remark
// on the document as a whole): it is counted nowhere, where Report and
// Unchecked count a claim. It is shown only with gouji check --verbose.
func (p *Pass) Note(f Finding) {
	f.Severity = Info
	p.record(f)
}

// Consistent records a claim that was checked and held.
func (p *Pass) Consistent() {
	p.stats.Claims++
	p.stats.Checked++
	p.stats.Consistent++
}

// Unchecked records a claim that could not be checked. It is counted, and
// f (whose severity is forced to Info) says why; it is shown only when the
// user asks for everything (gouji check --verbose).
func (p *Pass) Unchecked(f Finding) {
	p.Report(f)
	last := &(*p.findings)[len(*p.findings)-1]
	last.Severity = Info
	p.stats.Checked--
}

// Result is what the analyzers found in one document.
type Result struct {
	// Findings are sorted by page, then position; Info findings are the
	// claims that could not be checked.
	Findings []Finding
	// Stats add up every analyzer's counts; ByRule keeps them apart.
	Stats  Stats
	ByRule map[string]Stats
	// Tables is the index the analyzers worked on.
	Tables *tables.Index
	// Errors are analyzers that failed; the others still ran.
	Errors []error
	// Summary is what cross-report rules keep of the document (set when
	// prior-year ran).
	Summary *Summary
}

// Validate reports an error if an analyzer of the list, or one they
// require, is ill-formed: nil, with an empty Name or Doc or a nil Run, two
// analyzers of one name, or a cycle in Requires.
func Validate(analyzers []*Analyzer) error {
	const (
		visiting = 1
		done     = 2
	)
	state := map[*Analyzer]int{}
	byName := map[string]*Analyzer{}
	var visit func(a *Analyzer, path []string) error
	visit = func(a *Analyzer, path []string) error {
		if a == nil && len(path) == 0 {
			return fmt.Errorf("nil analyzer in the list")
		}
		if a == nil {
			return fmt.Errorf("nil analyzer required by %s", strings.Join(path, " → "))
		}
		path = append(path, a.Name)
		switch state[a] {
		case visiting:
			return fmt.Errorf("cycle in Requires: %s", strings.Join(path, " → "))
		case done:
			return nil
		}
		switch {
		case a.Name == "":
			return fmt.Errorf("analyzer with an empty Name (Doc %q)", a.Doc)
		case a.Doc == "":
			return fmt.Errorf("analyzer %s has an empty Doc", a.Name)
		case a.Run == nil:
			return fmt.Errorf("analyzer %s has a nil Run", a.Name)
		case byName[a.Name] != nil && byName[a.Name] != a:
			return fmt.Errorf("two analyzers are named %s", a.Name)
		}
		byName[a.Name] = a
		state[a] = visiting
		for _, r := range a.Requires {
			if err := visit(r, path); err != nil {
				return err
			}
		}
		state[a] = done
		return nil
	}
	for _, a := range analyzers {
		if err := visit(a, nil); err != nil {
			return fmt.Errorf("reconcile: invalid analyzer: %w", err)
		}
	}
	return nil
}

// Check runs analyzers (and the analyzers they require) on doc. It does
// not fail: an analyzer that returns an error or panics is listed in
// Result.Errors and the others still run. Analyzers that Validate rejects
// run not at all: the error is the only one in Result.Errors.
func Check(doc *extract.Document, analyzers []*Analyzer) *Result {
	res := &Result{ByRule: map[string]Stats{}}
	if doc == nil {
		doc = &extract.Document{}
	}
	if err := Validate(analyzers); err != nil {
		res.Tables = tables.NewIndex(doc)
		res.Errors = append(res.Errors, err)
		return res
	}
	res.Tables = ReadTables(doc)
	results := map[*Analyzer]any{}
	failed := map[*Analyzer]bool{}
	for _, a := range order(analyzers) {
		pass := &Pass{Analyzer: a, Doc: doc, Tables: res.Tables, ResultOf: map[*Analyzer]any{}, findings: &res.Findings}
		skip := false
		for _, req := range a.Requires {
			if failed[req] {
				skip = true
			}
			pass.ResultOf[req] = results[req]
		}
		if skip {
			failed[a] = true
			res.Errors = append(res.Errors, fmt.Errorf("rule %s: skipped: a rule it requires failed", a.Name))
			continue
		}
		out, err := run(a, pass)
		if err != nil {
			failed[a] = true
			res.Errors = append(res.Errors, fmt.Errorf("rule %s: %w", a.Name, err))
		}
		results[a] = out
		if sum, ok := out.(*Summary); ok {
			res.Summary = sum
		}
		st := res.ByRule[a.Name]
		st.add(pass.stats)
		res.ByRule[a.Name] = st
		res.Stats.add(pass.stats)
	}
	res.Findings = readPrecision(doc, res.Tables, res.Findings, results, failed, analyzers)
	res.Findings = Blame(res.Findings)
	SortFindings(res.Findings)
	sortByFile(doc.Files, res.Findings)
	return res
}

// run calls a.Run, turning a panic into an error: one faulty rule must not
// take the whole check down.
func run(a *Analyzer, pass *Pass) (out any, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error: %v", r)
		}
	}()
	return a.Run(pass)
}

// order returns analyzers with their requirements first, each once, in a
// stable order.
func order(analyzers []*Analyzer) []*Analyzer {
	var out []*Analyzer
	state := map[*Analyzer]int{} // 1 visiting, 2 done
	var visit func(a *Analyzer)
	visit = func(a *Analyzer) {
		if state[a] != 0 {
			return // done (Validate has ruled out cycles)
		}
		state[a] = 1
		reqs := append([]*Analyzer(nil), a.Requires...)
		sort.SliceStable(reqs, func(i, j int) bool { return reqs[i].Name < reqs[j].Name })
		for _, r := range reqs {
			visit(r)
		}
		state[a] = 2
		out = append(out, a)
	}
	for _, a := range analyzers {
		visit(a)
	}
	return out
}

// Analyzers returns every rule gouji checks, sorted by name.
func Analyzers() []*Analyzer {
	all := []*Analyzer{
		CodeSum,
		ColumnSum,
		StatementSum,
		SanGongSum,
		CrossTable,
		CrossTablePart,
		TextTable,
		ItemsTotal,
		CountTotal,
		Balance,
		Share,
		Completion,
		Change,
		Comparison,
		UnitSlip,
		Restated,
		ReportYear,
		TableUnread,
		TablesElsewhere,
		NotAReport,
		MissingTable,
		TemplateLeftover,
		TableMeta,
		EmptyTableNote,
		MissingSection,
		SelfEval,
		Payments,
		CountRate,
		RatesAgree,
		TargetsTotal,
		PriorYear,
		BudgetFinal,
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Name < all[j].Name })
	return all
}
