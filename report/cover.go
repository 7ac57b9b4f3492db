package report

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/gouji/gouji/extract"
)

// coverParagraphs is how many paragraphs the cover may have at most.
const coverParagraphs = 10

// coverText joins the cover's paragraphs, without spaces: the first
// paragraphs of the document, up to the 目录, the first numbered heading or
// the first table, so that a title broken over lines (2026年深圳市民政局（本
// 级）部门预 / 算) reads whole.
func coverText(doc *extract.Document) string {
	var b strings.Builder
	n := 0
	for _, blk := range doc.Blocks {
		p := blk.Paragraph
		if p == nil {
			if n > 0 {
				break
			}
			continue
		}
		t := squeeze(p.Text)
		if t == "目录" || headingRe.MatchString(t) {
			break
		}
		if n++; n > coverParagraphs {
			break
		}
		b.WriteString(t)
	}
	return b.String()
}

// headingRe matches a numbered heading, where the cover has ended.
var headingRe = regexp.MustCompile(`^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)`)

// squeeze drops the spaces of s.
func squeeze(s string) string { return strings.Join(strings.Fields(s), "") }

var yearRe = regexp.MustCompile(`(20\d\d)年度?`)

func lastYear(s string) int {
	m := yearRe.FindAllStringSubmatch(s, -1)
	if len(m) == 0 {
		return 0
	}
	y, _ := strconv.Atoi(m[len(m)-1][1])
	return y
}

func firstYear(s string) int {
	m := yearRe.FindStringSubmatch(s)
	if m == nil {
		return 0
	}
	y, _ := strconv.Atoi(m[1])
	return y
}

// issuerBefore reads the issuer from the cover text before the kind:
// 上海市普陀区财政局2024年度 → 上海市普陀区财政局. A place alone (上海市普陀区
// 2025年区级) is no issuer.
func issuerBefore(s string) string {
	s = yearRe.ReplaceAllString(s, "")
	s = levelRe.ReplaceAllString(s, "")
	s = strings.TrimFunc(s, func(r rune) bool { return !unicode.Is(unicode.Han, r) && r != '）' && r != ')' })
	if s == "" || placesOnly(s) || len([]rune(s)) > 40 {
		return ""
	}
	return s
}

// levelRe matches the level a cover may name before the kind (区级单位预算).
var levelRe = regexp.MustCompile(`[省市区县]级$`)

// labelRe matches a cover line that names the issuer: 预算单位：上海市财政局.
var labelRe = regexp.MustCompile(`^(?:预算单位|预算主管部门|部门名称|单位名称|决算单位)[：:](.+)$`)

// labelledIssuer returns the issuer a cover line names, or "".
func labelledIssuer(doc *extract.Document) string {
	n := 0
	for _, blk := range doc.Blocks {
		p := blk.Paragraph
		if p == nil {
			continue
		}
		if n++; n > coverParagraphs {
			break
		}
		if m := labelRe.FindStringSubmatch(squeeze(p.Text)); m != nil {
			return m[1]
		}
	}
	return ""
}

// kindFromTables guesses the kind of a document that has no cover (a file
// of tables only) from its table titles and form numbers: 决算 or 预算,
// whichever more of them say; a 部门 report, since a 单位 says so on its
// cover.
func kindFromTables(doc *extract.Document) Kind {
	budget, final := 0, 0
	for _, blk := range doc.Blocks {
		t := blk.Table
		if t == nil {
			continue
		}
		s := t.Title + t.FormID
		switch {
		case strings.Contains(s, "决算"):
			final++
		case strings.Contains(s, "预算"):
			budget++
		}
	}
	switch {
	case final > budget:
		return DeptFinal
	case budget > 0:
		return DeptBudget
	}
	return KindUnknown
}

// yearFromTables returns the year most table titles name, the earliest on
// a tie; 0 if none does.
func yearFromTables(doc *extract.Document) int {
	count := map[int]int{}
	for _, blk := range doc.Blocks {
		if t := blk.Table; t != nil {
			if y := firstYear(t.Title); y != 0 {
				count[y]++
			}
		}
	}
	years := make([]int, 0, len(count))
	for y := range count {
		years = append(years, y)
	}
	sort.Ints(years)
	best := 0
	for _, y := range years {
		if count[y] > count[best] {
			best = y
		}
	}
	return best
}

// tableTitleIssuerRe reads the issuer a table's title begins with:
// 2017年江苏省政协部门收支预算总表 → 江苏省政协, 北京市司法局2026年部门预算
// 财政拨款收支总表 → 北京市司法局. The name must be followed by 部门 or 单位
// and the table's subject, so that a plain 一般公共预算支出表 names no one.
var tableTitleIssuerRe = regexp.MustCompile(`^(?:20\d\d年度?)?(\p{Han}{2,30}?)(?:20\d\d年度?)?(?:部门|单位)(?:综合)?(?:预算|决算|收支|收入|支出|财政|一般|政府|国有|三公|项目|基本)`)

// issuerFromTables returns the issuer the tables of a document without a
// cover name: on their 部门：… lines, else at the start of their titles;
// the name most tables give, the first on a tie. A name that is places
// alone (江苏省) is none.
func issuerFromTables(doc *extract.Document) string {
	count := map[string]int{}
	var order []string
	for _, blk := range doc.Blocks {
		t := blk.Table
		if t == nil {
			continue
		}
		name := squeeze(t.Dept)
		if name == "" {
			if m := tableTitleIssuerRe.FindStringSubmatch(squeeze(t.Title)); m != nil {
				name = m[1]
			}
		}
		if name == "" || placesOnly(name) || NormIssuer(name) == "" {
			continue
		}
		if count[name] == 0 {
			order = append(order, name)
		}
		count[name]++
	}
	best := ""
	for _, n := range order {
		if count[n] > count[best] {
			best = n
		}
	}
	return best
}
