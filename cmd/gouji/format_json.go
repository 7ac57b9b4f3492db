package main

import (
	"encoding/json"
	"io"

	"github.com/gouji/gouji/reconcile"
	"github.com/gouji/gouji/report"
	"github.com/gouji/gouji/segment"
)

// jsonOutput is the JSON form of a run, whatever the command. Other tools
// read it: keep the names.
type jsonOutput[T any] struct {
	Tool      string `json:"tool"`
	Version   string `json:"version"`
	Documents []T    `json:"documents"`
}

// jsonWriter gathers one JSON document per input and prints them all,
// indented, when the run ends.
type jsonWriter[T, D any] struct {
	out  io.Writer
	doc  func(T) D
	docs []D
	// join adds a document to one gathered before, if it is the same
	// input's (see merge); nil joins none.
	join func(into *D, d D) bool
}

// jsonWriterOf returns the constructor of a JSON writer that prints
// doc(result) for every result. empty is what an empty run prints as its
// documents: gouji check prints [], the other commands null.
func jsonWriterOf[T, D any](doc func(T) D, empty []D) func(io.Writer) writer[T] {
	return func(out io.Writer) writer[T] {
		return &jsonWriter[T, D]{out: out, doc: doc, docs: empty}
	}
}

func (j *jsonWriter[T, D]) write(r T) error {
	j.docs = append(j.docs, j.doc(r))
	return nil
}

// merge adds r to the document of the same input gathered before, and
// reports whether there was one. A streaming writer has none: it printed
// that document already.
func (j *jsonWriter[T, D]) merge(r T) bool {
	if j.join == nil {
		return false
	}
	d := j.doc(r)
	for i := len(j.docs) - 1; i >= 0; i-- {
		if j.join(&j.docs[i], d) {
			return true
		}
	}
	return false
}

// newCheckJSONWriter is gouji check's JSON writer: a report's cross-report
// findings (given after every report's own) join its document.
func newCheckJSONWriter(out io.Writer) writer[fileResult] {
	return &jsonWriter[fileResult, jsonDocument]{out: out, doc: fileResult.document, docs: []jsonDocument{}, join: joinDocument}
}

// joinDocument adds d's findings to into when both are one file's, kept
// sorted by place.
func joinDocument(into *jsonDocument, d jsonDocument) bool {
	if into.File != d.File || into.Error != nil {
		return false
	}
	into.Findings = append(into.Findings, d.Findings...)
	reconcile.SortFindings(into.Findings)
	return true
}

func (j *jsonWriter[T, D]) close() error {
	enc := json.NewEncoder(j.out)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(jsonOutput[D]{Tool: "gouji", Version: version, Documents: j.docs})
}

// jsonDocument is one input's result in gouji check's JSON and JSON Lines
// forms. Error is null for a file that was read.
type jsonDocument struct {
	File     string              `json:"file"`
	Error    *string             `json:"error"`
	Pages    int                 `json:"pages"`
	Tables   int                 `json:"tables"`
	Claims   int                 `json:"claims"`
	Checked  int                 `json:"checked"`
	Findings []reconcile.Finding `json:"findings"`
	// Report is what the report is: kind, year, issuer (package report);
	// absent for a file that could not be read.
	Report *report.Identity `json:"report,omitempty"`
	// Parts are the files of a report that a folder run found to be parts
	// of one report and checked as one (a narrative and its tables).
	Parts []string `json:"parts,omitempty"`
	// Across marks a document that holds only the cross-report findings
	// (prior-year, budget-final) of a report whose own document came
	// earlier in the stream: JSON Lines prints each report as soon as it
	// is checked, before the reports are paired. gouji check's JSON joins
	// them into the report's document instead.
	Across bool `json:"across,omitempty"`
	// SkippedPages are the pages that could not be read, so nothing on
	// them was checked; absent when every page was read.
	SkippedPages []skippedPage `json:"skipped_pages,omitempty"`
}

func (r fileResult) document() jsonDocument { return r.doc }

// claimStats is one report's entry in gouji claims --stats --format json.
type claimStats struct {
	Source   string        `json:"source"`
	Coverage string        `json:"coverage"`
	Stats    segment.Stats `json:"stats"`
}

func claimStatsOf(r *segment.Result) claimStats {
	return claimStats{r.Source, r.Stats.Coverage(), r.Stats}
}
