package segment

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The dictionary is embedded and really loaded: gse's LoadDictEmbed
// silently loads nothing under -tags ne, so count the terms and look some
// up rather than trust that a load returned no error.
func TestDictionaryLoaded(t *testing.T) {
	terms, _, err := readDictionary(dictFS)
	require.NoError(t, err)
	require.Greater(t, len(terms), 600)
	assert.Equal(t, len(terms), DictionarySize())
	for word, tag := range map[string]string{
		"公务接待费": TagSanGong, "一般公共服务支出": TagClass, "行政运行": TagClass, "工资福利支出": TagEconomic,
		"年初预算数": TagAspect, "本年收入合计": TagItem, "结转和结余": TagItem, "（类）": TagLevel, "完成": TagCue,
	} {
		assert.Equal(t, tag, terms[word].tag, word)
	}
	assert.Equal(t, "年初预算", terms["年初预算数"].canon)
	assert.Equal(t, "down", terms["减少"].canon)
}

func tokenTexts(ts []Token) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.Text)
	}
	return out
}

// Subjects come out as whole phrases, not character runs.
func TestTokenizeDomainPhrases(t *testing.T) {
	for s, want := range map[string][]string{
		"公务接待费支出决算为":              {"公务接待费", "支出决算", "为"},
		"一般公共预算财政拨款支出年初预算数为":      {"一般公共预算财政拨款支出", "年初预算数", "为"},
		"一般公共服务（类）商贸事务（款）行政运行（项）": {"一般公共服务", "（类）", "商贸事务", "（款）", "行政运行", "（项）"},
		"机关运行经费支出":                {"机关运行经费", "支出"},
		"决算数大于年初预算数":              {"决算数", "大于", "年初预算数"},
		"完成年初预算的":                 {"完成", "年初预算", "的"},
		// Text outside the dictionary stays one run; a typo stays as printed.
		"其他商贸事物支出（项）": {"其他商贸事物支出", "（项）"},
	} {
		assert.Equal(t, want, tokenTexts(Tokenize(s)), s)
	}
}

func TestTokenizeCoversInput(t *testing.T) {
	s := "2021年度一般公共预算财政拨款支出5662.95万元，占本年支出合计的100%，ABC x"
	var b strings.Builder
	prev := 0
	for _, tk := range Tokenize(s) {
		assert.Equal(t, prev, tk.Start)
		assert.Equal(t, tk.Text, s[tk.Start:tk.End])
		b.WriteString(tk.Text)
		prev = tk.End
	}
	assert.Equal(t, s, b.String())
	assert.Empty(t, Tokenize(""))
}
