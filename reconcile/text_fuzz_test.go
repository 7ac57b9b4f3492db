package reconcile

import (
	"strings"
	"testing"

	"github.com/gouji/gouji/extract"
)

// FuzzNarrative runs every rule on arbitrary text in the plain-text format:
// no rule may fail or panic, whatever the sentences say.
func FuzzNarrative(f *testing.F) {
	for _, s := range []string{
		"2021年度某局部门决算\n\n金额5.35万元，实际支出5.33万元，结余结转0.2万元。\n",
		"合计190万元。共有车辆8辆，其中，主要机要通信用车2辆、应急保障用车1辆、其他用车5辆。\n",
		"2024年度部门决算\n\n截至2023年12月31日，共有车辆0辆。与上年相比，减少264.17万元，减少4.4%。\n",
		"人员经费1917.26万元，占基本支出的66.6%。年初预算为1529.61万元，支出决算为1626.89万元，完成年初预算的106.4%。\n",
		"住宿费374068.58元，餐费115000元，春节慰问的11199.82万元。合计648903.4元。\n",
		"举办私董会6场，带客商回株考察7批次，接待40余次。\n\n举办私董会7场，带客商回株考察9批次，接待40余次。\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc, err := extract.ReadText("f.txt", strings.NewReader(text))
		if err != nil {
			return
		}
		res := Check(doc, Analyzers())
		for _, e := range res.Errors {
			t.Fatalf("rule failed: %v", e)
		}
	})
}
