package segment

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func spanTexts(s string, spans []Span) []string {
	var out []string
	for _, sp := range spans {
		out = append(out, s[sp.Start:sp.End])
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	s := "本年支出合计5662.95万元，其中：基本支出2877.36万元，50.8%；项目支出2785.59万元，占49.2%。"
	assert.Equal(t, []string{"本年支出合计5662.95万元，其中：基本支出2877.36万元，50.8%；", "项目支出2785.59万元，占49.2%。"},
		spanTexts(s, SplitSentences(s)))
	// Closing quotes and brackets stay with their sentence; trailing
	// text without a terminator is a sentence.
	s = "（因数据统计在下一年。）其后 金额20万元"
	assert.Equal(t, []string{"（因数据统计在下一年。）", "其后 金额20万元"}, spanTexts(s, SplitSentences(s)))
	// Decimal points and list numbers do not end sentences.
	s = "30. 年初预算财政公共专项“救灾物资储备运营经费”30万元，实际支出30万元。"
	assert.Len(t, SplitSentences(s), 1)
	assert.Empty(t, SplitSentences("  "))
	assert.Empty(t, SplitSentences(""))
}
