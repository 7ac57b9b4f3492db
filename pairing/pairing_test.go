package pairing

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gouji/gouji/corpus/mutate"
	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/reconcile"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func summaryOf(t *testing.T, path string) *reconcile.Summary {
	t.Helper()
	doc, err := extract.Open(path, extract.Options{})
	require.NoError(t, err)
	s := reconcile.Check(doc, []*reconcile.Analyzer{reconcile.PriorYear}).Summary
	require.NotNil(t, s)
	return s
}

func priorFindings(sums []*reconcile.Summary) []reconcile.Finding {
	pairs, _ := Pairs(sums, nil)
	var out []reconcile.Finding
	for _, p := range pairs {
		out = append(out, Check(p, sums)...)
	}
	return out
}

// A 上年 column (2024年预算数 in the 2025 budget) agrees with the 2024
// budget as published; one figure of it edited gives exactly one
// prior-year finding, on that cell, with evidence from both files.
func TestPreviousYearColumn(t *testing.T) {
	y24, y25 := filepath.Join("..", "corpus", "synthetic", "archive-2024-budget.txt"), filepath.Join("..", "corpus", "synthetic", "archive-2025-budget.txt")
	assert.Empty(t, priorFindings([]*reconcile.Summary{summaryOf(t, y25), summaryOf(t, y24)}))

	text, err := os.ReadFile(y25)
	require.NoError(t, err)
	edited, err := mutate.EditText(string(text), mutate.Edit{Old: "300.00", New: "330.00", Context: "档案馆\t300.00"})
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "archive-2025-budget.txt")
	require.NoError(t, os.WriteFile(path, []byte(edited), 0o644))
	fs := priorFindings([]*reconcile.Summary{summaryOf(t, path), summaryOf(t, y24)})
	require.Len(t, fs, 1)
	f := fs[0]
	assert.Equal(t, "prior-year", f.Rule)
	assert.Equal(t, "330.00", f.Claimed)
	assert.Equal(t, "300.00", f.Expected)
	require.Len(t, f.Evidence, 2)
	assert.Equal(t, path, f.Evidence[0].File)
	assert.Equal(t, y24, f.Evidence[1].File)
	assert.Contains(t, f.Message, "archive-2024-budget.txt")
}

// Reports pair by issuer, kind and consecutive year, whatever their
// order; --prior pairs explicitly; a report without identity says why.
func TestPairs(t *testing.T) {
	y24, y25 := summaryOf(t, filepath.Join("..", "corpus", "synthetic", "archive-2024-budget.txt")), summaryOf(t, filepath.Join("..", "corpus", "synthetic", "archive-2025-budget.txt"))
	pairs, none := Pairs([]*reconcile.Summary{y25, y24}, nil)
	require.Len(t, pairs, 1)
	assert.Equal(t, Pair{Rule: PriorYear, Cur: 0, Earlier: 1, Why: i18n.M("pair.why.years", 2024, 2025)}, pairs[0])
	assert.Equal(t, "已比对 archive-2025-budget.txt ← archive-2024-budget.txt（prior-year：同一单位同类报告，2024年 → 2025年）", pairs[0].Describe([]*reconcile.Summary{y25, y24}).In(i18n.Zh))
	require.Len(t, none, 1)
	assert.Equal(t, 1, none[0].Report)
	assert.Contains(t, none[0].Why.String(), "no 部门预算 2023 of 示范市档案局")

	pairs, _ = Pairs([]*reconcile.Summary{y24, y25}, map[int]int{0: 1})
	assert.Equal(t, "--prior", pairs[0].Why.String())

	blank := &reconcile.Summary{File: "x.pdf"}
	_, none = Pairs([]*reconcile.Summary{blank}, nil)
	require.Len(t, none, 1)
	assert.Contains(t, none[0].Why.String(), "not known")
}

// A final account's 年初预算 figures (a sentence, a completion rate, a
// 年初预算数 column) agree with the budget of its year; one edited gives
// exactly one budget-final finding on that figure.
func TestBudgetFinal(t *testing.T) {
	budget, final := filepath.Join("..", "corpus", "synthetic", "archive-2025-budget.txt"), filepath.Join("..", "corpus", "synthetic", "archive-2025-final.txt")
	b := summaryOf(t, budget)
	assert.Empty(t, priorFindings([]*reconcile.Summary{summaryOf(t, final), b}))
	text, err := os.ReadFile(final)
	require.NoError(t, err)
	for _, c := range []struct {
		edit             mutate.Edit
		claimed, message string
	}{
		{mutate.Edit{Old: "740.00", New: "704.00", Context: "年初预算740.00"}, "704.00", "the completion rate stated with it agrees"},
		{mutate.Edit{Old: "96.8", New: "98.6"}, "98.6", "completion rate puts the year's budget at 304.26, but the budget report (archive-2025-budget.txt) prints 310.00"},
		{mutate.Edit{Old: "310.00", New: "301.00", Context: "档案馆\t310.00"}, "301.00", "printed figure puts the year's budget at 301.00"},
	} {
		edited, err := mutate.EditText(string(text), c.edit)
		require.NoError(t, err)
		path := filepath.Join(t.TempDir(), "archive-2025-final.txt")
		require.NoError(t, os.WriteFile(path, []byte(edited), 0o644))
		fs := priorFindings([]*reconcile.Summary{summaryOf(t, path), b})
		require.Len(t, fs, 1, c.edit.String())
		assert.Equal(t, "budget-final", fs[0].Rule)
		assert.Equal(t, c.claimed, fs[0].Claimed)
		assert.Contains(t, fs[0].Message, c.message)
		assert.Equal(t, budget, fs[0].Evidence[len(fs[0].Evidence)-1].File)
	}
}
