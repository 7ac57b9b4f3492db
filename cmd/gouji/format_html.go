package main

import (
	"embed"
	"fmt"
	"html/template"
	"io"
	"regexp"
	"sort"
	"strings"

	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/reconcile"
)

// FormatHTML is one self-contained page for the whole run (gouji check
// --format html): styles and script inline, nothing fetched, so that it
// opens offline, from a USB stick or a mail attachment.
const FormatHTML Format = "html"

//go:embed assets/report.html assets/report.css assets/report.js
var reportAssets embed.FS

var reportTemplate = template.Must(template.New("report.html").Funcs(template.FuncMap{
	"sevzh": severityZH,
}).ParseFS(reportAssets, "assets/report.html"))

// htmlWriter gathers every file's result and prints the page when the
// run ends.
type htmlWriter struct {
	out  io.Writer
	docs []htmlDoc
	// back is the address of the page the files were sent from, for a
	// link back to it (gouji serve); "" for none.
	back string
}

func newHTMLWriter(out io.Writer) writer[fileResult] { return &htmlWriter{out: out} }

func (h *htmlWriter) write(r fileResult) error {
	h.docs = append(h.docs, htmlDocOf(len(h.docs)+1, r))
	return nil
}

func (h *htmlWriter) close() error {
	return writeHTMLReport(h.out, h.docs, h.back)
}

// writeHTMLReport prints the page for the documents.
func writeHTMLReport(w io.Writer, docs []htmlDoc, back string) error {
	css, err := reportAssets.ReadFile("assets/report.css")
	if err != nil {
		return err
	}
	js, err := reportAssets.ReadFile("assets/report.js")
	if err != nil {
		return err
	}
	page := htmlPage{Version: version, Docs: docs, Back: back, CSS: template.CSS(css), JS: template.JS(js)}
	rules := map[string]string{}
	for _, d := range docs {
		page.Errors += d.Errors
		page.Warnings += d.Warnings
		for _, f := range d.Findings {
			rules[f.Rule] = f.Title
		}
	}
	for id, title := range rules {
		page.Rules = append(page.Rules, htmlRule{id, title})
	}
	sort.Slice(page.Rules, func(i, j int) bool { return page.Rules[i].ID < page.Rules[j].ID })
	return reportTemplate.Execute(w, page)
}

// htmlPage is what the template prints.
type htmlPage struct {
	Version, Back    string
	Docs             []htmlDoc
	Rules            []htmlRule
	Errors, Warnings int
	CSS              template.CSS
	JS               template.JS
}

type htmlRule struct{ ID, Title string }

// htmlDoc is one report of the run.
type htmlDoc struct {
	ID, File                      string
	Error                         string
	Pages, Tables, Claims, Checks int
	Errors, Warnings, Infos       int
	Skipped                       []string
	Findings                      []htmlFinding
}

// htmlFinding is one finding as the page shows it.
type htmlFinding struct {
	Severity                reconcile.Severity
	Rule, Title, Place      string
	Before, Hit, After      string // the quote, around the claimed figure
	Claimed, Expected, Unit string
	Message                 string
	Evidence                []htmlEvidence
}

// htmlEvidence is one figure a finding rests on, with its table excerpt
// when it is a cell that could be placed.
type htmlEvidence struct {
	Place, Where, Value, Quote string
	Table                      bool
	// SameQuote is set for a figure of the finding's own sentence, which
	// the page has just quoted.
	SameQuote bool
	Excerpt   *tableExcerpt
}

func htmlDocOf(n int, r fileResult) htmlDoc {
	d := htmlDoc{ID: fmt.Sprintf("doc-%d", n), File: r.doc.File, Pages: r.doc.Pages, Tables: r.doc.Tables,
		Claims: r.doc.Claims, Checks: r.doc.Checked, Skipped: r.skipped}
	if r.doc.Error != nil {
		d.Error = *r.doc.Error
	}
	titles := ruleTitles()
	for i, f := range r.doc.Findings {
		switch f.Severity {
		case reconcile.Error:
			d.Errors++
		case reconcile.Warning:
			d.Warnings++
		default:
			d.Infos++
		}
		var ex []*tableExcerpt
		if i < len(r.excerpts) {
			ex = r.excerpts[i]
		}
		d.Findings = append(d.Findings, htmlFindingOf(r, f, titles[f.Rule], ex))
	}
	return d
}

func htmlFindingOf(r fileResult, f reconcile.Finding, title string, ex []*tableExcerpt) htmlFinding {
	h := htmlFinding{Severity: f.Severity, Rule: f.Rule, Title: title, Claimed: f.Claimed,
		Expected: f.Expected, Unit: f.Unit, Message: messageZH(f)}
	h.Place = placeZH(findingFile(r.doc.File, f), r.doc.File, f.Page, f.Line, r.byLine)
	h.Before, h.Hit, h.After = markClaimed(f)
	for j, e := range f.Evidence {
		he := htmlEvidence{Value: e.Value, Quote: e.Quote, Table: e.Kind == reconcile.EvidenceTable}
		he.SameQuote = !he.Table && e.Quote == f.Quote
		he.Place = placeZH(orFile(e.File, r.doc.File), r.doc.File, e.Page, e.Line, r.byLine)
		if he.Table {
			he.Where = strings.TrimSpace(e.Table + " " + e.Row)
			if e.Column != "" {
				he.Where += " [" + e.Column + "]"
			}
		}
		if j < len(ex) {
			he.Excerpt = ex[j]
		}
		h.Evidence = append(h.Evidence, he)
	}
	return h
}

func orFile(f, def string) string {
	if f == "" {
		return def
	}
	return f
}

// messageZH is the finding's message in Chinese, the language of the
// page; a rule whose message is not in the catalogue yet keeps its own.
func messageZH(f reconcile.Finding) string {
	if f.Msg.IsZero() {
		return f.Message
	}
	return f.Msg.In(i18n.Zh)
}

// placeZH says where a figure stands: 第12页, 第889行 in a text source,
// with the file's name first when it is not the report's own.
func placeZH(file, report string, page, line int, byLine bool) string {
	s := fmt.Sprintf("第%d页", page)
	if byLine && line > 0 {
		s = fmt.Sprintf("第%d行", line)
	}
	if file != report {
		s = file + " " + s
	}
	return s
}

// number is a figure as printed in a sentence or row: sign, digits with
// separators, decimals.
var number = regexp.MustCompile(`[-−]?\d[\d,，]*(?:\.\d+)?`)

// markClaimed splits the finding's quote around the claimed figure: the
// claimed evidence's printed value where the quote holds it, else the
// first number that reads as the claimed one.
func markClaimed(f reconcile.Finding) (before, hit, after string) {
	q := f.Quote
	if f.Claimed == "" {
		return q, "", ""
	}
	if len(f.Evidence) > 0 && f.Evidence[0].Value != "" && f.Evidence[0].Quote == q {
		if i := strings.Index(q, f.Evidence[0].Value); i >= 0 {
			return q[:i], f.Evidence[0].Value, q[i+len(f.Evidence[0].Value):]
		}
	}
	for _, m := range number.FindAllStringIndex(q, -1) {
		text := q[m[0]:m[1]]
		plain := strings.NewReplacer(",", "", "，", "", "−", "-").Replace(text)
		if plain == f.Claimed {
			return q[:m[0]], text, q[m[1]:]
		}
	}
	return q, "", ""
}

// ruleTitles names each rule for people, by id: its Chinese title from
// the catalogue, the language of the page.
func ruleTitles() map[string]string {
	out := map[string]string{}
	for _, a := range reconcile.Analyzers() {
		out[a.Name] = tr(i18n.Zh, ruleTitle(a.Name))
	}
	return out
}
