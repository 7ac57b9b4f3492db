package main

import (
	"flag"
	"regexp"

	"github.com/gouji/gouji/i18n"
)

// Go's flag parser prints its errors in English ("flag provided but not
// defined: -x"). parse silences it and says them in the command's language
// with flagErrorText; the error of a flag's value (its Set) is kept by
// recordSets, since the parser passes on only its text.

// flagErrors are the parser's error forms, each with its message: the
// submatches are its arguments, the value's error (when any) the last.
var flagErrors = []struct {
	re *regexp.Regexp
	id i18n.ID
}{
	{regexp.MustCompile(`^flag provided but not defined: (.*)$`), "cli.flag.undefined"},
	{regexp.MustCompile(`^flag needs an argument: (.*)$`), "cli.flag.noarg"},
	{regexp.MustCompile(`^bad flag syntax: (.*)$`), "cli.flag.syntax"},
	{regexp.MustCompile(`^invalid boolean value (".*") for (\S+): .*$`), "cli.flag.bool"},
	{regexp.MustCompile(`^invalid boolean flag (\S+): .*$`), "cli.flag.boolflag"},
	{regexp.MustCompile(`^invalid value (".*") for flag (\S+): .*$`), "cli.flag.value"},
}

// flagErrorText is err, an error of the flag parser, in language l; set
// is the error a flag's value gave, if any. An unknown form is printed as
// it is.
func flagErrorText(err, set error, l i18n.Lang) string {
	for _, fe := range flagErrors {
		m := fe.re.FindStringSubmatch(err.Error())
		if m == nil {
			continue
		}
		args := make([]any, 0, len(m))
		for _, s := range m[1:] {
			args = append(args, s)
		}
		if fe.id == "cli.flag.value" {
			// The parser's own "parse error" is a number or
			// duration it could not read.
			detail := tr(l, "cli.flag.parse")
			if set != nil && set.Error() != "parse error" {
				detail = errorText(set, l)
			}
			args = append(args, detail)
		}
		return tr(l, fe.id, args...)
	}
	return err.Error()
}

// recordSets makes each flag's value keep its last error in *last, and
// returns the function that puts the values back (flag's usage printing
// needs the original types).
func recordSets(fs *flag.FlagSet, last *error) (restore func()) {
	orig := map[*flag.Flag]flag.Value{}
	fs.VisitAll(func(fl *flag.Flag) {
		orig[fl] = fl.Value
		rv := recordedValue{fl.Value, last}
		if b, ok := fl.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
			fl.Value = recordedBool{rv}
		} else {
			fl.Value = rv
		}
	})
	return func() {
		for fl, v := range orig {
			fl.Value = v
		}
	}
}

type recordedValue struct {
	flag.Value
	last *error
}

func (v recordedValue) Set(s string) error {
	err := v.Value.Set(s)
	if err != nil {
		*v.last = err
	}
	return err
}

type recordedBool struct{ recordedValue }

func (recordedBool) IsBoolFlag() bool { return true }
