package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestShard(t *testing.T) {
	files := []string{"a", "b", "c", "d", "e"}
	var all []string
	for k := 0; k < 3; k++ {
		s, err := parseShard(strings.Join([]string{string(rune('0' + k)), "3"}, "/"))
		require.NoError(t, err)
		all = append(all, s.pick(files)...)
	}
	assert.ElementsMatch(t, files, all, "the shards cover the input exactly once")
	for _, bad := range []string{"3/3", "-1/2", "1", "a/b", "0/0"} {
		_, err := parseShard(bad)
		assert.Error(t, err, bad)
	}
}

func TestExpandInputs(t *testing.T) {
	dir := someReports(t)
	in, err := expandInputs([]string{dir, "-", "missing.pdf"}, strings.NewReader("x.pdf\n\n y.txt \n"), false)
	require.NoError(t, err)
	files := in.files
	require.Len(t, files, 4+3)
	assert.Equal(t, filepath.Join(dir, "jiangsu-court-2019-budget.pdf"), files[0], "directories sorted")
	assert.Equal(t, []string{"x.pdf", "y.txt", "missing.pdf"}, files[len(files)-3:])
}

// The project's corpus passes its own regression run.
func TestCorpusCommand(t *testing.T) {
	var out, errb strings.Builder
	code := run([]string{"corpus", "../../corpus"}, strings.NewReader(""), &out, &errb)
	assert.Equal(t, exitOK, code, "stdout:\n%s\nstderr:\n%s", out.String(), errb.String())
	assert.Contains(t, out.String(), "0 regressions")
}

// Output does not depend on the number of workers.
func TestJobsDoNotChangeOutput(t *testing.T) {
	args := []string{"check", "--format", "json", "--fail-on", "never", someReports(t), "../../corpus/seed/seed.txt", "../../corpus/broken/user-password.pdf"}
	outputs := map[string]string{}
	for _, jobs := range []string{"1", "4"} {
		var out, errb strings.Builder
		code := run(append(args, "--jobs", jobs), strings.NewReader(""), &out, &errb)
		assert.Equal(t, exitOK, code, "with --fail-on never the encrypted file is in the output, not in the exit code")
		outputs[jobs] = out.String() + "\x00" + errb.String()
	}
	assert.Equal(t, outputs["1"], outputs["4"])
}

func TestJSONLStreamsOneDocumentPerLine(t *testing.T) {
	var out, errb strings.Builder
	code := run([]string{"check", "--format", "jsonl", someReports(t), "../../corpus/broken/user-password.pdf"}, strings.NewReader(""), &out, &errb)
	assert.Equal(t, exitError, code)
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	require.Len(t, lines, 5)
	for _, l := range lines {
		var doc map[string]any
		require.NoError(t, json.Unmarshal([]byte(l), &doc), l)
		for _, k := range []string{"file", "error", "pages", "tables", "claims", "checked", "findings"} {
			assert.Contains(t, doc, k)
		}
	}
	assert.Contains(t, lines[4], "encrypted: password required")
}

// someReports returns a folder holding links to four real reports of the
// corpus, so that tests of folders do not change as corpus/real grows.
func someReports(t *testing.T) string {
	dir := t.TempDir()
	for _, name := range []string{"jiangsu-court-2019-budget.pdf", "putuo-czj-2024-final.pdf", "putuo-shgzb-2024-final.pdf", "putuo-wanli-2024-budget.pdf"} {
		src, err := filepath.Abs(filepath.Join("..", "..", "corpus", "real", name))
		require.NoError(t, err)
		require.NoError(t, os.Symlink(src, filepath.Join(dir, name)))
	}
	return dir
}
