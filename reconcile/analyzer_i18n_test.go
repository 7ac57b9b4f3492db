package reconcile

import (
	"testing"

	"github.com/gouji/gouji/i18n"
)

// Every rule has a title and an explanation in every language (gouji
// check --list and --explain print them).
func TestEveryRuleHasTitleAndExplanation(t *testing.T) {
	for _, a := range Analyzers() {
		for _, l := range i18n.Langs {
			for _, id := range []i18n.ID{i18n.ID("rule." + a.Name + ".title"), i18n.ID("rule." + a.Name + ".explain")} {
				if !i18n.Has(l, id) {
					t.Errorf("rule %s: no %s in the %s catalogue", a.Name, id, l)
				}
			}
		}
	}
}
