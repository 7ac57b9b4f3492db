package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"

	"github.com/gouji/gouji/extract"
)

func runExtract(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text or json")
	if err := fs.Parse(args); err != nil {
		return exitError
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "gouji extract: unknown format %q (want text or json)\n", *format)
		return exitError
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "usage: gouji extract [--format text|json] FILE...")
		return exitError
	}
	code := exitOK
	var docs []*extract.Document
	for _, path := range fs.Args() {
		doc, err := extract.Open(path, extract.Options{})
		if err != nil {
			fmt.Fprintln(stderr, "gouji:", err)
			code = exitError
			continue
		}
		if *format == "text" {
			writeDocumentText(stdout, doc)
		} else {
			docs = append(docs, doc)
		}
	}
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(struct {
			Tool      string              `json:"tool"`
			Version   string              `json:"version"`
			Documents []*extract.Document `json:"documents"`
		}{"gouji", version, docs}); err != nil {
			fmt.Fprintln(stderr, "gouji:", err)
			return exitError
		}
	}
	return code
}
