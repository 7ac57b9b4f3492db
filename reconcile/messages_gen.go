package reconcile

import (
	"github.com/gouji/gouji/i18n"
)

// withTrunc appends to m the note of a truncation-only mismatch.
func withTrunc(m i18n.Msg, v verdict) i18n.Msg {
	if v == vTrunc {
		return i18n.Join("", m, truncNote(v))
	}
	return m
}
