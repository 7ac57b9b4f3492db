package corpus

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gouji/gouji/reconcile"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// editedSeed writes a copy of the seed report with one table figure
// changed into a temporary corpus, with an expected file listing the
// findings it produces: an update run records them as misreads (it does
// not decide what is real), and a reviewer moves them to the labels.
func editedSeed(t *testing.T) string {
	dir := t.TempDir()
	seed, err := os.ReadFile("seed/seed.txt")
	require.NoError(t, err)
	// 公开05表: 20805 行政事业单位养老支出 631.07 becomes 641.07, so the 208 类
	// row no longer adds up.
	edited := strings.Replace(string(seed), "20805\t行政事业单位养老支出\t631.07\t631.07", "20805\t行政事业单位养老支出\t641.07\t631.07", 1)
	require.NotEqual(t, string(seed), edited)
	report := filepath.Join(dir, "seed-edited.txt")
	require.NoError(t, os.WriteFile(report, []byte(edited), 0o644))
	require.NoError(t, Save(ExpectedPath(report), Expected{}))
	res, err := Run(dir, reconcile.Analyzers(), 1, true)
	require.NoError(t, err)
	require.Equal(t, []string{ExpectedPath(report)}, res.Updated)
	e, err := Load(ExpectedPath(report))
	require.NoError(t, err)
	require.Empty(t, e.Findings, "an update labels nothing real")
	require.NotEmpty(t, e.Misread, "the edit and the seed's own errors are recorded")
	e.Findings, e.Misread = e.Misread, nil
	require.NoError(t, Save(ExpectedPath(report), e))
	return dir
}

func TestUpdateThenCompareIsClean(t *testing.T) {
	dir := editedSeed(t)
	e, err := Load(ExpectedPath(filepath.Join(dir, "seed-edited.txt")))
	require.NoError(t, err)
	require.NotEmpty(t, e.Findings, "the edit produces findings")
	res, err := Run(dir, reconcile.Analyzers(), 2, false)
	require.NoError(t, err)
	assert.True(t, res.OK(), "%v", res.Regressions)
	total := res.Scores.Total()
	assert.Equal(t, total.Labelled, total.Found, "every label found")
	assert.Equal(t, total.Errors, total.TrueErrors, "every error labelled")
}

// An update keeps the labels, marks those that no longer appear as missed
// and drops misreads that no longer appear; the next comparison is clean.
func TestUpdateKeepsLabels(t *testing.T) {
	dir := editedSeed(t)
	path := ExpectedPath(filepath.Join(dir, "seed-edited.txt"))
	e, err := Load(path)
	require.NoError(t, err)
	label := Want{Rule: "share", Page: 99, Claimed: "1.5", Note: "a label gouji does not find"}
	e.Findings = append(e.Findings, label)
	e.Misread = []Want{{Rule: "balance", Page: 98, Claimed: "7"}}
	require.NoError(t, Save(path, e))
	res, err := Run(dir, reconcile.Analyzers(), 1, false)
	require.NoError(t, err)
	var kinds []RegressionKind
	for _, r := range res.Regressions {
		kinds = append(kinds, r.Kind)
	}
	assert.Equal(t, []RegressionKind{Missing, Fixed}, kinds)

	_, err = Run(dir, reconcile.Analyzers(), 1, true)
	require.NoError(t, err)
	after, err := Load(path)
	require.NoError(t, err)
	require.Len(t, after.Findings, len(e.Findings))
	last := after.Findings[len(after.Findings)-1]
	assert.True(t, last.Missed)
	assert.Equal(t, label.Note, last.Note)
	assert.Empty(t, after.Misread)
	res, err = Run(dir, reconcile.Analyzers(), 1, false)
	require.NoError(t, err)
	assert.True(t, res.OK(), "%v", res.Regressions)
	assert.Equal(t, 1, res.Scores.Total().Labelled-res.Scores.Total().Found)
}

// Switching off the rule that finds the edit turns every finding it made
// into a readable "missing" regression.
func TestDisabledRuleIsARegression(t *testing.T) {
	dir := editedSeed(t)
	e, err := Load(ExpectedPath(filepath.Join(dir, "seed-edited.txt")))
	require.NoError(t, err)
	rule := e.Findings[0].Rule
	// The edited cell fails its row's columns and the 05 表 too: blame
	// folds those findings into the one rule's finding, and either of
	// them alone would still find the cell. Switch them off with it.
	off := map[string]bool{rule: true, "column-sum": true, "cross-table-part": true}
	var rest []*reconcile.Analyzer
	for _, a := range reconcile.Analyzers() {
		if !off[a.Name] {
			rest = append(rest, a)
		}
	}
	res, err := Run(dir, rest, 2, false)
	require.NoError(t, err)
	require.False(t, res.OK())
	for _, r := range res.Regressions {
		assert.Equal(t, Missing, r.Kind)
		assert.Equal(t, rule, r.Want.Rule)
		s := r.String()
		assert.Contains(t, s, "seed-edited.txt: missing "+rule)
		assert.Contains(t, s, "claimed ")
		t.Log(s)
	}
}

func TestCompare(t *testing.T) {
	f := []reconcile.Finding{
		{Rule: "share", Severity: reconcile.Error, Page: 3, Claimed: "41.8", Message: "a"},
		{Rule: "balance", Severity: reconcile.Error, Page: 5, Claimed: "0.2", Message: "b"},
	}
	e := Expected{
		Findings: []Want{{Rule: "share", Page: 3, Claimed: "41.8", Message: "old"}, {Rule: "change", Page: 4}, {Rule: "change", Page: 6, Missed: true}},
		Misread:  []Want{{Rule: "items-total", Page: 2}},
		Absent:   []Want{{Rule: "balance", Claimed: "0.2"}},
	}
	var kinds []RegressionKind
	for _, r := range Compare("r.pdf", e, f) {
		kinds = append(kinds, r.Kind)
	}
	assert.Equal(t, []RegressionKind{Changed, Missing, Fixed, Unwanted, NewError}, kinds)
	e.Findings[2].Page = 5
	e.Findings[2].Rule = "balance"
	kinds = nil
	for _, r := range Compare("r.pdf", e, f) {
		kinds = append(kinds, r.Kind)
	}
	assert.Equal(t, []RegressionKind{Changed, Missing, NowFound, Fixed, Unwanted}, kinds)
}

// Every expected file of the corpus loads and saves back to the same
// bytes, severities included (TestWantSeverity covers one left out).
func TestExpectedFilesRoundTrip(t *testing.T) {
	paths, err := filepath.Glob("*/*.expected.json")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(paths), 8)
	withSeverity := 0
	for _, p := range paths {
		e, err := Load(p)
		require.NoError(t, err, p)
		for _, w := range e.Findings {
			if w.Severity != nil {
				withSeverity++
			}
		}
		again := filepath.Join(t.TempDir(), "again.json")
		require.NoError(t, Save(again, e))
		want, err := os.ReadFile(p)
		require.NoError(t, err)
		got, err := os.ReadFile(again)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(got), p)
	}
	assert.Positive(t, withSeverity)
}

// A want without a severity matches a finding of any severity; with one,
// only that severity.
func TestWantSeverity(t *testing.T) {
	var e Expected
	require.NoError(t, json.Unmarshal([]byte(`{"findings":[{"rule":"share","page":3},{"rule":"share","severity":"error","page":4}]}`), &e))
	require.Nil(t, e.Findings[0].Severity)
	assert.True(t, e.Findings[0].matches(reconcile.Finding{Rule: "share", Severity: reconcile.Warning, Page: 3}))
	assert.True(t, e.Findings[0].matches(reconcile.Finding{Rule: "share", Severity: reconcile.Error, Page: 3}))
	assert.True(t, e.Findings[1].matches(reconcile.Finding{Rule: "share", Severity: reconcile.Error, Page: 4}))
	assert.False(t, e.Findings[1].matches(reconcile.Finding{Rule: "share", Severity: reconcile.Warning, Page: 4}))
	assert.Equal(t, "share error p4", e.Findings[1].String())
	assert.True(t, e.Findings[1].Equal(Want{Rule: "share", Page: 4}.WithSeverity(reconcile.Error)))
	assert.False(t, e.Findings[1].Equal(Want{Rule: "share", Page: 4}))
	assert.False(t, e.Findings[1].Equal(Want{Rule: "share", Page: 4}.WithSeverity(reconcile.Warning)))
	assert.Error(t, json.Unmarshal([]byte(`{"findings":[{"rule":"share","severity":"fatal"}]}`), &e))
}

// Every report of the corpus gives the findings its expected file lists,
// and no error finding it does not: the one place the findings of the seed
// and the real reports are asserted.
func TestCorpusGivesItsExpectedFindings(t *testing.T) {
	for _, dir := range []string{"seed", "synthetic", "real"} {
		res, err := Run(dir, reconcile.Analyzers(), 0, false)
		require.NoError(t, err, dir)
		assert.Positive(t, res.Reports, dir)
		assert.Empty(t, res.Failed, dir)
		for _, r := range res.Regressions {
			t.Error(r.String())
		}
		if dir == "real" {
			var b strings.Builder
			res.Scores.Write(&b)
			t.Logf("real reports against their labels (%d reports):\n%s", res.Reports, b.String())
		}
	}
}

// A label is found by a finding of another rule that blames the same
// figure on the same page; the finding counts for its own rule's
// precision and the label for its rule's recall.
func TestLabelFoundByAnotherRule(t *testing.T) {
	f := []reconcile.Finding{{Rule: "text-vs-table", Severity: reconcile.Error, Page: 7, Claimed: "441.25"}}
	e := Expected{Findings: []Want{{Rule: "restated", Page: 7, Claimed: "441.25"}}}
	assert.Empty(t, Compare("r.pdf", e, f))
	s := Scores{}
	s.Add(e, f)
	assert.Equal(t, RuleScore{Labelled: 1, Found: 1}, *s["restated"])
	assert.Equal(t, RuleScore{Errors: 1, TrueErrors: 1}, *s["text-vs-table"])
	e.Findings[0].Claimed = "441.26"
	assert.Equal(t, []RegressionKind{Missing, NewError}, kindsOf(Compare("r.pdf", e, f)))
}

func kindsOf(rs []Regression) []RegressionKind {
	var out []RegressionKind
	for _, r := range rs {
		out = append(out, r.Kind)
	}
	return out
}
