// Package i18n holds gouji's messages for people: one catalogue per
// language (en.go, zh.go) keyed by message id, the languages themselves
// and the choice of one from the locale.
//
// A message is an id and its arguments (Msg); it is rendered in a language
// only when it is printed, so that a finding carries its message and every
// output can speak the reader's language. Arguments that are messages
// themselves are rendered in the same language; amounts (Num) are printed
// as a Chinese report prints them, with thousands separators.
//
// To add a message: give it an id (ASCII, "area.what": "share.bad"), put
// its English in en.go and its Chinese in zh.go, in the section of the
// file that uses it, and build it with M(id, args...). The Chinese may
// reorder the arguments with explicit indexes (%[2]s占%[3]s%[1]s) but
// must print the same ones with the same verbs; write %% for a percent
// sign. Pass a figure as the report prints it as Figure, an amount gouji
// computed as Num (or Amount, with the table's unit), and the report's
// own words (a row name, a table title) as plain strings or Text. The
// tests of this package fail when an id lacks a language, when the two
// languages disagree on arguments, or when the source names an id that
// no catalogue holds. Each rule also needs rule.ID.title and
// rule.ID.explain (gouji check --list, --explain).
package i18n

import (
	"fmt"
	"strings"
)

// Lang is a language gouji speaks.
type Lang int

// The languages. The zero value is English, the language of code, tests
// and the corpus's notes.
const (
	En Lang = iota
	Zh
)

// Langs lists every language, in the order of the constants.
var Langs = []Lang{En, Zh}

// String is the language's code: "en", "zh".
func (l Lang) String() string {
	if l == Zh {
		return "zh"
	}
	return "en"
}

// ParseLang reads a language code: "zh" or "en", in any case, also as the
// head of a locale name ("zh_CN.UTF-8", "en-US").
func ParseLang(s string) (Lang, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	switch {
	case strings.HasPrefix(t, "zh"):
		return Zh, nil
	case strings.HasPrefix(t, "en"):
		return En, nil
	}
	return En, fmt.Errorf("unknown language %q (want zh or en)", s)
}

// Detect chooses the language from the locale, as the C library does for
// messages: the first of LC_ALL, LC_MESSAGES and LANG that is set decides;
// a locale beginning with "zh" gives Chinese, anything else English.
func Detect(getenv func(string) string) Lang {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if loc := getenv(v); loc != "" {
			if strings.HasPrefix(strings.ToLower(loc), "zh") {
				return Zh
			}
			return En
		}
	}
	return En
}
