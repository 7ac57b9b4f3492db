package reconcile

import "fmt"

// The messages of the cross-report rules (prior-year, budget-final), in
// Chinese and English, by id, ready to move into the message catalogue
// (issue 12). Findings carry the English text until the catalogue lands.

type priorMessage struct{ zh, en string }

var priorMessages = map[string]priorMessage{
	"prior-year.mismatch": {
		zh: "%s：本报告按%s所述的上年数为%s%s，但上年报告（%s）所列为%s%s",
		en: "%s: this report's %s puts last year at %s%s, but last year's report (%s) prints %s%s",
	},
	"prior-year.other-agrees": {
		zh: "；同一处所述的%s与上年报告相符，错的是%s",
		en: "; the %s stated with it agrees with last year's report, so the %s is the wrong figure",
	},
	"budget-final.mismatch": {
		zh: "%s：决算按%s所述年初预算数为%s%s，但同年部门预算（%s）所列为%s%s",
		en: "%s: the final account's %s puts the year's budget at %s%s, but the budget report (%s) prints %s%s",
	},
	"pair.none-earlier": {
		zh: "%s：同一单位没有%d年的%s报告可比",
		en: "%s: no %s report of the same issuer for %d in this run",
	},
}

// howWords name a way of restating last year in messages.
var howWords = map[RestateHow]priorMessage{
	ByAmount:  {zh: "增减额", en: "amount of change"},
	ByPercent: {zh: "增减幅度", en: "percentage of change"},
	ByEqual:   {zh: "“与上年相同”", en: "\"same as last year\""},
	ByPrinted: {zh: "所列数", en: "printed figure"},
	ByRate:    {zh: "完成率", en: "completion rate"},
}

// priorMsg formats a message in English (the catalogue will choose).
func priorMsg(id string, args ...any) string {
	return fmt.Sprintf(priorMessages[id].en, args...)
}
