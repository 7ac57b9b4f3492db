package main

import "github.com/gouji/gouji/extract"

// skippedPage is a page that could not be read, in gouji check's JSON:
// its number, why, and with --one-report the file it belongs to.
type skippedPage struct {
	File  string `json:"file,omitempty"`
	Page  int    `json:"page"`
	Error string `json:"error"`
}

// skippedPagesJSON lists the pages of doc that could not be read.
func skippedPagesJSON(doc *extract.Document) []skippedPage {
	var out []skippedPage
	for _, p := range doc.Pages {
		if p.Skipped {
			out = append(out, skippedPage{File: p.File, Page: p.Number, Error: p.Error})
		}
	}
	return out
}
