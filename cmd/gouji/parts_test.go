package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gouji/gouji/corpus"
	"github.com/gouji/gouji/report"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// joinParts joins a tables-only file with the one narrative-only file of
// its folder that is the same report, and nothing else.
func TestJoinParts(t *testing.T) {
	id := func(issuer string, year int) report.Identity {
		return report.Identity{Kind: report.DeptBudget, Year: year, Issuer: issuer}
	}
	single := func(files ...string) [][]string {
		var out [][]string
		for _, f := range files {
			out = append(out, []string{f})
		}
		return out
	}
	narrative := func(p string) bool { return !strings.Contains(p, "full") }
	cases := []struct {
		name  string
		parts []reportPart
		want  [][]string
	}{
		{"a pair, the tables first", []reportPart{
			{"d/a-tables.pdf", id("中国共产党江苏省委员会办公厅", 2017), true},
			{"d/b.pdf", id("省高院", 2017), false},
			{"d/c-narrative.pdf", id("江苏省委办公厅", 2017), false},
		}, [][]string{{"d/c-narrative.pdf", "d/a-tables.pdf"}, {"d/b.pdf"}}},
		{"two tables files", []reportPart{
			{"d/n.pdf", id("江苏省政协办公厅", 2017), false},
			{"d/t1.pdf", id("江苏省政协办公厅", 2017), true},
			{"d/t2.pdf", id("江苏省政协办公厅", 2017), true},
		}, nil},
		{"two narratives", []reportPart{
			{"d/n1.pdf", id("江苏省政协办公厅", 2017), false},
			{"d/n2.pdf", id("江苏省政协办公厅", 2017), false},
			{"d/t.pdf", id("江苏省政协办公厅", 2017), true},
		}, nil},
		{"the other file prints the tables too", []reportPart{
			{"d/full.pdf", id("江苏省政协办公厅", 2017), false},
			{"d/t.pdf", id("江苏省政协办公厅", 2017), true},
		}, nil},
		{"another year", []reportPart{
			{"d/n.pdf", id("江苏省政协办公厅", 2017), false},
			{"d/t.pdf", id("江苏省政协办公厅", 2018), true},
		}, nil},
		{"year unknown", []reportPart{
			{"d/n.pdf", id("江苏省政协办公厅", 0), false},
			{"d/t.pdf", id("江苏省政协办公厅", 0), true},
		}, nil},
		{"another folder", []reportPart{
			{"d/n.pdf", id("江苏省政协办公厅", 2017), false},
			{"e/t.pdf", id("江苏省政协办公厅", 2017), true},
		}, nil},
	}
	for _, c := range cases {
		parts := map[string]reportPart{}
		var files []string
		for _, p := range c.parts {
			parts[p.path] = p
			files = append(files, p.path)
		}
		want := c.want
		if want == nil {
			want = single(files...)
		}
		assert.Equal(t, want, joinParts(single(files...), parts, narrative), c.name)
	}
}

// A folder holding a narrative and its tables, as 江苏 publishes them,
// checks them as one report: one document naming both, with the findings
// --one-report gives, and a line saying so; the seed beside them is its
// own report.
func TestFolderJoinsParts(t *testing.T) {
	dir := t.TempDir()
	n, tb := pairOf("jiangsu-swb-2017")
	for _, f := range []string{n, tb, seedFile} {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644))
	}
	dn, dt := filepath.Join(dir, filepath.Base(n)), filepath.Join(dir, filepath.Base(tb))
	_, docs, _ := checkJSON(t, dir)
	require.Len(t, docs, 2)
	var joined *jsonDocument
	for i := range docs {
		if docs[i].File == dn {
			joined = &docs[i]
		}
	}
	require.NotNil(t, joined, "no document for the narrative")
	assert.Equal(t, []string{dn, dt}, joined.Parts)
	_, one, _ := checkJSON(t, "--one-report", dn, dt)
	require.Len(t, one, 1)
	assert.Equal(t, one[0].Findings, joined.Findings)
	assert.Equal(t, one[0].Tables, joined.Tables)

	_, stdout, _ := runGouji("check", "--fail-on", "never", "--lang", "en", dir)
	assert.Contains(t, stdout, "checked as one report: "+dn+" + "+dt+"\n")
	_, stdout, _ = runGouji("check", "--fail-on", "never", "--lang", "zh", dir)
	assert.Contains(t, stdout, "合并为一份报告检查：")
}

// The parts a folder run joins in corpus/real are reports that the
// corpus labels as one (an expected file's with), and every such report
// whose tables file names its issuer and year is joined.
func TestPartsAgreeWithCorpus(t *testing.T) {
	dir := "../../corpus/real"
	in, err := expandInputs([]string{dir}, nil, false)
	require.NoError(t, err)
	files := in.files
	got := map[string][]string{}
	for _, r := range joinFolderParts(reportsOf(files, false), []string{dir}, 0) {
		if len(r) > 1 {
			got[filepath.Base(r[0])] = r[1:]
		}
	}
	want := map[string][]string{}
	for _, f := range files {
		e, err := corpus.Load(corpus.ExpectedPath(f))
		if err != nil || len(e.With) == 0 {
			continue
		}
		for _, w := range e.With {
			want[filepath.Base(f)] = append(want[filepath.Base(f)], filepath.Join(dir, w))
		}
	}
	for n, parts := range got {
		assert.Equal(t, want[n], parts, "%s joined, but its expected file says otherwise", n)
	}
	for _, n := range []string{"jiangsu-swb-2017-narrative.pdf", "jiangsu-cppcc-2017-narrative.pdf"} {
		assert.Contains(t, got, n)
	}
	// 北京's tables name neither the 司法局 nor the year: not joined.
	assert.NotContains(t, got, "beijing-sfj-2026-narrative.pdf")
}
