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

// A sharded run keeps each issuer's reports in one shard: the shards
// together compare the same pairs as one run, and check every report once.
func TestShardByIssuer(t *testing.T) {
	if testing.Short() {
		t.Skip("reads real PDFs")
	}
	dir := "../../corpus/real/"
	var files []string
	for _, n := range []string{"jiangsu-court-2017", "jiangsu-court-2018", "jiangsu-court-2019", "putuo-wanli-2023", "putuo-wanli-2024", "putuo-wanli-2025", "chongqing-swu-2023"} {
		files = append(files, dir+n+"-budget.pdf")
	}
	files = append(files, dir+"chongqing-swu-2023-final.pdf")
	compared := func(out string) (lines []string) {
		for _, l := range strings.Split(out, "\n") {
			if strings.HasPrefix(l, "  compared ") {
				lines = append(lines, l)
			}
		}
		return lines
	}
	_, whole, _ := runGouji(append([]string{"check", "--fail-on", "never"}, files...)...)
	var sharded []string
	checked := 0
	for k := 0; k < 3; k++ {
		_, out, _ := runGouji(append([]string{"check", "--fail-on", "never", "--summary", "--shard", string(rune('0'+k)) + "/3"}, files...)...)
		sharded = append(sharded, compared(out)...)
		checked += strings.Count(out, " pages, ")
	}
	require.Len(t, compared(whole), 5)
	assert.ElementsMatch(t, compared(whole), sharded)
	assert.Equal(t, len(files), checked, "every report in one shard")
}
