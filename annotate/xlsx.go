package annotate

import (
	"bytes"
	"strings"

	"github.com/gouji/gouji/extract/ooxml"
	"github.com/gouji/gouji/reconcile"
	"github.com/xuri/excelize/v2"
)

func init() { Register(".xlsx", XLSX) }

// Excel notes: each table cell a finding rests on (its evidence) gets a
// note by "gouji" holding the finding's message and evidence; a cell
// several findings rest on gets one note with all of them, after any note
// it had.

// sheetCellKey is a cell of a workbook: its sheet and reference.
type sheetCellKey struct{ sheet, ref string }

// XLSX returns a copy of an Excel workbook with a note on each evidence
// cell of the findings.
func XLSX(in Input) ([]byte, error) {
	notes := map[sheetCellKey][]string{}
	var order []sheetCellKey
	for i := range in.Findings {
		f := &in.Findings[i]
		text := contents(f, in.Lang)
		seen := map[sheetCellKey]bool{}
		for _, e := range f.Evidence {
			k, ok := evidenceCell(in, e)
			if !ok || seen[k] {
				continue
			}
			seen[k] = true
			if _, ok := notes[k]; !ok {
				order = append(order, k)
			}
			notes[k] = append(notes[k], text)
		}
	}
	wb, err := excelize.OpenReader(bytes.NewReader(in.Src), excelize.Options{
		UnzipSizeLimit: ooxml.DefaultLimits.MaxTotalBytes, UnzipXMLSizeLimit: ooxml.DefaultLimits.MaxPartBytes,
	})
	if err != nil {
		return nil, err
	}
	defer wb.Close()
	for _, k := range order {
		if err := addNote(wb, k, strings.Join(notes[k], "\n\n")); err != nil {
			return nil, err
		}
	}
	buf, err := wb.WriteToBuffer()
	if err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// addNote adds text as cell k's note, after the note it has.
func addNote(wb *excelize.File, k sheetCellKey, text string) error {
	existing, err := wb.GetComments(k.sheet)
	if err != nil {
		return err
	}
	for _, c := range existing {
		if c.Cell != k.ref {
			continue
		}
		old := c.Text
		for _, r := range c.Paragraph {
			old += r.Text
		}
		if err := wb.DeleteComment(k.sheet, k.ref); err != nil {
			return err
		}
		text = old + "\n\n" + text
	}
	return wb.AddComment(k.sheet, excelize.Comment{Author: "gouji", Cell: k.ref, Paragraph: []excelize.RichTextRun{{Text: text}}})
}

// evidenceCell returns the worksheet cell of a piece of table evidence
// read from in's file.
func evidenceCell(in Input, e reconcile.Evidence) (sheetCellKey, bool) {
	if e.Kind != reconcile.EvidenceTable {
		return sheetCellKey{}, false
	}
	if e.At != nil && in.Doc != nil && e.At.Block >= 0 && e.At.Block < len(in.Doc.Blocks) {
		b := in.Doc.Blocks[e.At.Block]
		if t := b.Table; t != nil && ownBlock(in, b) && e.At.Row >= 0 && e.At.Row < t.Rows && e.At.Col >= 0 && e.At.Col < t.Cols {
			if c := t.Grid()[e.At.Row][e.At.Col]; c != nil && c.Ref != "" && t.Sheet != "" {
				return sheetCellKey{t.Sheet, c.Ref}, true
			}
		}
		return sheetCellKey{}, false
	}
	if e.Cell == "" || in.Doc != nil && len(in.Doc.Files) > 0 && e.File != in.Path {
		return sheetCellKey{}, false
	}
	i := strings.LastIndex(e.Cell, "!")
	if i <= 0 {
		return sheetCellKey{}, false
	}
	return sheetCellKey{e.Cell[:i], e.Cell[i+1:]}, true
}
