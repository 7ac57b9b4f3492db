package extract

import (
	"bytes"
	"os"
	"testing"

	"github.com/gouji/gouji/extract/ooxml"
	"github.com/xuri/excelize/v2"
)

// FuzzReadText reads arbitrary bytes as the plain-text report format: it
// must return a document or an error, never panic, and a document must
// hold only what the model allows (cells inside their table's grid).
//
//	go test ./extract -run XXX -fuzz FuzzReadText -fuzztime 10m
func FuzzReadText(f *testing.F) {
	seed, err := os.ReadFile("../corpus/seed/seed.txt")
	if err != nil {
		f.Fatal(err)
	}
	// Seed with slices of the real report: tables, page breaks, notes.
	for _, cut := range [][2]int{{0, 4000}, {3000, 12000}, {12000, 30000}, {len(seed) - 8000, len(seed)}} {
		f.Add(seed[cut[0]:cut[1]])
	}
	f.Add([]byte("项目\t金额\n合计\t5, 662. 95\n\n注：1. 本表\n\f下一页\t1\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := ReadText("fuzz.txt", bytes.NewReader(data))
		if err != nil {
			return
		}
		for _, b := range doc.Blocks {
			if tb := b.Table; tb != nil {
				for _, c := range tb.Cells {
					if c.Row < 0 || c.Col < 0 || c.Row >= tb.Rows || c.Col >= tb.Cols {
						t.Fatalf("cell %+v outside %d×%d", c, tb.Rows, tb.Cols)
					}
				}
			}
		}
	})
}

// checkModel fails when a document holds what the model does not allow.
func checkModel(t *testing.T, doc *Document) {
	for _, b := range doc.Blocks {
		if tb := b.Table; tb != nil {
			for _, c := range tb.Cells {
				if c.Row < 0 || c.Col < 0 || c.Row >= tb.Rows || c.Col >= tb.Cols {
					t.Fatalf("cell %+v outside %d×%d", c, tb.Rows, tb.Cols)
				}
			}
			_ = tb.Grid()
		}
	}
}

// FuzzReadDOCX reads arbitrary document.xml bodies (and arbitrary bytes
// as a whole file) as a Word document: an error or a document, never a
// panic.
//
//	go test ./extract -run XXX -fuzz FuzzReadDOCX -fuzztime 10m
func FuzzReadDOCX(f *testing.F) {
	f.Add(para("一、总体情况") + `<w:tbl><w:tr>` + cell(`<w:gridSpan w:val="2"/>`, "项目") + `</w:tr><w:tr>` + cell(`<w:vMerge/>`, "1.00") + cell("", "2") + `</w:tr></w:tbl>`)
	f.Add(`<w:p><w:pPr><w:numPr><w:ilvl w:val="9"/><w:numId w:val="1"/></w:numPr></w:pPr><w:ins><w:r><w:t>1</w:t></w:r></w:ins><w:del><w:r><w:t>2</w:t></w:r></w:del></w:p>`)
	f.Add(`<w:tbl><w:tr><w:trPr><w:gridBefore w:val="99999999999"/></w:trPr>` + cell(`<w:gridSpan w:val="-3"/><w:vMerge w:val="restart"/>`, "x") + `</w:tr><w:tr>` + cell(`<w:vMerge/>`, "") + `</w:tr></w:tbl>`)
	numbering := `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1%2%9、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="-5"/></w:lvlOverride></w:num>`
	f.Fuzz(func(t *testing.T, body string) {
		doc, err := Read("fuzz.docx", docxOf(t, body, numbering), Options{})
		if err == nil {
			checkModel(t, doc)
		}
		if doc, err := Read("fuzz.docx", []byte(body), Options{}); err == nil {
			checkModel(t, doc)
		}
	})
}

// FuzzReadXLSX reads workbooks whose sheet XML is arbitrary: an error or a
// document, never a panic.
//
//	go test ./extract -run XXX -fuzz FuzzReadXLSX -fuzztime 10m
func FuzzReadXLSX(f *testing.F) {
	base := workbook(f, func(x *excelize.File) {
		_ = x.SetSheetRow("Sheet1", "A1", &[]any{"项目", "合计"})
		_ = x.SetSheetRow("Sheet1", "A2", &[]any{"201", 0.3})
		_ = x.MergeCell("Sheet1", "A3", "B4")
	})
	sheet := sheetXML(f, base)
	f.Add(sheet)
	f.Add(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1048576"><c r="XFD1048576" t="s"><v>99</v></c></row></sheetData><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>`)
	f.Fuzz(func(t *testing.T, xml string) {
		data, err := ooxml.Rewrite(base, map[string][]byte{"xl/worksheets/sheet1.xml": []byte(xml)})
		if err != nil {
			t.Fatal(err)
		}
		if doc, err := Read("fuzz.xlsx", data, Options{}); err == nil {
			checkModel(t, doc)
		}
	})
}

// sheetXML returns the first sheet's XML of a workbook.
func sheetXML(t testing.TB, data []byte) string {
	pkg, err := ooxml.Open(data, ooxml.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	b, err := pkg.Read("xl/worksheets/sheet1.xml")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
