package tables

import (
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/gouji/gouji/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// seedPath is the seed report, found from this file so that tests run
// from any directory.
func seedPath(t *testing.T) string {
	_, file, _, ok := runtime.Caller(0)
	require.True(t, ok)
	return filepath.Join(filepath.Dir(file), "..", "..", "corpus", "seed", "seed.txt")
}

func seedIndex(t *testing.T) *Index {
	doc, err := extract.Open(seedPath(t), extract.Options{})
	require.NoError(t, err)
	return NewIndex(doc)
}

// readTable reads one table written in the seed's text format: a title
// line, a unit line, then tab-separated rows.
func readTable(t *testing.T, text string) *Table {
	doc, err := extract.ReadText("t.txt", strings.NewReader(text))
	require.NoError(t, err)
	ix := NewIndex(doc)
	require.Len(t, ix.Tables, 1)
	return ix.Tables[0]
}

func recordByCode(tb *Table, code string) *Record {
	for _, r := range tb.Records {
		if r.Code == code {
			return r
		}
	}
	return nil
}

func recordByLabel(tb *Table, label string) *Record {
	for _, r := range tb.Records {
		if Key(r.Label) == label {
			return r
		}
	}
	return nil
}

func TestSeedKinds(t *testing.T) {
	ix := seedIndex(t)
	want := map[string]Kind{
		"收入支出决算总表":              KindSummary,
		"收入决算表":                 KindIncome,
		"支出决算表":                 KindExpenditure,
		"财政拨款收入支出决算总表":          KindFiscalSummary,
		"一般公共预算财政拨款支出决算表":       KindGeneral,
		"一般公共预算财政拨款基本支出决算明细表":   KindBasic,
		"一般公共预算财政拨款“三公”经费支出决算表": KindSanGong,
		"政府性基金预算财政拨款收入支出决算表":    KindGovFund,
		"国有资本经营预算财政拨款支出决算表":     KindStateCapital,
		"2021年度部门整体支出绩效自评表":     KindOther,
		// The self-evaluation's 绩效指标 part, printed under it as a
		// table of its own without a title.
		"": KindOther,
	}
	require.Len(t, ix.Tables, len(want))
	for _, tb := range ix.Tables {
		k, ok := want[tb.Src.Title]
		require.True(t, ok, tb.Src.Title)
		assert.Equal(t, k, tb.Kind, tb.Src.Title)
		assert.False(t, tb.Budget, tb.Src.Title)
	}
	assert.Len(t, ix.ByForm("5"), 1)
	assert.Equal(t, KindGeneral, ix.ByForm("05")[0].Kind)
}

func TestBudgetTitles(t *testing.T) {
	cases := map[string]Kind{
		"2024年部门财务收支预算总表":        KindSummary,
		"部门收支总表":                 KindSummary,
		"收支预算总表":                 KindSummary,
		"2024年部门收入预算总表":          KindIncome,
		"部门收入总表":                 KindIncome,
		"2024年部门支出预算总表":          KindExpenditure,
		"部门支出总表":                 KindExpenditure,
		"2024年部门财政拨款收支预算总表":      KindFiscalSummary,
		"财政拨款收支总表":               KindFiscalSummary,
		"2024年部门一般公共预算支出功能分类预算表": KindGeneral,
		"一般公共预算支出预算表（功能科目）":      KindGeneral,
		"2024年部门一般公共预算基本支出部门预算经济分类预算表": KindBasic,
		"财政拨款基本支出预算表（经济科目）":            KindBasic,
		"部门“三公”经费和机关运行经费预算表":           KindSanGong,
		"“三公”经费、会议费、培训费支出预算表":          KindSanGong,
		"2024年部门政府性基金预算支出功能分类预算表":      KindGovFund,
		"财政拨款支出预算表（功能科目）":              KindFiscalExpenditure,
		"一般公共预算机关运行经费支出预算表":            KindOther,
		"政府采购支出预算表":                    KindOther,
	}
	for title, want := range cases {
		k, _ := recognise(title, nil)
		assert.Equal(t, want, k, title)
	}
	_, scope := recognise("一般公共预算基本支出预算表（经济科目）", nil)
	assert.Equal(t, ScopeGeneral, scope)
	_, scope = recognise("财政拨款基本支出预算表（经济科目）", nil)
	assert.Equal(t, ScopeFiscal, scope)
}

func TestKindFromHeadingsWithoutTitle(t *testing.T) {
	tb := readTable(t, "项目\t\t本年收入合计\t财政拨款收入\t事业收入\n合计\t\t10.00\t10.00\t\n")
	assert.Equal(t, KindIncome, tb.Kind)
}

func TestSeedHeadings(t *testing.T) {
	ix := seedIndex(t)
	// 三公: a heading row reads 合计, which extract takes for data; the
	// four heading rows are found, and the empty cells after 预算数 and
	// 公务用车购置及运行费 read as merged headings.
	sg := ix.ByKind(KindSanGong)[0]
	assert.Equal(t, 4, sg.Header)
	var heads []string
	for _, c := range sg.Columns {
		if c.Role == RoleValue {
			heads = append(heads, c.Heading())
		}
	}
	assert.Equal(t, []string{
		"预算数/合计", "预算数/因公出国(境)费", "预算数/公务用车购置及运行费/小计",
		"预算数/公务用车购置及运行费/公务用车购置费", "预算数/公务用车购置及运行费/公务用车运行费", "预算数/公务接待费",
		"决算数/合计", "决算数/因公出国(境)费", "决算数/公务用车购置及运行费/小计",
		"决算数/公务用车购置及运行费/公务用车购置费", "决算数/公务用车购置及运行费/公务用车运行费", "决算数/公务接待费",
	}, heads)

	gen := ix.ByKind(KindGeneral)[0]
	assert.Equal(t, 3, gen.Header)
	assert.Equal(t, "本年支出/基本支出", gen.Columns[3].Heading())
	assert.Equal(t, RoleCode, gen.Columns[0].Role)
	assert.Equal(t, RoleLabel, gen.Columns[1].Role)
}

func TestSeedPanels(t *testing.T) {
	ix := seedIndex(t)
	basic := ix.ByKind(KindBasic)[0]
	require.Len(t, basic.Panels, 3)
	for _, p := range basic.Panels {
		vc := basic.ValueColumns(p.Index)
		require.Len(t, vc, 1)
		assert.Equal(t, "决算数", basic.RelKey(vc[0]))
	}
	// 公用经费合计 is printed over the second and third panels; its amount
	// stands in the third.
	pub := recordByLabel(basic, "公用经费合计")
	require.NotNil(t, pub)
	c, ok := basic.CellByKey(pub, "决算数")
	require.True(t, ok)
	assert.True(t, c.Has)
	assert.Equal(t, "960.09", c.Value.String())

	r310 := recordByCode(basic, "31002")
	require.NotNil(t, r310)
	assert.Equal(t, "310", r310.Parent.Code)

	sum := ix.ByKind(KindSummary)[0]
	require.Len(t, sum.Panels, 2)
	assert.Equal(t, []int{0}, incomeSide(sum))
	r := recordByLabel(sum, "一、一般公共服务支出")
	require.NotNil(t, r)
	assert.Equal(t, "201", r.Class)
	assert.Equal(t, 0, r.Level, "summary 类 rows are items, not a hierarchy")
}

func incomeSide(t *Table) []int {
	var out []int
	for _, p := range t.Panels {
		if strings.HasPrefix(t.Columns[p.Columns[0]].Heading(), "收入") {
			out = append(out, p.Index)
		}
	}
	return out
}

func TestEmptyIsNotZero(t *testing.T) {
	tb := readTable(t, "项目\t\t合计\t基本支出\t项目支出\n科目编码\t科目名称\t\t\t\n201\t一般公共服务支出\t0.00\t\t-\n")
	r := recordByCode(tb, "201")
	require.NotNil(t, r)
	cells := tb.ColumnsOf(r)
	require.Len(t, cells, 3)
	assert.True(t, r.Cells[cells[0]].Has, "0.00 is a printed value")
	assert.True(t, r.Cells[cells[0]].Value.D.IsZero())
	assert.False(t, r.Cells[cells[1]].Has, "an empty cell has no value")
	assert.False(t, r.Cells[cells[2]].Has, "a dash has no value")
	assert.False(t, r.Heading)
}

// A PDF layout: the code split over 类/款/项 cells, the 类 printed once per
// group, a 款 printed without its leading zero, a name wrapped into the
// code's row.
func TestSplitCodes(t *testing.T) {
	tb := readTable(t, strings.Join([]string{
		"收入决算表",
		"单位：万元",
		"项目\t\t\t\t本年收入合计\t财政拨款收入\t其他收入",
		"支出功能分类科目编码\t\t\t科目名称\t\t\t",
		"类\t款\t项\t\t\t\t",
		"\t\t\t合计\t2,946.25\t2,940.05\t6.20",
		"201\t\t\t一般公共服务支出\t2,112.86\t2,106.66\t6.20",
		"201\t06\t\t财政事务\t2,112.86\t2,106.66\t6.20",
		"201\t06\t01\t行政运行\t1,511.90\t1,511.89\t0.01",
		"\t\t02\t一般行政管理事务\t16.19\t10.00\t6.19",
		"301\t2\t\t津贴补贴\t1.00\t1.00\t",
	}, "\n"))
	assert.Equal(t, KindIncome, tb.Kind)
	assert.Equal(t, 3, tb.Header)
	roles := []Role{tb.Columns[0].Role, tb.Columns[1].Role, tb.Columns[2].Role, tb.Columns[3].Role}
	assert.Equal(t, []Role{RoleCode, RolePart, RolePart, RoleLabel}, roles)
	for _, code := range []string{"201", "20106", "2010601", "2010602", "30102"} {
		assert.NotNil(t, recordByCode(tb, code), code)
	}
	r := recordByCode(tb, "2010602")
	require.NotNil(t, r)
	assert.Equal(t, "一般行政管理事务", r.Label)
	assert.Equal(t, "20106", r.Parent.Code)
	assert.Equal(t, 3, r.Level)
	tot := recordByLabel(tb, "合计")
	require.NotNil(t, tot)
	assert.Equal(t, "", tot.Code)
}

// Code and name in one cell, as some PDFs print them ("30207邮电费").
func TestCodeAndNameInOneCell(t *testing.T) {
	tb := readTable(t, strings.Join([]string{
		"基本支出表",
		"经济分类科目\t决算数",
		"301 工资福利支出\t3.00",
		"30101 基本工资\t1.00",
		"30102津贴补贴\t2.00",
	}, "\n"))
	r := recordByCode(tb, "30102")
	require.NotNil(t, r)
	assert.Equal(t, "津贴补贴", r.Label)
	assert.Equal(t, "301", r.Parent.Code)
}

// A grid rebuilt from a PDF: merged heading cells (ColSpan, RowSpan), the
// 三公 layout with 预算数 and 决算数 under each item.
func TestMergedHeadingGrid(t *testing.T) {
	cell := func(r, c, rs, cs int, text string) extract.Cell {
		return extract.Cell{Row: r, Col: c, RowSpan: rs, ColSpan: cs, Text: text, Page: 3}
	}
	src := &extract.Table{
		Title: "财政拨款“三公”经费支出决算表", Unit: "万元", Pages: []int{3}, Rows: 4, Cols: 8, HeaderRows: 3,
		Cells: []extract.Cell{
			cell(0, 0, 1, 8, "财政拨款“三公”经费"),
			cell(1, 0, 1, 2, "合计"), cell(1, 2, 1, 2, "因公出国（境）费"), cell(1, 4, 1, 2, "公务用车购置及运行费"), cell(1, 6, 1, 2, "公务接待费"),
			cell(2, 0, 1, 1, "预算数"), cell(2, 1, 1, 1, "决算数"), cell(2, 2, 1, 1, "预算数"), cell(2, 3, 1, 1, "决算数"),
			cell(2, 4, 1, 1, "预算数"), cell(2, 5, 1, 1, "决算数"), cell(2, 6, 1, 1, "预算数"), cell(2, 7, 1, 1, "决算数"),
			cell(3, 0, 1, 1, "0.95"), cell(3, 6, 1, 1, "0.95"),
		},
	}
	tb := Analyse(src, 0)
	assert.Equal(t, KindSanGong, tb.Kind)
	assert.Equal(t, 3, tb.Header)
	assert.Equal(t, "财政拨款三公经费/因公出国(境)费/决算数", tb.Columns[3].Heading())
	require.Len(t, tb.Records, 1)
	assert.Equal(t, "0.95", tb.Records[0].Cells[0].Value.String())
	assert.False(t, tb.Records[0].Cells[1].Has)
}

// Rows whose level shows only by indentation: 类 named, 款 and 项 indented.
func TestIndentationHierarchy(t *testing.T) {
	cell := func(r, c int, x float64, text string) extract.Cell {
		return extract.Cell{Row: r, Col: c, RowSpan: 1, ColSpan: 1, Text: text, Page: 1, Box: extract.Rect{X0: x, Y0: float64(r * 10), X1: x + 50, Y1: float64(r*10 + 8)}}
	}
	src := &extract.Table{
		Title: "一般公共预算财政拨款支出决算表", Pages: []int{1}, Rows: 5, Cols: 2, HeaderRows: 1,
		Cells: []extract.Cell{
			cell(0, 0, 10, "科目名称"), cell(0, 1, 200, "合计"),
			cell(1, 0, 10, "一般公共服务支出"), cell(1, 1, 200, "3.00"),
			cell(2, 0, 20, "商贸事务"), cell(2, 1, 200, "3.00"),
			cell(3, 0, 30, "行政运行"), cell(3, 1, 200, "1.00"),
			cell(4, 0, 30, "一般行政管理事务"), cell(4, 1, 200, "2.00"),
		},
	}
	tb := Analyse(src, 0)
	require.Len(t, tb.Records, 4)
	assert.Equal(t, 1, tb.Records[0].Level)
	assert.Equal(t, 2, tb.Records[1].Level)
	assert.Same(t, tb.Records[0], tb.Records[1].Parent)
	assert.Equal(t, 3, tb.Records[3].Level)
	assert.Same(t, tb.Records[1], tb.Records[3].Parent)
}

// Malformed input must not panic.
func TestMalformedTable(t *testing.T) {
	src := &extract.Table{Rows: 2, Cols: 2, Cells: []extract.Cell{
		{Row: -1, Col: 0, Text: "x"}, {Row: 0, Col: 5, ColSpan: 3, Text: "y"}, {Row: 1, Col: 1, RowSpan: 9, Text: "1.00"},
	}}
	assert.NotPanics(t, func() { Analyse(src, 0) })
	assert.NotPanics(t, func() { Analyse(nil, 0) })
	assert.NotPanics(t, func() { NewIndex(nil) })
}

func TestWords(t *testing.T) {
	assert.True(t, IsTotal("本年收入合计"))
	assert.True(t, IsTotal("合 计"))
	assert.True(t, IsTotal("人员经费合计"))
	assert.True(t, IsGrandTotal("总计"))
	assert.False(t, IsTotal("年初结转和结余"))
	assert.True(t, IsCarry("年初结转和结余"))
	assert.True(t, IsCarry("使用非财政拨款结余（含专用结余）"))
	assert.False(t, IsCarry("本年支出合计"))
	assert.True(t, Ordinal("二十六、抗疫特别国债安排的支出"))
	assert.True(t, SubItem("1.一般公共预算"))
	assert.Equal(t, "一般公共服务支出", StripNumbering("一、一般公共服务支出"))
	assert.Equal(t, "210", FunctionClassCode("医疗卫生与计划生育支出"))
	assert.Equal(t, "因公出国(境)费", Key("因公出国 （境）费"))
}

// A code and name merged over two rows of a PDF grid (a wrapped name)
// make one record, whichever row the amounts stand on.
func TestRowSpanLabelIsOneRecord(t *testing.T) {
	cell := func(r, c, rs int, text string) extract.Cell {
		return extract.Cell{Row: r, Col: c, RowSpan: rs, ColSpan: 1, Text: text, Page: 2}
	}
	src := &extract.Table{
		Title: "支出决算表", Pages: []int{2}, Rows: 4, Cols: 3, HeaderRows: 1,
		Cells: []extract.Cell{
			cell(0, 0, 1, "科目编码"), cell(0, 1, 1, "科目名称"), cell(0, 2, 1, "本年支出合计"),
			cell(1, 0, 1, "20805"), cell(1, 1, 1, "行政事业单位养老支出"), cell(1, 2, 1, "160.75"),
			cell(2, 0, 2, "2080505"), cell(2, 1, 2, "机关事业单位基本养老保险缴费支出"),
			cell(3, 2, 1, "160.75"),
		},
	}
	tb := Analyse(src, 0)
	require.Len(t, tb.Records, 2)
	r := tb.Records[1]
	assert.Equal(t, "2080505", r.Code)
	assert.Equal(t, 2, r.Row)
	assert.True(t, r.Cells[2].Has)
	assert.Equal(t, "20805", r.Parent.Code)
}

func TestSplitCodeNameBrackets(t *testing.T) {
	for _, s := range []string{"[2010501]行政运行", "【2010501】行政运行", "2010501 行政运行", "2010501行政运行"} {
		code, name, ok := SplitCodeName(s)
		assert.True(t, ok, s)
		assert.Equal(t, "2010501", code, s)
		assert.Equal(t, "行政运行", name, s)
	}
	_, _, ok := SplitCodeName("[20105 统计信息事务")
	assert.False(t, ok)
}

// A column-number row whose label cell holds asterisks (hangzhou-qxj's
// 三公 table: ** | 1 | 2 | 3) numbers the columns: it is heading, not data.
func TestAsteriskColumnNumbers(t *testing.T) {
	tb := readTable(t, strings.Join([]string{
		"“三公”经费预算表",
		"单位：万元",
		"单位名称\t三公经费合计\t因公出国(境)费用\t公务接待费",
		"**\t1\t2\t3",
		"合计\t24.02\t\t6.02",
	}, "\n")+"\n")
	require.Len(t, tb.Records, 1)
	assert.Equal(t, "合计", tb.Records[0].Label)
	assert.Equal(t, "三公经费合计", tb.Columns[1].Heading())
}

// A circled item number is numbering: "①工资福利支出" names 301.
func TestStripCircledNumber(t *testing.T) {
	assert.Equal(t, "工资福利支出", StripNumbering("①工资福利支出"))
	assert.Equal(t, "301", EconomicClassCode("②工资福利支出"))
	assert.True(t, SubItem("⑳其他"))
}
