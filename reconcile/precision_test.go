package reconcile

import (
	"strings"
	"testing"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/segment"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// peers are two-decimal 万元 figures that set the document's convention.
const peers = "机关运行经费支出12.34万元，办公费支出23.45万元，印刷费支出34.56万元，咨询费支出45.67万元，手续费支出56.78万元，水费支出67.89万元，电费支出78.91万元，邮电费支出89.12万元，物业管理费支出91.23万元，差旅费支出10.24万元。"

// The change of 住房公积金 (jiangsu-court-2019-budget p21): 481.1 among
// two-decimal figures is 481.10, and 481.10 / 1398.26 is 34.407%. Read as
// rounded, 481.05 to 481.15, 34.40% may hold: a warning that names the
// reading, never an error.
func TestConventionReading(t *testing.T) {
	change := "住房改革支出（款）住房公积金（项）支出1879.36万元，与上年相比增加481.1万元，增长34.41%。"
	text := doc(peers, change)
	assert.Empty(t, narr(t, text))
	edited := strings.Replace(text, "34.41%", "34.40%", 1)
	assert.Equal(t, []string{"change warning 34.40→34.41"}, narr(t, edited))
	f := onlyFinding(t, edited, Change.Name)
	assert.Equal(t, "check.figure", f.MessageID, "the note keeps the message's id")
	assert.Contains(t, f.Msg.In(i18n.En), "reading 481.1 as 481.10: this report prints its 万元 amounts with 2 decimals")
	assert.Contains(t, f.Msg.In(i18n.Zh), "将481.1读作481.10")
	// Without peers there is no convention: 481.1 is read as rounded.
	assert.Empty(t, narr(t, doc(strings.Replace(change, "34.41%", "34.40%", 1))))
	// A figure the lenient reading already contradicts stays one error.
	assert.Equal(t, []string{"change error 34.51→34.41"}, narr(t, strings.Replace(text, "34.41%", "34.51%", 1)))
}

func TestConventionOf(t *testing.T) {
	money := func(s string) segment.Mention {
		ms := segment.ParseMentions(s)
		require.Len(t, ms, 1, s)
		return ms[0]
	}
	var res segment.Result
	for range 9 {
		res.Mentions = append(res.Mentions, money("12.34万元"))
	}
	assert.Empty(t, conventionOf(&res), "nine figures are too few")
	res.Mentions = append(res.Mentions, money("56.78万元"), money("28.1万元"), money("1657万元"))
	conv := conventionOf(&res)
	assert.Equal(t, convention{"万元": 2}, conv)
	for s, short := range map[string]bool{"28.1万元": true, "1657万元": true, "0万元": false, "28.13万元": false, "28.1亿元": false, "约28.1万元": false} {
		_, got := conv.shortOf(money(s))
		assert.Equal(t, short, got, s)
	}
	for range 6 {
		res.Mentions = append(res.Mentions, money("7万元"))
	}
	assert.Empty(t, conventionOf(&res), "10 of 18 is no convention")
}

// jiangsu-procuratorate-2017-budget p22 prints 因公出国（境）费支出110万元，
// 占“三公”经费的18.85%: read as rounded (109.5 to 110.5) the share may be
// 18.85%, but its 三公 table prints 110.00, and 110.00 / 584.35 is 18.82% —
// a labelled error, whose message says the figure was read at the table's
// printing.
func TestTableReadingNamed(t *testing.T) {
	d, err := extract.Open("../corpus/real/jiangsu-procuratorate-2017-budget.pdf", extract.Options{})
	require.NoError(t, err)
	var got []Finding
	for _, f := range Check(d, Analyzers()).Findings {
		if f.Rule == Share.Name && f.Claimed == "18.85" {
			got = append(got, f)
		}
	}
	require.Len(t, got, 1)
	assert.Equal(t, Error, got[0].Severity)
	assert.Contains(t, got[0].Msg.In(i18n.En), "(110 read as 110.00, as 十一、一般公共预算“三公”经费、会议费、培训费支出预算表 prints it)")
	assert.Contains(t, got[0].Msg.In(i18n.Zh), "（110按十一、一般公共预算“三公”经费、会议费、培训费支出预算表所列110.00计）")
}
