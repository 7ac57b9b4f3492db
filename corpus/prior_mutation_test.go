package corpus_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gouji/gouji/corpus/mutate"
	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/pairing"
	"github.com/gouji/gouji/reconcile"
	"github.com/stretchr/testify/require"
)

// priorEdit is one edit of a report of a chain that makes exactly one
// figure it gives for last year disagree with last year's report.
type priorEdit struct {
	name, edited, other string
	edit                mutate.Edit
	claimed             string
}

// priorEdits cover a stated amount of change, a percentage, a figure
// 与上年一致 / 持平 and the class, 项, 三公 and 机关运行经费 items.
var priorEdits = []priorEdit{
	{"court19-amount-2040502", "jiangsu-court-2019-budget", "jiangsu-court-2018-budget",
		mutate.Edit{Page: 20, Old: "245.14", New: "254.14"}, "254.14"},
	{"court19-amount-204", "jiangsu-court-2019-budget", "jiangsu-court-2018-budget",
		mutate.Edit{Page: 18, Old: "1287.35", New: "1278.35"}, "1278.35"},
	{"court19-amount-2210201", "jiangsu-court-2019-budget", "jiangsu-court-2018-budget",
		mutate.Edit{Page: 21, Old: "481.1", New: "418.1"}, "418.1"},
	{"court19-percent-2210202", "jiangsu-court-2019-budget", "jiangsu-court-2018-budget",
		mutate.Edit{Page: 21, Old: "64.70", New: "46.70"}, "46.70"},
	{"court19-percent-2040504", "jiangsu-court-2019-budget", "jiangsu-court-2018-budget",
		mutate.Edit{Page: 20, Old: "12.77", New: "17.27"}, "17.27"},
	{"court19-amount-jgyx", "jiangsu-court-2019-budget", "jiangsu-court-2018-budget",
		mutate.Edit{Page: 24, Old: "172.67", New: "127.67", Context: "增加172.67"}, "127.67"},
	{"court19-equal-car-run", "jiangsu-court-2019-budget", "jiangsu-court-2018-budget",
		mutate.Edit{Page: 24, Old: "266.8", New: "286.8", Context: "运行维护费预算支出266.8万元，与上年一致"}, "286.8"},
	{"court18-equal-2040503", "jiangsu-court-2018-budget", "jiangsu-court-2017-budget",
		mutate.Edit{Page: 19, Old: "1600", New: "1660", Context: "机关服务（项）支出1600"}, "1660"},
	{"court18-amount-2210201", "jiangsu-court-2018-budget", "jiangsu-court-2017-budget",
		mutate.Edit{Page: 20, Old: "369.11", New: "396.11"}, "396.11"},
	{"wanli25-amount-car-buy", "putuo-wanli-2025-budget", "putuo-wanli-2024-budget",
		mutate.Edit{Page: 30, Old: "10", New: "20", Context: "公务用车购置费15万元，比2024年预算减少10"}, "20"},
	{"wanli25-flat-reception", "putuo-wanli-2025-budget", "putuo-wanli-2024-budget",
		mutate.Edit{Page: 30, Old: "1.35", New: "1.55", Context: "公务接待费1.35万元。比2024年预算持平"}, "1.55"},
	{"wanli24-amount-total", "putuo-wanli-2024-budget", "putuo-wanli-2023-budget",
		mutate.Edit{Page: 6, Old: "876.75", New: "867.75", Context: "财政拨款收入15621.11万元，比2023年预算减少876.75"}, "867.75"},
}

// TestPriorYearMutations edits one figure of a chain's later report and
// wants exactly one prior-year finding, on that figure, naming both files;
// the unedited pair gives none that is not labelled (see the corpus run).
func TestPriorYearMutations(t *testing.T) {
	if testing.Short() {
		t.Skip("reads and edits real PDFs")
	}
	sums := map[string]*reconcile.Summary{}
	summary := func(path string) *reconcile.Summary {
		if s, ok := sums[path]; ok {
			return s
		}
		doc, err := extract.Open(path, extract.Options{})
		require.NoError(t, err)
		s := reconcile.Check(doc, []*reconcile.Analyzer{reconcile.PriorYear}).Summary
		require.NotNil(t, s)
		sums[path] = s
		return s
	}
	dir := t.TempDir()
	for _, e := range priorEdits {
		t.Run(e.name, func(t *testing.T) {
			base, err := os.ReadFile(filepath.Join("real", e.edited+".pdf"))
			require.NoError(t, err)
			out, err := mutate.EditPDF(base, e.edit)
			require.NoError(t, err)
			path := filepath.Join(dir, e.name+".pdf")
			require.NoError(t, os.WriteFile(path, out, 0o644))
			other := filepath.Join("real", e.other+".pdf")
			found := newFindings(pairFindings(t, []*reconcile.Summary{summary(path), summary(other)}),
				pairFindings(t, []*reconcile.Summary{summary(filepath.Join("real", e.edited+".pdf")), summary(other)}))
			require.Len(t, found, 1, "want one prior-year finding for %s", e.edit)
			f := found[0]
			require.Equal(t, e.claimed, f.Claimed, f.Message)
			files := map[string]bool{}
			for _, ev := range f.Evidence {
				files[filepath.Base(ev.File)] = true
			}
			require.True(t, files[filepath.Base(path)] && files[filepath.Base(other)], "evidence names both files: %v", files)
			require.Contains(t, f.Message, filepath.Base(other))
		})
	}
}

// pairFindings pairs the summaries as a run would and returns the
// prior-year findings.
func pairFindings(t *testing.T, sums []*reconcile.Summary) []reconcile.Finding {
	pairs, _ := pairing.Pairs(sums, nil)
	require.NotEmpty(t, pairs, "the reports are paired")
	var out []reconcile.Finding
	for _, p := range pairs {
		for _, f := range pairing.Check(p, sums) {
			if f.Rule == string(pairing.PriorYear) && strings.TrimSpace(f.Claimed) != "" {
				out = append(out, f)
			}
		}
	}
	return out
}

// newFindings returns the findings of edited that unedited does not have
// (the same page and claimed figure).
func newFindings(edited, unedited []reconcile.Finding) []reconcile.Finding {
	var out []reconcile.Finding
	for _, f := range edited {
		old := false
		for _, u := range unedited {
			old = old || u.Page == f.Page && u.Claimed == f.Claimed
		}
		if !old {
			out = append(out, f)
		}
	}
	return out
}

// TestPriorYearChainsUnedited: the chains as published give only the
// labelled disagreement (court 2018 p19, 392.92).
func TestPriorYearChainsUnedited(t *testing.T) {
	if testing.Short() {
		t.Skip("reads real PDFs")
	}
	var sums []*reconcile.Summary
	for _, name := range []string{"jiangsu-court-2017-budget", "jiangsu-court-2018-budget", "jiangsu-court-2019-budget",
		"putuo-wanli-2023-budget", "putuo-wanli-2024-budget", "putuo-wanli-2025-budget"} {
		doc, err := extract.Open(filepath.Join("real", name+".pdf"), extract.Options{})
		require.NoError(t, err)
		sums = append(sums, reconcile.Check(doc, []*reconcile.Analyzer{reconcile.PriorYear}).Summary)
	}
	pairs, none := pairing.Pairs(sums, nil)
	require.Len(t, pairs, 4, "2017→2018, 2018→2019, 2023→2024, 2024→2025")
	require.Len(t, none, 2, "the first report of each chain has no earlier one")
	found := pairFindings(t, sums)
	require.Len(t, found, 1)
	require.Equal(t, "392.92", found[0].Claimed)
	require.Equal(t, 19, found[0].Page)
	require.Equal(t, "382.92", found[0].Expected)
	require.Equal(t, "prior.mismatch", found[0].MessageID)
	require.Equal(t, "法院（款）一般行政事务管理（项）支出：本报告按增减额推算的上年数为6,442.89万元，但上年报告（jiangsu-court-2017-budget.pdf）所列为6,432.89万元，前后年度不一致；同处所述增减幅度与上年报告相符，错在增减额", found[0].Msg.In(i18n.Zh))
}
