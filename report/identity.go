// Package report says what a report is: its kind (部门预算, 部门决算, 单位预算,
// 单位决算), the year it is for and who issues it, read from the cover, the
// titles and the tables of its document.
package report

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/gouji/gouji/extract"
)

// Kind is the kind of a report.
type Kind int

// The kinds of report gouji knows.
const (
	KindUnknown Kind = iota
	DeptBudget       // 部门预算
	DeptFinal        // 部门决算
	UnitBudget       // 单位预算
	UnitFinal        // 单位决算
)

var kindNames = [...]string{"unknown", "部门预算", "部门决算", "单位预算", "单位决算"}

func (k Kind) String() string {
	if k < 0 || int(k) >= len(kindNames) {
		return kindNames[0]
	}
	return kindNames[k]
}

// Final reports whether k is a final account (决算).
func (k Kind) Final() bool { return k == DeptFinal || k == UnitFinal }

// Budget reports whether k is a budget (预算).
func (k Kind) Budget() bool { return k == DeptBudget || k == UnitBudget }

// MarshalText writes the kind's Chinese name, so JSON carries "部门决算".
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Identity is what a report is.
type Identity struct {
	Kind Kind `json:"kind"`
	// Year is the year the report is for (0 when unknown): 2024 for
	// 2024年度部门决算, published in 2025.
	Year int `json:"year,omitempty"`
	// Issuer is the 部门 or 单位 as printed (上海市普陀区人民政府办公室);
	// IssuerKey its normalised form (NormIssuer), equal for the names one
	// body goes by (区政府办公室).
	Issuer    string `json:"issuer,omitempty"`
	IssuerKey string `json:"issuer_key,omitempty"`
	// Region is the places the printed name begins with (上海市普陀区).
	Region string `json:"region,omitempty"`
}

// String is the identity in a few words: 部门决算 2024 上海市普陀区财政局.
func (id Identity) String() string {
	parts := []string{id.Kind.String()}
	if id.Year != 0 {
		parts = append(parts, strconv.Itoa(id.Year))
	}
	if id.Issuer != "" {
		parts = append(parts, id.Issuer)
	}
	return strings.Join(parts, " ")
}

// Identify reads a report's identity from its document: the cover (the
// first paragraphs, up to the 目录 or the first heading), then the table
// titles and form numbers where the cover says nothing.
func Identify(doc *extract.Document) Identity {
	var id Identity
	if doc == nil {
		return id
	}
	cover := coverText(doc)
	if at, who, what, ok := findKind(cover); ok {
		id.Kind = kindOf(who, what)
		id.Year = lastYear(cover[:at[0]])
		if id.Year == 0 {
			id.Year = firstYear(cover[at[1]:])
		}
		id.Issuer = issuerBefore(cover[:at[0]])
	}
	if label := labelledIssuer(doc); label != "" {
		id.Issuer = label
	}
	if id.Issuer == "" {
		id.Issuer = issuerFromTables(doc)
	}
	if id.Kind == KindUnknown {
		id.Kind = kindFromTables(doc)
	}
	if id.Year == 0 {
		id.Year = yearFromTables(doc)
	}
	id.IssuerKey = NormIssuer(id.Issuer)
	id.Region = strings.Join(places(id.Issuer), "")
	return id
}

// kindRe finds the kind on a cover: 部门决算, 单位预算, 部门综合预算, or a
// bare 预算 / 决算 (2018年度江苏省高级人民法院预算公开).
var kindRe = regexp.MustCompile(`(部门|单位)?(?:综合)?(预|决)算`)

// findKind returns the place of the first 部门/单位 kind phrase in s, or of
// the first bare 预算/决算 followed by 公开 or 情况 when there is none.
func findKind(s string) (at []int, who, what string, ok bool) {
	var bare []int
	for _, m := range kindRe.FindAllStringSubmatchIndex(s, -1) {
		if m[2] >= 0 {
			return m[:2], s[m[2]:m[3]], s[m[4]:m[5]], true
		}
		rest := s[m[1]:]
		if bare == nil && (strings.HasPrefix(rest, "公开") || strings.HasPrefix(rest, "信息公开") || strings.HasPrefix(rest, "情况")) {
			bare = m
		}
	}
	if bare != nil {
		return bare[:2], "", s[bare[4]:bare[5]], true
	}
	return nil, "", "", false
}

func kindOf(who, what string) Kind {
	switch {
	case who == "单位" && what == "决":
		return UnitFinal
	case who == "单位":
		return UnitBudget
	case what == "决":
		return DeptFinal
	}
	return DeptBudget
}

// UnmarshalText reads a kind from its Chinese name; any other text is
// KindUnknown.
func (k *Kind) UnmarshalText(b []byte) error {
	*k = KindUnknown
	for i, n := range kindNames {
		if n == string(b) {
			*k = Kind(i)
		}
	}
	return nil
}
