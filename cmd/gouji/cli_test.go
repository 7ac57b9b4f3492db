package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gouji/gouji/internal/pdfgen"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The tests of issue 12's "a CLI that behaves", one point each.

// runStdin runs gouji with stdin.
func runStdin(stdin string, args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// Every command's -h lists every flag it has in its usage line too, and
// gouji -h names --version.
func TestHelpListsEveryFlag(t *testing.T) {
	flagLine := regexp.MustCompile(`(?m)^  -([a-z-]+)`)
	for _, c := range commands() {
		code, out, _ := runGouji(c.name, "--help")
		require.Equal(t, exitOK, code)
		usage, _, _ := strings.Cut(out, "\n")
		flags := flagLine.FindAllStringSubmatch(out, -1)
		require.NotEmpty(t, flags, c.name)
		for _, f := range flags {
			name := "--" + f[1]
			if len(f[1]) == 1 {
				name = "-" + f[1] + "|" // -o|--output FILE
			}
			assert.Contains(t, usage, name, "gouji %s: the usage line names %s", c.name, name)
		}
	}
	_, out, _ := runGouji("--help")
	assert.Contains(t, out, "--version")
	assert.Contains(t, out, "text|json|jsonl|html|csv")
}

// A bare number for --timeout asks for a unit; --jobs and --timeout of 0
// or less are refused with a message and exit 2.
func TestFlagValuesChecked(t *testing.T) {
	for _, c := range []struct{ args, want string }{
		{"--timeout 10", "a duration needs a unit: 10s or 10m"},
		{"--timeout 0s", "must be more than 0"},
		{"--timeout -5s", "must be more than 0"},
		{"--timeout soon", "not a duration"},
		{"--jobs 0", "must be more than 0"},
		{"--jobs -2", "must be more than 0"},
		{"--jobs two", "not a whole number"},
	} {
		args := append([]string{"check"}, strings.Fields(c.args)...)
		code, out, errOut := runGouji(append(args, seedFile)...)
		assert.Equal(t, exitError, code, c.args)
		assert.Empty(t, out, c.args)
		assert.Contains(t, errOut, c.want, c.args)
	}
	code, _, errOut := runGouji("corpus", "--jobs", "0", "../../corpus/seed")
	assert.Equal(t, exitError, code)
	assert.Contains(t, errOut, "must be more than 0")
	code, _, _ = runGouji("check", "--timeout", "90s", "--jobs", "1", seedFile)
	assert.Equal(t, exitFindings, code, "a duration with its unit is taken")
}

// claims and extract read folders and lists on stdin as check does.
func TestEveryCommandTakesFoldersAndLists(t *testing.T) {
	dir := t.TempDir()
	seed, err := os.ReadFile(seedFile)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), seed, 0o644))
	for _, cmd := range []string{"check", "claims", "extract"} {
		code, fromDir, errOut := runGouji(cmd, "--format", "json", dir)
		assert.NotEqual(t, exitError, code, errOut)
		assert.Contains(t, fromDir, "a.txt", cmd)
		_, fromList, _ := runStdin(filepath.Join(dir, "a.txt")+"\n", cmd, "--format", "json", "-")
		assert.Equal(t, fromDir, fromList, cmd)
	}
}

// A file named twice, or found twice, is read once.
func TestInputNamedTwiceReadOnce(t *testing.T) {
	dir := someReports(t)
	one := filepath.Join(dir, "putuo-czj-2024-final.pdf")
	in, err := expandInputs([]string{one, dir, dir + "/./putuo-czj-2024-final.pdf", "-"}, strings.NewReader(one+"\n"), false)
	require.NoError(t, err)
	assert.Len(t, in.files, 4)
	assert.Equal(t, one, in.files[0], "kept where it first comes")
	code, out, _ := runGouji("check", "--format", "jsonl", "--fail-on", "never", seedFile, seedFile)
	assert.Equal(t, exitOK, code)
	assert.Equal(t, 1, strings.Count(out, "\n"))
}

// --null reads a list of paths separated by NUL bytes, as find -print0
// writes it (a name may hold a space or a newline); without it such a
// list is refused with a hint.
func TestNullSeparatedList(t *testing.T) {
	dir := t.TempDir()
	odd := filepath.Join(dir, "a report\nwith a newline.txt")
	seed, err := os.ReadFile(seedFile)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(odd, seed, 0o644))
	list := odd + "\x00" + seedFile + "\x00"
	code, out, errOut := runStdin(list, "check", "--null", "--format", "jsonl", "--fail-on", "never", "-")
	assert.Equal(t, exitOK, code, errOut)
	assert.Equal(t, 2, strings.Count(out, "\n"))
	assert.Contains(t, out, `"file":"`+strings.ReplaceAll(odd, "\n", `\n`)+`"`)

	code, _, errOut = runStdin(list, "check", "-")
	assert.Equal(t, exitError, code)
	assert.Contains(t, errOut, "add --null")
}

// A PDF piped into - is named as such, not read as a list of thousands
// of odd file names.
func TestPDFOnStdin(t *testing.T) {
	pdf, err := os.ReadFile("../../corpus/real/putuo-shgzb-2024-final.pdf")
	require.NoError(t, err)
	for _, cmd := range []string{"check", "claims", "extract"} {
		code, out, errOut := runStdin(string(pdf), cmd, "-")
		assert.Equal(t, exitError, code, cmd)
		assert.Empty(t, out, cmd)
		assert.Equal(t, "gouji "+cmd+": stdin holds a PDF: pass the file name (gouji check FILE.pdf); - reads a list of file names\n", errOut)
	}
}

// With --shard the list is sorted first: the shards are the same whatever
// order find printed the files in.
func TestShardDoesNotDependOnListOrder(t *testing.T) {
	dir := someReports(t)
	names, err := filepath.Glob(filepath.Join(dir, "*.pdf"))
	require.NoError(t, err)
	require.Len(t, names, 4)
	shardOf := func(list []string, more ...string) string {
		args := append([]string{"check", "--shard", "1/2", "--format", "jsonl", "--fail-on", "never"}, more...)
		_, out, errOut := runStdin(strings.Join(list, "\n"), append(args, "-")...)
		var files []string
		for _, m := range regexp.MustCompile(`"file":"([^"]*)"`).FindAllStringSubmatch(out, -1) {
			files = append(files, m[1])
		}
		require.NotEmpty(t, files, errOut)
		return strings.Join(files, ",")
	}
	reversed := []string{names[3], names[2], names[1], names[0]}
	assert.Equal(t, shardOf(names), shardOf(reversed))
	// Without prior-year, which keeps an issuer's reports together, the
	// slice is every other file of the sorted list.
	assert.Equal(t, shardOf(names, "--disable", "prior-year"), shardOf(reversed, "--disable", "prior-year"))
	assert.Equal(t, names[1]+","+names[3], shardOf(reversed, "--disable", "prior-year"))
}

// No report to read is no success: an empty folder, an empty list, a
// folder of files gouji does not read and an empty shard each get a line
// on stderr and exit 2.
func TestNoReportFound(t *testing.T) {
	empty := t.TempDir()
	docs := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(docs, "2024年部门预算.doc"), []byte("PK\x03\x04"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(docs, "notes.md"), []byte("notes"), 0o644))
	for _, c := range []struct {
		stdin string
		args  []string
		want  string
	}{
		{"", []string{"check", empty}, "no report found in " + empty + " (gouji reads .pdf, .txt, .docx, .xlsx files)"},
		{"\n\n", []string{"check", "-"}, "no report found in the list on stdin"},
		{"", []string{"claims", empty}, "no report found in " + empty},
		{"", []string{"extract", empty}, "no report found in " + empty},
		{"", []string{"check", docs}, "skipped 1 files it does not read, such as " + filepath.Join(docs, "2024年部门预算.doc")},
		{"", []string{"check", "--shard", "3/4", seedFile}, "shard 3/4 holds no report (of 1 in all)"},
	} {
		code, out, errOut := runStdin(c.stdin, c.args...)
		assert.Equal(t, exitError, code, c.args)
		assert.Empty(t, out, c.args)
		assert.Contains(t, errOut, c.want, c.args)
		assert.Equal(t, 1, strings.Count(errOut, "\n"), "one line: %q", errOut)
	}
}

// A document of a folder that gouji does not read is listed as skipped in
// the summary, text or machine formats alike; other files pass unnamed.
func TestSkippedFilesInSummary(t *testing.T) {
	dir := t.TempDir()
	seed, err := os.ReadFile(seedFile)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), seed, 0o644))
	doc := filepath.Join(dir, "b.doc")
	require.NoError(t, os.WriteFile(doc, []byte{0xd0, 0xcf, 0x11, 0xe0}, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.expected.json"), []byte("{}"), 0o644))
	_, out, _ := runGouji("check", dir)
	assert.Contains(t, out, "1 files, ")
	assert.Contains(t, out, ", 0 failed\n")
	assert.Contains(t, out, "skipped (not read by gouji): "+doc+"\n")
	assert.NotContains(t, out, "expected.json")
	_, out, errOut := runGouji("check", "--format", "jsonl", dir)
	assert.Equal(t, 1, strings.Count(out, "\n"))
	assert.Contains(t, errOut, "skipped (not read by gouji): "+doc+"\n")
}

// An unreadable file's JSON error is the reason, without the file name
// the entry already gives; the line on stderr names the file. No message
// prints %%EOF or says a word twice.
func TestErrorMessages(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for _, c := range brokenCorpus(t) {
		if c.want == nil || c.name == "bomb.pdf" { // the bomb: TestLimitMessage
			continue
		}
		p := filepath.Join(dir, c.name)
		require.NoError(t, os.WriteFile(p, c.data, 0o644))
		paths = append(paths, p)
	}
	code, docs, stderr := checkJSON(t, paths...)
	assert.Equal(t, exitOK, code, "--fail-on never")
	require.Len(t, docs, len(paths))
	for _, d := range docs {
		require.NotNil(t, d.Error, d.File)
		msg := *d.Error
		assert.NotContains(t, msg, d.File)
		assert.NotContains(t, msg, filepath.Base(d.File))
		assert.Contains(t, stderr, "gouji: "+d.File+": "+msg+"\n")
		assert.NotContains(t, msg, "%%EOF")
		assert.Empty(t, repeatedWord(msg), msg)
	}
	_, docs, _ = checkJSON(t, "../../corpus/broken/user-password.pdf")
	assert.Equal(t, "encrypted: password required", *docs[0].Error)
}

// repeatedWord returns a word of three letters or more that msg says
// twice.
func repeatedWord(msg string) string {
	seen := map[string]bool{}
	msg = strings.ReplaceAll(msg, "%PDF-", "") // a marker, not a word
	for _, w := range regexp.MustCompile(`[a-z]{3,}`).FindAllString(strings.ToLower(msg), -1) {
		if seen[w] && w != "the" && w != "and" {
			return w
		}
		seen[w] = true
	}
	return ""
}

// twoPages is a PDF of two pages: the first with a line of text, the
// second a content stream that cannot be decoded.
func twoPages() []byte {
	font := "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
	page := func(content int) string {
		return fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 7 0 R >> >> /Contents %d 0 R >>", content)
	}
	return pdfgen.File(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
		page(5), page(6),
		pdfgen.Stream("", []byte("BT /F1 12 Tf 72 720 Td (Total 5662.95) Tj ET")),
		pdfgen.Stream("/Filter /FlateDecode", []byte("this is no flate data at all")),
		font,
	)
}

// A page that could not be read is in the JSON document, with the reason.
func TestSkippedPagesInJSON(t *testing.T) {
	p := filepath.Join(t.TempDir(), "two.pdf")
	require.NoError(t, os.WriteFile(p, twoPages(), 0o644))
	_, docs, stderr := checkJSON(t, p)
	require.Len(t, docs, 1)
	require.Nil(t, docs[0].Error, stderr)
	require.Len(t, docs[0].SkippedPages, 1, stderr)
	assert.Equal(t, 2, docs[0].SkippedPages[0].Page)
	assert.NotEmpty(t, docs[0].SkippedPages[0].Error)
	assert.Contains(t, stderr, "page 2")
	_, docs, _ = checkJSON(t, seedFile)
	assert.Nil(t, docs[0].SkippedPages, "absent when every page was read")
}

// A batch task with --fail-on never does not fail for an unreadable file:
// exit 0, the file on stderr and in its JSONL line. Without it the run
// exits 2; a usage error exits 2 either way.
func TestFailOnNeverUnreadable(t *testing.T) {
	const bad = "../../corpus/broken/user-password.pdf"
	code, _, _ := runGouji("check", "--format", "jsonl", seedFile, bad)
	assert.Equal(t, exitError, code)
	code, out, errOut := runGouji("check", "--format", "jsonl", "--fail-on", "never", seedFile, bad)
	assert.Equal(t, exitOK, code)
	assert.Contains(t, errOut, "gouji: "+bad+": encrypted: password required\n")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 2)
	assert.Contains(t, lines[1], `"file":"`+bad+`","error":"encrypted: password required"`)
	code, _, _ = runGouji("check", "--fail-on", "never", "--jobs", "0", seedFile)
	assert.Equal(t, exitError, code)
}
