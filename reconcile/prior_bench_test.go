package reconcile

import (
	"testing"

	"github.com/gouji/gouji/extract"
)

func BenchmarkPriorSummary(b *testing.B) {
	doc, err := extract.Open("../corpus/real/putuo-wanli-2023-budget.pdf", extract.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, with := range []bool{false, true} {
		as := []*Analyzer{}
		for _, a := range Analyzers() {
			if with || a != PriorYear && a != BudgetFinal {
				as = append(as, a)
			}
		}
		name := "without"
		if with {
			name = "with"
		}
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				Check(doc, as)
			}
		})
	}
}
