package reconcile

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A 三公 table that lists its items as rows under a “三公”经费 row, beside
// a 行政经费 row and with fund columns, as guangzhou-tjj-2026-budget's 表8
// (p17) prints it: the “三公”经费 row is the items' total though no 合计
// names it.
func TestSanGongNamedTotalRow(t *testing.T) {
	table := func(reception string) []Finding {
		return checkTable(t,
			"财政拨款安排的行政经费及“三公”经费预算表",
			"单位：万元",
			"项目\t合计\t一般公共预算\t政府性基金预算\t国有资本经营预算",
			"行政经费\t839.21\t839.21\t0.00\t0.00",
			"“三公”经费\t19.86\t19.86\t0.00\t0.00",
			"其中：（一）因公出国（境）支出\t5.00\t5.00\t0.00\t0.00",
			"（二）公务用车购置及运行维护支出\t6.70\t6.70\t0.00\t0.00",
			"1.公务用车购置费\t0.00\t0.00\t0.00\t0.00",
			"2.公务用车运行维护费\t6.70\t6.70\t0.00\t0.00",
			"（三）公务接待费支出\t"+reception+"\t"+reception+"\t0.00\t0.00",
		)
	}
	assert.Empty(t, table("8.16"))
	fs := table("8.61")
	require.Equal(t, []string{"sangong-sum", "sangong-sum"}, rules(fs))
	for _, f := range fs {
		assert.Equal(t, "19.86", f.Claimed)
		assert.Equal(t, "20.31", f.Expected)
	}
}
