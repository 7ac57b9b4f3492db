// Command gouji proofreads the numbers in Chinese government budget and
// final-account reports (部门预算/部门决算): it reads the PDF, pulls out every
// numeric claim of the narrative and reconciles it with the tables.
//
// Usage:
//
//	gouji check [--format text|json|jsonl|html|csv] [-o|--output FILE] [--fail-on error|warning|never] [--jobs N] [--shard K/N] [--timeout D] [--disable RULES] [--verbose] [--summary] [--one-report] [--list] [--null] FILE|DIR|-...
//	gouji claims [--format text|json] [--stats] [--null] FILE|DIR|-...
//	gouji corpus [--update] [--scores] [--jobs N] [--disable RULES] [--null] FILE|DIR|-...
//	gouji extract [--format text|json] [--tables] [--null] FILE|DIR|-...
//	gouji series [--format text|csv|json] FILE|DIR|-...
//	gouji --version
//
// Every command reads its flags the same way (before or after the
// inputs; -h prints its usage) and takes files, directories (walked for
// *.pdf and *.txt) and "-" (a list of paths on stdin).
//
// Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input
// error.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/gouji/gouji/i18n"
)

// Exit codes, as documented in the README.
const (
	exitOK       = 0
	exitFindings = 1
	exitError    = 2
)

// version is set by -ldflags "-X main.version=..." in release builds.
var version = "dev"

func main() {
	// A check is short-lived and its live heap small (tens of MB even for
	// a thousand pages): collecting less often saves about a tenth of the
	// time of a typical report. GOGC in the environment still wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(300)
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// command is one subcommand of gouji. Its usage is what -h prints (after
// "usage: ") above the flags.
type command struct {
	name, usage, doc string
	run              func(args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"check", "gouji check [--format text|json|jsonl|html|csv] [-o|--output FILE] [--fail-on error|warning|never] [--jobs N] [--shard K/N] [--timeout D] [--disable RULES] [--prior FILE] [--verbose] [--summary] [--one-report] [--annotate DIR] [--list] [--explain RULE] [--lang zh|en] [--null] FILE|DIR|-...", "report every number that does not add up", runCheck},
		{"corpus", "gouji corpus [--update] [--scores] [-o|--output FILE] [--jobs N] [--disable RULES] [--lang zh|en] [--null] FILE|DIR|-...", "check reports against their expected findings", runCorpus},
		{"claims", "gouji claims [--format text|json] [--stats] [-o|--output FILE] [--lang zh|en] [--null] FILE|DIR|-...", "list the numeric claims of the narrative", runClaims},
		{"series", "gouji series [--format text|csv|json] [--jobs N] [--lang zh|en] [--null] FILE|DIR|-...", "each issuer's headline figures over the years, with the change from the year before", runSeries},
		{"extract", "gouji extract [--format text|json] [--tables] [-o|--output FILE] [--lang zh|en] [--null] FILE|DIR|-...", "read reports and print their paragraphs and tables (--tables: the tables as the checks read them)", runExtract},
		{"serve", "gouji serve [--addr 127.0.0.1:8080] [--max-upload MB] [--max-files N] [--jobs N] [--timeout D] [--disable RULES] [--lang zh|en]", "serve a local web page (and an API) to check reports from a browser", runServe},
	}
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	l := langIn(args, envLang())
	args = langAfterCommand(args)
	if len(args) == 0 {
		usage(stderr, l)
		return exitError
	}
	if args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stdout, l)
		return exitOK
	}
	if args[0] == "version" || args[0] == "--version" {
		fmt.Fprintln(stdout, "gouji", version)
		return exitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(args[1:], stdin, stdout, stderr)
		}
	}
	fmt.Fprintln(stderr, tr(l, "cli.command.unknown", args[0]))
	usage(stderr, l)
	return exitError
}

// usage prints gouji's help in language l: what it does, its commands,
// and its exit codes.
func usage(w io.Writer, l i18n.Lang) {
	fmt.Fprintln(w, tr(l, "cli.about"))
	fmt.Fprintln(w, tr(l, "cli.commands"))
	for _, c := range commands() {
		doc := c.doc
		if id := i18n.ID("cmd." + c.name + ".doc"); l != i18n.En && i18n.Has(l, id) {
			doc = tr(l, id)
		}
		fmt.Fprintf(w, "  %-10s %s\n             %s\n", c.name, doc, c.usage)
	}
	fmt.Fprintln(w, tr(l, "cli.flags.where"))
	fmt.Fprintln(w, tr(l, "cli.version.help"))
	fmt.Fprintln(w, tr(l, "cli.exitcodes"))
}
