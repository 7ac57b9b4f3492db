package reconcile

import (
	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/segment"
)

// reportMsg records a checked claim that failed at figure at, with a
// message of the catalogue.
func (p *Pass) reportMsg(c *segment.Claim, at segment.Mention, sev Severity, expected string, m i18n.Msg, ev ...Evidence) {
	f := p.textFinding(c, at, sev, expected, "", ev...)
	f.Msg = m
	p.Report(f)
}

// uncheckedMsg records a claim that could not be checked, with a message
// of the catalogue.
func (p *Pass) uncheckedMsg(c *segment.Claim, at segment.Mention, m i18n.Msg, ev ...Evidence) {
	f := p.textFinding(c, at, Info, "", "", ev...)
	f.Msg = m
	p.Unchecked(f)
}

// withTrunc appends to m the note of a truncation-only mismatch.
func withTrunc(m i18n.Msg, v verdict) i18n.Msg {
	if v == vTrunc {
		return i18n.Join("", m, i18n.M("relations.trunc"))
	}
	return m
}
