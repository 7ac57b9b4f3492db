package main

import (
	"flag"
	"fmt"
	"io"
	"runtime"
	"strings"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/i18n"
)

// commandFlags is the flag set of one command. Every command parses the
// same way: flags may stand before or after the inputs ("--" ends them),
// -h and --help print the usage on stdout and exit 0, and a bad flag or
// value prints the error and the usage on stderr and exits 2.
type commandFlags struct {
	*flag.FlagSet
	usage          string // without the leading "usage: "
	stdout, stderr io.Writer
	null           *bool    // --null: the list on stdin is NUL-separated
	skipped        []string // files of the input folders not read (inputs)
	// lang is the language of the command's messages: --lang, else the
	// locale's.
	lang i18n.Lang
}

// newFlags returns the flag set of the command of that name, with its
// usage from commands().
func newFlags(name string, stdout, stderr io.Writer) *commandFlags {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {} // parse prints it, on the stream that fits
	f := &commandFlags{FlagSet: fs, stdout: stdout, stderr: stderr, lang: envLang()}
	fs.Var(langValue{&f.lang}, "lang", "language of messages: zh or en (default: from the locale, LC_ALL, LC_MESSAGES or LANG)")
	for _, c := range commands() {
		if c.name == name {
			f.usage = c.usage
		}
	}
	if strings.Contains(f.usage, "FILE|DIR|-") { // a command that reads inputs
		f.null = fs.Bool("null", false, "with -: the paths on stdin are separated by NUL bytes (find -print0), not by lines")
	}
	return f
}

// parse reads the flags among args and returns the other arguments. When
// ok is false the command ends with code: -h was asked for, or a flag was
// wrong.
func (f *commandFlags) parse(args []string) (rest []string, code int, ok bool) {
	f.lang = langIn(args, f.lang)
	rest, err := parseInterleaved(f.FlagSet, args)
	switch {
	case err == flag.ErrHelp:
		f.printUsage(f.stdout)
		return nil, exitOK, false
	case err != nil:
		f.printUsage(f.stderr)
		return nil, exitError, false
	}
	return rest, exitOK, true
}

func (f *commandFlags) printUsage(w io.Writer) {
	fmt.Fprintln(w, tr(f.lang, "cli.usage"), f.usage)
	if f.lang != i18n.En {
		printFlags(w, f.FlagSet, f.lang)
		return
	}
	f.SetOutput(w)
	f.PrintDefaults()
	f.SetOutput(f.stderr)
}

// parseInputs is parse, then inputs on the arguments left: for a
// command whose flags need no checking of their own first.
func (f *commandFlags) parseInputs(args []string, stdin io.Reader) (files []string, code int, ok bool) {
	if args, code, ok = f.parse(args); !ok {
		return nil, code, false
	}
	return f.inputs(args, stdin)
}

// fail reports a usage or input error of the command and returns its exit
// code.
func (f *commandFlags) fail(err error) int {
	fmt.Fprintf(f.stderr, "gouji %s: %s\n", f.Name(), errorText(err, f.lang))
	return exitError
}

// inputs expands the command's input arguments (see expandInputs); none
// at all is a usage error, and so is a run that names no report to read
// (an empty folder or list). The files of the folders that are not read
// are kept in f.skipped. When ok is false the command ends with code.
func (f *commandFlags) inputs(args []string, stdin io.Reader) (files []string, code int, ok bool) {
	if len(args) == 0 {
		fmt.Fprintln(f.stderr, tr(f.lang, "cli.usage"), f.usage)
		return nil, exitError, false
	}
	in, err := expandInputs(args, stdin, f.null != nil && *f.null)
	if err != nil {
		return nil, f.fail(err), false
	}
	f.skipped = in.skipped
	if len(in.files) == 0 {
		return nil, f.fail(noReport(args, in.skipped, f.lang)), false
	}
	return in.files, exitOK, true
}

// noReport is the error of inputs that name no report, in language l.
func noReport(args, skipped []string, l i18n.Lang) error {
	names := make([]string, len(args))
	for i, a := range args {
		names[i] = a
		if a == "-" {
			names[i] = tr(l, "cli.stdin.list")
		}
	}
	msg := tr(l, "cli.noreport", strings.Join(names, ", "), strings.Join(extract.ReadableExtensions(), ", "))
	if len(skipped) > 0 {
		msg += tr(l, "cli.noreport.skipped", len(skipped), skipped[0])
	}
	return cliError(msg)
}

// cliError is an error whose text is the whole message, already in the
// language of the command.
type cliError string

func (e cliError) Error() string { return string(e) }

// format adds --format, offering the given formats; the first is the
// default. An unknown format is an error when the flags are parsed.
func (f *commandFlags) format(offered []Format, doc string) *Format {
	v := &formatValue{value: offered[0], offered: offered}
	f.Var(v, "format", "output `format`: "+doc)
	return &v.value
}

// jobs adds --jobs: how many inputs are worked on in parallel, at least
// one.
func (f *commandFlags) jobs(what string) *int {
	v := positiveInt(runtime.NumCPU())
	f.Var(&v, "jobs", "`N` "+what+" checked in parallel (more than 0)")
	return (*int)(&v)
}

// disable adds --disable: rules not to run.
func (f *commandFlags) disable() *string {
	return f.String("disable", "", "comma-separated rule ids not to run")
}

// parseInterleaved parses flags wherever they stand among the file names
// (gouji check report.pdf --format json), as users type them; after "--"
// every argument is a file.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return files, nil
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(files, rest...), nil
		}
		files = append(files, rest[0])
		args = rest[1:]
	}
}

// formatValue is the value of --format: one of the formats the command
// offers.
type formatValue struct {
	value   Format
	offered []Format
}

func (v *formatValue) String() string { return string(v.value) }

func (v *formatValue) Set(s string) error {
	for _, f := range v.offered {
		if Format(s) == f {
			v.value = f
			return nil
		}
	}
	return fmt.Errorf("unknown format %q (want %s)", s, orList(v.offered))
}

// orList writes "a, b or c".
func orList(fs []Format) string {
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = string(f)
	}
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}
