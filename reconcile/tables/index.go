package tables

import (
	"regexp"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/i18n"
)

// Index is every table of a document, analysed, with look-ups by kind and
// by form number.
type Index struct {
	// Tables are in document order.
	Tables []*Table
	// Unread are the tables set aside as not understood (see SetAside), in
	// document order.
	Unread []Unread
	byKind map[Kind][]*Table
	byForm map[string][]*Table
}

// formNumber reads the number out of a form id ("公开05表" → "05").
var formNumber = regexp.MustCompile(`(\d{1,2})`)

// NewIndex analyses every table of doc.
func NewIndex(doc *extract.Document) *Index {
	ix := &Index{byKind: map[Kind][]*Table{}, byForm: map[string][]*Table{}}
	if doc == nil {
		return ix
	}
	for i, b := range doc.Blocks {
		if b.Table == nil {
			continue
		}
		t := Analyse(b.Table, i)
		ix.Tables = append(ix.Tables, t)
		ix.byKind[t.Kind] = append(ix.byKind[t.Kind], t)
		if m := formNumber.FindString(b.Table.FormID); m != "" {
			if len(m) == 1 {
				m = "0" + m
			}
			ix.byForm[m] = append(ix.byForm[m], t)
		}
	}
	return ix
}

// HasReportTable reports whether the document prints a table of the
// report that gouji recognises (a kind other than KindOther), read or set
// aside as not understood.
func (ix *Index) HasReportTable() bool {
	for _, t := range ix.Tables {
		if t.Kind != KindOther {
			return true
		}
	}
	for _, u := range ix.Unread {
		if u.Table.Kind != KindOther {
			return true
		}
	}
	return false
}

// ByKind returns the tables of a kind, in document order.
func (ix *Index) ByKind(k Kind) []*Table { return ix.byKind[k] }

// ByForm returns the tables whose form id carries the number n ("05" or
// "5"), in document order. The number alone does not say what a table is
// (budget reports number their forms their own way); use ByKind for that.
func (ix *Index) ByForm(n string) []*Table {
	if len(n) == 1 {
		n = "0" + n
	}
	return ix.byForm[n]
}

// Nearest returns the table of kind k closest to t in the document (the
// same report may hold the tables of several units), preferring tables
// whose scope is one of scopes when any are given; nil when there is none.
func (ix *Index) Nearest(t *Table, k Kind, scopes ...Scope) *Table {
	return NearestTo(t.Block, ix.byKind[k], func(c *Table) bool {
		return c != t && (len(scopes) == 0 || hasScope(scopes, c.Scope))
	})
}

// NearestTo returns the table among cands that ok accepts whose place in
// the document is nearest to block (the first of two as near), or nil.
func NearestTo(block int, cands []*Table, ok func(*Table) bool) *Table {
	var best *Table
	bestDist := 0
	for _, c := range cands {
		if !ok(c) {
			continue
		}
		d := c.Block - block
		if d < 0 {
			d = -d
		}
		if best == nil || d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

func hasScope(scopes []Scope, s Scope) bool {
	for _, x := range scopes {
		if x == s {
			return true
		}
	}
	return false
}

// Unread is a table set aside as not understood: Why says what failed.
type Unread struct {
	Table *Table
	Why   i18n.Msg
}

// SetAside removes t from the index, so that no check looks a figure up
// in it, and records it with the reason among the tables not understood.
func (ix *Index) SetAside(t *Table, why i18n.Msg) {
	ix.Tables = without(ix.Tables, t)
	ix.byKind[t.Kind] = without(ix.byKind[t.Kind], t)
	for k, ts := range ix.byForm {
		ix.byForm[k] = without(ts, t)
	}
	ix.Unread = append(ix.Unread, Unread{Table: t, Why: why})
}

func without(ts []*Table, t *Table) []*Table {
	out := ts[:0:0]
	for _, x := range ts {
		if x != t {
			out = append(out, x)
		}
	}
	return out
}
