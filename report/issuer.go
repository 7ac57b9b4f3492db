package report

import (
	"regexp"
	"strings"
)

// placeRe matches one place at the start of a name: 江苏省, 上海市, 普陀区,
// 广西壮族自治区. Two characters at least before the level, so that 市场 or
// 社区 are no places.
var placeRe = regexp.MustCompile(`^\p{Han}{2,6}?(?:自治区|自治州|自治县|省|市|区|县)`)

// bareLevelRe matches a level alone at the start of a short name: the 省 of
// 省检察院, the 区 of 区政府办公室 (but not the 市 of 市场监督管理局).
var bareLevelRe = regexp.MustCompile(`^[省市区县]`)

// trailRe matches a bracketed remark after a name: （本级）, （汇总）.
var trailRe = regexp.MustCompile(`[（(][^（()）]*[)）]$`)

// abbreviations maps full forms to the short forms a report also uses, in
// the order they are applied.
var abbreviations = []struct{ full, short string }{
	{"中国人民政治协商会议", "政协"},
	{"人民代表大会常务委员会", "人大常委会"},
	{"人大常务委员会", "人大常委会"},
	{"高级人民法院", "高院"},
	{"中级人民法院", "中院"},
	{"人民法院", "法院"},
	{"人民检察院", "检察院"},
	{"人民政府", "政府"},
	{"委员会", "委"},
	{"和", ""},
}

// places returns the places a name begins with, outermost first
// (上海市普陀区人民政府办公室 → 上海市, 普陀区), after a leading 中共.
func places(name string) []string {
	s := strings.TrimPrefix(squeeze(name), "中共")
	s = strings.TrimPrefix(s, "中国共产党")
	var out []string
	for {
		m := placeRe.FindString(s)
		if m == "" {
			return out
		}
		out = append(out, m)
		s = s[len(m):]
	}
}

// placesOnly reports whether s is places and nothing else.
func placesOnly(s string) bool {
	ps := places(s)
	return len(ps) > 0 && strings.Join(ps, "") == s
}

// NormIssuer returns the normalised form of an issuer's name: without its
// places and bracketed remarks, full forms shortened, so that the names one
// body goes by agree: 江苏省人民检察院 and 省检察院 are both 检察院,
// 上海市普陀区人民政府办公室 and 区政府办公室 both 政府办公室. Compare the
// places too (SameIssuer): 上海市财政局 is not 上海市普陀区财政局.
func NormIssuer(name string) string {
	s := squeeze(name)
	for trailRe.MatchString(s) {
		s = trailRe.ReplaceAllString(s, "")
	}
	for _, p := range []string{"中共", "中国共产党"} {
		s = strings.TrimPrefix(s, p) // 区委社会工作部 is 中共…区委社会工作部
	}
	for _, p := range places(s) {
		s = s[len(p):]
	}
	if !strings.HasPrefix(s, "市场") {
		s = bareLevelRe.ReplaceAllString(s, "")
	}
	for _, a := range abbreviations {
		s = strings.ReplaceAll(s, a.full, a.short)
	}
	return s
}

// SameIssuer reports whether two printed names are one body: the same
// normalised name, in places that do not differ — the innermost places
// equal, or one name with no place or a bare level of the same kind (省检察院
// is 江苏省人民检察院; 上海市财政局 is not 上海市普陀区财政局).
func SameIssuer(a, b string) bool {
	ka, kb := NormIssuer(a), NormIssuer(b)
	if ka == "" || ka != kb {
		return false
	}
	pa, pb := places(a), places(b)
	if len(pa) == 0 || len(pb) == 0 {
		return levelAgrees(a, pb) && levelAgrees(b, pa)
	}
	return pa[len(pa)-1] == pb[len(pb)-1]
}

// levelAgrees reports whether a name without places (省检察院) may stand
// for one in the places of the other name: its bare level, if it has one,
// is the level of the other's innermost place.
func levelAgrees(name string, other []string) bool {
	s := squeeze(name)
	if len(places(s)) > 0 || len(other) == 0 {
		return true
	}
	level := bareLevelRe.FindString(s)
	return level == "" || strings.HasPrefix(s, "市场") || strings.HasSuffix(other[len(other)-1], level)
}
