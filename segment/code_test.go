package segment

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A classification code printed with the name is kept on the subject.
func TestSubjectCode(t *testing.T) {
	r := claimsOf("1、一般公共服务（类）商贸事务（款）行政运行（项）（2011301）。年初预算为1529.61万元，支出决算为1626.89万元。")
	cs := find(r, ClaimAmount, "", nil)
	require.Len(t, cs, 2)
	for _, c := range cs {
		assert.Equal(t, "2011301", c.Subject.Code)
		assert.Equal(t, "一般公共服务支出/商贸事务/行政运行", c.Subject.Canonical)
		assert.Equal(t, []ClassName{{"类", "一般公共服务支出"}, {"款", "商贸事务"}, {"项", "行政运行"}}, c.Subject.Chain)
	}
	r = claimsOf("其中：301工资福利支出1917.26万元。")
	c := one(t, r, ClaimAmount, "", nil)
	assert.Equal(t, "工资福利支出", c.Subject.Text)
	assert.Equal(t, "301", c.Subject.Code)
}
