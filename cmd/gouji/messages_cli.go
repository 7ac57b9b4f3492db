package main

import "github.com/gouji/gouji/i18n"

// msgLang is the language of the command line's own messages (inputs,
// flag values, summary): English until --lang or the locale chooses.
var msgLang = i18n.En

// say renders the catalogue message id with args in msgLang.
func say(id i18n.ID, args ...any) string { return i18n.M(id, args...).In(msgLang) }

// sayError is say as a usage or input error.
func sayError(id i18n.ID, args ...any) error { return cliError(say(id, args...)) }

// cliError is a usage or input error whose text is the whole message.
type cliError string

func (e cliError) Error() string { return string(e) }
