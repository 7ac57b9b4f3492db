package tables

import "strings"

// Kind is what a table is, in the terms of the national forms of 部门决算
// (公开01–09表) and their 部门预算 counterparts. It is recognised from the
// title and the column headings, never from the form number alone: budget
// reports number their forms differently, and some reports number nothing.
type Kind int

// The kinds of tables the checks know. The comment gives the final-account
// title first, then budget titles of the same kind.
const (
	KindOther Kind = iota
	// KindSummary: 收入支出决算总表 (01); 部门收支总表, 财务收支预算总表,
	// 收支预算总表.
	KindSummary
	// KindIncome: 收入决算表 (02); 部门收入总表, 收入预算总表.
	KindIncome
	// KindExpenditure: 支出决算表 (03); 部门支出总表, 支出预算总表.
	KindExpenditure
	// KindFiscalSummary: 财政拨款收入支出决算总表 (04); 财政拨款收支总表.
	KindFiscalSummary
	// KindGeneral: 一般公共预算财政拨款支出决算表 (05); 一般公共预算支出
	// 功能分类预算表, 一般公共预算支出预算表.
	KindGeneral
	// KindBasic: 一般公共预算财政拨款基本支出决算表 (06); 基本支出经济分类
	// 预算表.
	KindBasic
	// KindSanGong: 一般公共预算财政拨款“三公”经费支出决算表 (07); “三公”
	// 经费预算表.
	KindSanGong
	// KindGovFund: 政府性基金预算财政拨款收入支出决算表 (08).
	KindGovFund
	// KindStateCapital: 国有资本经营预算财政拨款支出决算表 (09).
	KindStateCapital
	// KindFiscalExpenditure: 财政拨款支出预算表 — expenditure of every kind
	// of appropriation, printed by some budget reports beside KindGeneral.
	KindFiscalExpenditure
)

var kindNames = [...]string{
	KindOther:             "other",
	KindSummary:           "收入支出总表",
	KindIncome:            "收入表",
	KindExpenditure:       "支出表",
	KindFiscalSummary:     "财政拨款收入支出总表",
	KindGeneral:           "一般公共预算财政拨款支出表",
	KindBasic:             "基本支出表",
	KindSanGong:           "三公经费表",
	KindGovFund:           "政府性基金预算财政拨款表",
	KindStateCapital:      "国有资本经营预算财政拨款表",
	KindFiscalExpenditure: "财政拨款支出表",
}

func (k Kind) String() string {
	if k >= 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "other"
}

// Scope says whose money a table covers, where the title says so: a
// KindBasic table can cover 一般公共预算 appropriations only (公开06表) or all
// appropriations (财政拨款基本支出预算表).
type Scope int

// Scopes, from narrowest to widest.
const (
	ScopeUnknown Scope = iota
	ScopeGeneral       // 一般公共预算
	ScopeFiscal        // 财政拨款 of every kind
)

// recognise returns the kind and scope of a table from its title, or from
// its headings when the title says nothing.
func recognise(title string, headings []string) (Kind, Scope) {
	t := Key(title)
	scope := ScopeUnknown
	switch {
	case strings.Contains(t, "一般公共预算"):
		scope = ScopeGeneral
	case strings.Contains(t, "财政拨款"):
		scope = ScopeFiscal
	}
	has := func(words ...string) bool {
		for _, w := range words {
			if strings.Contains(t, w) {
				return true
			}
		}
		return false
	}
	if t != "" {
		switch {
		case has("三公"):
			return KindSanGong, scope
		case has("绩效", "政府采购", "机关运行", "资产"):
			return KindOther, scope
		case has("政府性基金"):
			return KindGovFund, scope
		case has("国有资本经营"):
			return KindStateCapital, scope
		case has("基本支出"):
			return KindBasic, scope
		case has("财政拨款") && has("收入支出", "收支"):
			return KindFiscalSummary, scope
		case has("收入支出", "收支") && has("总表", "总体情况表"):
			return KindSummary, scope
		case has("一般公共预算") && has("支出"):
			return KindGeneral, scope
		case has("财政拨款") && has("支出"):
			return KindFiscalExpenditure, scope
		case has("收入") && !has("支出") && strings.HasSuffix(t, "表"):
			return KindIncome, scope
		case has("支出") && strings.HasSuffix(t, "表") && has("决算表", "总表", "预算表", "支出总体情况表"):
			return KindExpenditure, scope
		}
	}
	return recogniseHeadings(headings), scope
}

// recogniseHeadings guesses a kind from column headings alone, for tables
// whose title was not found; it answers KindOther unless the heading words
// leave no doubt.
func recogniseHeadings(headings []string) Kind {
	all := strings.Join(headings, "|")
	has := func(w string) bool { return strings.Contains(all, w) }
	switch {
	case has("因公出国") && has("公务接待"):
		return KindSanGong
	case has("本年收入合计") || has("财政拨款收入") && has("事业收入"):
		return KindIncome
	case has("本年支出合计") || has("基本支出") && has("项目支出") && (has("上缴上级支出") || has("经营支出")):
		return KindExpenditure
	case has("人员经费") && has("公用经费") && !has("基本支出"):
		return KindBasic
	case has("收入") && has("支出") && has("一般公共预算财政拨款") && has("政府性基金"):
		return KindFiscalSummary
	}
	return KindOther
}

// KindOfTitle returns the kind a table of this title is, as recognise reads
// titles: for the names of tables a report lists without printing them
// (its 目录).
func KindOfTitle(title string) Kind {
	k, _ := recognise(title, nil)
	return k
}
