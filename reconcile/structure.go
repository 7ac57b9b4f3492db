package reconcile

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/reconcile/tables"
	"github.com/gouji/gouji/report"
)

// This file holds what the structure rules (missing-table, missing-section,
// empty-table-note, template-leftover, table-meta) share: the report's
// identity, its standard tables, the tables it prints and its 目录. They
// judge the report's form, not its figures: their findings count no claim
// (Pass.record), so the claims checked stay the figures'.

// structureRules are the rules that judge the report's form.
var structureRules = []*Analyzer{MissingTable, TemplateLeftover, TableMeta, EmptyTableNote, MissingSection}

// JudgesForm reports whether a rule judges the report's form (its tables,
// sections and wording) rather than a figure: its findings claim no
// figure, so a single-number edit cannot test it.
func JudgesForm(a *Analyzer) bool {
	for _, r := range structureRules {
		if r == a {
			return true
		}
	}
	return false
}

// standard is one table of the standard set, by its name in a final
// account (the national template) and in a budget.
type standard struct {
	kind          tables.Kind
	final, budget string
	// budgetOptional: a budget need not print it unless its 目录 lists it
	// (国有资本经营预算支出表 where the department has none).
	budgetOptional bool
}

// standards are the tables a 部门决算 prints (the nine of the national
// template, corpus/real/national-template-final.pdf) and their budget
// counterparts, in the template's order.
var standards = []standard{
	{tables.KindSummary, "收入支出决算总表", "收支总表", false},
	{tables.KindIncome, "收入决算表", "收入总表", false},
	{tables.KindExpenditure, "支出决算表", "支出总表", false},
	{tables.KindFiscalSummary, "财政拨款收入支出决算总表", "财政拨款收支总表", false},
	{tables.KindGeneral, "一般公共预算财政拨款支出决算表", "一般公共预算支出表", false},
	{tables.KindBasic, "一般公共预算财政拨款基本支出决算表", "一般公共预算基本支出表", false},
	{tables.KindSanGong, "财政拨款“三公”经费支出决算表", "“三公”经费支出表", false},
	{tables.KindGovFund, "政府性基金预算财政拨款收入支出决算表", "政府性基金预算支出表", false},
	{tables.KindStateCapital, "国有资本经营预算财政拨款收入支出决算表", "国有资本经营预算支出表", true},
}

// name is the standard name of s in a report of kind k.
func (s standard) name(k report.Kind) string {
	if k.Final() {
		return s.final
	}
	return s.budget
}

// required reports whether a report of kind k must print s.
func (s standard) required(k report.Kind) bool {
	return k.Final() || k.Budget() && !s.budgetOptional
}

// identity is the report's identity (package report).
func identity(p *Pass) report.Identity { return report.Identify(p.Doc) }

// printedKinds returns, for each kind of table, the first table of that kind
// the document prints, read or set aside as not understood, or printed
// with a title of that kind but no rows gouji could read.
func printedKinds(doc *extract.Document, ix *tables.Index) map[tables.Kind]*tables.Table {
	out := map[tables.Kind]*tables.Table{}
	add := func(t *tables.Table) {
		if t.Kind == tables.KindOther {
			return
		}
		if o, ok := out[t.Kind]; !ok || t.Block < o.Block {
			out[t.Kind] = t
		}
	}
	for _, t := range ix.Tables {
		add(t)
	}
	for _, u := range ix.Unread {
		add(u.Table)
	}
	for i, b := range doc.Blocks {
		if t := b.Table; t != nil && t.Title != "" {
			add(&tables.Table{Src: t, Block: i, Kind: tables.KindOfTitle(t.Title)})
		}
	}
	return out
}

// tocEntry is one line of the report's 目录.
type tocEntry struct {
	Text  string // the entry without numbering, leaders and page number
	Block int
	Para  *extract.Paragraph
}

// tocMaxPages is how many pages a 目录 may run over.
const tocMaxPages = 3

// toc returns the entries of the report's 目录: the paragraphs after the
// one that reads 目录, up to the first that repeats an entry or reads as a
// sentence (the body has begun), the first table, or tocMaxPages pages on.
func toc(doc *extract.Document) []tocEntry {
	start, page := -1, 0
	for i, b := range doc.Blocks {
		if p := b.Paragraph; p != nil && squeezeSpace(p.Text) == "目录" {
			start, page = i, p.Page
			break
		}
	}
	if start < 0 {
		return nil
	}
	var out []tocEntry
	seen := map[string]bool{}
	for i := start + 1; i < len(doc.Blocks); i++ {
		p := doc.Blocks[i].Paragraph
		if p == nil || p.Page >= page+tocMaxPages {
			break
		}
		raw := tocLeaderRe.ReplaceAllString(squeezeSpace(p.Text), "")
		if seen[raw] || !tocLine(raw) {
			break
		}
		seen[raw] = true
		out = append(out, tocEntry{Text: tocNumberRe.ReplaceAllString(raw, ""), Block: i, Para: p})
	}
	return out
}

var (
	// tocLeaderRe matches the dot leaders and page number of a 目录 line.
	tocLeaderRe = regexp.MustCompile(`[.．。…·‥_\-—]{2,}.*$|[.．…·]+\d*$|\d+$`)
	// tocNumberRe matches the numbering in front of an entry or heading.
	tocNumberRe = regexp.MustCompile(`^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．]|表[一二三四五六七八九十\d]+)+`)
)

// tocMaxRunes is the longest a 目录 entry may be.
const tocMaxRunes = 50

// tocLine reports whether a paragraph may be a 目录 entry: short, and no
// sentence (the body has begun).
func tocLine(s string) bool {
	return utf8.RuneCountInString(s) <= tocMaxRunes && !strings.ContainsAny(s, "。；")
}

// squeezeSpace drops every space of s.
func squeezeSpace(s string) string { return strings.Join(strings.Fields(s), "") }

// listedTables returns the 目录's entries that name a table of a kind gouji
// recognises, by kind, first entry first.
func listedTables(doc *extract.Document) map[tables.Kind]tocEntry {
	out := map[tables.Kind]tocEntry{}
	for _, e := range toc(doc) {
		if !strings.HasSuffix(e.Text, "表") {
			continue
		}
		k := tables.KindOfTitle(e.Text)
		if _, ok := out[k]; !ok && k != tables.KindOther {
			out[k] = e
		}
	}
	return out
}
