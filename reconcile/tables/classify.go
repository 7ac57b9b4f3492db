package tables

import "strings"

// functionClasses maps the names of the 类 of the national function
// classification of expenditure (政府收支分类科目, 支出功能分类) to their codes.
// Summary tables (收入支出决算总表, 财政拨款收入支出决算总表, 部门收支总表)
// list these 类 by name only, with an item number instead of a code; the
// codes let those rows be matched with the coded rows of other tables.
// Older names (before the 2018/2019 renames) are kept as aliases.
var functionClasses = map[string]string{
	"一般公共服务支出":       "201",
	"外交支出":           "202",
	"国防支出":           "203",
	"公共安全支出":         "204",
	"教育支出":           "205",
	"科学技术支出":         "206",
	"文化旅游体育与传媒支出":    "207",
	"文化体育与传媒支出":      "207",
	"社会保障和就业支出":      "208",
	"社会保险基金支出":       "209",
	"卫生健康支出":         "210",
	"医疗卫生与计划生育支出":    "210",
	"医疗卫生支出":         "210",
	"节能环保支出":         "211",
	"城乡社区支出":         "212",
	"城乡社区事务支出":       "212",
	"农林水支出":          "213",
	"农林水事务支出":        "213",
	"交通运输支出":         "214",
	"资源勘探工业信息等支出":    "215",
	"资源勘探信息等支出":      "215",
	"资源勘探电力信息等支出":    "215",
	"商业服务业等支出":       "216",
	"金融支出":           "217",
	"金融监管等事务支出":      "217",
	"援助其他地区支出":       "219",
	"自然资源海洋气象等支出":    "220",
	"国土海洋气象等支出":      "220",
	"住房保障支出":         "221",
	"粮油物资储备支出":       "222",
	"粮油物资储备事务支出":     "222",
	"国有资本经营预算支出":     "223",
	"灾害防治及应急管理支出":    "224",
	"预备费":            "227",
	"其他支出":           "229",
	"转移性支出":          "230",
	"债务还本支出":         "231",
	"债务付息支出":         "232",
	"债务发行费用支出":       "233",
	"抗疫特别国债安排的支出":    "234",
	"抗疫特别国债安排的支出(类)": "234",
}

// FunctionClassCode returns the code of a function 类 named by label
// ("一、一般公共服务支出", "一般公共服务（类）支出"), or "".
func FunctionClassCode(label string) string {
	k := StripNumbering(label)
	k = strings.ReplaceAll(k, "(类)", "")
	if c, ok := functionClasses[k]; ok {
		return c
	}
	return ""
}

// PersonnelClass reports whether an economic 类 belongs to 人员经费: in the
// classification of basic expenditure, 人员经费 is 工资福利支出 (301) plus
// 对个人和家庭的补助 (303); every other 类 of basic expenditure (商品和服务支出
// 302, 债务利息及费用支出 307, 资本性支出 309/310, 其他支出 399) is 公用经费.
func PersonnelClass(code string) bool {
	return strings.HasPrefix(code, "301") || strings.HasPrefix(code, "303")
}

// EconomicCode reports whether code belongs to the economic classification
// (3xx) rather than the function classification (2xx).
func EconomicCode(code string) bool { return strings.HasPrefix(code, "3") }

// economicClasses maps the names of the 类 of the 部门预算支出经济分类 (3xx)
// to their codes; govEconomicClasses those of the 政府预算支出经济分类
// (5xx). Summary statements list these 类 by name, with item numbers; the
// codes let a statement's side be told for what it classifies and its rows
// be matched with the coded rows of other tables. Names are keys (ASCII
// brackets).
var economicClasses = map[string]string{
	"工资福利支出":      "301",
	"商品和服务支出":     "302",
	"对个人和家庭的补助":   "303",
	"对个人和家庭补助":    "303",
	"债务利息及费用支出":   "307",
	"资本性支出(基本建设)": "309",
	"资本性支出":       "310",
	"对企业补助(基本建设)": "311",
	"对企业补助":       "312",
	"对社会保障基金补助":   "313",
	"其他支出":        "399",
}

var govEconomicClasses = map[string]string{
	"机关工资福利支出":   "501",
	"机关商品和服务支出":  "502",
	"机关资本性支出(一)": "503",
	"机关资本性支出(二)": "504",
	"对事业单位经常性补助": "505",
	"对事业单位资本性补助": "506",
	"对企业补助":      "507",
	"对企业资本性支出":   "508",
	"对个人和家庭的补助":  "509",
	"对个人和家庭补助":   "509",
	"对社会保障基金补助":  "510",
	"债务利息及费用支出":  "511",
	"债务还本支出":     "512",
	"转移性支出":      "513",
	"预备费及预留":     "514",
	"其他支出":       "599",
}

// EconomicClassCode returns the code of a 部门预算支出经济分类 类 named by
// label ("(1)工资福利支出" → 301), or "".
func EconomicClassCode(label string) string { return economicClasses[StripNumbering(label)] }

// GovEconomicClassCode returns the code of a 政府预算支出经济分类 类 named
// by label ("3、机关资本性支出（一）" → 503), or "".
func GovEconomicClassCode(label string) string {
	return govEconomicClasses[StripNumbering(label)]
}
