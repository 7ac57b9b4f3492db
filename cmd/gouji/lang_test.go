package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/gouji/gouji/reconcile"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMain runs the tests in English whatever the locale of the machine:
// they compare English output unless they ask for another language.
func TestMain(m *testing.M) {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		os.Unsetenv(v)
	}
	os.Exit(m.Run())
}

// asciiWord is a word of ASCII letters, which a Chinese message holds only
// in rule ids, units, file names and the report's own words.
var asciiWord = regexp.MustCompile(`[A-Za-z]+`)

// command is the command line a message may tell the reader to run.
const commandLine = "gouji check --one-report"

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// Under --lang zh every finding gouji reports on the corpus (info included)
// speaks Chinese: an ASCII word in its message is one the report itself
// prints in the quote or evidence, a file name (a cross-report finding
// names last year's report), or the command it tells the reader to run.
func TestCheckCorpusInChinese(t *testing.T) {
	code, out, errOut := runGouji("check", "--lang", "zh", "--verbose", "--fail-on", "never", "--format", "json",
		"../../corpus/seed", "../../corpus/synthetic", "../../corpus/real")
	require.Equal(t, exitOK, code, errOut)
	var doc struct {
		Documents []struct {
			File     string
			Findings []reconcile.Finding
		}
	}
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	require.Greater(t, len(doc.Documents), 30)
	n := 0
	for _, d := range doc.Documents {
		for _, f := range d.Findings {
			n++
			assert.NotEmpty(t, f.MessageID, "%s: %s", d.File, f.Message)
			assert.True(t, hasHan(f.Message), "%s: %s", d.File, f.Message)
			report := f.Quote
			for _, e := range f.Evidence {
				report += " " + e.Quote + " " + e.Table + " " + e.Row + " " + e.Column + " " + filepath.Base(e.File)
			}
			for _, w := range asciiWord.FindAllString(strings.ReplaceAll(f.Message, commandLine, ""), -1) {
				assert.Contains(t, report, w, "%s p%d %s [%s]: %q is no word of the report: %s", d.File, f.Page, f.Rule, f.MessageID, w, f.Message)
			}
		}
	}
	assert.Greater(t, n, 300, "the corpus gives findings of every kind")
}

// The text report in Chinese: finding lines, file lines and the summary
// hold ASCII letters only in file names and rule ids (seed reports, whose
// messages quote no ASCII word of their own).
func TestCheckTextInChinese(t *testing.T) {
	files := []string{"../../corpus/seed/seed.txt", "../../corpus/synthetic/seed-chromium.pdf", "../../corpus/synthetic/seed-libreoffice.pdf"}
	code, out, errOut := runGouji(append([]string{"check", "--lang", "zh", "--summary", "--verbose"}, files...)...)
	require.Equal(t, exitFindings, code, errOut)
	assert.Contains(t, out, "== 汇总：3个文件")
	assert.Contains(t, out, "错误 balance: 结余结转为0.2万元，但5.35万元 − 5.33万元 = 0.02万元，勾稽不符")
	assert.Contains(t, out, "    所列 0.2 万元，应为 0.02 万元")
	rules := map[string]bool{}
	for _, a := range reconcile.Analyzers() {
		rules[a.Name] = true
	}
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "    ") {
			continue // the report's quote and evidence
		}
		for _, f := range files {
			line = strings.ReplaceAll(line, f, "")
		}
		for _, w := range asciiWord.FindAllString(line, -1) {
			if !rules[w] && !strings.Contains(line, "-"+w) && !strings.Contains(line, w+"-") {
				t.Errorf("%q in %q", w, line)
			}
		}
	}
}

// An unreadable file is named with its reason in Chinese.
func TestUnreadableInChinese(t *testing.T) {
	code, out, errOut := runGouji("check", "--lang", "zh", "--format", "json", "../../corpus/broken/user-password.pdf")
	assert.Equal(t, exitError, code)
	assert.Equal(t, "gouji: ../../corpus/broken/user-password.pdf: 文件已加密，需要密码\n", errOut)
	assert.Contains(t, out, `"error": "文件已加密，需要密码"`, "the reason; the entry names the file")
}

// The locale chooses the language; --lang overrides it.
func TestLanguageFromLocale(t *testing.T) {
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "zh_CN.UTF-8")
	zh := "seed.txt:889: 错误 balance: 结余结转为0.2万元"
	en := "seed.txt:889: error balance: 结余结转 is 0.2万元, but 5.35万元 − 5.33万元 is 0.02万元"
	_, out, _ := runGouji("check", seedFile)
	assert.Contains(t, out, zh)
	_, out, _ = runGouji("check", "--lang", "en", seedFile)
	assert.Contains(t, out, en)
	t.Setenv("LANG", "en_US.UTF-8")
	_, out, _ = runGouji("check", seedFile)
	assert.Contains(t, out, en)
	_, out, _ = runGouji("check", seedFile, "--lang=zh")
	assert.Contains(t, out, zh)
	code, _, errOut := runGouji("check", "--lang", "fr", seedFile)
	assert.Equal(t, exitError, code)
	assert.Contains(t, errOut, `unknown language "fr"`)
}

func TestExplain(t *testing.T) {
	code, out, _ := runGouji("check", "--lang", "zh", "--explain", "share")
	assert.Equal(t, exitOK, code)
	assert.Equal(t, "share  占比\n\n占比（占…的x%）= 分项数 ÷ 总数。\n", out)
	code, out, _ = runGouji("check", "--lang", "en", "--explain", "code-sum")
	assert.Equal(t, exitOK, code)
	assert.True(t, strings.HasPrefix(out, "code-sum  Classification sums\n\nBy classification code"), out)
	code, out, errOut := runGouji("check", "--lang", "zh", "--explain", "no-such-rule")
	assert.Equal(t, exitError, code)
	assert.Empty(t, out)
	assert.Equal(t, "gouji check: 规则 \"no-such-rule\" 不存在（见 gouji check --list）\n", errOut)
}

// Help in Chinese, whether -h stands before or after --lang.
func TestHelpInChinese(t *testing.T) {
	for _, args := range [][]string{{"check", "-h", "--lang", "zh"}, {"check", "--lang", "zh", "-h"}} {
		code, out, _ := runGouji(args...)
		assert.Equal(t, exitOK, code)
		assert.True(t, strings.HasPrefix(out, "用法： gouji check"), out)
		assert.Contains(t, out, "  -lang value\n    \t输出语言：zh 或 en")
		assert.Contains(t, out, "  -explain RULE\n    \t输出规则的名称和说明后退出")
	}
	code, out, _ := runGouji("--help", "--lang", "zh")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "命令：")
	assert.Contains(t, out, "报告每一个勾稽不符的数字")
	code, _, errOut := runGouji("--lang", "zh")
	assert.Equal(t, exitError, code)
	assert.Contains(t, errOut, "命令：", "no command: the usage, in the language asked for")
	code, out, _ = runGouji("--lang=zh", "check", "--explain", "share")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "share  占比", "a --lang before the command is the command's")
}
