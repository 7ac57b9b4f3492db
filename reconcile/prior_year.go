package reconcile

import (
	"path/filepath"

	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/num"
)

// howWords name a way of giving last year's figure in messages.
var howWords = map[RestateHow]i18n.Msg{
	ByAmount:  i18n.M("prior.how.amount"),
	ByPercent: i18n.M("prior.how.percent"),
	ByEqual:   i18n.M("prior.how.equal"),
	ByPrinted: i18n.M("prior.how.printed"),
	ByRate:    i18n.M("prior.how.rate"),
}

// PriorYear checks every figure a report gives for last year against last
// year's report: a change stated on last year (current ∓ amount, current ÷
// (1 ± p%)), a figure 与上年持平, a previous figure printed. Items are
// matched by function-classification code, else by the headline item the
// words name (totals, 财政拨款, 一般公共预算, 基本支出, 项目支出, 三公 items,
// 会议费, 培训费, 机关运行经费). Agreeing with any figure last year's report
// prints for the item (its all-funds or its 财政拨款 table, its narrative)
// is consistent; an item last year's report does not print (a code renamed,
// merged or split) is not checked.
//
// On one report the rule only reads (its result is the report's Summary);
// the findings come when two reports are paired (CheckPriorYear).
var PriorYear = &Analyzer{
	Name:     "prior-year",
	Doc:      "a figure given for last year (上年 column, a change on last year, 与上年持平) agrees with last year's report (needs both reports in the run, or --prior)",
	Requires: []*Analyzer{claimsAnalyzer},
	Run: func(p *Pass) (any, error) {
		return summaryOf(p, narrativeOf(p)), nil
	},
}

// CheckPriorYear compares what cur restates for last year with prev, last
// year's report of the same issuer and kind.
func CheckPriorYear(cur, prev *Summary) []Finding {
	return checkAgainst("prior-year", cur, prev, cur.Restated)
}

// checkAgainst judges the figures rs that cur gives for another report's
// items against that report's own figures.
func checkAgainst(rule string, cur, other *Summary, rs []Restatement) []Finding {
	var out []Finding
	for _, r := range rs {
		figs := other.Figures[r.Key]
		if len(figs) == 0 {
			continue
		}
		if v, bad := judgeRestated(r, figs); bad {
			out = append(out, crossFinding(rule, cur, other, r, v))
		}
	}
	SortFindings(out)
	return out
}

// restatedVerdict says which ways of a restatement agree with last year.
type restatedVerdict struct {
	bad, good []RestateWay
	against   Printed
}

// judgeRestated judges a restatement against last year's figures: bad
// when no way of stating it agrees with any of them, or when one way
// agrees and another does not.
func judgeRestated(r Restatement, figs []Printed) (restatedVerdict, bool) {
	v := restatedVerdict{against: figs[0]}
	for _, w := range r.Ways {
		ok := false
		for _, f := range figs {
			if w.Prev.Overlaps(f.Iv) {
				ok = true
				break
			}
		}
		if ok {
			v.good = append(v.good, w)
		} else {
			v.bad = append(v.bad, w)
		}
	}
	return v, len(v.bad) > 0
}

// crossFinding builds the finding of a restatement that disagrees with
// another report.
func crossFinding(rule string, cur, other *Summary, r Restatement, v restatedVerdict) Finding {
	w := v.bad[0]
	f := r.Finding
	f.Rule, f.Severity = rule, Error
	f.Claimed, f.Unit = w.Claimed, w.Unit
	f.Expected = expectedOf(w, v.against.Iv)
	unit := unitWord(w.CurScale)
	mine := i18n.Amount{Value: i18n.Num(roundedIn(w.Prev, w.CurScale)), Unit: unit}
	theirs := i18n.Amount{Value: i18n.Num(roundedIn(v.against.Iv, w.CurScale)), Unit: unit}
	id := i18n.ID("prior.mismatch")
	if rule == "budget-final" {
		id = "budgetfinal.mismatch"
	}
	msg := i18n.M(id, i18n.Text(r.Name), howWords[w.How], mine, i18n.Text(filepath.Base(other.File)), theirs)
	if len(v.good) > 0 {
		msg = i18n.Join("", msg, i18n.M("prior.other.agrees", howWords[v.good[0].How], howWords[w.How]))
	}
	f.say(msg)
	f.MessageID = string(id) // a joined message keeps the id of its head
	f.Evidence = append([]Evidence(nil), f.Evidence...)
	for i := range f.Evidence {
		if f.Evidence[i].File == "" {
			f.Evidence[i].File = cur.File
		}
	}
	ev := v.against.Evidence
	if ev.File == "" {
		ev.File = other.File
	}
	f.Evidence = append(f.Evidence, ev)
	return f
}

// roundedIn prints an interval of 元 in 10^scale 元, to two decimals: the
// figure a way implies.
func roundedIn(iv num.Interval, scale int32) string {
	m := iv.Scale(-scale).Mid()
	return num.Value{D: m.Round(2), Decimals: 2}.String()
}

// expectedOf is the figure a way should have printed for last year's
// figure p (in 元): the amount |cur − p|, the percentage |cur − p| ÷ p, or
// p itself.
func expectedOf(w RestateWay, p num.Interval) string {
	claim := num.Value{Decimals: w.Decimal}
	switch w.How {
	case ByAmount:
		return num.Expected(claim, absIv(w.Cur.Sub(p)).Scale(-w.Scale)).String()
	case ByPercent:
		if q, ok := absIv(w.Cur.Sub(p)).Div(p); ok {
			return num.Expected(claim, q.Scale(2)).String()
		}
		return ""
	case ByRate:
		if q, ok := w.Cur.Div(p); ok {
			return num.Expected(claim, q.Scale(2)).String()
		}
		return ""
	}
	return num.Expected(claim, p.Scale(-w.Scale)).String()
}

// absIv is |x| of an interval that does not straddle 0 (its negation when
// it lies below).
func absIv(x num.Interval) num.Interval {
	if x.Hi.Sign() < 0 {
		return x.Neg()
	}
	return x
}
