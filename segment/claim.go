package segment

// ClaimKind is what a sentence says about its numbers.
type ClaimKind string

// Kinds of claim.
const (
	// ClaimAmount: a sum of money is the value of a subject
	// ("一般公共服务（类）支出2363.29万元"). Args: value.
	ClaimAmount ClaimKind = "amount"
	// ClaimShare: a part is a percentage of a whole ("占41.7%",
	// "占基本支出的66.6%"). Args: part, whole (when printed), percent.
	// Whole names the whole when the sentence names it.
	ClaimShare ClaimKind = "share"
	// ClaimCompletion: an actual figure is a percentage of a budget
	// ("完成年初预算的220.4%"). Args: actual, budget, percent. Base is the
	// budget aspect named (年初预算, 预算, 全年预算) or "".
	ClaimCompletion ClaimKind = "completion"
	// ClaimChange: a figure changed on a base ("与上年相比，减少264.17万元，
	// 减少4.4%"). Args: current, previous (when printed), delta, percent,
	// target. Direction is up, down or flat; Base what it is compared with.
	ClaimChange ClaimKind = "change"
	// ClaimTotal: a total and its items ("合计190万元" after a list,
	// "其中：A、B、C"). Args: total, item… (an item's Times is the 各
	// multiplier). Relation is "sum" (合计/共计 after the items: they add up
	// to the total) or "of-which" (其中/包括: the items are parts of the
	// total; they may not list every part).
	ClaimTotal ClaimKind = "total"
	// ClaimBalance: a running balance ("金额5.35万元，实际支出5.33万元，
	// 结余结转0.2万元"). Args in order: term (Sign +1 or −1), subtotal
	// (the running sum so far), result (what is left). Every subtotal and
	// result equals the signed sum of the terms before it.
	ClaimBalance ClaimKind = "balance"
	// ClaimCount: a count or physical quantity of a subject ("车辆8辆",
	// "来宾1678人次"). Args: value, threshold (what qualifies the counted
	// things: "投资50亿元以上的项目2个"), target.
	ClaimCount ClaimKind = "count"
	// ClaimComparison: a relation asserted between two figures ("决算数小于
	// 预算数", "与上年持平", "高于全国1.9个百分点"). Args: left, right (when
	// printed or found), difference. Relation is gt, lt, eq or approx.
	ClaimComparison ClaimKind = "comparison"
	// ClaimDate: a date or year the text is about ("截至2021年12月31日",
	// "2021年度"). Args: date. Aspect is "截至" (as of), "年度" (a fiscal
	// year) or "年" (a year scope at the head of a sentence).
	ClaimDate ClaimKind = "date"
	// ClaimPayments: the payments a project's 资金使用情况 itemises add up
	// to what it spent ("实际支出27.72万元" … "开发费用188000元；运营47800
	// 元；…"). Args: total (the 实际支出 of the funding line before), item…
	// (the amounts paid, or the one total the paragraph prints for them;
	// Relation is sum when it prints one), result (the balance it states,
	// 结余99496.3元). Links: balance, the funding line.
	ClaimPayments ClaimKind = "payments"
)

// ClaimKinds lists the kinds in a fixed order (for statistics).
var ClaimKinds = []ClaimKind{ClaimAmount, ClaimShare, ClaimCompletion, ClaimChange, ClaimTotal, ClaimBalance, ClaimCount, ClaimComparison, ClaimDate, ClaimPayments}

// Role is the part a number plays in a claim.
type Role string

// Roles of the numbers of a claim.
const (
	RoleValue      Role = "value"
	RolePart       Role = "part"
	RoleWhole      Role = "whole"
	RolePercent    Role = "percent"
	RoleActual     Role = "actual"
	RoleBudget     Role = "budget"
	RoleCurrent    Role = "current"
	RolePrevious   Role = "previous"
	RoleDelta      Role = "delta"
	RoleTarget     Role = "target"
	RoleTotal      Role = "total"
	RoleItem       Role = "item"
	RoleTerm       Role = "term"
	RoleSubtotal   Role = "subtotal"
	RoleResult     Role = "result"
	RoleLeft       Role = "left"
	RoleRight      Role = "right"
	RoleDifference Role = "difference"
	RoleThreshold  Role = "threshold"
	RoleDate       Role = "date"
)

// Relation is how the figures of a comparison relate, or how the items of
// a total make it up.
type Relation string

// Relations of comparison claims.
const (
	RelGreater Relation = "gt"
	RelLess    Relation = "lt"
	RelEqual   Relation = "eq"
	RelApprox  Relation = "approx" // 基本持平
	// Relations of total claims.
	RelSum     Relation = "sum"
	RelOfWhich Relation = "of-which"
	// RelMainParts: an of-which list that names the main parts only
	// ("其中主要支出为…"): however it ends, it need not name every part.
	RelMainParts Relation = "main-parts"
)

// Direction is which way a change goes.
type Direction string

// Directions of change claims.
const (
	DirUp   Direction = "up"
	DirDown Direction = "down"
	DirFlat Direction = "flat"
)

// SubjectKind says what sort of name a subject is.
type SubjectKind string

// Kinds of subject; a subject of none of them has Kind "".
const (
	// SubjectClass: a function-classification chain.
	SubjectClass SubjectKind = "class"
	// SubjectProject: a quoted project name.
	SubjectProject SubjectKind = "project"
	// SubjectTerm: a dictionary term (三公, table vocabulary, economic
	// classification).
	SubjectTerm SubjectKind = "term"
)

// LinkKind says how a linked claim relates to the claim that links it.
type LinkKind string

// Kinds of link.
const (
	// LinkTotal: an item's amount claim → its total claim, and a total
	// claim → the amount claim of its total figure.
	LinkTotal LinkKind = "total"
	// LinkPart, LinkWhole: a share → the claims of its part and whole.
	LinkPart  LinkKind = "part"
	LinkWhole LinkKind = "whole"
	// LinkCurrent: a change → the claim of its current figure.
	LinkCurrent LinkKind = "current"
	// LinkActual, LinkBudget: a completion → the claims of its figures.
	LinkActual LinkKind = "actual"
	LinkBudget LinkKind = "budget"
	// LinkBalance: a term's amount claim → the balance.
	LinkBalance LinkKind = "balance"
	// LinkComparison: a comparison → the claims compared.
	LinkComparison LinkKind = "comparison"
)

// Subject is what a number is about.
type Subject struct {
	// Text is the subject as printed ("公务接待费", "一般公共服务（类）支出",
	// a project name without its quotes). Typos stay as printed.
	Text string `json:"text,omitempty"`
	// Kind is SubjectClass for a function-classification chain,
	// SubjectProject for a quoted project name, SubjectTerm for a
	// dictionary term (三公, table vocabulary, economic classification), ""
	// otherwise.
	Kind SubjectKind `json:"kind,omitempty"`
	// Level is the deepest classification level named: 类, 款 or 项.
	Level string `json:"level,omitempty"`
	// Code is the classification code when printed (2011308).
	Code string `json:"code,omitempty"`
	// Chain is the classification chain, 类 first, with the level markers
	// removed and "X（类）支出" read as "X支出".
	Chain []ClassName `json:"chain,omitempty"`
	// Canonical is the chain's names joined by "/" for a classification
	// subject ("一般公共服务支出/商贸事务/行政运行"), the text otherwise.
	Canonical string `json:"canonical,omitempty"`
	// Inherited is set when the subject is not printed next to the number
	// but taken from the sentence's topic or the heading above.
	Inherited bool `json:"inherited,omitempty"`
}

// ClassName is one level of a classification chain.
type ClassName struct {
	Level string `json:"level"`
	Name  string `json:"name"`
}

// Arg is one number of a claim and the part it plays.
type Arg struct {
	Role Role `json:"role"`
	// Ref is the index of the mention in Result.Mentions; Mention is a
	// copy of it.
	Ref     int     `json:"ref"`
	Mention Mention `json:"mention"`
	// Subject is what this number is of when it differs from the claim's
	// subject: a total's items, a balance's terms, a share's whole.
	Subject *Subject `json:"subject,omitempty"`
	// Aspect of this number (年初预算, 决算, 上年结转 …).
	Aspect string `json:"aspect,omitempty"`
	// Sign of a balance term: +1 adds, −1 subtracts.
	Sign int `json:"sign,omitempty"`
	// Times is the 各 multiplier of an item ("三家企业各10万元": 3); 0
	// means once. TimesRef is the mention that printed the multiplier; nil
	// when it was counted from the names listed.
	Times    int  `json:"times,omitempty"`
	TimesRef *int `json:"times_ref,omitempty"`
}

// Source says where a claim was printed.
type Source struct {
	// Page is the page of the sentence's start.
	Page int `json:"page"`
	// Block is the index of the paragraph in Document.Blocks.
	Block int `json:"block"`
	// Sentence is the index in Result.Sentences.
	Sentence int `json:"sentence"`
	// Text is the sentence; Start and End its byte offsets in the
	// paragraph's text.
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Link ties a claim to another.
type Link struct {
	// Kind says how the linked claim relates (see LinkKind).
	Kind  LinkKind `json:"kind"`
	Claim int      `json:"claim"`
}

// Claim is what a sentence says about its numbers.
type Claim struct {
	// ID is the index in Result.Claims.
	ID   int       `json:"id"`
	Kind ClaimKind `json:"kind"`
	// Subject is what the claim is about.
	Subject Subject `json:"subject"`
	// Aspect is which figure of the subject (年初预算, 调整预算, 全年预算,
	// 预算, 决算, 执行数, 上年, 实际支出, 上年结转, 追加, 结余结转, 金额,
	// 到位) or "" when the sentence does not say (a final account's
	// narrative then means 决算, a budget's 预算).
	Aspect string `json:"aspect,omitempty"`
	// Args are the numbers with their roles, in printed order within a
	// role.
	Args []Arg `json:"args"`
	// Direction of a change: up, down, flat.
	Direction Direction `json:"direction,omitempty"`
	// Base is what a change or comparison is measured against (上年,
	// 年初预算, 预算, "2023年预算执行数") or the budget aspect of a
	// completion.
	Base string `json:"base,omitempty"`
	// Relation of a comparison (gt, lt, eq, approx) or a total (sum,
	// of-which).
	Relation Relation `json:"relation,omitempty"`
	// Whole names a share's whole when the sentence names it ("基本支出"
	// in "占基本支出的66.6%"), whether or not its figure was found.
	Whole *Subject `json:"whole,omitempty"`
	// Date of a date claim.
	Date    *Date  `json:"date,omitempty"`
	DateEnd *Date  `json:"date_end,omitempty"`
	Source  Source `json:"source"`
	Links   []Link `json:"links,omitempty"`
}

// Arg returns the first argument with role r.
func (c *Claim) Arg(r Role) (Arg, bool) {
	for _, a := range c.Args {
		if a.Role == r {
			return a, true
		}
	}
	return Arg{}, false
}

// ArgsOf returns every argument with role r, in order.
func (c *Claim) ArgsOf(r Role) []Arg {
	var out []Arg
	for _, a := range c.Args {
		if a.Role == r {
			out = append(out, a)
		}
	}
	return out
}
