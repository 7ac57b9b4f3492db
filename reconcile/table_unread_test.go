package reconcile

import (
	"testing"

	"github.com/gouji/gouji/internal/seedit"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The seed holds as written; with 公开05表's amounts one column off, the
// table is named once as not understood and nothing else changes: none of
// the dozens of sums that now fail in it is reported, and no figure is
// compared with it.
func TestMisreadTableIsSetAside(t *testing.T) {
	seed := seedText(t)
	before := check(t, seed)
	require.Empty(t, before.Tables.Unread)
	shifted, n := seedit.ShiftAmounts(seed, "公开05表")
	require.Greater(t, n, 20)
	after := check(t, shifted)
	require.Len(t, after.Tables.Unread, 1)
	assert.Equal(t, "一般公共预算财政拨款支出决算表", after.Tables.Unread[0].Table.Src.Title)

	var added []Finding
	old := map[string]int{}
	for _, f := range reported(before) {
		old[f.Rule+f.Message]++
	}
	for _, f := range reported(after) {
		if old[f.Rule+f.Message] > 0 {
			old[f.Rule+f.Message]--
			continue
		}
		added = append(added, f)
	}
	require.Len(t, added, 1, "%v", added)
	assert.Equal(t, "table-unread", added[0].Rule)
	assert.Equal(t, Warning, added[0].Severity)
	assert.Contains(t, added[0].Message, "一般公共预算财政拨款支出决算表（公开05表）")
	assert.Contains(t, added[0].Message, "nothing is checked against it")
	for k, n := range old {
		assert.Zero(t, n, "finding lost: %s", k)
	}
}
