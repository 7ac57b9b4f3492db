package main

import "github.com/gouji/gouji/i18n"

// say renders the catalogue message id with args in the language of the
// command line's messages (cliLang).
func say(id i18n.ID, args ...any) string { return i18n.M(id, args...).In(cliLang()) }

// sayError is say as a usage or input error.
func sayError(id i18n.ID, args ...any) error { return cliError(say(id, args...)) }

// cliError is a usage or input error whose text is the whole message.
type cliError string

func (e cliError) Error() string { return string(e) }
