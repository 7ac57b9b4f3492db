package reconcile

import (
	"fmt"
	"os"
	"sort"
	"testing"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/segment"
)

func TestPriorDebug(t *testing.T) {
	a, b := os.Getenv("PRIOR_A"), os.Getenv("PRIOR_B")
	if a == "" {
		t.Skip()
	}
	sum := func(path string) *Summary {
		doc, err := extract.Open(path, extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return Check(doc, []*Analyzer{PriorYear}).Summary
	}
	prev, cur := sum(a), sum(b)
	var keys []string
	for k := range prev.Figures {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, f := range prev.Figures[k] {
			fmt.Printf("PREV %s %s p%d %s\n", k, f.Text, f.Evidence.Page, f.Evidence.Table)
		}
	}
	for _, r := range cur.Restated {
		for _, w := range r.Ways {
			fmt.Printf("REST %s p%d %s %s %s → %s..%s figs=%d\n", r.Key, r.Finding.Page, r.Name, w.How, w.Claimed, w.Prev.Lo.StringFixed(1), w.Prev.Hi.StringFixed(1), len(prev.Figures[r.Key]))
		}
	}
	for _, f := range CheckPriorYear(cur, prev) {
		fmt.Printf("FIND p%d %s claimed %s expected %s: %s\n", f.Page, f.Rule, f.Claimed, f.Expected, f.Message)
	}
}

func TestPriorDebugFig(t *testing.T) {
	b := os.Getenv("PRIOR_B")
	if b == "" {
		t.Skip()
	}
	doc, _ := extract.Open(b, extract.Options{})
	probe := &Analyzer{Name: "probe", Doc: "x", Requires: []*Analyzer{claimsAnalyzer}, Run: func(p *Pass) (any, error) {
		n := narrativeOf(p)
		for c := range n.claims(segment.ClaimAmount) {
			if len(c.Subject.Chain) == 0 {
				continue
			}
			f := n.figure(p, c)
			code := ""
			if f.found && f.x.R != nil {
				code = f.x.R.Code + " " + f.x.Cell.Text
			}
			fmt.Printf("FIG p%d %q found=%v %s why=%s\n", c.Source.Page, c.Subject.Canonical, f.found, code, f.why)
		}
		return nil, nil
	}}
	Check(doc, []*Analyzer{probe})
}
