package main

import (
	"io"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/segment"
)

// Format is an output format of a command (--format).
type Format string

// The output formats. Each has its own file, format_NAME.go, with its
// writers; a new format is one such file and one line per command in the
// tables below.
const (
	FormatText  Format = "text"  // for people: format_text.go
	FormatJSON  Format = "json"  // one JSON object for the run: format_json.go
	FormatJSONL Format = "jsonl" // one JSON object per input, streamed: format_jsonl.go
)

// writer prints a command's results in one format: write is called once
// per input, in input order, and close after the last one.
type writer[T any] interface {
	write(T) error
	close() error
}

// writers lists the formats a command offers, the default first, each
// with the constructor of its writer.
type writers[T any] []struct {
	format Format
	open   func(io.Writer) writer[T]
}

// formats returns the formats offered, for --format.
func (ws writers[T]) formats() []Format {
	out := make([]Format, len(ws))
	for i, w := range ws {
		out[i] = w.format
	}
	return out
}

// open returns the writer of format f on out; f is one of ws's formats,
// as --format checked.
func (ws writers[T]) open(f Format, out io.Writer) writer[T] {
	for _, w := range ws {
		if w.format == f {
			return w.open(out)
		}
	}
	panic("gouji: format not offered: " + string(f))
}

// These tables are the one place where a format meets its writer.
var (
	checkWriters = writers[fileResult]{
		{FormatText, textWriterOf(writeCheckResult)},
		{FormatJSON, newCheckJSONWriter},
		{FormatJSONL, jsonlWriterOf(fileResult.document)},
		{FormatHTML, newHTMLWriter},
		{FormatCSV, newCSVWriter},
	}
	claimsWriters = writers[*segment.Result]{
		{FormatText, textWriterOf(writeClaimsText)},
		{FormatJSON, jsonWriterOf(same[*segment.Result], nil)},
	}
	claimStatsWriters = writers[*segment.Result]{
		{FormatText, textWriterOf(writeClaimStats)},
		{FormatJSON, jsonWriterOf(claimStatsOf, nil)},
	}
	extractWriters = writers[*extract.Document]{
		{FormatText, textWriterOf(writeDocumentText)},
		{FormatJSON, jsonWriterOf(same[*extract.Document], nil)},
	}
	tablesWriters = writers[tablesDocument]{
		{FormatText, textWriterOf(writeTablesText)},
		{FormatJSON, jsonWriterOf(same[tablesDocument], nil)},
	}
)

// same is the identity, for a writer that prints results as they are.
func same[T any](t T) T { return t }
