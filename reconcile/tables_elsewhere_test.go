package reconcile

import (
	"strings"
	"testing"

	"github.com/gouji/gouji/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// splitGeneral05 is general05 published as two files: the narrative (with
// the report's title) and the table.
func splitGeneral05(t *testing.T, text string) (narrative, table *extract.Document) {
	t.Helper()
	at := strings.Index(text, "五、一般公共预算财政拨款支出决算情况说明")
	require.Positive(t, at)
	var err error
	narrative, err = extract.ReadText("n.txt", strings.NewReader("2024年度测试局部门决算\n\n"+text[at:]))
	require.NoError(t, err)
	table, err = extract.ReadText("t.txt", strings.NewReader(text[:at]))
	require.NoError(t, err)
	return narrative, table
}

func byRule(fs []Finding, rule string) []Finding {
	var out []Finding
	for _, f := range fs {
		if f.Rule == rule {
			out = append(out, f)
		}
	}
	return out
}

// A narrative without the report's tables is named once, as an info that
// counts no claim; joined with its tables it is not, and its amounts are
// checked against them.
func TestTablesElsewhere(t *testing.T) {
	n, tb := splitGeneral05(t, general05)
	res := Check(n, Analyzers())
	require.Empty(t, res.Errors)
	fs := byRule(res.Findings, "tables-elsewhere")
	require.Len(t, fs, 1)
	assert.Equal(t, Info, fs[0].Severity)
	assert.Contains(t, fs[0].Message, "--one-report")
	assert.Empty(t, fs[0].Claimed)
	without := Check(n, withoutRule(Analyzers(), "tables-elsewhere"))
	assert.Equal(t, without.Stats, res.Stats, "tables-elsewhere counts no claim")

	// The table file alone states no amount in a narrative: nothing to say.
	assert.Empty(t, byRule(Check(tb, Analyzers()).Findings, "tables-elsewhere"))
	// The whole report in one file: nothing to say.
	one, err := extract.ReadText("t.txt", strings.NewReader(general05))
	require.NoError(t, err)
	assert.Empty(t, byRule(Check(one, Analyzers()).Findings, "tables-elsewhere"))
}

// A narrative joined with its tables file is checked as one report: a
// wrong amount is found, and its evidence names the file of each figure.
func TestJoinedEvidenceFile(t *testing.T) {
	n, tb := splitGeneral05(t, strings.Replace(general05, "支出决算为23.45万元", "支出决算为23.54万元", 1))
	res := Check(extract.Join(n, tb), Analyzers())
	require.Empty(t, res.Errors)
	assert.Empty(t, byRule(res.Findings, "tables-elsewhere"))
	var fs []Finding
	for _, f := range byRule(res.Findings, "text-vs-table") {
		if f.Severity >= Warning {
			fs = append(fs, f)
		}
	}
	require.Len(t, fs, 1)
	assert.Equal(t, "23.54→23.45", fs[0].Claimed+"→"+fs[0].Expected)
	require.Len(t, fs[0].Evidence, 2)
	assert.Equal(t, EvidenceText, fs[0].Evidence[0].Kind)
	assert.Equal(t, "n.txt", fs[0].Evidence[0].File)
	assert.Equal(t, EvidenceTable, fs[0].Evidence[1].Kind)
	assert.Equal(t, "t.txt", fs[0].Evidence[1].File)

	// Read from one file, evidence names no file.
	one, err := extract.ReadText("t.txt", strings.NewReader(strings.Replace(general05, "支出决算为23.45万元", "支出决算为23.54万元", 1)))
	require.NoError(t, err)
	for _, f := range Check(one, Analyzers()).Findings {
		for _, e := range f.Evidence {
			assert.Empty(t, e.File, "%s: %+v", f.Rule, e)
		}
	}
}

func withoutRule(as []*Analyzer, name string) []*Analyzer {
	var out []*Analyzer
	for _, a := range as {
		if a.Name != name {
			out = append(out, a)
		}
	}
	return out
}

// The findings of a joined document come file by file, each file's in
// page order.
func TestSortByFile(t *testing.T) {
	fs := []Finding{
		{Rule: "a", Page: 1, Evidence: []Evidence{{File: "t.pdf"}}},
		{Rule: "b", Page: 2, Evidence: []Evidence{{File: "n.pdf"}}},
		{Rule: "c", Page: 3, Evidence: []Evidence{{File: "t.pdf"}}},
		{Rule: "d", Page: 4},
	}
	sortByFile([]string{"n.pdf", "t.pdf"}, fs)
	var got []string
	for _, f := range fs {
		got = append(got, f.Rule)
	}
	assert.Equal(t, []string{"b", "d", "a", "c"}, got)
}
