package mutations

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gouji/gouji/corpus"
	"github.com/gouji/gouji/reconcile"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The list parses, and covers every rule on every kind of document it
// names.
func TestListCoversEveryRule(t *testing.T) {
	ms, err := Load()
	require.NoError(t, err)
	assert.GreaterOrEqual(t, len(ms), 40)
	rules := map[string]int{}
	bases := map[string]int{}
	for _, m := range ms {
		rules[m.Expect.Rule]++
		bases[m.Base]++
	}
	for _, a := range reconcile.Analyzers() {
		if a == reconcile.TableUnread {
			continue // judges how a table was read, not a figure: reconcile's TestMisreadTableIsSetAside
		}
		if a == reconcile.TablesElsewhere {
			continue // an info on a document without tables, not a figure: reconcile's TestTablesElsewhere
		}
		if a == reconcile.NotAReport {
			continue // a warning on a document that is no report, not a figure: reconcile's TestNotAReport
		}
		if reconcile.JudgesForm(a) {
			continue // the report's form, not a figure: reconcile's TestMissingTable…, TestTemplateLeftover… and the others
		}
		assert.Positive(t, rules[a.Name], "no mutation for %s", a.Name)
	}
	for _, b := range []string{"seed/seed.txt", "synthetic/seed-chromium.pdf", "synthetic/seed-libreoffice.pdf", "real/putuo-shgzb-2024-final.pdf"} {
		assert.Positive(t, bases[b], "no mutation of %s", b)
	}
}

func TestParseRejects(t *testing.T) {
	for _, c := range []struct{ json, why string }{
		{`{"mutations":[{"id":"A","base":"x.txt","old":"1","new":"2","expect":{"rule":"r","claimed":"2","note":"n"}}]}`, "lower case"},
		{`{"mutations":[{"id":"a","base":"x.doc","old":"1","new":"2","expect":{"rule":"r","claimed":"2","note":"n"}}]}`, ".pdf or .txt"},
		{`{"mutations":[{"id":"a","base":"x.pdf","old":"1","new":"2","expect":{"rule":"r","claimed":"2","note":"n"}}]}`, "needs its page"},
		{`{"mutations":[{"id":"a","base":"x.pdf","page":1,"old":"1","new":"2","expect":{"rule":"r","claimed":"2","note":"n"}}]}`, "page of the finding"},
		{`{"mutations":[{"id":"a","base":"x.txt","old":"1","new":"1","expect":{"rule":"r","claimed":"2","note":"n"}}]}`, "two different"},
		{`{"mutations":[{"id":"a","base":"x.txt","old":"1","new":"2","expect":{"rule":"r","claimed":"2"}}]}`, "a note"},
		{`{"mutations":[{"id":"a","base":"x.txt","old":"1","new":"2","expect":{"rule":"r","claimed":"2","note":"n"}},{"id":"a","base":"x.txt","old":"1","new":"2","expect":{"rule":"r","claimed":"2","note":"n"}}]}`, "twice"},
		{`{"mutations":[{"id":"a","bogus":1}]}`, "unknown field"},
	} {
		_, err := Parse([]byte(c.json))
		assert.ErrorContains(t, err, c.why)
	}
}

// Materialise writes the mutant and an expected file that keeps the base's
// own expectations; a regression run then scores every status.
func TestMaterialiseAndEvaluate(t *testing.T) {
	src := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(src, "r.txt"), []byte("合计 10\n其中 4 和 6\n"), 0o644))
	base := corpus.Expected{Findings: []corpus.Want{{Rule: "old-rule", Note: "known"}}}
	require.NoError(t, corpus.Save(filepath.Join(src, "r.expected.json"), base))
	mk := func(id, rule string) Mutation {
		return Mutation{ID: id, Base: "r.txt", Line: 2, Old: "4", New: "5", Expect: corpus.Want{Rule: rule, Claimed: "10", Note: "n"}}
	}
	ms := []Mutation{mk("found", "sum"), mk("missed", "other"), mk("pending", "future"), mk("known", "other")}
	ms[3].Known = "not yet"
	out := t.TempDir()
	paths, err := Materialise(src, out, ms, nil)
	require.NoError(t, err)
	data, err := os.ReadFile(paths[0])
	require.NoError(t, err)
	assert.Equal(t, "合计 10\n其中 5 和 6\n", string(data))
	e, err := corpus.Load(corpus.ExpectedPath(paths[0]))
	require.NoError(t, err)
	assert.Equal(t, []corpus.Want{base.Findings[0], ms[0].Expect}, e.Findings)

	res := &corpus.Result{Failed: []string{paths[1] + ": damaged"}}
	for i, m := range ms {
		if m.ID != "found" {
			res.Regressions = append(res.Regressions, corpus.Regression{Kind: corpus.Missing, Report: paths[i], Want: m.Expect})
		}
	}
	shared := reconcile.Finding{Rule: "old-rule", Severity: reconcile.Error, Claimed: "1"}
	res.Regressions = append(res.Regressions, corpus.Regression{Kind: corpus.NewError, Report: paths[0], Finding: shared})
	s := Evaluate(ms, paths, res, map[string]bool{"sum": true, "other": true}, map[string][]reconcile.Finding{"r.txt": {shared}})
	var got []Status
	for _, o := range s.Outcomes {
		got = append(got, o.Status)
	}
	assert.Equal(t, []Status{Found, Failed, NotImplemented, KnownMiss}, got)
	assert.Empty(t, s.Outcomes[0].Other, "a finding the unedited report has is not the edit's")
	assert.Equal(t, Count{Found: 1, Total: 4, NotImplemented: 1}, s.Overall())
	assert.True(t, strings.HasPrefix(s.Summary(), "mutation suite: recall 1/4 (25%); on implemented rules 1/3 (33%); rule not implemented yet: future 1; 1 known misses; 1 missed or failed"), s.Summary())
	assert.Contains(t, s.Report(), "known: known miss: other claimed 10: not yet")
}

func TestRelative(t *testing.T) {
	e := corpus.Expected{Findings: []corpus.Want{{Rule: "balance", Page: 3}}}
	got := Relative(e, []reconcile.Finding{
		{Rule: "balance", Severity: reconcile.Error, Page: 3, Claimed: "0.2"},
		{Rule: "share", Severity: reconcile.Warning, Page: 4, Claimed: "55.8"},
		{Rule: "items-total", Severity: reconcile.Error, Page: 9, Claimed: "190"},
	})
	require.Len(t, got.Findings, 2, "listed and warnings are left out")
	assert.Equal(t, corpus.Want{Rule: "items-total", Page: 9, Claimed: "190", Note: "the unedited report's own finding, not yet in its expected file"}.WithSeverity(reconcile.Error), got.Findings[1])
}
