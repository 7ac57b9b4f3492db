package reconcile

import (
	"slices"

	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/num"
	"github.com/gouji/gouji/segment"
	"github.com/shopspring/decimal"
)

// balanceStep is one subtotal or result of a balance and the running sum
// of the terms before it.
type balanceStep struct {
	at    segment.Arg
	terms []segment.Arg
	// words are the figures a message spells the step with: the last
	// subtotal and the terms after it (125.18万元 − 113.38万元).
	words []segment.Arg
	sum   num.Interval
	scale int32
	// outcome is the step's verdict, why it cannot be checked, or the
	// figure that slipped.
	outcome
	// explained is another figure of the sentence whose subtraction (or
	// addition) makes the step hold: a transfer the balance leaves out.
	explained *segment.Mention
}

// evalBalance evaluates each subtotal and result of a balance claim whose
// figures are money. others are the sentence's money figures that are not
// part of the balance.
func evalBalance(c *segment.Claim, others []segment.Mention) []*balanceStep {
	var out []*balanceStep
	var terms []segment.Arg
	var sub *segment.Arg
	since := 0
	for i, a := range c.Args {
		switch a.Role {
		case segment.RoleTerm:
			terms = append(terms, a)
			continue
		case segment.RoleSubtotal, segment.RoleResult:
		default:
			continue
		}
		if len(terms) == 0 || !isMoney(a.Mention) {
			continue
		}
		st := &balanceStep{at: a, terms: append([]segment.Arg(nil), terms...), scale: a.Mention.Scale}
		if sub != nil {
			st.words = append([]segment.Arg{*sub}, terms[since:]...)
		} else {
			st.words = st.terms
		}
		if a.Role == segment.RoleSubtotal {
			sub, since = &c.Args[i], len(terms)
		}
		out = append(out, st)
		sum := num.Point(decimal.Zero)
		for _, t := range terms {
			if !isMoney(t.Mention) {
				st.skip = i18n.M("skip.term.money")
				break
			}
			if !exact(t.Mention) {
				st.skip = i18n.M("skip.term.inexact")
				break
			}
			iv := valueIn(t.Mention, st.scale)
			if t.Sign < 0 {
				iv = iv.Neg()
			}
			sum = sum.Add(iv)
		}
		if !st.skip.IsZero() {
			continue
		}
		st.sum = sum
		st.v = judge(a.Mention, st.scale, sum)
		if st.v != vBad {
			continue
		}
		st.slip = st.findSlip()
		if st.slip == nil {
			st.explained = st.explain(others)
		}
	}
	return out
}

// findSlip looks for the one term (or the result) that, shifted by
// 10^±4, makes the step hold.
func (st *balanceStep) findSlip() *slip {
	var c slipCands
	res := valueIn(st.at.Mention, st.scale)
	for j, t := range st.terms {
		if t.Mention.Value.D.IsZero() {
			continue
		}
		rest := num.Point(decimal.Zero)
		for k, o := range st.terms {
			if k == j {
				continue
			}
			iv := valueIn(o.Mention, st.scale)
			if o.Sign < 0 {
				iv = iv.Neg()
			}
			rest = rest.Add(iv)
		}
		want := res.Sub(rest)
		if t.Sign < 0 {
			want = want.Neg()
		}
		for _, x := range []int32{-4, 4} {
			iv := shifted(t.Mention, x, st.scale)
			if plausibleSlip(t.Mention, iv, want) && iv.Overlaps(want) {
				c.add(&slip{arg: t, exp: x, want: want.Scale(st.scale - t.Mention.Scale)}, iv)
			}
		}
	}
	if !st.at.Mention.Value.D.IsZero() {
		for _, x := range []int32{-4, 4} {
			iv := shifted(st.at.Mention, x, st.scale)
			if plausibleSlip(st.at.Mention, iv, st.sum) && iv.Overlaps(st.sum) {
				c.add(&slip{arg: st.at, exp: x, want: st.sum}, iv)
			}
		}
	}
	return c.best()
}

// explain returns the figure of the sentence that accounts for the gap of
// a failed step: the step holds once it is taken out (or added), as in
// "合计125.18万元，其中有财政划转至科协5万元…实际支出113.38万元，结转6.8万元".
func (st *balanceStep) explain(others []segment.Mention) *segment.Mention {
	for i := range others {
		o := others[i]
		if !isMoney(o) || !exact(o) || o.Value.D.IsZero() {
			continue
		}
		iv := valueIn(o, st.scale)
		if judge(st.at.Mention, st.scale, st.sum.Sub(iv)) == vOK || judge(st.at.Mention, st.scale, st.sum.Add(iv)) == vOK {
			return &others[i]
		}
	}
	return nil
}

// sentenceOthers returns the money figures of the sentences a claim's
// figures stand in that are not among its arguments.
func sentenceOthers(n *narrative, c *segment.Claim) []segment.Mention {
	used := map[int]bool{}
	sents := []int{c.Source.Sentence}
	for _, a := range c.Args {
		used[a.Ref] = true
		if s := sentenceOf(n, a.Ref); s >= 0 && !slices.Contains(sents, s) {
			sents = append(sents, s)
		}
	}
	var out []segment.Mention
	for _, s := range sents {
		if s < 0 || s >= len(n.res.Sentences) {
			continue
		}
		for _, ref := range n.res.Sentences[s].Mentions {
			if ref < 0 || ref >= len(n.res.Mentions) || used[ref] {
				continue
			}
			used[ref] = true
			if m := n.res.Mentions[ref]; isMoney(m) {
				out = append(out, m)
			}
		}
	}
	return out
}
