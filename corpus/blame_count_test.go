package corpus_test

import (
	"fmt"
	"testing"

	"github.com/gouji/gouji/corpus"
	"github.com/gouji/gouji/corpus/mutations"
	"github.com/gouji/gouji/reconcile"
	"github.com/stretchr/testify/require"
)

// TestMutationFindingCount checks every mutant and counts the findings
// (error or warning) it has that its unedited report has not: one edited
// cell should make one finding, with the other places as evidence. Run
// with -v to see the count. It fails when more mutants than today make
// several findings (39 of 123 before blame, 17 after: the rest are
// narrative figures, which blame does not fold yet).
func TestMutationFindingCount(t *testing.T) {
	if testing.Short() {
		t.Skip("builds every mutant")
	}
	ms, err := mutations.Load()
	require.NoError(t, err)
	dir := t.TempDir()
	paths, err := mutations.Materialise(".", dir, ms, nil)
	require.NoError(t, err)
	analyzers := reconcile.Analyzers()
	base := map[string][]reconcile.Finding{}
	several := 0
	for i, m := range ms {
		if _, ok := base[m.Base]; !ok {
			base[m.Base], err = corpus.Check(m.Base, analyzers)
			require.NoError(t, err, m.Base)
		}
		fs, err := corpus.Check(paths[i], analyzers)
		require.NoError(t, err, m.ID)
		var extra []string
		for _, f := range fs {
			if f.Severity >= reconcile.Warning && !mutations.InBase(f, base[m.Base]) {
				extra = append(extra, fmt.Sprintf("%s %s", f.Rule, f.Claimed))
			}
		}
		if len(extra) > 1 {
			several++
			t.Logf("%s: %d findings %v", m.ID, len(extra), extra)
		}
	}
	t.Logf("mutants with more than one finding: %d of %d", several, len(ms))
	require.LessOrEqual(t, several, 17, "blame folds fewer findings than it did")
}
