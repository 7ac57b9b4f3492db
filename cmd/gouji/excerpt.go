package main

import (
	"strings"

	"github.com/gouji/gouji/reconcile"
	"github.com/gouji/gouji/reconcile/tables"
)

// tableExcerpt is the few lines of a table a piece of evidence stands in,
// for the HTML report: the row's name columns and the evidence's column,
// under their heading paths, on the evidence's row and its neighbours,
// with the cell marked.
type tableExcerpt struct {
	Table, Unit string
	Headings    []string
	Rows        []excerptRow
	// Col is the index, among the columns shown, of the evidence's column.
	Col int
}

// excerptRow is one row of an excerpt; Hit marks the evidence's row.
type excerptRow struct {
	Cells []string
	Hit   bool
}

// excerptsOf finds, for every table evidence of the findings, its place
// in the tables as read, and cuts an excerpt: ex[i][j] is finding i's
// evidence j's, nil where the evidence is a sentence or its cell cannot be
// placed. The evidence names its table, row and column as printed; the
// excerpt is only shown where all three are found.
func excerptsOf(ix *tables.Index, fs []reconcile.Finding) [][]*tableExcerpt {
	if ix == nil {
		return nil
	}
	views := map[*tables.Table]tables.View{}
	out := make([][]*tableExcerpt, len(fs))
	for i, f := range fs {
		out[i] = make([]*tableExcerpt, len(f.Evidence))
		for j, e := range f.Evidence {
			if e.Kind != reconcile.EvidenceTable || e.Row == "" {
				continue
			}
			t, rec, col := placeEvidence(ix, e)
			if t == nil {
				continue
			}
			v, ok := views[t]
			if !ok {
				v = t.View()
				views[t] = v
			}
			out[i][j] = cutExcerpt(t, v, rec, col)
		}
	}
	return out
}

// placeEvidence finds the table, record and column index of a table
// evidence; t is nil when they are not all found.
func placeEvidence(ix *tables.Index, e reconcile.Evidence) (t *tables.Table, rec *tables.Record, col int) {
	for _, cand := range ix.Tables {
		if cand.Src.File != e.File || (cand.Name() != e.Table && cand.Src.Title != e.Table) {
			continue
		}
		for _, r := range cand.Records {
			if r.Quote != e.Quote || r.Heading {
				continue
			}
			if c, ok := evidenceColumn(cand, r, e); ok {
				return cand, r, c
			}
		}
	}
	return nil, nil, 0
}

// evidenceColumn is the column of the record whose heading path and
// printed value are the evidence's.
func evidenceColumn(t *tables.Table, r *tables.Record, e reconcile.Evidence) (int, bool) {
	for _, c := range t.Columns {
		if c.Heading() != e.Column {
			continue
		}
		if cell, ok := r.Cells[c.Index]; ok && cell.Text == e.Value {
			return c.Index, true
		}
	}
	return 0, false
}

// cutExcerpt shows the name columns of the record's panel and the
// evidence's column, on the record's row and one row either side.
func cutExcerpt(t *tables.Table, v tables.View, rec *tables.Record, col int) *tableExcerpt {
	ex := &tableExcerpt{Table: t.Name(), Unit: t.Unit()}
	var cols []int
	if rec.Panel >= 0 && rec.Panel < len(t.Panels) {
		for _, c := range t.Panels[rec.Panel].Columns {
			switch t.Columns[c].Role {
			case tables.RoleCode, tables.RolePart, tables.RoleLabel:
				cols = append(cols, c)
			}
		}
	}
	ex.Col = len(cols)
	cols = append(cols, col)
	for _, c := range cols {
		ex.Headings = append(ex.Headings, strings.Join(t.Columns[c].Path, " / "))
	}
	at := -1
	for k, row := range v.Rows {
		if row.Row == rec.Row {
			at = k
		}
	}
	if at < 0 {
		return nil
	}
	for k := max(at-1, 0); k <= min(at+1, len(v.Rows)-1); k++ {
		row := excerptRow{Hit: k == at}
		for _, c := range cols {
			text := ""
			if c < len(v.Rows[k].Cells) {
				text = v.Rows[k].Cells[c]
			}
			row.Cells = append(row.Cells, text)
		}
		ex.Rows = append(ex.Rows, row)
	}
	return ex
}
