package extract

import (
	"encoding/json"
	"reflect"
	"testing"
)

func TestJoin(t *testing.T) {
	narrative := &Document{
		Source:   "n.pdf",
		Pages:    []Page{{Number: 1}, {Number: 2}},
		Blocks:   []Block{{Paragraph: &Paragraph{Page: 2, Text: "支出100万元。"}}},
		Warnings: []Warning{{Page: 1, Message: "odd font"}},
	}
	tables := &Document{
		Source: "t.pdf",
		Pages:  []Page{{Number: 1}},
		Blocks: []Block{{Table: &Table{Pages: []int{1}, Title: "支出表"}}},
	}
	doc := Join(narrative, tables)
	if doc.Source != "n.pdf" || !reflect.DeepEqual(doc.Files, []string{"n.pdf", "t.pdf"}) {
		t.Fatalf("source %q, files %v", doc.Source, doc.Files)
	}
	want := []Page{{Number: 1, File: "n.pdf"}, {Number: 2, File: "n.pdf"}, {Number: 1, File: "t.pdf"}}
	if !reflect.DeepEqual(doc.Pages, want) {
		t.Errorf("pages %+v, want %+v (each file keeps its numbers)", doc.Pages, want)
	}
	if len(doc.Blocks) != 2 || doc.Blocks[0].Paragraph.File != "n.pdf" || doc.Blocks[1].Table.File != "t.pdf" {
		t.Errorf("blocks do not record their files: %+v", doc.Blocks)
	}
	if len(doc.Warnings) != 1 || doc.Warnings[0].File != "n.pdf" {
		t.Errorf("warnings %+v", doc.Warnings)
	}
	if Join() != nil {
		t.Error("Join() is not nil")
	}
}

// TestJoinOne checks that one document is returned untouched: its JSON
// has no file fields, as before Join existed.
func TestJoinOne(t *testing.T) {
	d := &Document{Source: "a.pdf", Pages: []Page{{Number: 1}}, Blocks: []Block{{Paragraph: &Paragraph{Page: 1, Text: "x"}}}}
	before, _ := json.Marshal(d)
	if got := Join(d); got != d {
		t.Fatal("Join of one document is a new document")
	}
	after, _ := json.Marshal(d)
	if string(before) != string(after) {
		t.Errorf("JSON changed:\n%s\n%s", before, after)
	}
}
