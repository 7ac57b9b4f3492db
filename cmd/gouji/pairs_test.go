package main

import (
	"encoding/json"
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
// in the later report's document.
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
	assert.Len(t, docs, 1, "the findings are in the report's own document")
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

// In JSON a report's cross-report findings are part of its one document;
// JSON Lines, which prints each report as soon as it is checked, gives
// them on a line of their own marked across; the text summary counts them
// in its table by rule.
func TestCrossFindingsInDocument(t *testing.T) {
	if testing.Short() {
		t.Skip("reads real PDFs")
	}
	dir := "../../corpus/real/"
	later := dir + "jiangsu-court-2018-budget.pdf"
	files := []string{dir + "jiangsu-court-2017-budget.pdf", later}
	_, docs, _ := checkJSON(t, files...)
	require.Len(t, docs, 2, "one document per report")
	assert.Equal(t, later, docs[1].File)
	assert.Len(t, rulesFound(docs[1].Findings, "prior-year"), 1)
	assert.False(t, docs[1].Across)
	for i := 1; i < len(docs[1].Findings); i++ {
		assert.LessOrEqual(t, docs[1].Findings[i-1].Page, docs[1].Findings[i].Page, "findings sorted by place")
	}

	_, stdout, _ := runGouji(append([]string{"check", "--format", "jsonl", "--fail-on", "never"}, files...)...)
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	require.Len(t, lines, 3)
	var last jsonDocument
	require.NoError(t, json.Unmarshal([]byte(lines[2]), &last))
	assert.True(t, last.Across)
	assert.Equal(t, later, last.File)
	assert.Len(t, rulesFound(last.Findings, "prior-year"), 1)

	_, stdout, _ = runGouji(append([]string{"check", "--fail-on", "never", "--lang", "en"}, files...)...)
	var row string
	for _, l := range strings.Split(stdout, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), "prior-year ") {
			row = l
		}
	}
	assert.Equal(t, []string{"prior-year", "1", "0", "0"}, strings.Fields(row), stdout)
}
