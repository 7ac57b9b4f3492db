package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/i18n"
)

// tr renders message id of the catalogue (package i18n) in language l.
func tr(l i18n.Lang, id i18n.ID, args ...any) string { return i18n.M(id, args...).In(l) }

// envLang is the language the locale asks for (LC_ALL, LC_MESSAGES,
// LANG), the default of --lang.
func envLang() i18n.Lang { return i18n.Detect(os.Getenv) }

// langValue is the value of --lang: zh or en.
type langValue struct{ l *i18n.Lang }

func (v langValue) String() string {
	if v.l == nil {
		return ""
	}
	return v.l.String()
}

func (v langValue) Set(s string) error {
	l, err := i18n.ParseLang(s)
	if err != nil {
		return err
	}
	*v.l = l
	return nil
}

// langIn returns the language args ask for with --lang, else def: the
// flags are read in order, so that -h before --lang zh would print the
// help in the wrong language without it. An unknown value is left for the
// flag parser to report.
func langIn(args []string, def i18n.Lang) i18n.Lang {
	for i, a := range args {
		if a == "--" {
			break
		}
		name, val, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "lang" {
			continue
		}
		if !hasVal && i+1 < len(args) {
			val = args[i+1]
		}
		if l, err := i18n.ParseLang(val); err == nil {
			def = l
		}
	}
	return def
}

// printFlags lists a command's flags in language l: the description of
// flag NAME of command CMD is message flag.CMD.NAME, else flag.NAME, else
// the English one it was declared with.
func printFlags(w io.Writer, fs *flag.FlagSet, l i18n.Lang) {
	fs.VisitAll(func(f *flag.Flag) {
		typ, usage := flag.UnquoteUsage(f)
		for _, id := range []i18n.ID{i18n.ID("flag." + fs.Name() + "." + f.Name), i18n.ID("flag." + f.Name)} {
			if i18n.Has(l, id) {
				usage = tr(l, id)
				break
			}
		}
		head := "  -" + f.Name
		if typ != "" {
			head += " " + typ
		}
		fmt.Fprintln(w, head)
		line := "    \t" + strings.ReplaceAll(usage, "\n", "\n    \t")
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" && f.Name != "lang" {
			line += tr(l, "cli.flag.default", f.DefValue)
		}
		fmt.Fprintln(w, line)
	})
}

// inputErrorIDs name the classes of unreadable input in the catalogue.
var inputErrorIDs = []struct {
	class error
	id    i18n.ID
}{
	{extract.ErrUnreadable, "err.unreadable"},
	{extract.ErrEmpty, "err.empty"},
	{extract.ErrNotPDF, "err.notpdf"},
	{extract.ErrTruncated, "err.truncated"},
	{extract.ErrEncrypted, "err.encrypted"},
	{extract.ErrNoText, "err.notext"},
	{extract.ErrLimit, "err.limit"},
	{extract.ErrTimeout, "err.timeout"},
	{extract.ErrLegacyWord, "err.legacy.word"},
	{extract.ErrLegacyExcel, "err.legacy.excel"},
	{extract.ErrLegacyWPS, "err.legacy.wps"},
	{extract.ErrDamagedDraft, "err.damaged.draft"},
}

// saidByClass are details of unreadable input that say no more than the
// class does in a language other than English ("encrypted: password
// required (user password required)"): left out there.
var saidByClass = map[string]bool{"user password required": true}

// errorText is an error as people read it in language l: an unreadable
// input as its class in l, with the file and the technical detail as
// extract gives them; a catalogue error in l; any other as it is.
func errorText(err error, l i18n.Lang) string {
	var ie *extract.InputError
	if l == i18n.En || !errors.As(err, &ie) || ie.Error() != err.Error() {
		return i18n.ErrorIn(err, l)
	}
	for _, c := range inputErrorIDs {
		if ie.Class == c.class {
			msg := tr(l, c.id)
			if ie.Detail != "" && !saidByClass[ie.Detail] {
				msg += "（" + ie.Detail + "）"
			}
			if ie.File != "" {
				msg = ie.File + ": " + msg
			}
			return msg
		}
	}
	return err.Error()
}

// warningLine is the stderr line of a warning of reading file. A page
// skipped as unreadable is said in l; the technical detail stays as
// extract gives it.
func warningLine(file string, w extract.Warning, l i18n.Lang) string {
	msg := w.Message
	if detail, ok := strings.CutPrefix(msg, "skipped: "); ok {
		msg = tr(l, "cli.warn.skipped", detail)
	}
	if w.Page > 0 {
		return tr(l, "cli.warn.page", file, w.Page, msg)
	}
	return tr(l, "cli.warn", file, msg)
}

// langAfterCommand moves a --lang that stands before the command
// (gouji --lang zh check …) after it, where the command reads it; a
// --lang alone is dropped, leaving no command.
func langAfterCommand(args []string) []string {
	n := 0
	switch {
	case len(args) > 0 && (strings.HasPrefix(args[0], "--lang=") || strings.HasPrefix(args[0], "-lang=")):
		n = 1
	case len(args) > 1 && (args[0] == "--lang" || args[0] == "-lang"):
		n = 2
	}
	if n == 0 || len(args) == n {
		return args[n:]
	}
	out := []string{args[n]}
	out = append(out, args[:n]...)
	return append(out, args[n+1:]...)
}
