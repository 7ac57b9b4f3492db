package main

import (
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/gouji/gouji/segment"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestClaimsText(t *testing.T) {
	code, out, errOut := runGouji("claims", seedFile)
	assert.Equal(t, exitOK, code)
	assert.Empty(t, errOut)
	lines := strings.Split(out, "\n")
	assert.Regexp(t, `^== \.\./\.\./corpus/seed/seed\.txt \(决算 2021\): \d+ claims, coverage \d+\.\d%$`, lines[0])
	// One line per claim: page, id, kind, subject, aspect, numbers.
	assert.Contains(t, out, "share      一般公共服务（类）支出 [类 一般公共服务支出] of \"一般公共预算财政拨款支出\": part=2363.29万元 whole=5662.95万元 percent=41.7%")
	assert.Regexp(t, `(?m)^p1 +#\d+ +completion .* vs 年初预算: actual=5662\.95万元 budget=2569\.31万元 percent=220\.4%$`, out)
	assert.Regexp(t, `(?m)^p1 +#\d+ +balance +2021中国国际轨道交通和装备制造产业博览会专项资金 \^: term=5\.35万元 term=5\.33万元\(-\) result=0\.2万元$`, out)
	// The gaps: sentences with numbers no claim uses.
	assert.Regexp(t, `(?m)^-- sentences with numbers no claim uses: \d+$`, out)
}

func TestClaimsStats(t *testing.T) {
	code, out, _ := runGouji("claims", "--stats", seedFile)
	assert.Equal(t, exitOK, code)
	m := regexp.MustCompile(`coverage (\d+)\.(\d)%: (\d+) of (\d+) narrative numbers`).FindStringSubmatch(out)
	require.NotNil(t, m, out)
	whole, _ := strconv.Atoi(m[1])
	assert.GreaterOrEqual(t, whole, 95)
	assert.Regexp(t, `(?m)^claims \d+: amount \d+, share \d+, completion \d+, change \d+, total \d+, balance \d+, count \d+, comparison \d+, date \d+, payments \d+$`, out)

	// Flags may follow the file, and JSON carries the same figures.
	code, out, _ = runGouji("claims", seedFile, "--stats", "--format", "json")
	assert.Equal(t, exitOK, code)
	var doc struct {
		Documents []struct {
			Source   string        `json:"source"`
			Coverage string        `json:"coverage"`
			Stats    segment.Stats `json:"stats"`
		} `json:"documents"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	require.Len(t, doc.Documents, 1)
	assert.Equal(t, m[1]+"."+m[2]+"%", doc.Documents[0].Coverage)
	assert.Equal(t, m[4], strconv.Itoa(doc.Documents[0].Stats.Numbers))
}

func TestClaimsJSON(t *testing.T) {
	code, out, _ := runGouji("claims", "--format", "json", seedFile)
	assert.Equal(t, exitOK, code)
	var doc struct {
		Tool      string            `json:"tool"`
		Documents []*segment.Result `json:"documents"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	assert.Equal(t, "gouji", doc.Tool)
	require.Len(t, doc.Documents, 1)
	r := doc.Documents[0]
	assert.Greater(t, len(r.Claims), 40)
	for _, c := range r.Claims {
		for _, a := range c.Args {
			// The mention's value keeps its printed precision.
			assert.Equal(t, r.Mentions[a.Ref].Value.String(), a.Mention.Value.String())
		}
	}
}

func TestClaimsErrors(t *testing.T) {
	code, _, errOut := runGouji("claims")
	assert.Equal(t, exitError, code)
	assert.Contains(t, errOut, "usage: gouji claims")
	code, _, errOut = runGouji("claims", "--format", "xml", seedFile)
	assert.Equal(t, exitError, code)
	assert.Contains(t, errOut, `unknown format "xml"`)
	// A missing file is reported; the others are still read.
	code, out, errOut := runGouji("claims", "--stats", "no-such-file.pdf", seedFile)
	assert.Equal(t, exitError, code)
	assert.Contains(t, errOut, "no-such-file.pdf")
	assert.Contains(t, out, "seed.txt")
	code, _, _ = runGouji("claims", "-h")
	assert.Equal(t, exitOK, code)
}
