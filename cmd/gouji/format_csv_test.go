package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The CSV opens with a BOM, then a header and one row per finding, in the
// order and with the figures of the JSON report.
func TestCSVReport(t *testing.T) {
	files := htmlReportFiles(t)
	_, docs, _ := checkJSON(t, files...)
	code, out, errOut := runGouji(append([]string{"check", "--format", "csv", "--fail-on", "never"}, files...)...)
	require.Equal(t, exitOK, code, errOut)
	require.True(t, strings.HasPrefix(out, utf8BOM), "BOM")
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, utf8BOM))).ReadAll()
	require.NoError(t, err)
	require.NotEmpty(t, rows)
	assert.Equal(t, csvHeader, rows[0])
	rows = rows[1:]
	i := 0
	for _, d := range docs {
		for _, f := range d.Findings {
			require.Less(t, i, len(rows), "a row per finding")
			row := rows[i]
			assert.Equal(t, []string{f.Rule, severityZH(f.Severity), f.Claimed, f.Expected, f.Unit, f.Message, f.Quote},
				[]string{row[3], row[4], row[5], row[6], row[7], row[8], row[9]})
			assert.Equal(t, fmt.Sprint(f.Page), row[1])
			places := 0 // a finding on the report's form (missing-table …) may have none
			if row[10] != "" {
				places = strings.Count(row[10], "\n") + 1
			}
			assert.Equal(t, len(f.Evidence), places, "evidence places")
			i++
		}
	}
	assert.Len(t, rows, i, "one row per finding")
	assert.Positive(t, i)
}

// A text source gives each finding its line; an unreadable file its own
// row; a run with nothing read still a header.
func TestCSVLinesAndErrors(t *testing.T) {
	edited, line := editedSeed(t, "20805\t行政事业单位养老支出", "631.07", "613.07")
	_, out, _ := runGouji("check", "--format", "csv", "--disable", narrativeRules, edited, "no-such-file.pdf")
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, utf8BOM))).ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, 1+1+1, "header, the edited 20805 cell (the four failing sums of 20805 and 208 are its evidence: blame), the unreadable file")
	assert.Equal(t, "613.07", rows[1][5])
	assert.Equal(t, fmt.Sprint(line), rows[1][2], "the edited line")
	assert.Equal(t, "631.07", rows[1][6])
	assert.Equal(t, "no-such-file.pdf", rows[2][0])
	assert.Equal(t, "错误", rows[2][4])

	_, out, _ = runGouji("check", "--format", "csv", "no-such-file.pdf")
	assert.True(t, strings.HasPrefix(out, utf8BOM+strings.Join(csvHeader, ",")+"\n"))
}

// -o writes the report to the file, the same bytes as stdout would get;
// it never writes over an input or into a directory.
func TestOutputFlag(t *testing.T) {
	dir := t.TempDir()
	for _, cmd := range [][]string{
		{"check", "--format", "json"},
		{"check", "--format", "csv"},
		{"check"},
		{"claims", "--stats"},
		{"extract", "--tables"},
	} {
		_, want, _ := runGouji(append(cmd, seedFile)...)
		for _, flag := range []string{"-o", "--output"} {
			path := filepath.Join(dir, strings.Join(cmd, "")+flag+".out")
			code, out, errOut := runGouji(append(cmd, flag, path, seedFile)...)
			assert.NotEqual(t, exitError, code, errOut)
			assert.Empty(t, out, cmd)
			got, err := os.ReadFile(path)
			require.NoError(t, err, cmd)
			assert.Equal(t, want, string(got), cmd)
		}
	}
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, entries, 10, "no temporary file left")

	input := filepath.Join(dir, "report.txt")
	seed, err := os.ReadFile(seedFile)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(input, seed, 0o644))
	t.Setenv("LC_ALL", "zh_CN.UTF-8")
	code, _, errOut := runGouji("check", "-o", input, input)
	assert.Equal(t, exitError, code)
	assert.Contains(t, errOut, "是待核对的文件，不能用报告覆盖")
	after, err := os.ReadFile(input)
	require.NoError(t, err)
	assert.Equal(t, seed, after, "the input is untouched")

	t.Setenv("LC_ALL", "C")
	code, _, errOut = runGouji("check", "-o", dir, seedFile)
	assert.Equal(t, exitError, code)
	assert.Contains(t, errOut, "is a directory")
}
