package reconcile

import "fmt"

// Messages of the rules added for issue 10 (payments, count-rate,
// rates-agree, the zero base of change), Chinese and English side by side
// so that they move into the message catalogue (issue 12) as they are.
// Output is in English until the catalogue chooses the language.

// genMsg is one message in both languages; its verbs take the same
// arguments in the same order.
type genMsg struct{ zh, en string }

func (m genMsg) f(args ...any) string { return fmt.Sprintf(m.en, args...) }

var (
	// payments: a listed payment total against the project's 实际支出.
	msgPaymentsTotal = genMsg{
		zh: "%s的资金使用情况称支出%s，但其实际支出为%s（%s）",
		en: "the 资金使用情况 of %s states %s spent, but its 实际支出 is %s (%s)",
	}
	// payments: the listed payments add up to another figure.
	msgPaymentsList = genMsg{
		zh: "%s的实际支出为%s，但资金使用情况所列%d笔支付合计%s（%s）",
		en: "the 实际支出 of %s is %s, but the %d payments its 资金使用情况 lists add up to %s (%s)",
	}
	// count-rate: a rate of two counts.
	msgCountRate = genMsg{
		zh: "%[2]s的%[1]s为%[3]s，但%[4]s / %[5]s为%[6]s%%",
		en: "the %s of %s is %s, but %s / %s is %s%%",
	}
	// rates-agree: two rates of one subject in one paragraph.
	msgRatesDisagree = genMsg{
		zh: "%s在同一段中先为%s，后为%s",
		en: "%s is %s here, but %s earlier in the same paragraph",
	}
	// change: 100% on a previous figure of zero (a new item).
	msgZeroBaseNew = genMsg{
		zh: "%s的变动（%s）无法核对：上年数为0",
		en: "the change of %s (%s) cannot be checked: the previous figure is 0",
	}
	// change: a percent change on a previous figure of zero.
	msgZeroBase = genMsg{
		zh: "%s增长%s，但上年数为0（%s − %s），增长率无从计算",
		en: "%s is said to have grown by %s, but its previous figure is 0 (%s − %s): a percentage change on zero is undefined",
	}
)
