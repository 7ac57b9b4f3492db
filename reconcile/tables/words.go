package tables

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/gouji/gouji/num"
)

// Key returns the form of a heading or row label that comparisons use:
// no spaces (PDF text puts them inside words: "收 入", "公务用车购置 费"),
// ASCII parentheses, no quotation marks and no trailing colon. Labels are
// compared on keys, never on the text as printed.
func Key(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case ' ', '\t', '\n', '\r', '\u3000', '\u00a0':
			continue
		case '（':
			r = '('
		case '）':
			r = ')'
		case '“', '”', '"', '‘', '’', '\'', '「', '」':
			continue
		case '：':
			r = ':'
		}
		b.WriteRune(r)
	}
	return strings.TrimRight(b.String(), ":")
}

// ordinalPattern matches a top-level item number: "一、", "二十六、".
var ordinalPattern = regexp.MustCompile(`^[一二三四五六七八九十]+[、.．]`)

// subItemPattern matches a second-level item number: "1.", "1、", "（一）",
// "(1)", "①", or an explicit "其中".
var subItemPattern = regexp.MustCompile(`^(?:\d+[.、．]|[（(][一二三四五六七八九十\d]+[）)]|[①-⑳]|其中[:：]?)`)

// Ordinal reports whether a label starts with a top-level item number.
func Ordinal(label string) bool { return ordinalPattern.MatchString(Key(label)) }

// SubItem reports whether a label starts with a second-level item number.
func SubItem(label string) bool { return subItemPattern.MatchString(Key(label)) }

// StripNumbering removes a leading item number ("一、", "1.", "（一）",
// "其中：") from a label.
func StripNumbering(label string) string {
	k := Key(label)
	if m := ordinalPattern.FindString(k); m != "" {
		return k[len(m):]
	}
	if m := subItemPattern.FindString(k); m != "" {
		return strings.TrimPrefix(k[len(m):], ":")
	}
	return k
}

// totalPattern matches the labels of total rows and columns: 合计, 总计,
// 小计 and compounds such as 本年收入合计, 收入总计, 当年支出小计,
// 人员经费合计. A label of more than twelve characters is a sentence, not
// a total.
var totalPattern = regexp.MustCompile(`^.{0,8}(?:合计|总计|小计)$|^合\s*计|^总\s*计`)

// IsTotal reports whether a label names a total.
func IsTotal(label string) bool {
	k := StripNumbering(label)
	return k != "" && utf8.RuneCountInString(k) <= 12 && totalPattern.MatchString(k)
}

// IsGrandTotal reports whether a label names the last total of a statement
// (总计, 收入总计, 支出总计): the one that adds carried-over balances to the
// year's total.
func IsGrandTotal(label string) bool {
	k := StripNumbering(label)
	return IsTotal(k) && strings.HasSuffix(k, "总计")
}

// IsCarry reports whether a statement row is a balance carried in or out
// (年初结转和结余, 使用非财政拨款结余, 结余分配, 年末结转和结余, 上年结转资金,
// 结转下年资金): such rows add to the year's total to give 总计.
func IsCarry(label string) bool {
	k := StripNumbering(label)
	return !IsTotal(k) && (strings.Contains(k, "结转") || strings.Contains(k, "结余"))
}

// codePattern matches a classification code in one cell: 201, 20113,
// 2011301; function codes start with 2, economic codes with 3, income
// codes with 1.
var codePattern = regexp.MustCompile(`^[123]\d{2}(?:\d{2}){0,2}$`)

// govCodePattern matches a 政府预算支出经济分类 code (503, 50306), printed in
// a column of its own beside the 部门预算 economic code.
var govCodePattern = regexp.MustCompile(`^5\d{2}(?:\d{2})?$`)

// IsCode reports whether s is a whole classification code.
func IsCode(s string) bool { return codePattern.MatchString(strings.TrimSpace(s)) }

// codeNamePattern matches a code and name printed in one cell
// ("2011301 行政运行", "30207邮电费"), the code possibly in brackets
// ("[2010501]行政运行", "【201】一般公共服务支出").
var codeNamePattern = regexp.MustCompile(`^(?:[\[【]\s*([123]\d{2}(?:\d{2}){0,2})\s*[\]】]|([123]\d{2}(?:\d{2}){0,2}))\s*([^\d\s.,%].*)$`)

// SplitCodeName splits "2011301 行政运行" into code and name; ok is false
// when s does not start with a code.
func SplitCodeName(s string) (code, name string, ok bool) {
	m := codeNamePattern.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return "", "", false
	}
	return m[1] + m[2], strings.TrimSpace(m[3]), true
}

// partPattern matches the 款 or 项 part of a code split over cells: one or
// two digits ("06", "01", and "2" where the leading zero was dropped).
var partPattern = regexp.MustCompile(`^\d{1,2}$`)

// dashes are printed in place of an amount to say "none".
var dashes = map[string]bool{"-": true, "—": true, "－": true, "--": true, "——": true, "/": true, "…": true, "...": true}

// IsNil reports whether a cell says "no value": empty or a dash.
func IsNil(s string) bool {
	s = strings.TrimSpace(s)
	return s == "" || dashes[s]
}

// ParseAmount reads a cell as a printed amount. Percentages are read too;
// pct says the cell carried a % sign.
func ParseAmount(s string) (v num.Value, pct, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return num.Value{}, false, false
	}
	pct = strings.HasSuffix(s, "%")
	v, ok = num.Parse(s)
	return v, pct, ok
}

// labelHeadings are column headings of label columns (the row's name).
var labelHeadings = []string{"项目", "科目名称", "功能分类科目名称", "经济分类科目名称", "项目名称", "名称", "单位名称", "功能科目名称", "经济科目名称", "科目"}

// seqHeadings are headings of columns that number rows or columns.
var seqHeadings = []string{"行次", "栏次", "序号", "行号"}

func isLabelHeading(k string) bool {
	for _, h := range labelHeadings {
		if k == h {
			return true
		}
	}
	return strings.HasSuffix(k, "名称")
}

func isSeqHeading(k string) bool {
	for _, h := range seqHeadings {
		if k == h {
			return true
		}
	}
	return false
}

func isCodeHeading(k string) bool {
	return strings.Contains(k, "编码") || k == "类" || k == "款" || k == "项" || k == "科目代码"
}
