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

// A terminator inside brackets ends the remark, not the sentence, when the
// sentence carries on after the bracket (guangzhou-tjj-2026 p23); a
// remark that closes the sentence still ends it.
func TestSentenceAroundABracketedRemark(t *testing.T) {
	text := "公务用车购置及运行维护费6.7万元（公务用车购置费0万元；运行维护费6.7万元，比上年减少2.3万元。）比上年减少2.3万元，下降25.6%。公务接待费8.16万元。"
	var got []string
	for _, s := range SplitSentences(text) {
		got = append(got, text[s.Start:s.End])
	}
	assert.Equal(t, []string{
		"公务用车购置及运行维护费6.7万元（公务用车购置费0万元；运行维护费6.7万元，比上年减少2.3万元。）比上年减少2.3万元，下降25.6%。",
		"公务接待费8.16万元。",
	}, got)
	text = "支出决算为5.33万元（含结转。）结余结转0.02万元。"
	got = nil
	for _, s := range SplitSentences(text) {
		got = append(got, text[s.Start:s.End])
	}
	assert.Equal(t, []string{"支出决算为5.33万元（含结转。）", "结余结转0.02万元。"}, got)
}
