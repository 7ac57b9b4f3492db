package reconcile

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/num"
	"github.com/gouji/gouji/reconcile/tables"
	"github.com/gouji/gouji/segment"
	"github.com/shopspring/decimal"
)

// The figures a report gives for last year, read from its narrative: a
// change on last year (current ∓ amount, current ÷ (1 ± p%)), a figure 与上年
// 持平 / 相等 / 一致, a previous figure printed.

// addRestated collects every figure the narrative gives for last year.
func (s *Summary) addRestated(p *Pass, n *narrative) {
	seen := map[int]bool{} // mentions already read as a current figure
	for c := range n.claims(segment.ClaimChange, segment.ClaimComparison) {
		if !lastYearBase(c.Base, s.Identity.Year) || aspectElsewhere(c.Aspect) {
			continue
		}
		var r *Restatement
		if c.Kind == segment.ClaimChange {
			r = s.changeRestated(p, n, c)
		} else if c.Relation == segment.RelEqual {
			if left, ok := c.Arg(segment.RoleLeft); ok && !seen[left.Ref] {
				r = s.equalRestated(p, n, c, left)
			}
		}
		if r == nil {
			continue
		}
		if cur, ok := argOrLink(n, c, segment.RoleCurrent, "current"); ok {
			seen[cur.Ref] = true
		}
		if left, ok := c.Arg(segment.RoleLeft); ok {
			seen[left.Ref] = true
		}
		s.Restated = append(s.Restated, *r)
	}
	for c := range n.claims(segment.ClaimAmount) {
		a, ok := c.Arg(segment.RoleValue)
		if !ok || seen[a.Ref] || !sameAsLastYear(p, c, a.Mention) {
			continue
		}
		if r := s.equalRestated(p, n, c, a); r != nil {
			seen[a.Ref] = true
			s.Restated = append(s.Restated, *r)
		}
	}
}

// lastYearBase reports whether a change's base is last year's figure of
// the same kind: 上年, 上年预算, 2023年预算 in a 2024 report; not an
// execution or final figure (2023年预算执行数, 上年决算 in a budget).
func lastYearBase(base string, year int) bool {
	if base == "" || aspectElsewhere(base) {
		return false
	}
	if strings.Contains(base, "上年") || strings.Contains(base, "上一年") {
		return true
	}
	return year > 0 && strings.HasPrefix(base, fmt.Sprintf("%d年", year-1))
}

// aspectElsewhere reports whether an aspect or base names a figure a
// report of the other kind prints (执行数, 决算, 实际 …), or a part of the
// year (同期).
func aspectElsewhere(s string) bool {
	for _, w := range []string{"执行", "决算", "实际", "同期", "调整", "年初"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// sameAsLastYearWords follow a figure that is last year's too.
var sameAsLastYearWords = regexp.MustCompile(`^[，,、]?\s*(与|和|同|较|比)(上年|上一年|上年度)(预算)?(数)?(相比)?[，,]?\s*(一致|相等|持平|相同|保持一致|不变)`)

// sameAsLastYear reports whether the words right after an amount say it
// is last year's figure too ("支出1600万元，与上年一致").
func sameAsLastYear(p *Pass, c *segment.Claim, m segment.Mention) bool {
	para := p.paragraph(c.Source.Block)
	if para == nil || m.End > len(para.Text) || m.End < 0 {
		return false
	}
	rest := para.Text[m.End:]
	if len(rest) > 60 {
		rest = rest[:60]
	}
	return sameAsLastYearWords.MatchString(rest)
}

// changeRestated reads a change on last year.
func (s *Summary) changeRestated(p *Pass, n *narrative, c *segment.Claim) *Restatement {
	cur, ok := argOrLink(n, c, segment.RoleCurrent, "current")
	if !ok || !isMoney(cur.Mention) || !exact(cur.Mention) {
		return nil
	}
	key := s.keyOf(p, n, c, cur)
	if key == "" {
		return nil
	}
	curIv, cs := valueIn(cur.Mention, 0), cur.Mention.Scale
	r := &Restatement{Key: key, Name: n.subjectOf(p, c)}
	var at segment.Mention
	if prev, ok := c.Arg(segment.RolePrevious); ok && sameBase(prev.Mention, cur.Mention) && exact(prev.Mention) {
		r.Ways = append(r.Ways, way(ByPrinted, prev.Mention, valueIn(prev.Mention, 0), curIv, cs))
		at = prev.Mention
	}
	delta, okDelta := c.Arg(segment.RoleDelta)
	okDelta = okDelta && sameBase(delta.Mention, cur.Mention) && exact(delta.Mention)
	if okDelta && (c.Direction == segment.DirUp || c.Direction == segment.DirDown) {
		d := valueIn(delta.Mention, 0)
		prev := curIv.Sub(d)
		if c.Direction == segment.DirDown {
			prev = curIv.Add(d)
		}
		r.Ways = append(r.Ways, way(ByAmount, delta.Mention, prev, curIv, cs))
		if at.Text == "" {
			at = delta.Mention
		}
	}
	if pct, ok := c.Arg(segment.RolePercent); ok && pct.Mention.Kind == segment.KindPercent && exact(pct.Mention) {
		if prev, ok := percentBase(curIv, pct.Mention, c.Direction, okDelta && delta.Mention.Value.D.Equal(cur.Mention.Value.D)); ok {
			r.Ways = append(r.Ways, way(ByPercent, pct.Mention, prev, curIv, cs))
			if at.Text == "" {
				at = pct.Mention
			}
		}
	}
	if c.Direction == segment.DirFlat && len(r.Ways) == 0 {
		r.Ways = append(r.Ways, way(ByEqual, cur.Mention, curIv, curIv, cs))
		at = cur.Mention
	}
	if len(r.Ways) == 0 {
		return nil
	}
	r.Finding = p.textFinding(c, at, Error, "", i18n.Msg{})
	return r
}

// percentBase is last year's figure a percentage of change implies:
// current ÷ (1 ± p%). A rise of 100% from nothing (a new item: the amount
// is the current figure) implies nothing.
func percentBase(cur num.Interval, pm segment.Mention, dir segment.Direction, whole bool) (num.Interval, bool) {
	p := valueIn(pm, 0).Scale(-2)
	one := num.Point(decimal.NewFromInt(1))
	switch {
	case dir == segment.DirUp && whole:
		return num.Interval{}, false
	case dir == segment.DirUp:
		return cur.Div(one.Add(p))
	case dir == segment.DirDown:
		return cur.Div(one.Sub(p))
	}
	return num.Interval{}, false
}

// equalRestated reads a figure said to be last year's too.
func (s *Summary) equalRestated(p *Pass, n *narrative, c *segment.Claim, a segment.Arg) *Restatement {
	if !isMoney(a.Mention) || !exact(a.Mention) {
		return nil
	}
	key := s.keyOf(p, n, c, a)
	if key == "" {
		return nil
	}
	iv, cs := valueIn(a.Mention, 0), a.Mention.Scale
	r := &Restatement{Key: key, Name: n.subjectOf(p, c), Ways: []RestateWay{way(ByEqual, a.Mention, iv, iv, cs)}}
	r.Finding = p.textFinding(c, a.Mention, Error, "", i18n.Msg{})
	return r
}

// keyOf is the item key of a claim's current figure: through the amount
// claim that prints it, else the claim's own words.
func (s *Summary) keyOf(p *Pass, n *narrative, c *segment.Claim, cur segment.Arg) string {
	if ac := n.amountClaimOf(cur); ac != nil {
		if k := n.itemKey(p, ac, cur); k != "" {
			return k
		}
	}
	if c.Kind == segment.ClaimAmount {
		return ""
	}
	if c.Subject.Kind == segment.SubjectClass || len(c.Subject.Chain) > 0 {
		if c.Subject.Code != "" && functionCode(c.Subject.Code) {
			return "code:" + c.Subject.Code
		}
		return classByName(p, c.Subject.Chain, cur.Mention)
	}
	return termKey(c.Subject.Text)
}

func way(how RestateHow, m segment.Mention, prev, cur num.Interval, curScale int32) RestateWay {
	return RestateWay{How: how, Claimed: printed(m), Unit: m.Unit, Prev: prev, Cur: cur, Scale: m.Scale, Decimal: m.Value.Decimals, CurScale: curScale}
}

// addInitial collects, in a final account, the figures it gives for the
// year's budget: amounts said to be the 年初预算, the budget of a
// completion rate, and the 年初预算 columns of its tables.
func (s *Summary) addInitial(p *Pass, n *narrative) {
	if !s.Identity.Kind.Final() {
		return
	}
	for c := range n.claims(segment.ClaimAmount, segment.ClaimCompletion) {
		if r := s.initialRestated(p, n, c); r != nil {
			s.Initial = append(s.Initial, *r)
		}
	}
	s.addInitialColumns(p)
}

// initialRestated reads what a claim of a final account gives as the
// year's budget: an amount said to be the 年初预算, the budget of a
// completion rate (printed, or actual ÷ rate).
func (s *Summary) initialRestated(p *Pass, n *narrative, c *segment.Claim) *Restatement {
	var ways []RestateWay
	var at, anchor segment.Arg
	if c.Kind == segment.ClaimAmount {
		a, ok := c.Arg(segment.RoleValue)
		if !ok || !strings.Contains(c.Aspect, "年初") || !isMoney(a.Mention) || !exact(a.Mention) {
			return nil
		}
		iv := valueIn(a.Mention, 0)
		ways, at, anchor = append(ways, way(ByPrinted, a.Mention, iv, iv, a.Mention.Scale)), a, a
	} else {
		if !initialBase(c.Base) {
			return nil
		}
		if b, ok := c.Arg(segment.RoleBudget); ok && isMoney(b.Mention) && exact(b.Mention) {
			iv := valueIn(b.Mention, 0)
			ways, at, anchor = append(ways, way(ByPrinted, b.Mention, iv, iv, b.Mention.Scale)), b, b
		}
		act, okA := c.Arg(segment.RoleActual)
		if okA && isMoney(act.Mention) {
			anchor = act // the actual figure names the row (its budget may be the wrong one)
		}
		pct, okP := c.Arg(segment.RolePercent)
		if okA && okP && isMoney(act.Mention) && exact(act.Mention) && pct.Mention.Kind == segment.KindPercent && exact(pct.Mention) {
			cur := valueIn(act.Mention, 0)
			if prev, ok := cur.Div(valueIn(pct.Mention, 0).Scale(-2)); ok {
				w := way(ByRate, pct.Mention, prev, cur, act.Mention.Scale)
				ways = append(ways, w)
				if at.Mention.Text == "" {
					at = pct
				}
			}
		}
	}
	if len(ways) == 0 {
		return nil
	}
	key := s.keyOf(p, n, c, anchor)
	if key == "" {
		return nil
	}
	r := &Restatement{Key: key, Name: n.subjectOf(p, c), Ways: ways}
	r.Finding = p.textFinding(c, at.Mention, Error, "", i18n.Msg{})
	return r
}

// initialBase reports whether a completion rate is measured on the
// year's budget as first passed (年初预算, 预算), not an adjusted one.
func initialBase(base string) bool {
	return strings.Contains(base, "预算") && !strings.Contains(base, "调整") && !strings.Contains(base, "全年")
}

// addInitialColumns reads the 年初预算 columns of a final account's
// classification tables.
func (s *Summary) addInitialColumns(p *Pass) {
	initial := func(_ *tables.Table, col tables.Column) bool { return strings.Contains(col.Heading(), "年初预算") }
	byCode := func(_ *tables.Table, r *tables.Record, _ tables.Column) string {
		if code := recordCode(r); code != "" {
			return "code:" + code
		}
		return ""
	}
	s.Initial = append(s.Initial, columnRestatements(p, initial, byCode)...)
}
