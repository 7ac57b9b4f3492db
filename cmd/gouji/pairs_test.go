package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Two years of one department in one run are paired by themselves; the
// text says which, and the one disagreement is given on the later report
// with evidence from both.
func TestCheckPairsYears(t *testing.T) {
	if testing.Short() {
		t.Skip("reads real PDFs")
	}
	dir := "../../corpus/real/"
	code, stdout, _ := runGouji("check", dir+"jiangsu-court-2017-budget.pdf", dir+"jiangsu-court-2018-budget.pdf")
	assert.Equal(t, exitFindings, code)
	require.Contains(t, stdout, "compared jiangsu-court-2018-budget.pdf ← jiangsu-court-2017-budget.pdf (prior-year")
	require.Contains(t, stdout, "no pair for "+dir+"jiangsu-court-2017-budget.pdf (prior-year): no 部门预算 2016")
	var line string
	for _, l := range strings.Split(stdout, "\n") {
		if strings.Contains(l, "error prior-year") {
			line = l
		}
	}
	require.True(t, strings.HasPrefix(line, dir+"jiangsu-court-2018-budget.pdf:19:"), stdout)
	assert.Contains(t, stdout, dir+"jiangsu-court-2017-budget.pdf p13")
}

// --prior pairs a report with the one named, and JSON gives the findings
// as a document of the later report.
func TestCheckPriorFlag(t *testing.T) {
	if testing.Short() {
		t.Skip("reads real PDFs")
	}
	dir := "../../corpus/real/"
	_, docs, stderr := checkJSON(t, "--prior", dir+"jiangsu-court-2017-budget.pdf", dir+"jiangsu-court-2018-budget.pdf")
	assert.Contains(t, stderr, "(prior-year: --prior)")
	var n int
	for _, d := range docs {
		n += len(rulesFound(d.Findings, "prior-year"))
	}
	assert.Equal(t, 1, n)
	code, _, stderr := runGouji("check", "--prior", dir+"missing.pdf", dir+"jiangsu-court-2018-budget.pdf")
	assert.Equal(t, exitError, code)
	assert.Contains(t, stderr, "--prior")
}
