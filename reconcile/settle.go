package reconcile

import (
	"iter"
	"slices"

	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/segment"
)

// The narrative rules share one shape: each requires claimsAnalyzer, walks
// the claims of its kinds (narrative.claims), judges a printed figure of
// each, and records the outcome: a finding of its own when the figure is
// wrong, else what settle records.

// narrativeRule returns the analyzer of a narrative rule: it requires the
// claims of the text and hands them to check.
func narrativeRule(name, doc string, check func(p *Pass, n *narrative)) *Analyzer {
	return &Analyzer{
		Name:     name,
		Doc:      doc,
		Requires: []*Analyzer{claimsAnalyzer},
		Run: func(p *Pass) (any, error) {
			check(p, narrativeOf(p))
			return nil, nil
		},
	}
}

// claims yields the narrative's claims of the given kinds, in order.
func (n *narrative) claims(kinds ...segment.ClaimKind) iter.Seq[*segment.Claim] {
	return func(yield func(*segment.Claim) bool) {
		for i := range n.res.Claims {
			c := &n.res.Claims[i]
			if slices.Contains(kinds, c.Kind) && !yield(c) {
				return
			}
		}
	}
}

// rates iterates over the claims of a kind (shares, completion rates)
// that print their percent, with it.
func (n *narrative) rates(kind segment.ClaimKind) iter.Seq2[*segment.Claim, segment.Mention] {
	return func(yield func(*segment.Claim, segment.Mention) bool) {
		for c := range n.claims(kind) {
			if pct, ok := percentOf(c); ok && !yield(c, pct) {
				return
			}
		}
	}
}

// outcome is what judging one printed figure of a claim gave.
type outcome struct {
	v verdict
	// skip says why the figure cannot be checked (zero when it can).
	skip i18n.Msg
	// slip is set when the figure fails only by 10^4: unit-slip reports it.
	slip *slip
	// estimate follows "… is an estimate" in the message of a vSkip
	// outcome: what the estimate is of.
	estimate i18n.Msg
}

// settle records an outcome that the rule does not report itself, and
// says whether there was one: a figure that cannot be checked or is an
// estimate (unchecked: what, then "cannot be checked: " and why, or "is an
// estimate"), one that holds (consistent), a failure that a unit slip
// explains (left to unit-slip). ev is the evidence of an unchecked figure.
func (p *Pass) settle(c *segment.Claim, at segment.Mention, o outcome, what i18n.Msg, ev ...Evidence) bool {
	switch {
	case !o.skip.IsZero():
		p.uncheckedText(c, at, i18n.M("settle.skip", what, o.skip), ev...)
	case o.v == vOK:
		p.Consistent()
	case o.v == vSkip:
		p.uncheckedText(c, at, i18n.M("settle.estimate", what, o.estimate), ev...)
	case o.slip != nil:
		// reported by unit-slip
	default:
		return false
	}
	return true
}
