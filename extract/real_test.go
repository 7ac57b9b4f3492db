package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// cellCheck is one table cell read by a person off the rendered page
// (pdftoppm -r 70), not off the extractor's output: the row's label, a word
// of the column heading, and the value as printed ("" for an empty cell).
type cellCheck struct {
	table, row, column, value string
}

// realReport is what a person sees in one real report: the titles of its
// standard tables and some of their cells.
type realReport struct {
	file   string
	titles []string
	cells  []cellCheck
}

var realReports = []realReport{
	{
		file: "putuo-czj-2024-final.pdf",
		titles: []string{"收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表",
			"一般公共预算财政拨款支出决算表", "一般公共预算财政拨款基本支出决算表", "财政拨款“三公”经费支出决算表",
			"政府性基金预算财政拨款收入支出决算表", "国有资本经营预算财政拨款收入支出决算表"},
		cells: []cellCheck{
			{"收入支出决算总表", "一、一般公共预算财政拨款收入", "决算数", "2,940.05"},
			{"收入支出决算总表", "八、其他收入", "决算数", "6.20"},
			{"收入支出决算总表", "一、一般公共服务支出", "决算数", "2,106.66"},
			{"收入支出决算总表", "八、社会保障和就业支出", "决算数", "326.71"},
			{"收入支出决算总表", "十九、住房保障支出", "决算数", "445.69"},
			{"收入支出决算总表", "本年收入合计", "决算数", "2,946.25"},
			{"收入支出决算总表", "本年支出合计", "决算数", "2,940.05"},
			{"一般公共预算财政拨款支出决算表", "行政运行", "项目支出", "8.37"},
			{"一般公共预算财政拨款支出决算表", "行政运行", "基本支出", "1,503.52"},
			{"一般公共预算财政拨款支出决算表", "一般行政管理事务", "基本支出", ""},
			{"一般公共预算财政拨款支出决算表", "机关事业单位基本养老保险缴费支出", "合计", "160.75"},
			{"一般公共预算财政拨款支出决算表", "住房公积金", "基本支出", "187.19"},
			{"一般公共预算财政拨款支出决算表", "购房补贴", "合计", "258.50"},
		},
	},
	{
		file: "putuo-shgzb-2024-final.pdf",
		titles: []string{"收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表",
			"一般公共预算财政拨款支出决算表", "一般公共预算财政拨款基本支出决算表", "财政拨款“三公”经费支出决算表",
			"政府性基金预算财政拨款收入支出决算表", "国有资本经营预算财政拨款收入支出决算表"},
		cells: []cellCheck{
			{"一般公共预算财政拨款支出决算表", "社会工作事务", "项目支出", "202.24"},
			{"一般公共预算财政拨款支出决算表", "行政运行", "基本支出", "51.32"},
			{"一般公共预算财政拨款支出决算表", "行政运行", "项目支出", ""},
			{"一般公共预算财政拨款支出决算表", "事业运行", "合计", "11.31"},
			{"一般公共预算财政拨款支出决算表", "其他社会工作事务支出", "项目支出", "202.24"},
			{"一般公共预算财政拨款支出决算表", "机关事业单位基本养老保险缴费支出", "合计", "6.18"},
			{"一般公共预算财政拨款支出决算表", "机关事业单位职业年金缴费支出", "基本支出", "4.64"},
			{"一般公共预算财政拨款支出决算表", "事业单位医疗", "合计", "0.49"},
			{"一般公共预算财政拨款支出决算表", "住房公积金", "基本支出", "17.70"},
			{"一般公共预算财政拨款支出决算表", "购房补贴", "合计", "11.72"},
			{"一般公共预算财政拨款支出决算表", "合计", "基本支出", "105.58"},
		},
	},
	{
		file: "putuo-wanli-2024-budget.pdf",
		titles: []string{"2024年部门财务收支预算总表", "2024年部门收入预算总表", "2024年部门支出预算总表",
			"2024年部门财政拨款收支预算总表", "2024年部门一般公共预算支出功能分类预算表",
			"2024年部门政府性基金预算支出功能分类预算表", "2024年部门国有资本经营预算支出功能分类预算表",
			"2024年部门一般公共预算基本支出部门预算经济分类预算表", "部门“三公”经费和机关运行经费预算表"},
		cells: []cellCheck{
			{"2024年部门财政拨款收支预算总表", "一、一般公共预算资金", "预算数", "156,211,123"},
			{"2024年部门财政拨款收支预算总表", "一、一般公共服务支出", "合计", "2,932,700"},
			{"2024年部门财政拨款收支预算总表", "二、公共安全支出", "一般公共预算", "1,633,000"},
			{"2024年部门财政拨款收支预算总表", "六、社会保障和就业支出", "政府性基金预算", ""},
			{"2024年部门财政拨款收支预算总表", "八、城乡社区支出", "合计", "119,385,303"},
			{"2024年部门财政拨款收支预算总表", "九、住房保障支出", "一般公共预算", "8,882,399"},
			{"2024年部门财政拨款收支预算总表", "收入总计", "预算数", "156,211,123"},
			{"2024年部门财政拨款收支预算总表", "支出总计", "合计", "156,211,123"},
			{"部门“三公”经费和机关运行经费预算表", "", "合计", "47.91"},
			{"部门“三公”经费和机关运行经费预算表", "", "因公出国(境)费", "0"},
			{"部门“三公”经费和机关运行经费预算表", "", "公务接待费", "1.35"},
			{"部门“三公”经费和机关运行经费预算表", "", "购置费", "25"},
			{"部门“三公”经费和机关运行经费预算表", "", "运行费", "21.56"},
			{"部门“三公”经费和机关运行经费预算表", "", "机关运行经费", "443.18"},
		},
	},
	{
		file: "jiangsu-court-2019-budget.pdf",
		titles: []string{"收支预算总表", "收入预算总表", "支出预算总表", "财政拨款收支预算总表",
			"财政拨款支出预算表（功能科目）", "财政拨款基本支出预算表（经济科目）", "一般公共预算支出预算表（功能科目）",
			"“三公”经费、会议费、培训费支出预算表", "一般公共预算机关运行经费支出预算表", "政府采购支出预算表"},
		cells: []cellCheck{
			{"财政拨款收支预算总表", "一、一般公共预算", "金额", "37,188.34"},
			{"财政拨款收支预算总表", "一、基本支出", "金额", "21,968.00"},
			{"财政拨款收支预算总表", "三、单位预留机动经费", "金额", "5,011.40"},
			{"财政拨款收支预算总表", "收入合计", "金额", "37,188.34"},
			{"财政拨款支出预算表（功能科目）", "公共安全支出", "金额", "27,488.23"},
			{"财政拨款支出预算表（功能科目）", "法院", "金额", "27,488.23"},
			{"财政拨款支出预算表（功能科目）", "行政运行", "金额", "17,279.29"},
			{"财政拨款支出预算表（功能科目）", "案件审判", "金额", "1,599.11"},
			{"财政拨款支出预算表（功能科目）", "机关事业单位基本养老保险缴费支出", "金额", "1,384.70"},
			{"财政拨款支出预算表（功能科目）", "提租补贴", "金额", "5,465.10"},
		},
	},
	{
		// The national template prints the tables' labels with empty value
		// cells: the checks assert the labels and that the values are empty.
		file: "national-template-final.pdf",
		titles: []string{"收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表",
			"一般公共预算财政拨款支出决算表", "一般公共预算财政拨款基本支出决算表", "财政拨款“三公”经费支出决算表",
			"政府性基金预算财政拨款收入支出决算表", "国有资本经营预算财政拨款收入支出决算表"},
		cells: []cellCheck{
			{"收入支出决算总表", "一、一般公共预算财政拨款收入", "决算数", ""},
			{"收入支出决算总表", "八、其他收入", "决算数", ""},
			{"收入支出决算总表", "二十四、抗疫特别国债安排的支出", "决算数", ""},
			{"收入支出决算总表", "使用非财政拨款结余", "决算数", ""},
			{"收入支出决算总表", "年末结转和结余", "决算数", ""},
			{"一般公共预算财政拨款支出决算表", "教育支出", "合计", ""},
			{"一般公共预算财政拨款支出决算表", "普通教育", "基本支出", ""},
			{"一般公共预算财政拨款支出决算表", "高等教育", "项目支出", ""},
			{"一般公共预算财政拨款支出决算表", "文化旅游体育与传媒支出", "合计", ""},
			{"一般公共预算财政拨款支出决算表", "其他文化旅游体育与传媒支出", "基本支出", ""},
		},
	},
}

func TestRealReports(t *testing.T) {
	for _, rr := range realReports {
		t.Run(rr.file, func(t *testing.T) {
			doc, err := Open("../corpus/real/"+rr.file, Options{})
			require.NoError(t, err)
			assert.Empty(t, doc.Warnings, "no page skipped")
			// Every text decodes cleanly to Han text.
			han := map[int]bool{}
			for _, b := range doc.Blocks {
				for _, pt := range blockTexts(b) {
					assert.True(t, validText(pt.text), "page %d: %q has replacement or control characters", pt.page, pt.text)
					if strings.IndexFunc(pt.text, IsHan) >= 0 {
						han[pt.page] = true
					}
				}
			}
			// Every page but blank ones (one separator page in the
			// Putuo reports) has Han text.
			assert.GreaterOrEqual(t, len(han), len(doc.Pages)-1, "pages with Han text")
			tables := map[string]*Table{}
			for _, b := range doc.Blocks {
				if b.Table != nil && b.Table.Title != "" {
					tables[squash(b.Table.Title)] = b.Table
				}
			}
			for _, title := range rr.titles {
				assert.Contains(t, tables, squash(title), "table %q", title)
			}
			for _, c := range rr.cells {
				tb := tables[squash(c.table)]
				if !assert.NotNil(t, tb, "table %q", c.table) {
					continue
				}
				got, ok := lookup(tb, c.row, c.column)
				if assert.True(t, ok, "%s: row %q column %q not found", c.table, c.row, c.column) {
					assert.Equal(t, c.value, got, "%s: row %q column %q", c.table, c.row, c.column)
				}
			}
		})
	}
}

type pageText struct {
	page int
	text string
}

func blockTexts(b Block) []pageText {
	var out []pageText
	if b.Paragraph != nil {
		for _, l := range b.Paragraph.Lines {
			out = append(out, pageText{l.Page, l.Text})
		}
		return out
	}
	for _, c := range b.Table.Cells {
		out = append(out, pageText{c.Page, c.Text})
	}
	if b.Table.Title != "" {
		out = append(out, pageText{b.Table.Pages[0], b.Table.Title})
	}
	return out
}

func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// lookup finds the cell in the row labelled row (the first data row when
// row is "") under the first column to the right of the label whose
// heading contains column. Both sides of a 收入|支出 table have a 决算数
// column; the nearest one to the right of the label is the label's.
func lookup(t *Table, row, column string) (string, bool) {
	rows := tableRows(t)
	// A column's heading is its lowest heading cell: "运行费", not the
	// "公务用车购置及运行费" spanning above it.
	heads := make([]string, t.Cols)
	for c := 0; c < t.Cols; c++ {
		for r := 0; r < t.HeaderRows && r < len(rows); r++ {
			if s := squash(t.Text(r, c)); s != "" {
				heads[c] = s
			}
		}
	}
	for r := t.HeaderRows; r < len(rows); r++ {
		lc := -1
		if row == "" {
			if r != t.HeaderRows {
				break
			}
		} else {
			for c, s := range rows[r] {
				if squash(s) == squash(row) {
					lc = c
					break
				}
			}
			if lc < 0 {
				continue
			}
		}
		for c := lc + 1; c < t.Cols; c++ {
			if strings.Contains(heads[c], squash(column)) {
				if row != "" && squash(rows[r][c]) == squash(row) {
					continue
				}
				return rows[r][c], true
			}
		}
	}
	return "", false
}

// validText reports whether s decodes cleanly: no replacement characters and
// no control characters.
func validText(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || unicode.IsControl(r) {
			return false
		}
	}
	return true
}
