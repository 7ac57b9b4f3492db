package main

import (
	"encoding/json"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gouji/gouji/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every command prints its usage on stdout and exits 0 for -h and --help.
func TestHelpOnStdout(t *testing.T) {
	for _, c := range commands() {
		for _, h := range []string{"-h", "--help"} {
			code, out, errOut := runGouji(c.name, h)
			assert.Equal(t, exitOK, code, c.name+" "+h)
			assert.Empty(t, errOut, c.name+" "+h)
			assert.True(t, strings.HasPrefix(out, "usage: gouji "+c.name+" "), out)
			assert.Regexp(t, `\n  -[a-z-]+`, out, "flags are listed")
		}
	}
	code, out, _ := runGouji("-h")
	assert.Equal(t, exitOK, code)
	assert.Contains(t, out, "gouji check [--format text|json|jsonl|html|csv]")
}

// An unknown --format is a usage error when the flags are read, naming
// the formats the command offers.
func TestUnknownFormat(t *testing.T) {
	for cmd, want := range map[string]string{
		"check":   "(want text, json, jsonl, html or csv)",
		"claims":  "(want text or json)",
		"extract": "(want text or json)",
	} {
		code, out, errOut := runGouji(cmd, seedFile, "--format", "xml")
		assert.Equal(t, exitError, code, cmd)
		assert.Empty(t, out, cmd)
		assert.Contains(t, errOut, `unknown format "xml" `+want, cmd)
		assert.Contains(t, errOut, "usage: gouji "+cmd, cmd)
	}
	code, _, errOut := runGouji("corpus", "--format", "json", "../../corpus")
	assert.Equal(t, exitError, code, "corpus has no --format")
	assert.Contains(t, errOut, "flag provided but not defined: -format")
}

// Flags may follow the file: extract reads a real report and prints its
// JSON document model.
func TestExtractFlagAfterFile(t *testing.T) {
	const report = "../../corpus/real/putuo-shgzb-2024-final.pdf"
	code, out, errOut := runGouji("extract", report, "--format", "json")
	require.Equal(t, exitOK, code, errOut)
	var doc struct {
		Tool      string             `json:"tool"`
		Documents []extract.Document `json:"documents"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	assert.Equal(t, "gouji", doc.Tool)
	require.Len(t, doc.Documents, 1)
	d := doc.Documents[0]
	assert.Equal(t, report, d.Source)
	assert.Greater(t, len(d.Pages), 10)
	tables := 0
	for _, b := range d.Blocks {
		if b.Table != nil {
			tables++
		}
	}
	assert.Greater(t, tables, 5)

	// The same flag before the file gives the same output.
	_, before, _ := runGouji("extract", "--format", "json", report)
	assert.Equal(t, out, before)
}

// claims and extract walk a directory like check: every report under it,
// in path order.
func TestCommandsTakeDirectories(t *testing.T) {
	dir := someReports(t)
	reports, err := filepath.Glob(filepath.Join(dir, "*.pdf"))
	require.NoError(t, err)
	require.Len(t, reports, 4)

	code, out, errOut := runGouji("claims", dir)
	require.Equal(t, exitOK, code, errOut)
	heads := regexp.MustCompile(`(?m)^== (\S+) \((?:预算|决算) \d{4}\): \d+ claims, coverage \d+\.\d%$`).FindAllStringSubmatch(out, -1)
	var got []string
	for _, h := range heads {
		got = append(got, h[1])
	}
	assert.Equal(t, reports, got)

	code, out, errOut = runGouji("extract", dir)
	require.Equal(t, exitOK, code, errOut)
	got = nil
	for _, h := range regexp.MustCompile(`(?m)^== (\S+) \(\d+ pages\)$`).FindAllStringSubmatch(out, -1) {
		got = append(got, h[1])
	}
	assert.Equal(t, reports, got)
}

// "-" reads the list of inputs from stdin, for every command.
func TestInputsFromStdin(t *testing.T) {
	var out, errb strings.Builder
	code := run([]string{"claims", "--stats", "-"}, strings.NewReader(seedFile+"\n"), &out, &errb)
	assert.Equal(t, exitOK, code, errb.String())
	assert.True(t, strings.HasPrefix(out.String(), "== "+seedFile+"\ncoverage "), out.String())
}

// The flag parser's errors are said in the command's language, the
// value's own error with them; the usage follows on stderr, exit 2.
func TestFlagErrorsInLanguage(t *testing.T) {
	for _, c := range []struct {
		args   []string
		zh, en string
	}{
		{[]string{"-x"}, "没有这个参数：-x", "flag provided but not defined: -x"},
		{[]string{"--jobs", "x"}, `参数 -jobs 的取值 "x" 无效：`, `invalid value "x" for flag -jobs: `},
		{[]string{"--timeout", "10"}, `参数 -timeout 的取值 "10" 无效：`, `invalid value "10" for flag -timeout: `},
		{[]string{"--max-upload", "x"}, `参数 -max-upload 的取值 "x" 无效：无法识别`, `invalid value "x" for flag -max-upload: parse error`},
		{[]string{"--verbose=maybe"}, `参数 -verbose 的取值 "maybe" 无效：应为 true 或 false`, `invalid boolean value "maybe" for -verbose`},
		{[]string{"--format", "xml"}, `参数 -format 的取值 "xml" 无效：未知的输出格式 "xml"`, `invalid value "xml" for flag -format: unknown format "xml"`},
		{[]string{"--lang", "xx"}, `参数 -lang 的取值 "xx" 无效：未知的语言 "xx"（可选 zh 或 en）`, `invalid value "xx" for flag -lang: unknown language "xx" (want zh or en)`},
		{[]string{"---x"}, "参数写法有误：---x", "bad flag syntax: ---x"},
	} {
		for _, lang := range []string{"zh", "en"} {
			want := c.zh
			if lang == "en" {
				want = c.en
			}
			if want == "" {
				continue
			}
			cmd := "check"
			if c.args[0] == "--max-upload" {
				cmd = "serve"
			}
			code, stdout, stderr := runGouji(append([]string{cmd, "--lang", lang}, append(c.args, "f.pdf")...)...)
			assert.Equal(t, exitError, code, "%s %v", lang, c.args)
			assert.Empty(t, stdout)
			first, rest, _ := strings.Cut(stderr, "\n")
			assert.Contains(t, first, want, "%s %v", lang, c.args)
			assert.Contains(t, rest, "gouji "+cmd, "%s %v: no usage", lang, c.args)
		}
	}
}
