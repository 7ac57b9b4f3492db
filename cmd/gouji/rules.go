package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/reconcile"
)

// selectAnalyzers returns every rule but the disabled ones; an unknown id
// is a usage error, so that a typo does not silently run everything.
func selectAnalyzers(disable string) ([]*reconcile.Analyzer, error) {
	all := reconcile.Analyzers()
	if strings.TrimSpace(disable) == "" {
		return all, nil
	}
	off := map[string]bool{}
	known := map[string]bool{}
	for _, a := range all {
		known[a.Name] = true
	}
	for _, id := range strings.Split(disable, ",") {
		id = strings.TrimSpace(id)
		if id == "" {
			continue
		}
		if !known[id] {
			return nil, i18n.Errorf("cli.disable.unknown", id)
		}
		off[id] = true
	}
	var out []*reconcile.Analyzer
	for _, a := range all {
		if !off[a.Name] {
			out = append(out, a)
		}
	}
	return out, nil
}

// writeRules lists the rules, one per line: id and, in English, its doc;
// in another language its title there.
func writeRules(w io.Writer, as []*reconcile.Analyzer, l i18n.Lang) {
	width := 0
	for _, a := range as {
		width = max(width, len(a.Name))
	}
	for _, a := range as {
		doc := a.Doc
		if l != i18n.En {
			doc = tr(l, ruleTitle(a.Name))
		}
		fmt.Fprintf(w, "%-*s  %s\n", width, a.Name, doc)
	}
}

// ruleTitle and ruleExplain are the catalogue ids of a rule's title and
// explanation.
func ruleTitle(name string) i18n.ID   { return i18n.ID("rule." + name + ".title") }
func ruleExplain(name string) i18n.ID { return i18n.ID("rule." + name + ".explain") }

// explainRule prints a rule's id and title, then its explanation, in
// language l; an unknown rule is an error.
func explainRule(w io.Writer, name string, l i18n.Lang) error {
	for _, a := range reconcile.Analyzers() {
		if a.Name == name {
			fmt.Fprintf(w, "%s  %s\n\n%s\n", a.Name, tr(l, ruleTitle(a.Name)), tr(l, ruleExplain(a.Name)))
			return nil
		}
	}
	return i18n.Errorf("cli.explain.unknown", name)
}
