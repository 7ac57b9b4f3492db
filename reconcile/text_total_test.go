package reconcile

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A change explained by the changes that make it up must be their signed
// sum (xian-kjj-2022-budget p22-23).
func TestChangeReasons(t *testing.T) {
	text := doc("（2）行政运行（2060101）支出1187.60万元，比上年减少117.05万元，原因是局机关2022年人员绩效增量标准降低人员经费减少139.51万元；公用经费因人员增加正常增加22.46万元。",
		"（8）机构运行（2060501）支出327.45万元，比上年减少115.71万元，原因是人员减少，人员经费较2021年度减少75.86万元；日常公用经费减少2.40万元；专项业务费减少37.45万元（生产力中心减少11.95，大市场中心网络宽带费列其他科目减少25.50）。")
	assert.Empty(t, narr(t, text))
	assert.Equal(t, []string{"items-total warning 115.71→157.56"}, narr(t, strings.Replace(text, "减少75.86万元", "减少117.71万元", 1)))
	assert.Equal(t, []string{"items-total warning 117.05→137.05"}, narr(t, strings.Replace(text, "增加22.46万元", "增加2.46万元", 1)))
	// Main reasons (主要原因) may leave some out; a list with an amount
	// that is not a change, or with sub-items, is not a sum of its changes.
	for _, edited := range []string{
		strings.Replace(text, "原因是局机关", "主要原因是局机关", 1),
		strings.Replace(text, "原因是局机关", "原因是2021年度预算20万元，局机关", 1),
		strings.Replace(text, "；公用经费", "，其中公用经费", 1),
	} {
		assert.Empty(t, narr(t, strings.Replace(edited, "增加22.46万元", "增加2.46万元", 1)))
	}
}
