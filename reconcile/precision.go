package reconcile

import (
	"sort"
	"strings"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/num"
	"github.com/gouji/gouji/reconcile/tables"
	"github.com/gouji/gouji/segment"
)

// Printed precision. A figure printed with d decimals stands for v ±
// ½·10^-d (package num): the lenient reading, the basis of every error.
// But a report that prints its 万元 amounts with two decimals and one of
// them as 28.1 or 1657 has usually dropped the trailing zeros: 28.10,
// 1657.00. Two readings follow:
//
//   - the table's: when a table prints the same figure with more decimals
//     (28.10), the narrative's figure is taken at the table's precision
//     (narrative.refined); a check that fails then is an error;
//   - the document's convention: otherwise, after the lenient checks, the
//     narrative checks run once more with every such figure read as exact
//     at the convention's precision. A finding only that reading gives is
//     a warning that says which reading it used, since the writer may have
//     rounded after all.

// convention is how a report prints its amounts: for each money unit
// (万元, 元, 亿元), the number of decimals most of its amounts have.
type convention map[string]int32

// Thresholds of a convention: at least conventionMin amounts of the unit,
// and at least two thirds of them printed with the same decimals.
const conventionMin = 10

// conventionOf reads the convention from the narrative's exact amounts.
func conventionOf(res *segment.Result) convention {
	counts := map[string]map[int32]int{}
	for _, m := range res.Mentions {
		if !isMoney(m) || !exact(m) || m.Hi != nil {
			continue
		}
		if counts[m.Unit] == nil {
			counts[m.Unit] = map[int32]int{}
		}
		counts[m.Unit][m.Value.Decimals]++
	}
	out := convention{}
	for unit, byDec := range counts {
		total, best, bestN := 0, int32(0), 0
		for d, k := range byDec {
			total += k
			if k > bestN || k == bestN && d > best {
				best, bestN = d, k
			}
		}
		if best > 0 && bestN >= conventionMin && 3*bestN >= 2*total {
			out[unit] = best
		}
	}
	return out
}

// shortOf returns the convention's precision for m when m is an exact
// amount printed with fewer decimals than its peers (and not zero, which
// is exact already).
func (c convention) shortOf(m segment.Mention) (int32, bool) {
	d, ok := c[m.Unit]
	if !ok || !isMoney(m) || !exact(m) || m.Hi != nil || m.Value.D.IsZero() {
		return 0, false
	}
	return d, m.Value.Decimals < d
}

// strictMention returns m read at the convention's precision.
func strictMention(m segment.Mention, d int32) segment.Mention {
	m.Value = num.Value{D: m.Value.D, Decimals: d}
	return m
}

// strict returns the narrative with every short amount read as exact at
// the document's convention, and the mentions it re-read; nil when there
// are none.
func (n *narrative) strict() (*narrative, []segment.Mention) {
	conv := conventionOf(n.res)
	if len(conv) == 0 {
		return nil, nil
	}
	res := *n.res
	res.Mentions = append([]segment.Mention(nil), n.res.Mentions...)
	var read []segment.Mention
	for i, m := range res.Mentions {
		if d, ok := conv.shortOf(m); ok {
			res.Mentions[i] = strictMention(m, d)
			read = append(read, m)
		}
	}
	if len(read) == 0 {
		return nil, nil
	}
	res.Claims = append([]segment.Claim(nil), n.res.Claims...)
	for i := range res.Claims {
		args := append([]segment.Arg(nil), res.Claims[i].Args...)
		for k := range args {
			if d, ok := conv.shortOf(args[k].Mention); ok {
				args[k].Mention = strictMention(args[k].Mention, d)
			}
		}
		res.Claims[i].Args = args
	}
	s := &narrative{res: &res, heads: n.heads, figures: map[int]*figure{}, project: n.project, mentionSentence: n.mentionSentence}
	return s, read
}

// needsClaims reports whether a reads the narrative's claims, itself or
// through an analyzer it requires.
func needsClaims(a *Analyzer) bool {
	if a == claimsAnalyzer {
		return true
	}
	for _, r := range a.Requires {
		if needsClaims(r) {
			return true
		}
	}
	return false
}

// readPrecision says in the findings of the ordinary run (lenient) which
// figures were read at a table's precision, then runs the narrative
// checks again on the document's convention (see above) and adds, as
// warnings with a note, the findings only that reading gives. results and
// failed are the ordinary run's outcomes.
func readPrecision(doc *extract.Document, idx *tables.Index, lenient []Finding, results map[*Analyzer]any, failed map[*Analyzer]bool, analyzers []*Analyzer) []Finding {
	n, ok := results[claimsAnalyzer].(*narrative)
	if !ok || n == nil || n.res == nil {
		return lenient
	}
	noteTableReadings(n, lenient)
	s, read := n.strict()
	if s == nil {
		return lenient
	}
	var found []Finding
	out := map[*Analyzer]any{claimsAnalyzer: s}
	for _, a := range order(analyzers) {
		if a == claimsAnalyzer || failed[a] || !needsClaims(a) {
			continue
		}
		pass := &Pass{Analyzer: a, Doc: doc, Tables: idx, ResultOf: map[*Analyzer]any{}, findings: &found}
		for _, req := range a.Requires {
			if r, ok := out[req]; ok {
				pass.ResultOf[req] = r
			} else {
				pass.ResultOf[req] = results[req]
			}
		}
		if r, err := run(a, pass); err == nil {
			out[a] = r
		}
	}
	return append(lenient, onlyStrict(lenient, found, read, conventionOf(n.res))...)
}

// readingKey identifies a finding across the two readings: its claimed
// figure, whatever rule reports it (a figure the lenient reading takes for
// a unit slip is not reported again as a mismatch).
type readingKey struct {
	file, quote, claimed string
	page                 int
}

func readingKeyOf(f *Finding) readingKey {
	file := ""
	if len(f.Evidence) > 0 {
		file = f.Evidence[0].File
	}
	return readingKey{file, f.Quote, f.Claimed, f.Page}
}

// onlyStrict keeps the errors and warnings of found that the lenient run
// did not give, as warnings whose message says which figures were re-read.
func onlyStrict(lenient, found []Finding, read []segment.Mention, conv convention) []Finding {
	seen := map[readingKey]bool{}
	for i := range lenient {
		if lenient[i].Severity == Info {
			continue
		}
		seen[readingKeyOf(&lenient[i])] = true
	}
	var out []Finding
	for i := range found {
		f := found[i]
		if f.Severity == Info {
			continue
		}
		for _, m := range read {
			if d := conv[m.Unit]; f.Claimed == strictMention(m, d).Value.String() && strings.Contains(f.Quote, m.Value.String()) {
				f.Claimed = m.Value.String() // as printed
			}
		}
		if seen[readingKeyOf(&f)] {
			continue
		}
		note, ok := conventionNote(f.Quote, read, conv)
		if !ok {
			continue // no figure of its sentence was re-read
		}
		seen[readingKeyOf(&f)] = true
		f.Severity = Warning
		id := f.MessageID
		f.say(i18n.Join("", f.Msg, note))
		f.MessageID = id
		out = append(out, f)
	}
	return out
}

// conventionNote says which figures of quote were read at the document's
// convention; false when the quote shows none of them.
func conventionNote(quote string, read []segment.Mention, conv convention) (i18n.Msg, bool) {
	var in []segment.Mention
	dup := map[string]bool{}
	for _, m := range read {
		if t := normalizeSpace(m.Text); !dup[t] && strings.Contains(normalizeSpace(quote), t) {
			in = append(in, m)
			dup[t] = true
		}
	}
	if len(in) == 0 {
		return i18n.Msg{}, false
	}
	units := map[string]bool{}
	var figs []any
	for _, m := range in {
		if len(figs) < 3 {
			figs = append(figs, i18n.M("note.precision.fig", m.Value.String(), strictMention(m, conv[m.Unit]).Value.String()))
		}
		units[m.Unit] = true
	}
	var names []string
	for u := range units {
		names = append(names, u)
	}
	sort.Strings(names)
	u := names[0]
	return i18n.M("note.precision.convention", u, int(conv[u]), i18n.Join("、", figs...)), true
}

// tableReading is a narrative figure that a check read at the precision
// of the table cell printing the same figure (narrative.refined).
type tableReading struct {
	m     segment.Mention
	cell  num.Value // at the mention's scale
	table string
}

// noteTableReading records that refined read a at cell's precision, when
// the cell prints it with more decimals.
func (n *narrative) noteTableReading(a segment.Arg, cell num.Value, f *figure) {
	v := a.Mention.Value
	if cell.Decimals <= v.Decimals || !cell.D.Equal(v.D) || f.x.Cell.Value.Decimals != cell.Decimals {
		return // not finer, another figure, or printed in another unit
	}
	for _, r := range n.tableRead {
		if r.m.Start == a.Mention.Start && r.m.Text == a.Mention.Text {
			return
		}
	}
	n.tableRead = append(n.tableRead, tableReading{m: a.Mention, cell: cell, table: f.x.T.Name()})
}

// refinedRules are the checks that read figures through refined.
var refinedRules = map[string]bool{Share.Name: true, Completion.Name: true, Change.Name: true}

// noteTableReadings appends to each finding of a check that reads figures
// through refined which of the figures in its sentence it read at a
// table's precision.
func noteTableReadings(n *narrative, fs []Finding) {
	for i := range fs {
		f := &fs[i]
		if f.Severity == Info || !refinedRules[f.Rule] {
			continue
		}
		var notes []any
		for _, r := range n.tableRead {
			if strings.Contains(normalizeSpace(f.Quote), normalizeSpace(r.m.Text)) {
				notes = append(notes, i18n.M("note.precision.table", r.m.Value.String(), r.cell.String(), r.table))
			}
		}
		if len(notes) > 0 {
			id := f.MessageID
			f.say(i18n.Join("", append([]any{f.Msg}, notes...)...))
			f.MessageID = id
		}
	}
}
