package annotate

import (
	"bytes"
	"os"
	"testing"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/reconcile"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
)

// TestXLSXNotes edits a cell of the seed's workbook (公开05表 20113 商贸事务
// 2,359.24 → 2,359.42), checks the workbook with the seed's narrative as
// one report and writes the notes: every evidence cell of the workbook
// carries a note by gouji holding the messages of the findings resting
// on it, and no other cell has one.
func TestXLSXNotes(t *testing.T) {
	src, err := os.ReadFile("../corpus/drafts/seed-tables.xlsx")
	require.NoError(t, err)
	wb, err := excelize.OpenReader(bytes.NewReader(src))
	require.NoError(t, err)
	v, err := wb.GetCellValue("公开05表", "C14")
	require.NoError(t, err)
	require.Equal(t, "2,359.24", v)
	require.NoError(t, wb.SetCellValue("公开05表", "C14", 2359.42))
	buf, err := wb.WriteToBuffer()
	require.NoError(t, err)
	edited := buf.Bytes()

	narrative, err := os.ReadFile("../corpus/drafts/seed-narrative.docx")
	require.NoError(t, err)
	nd, err := extract.Read("n.docx", narrative, extract.Options{})
	require.NoError(t, err)
	td, err := extract.Read("t.xlsx", edited, extract.Options{})
	require.NoError(t, err)
	joined := extract.Join(nd, td)
	var fs []reconcile.Finding
	for _, f := range reconcile.Check(joined, reconcile.Analyzers()).Findings {
		if f.Severity > reconcile.Info {
			fs = append(fs, f)
		}
	}
	want := map[string][]string{} // sheet!cell → messages
	for _, f := range fs {
		for _, e := range f.Evidence {
			if e.Cell != "" {
				want[e.Cell] = append(want[e.Cell], f.Msg.In(i18n.Zh))
			}
		}
	}
	require.NotEmpty(t, want, "the edit gives findings on cells")
	require.Contains(t, want, "公开05表!C14")

	out, err := XLSX(Input{Path: "t.xlsx", Src: edited, Doc: joined, Findings: fs, Lang: i18n.Zh})
	require.NoError(t, err)
	got, err := excelize.OpenReader(bytes.NewReader(out))
	require.NoError(t, err)
	notes := 0
	for _, sheet := range got.GetSheetList() {
		cs, err := got.GetComments(sheet)
		require.NoError(t, err)
		for _, c := range cs {
			notes++
			key := sheet + "!" + c.Cell
			require.Contains(t, want, key, "a note on a cell no finding rests on")
			require.Equal(t, "gouji", c.Author)
			text := c.Text
			for _, r := range c.Paragraph {
				text += r.Text
			}
			for _, m := range want[key] {
				require.Contains(t, text, m)
			}
		}
	}
	require.Equal(t, len(want), notes, "one note per evidence cell")
	v, err = got.GetCellValue("公开05表", "C14")
	require.NoError(t, err)
	require.Equal(t, "2,359.42", v, "values are kept")

	copies.add("notes.xlsx", out)
}
