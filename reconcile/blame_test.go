package reconcile

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// addedBy returns the findings the seed has with old changed to new in the
// nth (from 1) occurrence of context that the seed as written has not.
func addedBy(t *testing.T, seed, context string, nth int, old, new string) []Finding {
	t.Helper()
	parts := strings.SplitAfterN(seed, context, nth+1)
	require.Len(t, parts, nth+1, context)
	at := len(strings.Join(parts[:nth], "")) - len(context)
	edited := seed[:at] + strings.Replace(context, old, new, 1) + seed[at+len(context):]
	before := map[string]int{}
	for _, f := range reported(check(t, seed)) {
		before[f.Rule+f.Message]++
	}
	var added []Finding
	for _, f := range reported(check(t, edited)) {
		if before[f.Rule+f.Message] > 0 {
			before[f.Rule+f.Message]--
			continue
		}
		added = append(added, f)
	}
	return added
}

func hasCell(ev []Evidence, table, row, value string) bool {
	for _, e := range ev {
		if strings.Contains(e.Table, table) && e.Row == row && e.Value == value {
			return true
		}
	}
	return false
}

// One wrong 款 cell of 公开05表 fails its 项 rows, its 类 row, its own
// columns and the 03 表's row: one finding about the cell, the others its
// evidence.
func TestBlameOneCellOneFinding(t *testing.T) {
	added := addedBy(t, seedText(t), "20113\t商贸事务\t2,359.24", 2, "2,359.24", "2,359.42")
	require.Len(t, added, 1, "%v", added)
	f := added[0]
	assert.Equal(t, "code-sum", f.Rule)
	assert.Equal(t, "2359.42", f.Claimed)
	assert.Equal(t, "2359.24", f.Expected)
	assert.True(t, hasCell(f.Evidence, "公开05表", "201 一般公共服务支出", "2,363.29"), "the 类 row whose sum fails: %v", f.Evidence)
	assert.True(t, hasCell(f.Evidence, "公开05表", "20113 商贸事务", "249.63"), "the row's own columns: %v", f.Evidence)
	assert.True(t, hasCell(f.Evidence, "公开03表", "20113 商贸事务", "2,359.24"), "the 03 表's row: %v", f.Evidence)
}

// A wrong item of 公开01表 that 公开03表 prints right: the item is blamed,
// not the 本年支出合计 whose sum it breaks.
func TestBlameTheItemNotTheTotal(t *testing.T) {
	added := addedBy(t, seedText(t), "一、一般公共服务支出\t32\t2,363.29", 1, "2,363.29", "2,363.92")
	require.Len(t, added, 1, "%v", added)
	f := added[0]
	assert.Equal(t, "cross-table", f.Rule)
	assert.Equal(t, "2363.92", f.Claimed)
	assert.True(t, hasCell(f.Evidence, "公开01表", "本年支出合计", "5,662.95"), "the total whose sum fails: %v", f.Evidence)
}

// A wrong total that the narrative states right: the total is blamed, the
// sentence is its evidence.
func TestBlameTheTableNotTheText(t *testing.T) {
	added := addedBy(t, seedText(t), "总计\t31\t5,799.97", 1, "5,799.97", "5,799.79")
	require.Len(t, added, 1, "%v", added)
	assert.Equal(t, "statement-sum", added[0].Rule)
	assert.Equal(t, "5799.79", added[0].Claimed)
	var text bool
	for _, e := range added[0].Evidence {
		text = text || e.Kind == EvidenceText && strings.Contains(e.Value, "5799.97")
	}
	assert.True(t, text, "the sentence: %v", added[0].Evidence)
}

func cellFinding(rule, row, claimed, expected string, summands ...string) Finding {
	f := Finding{Rule: rule, Severity: Error, Claimed: claimed, Expected: expected, Unit: "万元"}
	f.Evidence = append(f.Evidence, Evidence{Kind: EvidenceTable, Table: "表", Row: row, Column: "合计", Value: claimed})
	for _, s := range summands {
		name, value, _ := strings.Cut(s, "=")
		f.Evidence = append(f.Evidence, Evidence{Kind: EvidenceTable, Table: "表", Row: name, Column: "合计", Value: value})
	}
	return f
}

// When two children are each wrong and only both together explain the
// parent, blame is ambiguous: every finding stays.
func TestBlameAmbiguousKeepsFindings(t *testing.T) {
	parent := cellFinding("code-sum", "201", "100.00", "110.00", "20101=54.00", "20102=56.00")
	a := cellFinding("column-sum", "20101", "54.00", "50.00")
	b := cellFinding("column-sum", "20102", "56.00", "50.00")
	assert.Len(t, Blame([]Finding{parent, a, b}), 3)

	// With one child off by exactly the parent's gap, the child is blamed.
	a = cellFinding("column-sum", "20101", "54.00", "44.00")
	b = cellFinding("column-sum", "20102", "56.00", "57.00")
	out := Blame([]Finding{parent, a, b})
	require.Len(t, out, 2)
	assert.Equal(t, "20101", out[0].Evidence[0].Row)
	assert.True(t, hasCell(out[0].Evidence, "表", "201", "100.00"))
}
