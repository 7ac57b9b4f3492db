package reconcile

import (
	"strings"

	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/num"
	"github.com/gouji/gouji/reconcile/tables"
	"github.com/gouji/gouji/segment"
	"github.com/shopspring/decimal"
)

// Totals (here) and balances (eval_balance.go) are evaluated once for the
// rules that judge them: items-total and count-total report a list that
// does not add up, balance a running balance that does not hold, and
// unit-slip the failures that one figure shifted by 10^4 (元 written as
// 万元, or the reverse) explains. unit-slip is the primary finding of such
// a failure: the arithmetic rule leaves it to unit-slip, which says which
// figure is off and what it should read.

// times returns an item's interval multiplied by its 各 multiplier.
func times(iv num.Interval, a segment.Arg) num.Interval {
	if a.Times > 1 {
		return iv.Mul(num.Point(decimal.NewFromInt(int64(a.Times))))
	}
	return iv
}

// totalEval is the evaluation of a total claim.
type totalEval struct {
	c     *segment.Claim
	total segment.Arg
	items []segment.Arg
	// scale is the total's unit; sum the items' sum in it.
	scale int32
	sum   num.Interval
	// exhaustive is set when the items must add up to the total: a sum
	// (合计 after the items), or an of-which list closed by 其他….
	exhaustive bool
	// outcome is the total's verdict, why it cannot be checked, or the
	// figure that slipped.
	outcome
	// prefix is set when an of-which list exceeds its total but its first
	// items alone make it: the list ended there, the rest is another
	// sentence's.
	prefix bool
}

// remainderItem reports whether an item is the remainder of a list (其他
// 用车, 其余…): a list with one names every part.
func remainderItem(a segment.Arg) bool {
	if a.Subject == nil {
		return false
	}
	t := strings.TrimSpace(a.Subject.Text)
	return strings.HasPrefix(t, "其他") || strings.HasPrefix(t, "其余") || strings.HasPrefix(t, "剩余")
}

// partitions are sets of parts that, named together, are the whole of
// what they divide by the classification rules of the reports: spending
// is 基本支出 + 项目支出, 基本支出 is 人员经费 + 公用经费, government
// procurement is 货物 + 工程 + 服务, the 三公 are 因公出国(境) + 公务用车 +
// 公务接待. An of-which list that names every part of one of them must
// add up to its total: "政府采购支出总额686.42万元，其中：货物125.7万元、工程0
// 万元、服务560.72万元".
var partitions = [][]string{
	{"基本支出", "项目支出"},
	{"人员经费", "公用经费"},
	{"货物", "工程", "服务"},
	{"因公出国", "公务用车", "公务接待"},
}

// completePartition reports whether the items' subjects name every part
// of one of the partitions, and nothing else.
func completePartition(items []segment.Arg) bool {
	for _, parts := range partitions {
		seen := make([]bool, len(parts))
		ok := true
		for _, it := range items {
			if it.Subject == nil {
				ok = false
				break
			}
			k := tables.Key(it.Subject.Text)
			hit := -1
			for i, w := range parts {
				if strings.Contains(k, w) {
					if hit >= 0 && hit != i {
						hit = -2 // names two parts: a combined item
					} else {
						hit = i
					}
				}
			}
			if hit < 0 {
				ok = false
				break
			}
			seen[hit] = true
		}
		if !ok {
			continue
		}
		all := true
		for _, s := range seen {
			all = all && s
		}
		if all {
			return true
		}
	}
	return false
}

// evalTotal evaluates a total claim whose total is money (money set) or a
// count or quantity (money unset); nil when the claim is of the other
// kind.
func evalTotal(c *segment.Claim, money bool) *totalEval {
	tot, ok := c.Arg(segment.RoleTotal)
	if !ok || isMoney(tot.Mention) != money {
		return nil
	}
	if !money && tot.Mention.Kind != segment.KindCount && tot.Mention.Kind != segment.KindQuantity {
		return nil
	}
	e := &totalEval{c: c, total: tot, items: c.ArgsOf(segment.RoleItem), scale: tot.Mention.Scale}
	e.exhaustive = c.Relation == segment.RelSum
	if len(e.items) == 0 {
		e.skip = i18n.M("skip.items.none")
		return e
	}
	sum := num.Point(decimal.Zero)
	lower := true // the items' lower bounds are known (of-which check)
	for _, it := range e.items {
		if !sameBase(it.Mention, tot.Mention) {
			e.skip = i18n.M("skip.items.unit")
			return e
		}
		if remainderItem(it) && c.Relation != segment.RelMainParts {
			e.exhaustive = true
		}
		switch {
		case exact(it.Mention):
			sum = sum.Add(times(valueIn(it.Mention, e.scale), it))
		case it.Mention.Bound == segment.BoundAtLeast:
			iv := it.Mention.In(e.scale).Interval()
			iv.Hi = iv.Lo // only the lower bound is known
			sum = sum.Add(times(iv, it))
			e.skip = i18n.M("skip.item.inexact")
		default:
			lower = false
			e.skip = i18n.M("skip.item.inexact")
		}
	}
	e.sum = sum
	if !e.exhaustive && c.Relation != segment.RelMainParts && completePartition(e.items) {
		e.exhaustive = true
	}
	if e.exhaustive {
		if !e.skip.IsZero() {
			return e
		}
		e.v = judgeValue(tot.Mention, e.scale, sum)
	} else {
		if !lower {
			return e
		}
		e.skip = i18n.Msg{}
		e.v = ofWhich(tot.Mention, e.scale, sum)
		if (e.v == vBad || e.v == vTrunc) && e.prefixMatches() {
			e.prefix, e.v = true, vOK
		}
	}
	if e.v == vBad {
		e.slip = e.findSlip()
	}
	return e
}

// ofWhich judges the parts of a total: they may leave some out, but may
// not add up to more than it. Only the parts' lower bounds count.
func ofWhich(total segment.Mention, scale int32, sum num.Interval) verdict {
	t := valueIn(total, scale)
	switch total.Bound {
	case segment.BoundAtLeast, segment.BoundRange:
		return vOK // "300多个 of which …": no upper bound to exceed
	case segment.BoundAbout:
		if !strings.Contains(total.Qualifier, "近") {
			return vSkip
		}
	}
	if sum.Lo.LessThanOrEqual(t.Hi) {
		return vOK
	}
	if !exactCount(total) && exact(total) && num.ConsistentTruncated(total.In(scale), sum) {
		return vTrunc
	}
	return vBad
}

// prefixMatches reports whether the first items (two or more, not all)
// add up to the total exactly.
func (e *totalEval) prefixMatches() bool {
	s := num.Point(decimal.Zero)
	for i, it := range e.items {
		if !exact(it.Mention) {
			return false
		}
		s = s.Add(times(valueIn(it.Mention, e.scale), it))
		if i >= 1 && i < len(e.items)-1 && judgeValue(e.total.Mention, e.scale, s) == vOK {
			return true
		}
	}
	return false
}

// findSlip looks for the one figure of a failed total that, shifted by
// 10^±4, makes it hold.
func (e *totalEval) findSlip() *slip {
	for _, it := range e.items {
		if !exact(it.Mention) {
			return nil
		}
	}
	tot := e.total.Mention
	var c slipCands
	for j, it := range e.items {
		if it.Mention.Value.D.IsZero() || it.Mention.Kind != segment.KindMoney {
			continue
		}
		rest := num.Point(decimal.Zero)
		for k, o := range e.items {
			if k != j {
				rest = rest.Add(times(valueIn(o.Mention, e.scale), o))
			}
		}
		// What item j must be: total − the others, in the total's unit.
		want := valueIn(tot, e.scale).Sub(rest)
		for _, x := range []int32{-4, 4} {
			iv := times(shifted(it.Mention, x, e.scale), it)
			if plausibleSlip(it.Mention, iv, want) && iv.Overlaps(want) {
				w := want
				if it.Times > 1 {
					w, _ = want.Div(num.Point(decimal.NewFromInt(int64(it.Times))))
				}
				c.add(&slip{arg: it, exp: x, want: w.Scale(e.scale - it.Mention.Scale)}, iv)
			}
		}
	}
	if tot.Kind == segment.KindMoney && !tot.Value.D.IsZero() {
		for _, x := range []int32{-4, 4} {
			iv := shifted(tot, x, e.scale)
			if plausibleSlip(tot, iv, e.sum) && iv.Overlaps(e.sum) {
				c.add(&slip{arg: e.total, exp: x, want: e.sum}, iv)
			}
		}
	}
	return c.best()
}
