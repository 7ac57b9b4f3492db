package main

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

// The narrative and tables files of real reports published in two parts.
var twoFileReports = []string{"beijing-sfj-2026", "jiangsu-swb-2017", "jiangsu-cppcc-2017"}

func pairOf(name string) (narrative, tables string) {
	dir := "../../corpus/real/"
	return dir + name + "-narrative.pdf", dir + name + "-tables.pdf"
}

func checkJSON(t *testing.T, args ...string) (int, []jsonDocument, string) {
	t.Helper()
	code, stdout, stderr := runGouji(append([]string{"check", "--format", "json", "--fail-on", "never"}, args...)...)
	var out jsonOutput[jsonDocument]
	require.NoError(t, json.Unmarshal([]byte(stdout), &out), "stdout: %s\nstderr: %s", stdout, stderr)
	return code, out.Documents, stderr
}

func rulesFound(fs []reconcile.Finding, rule string) []reconcile.Finding {
	var out []reconcile.Finding
	for _, f := range fs {
		if f.Rule == rule {
			out = append(out, f)
		}
	}
	return out
}

// splitSeed writes the seed as two files, its tables (with the title
// page) and its narrative (the title page and 第三部分 on), the narrative
// edited with old → new; it returns their paths.
func splitSeed(t *testing.T, old, new string) (narrative, tables string) {
	b, err := os.ReadFile(seedFile)
	require.NoError(t, err)
	lines := strings.SplitAfter(string(b), "\n")
	at := -1
	for i, l := range lines {
		if i > 100 && strings.HasPrefix(l, "第三部分") {
			at = i
			break
		}
	}
	require.Positive(t, at, "第三部分 not found in the seed")
	title := strings.Join(lines[:6], "")
	body := strings.Join(lines[at:], "")
	require.Contains(t, body, old)
	dir := t.TempDir()
	narrative, tables = filepath.Join(dir, "narrative.txt"), filepath.Join(dir, "tables.txt")
	require.NoError(t, os.WriteFile(narrative, []byte(title+"\n"+strings.Replace(body, old, new, 1)), 0o644))
	require.NoError(t, os.WriteFile(tables, []byte(strings.Join(lines[:at], "")), 0o644))
	return narrative, tables
}

// A narrative and its tables given with --one-report are one document,
// named by the narrative; an amount of the narrative is checked against
// the tables file, and the evidence says which file each figure is from.
func TestCheckOneReportEvidenceFile(t *testing.T) {
	n, tb := splitSeed(t, "财政拨款收入5662.95万元", "财政拨款收入5662.59万元")
	code, docs, _ := checkJSON(t, "--one-report", n, tb)
	assert.Equal(t, exitOK, code)
	require.Len(t, docs, 1)
	assert.Equal(t, n, docs[0].File)
	var hit *reconcile.Finding
	for i, f := range docs[0].Findings {
		if f.Rule == "text-vs-table" && f.Claimed == "5662.59" {
			hit = &docs[0].Findings[i]
		}
	}
	require.NotNil(t, hit, "the edited amount is not found: %+v", docs[0].Findings)
	assert.Equal(t, "5662.95", hit.Expected)
	require.Len(t, hit.Evidence, 2)
	assert.Equal(t, n, hit.Evidence[0].File, "the sentence is from the narrative")
	assert.Equal(t, tb, hit.Evidence[1].File, "the cell is from the tables file")
	assert.Empty(t, rulesFound(docs[0].Findings, "tables-elsewhere"))

	// The narrative alone cannot check it.
	_, docs, _ = checkJSON(t, n)
	for _, f := range docs[0].Findings {
		assert.False(t, f.Rule == "text-vs-table" && f.Claimed == "5662.59", "checked without its tables: %+v", f)
	}

	// Text output names the files: the finding at the narrative's line,
	// the cell at the tables file's line.
	_, stdout, _ := runGouji("check", "--one-report", "--fail-on", "never", n, tb)
	assert.Regexp(t, `(?m)^`+regexpQuote(n)+`:\d+: error text-vs-table: .*5662\.59`, stdout)
	assert.Regexp(t, `(?m)^    `+regexpQuote(tb)+`:\d+ 收入决算表`, stdout)
}

func regexpQuote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `.`, `\.`, `+`, `\+`, `(`, `\(`, `)`, `\)`, `[`, `\[`, `]`, `\]`)
	return r.Replace(s)
}

// The real two-file reports: with --one-report, one document whose
// findings' evidence names the two files, and no tables-elsewhere; the
// labelled error of jiangsu-swb (change p8 1.66) is found.
func TestCheckOneReportRealPairs(t *testing.T) {
	for _, name := range twoFileReports {
		t.Run(name, func(t *testing.T) {
			n, tb := pairOf(name)
			_, sep, _ := checkJSON(t, n, tb)
			require.Len(t, sep, 2)
			code, docs, stderr := checkJSON(t, "--one-report", "--verbose", n, tb)
			assert.Equal(t, exitOK, code, stderr)
			require.Len(t, docs, 1)
			d := docs[0]
			assert.Equal(t, n, d.File)
			assert.Nil(t, d.Error)
			assert.Equal(t, sep[0].Pages+sep[1].Pages, d.Pages)
			assert.Equal(t, sep[0].Tables+sep[1].Tables, d.Tables)
			assert.Greater(t, d.Checked, sep[0].Checked+sep[1].Checked, "the narrative's amounts are checked against the tables")
			assert.Empty(t, rulesFound(d.Findings, "tables-elsewhere"))
			files := map[string]bool{}
			for _, f := range d.Findings {
				for _, e := range f.Evidence {
					require.Contains(t, []string{n, tb}, e.File, "%s: %+v", f.Rule, e)
					files[e.File] = true
				}
			}
			assert.True(t, files[n] && files[tb], "evidence names only %v", files)
			if name == "jiangsu-swb-2017" {
				var found bool
				for _, f := range d.Findings {
					found = found || f.Rule == "change" && f.Page == 8 && f.Claimed == "1.66" && f.Severity == reconcile.Error
				}
				assert.True(t, found, "jiangsu-swb change p8 1.66 not found with --one-report")
			}
		})
	}
}

// Without --one-report, a narrative whose tables are published apart gets
// exactly one tables-elsewhere info (with --verbose); its tables file, and
// a report with its tables, get none; and the JSON names no file in any
// evidence, as before --one-report existed.
func TestTablesElsewhereOnce(t *testing.T) {
	for _, name := range twoFileReports {
		t.Run(name, func(t *testing.T) {
			n, tb := pairOf(name)
			_, docs, _ := checkJSON(t, "--verbose", n, tb)
			require.Len(t, docs, 2)
			fs := rulesFound(docs[0].Findings, "tables-elsewhere")
			require.Len(t, fs, 1, "narrative")
			assert.Equal(t, reconcile.Info, fs[0].Severity)
			assert.Contains(t, fs[0].Message, "published separately")
			assert.Empty(t, rulesFound(docs[1].Findings, "tables-elsewhere"), "tables")
			for _, d := range docs {
				for _, f := range d.Findings {
					for _, e := range f.Evidence {
						assert.Empty(t, e.File, "%s %s: %+v", d.File, f.Rule, e)
					}
				}
			}
			// Not shown without --verbose.
			_, docs, _ = checkJSON(t, n)
			assert.Empty(t, rulesFound(docs[0].Findings, "tables-elsewhere"))
		})
	}
	_, docs, _ := checkJSON(t, "--verbose", seedFile)
	assert.Empty(t, rulesFound(docs[0].Findings, "tables-elsewhere"), "the seed prints its tables")
}

// --one-report with one file is the plain check, byte for byte.
func TestCheckOneReportOneFile(t *testing.T) {
	_, plain, _ := runGouji("check", "--format", "json", seedFile)
	_, one, _ := runGouji("check", "--format", "json", "--one-report", seedFile)
	assert.Equal(t, plain, one)
	assert.Equal(t, 1, strings.Count(plain, `"file":`), "only the document names its file")
}

// A file of the report that cannot be read makes the report unreadable:
// one document named by the first file, the error naming the file (exit
// 0 under checkJSON's --fail-on never; 2 without it).
func TestCheckOneReportUnreadable(t *testing.T) {
	n, _ := splitSeed(t, "财政拨款收入5662.95万元", "财政拨款收入5662.95万元")
	missing := filepath.Join(t.TempDir(), "no-such-tables.pdf")
	code, docs, stderr := checkJSON(t, "--one-report", n, missing)
	assert.Equal(t, exitOK, code)
	require.Len(t, docs, 1)
	assert.Equal(t, n, docs[0].File)
	require.NotNil(t, docs[0].Error)
	assert.Contains(t, *docs[0].Error, missing)
	assert.Contains(t, stderr, missing)
}
