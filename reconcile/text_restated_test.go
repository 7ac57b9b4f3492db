package reconcile

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A sentence printed twice may gain a particle (的, 等) in one copy and
// still be a copy (xian-wjw-2022-final p24 and p142); another word is
// another sentence.
func TestRestatedCopyWithParticles(t *testing.T) {
	a := "组织对本部门2022年度主管的卫生健康事业发展专项资金1个专项资金项目进行自评，涉及预算金额52110万元。"
	b := "组织对本部门2022年度主管的的卫生健康事业发展专项资金等1个专项资金项目进行自评，涉及预算金额52110万元。"
	assert.Empty(t, narr(t, doc(a, "（一）其他情况", b)))
	assert.Equal(t, []string{"restated error 51552.9→52110"}, narr(t, doc(a, "（一）其他情况", strings.Replace(b, "52110万元", "51552.9万元", 1))))
	other := strings.Replace(b, "主管的的", "主管以外的", 1)
	assert.Empty(t, narr(t, doc(a, "（一）其他情况", strings.Replace(other, "52110万元", "51552.9万元", 1))))
}
