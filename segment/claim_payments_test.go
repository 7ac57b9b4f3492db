package segment

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// The seed's project paragraphs: each funding line followed by its
// 资金使用情况 gives one payments claim, with the 实际支出 as total and the
// payments (or the total the paragraph prints for them) as items.
func TestPaymentsClaims(t *testing.T) {
	r := Claims(seed(t))
	// A list in 元 under a line in 万元.
	// (The seed prints the passage twice, in 四 and in 五.)
	cs := find(r, ClaimPayments, "集中签约活动经费”，金额", nil)
	assert.Len(t, cs, 2)
	c := cs[0]
	assert.Equal(t, "14.55万元", arg(t, c, RoleTotal))
	assert.Equal(t, []string{"82014元", "52904元", "10560元"}, args(c, RoleItem))
	assert.Empty(t, c.Relation)
	// The paragraph prints its own total (共支出…，其中…): that is the item.
	c = one(t, r, ClaimPayments, "金额112万元", nil)
	assert.Equal(t, []string{"1165083.8元"}, args(c, RoleItem))
	assert.Equal(t, RelSum, c.Relation)
	// A payment of the year before (上年已按进度支付66万元) is no payment of
	// this year's spending; the one left (本年支付50万) is no list.
	assert.Empty(t, find(r, ClaimPayments, "中国动力谷会客厅启动经费", nil))
	// The balance the paragraph states, beside its total.
	c = one(t, r, ClaimPayments, "驻黄花机场工作队专项经费", nil)
	assert.Equal(t, "99496.3元", arg(t, c, RoleResult))
	// A paragraph that is its own funding line (上年结转…合计…实际支出…结转)
	// is no list of payments.
	assert.Empty(t, find(r, ClaimPayments, "驻深招商联络处", nil))
}
