package reconcile

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// One item of a long list off by 2.00 (行政单位离退休 533.69 → 535.69 in
// the seed's 支出决算 paragraph) is a wrong figure, not a unit slip of
// another item: the list's rough figures leave room for an item of about
// nothing, so "1.05万元 reads 1.05元" explains nothing (and would need the
// item to be −0.95万元). The seed's one real slip (11199.82万元 in a list
// of 元) is still reported.
func TestNoSlipWhereNothingWouldFit(t *testing.T) {
	seed := seedText(t)
	edited := strings.Replace(seed, "年初预算501.56万元，支出决算为533.69万元", "年初预算501.56万元，支出决算为535.69万元", 1)
	require.NotEqual(t, seed, edited)
	var slips []string
	for _, f := range reported(check(t, edited)) {
		if f.Rule == "unit-slip" {
			slips = append(slips, f.Claimed+"→"+f.Expected)
		}
	}
	assert.Equal(t, []string{"11199.82→1.119982"}, slips)
}
