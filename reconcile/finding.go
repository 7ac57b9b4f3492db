package reconcile

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gouji/gouji/i18n"
)

// Severity ranks a finding.
type Severity int

// Severities, from least to most severe. The zero value is Info so that a
// finding built without a severity never fails a run by accident.
const (
	Info Severity = iota
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	}
	return "info"
}

// MarshalText writes the severity as its name ("error"), as the JSON output
// requires.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a severity name.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseSeverity reads "error", "warning" or "info".
func ParseSeverity(name string) (Severity, error) {
	switch name {
	case "error":
		return Error, nil
	case "warning":
		return Warning, nil
	case "info":
		return Info, nil
	}
	return Info, fmt.Errorf("unknown severity %q", name)
}

// EvidenceKind says what a piece of evidence is.
type EvidenceKind string

// Kinds of evidence: a table cell, or a sentence of the narrative.
const (
	EvidenceTable EvidenceKind = "table"
	EvidenceText  EvidenceKind = "text"
)

// Evidence is one figure a finding rests on: a table cell or a sentence.
// The JSON names are read by other tools; keep them.
type Evidence struct {
	Kind EvidenceKind `json:"kind"`
	Page int          `json:"page"`
	// Table is the table's title and form id ("收入决算表（公开02表）"); empty
	// for text evidence.
	Table string `json:"table"`
	// Row and Column locate a table cell: the row's code and name, the
	// column's heading path.
	Row    string `json:"row"`
	Column string `json:"column"`
	// Value is the figure as printed ("" for an empty cell).
	Value string `json:"value"`
	// Quote is the table row or sentence, whitespace-normalised.
	Quote string `json:"quote"`
	// Times is how many times the figure counts when a sentence gives it
	// to each of several (天元区、芦淞区、茶陵县各30万元: 3); 0, and absent
	// from the JSON, when it counts once.
	Times int `json:"times,omitempty"`
	// Line is the line in a plain-text source (0 for PDF input); text
	// output shows it, JSON keeps pages only.
	Line int `json:"-"`
	// File is the file the figure was read from when the report was
	// checked as several files joined into one (extract.Join, gouji check
	// --one-report): Page is that file's page. Empty, and absent from the
	// JSON, for a report read from one file.
	File string `json:"file,omitempty"`
	// Paragraph is the 1-based paragraph of a Word document (.docx) that
	// holds the figure, or the cell's first paragraph; 0, and absent from
	// the JSON, for other input. A draft has no pages: Page is 0.
	Paragraph int `json:"paragraph,omitempty"`
	// Cell is a worksheet cell's reference with its sheet ("公开05表!C17"),
	// for a table read from an Excel workbook.
	Cell string `json:"cell,omitempty"`
	// At is where the figure stands in the document (block, and grid row
	// and column in a table or byte offset in a paragraph, as in
	// Finding.Pos), for writing findings back onto the page (package
	// annotate); nil when the evidence was not placed.
	At *Position `json:"-"`
}

// paragraphOf returns the paragraph of the first evidence that names one:
// the claimed figure's own comes first.
func paragraphOf(ev []Evidence) int {
	for _, e := range ev {
		if e.Paragraph > 0 {
			return e.Paragraph
		}
	}
	return 0
}

// Finding is one figure that does not agree with what gouji computed or
// found elsewhere. The JSON names are read by other tools; keep them.
type Finding struct {
	// Rule is the id of the analyzer that reported it ("code-sum").
	Rule     string   `json:"rule"`
	Severity Severity `json:"severity"`
	Page     int      `json:"page"`
	// Quote is the sentence or table row holding the claimed figure, as
	// printed, whitespace-normalised.
	Quote string `json:"quote"`
	// Claimed is the figure as printed, without separators ("5799.97"); ""
	// when the place of the figure is printed empty.
	Claimed string `json:"claimed"`
	// Expected is what gouji computed or found, in the same unit and to the
	// same precision as Claimed.
	Expected string `json:"expected"`
	Unit     string `json:"unit"`
	// Message is one sentence saying what was compared, in the language of
	// the output (English unless Localize chose another).
	Message string `json:"message"`
	// MessageID is the catalogue id of the message (package i18n): stable
	// across languages, for scripts.
	MessageID string     `json:"message_id,omitempty"`
	Evidence  []Evidence `json:"evidence"`
	// Msg is the message to be rendered in the reader's language; a rule
	// sets it, and Pass.Report fills Message and MessageID from it.
	Msg i18n.Msg `json:"-"`
	// Pos orders findings on one page; Line is the claimed figure's line in
	// a plain-text source.
	Pos  Position `json:"-"`
	Line int      `json:"-"`
	// Paragraph is the paragraph of a Word document holding the claimed
	// figure (see Evidence.Paragraph): additive, Page is 0 in a draft.
	Paragraph int `json:"paragraph,omitempty"`
	// Mark is the text an annotated copy marks when the finding claims no
	// figure (a template leftover's words); not in the JSON.
	Mark string `json:"-"`
}

// Position is where a finding's figure stands in the document, for sorting:
// the block (paragraph or table) index, then the row (or, in a paragraph,
// the byte offset) and column.
type Position struct {
	Block, Row, Col int
}

func (p Position) less(q Position) bool {
	if p.Block != q.Block {
		return p.Block < q.Block
	}
	if p.Row != q.Row {
		return p.Row < q.Row
	}
	return p.Col < q.Col
}

// SortFindings orders findings by page, then position, then rule and
// message, so that the same input always prints the same bytes.
func SortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := &fs[i], &fs[j]
		if a.Page != b.Page {
			return a.Page < b.Page
		}
		if a.Pos != b.Pos {
			return a.Pos.less(b.Pos)
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.Message < b.Message
	})
}

// sortByFile orders the findings of a document joined from files (see
// extract.Join) file by file, in the order of files, keeping the order of
// SortFindings within each: page numbers are each file's own. A finding
// belongs to the file of its first evidence that names one (the claimed
// figure comes first); one whose evidence names none stays with the first
// file.
func sortByFile(files []string, fs []Finding) {
	if len(files) < 2 {
		return
	}
	index := map[string]int{}
	for i, f := range files {
		if _, ok := index[f]; !ok {
			index[f] = i
		}
	}
	fileOf := func(f *Finding) int {
		for _, e := range f.Evidence {
			if e.File != "" {
				return index[e.File]
			}
		}
		return 0
	}
	sort.SliceStable(fs, func(i, j int) bool { return fileOf(&fs[i]) < fileOf(&fs[j]) })
}

// say sets the message of f: Message rendered in English (the language
// findings are sorted and compared in), MessageID its id.
func (f *Finding) say(m i18n.Msg) {
	f.Msg = m
	f.MessageID = string(m.ID)
	f.Message = m.In(i18n.En)
}

// Localize renders the message of every finding in language l; a finding
// without a Msg keeps its Message.
func Localize(fs []Finding, l i18n.Lang) {
	for i := range fs {
		if !fs[i].Msg.IsZero() {
			fs[i].Message = fs[i].Msg.In(l)
		}
	}
}

// normalizeSpace collapses runs of whitespace into one space.
func normalizeSpace(s string) string { return strings.Join(strings.Fields(s), " ") }
