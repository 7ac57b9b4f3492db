package reconcile

import (
	"strings"

	"github.com/gouji/gouji/reconcile/tables"
)

// Narratives name classification rows the way their writers remember them:
// by a name the classification has since dropped (医疗卫生与计划生育支出
// became 卫生健康支出 in 2018), or with a slip of one character (其他商贸事物
// 支出 for 其他商贸事务支出). A name is matched with a table row when the two
// are the same once both are read through classRenames, or — as a last
// resort, when exactly one row of the right level qualifies — when they
// differ in one character only.

// classRenames maps former names of 类, 款 and 项 of the function
// classification of expenditure (支出功能分类科目) to their current names.
// Keep it to renames of the national classification: it is general, not a
// list of one report's spellings.
var classRenames = map[string]string{
	// 类
	"医疗卫生与计划生育支出": "卫生健康支出",
	"医疗卫生支出":      "卫生健康支出",
	"文化体育与传媒支出":   "文化旅游体育与传媒支出",
	"国土海洋气象等支出":   "自然资源海洋气象等支出",
	"资源勘探信息等支出":   "资源勘探工业信息等支出",
	"资源勘探电力信息等支出": "资源勘探工业信息等支出",
	"城乡社区事务支出":    "城乡社区支出",
	"农林水事务支出":     "农林水支出",
	"粮油物资储备事务支出":  "粮油物资储备支出",
	"金融监管等事务支出":   "金融支出",
	// 款
	"医疗卫生与计划生育管理事务": "卫生健康管理事务",
	"医疗卫生管理事务":      "卫生健康管理事务",
	"行政事业单位离退休":     "行政事业单位养老支出",
	"文化":            "文化和旅游",
	// 项
	"归口管理的行政单位离退休":   "行政单位离退休",
	"未归口管理的行政单位离退休":  "行政单位离退休",
	"机关事业单位基本养老保险缴费": "机关事业单位基本养老保险缴费支出",
	"机关事业单位职业年金缴费":   "机关事业单位职业年金缴费支出",
}

// levelMarkers are the level words a narrative prints inside a name.
var levelMarkers = strings.NewReplacer("(类)", "", "(款)", "", "(项)", "", "类)", "", "款)", "", "项)", "")

// nameKey is the form of a classification name that comparisons use: the
// table key (no spaces, ASCII brackets, no quotes), without level markers,
// item numbers or a closing full stop, read through classRenames.
func nameKey(s string) string {
	k := tables.StripNumbering(s)
	k = levelMarkers.Replace(k)
	k = strings.TrimRight(k, "。.，,；;")
	if r, ok := classRenames[k]; ok {
		return r
	}
	return k
}

// oneTypo reports whether a and b have the same length and differ in
// exactly one character, and are long enough (four characters) that such
// a difference is a slip rather than another name.
func oneTypo(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) || len(ra) < 4 {
		return false
	}
	diff := 0
	for i := range ra {
		if ra[i] != rb[i] {
			diff++
			if diff > 1 {
				return false
			}
		}
	}
	return diff == 1
}

// nameMatch says how well a printed name matches a table row's name.
type nameMatch int

const (
	matchNone nameMatch = iota
	matchTypo
	matchExact
)

func matchName(printed, label string) nameMatch {
	a, b := nameKey(printed), nameKey(label)
	switch {
	case a == "" || b == "":
		return matchNone
	case a == b:
		return matchExact
	case oneTypo(a, b):
		return matchTypo
	}
	return matchNone
}
