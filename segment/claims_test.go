package segment

import (
	"encoding/json"
	"strings"
	"sync"
	"testing"

	"github.com/gouji/gouji/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	seedOnce sync.Once
	seedDoc  *extract.Document
	seedErr  error
)

func seed(t testing.TB) *extract.Document {
	t.Helper()
	seedOnce.Do(func() { seedDoc, seedErr = extract.Open("../corpus/seed/seed.txt", extract.Options{}) })
	require.NoError(t, seedErr)
	return seedDoc
}

// find returns the claims of kind k whose sentence contains sub and that
// satisfy ok.
func find(r *Result, k ClaimKind, sub string, ok func(c *Claim) bool) []*Claim {
	var out []*Claim
	for i := range r.Claims {
		c := &r.Claims[i]
		if c.Kind == k && strings.Contains(c.Source.Text, sub) && (ok == nil || ok(c)) {
			out = append(out, c)
		}
	}
	return out
}

// one asserts exactly one claim matches and returns it.
func one(t *testing.T, r *Result, k ClaimKind, sub string, ok func(c *Claim) bool) *Claim {
	t.Helper()
	cs := find(r, k, sub, ok)
	require.Len(t, cs, 1, "%s claim in %q", k, sub)
	return cs[0]
}

func arg(t *testing.T, c *Claim, r Role) string {
	t.Helper()
	a, ok := c.Arg(r)
	require.True(t, ok, "claim %d (%s) has no %s", c.ID, c.Kind, r)
	return a.Mention.Text
}

func args(c *Claim, r Role) []string {
	var out []string
	for _, a := range c.ArgsOf(r) {
		s := a.Mention.Text
		if a.Sign < 0 {
			s = "-" + s
		}
		out = append(out, s)
	}
	return out
}

func hasArg(r Role, text string) func(*Claim) bool {
	return func(c *Claim) bool {
		for _, a := range c.ArgsOf(r) {
			if a.Mention.Text == text {
				return true
			}
		}
		return false
	}
}

func TestSeedClaimKinds(t *testing.T) {
	checkClaimKinds(t, Claims(seed(t)))
}

func checkClaimKinds(t *testing.T, r *Result) {
	total := 0
	for _, k := range ClaimKinds {
		n := r.Stats.ClaimCount(k)
		assert.Positive(t, n, "no %s claims", k)
		total += n
	}
	assert.GreaterOrEqual(t, total, 40)
	// Every narrative number of the report belongs to a claim but a few
	// (quoted policy text, figures of nothing named).
	assert.GreaterOrEqual(t, r.Stats.Claimed*100, r.Stats.Numbers*95, "coverage %s", r.Stats.Coverage())
	assert.Equal(t, "决算", r.ReportKind)
	assert.Equal(t, 2021, r.ReportYear)
}

// One claim of each kind from each part of the report: the 说明 sections,
// the performance self-evaluation and the project list.
func TestSeedClaims(t *testing.T) {
	checkSeedClaims(t, Claims(seed(t)))
}

func checkSeedClaims(t *testing.T, r *Result) {

	// 一、收入支出决算总体情况: a change on the previous year, its current
	// figure in the sentence before.
	c := one(t, r, ClaimChange, "与上年相比，减少264.17万元", nil)
	assert.Equal(t, DirDown, c.Direction)
	assert.Equal(t, "5799.97万元", arg(t, c, RoleCurrent))
	assert.Equal(t, "264.17万元", arg(t, c, RoleDelta))
	assert.Equal(t, "4.4%", arg(t, c, RolePercent))
	assert.Equal(t, "上年", c.Base)

	// 三: a list after 其中 with shares of the stated total, one without 占.
	c = one(t, r, ClaimTotal, "本年支出合计5662.95万元", nil)
	assert.Equal(t, RelOfWhich, c.Relation)
	assert.Equal(t, "5662.95万元", arg(t, c, RoleTotal))
	assert.Equal(t, []string{"2877.36万元", "2785.59万元"}, args(c, RoleItem))
	c = one(t, r, ClaimShare, "基本支出2877.36万元，50.8%", nil)
	assert.Equal(t, "2877.36万元", arg(t, c, RolePart))
	assert.Equal(t, "5662.95万元", arg(t, c, RoleWhole))

	// 五（二）: classification subjects, shares of the paragraph's total
	// stated before a line break.
	c = one(t, r, ClaimShare, "2363.29万元，占41.7%", hasArg(RolePercent, "41.7%"))
	assert.Equal(t, "2363.29万元", arg(t, c, RolePart))
	assert.Equal(t, "5662.95万元", arg(t, c, RoleWhole))
	assert.Equal(t, "一般公共服务（类）支出", c.Subject.Text)
	assert.Equal(t, "类", c.Subject.Level)
	assert.Equal(t, "一般公共服务支出", c.Subject.Canonical)

	// 五（三）: completion, and a subject inherited from the 类-款-项
	// heading above; the typo stays as printed.
	c = one(t, r, ClaimCompletion, "完成年初预算的220.4%", nil)
	assert.Equal(t, "5662.95万元", arg(t, c, RoleActual))
	assert.Equal(t, "2569.31万元", arg(t, c, RoleBudget))
	assert.Equal(t, "年初预算", c.Base)
	c = one(t, r, ClaimAmount, "支出决算为472.52万元", hasArg(RoleValue, "472.52万元"))
	assert.Equal(t, "决算", c.Aspect)
	assert.True(t, c.Subject.Inherited)
	assert.Equal(t, "项", c.Subject.Level)
	assert.Equal(t, "一般公共服务支出/商贸事务/其他商贸事物支出", c.Subject.Canonical)
	c = one(t, r, ClaimComparison, "年初预算为0万元，支出决算为472.52万元", nil)
	assert.Equal(t, RelGreater, c.Relation)
	assert.Equal(t, "472.52万元", arg(t, c, RoleLeft))
	assert.Equal(t, "0万元", arg(t, c, RoleRight))
	// The items of the paragraph ending in 其中： are the 项 below.
	c = one(t, r, ClaimTotal, "完成年初预算的220.4%", hasArg(RoleTotal, "5662.95万元"))
	assert.Len(t, c.ArgsOf(RoleItem), 16)

	// 六: a share of a named whole.
	c = one(t, r, ClaimShare, "占基本支出的66.6%", hasArg(RolePercent, "66.6%"))
	assert.Equal(t, "1917.26万元", arg(t, c, RolePart))
	assert.Equal(t, "2877.36万元", arg(t, c, RoleWhole))
	require.NotNil(t, c.Whole)
	assert.Equal(t, "基本支出", c.Whole.Text)

	// 七: 三公 — amount, completion, change, comparison with 上年.
	c = one(t, r, ClaimAmount, "公务接待费支出预算为26万元", hasArg(RoleValue, "22.72万元"))
	assert.Equal(t, "公务接待费", c.Subject.Text)
	assert.Equal(t, "决算", c.Aspect)
	c = one(t, r, ClaimCompletion, "完成预算的87.38%", nil)
	assert.Equal(t, "22.72万元", arg(t, c, RoleActual))
	assert.Equal(t, "26万元", arg(t, c, RoleBudget))
	c = one(t, r, ClaimChange, "增加2.56万元，增长12.7%", nil)
	assert.Equal(t, DirUp, c.Direction)
	assert.Equal(t, "22.72万元", arg(t, c, RoleCurrent))
	c = one(t, r, ClaimComparison, "公务用车购置费预算为0万元，支出决算为0万元，与上年持平", nil)
	assert.Equal(t, RelEqual, c.Relation)
	// The items of 三公 add up to the totals in the paragraph above.
	c = one(t, r, ClaimTotal, "“三公”经费财政拨款支出预算为68万元", hasArg(RoleTotal, "45.48万元"))
	assert.Equal(t, []string{"0万元", "22.72万元", "0万元", "22.76万元"}, args(c, RoleItem))
	// Shares of the whole named by "…决算中，".
	c = one(t, r, ClaimShare, "公务接待费支出决算22.72万元，占50%", hasArg(RolePart, "22.72万元"))
	assert.Equal(t, "45.48万元", arg(t, c, RoleWhole))
	// Counts.
	c = one(t, r, ClaimCount, "全年共接待来访团组127个", hasArg(RoleValue, "1678人次"))
	assert.Equal(t, "来宾", c.Subject.Text)

	// 十: change against the budget and against the previous year.
	c = one(t, r, ClaimChange, "比年初预算数增加330.17万元", nil)
	assert.Equal(t, "960.09万元", arg(t, c, RoleCurrent))
	assert.Equal(t, "52.4%", arg(t, c, RolePercent))
	assert.Equal(t, "年初预算数", c.Base)

	// 十一: a completion across a line break, with a 其中 in brackets.
	c = one(t, r, ClaimCompletion, "完成年初预算的326.5%", nil)
	assert.Equal(t, "45.71万元", arg(t, c, RoleActual))
	assert.Equal(t, "14万元", arg(t, c, RoleBudget))
	c = one(t, r, ClaimTotal, "支出决算为45.71万元", hasArg(RoleItem, "6.59万元"))
	assert.Equal(t, "45.71万元", arg(t, c, RoleTotal))

	// 十二: government procurement.
	c = one(t, r, ClaimTotal, "政府采购支出总额686.42万元", hasArg(RoleTotal, "686.42万元"))
	assert.Equal(t, []string{"125.7万元", "0万元", "560.72万元"}, args(c, RoleItem))

	// 十三: vehicles and the date they are counted at.
	c = one(t, r, ClaimTotal, "共有车辆8辆", nil)
	assert.Equal(t, "8辆", arg(t, c, RoleTotal))
	assert.Equal(t, []string{"2辆", "1辆", "5辆"}, args(c, RoleItem))
	c = one(t, r, ClaimDate, "共有车辆8辆", nil)
	assert.Equal(t, "截至", c.Aspect)
	assert.Equal(t, Date{2021, 12, 31}, *c.Date)
	c = one(t, r, ClaimCount, "单位价值50万元以上通用设备0台（套）", hasArg(RoleValue, "0台（套）"))
	assert.Equal(t, "50万元以上", arg(t, c, RoleThreshold))

	// 十四 and the self-evaluation.
	one(t, r, ClaimCount, "涉及项目35个", hasArg(RoleValue, "35个"))
	cs := find(r, ClaimChange, "", hasArg(RolePercent, "29.5%"))
	require.Len(t, cs, 1)
	assert.Equal(t, "919亿元", arg(t, cs[0], RoleCurrent))
	c = one(t, r, ClaimTotal, "其中行政编制58个", nil)
	assert.Equal(t, "77个", arg(t, c, RoleTotal))

	// The project list: balances, a sum with 各, a sum in 元.
	c = one(t, r, ClaimBalance, "2021中国国际轨道交通和装备制造产业博览会专项资金", nil)
	assert.Equal(t, []string{"5.35万元", "-5.33万元"}, args(c, RoleTerm))
	assert.Equal(t, "0.2万元", arg(t, c, RoleResult))
	assert.Equal(t, "2021中国国际轨道交通和装备制造产业博览会专项资金", c.Subject.Text)
	assert.Equal(t, SubjectProject, c.Subject.Kind)
	c = one(t, r, ClaimBalance, "上年结转46.18万元", nil)
	assert.Equal(t, []string{"46.18万元", "79万元", "-113.38万元"}, args(c, RoleTerm))
	assert.Equal(t, "125.18万元", arg(t, c, RoleSubtotal))
	assert.Equal(t, "6.8万元", arg(t, c, RoleResult))
	c = one(t, r, ClaimBalance, "“粮食市场建设和储备管理”600万元", nil)
	assert.Equal(t, []string{"600万元", "300万元", "197万元", "-1091.99万元"}, args(c, RoleTerm))
	c = one(t, r, ClaimTotal, "合计190万元", nil)
	assert.Equal(t, RelSum, c.Relation)
	items := c.ArgsOf(RoleItem)
	require.Len(t, items, 10)
	assert.Equal(t, "30万元", items[2].Mention.Text)
	assert.Equal(t, 3, items[2].Times)
	c = one(t, r, ClaimTotal, "等3家企业各10万元，合计30万元", nil)
	assert.Equal(t, 3, c.ArgsOf(RoleItem)[0].Times)
	require.NotNil(t, c.ArgsOf(RoleItem)[0].TimesRef)
	assert.Equal(t, "3家", r.Mentions[*c.ArgsOf(RoleItem)[0].TimesRef].Text)
	cs = find(r, ClaimTotal, "本次港洽周活动共支出1165083.8元", hasArg(RoleTotal, "1165083.8元"))
	require.Len(t, cs, 1)
	assert.Equal(t, []string{"70681.8元", "221752元", "872650元"}, args(cs[0], RoleItem))
	c = one(t, r, ClaimTotal, "分别支付11250元、42000元共计53250元", nil)
	assert.Equal(t, []string{"11250元", "42000元"}, args(c, RoleItem))
	// 分别: each figure gets its own name.
	c = one(t, r, ClaimChange, "批发、零售、餐饮消费同比分别增长", hasArg(RolePercent, "15.2%"))
	assert.Equal(t, "零售", c.Subject.Text)
}

// The source of a claim points into the document.
func TestSeedSources(t *testing.T) {
	doc := seed(t)
	r := Claims(doc)
	for _, c := range r.Claims {
		s := c.Source
		require.GreaterOrEqual(t, s.Block, 0)
		p := doc.Blocks[s.Block].Paragraph
		require.NotNil(t, p)
		assert.Equal(t, s.Text, p.Text[s.Start:s.End])
		assert.Equal(t, r.Sentences[s.Sentence].Text, s.Text)
		for _, a := range c.Args {
			m := r.Mentions[a.Ref]
			assert.Equal(t, a.Mention, m)
		}
	}
	for _, m := range r.Mentions {
		assert.NotEmpty(t, m.Text)
	}
	for _, s := range r.Sentences {
		p := doc.Blocks[s.Block].Paragraph
		for _, mi := range s.Mentions {
			m := r.Mentions[mi]
			assert.Equal(t, m.Text, p.Text[m.Start:m.End])
		}
	}
}

func TestClaimsDeterministic(t *testing.T) {
	doc := seed(t)
	a, err := json.Marshal(Claims(doc))
	require.NoError(t, err)
	b, err := json.Marshal(Claims(doc))
	require.NoError(t, err)
	assert.Equal(t, string(a), string(b))
}

func TestClaimsEmpty(t *testing.T) {
	r := Claims(nil)
	assert.Empty(t, r.Claims)
	assert.Equal(t, "-", r.Stats.Coverage())
	r = Claims(&extract.Document{Blocks: []extract.Block{{Table: &extract.Table{}}, {Paragraph: &extract.Paragraph{}}}})
	assert.Empty(t, r.Claims)
}

// claimsOf reads one paragraph.
func claimsOf(text string) *Result {
	return Claims(&extract.Document{Blocks: []extract.Block{{Paragraph: &extract.Paragraph{Page: 1, Text: text}}}})
}

// Patterns of the real reports (上海普陀, 江苏高院) that the seed does not
// print.
func TestRealReportPatterns(t *testing.T) {
	r := claimsOf("2023年当年预算执行数为60.13万元，2024年预算安排25.77万元，比2023年预算执行数减少57.14%。")
	c := one(t, r, ClaimChange, "", nil)
	assert.Equal(t, "25.77万元", arg(t, c, RoleCurrent))
	assert.Equal(t, "60.13万元", arg(t, c, RolePrevious))
	assert.Equal(t, "57.14%", arg(t, c, RolePercent))

	r = claimsOf("1．法院（款）行政运行（项）支出 17279.29 万元，与上年相比增加 2421.68 万元，增长 16.30%。")
	c = one(t, r, ClaimChange, "", nil)
	assert.Equal(t, "17279.29 万元", arg(t, c, RoleCurrent))
	assert.Equal(t, "法院/行政运行", c.Subject.Canonical)
	assert.Equal(t, "项", c.Subject.Level)

	r = claimsOf("截至2024年12月31日，上海市普陀区财政局共有车辆0辆，其中：部级领导干部用车0辆、机要通信用车0辆。单价100万元（含）以上设备（不含车辆）2台（套）。")
	c = one(t, r, ClaimTotal, "", nil)
	assert.Equal(t, "0辆", arg(t, c, RoleTotal))
	assert.Len(t, c.ArgsOf(RoleItem), 2)
	c = one(t, r, ClaimCount, "", hasArg(RoleValue, "2台（套）"))
	assert.Equal(t, "100万元（含）以上", arg(t, c, RoleThreshold))

	r = claimsOf("“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0.00万元，完成预算的0%，其中：因公出国（境）费决算为0.00万元，完成预算的0%。")
	cs := find(r, ClaimCompletion, "", nil)
	require.Len(t, cs, 2)
	assert.Equal(t, "0.95万元", arg(t, cs[0], RoleBudget))
	_, hasBudget := cs[1].Arg(RoleBudget)
	assert.False(t, hasBudget, "the 三公 budget is not 因公出国's")

	r = claimsOf("全市社会消费品零售总额1246.9亿元，增长14.4%（目标10%），与全省平均水平持平，高于全国1.9个百分点。")
	c = one(t, r, ClaimChange, "", nil)
	assert.Equal(t, "10%", arg(t, c, RoleTarget))
	c = one(t, r, ClaimComparison, "", hasArg(RoleDifference, "1.9个百分点"))
	assert.Equal(t, RelGreater, c.Relation)
	assert.Equal(t, "14.4%", arg(t, c, RoleLeft))
	assert.Equal(t, "全国", c.Base)
}
