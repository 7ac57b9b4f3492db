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
