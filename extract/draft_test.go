package extract

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/gouji/gouji/extract/ooxml"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"
)

const wordNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`

// zipOf packs parts into a zip.
func zipOf(t testing.TB, parts map[string]string) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/numbering.xml", "word/header1.xml"} {
		if s, ok := parts[name]; ok {
			w, err := zw.Create(name)
			require.NoError(t, err)
			_, err = w.Write([]byte(s))
			require.NoError(t, err)
		}
	}
	require.NoError(t, zw.Close())
	return b.Bytes()
}

// docxOf returns a minimal Word document with body as its w:body.
func docxOf(t testing.TB, body, numbering string) []byte {
	parts := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"_rels/.rels":         `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/document.xml":   `<?xml version="1.0"?><w:document ` + wordNS + `><w:body>` + body + `</w:body></w:document>`,
		"word/header1.xml":    `<w:hdr ` + wordNS + `><w:p><w:r><w:t>页眉 999.99</w:t></w:r></w:p></w:hdr>`,
	}
	if numbering != "" {
		parts["word/numbering.xml"] = `<w:numbering ` + wordNS + `>` + numbering + `</w:numbering>`
	}
	return zipOf(t, parts)
}

func para(text string) string {
	return `<w:p><w:r><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`
}

func cell(props, text string) string {
	return `<w:tc><w:tcPr>` + props + `</w:tcPr>` + para(text) + `</w:tc>`
}

func texts(doc *Document) []string {
	var out []string
	for _, b := range doc.Blocks {
		if b.Paragraph != nil {
			out = append(out, b.Paragraph.Text)
		}
	}
	return out
}

func TestReadDOCXParagraphs(t *testing.T) {
	numbering := `<w:abstractNum w:abstractNumId="0">` +
		`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%1）"/><w:suff w:val="nothing"/></w:lvl>` +
		`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>` +
		`</w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="0"/></w:num>`
	item := func(lvl, text string) string {
		return `<w:p><w:pPr><w:numPr><w:ilvl w:val="` + lvl + `"/><w:numId w:val="7"/></w:numPr></w:pPr><w:r><w:t>` + text + `</w:t></w:r></w:p>`
	}
	body := para("一、收入支出决算总体情况说明") +
		// Tracked changes: the inserted figure prints, the deleted one not.
		`<w:p><w:r><w:t>2021年度收入总计</w:t></w:r><w:del><w:r><w:delText>5,799.79</w:delText></w:r></w:del><w:ins><w:r><w:t>5,799.97</w:t></w:r></w:ins><w:r><w:t>万元。</w:t></w:r></w:p>` +
		// A field prints its result, not its instruction.
		`<w:p><w:r><w:t>合计</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>=SUM(ABOVE)</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>137.01</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>万元</w:t></w:r></w:p>` +
		// A text box prints once, after its anchor paragraph.
		`<w:p><w:r><w:t>正文</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>文本框 12.5万元</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>文本框 12.5万元</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>` +
		item("0", "收入情况") + item("1", "财政拨款收入") + item("1", "其他收入") + item("0", "支出情况") + item("1", "基本支出")
	doc, err := Read("t.docx", docxOf(t, body, numbering), Options{})
	require.NoError(t, err)
	require.Equal(t, []string{
		"一、收入支出决算总体情况说明",
		"2021年度收入总计5,799.97万元。",
		"合计137.01万元",
		"正文",
		"文本框12.5万元",
		"（一）收入情况", "1. 财政拨款收入", "2. 其他收入", "（二）支出情况", "1. 基本支出",
	}, texts(doc))
	// Paragraphs are numbered in the order they start, text boxes counted.
	var nums []int
	for _, b := range doc.Blocks {
		nums = append(nums, b.Paragraph.Lines[0].Paragraph)
		require.Zero(t, b.Paragraph.Page)
	}
	require.Equal(t, []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, nums)
}

func TestReadDOCXTable(t *testing.T) {
	span := func(n string) string { return `<w:gridSpan w:val="` + n + `"/>` }
	row := func(cells ...string) string { return `<w:tr>` + strings.Join(cells, "") + `</w:tr>` }
	body := para("收入决算表") + para("公开02表") + para("金额单位：万元") +
		`<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>` +
		row(cell(`<w:vMerge w:val="restart"/>`, "项目"), cell(span("2"), "本年收入")) +
		row(cell(`<w:vMerge/>`, ""), cell("", "合计"), cell("", "财政拨款")) +
		row(cell("", "201 一般公共服务支出"), cell("", "2,363.29"), cell("", "2,363.29")) +
		`</w:tbl>` + para("注：本表反映部门本年度取得的各项收入情况。") + para("下文")
	doc, err := Read("t.docx", docxOf(t, body, ""), Options{})
	require.NoError(t, err)
	require.Len(t, doc.Blocks, 2)
	tb := doc.Blocks[0].Table
	require.NotNil(t, tb)
	require.Equal(t, "收入决算表", tb.Title)
	require.Equal(t, "公开02表", tb.FormID)
	require.Equal(t, "万元", tb.Unit)
	require.Equal(t, 3, tb.Rows)
	require.Equal(t, 3, tb.Cols)
	require.Equal(t, 2, tb.HeaderRows)
	require.Equal(t, []string{"注：本表反映部门本年度取得的各项收入情况。"}, tb.Notes)
	g := tb.Grid()
	require.Equal(t, "项目", g[1][0].Text, "vMerge continues the cell above")
	require.Equal(t, 2, g[0][0].RowSpan)
	require.Equal(t, "本年收入", g[0][2].Text, "gridSpan widens the cell")
	require.Equal(t, 2, g[0][1].ColSpan)
	require.Equal(t, "2,363.29", g[2][2].Text)
	require.Equal(t, 11, g[2][2].Paragraph, "the paragraphs of cells are counted")
	require.Equal(t, "下文", doc.Blocks[1].Paragraph.Text)
}

func TestReadDraftLimits(t *testing.T) {
	// Old binary Office files: one line saying what to do.
	ole := append([]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), make([]byte, 512)...)
	_, err := Read("report.doc", ole, Options{})
	require.ErrorIs(t, err, ErrLegacy)
	require.Equal(t, "report.doc: Word 97–2003 document: save it as .docx", err.Error())
	_, err = Read("tables.xls", ole, Options{})
	require.Equal(t, "tables.xls: Excel 97–2003 workbook: save it as .xlsx", err.Error())
	_, err = Read("report.wps", ole, Options{})
	require.ErrorIs(t, err, ErrLegacy)

	// A zip that is no Office document.
	_, err = Read("x.docx", zipOf(t, map[string]string{"word/header1.xml": "<a/>"}), Options{})
	require.ErrorIs(t, err, ErrNotPDF)

	// Nesting without end is refused, not followed.
	deep := strings.Repeat("<w:sdt><w:sdtContent>", 300) + para("1") + strings.Repeat("</w:sdtContent></w:sdt>", 300)
	_, err = Read("deep.docx", docxOf(t, deep, ""), Options{})
	require.ErrorIs(t, err, ErrLimit)

	// A zip bomb: a part far larger uncompressed than the limit (lowered
	// here to keep the test fast).
	defer func(l ooxml.Limits) { draftLimits = l }(draftLimits)
	draftLimits.MaxPartBytes = 1 << 20
	big := para(strings.Repeat("0", 2<<20))
	_, err = Read("bomb.docx", docxOf(t, big, ""), Options{})
	require.ErrorIs(t, err, ErrLimit)
	draftLimits.MaxTotalBytes = 1 << 20
	_, err = Read("bomb.xlsx", workbook(t, func(f *excelize.File) {
		// A huge shared-string table: cells hold at most 32767 characters.
		for i := range 80 {
			require.NoError(t, f.SetCellValue("Sheet1", fmt.Sprintf("A%d", i+1), fmt.Sprint(i)+strings.Repeat("0", 30000)))
		}
	}), Options{})
	require.ErrorIs(t, err, ErrLimit)

	// Damaged XML.
	_, err = Read("bad.docx", docxOf(t, "<w:p><w:r>", ""), Options{})
	require.ErrorIs(t, err, ErrDamagedDraft)
	good := docxOf(t, para("1"), "")
	_, err = Read("cut.docx", good[:len(good)/2], Options{})
	require.ErrorIs(t, err, ErrDamagedDraft)
	var ie *InputError
	require.True(t, errors.As(err, &ie))
}

// workbook builds an .xlsx with excelize.
func workbook(t testing.TB, build func(f *excelize.File)) []byte {
	f := excelize.NewFile()
	build(f)
	var b bytes.Buffer
	require.NoError(t, f.Write(&b))
	return b.Bytes()
}

func TestReadXLSX(t *testing.T) {
	data := workbook(t, func(f *excelize.File) {
		s := "Sheet1"
		require.NoError(t, f.SetSheetName(s, "公开05表"))
		s = "公开05表"
		two, err := f.NewStyle(&excelize.Style{NumFmt: 2}) // 0.00
		require.NoError(t, err)
		thousands, err := f.NewStyle(&excelize.Style{NumFmt: 4}) // #,##0.00
		require.NoError(t, err)
		rows := [][]any{
			{"一般公共预算财政拨款支出决算表"},
			{"金额单位：万元"},
			{"项目", nil, "本年支出"},
			{"科目编码", "科目名称", "合计"},
			{"201", "一般公共服务支出", 2363.29},
			{"20104", "发展与改革事务", 0.3},
			{"20113", "商贸事务", 2362.99},
			{"20199", "隐藏的行", 5},
		}
		for i, r := range rows {
			cellName, _ := excelize.CoordinatesToCellName(1, i+1)
			require.NoError(t, f.SetSheetRow(s, cellName, &r))
		}
		require.NoError(t, f.MergeCell(s, "A3", "B3"))
		require.NoError(t, f.SetCellStyle(s, "C5", "C5", thousands))
		require.NoError(t, f.SetCellStyle(s, "C6", "C7", two))
		// A formula prints its cached value.
		require.NoError(t, f.SetCellFormula(s, "C7", "C5-C6"))
		require.NoError(t, f.SetCellValue(s, "C7", 2362.99))
		require.NoError(t, f.SetRowVisible(s, 8, false))
		_, err = f.NewSheet("草稿")
		require.NoError(t, err)
		require.NoError(t, f.SetCellValue("草稿", "A1", "不该读到 999"))
		require.NoError(t, f.SetSheetVisible("草稿", false))
	})
	doc, err := Read("t.xlsx", data, Options{})
	require.NoError(t, err)
	require.Len(t, doc.Blocks, 1)
	tb := doc.Blocks[0].Table
	require.Equal(t, "一般公共预算财政拨款支出决算表", tb.Title)
	require.Equal(t, "公开05表", tb.FormID, "the sheet's name gives the form id")
	require.Equal(t, "万元", tb.Unit)
	require.Equal(t, "公开05表", tb.Sheet)
	require.Equal(t, 5, tb.Rows, "the hidden row is left out")
	require.Equal(t, 2, tb.HeaderRows)
	g := tb.Grid()
	require.Equal(t, "项目", g[0][1].Text, "merged cells are one")
	require.Equal(t, "2,363.29", g[2][2].Text)
	require.Equal(t, "C5", g[2][2].Ref)
	require.Equal(t, "0.30", g[3][2].Text, "a value prints under its number format")
	require.Equal(t, "2362.99", g[4][2].Text)
	require.Len(t, doc.Warnings, 2)
	require.Contains(t, doc.Warnings[0].Message+doc.Warnings[1].Message, "草稿")
}
