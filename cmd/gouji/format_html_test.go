package main

import (
	"html"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/gouji/gouji/reconcile"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Real reports with table evidence: sums that fail in a 支出预算总表, and a
// 住房公积金 figure the narrative cites.
const (
	putuoSFJ   = "../../corpus/real/putuo-sfj-unit-2026-budget.pdf"
	putuoWanli = "../../corpus/real/putuo-wanli-2024-budget.pdf"
)

// htmlReportFiles returns the inputs of the HTML and CSV tests: the two
// real reports and the seed with 20805 行政事业单位养老支出 printed 613.07
// instead of 631.07 in 支出决算表（公开03表）.
func htmlReportFiles(t *testing.T) []string {
	edited, _ := editedSeed(t, "20805\t行政事业单位养老支出", "631.07", "613.07")
	return []string{putuoSFJ, putuoWanli, edited}
}

// external is a reference the page would fetch from elsewhere: a source
// or link to another host, an @import or a url() not of data.
var external = regexp.MustCompile(`(?i)(src|href|action)\s*=\s*["']?\s*(https?:)?//|@import|url\(\s*["']?\s*(?:https?:|//)`)

// The HTML report of several files holds every finding's claimed value,
// marked in its quote, fetches nothing, and places every table evidence in
// an excerpt of its table.
func TestHTMLReport(t *testing.T) {
	files := htmlReportFiles(t)
	_, docs, _ := checkJSON(t, files...)
	require.Len(t, docs, 3)
	code, page, errOut := runGouji(append([]string{"check", "--format", "html", "--fail-on", "never"}, files...)...)
	require.Equal(t, exitOK, code, errOut)
	assert.True(t, strings.HasPrefix(page, "<!DOCTYPE html>"))
	assert.NotRegexp(t, external, page)
	assert.NotContains(t, page, "<link")
	assert.NotContains(t, page, "<img")
	assert.NotContains(t, page, `class="back"`, "no page to go back to")
	text := html.UnescapeString(page)
	findings, marked, tableEvidence := 0, 0, 0
	for i, d := range docs {
		assert.Contains(t, page, `<a href="#doc-`+string(rune('1'+i))+`">`+d.File+`</a>`)
		for _, f := range d.Findings {
			findings++
			if f.Claimed != "" { // a finding on the report's form (template-leftover …) claims no figure
				marked++
				assert.Contains(t, text, `class="claimed">`+f.Claimed+" "+f.Unit, f.Message)
			}
			for _, e := range f.Evidence {
				if e.Kind == reconcile.EvidenceTable {
					tableEvidence++
				}
			}
		}
	}
	require.Positive(t, tableEvidence)
	chinese := 0
	for _, fs := range findingsOf(t, files...) {
		for _, f := range fs {
			assert.Contains(t, text, messageZH(f))
			if !f.Msg.IsZero() {
				chinese++
				assert.NotContains(t, text, f.Message, "the English message is not on the page")
			}
		}
	}
	assert.Positive(t, chinese, "messages from the catalogue are in Chinese")
	assert.Equal(t, findings, strings.Count(page, `<article class="finding`))
	assert.Equal(t, marked, strings.Count(page, `<mark class="claimed">`), "every quote marks its claimed figure")
	assert.Equal(t, tableEvidence, strings.Count(page, `<table class="excerpt">`), "every table evidence is placed")
}

// The edited cell is marked in its excerpt, between the rows printed
// above and below it in 公开03表: 208 社会保障和就业支出 and 2080501 行政单位离退休.
func TestHTMLExcerpt(t *testing.T) {
	edited := htmlReportFiles(t)[2]
	code, page, errOut := runGouji("check", "--format", "html", edited)
	require.Equal(t, exitFindings, code, errOut)
	want := regexp.MustCompile(`<tr><td>208</td><td>社会保障和就业支出</td><td>664.91</td></tr>` +
		`<tr class="hit-row"><td>20805</td><td>行政事业单位养老支出</td><td class="hit">613.07</td></tr>` +
		`<tr><td>2080501</td><td>行政单位离退休</td><td>533.69</td></tr>`)
	assert.Regexp(t, want, page)
	assert.Contains(t, page, `<th class="hit-col">本年支出 / 小计</th>`)
}

// With no input read, the page still opens and says so.
func TestHTMLUnreadable(t *testing.T) {
	code, page, _ := runGouji("check", "--format", "html", "no-such-file.pdf")
	assert.Equal(t, exitError, code)
	assert.Contains(t, page, `<tr class="unreadable"><td><a href="#doc-1">no-such-file.pdf</a>`)
	assert.Contains(t, page, "未能读取，未核对")
}

func TestMarkClaimed(t *testing.T) {
	for _, c := range []struct {
		quote, claimed, value, hit string
	}{
		{"支出2,961.68万元，占71.73%", "2961.68", "", "2,961.68"},
		{"支出2,961.68万元，占71.73%", "71.73", "71.73%", "71.73%"},
		{"208 社会保障和就业支出 664.91 664.91", "664.91", "", "664.91"},
		{"合计 −12.5", "-12.5", "", "−12.5"},
		{"没有这个数", "5", "", ""},
	} {
		f := reconcile.Finding{Quote: c.quote, Claimed: c.claimed}
		if c.value != "" {
			f.Evidence = []reconcile.Evidence{{Kind: reconcile.EvidenceText, Quote: c.quote, Value: c.value}}
		}
		before, hit, after := markClaimed(f)
		assert.Equal(t, c.hit, hit, c.quote)
		assert.Equal(t, c.quote, before+hit+after)
	}
}

// The test of external references catches what it must.
func TestExternalPattern(t *testing.T) {
	for _, s := range []string{`<script src="https://cdn.example/x.js">`, `<a href='http://x'>`, `<link href=//cdn/x.css>`,
		`@import "x.css";`, `background: url(https://x/y.png)`, `url('//x/y.woff')`, `<form action="https://x">`} {
		assert.Regexp(t, external, s)
	}
	for _, s := range []string{`<a href="#doc-1">`, `url(data:image/png;base64,AA)`, `<form action="/report">`} {
		assert.NotRegexp(t, external, s)
	}
}

// findingsOf checks the files as gouji check does and returns each file's
// findings with their messages still to be rendered.
func findingsOf(t *testing.T, files ...string) [][]reconcile.Finding {
	analyzers, err := selectAnalyzers("")
	require.NoError(t, err)
	var out [][]reconcile.Finding
	for _, f := range files {
		r := checkFile([]string{f}, checkOptions{analyzers: analyzers, timeout: time.Minute})
		require.Nil(t, r.doc.Error, f)
		out = append(out, r.doc.Findings)
	}
	return out
}
