package main

import (
	"fmt"
	"io"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/reconcile"
	"github.com/gouji/gouji/reconcile/tables"
)

// runExtract prints the document model of each report: its paragraphs and
// tables with their pages. Exit codes: 0, or 2 on a usage error or a file
// that cannot be read (the other files are still read).
func runExtract(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("extract", stdout, stderr)
	format := fs.format(extractWriters.formats(), "text or json")
	tablesOnly := fs.Bool("tables", false, "print each table as the checks read it: title, unit, pages, heading paths, rows with codes and values")
	output := fs.output()
	files, code, ok := fs.parseInputs(args, stdin)
	if !ok {
		return code
	}
	dest, err := output.open(stdout, files)
	if err != nil {
		return fs.fail(err)
	}
	if *tablesOnly {
		return dest.finish(eachDocument(files, tablesWriters.open(*format, dest), stderr, tablesOf, fs.lang), stderr)
	}
	return dest.finish(eachDocument(files, extractWriters.open(*format, dest), stderr, same[*extract.Document], fs.lang), stderr)
}

// tablesDocument is one report's tables as the checks read them.
type tablesDocument struct {
	File   string        `json:"file"`
	Tables []tables.View `json:"tables"`
}

func tablesOf(doc *extract.Document) tablesDocument {
	views := reconcile.ReadTables(doc).Views()
	if views == nil {
		views = []tables.View{}
	}
	return tablesDocument{File: doc.Source, Tables: views}
}

// eachDocument reads the files in order and writes what of turns each
// document into. A file that cannot be read gets a line on stderr and
// makes the exit code 2; the others are still read.
func eachDocument[T any](files []string, out writer[T], stderr io.Writer, of func(*extract.Document) T, l i18n.Lang) int {
	code := exitOK
	for _, path := range files {
		doc, err := extract.Open(path, extract.Options{})
		if err != nil {
			fmt.Fprintln(stderr, "gouji:", errorText(err, l))
			code = exitError
			continue
		}
		if err := out.write(of(doc)); err != nil {
			fmt.Fprintln(stderr, "gouji:", err)
			return exitError
		}
	}
	if err := out.close(); err != nil {
		fmt.Fprintln(stderr, "gouji:", err)
		return exitError
	}
	return code
}
