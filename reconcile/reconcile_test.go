package reconcile

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"

	"github.com/gouji/gouji/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func seedText(t *testing.T) string {
	_, file, _, ok := runtime.Caller(0)
	require.True(t, ok)
	b, err := os.ReadFile(filepath.Join(filepath.Dir(file), "..", "corpus", "seed", "seed.txt"))
	require.NoError(t, err)
	return string(b)
}

// editLine replaces old by new in line n (1-based) of text, failing the
// test when old is not on that line: an edit that silently did nothing
// would make a test pass for the wrong reason.
func editLine(t *testing.T, text string, n int, old, new string) string {
	lines := strings.Split(text, "\n")
	require.Less(t, n-1, len(lines))
	require.Contains(t, lines[n-1], old, "line %d", n)
	lines[n-1] = strings.Replace(lines[n-1], old, new, 1)
	return strings.Join(lines, "\n")
}

func check(t *testing.T, text string) *Result {
	doc, err := extract.ReadText("seed.txt", strings.NewReader(text))
	require.NoError(t, err)
	res := Check(doc, Analyzers())
	require.Empty(t, res.Errors)
	return res
}

// reported returns the findings above Info.
func reported(res *Result) []Finding {
	var out []Finding
	for _, f := range res.Findings {
		if f.Severity > Info {
			out = append(out, f)
		}
	}
	return out
}

// edited returns the findings above Info of an edited seed that the
// unedited seed does not give: the seed's narrative has real
// inconsistencies of its own (corpus/seed/seed.expected.json), and a test
// of one edited figure is about what that edit breaks.
func edited(t *testing.T, text string) []Finding {
	base := map[string]int{}
	for _, f := range reported(check(t, seedText(t))) {
		base[findingKey(f)]++
	}
	var out []Finding
	for _, f := range reported(check(t, text)) {
		if k := findingKey(f); base[k] > 0 {
			base[k]--
			continue
		}
		out = append(out, f)
	}
	return out
}

func findingKey(f Finding) string {
	return f.Rule + "|" + f.Quote + "|" + f.Claimed + "|" + f.Expected + "|" + f.Message
}

func rules(fs []Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule)
	}
	sort.Strings(out)
	return out
}

// The seed's tables agree with each other under the interval rule. They
// hold several 0.01 differences, the 尾数误差 their notes speak of, each
// within the (n+1)·½·10^-d that a sum of n rounded figures allows:
//   - 208 社会保障和就业支出 664.91 against its 款 631.07 + 33.83 = 664.90
//     (公开02, 03, 05);
//   - 20113 商贸事务 基本支出 2,109.61 against 1,626.89 + 200.00 + 282.73 =
//     2,109.62, and 项目支出 249.63 against 59.83 + 189.79 = 249.62 (公开03,
//     05);
//   - 合计 5,662.95 against its 类 5,662.96, and 项目支出 2,785.59 against
//     2,785.60 (公开05);
//   - 总计 5,799.97 against 5,662.95 + 137.01 = 5,799.96 (公开01, 04);
//   - 基本支出 2,877.36 in 公开05 against 人员经费合计 1,917.26 + 公用经费合计
//     960.09 = 2,877.35 in 公开06.
func TestSeedTablesAgree(t *testing.T) {
	res := check(t, seedText(t))
	for _, f := range reported(res) {
		assert.False(t, tableRuleName(f.Rule), "%s: %s", f.Rule, f.Message)
	}
	for _, a := range Analyzers() {
		if !tableRule(a) || notInSeed[a.Name] {
			continue
		}
		st := res.ByRule[a.Name]
		assert.Positive(t, st.Checked, "rule %s checked nothing on the seed", a.Name)
		assert.Equal(t, st.Checked, st.Consistent, a.Name)
		assert.Equal(t, st.Claims, st.Checked, a.Name)
	}
}

// notInSeed are the table rules about tables the seed does not print
// (performance sheets), and not-a-report, which checks no table.
var notInSeed = map[string]bool{"self-eval": true, "not-a-report": true}

// tableRule reports whether a rule checks the tables only: the narrative
// rules require the claims of the text.
func tableRule(a *Analyzer) bool {
	for _, r := range a.Requires {
		if r == claimsAnalyzer {
			return false
		}
	}
	return true
}

func tableRuleName(name string) bool {
	for _, a := range Analyzers() {
		if a.Name == name {
			return tableRule(a)
		}
	}
	return false
}

// One cell edited: 基本支出 of 2011301 行政运行 in 公开05 from 1,626.89 to
// 1,626.98. Three claims break, and only those: its 款 no longer adds up,
// its own row no longer adds up, and it now exceeds the all-funds figure of
// the 支出决算表.
func TestEditedCellGivesExactFindings(t *testing.T) {
	text := editLine(t, seedText(t), 326, "1,626.89\t1,626.89", "1,626.89\t1,626.98")
	fs := edited(t, text)
	require.Equal(t, []string{"cross-table-part"}, rules(fs), "blame: the 款 and row sums fail by this cell alone and are its evidence")
	for _, f := range fs {
		assert.Equal(t, Error, f.Severity)
		assert.Equal(t, "万元", f.Unit)
		assert.Equal(t, 1, f.Page)
		switch f.Rule {
		case "code-sum":
			assert.Equal(t, "2109.61", f.Claimed)
			assert.Equal(t, "2109.71", f.Expected)
			assert.Contains(t, f.Message, "20113 商贸事务")
			assert.Equal(t, 325, f.Line)
		case "column-sum":
			assert.Equal(t, "1626.89", f.Claimed)
			assert.Equal(t, "1626.98", f.Expected)
			assert.Equal(t, 326, f.Line)
		case "cross-table-part":
			assert.Equal(t, "1626.98", f.Claimed)
			assert.Equal(t, "1626.89", f.Expected)
			require.GreaterOrEqual(t, len(f.Evidence), 2)
			assert.Equal(t, "支出决算表（公开03表）", f.Evidence[1].Table)
			assert.Equal(t, "基本支出", f.Evidence[1].Column)
			// The 款 20113 and the row's 小计, whose sums fail by this
			// cell alone, are its evidence (blame).
			assert.True(t, hasCell(f.Evidence, "公开05表", "20113 商贸事务", "2,109.61"), "%v", f.Evidence)
			assert.True(t, hasCell(f.Evidence, "公开05表", "2011301 行政运行", "1,626.89"), "%v", f.Evidence)
		}
	}
	// Findings are sorted by page, then position.
	assert.True(t, sort.SliceIsSorted(fs, func(i, j int) bool {
		return fs[i].Pos.less(fs[j].Pos)
	}))
}

// 总计 is 本年收入合计 + 年初结转和结余 up to the rounding of two figures:
// 5,799.97 against 5,799.96 holds, 5,799.98 does not.
func TestStatementTotalTolerance(t *testing.T) {
	text := editLine(t, seedText(t), 160, "总计\t31\t5,799.97", "总计\t31\t5,799.98")
	fs := edited(t, text)
	require.Equal(t, []string{"statement-sum"}, rules(fs))
	assert.Equal(t, "5799.98", fs[0].Claimed)
	assert.Equal(t, "5799.96", fs[0].Expected)
	assert.Contains(t, fs[0].Message, "本年收入合计")
}

// A 类 figure of the 收入支出决算总表 changed: its own total and the 支出
// 决算表 disagree with it. The claim is the statement's figure, the one
// that summarises the detailed table.
func TestCrossTableEdit(t *testing.T) {
	lines := strings.Split(seedText(t), "\n")
	n := 0
	for i, l := range lines[:170] {
		if strings.Contains(l, "十五、商业服务业等支出") {
			n = i + 1
		}
	}
	require.NotZero(t, n)
	text := editLine(t, seedText(t), n, "2,482.92", "2,482.29")
	fs := edited(t, text)
	require.Equal(t, []string{"cross-table"}, rules(fs), "blame: the statement sum fails by this cell alone and is its evidence")
	for _, f := range fs {
		if f.Rule == "cross-table" {
			assert.Equal(t, "2482.29", f.Claimed, "the claim stands in the statement")
			assert.Equal(t, "2482.92", f.Expected)
			assert.Contains(t, f.Message, "类 216")
		}
	}
}

// 人员经费合计 changed: the 06 table's own sum and the 05 table's 基本支出
// both disagree.
func TestBasicAgainstGeneral(t *testing.T) {
	text := editLine(t, seedText(t), 395, "1,917.26", "1,917.62")
	fs := edited(t, text)
	// The narrative's 人员经费1917.26万元 no longer matches either.
	require.Equal(t, []string{"code-sum", "cross-table"}, rules(fs), "blame: the sentence agrees with what the cell should be and is its evidence")
}

// 三公 决算 合计 changed.
func TestSanGongEdit(t *testing.T) {
	text := editLine(t, seedText(t), 407, "45.48", "45.58")
	fs := edited(t, text)
	// The narrative's 支出决算为45.48万元 no longer matches the table.
	require.Equal(t, []string{"sangong-sum"}, rules(fs), "blame: the sentence agrees with what the cell should be and is its evidence")
	fs = fs[:1]
	assert.Equal(t, "45.58", fs[0].Claimed)
	assert.Equal(t, "45.48", fs[0].Expected)
	assert.Contains(t, fs[0].Message, "决算数/合计")
}

// checkTable runs every rule on a document made of one table in the text
// format.
func checkTable(t *testing.T, lines ...string) []Finding {
	return reported(check(t, strings.Join(lines, "\n")+"\n"))
}

// 0.2 against 0.02 is caught: no fixed slack.
func TestNoFixedSlack(t *testing.T) {
	fs := checkTable(t,
		"一般公共预算财政拨款支出决算表",
		"单位：万元",
		"科目编码\t科目名称\t合计",
		"合计\t\t0.20",
		"201\t一般公共服务支出\t0.02",
	)
	require.Equal(t, []string{"code-sum"}, rules(fs))
	assert.Equal(t, "0.20", fs[0].Claimed)
	assert.Equal(t, "0.02", fs[0].Expected)
}

// A sum of n figures rounded to 0.01 may be off by (n+1)·0.005: nine
// figures of 1.11 make 9.99, and a total printed 10.04 still holds (each
// figure may stand for up to 1.115), while 10.05 does not.
func TestToleranceGrowsWithAddends(t *testing.T) {
	rows := func(total string) []string {
		out := []string{"支出决算表", "科目编码\t科目名称\t本年支出合计", "20113\t商贸事务\t" + total}
		for i := 1; i <= 9; i++ {
			out = append(out, "201130"+string(rune('0'+i))+"\t项\t1.11")
		}
		return out
	}
	assert.Empty(t, checkTable(t, rows("10.04")...))
	fs := checkTable(t, rows("10.05")...)
	require.Equal(t, []string{"code-sum"}, rules(fs))
	assert.Equal(t, "9.99", fs[0].Expected)
}

// A total printed empty while its parts are not is a warning; a total
// printed empty over empty parts asserts nothing.
func TestEmptyTotal(t *testing.T) {
	fs := checkTable(t,
		"支出决算表",
		"科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出",
		"201\t一般公共服务支出\t\t1.00\t",
		"202\t外交支出\t\t\t",
	)
	require.Len(t, fs, 1)
	assert.Equal(t, Warning, fs[0].Severity)
	assert.Equal(t, "column-sum", fs[0].Rule)
	assert.Equal(t, "", fs[0].Claimed)
	assert.Equal(t, "1.00", fs[0].Expected)
}

// The 三公 layouts of other reports: 预算数/决算数 under each item; 三公
// beside 会议费 and 培训费 under a 合计 of its own; items as rows.
func TestSanGongLayouts(t *testing.T) {
	perItem := func(total string) []Finding {
		return checkTable(t,
			"财政拨款“三公”经费支出决算表",
			"单位：万元",
			"合计\t\t因公出国（境）费\t\t公务用车购置及运行费\t\t\t\t\t\t公务接待费\t",
			"\t\t\t\t小计\t\t公务用车购置费\t\t公务用车运行费\t\t\t",
			"预算数\t决算数\t预算数\t决算数\t预算数\t决算数\t预算数\t决算数\t预算数\t决算数\t预算数\t决算数",
			total+"\t3.00\t1.00\t0.50\t2.00\t1.50\t\t\t2.00\t1.50\t1.00\t1.00",
		)
	}
	assert.Empty(t, perItem("4.00"))
	fs := perItem("4.10")
	require.Equal(t, []string{"sangong-sum"}, rules(fs))
	assert.Contains(t, fs[0].Message, "合计/预算数")

	withMeetings := func(total, subtotal string) []Finding {
		return checkTable(t,
			"“三公”经费、会议费、培训费支出预算表",
			"单位：万元",
			"合计\t“三公”经费\t\t\t\t\t\t会议费\t培训费",
			"\t小计\t因公出国（境）费\t公务用车购置及运行维护费\t\t\t公务接待费\t\t",
			"\t\t\t小计\t公务用车购置费\t公务用车运行维护费\t\t\t",
			total+"\t"+subtotal+"\t160.00\t266.80\t\t266.80\t86.95\t271.02\t1,597.25",
		)
	}
	assert.Empty(t, withMeetings("2,382.02", "513.75"))
	assert.Equal(t, []string{"column-sum"}, rules(withMeetings("2,382.20", "513.75")))
	assert.Equal(t, []string{"sangong-sum"}, rules(withMeetings("2,382.02", "513.57")), "blame: the column sum is the cell's evidence")

	rowsLayout := func(car string) []Finding {
		return checkTable(t,
			"“三公”经费支出情况表",
			"项目\t预算数\t决算数",
			"合计\t10.00\t8.00",
			"1.因公出国（境）费\t2.00\t1.00",
			"2.公务用车购置及运行费\t"+car+"\t5.00",
			"其中：（1）公务用车购置费\t3.00\t2.00",
			"（2）公务用车运行费\t3.00\t3.00",
			"3.公务接待费\t2.00\t2.00",
		)
	}
	assert.Empty(t, rowsLayout("6.00"))
	assert.Equal(t, []string{"sangong-sum"}, rules(rowsLayout("6.50")), "blame: one wrong cell, one finding")
}

// A budget statement in 元 with integer amounts: 收入总计 is the sum of
// the numbered items and an item is the sum of its 1. 2. 3.
func TestBudgetStatement(t *testing.T) {
	lines := func(total string) []Finding {
		return checkTable(t,
			"2024年部门财务收支预算总表",
			"单位：元",
			"本年收入\t\t本年支出\t",
			"项目\t预算数\t项目\t预算数",
			"一、财政拨款收入\t156,211,123\t一、一般公共服务支出\t2,932,700",
			"1. 一般公共预算资金\t156,211,123\t二、公共安全支出\t153,278,423",
			"2. 政府性基金\t\t\t",
			"二、事业收入\t\t\t",
			"收入总计\t"+total+"\t支出总计\t156,211,123",
		)
	}
	assert.Empty(t, lines("156,211,123"))
	// One item: the total may differ from it by one unit in the last place
	// (both stand for ±0.5), not by two.
	assert.Empty(t, lines("156,211,124"))
	fs := lines("156,211,125")
	require.Equal(t, []string{"statement-sum"}, rules(fs))
	assert.Equal(t, "元", fs[0].Unit)
	assert.Equal(t, "156211123", fs[0].Expected)
}

// Flat headings that print 人员经费 and 公用经费 beside 基本支出 are
// regrouped: 合计 = 基本支出 + 项目支出, 基本支出 = 人员经费 + 公用经费.
func TestFlatPartColumns(t *testing.T) {
	fs := checkTable(t,
		"一般公共预算支出预算表",
		"科目编码\t科目名称\t合计\t基本支出\t人员经费\t公用经费\t项目支出",
		"201\t一般公共服务支出\t10.00\t6.00\t4.00\t2.00\t4.00",
	)
	assert.Empty(t, fs)
	fs = checkTable(t,
		"一般公共预算支出预算表",
		"科目编码\t科目名称\t合计\t基本支出\t人员经费\t公用经费\t项目支出",
		"201\t一般公共服务支出\t10.00\t6.00\t4.00\t2.20\t4.00",
	)
	require.Equal(t, []string{"column-sum"}, rules(fs))
	assert.Contains(t, fs[0].Message, "[基本支出] is 6.00")
}

func TestFindingJSONNames(t *testing.T) {
	f := Finding{Rule: "code-sum", Severity: Error, Page: 3, Quote: "q", Claimed: "1.00", Expected: "2.00", Unit: "万元", Message: "m",
		Evidence: []Evidence{{Kind: "table", Page: 3, Table: "t", Row: "r", Column: "c", Value: "1.00", Quote: "q", Line: 9}}}
	b, err := json.Marshal(f)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	keys := func(m map[string]any) []string {
		var k []string
		for x := range m {
			k = append(k, x)
		}
		sort.Strings(k)
		return k
	}
	assert.Equal(t, []string{"claimed", "evidence", "expected", "message", "page", "quote", "rule", "severity", "unit"}, keys(m))
	assert.Equal(t, "error", m["severity"])
	ev := m["evidence"].([]any)[0].(map[string]any)
	assert.Equal(t, []string{"column", "kind", "page", "quote", "row", "table", "value"}, keys(ev))
}

func TestDeterministic(t *testing.T) {
	text := editLine(t, seedText(t), 326, "1,626.89\t1,626.89", "1,626.89\t1,626.98")
	a, err := json.Marshal(check(t, text).Findings)
	require.NoError(t, err)
	for i := 0; i < 5; i++ {
		b, err := json.Marshal(check(t, text).Findings)
		require.NoError(t, err)
		require.Equal(t, string(a), string(b))
	}
}

// The framework: a rule reads the result of a rule it requires (as a
// narrative check will read the claims), a failing or panicking rule does
// not stop the others, and claims are counted.
func TestFramework(t *testing.T) {
	producer := &Analyzer{Name: "claims", Doc: "produces claims", Run: func(p *Pass) (any, error) {
		return []string{"a", "b", "c"}, nil
	}}
	var got []string
	consumer := &Analyzer{Name: "narrative", Doc: "reads claims", Requires: []*Analyzer{producer}, Run: func(p *Pass) (any, error) {
		got = p.ResultOf[producer].([]string)
		p.Consistent()
		p.Report(Finding{Severity: Warning, Page: 2, Message: "b is off"})
		p.Unchecked(Finding{Severity: Error, Page: 1, Message: "c has no table"})
		return nil, nil
	}}
	panics := &Analyzer{Name: "panics", Doc: "panics", Run: func(p *Pass) (any, error) { panic("boom") }}
	fails := &Analyzer{Name: "fails", Doc: "fails", Run: func(p *Pass) (any, error) { return nil, errors.New("no") }}
	needsFailed := &Analyzer{Name: "after", Doc: "requires a rule that fails", Requires: []*Analyzer{fails}, Run: func(p *Pass) (any, error) {
		t.Error("ran after a failed requirement")
		return nil, nil
	}}
	res := Check(&extract.Document{}, []*Analyzer{consumer, panics, needsFailed})
	assert.Equal(t, []string{"a", "b", "c"}, got)
	require.Len(t, res.Errors, 3)
	var msgs []string
	for _, e := range res.Errors {
		msgs = append(msgs, e.Error())
	}
	assert.Equal(t, []string{"rule panics: internal error: boom", "rule fails: no", "rule after: skipped: a rule it requires failed"}, msgs)
	assert.Equal(t, Stats{Claims: 3, Checked: 2, Consistent: 1}, res.Stats)
	require.Len(t, res.Findings, 2)
	assert.Equal(t, Info, res.Findings[0].Severity, "an unchecked claim is info")
	assert.Equal(t, 1, res.Findings[0].Page, "sorted by page")
	assert.Equal(t, "narrative", res.Findings[1].Rule)
}

func TestAnalyzersListed(t *testing.T) {
	require.NoError(t, Validate(Analyzers()))
	for _, a := range Analyzers() {
		assert.Equal(t, strings.ToLower(a.Name), a.Name)
	}
}

// Validate rejects what go/analysis's does, and Check runs nothing it
// rejects.
func TestValidate(t *testing.T) {
	run := func(*Pass) (any, error) { return nil, nil }
	ok := &Analyzer{Name: "ok", Doc: "fine", Run: run}
	a := &Analyzer{Name: "a", Doc: "a", Run: run}
	b := &Analyzer{Name: "b", Doc: "b", Run: run, Requires: []*Analyzer{a}}
	a.Requires = []*Analyzer{b}
	for _, c := range []struct {
		list []*Analyzer
		want string
	}{
		{[]*Analyzer{ok, {Doc: "no name", Run: run}}, "empty Name"},
		{[]*Analyzer{{Name: "x", Run: run}}, "x has an empty Doc"},
		{[]*Analyzer{{Name: "x", Doc: "x"}}, "x has a nil Run"},
		{[]*Analyzer{ok, {Name: "ok", Doc: "again", Run: run}}, "two analyzers are named ok"},
		{[]*Analyzer{{Name: "x", Doc: "x", Run: run, Requires: []*Analyzer{{Name: "ok", Doc: "again", Run: run}, ok}}}, "two analyzers are named ok"},
		{[]*Analyzer{nil}, "nil analyzer"},
		{[]*Analyzer{ok, a}, "cycle in Requires: a → b → a"},
	} {
		err := Validate(c.list)
		require.Error(t, err, c.want)
		assert.Contains(t, err.Error(), c.want)
		res := Check(&extract.Document{}, c.list)
		require.Len(t, res.Errors, 1)
		assert.Equal(t, err, res.Errors[0])
		assert.Empty(t, res.ByRule, "nothing ran")
	}
	assert.NoError(t, Validate([]*Analyzer{ok, ok}), "one analyzer listed twice is one analyzer")
}

// A rule that reads the claims without requiring them fails loudly: it
// does not check an empty narrative.
func TestNarrativeWithoutClaims(t *testing.T) {
	orphan := &Analyzer{Name: "orphan", Doc: "reads claims it does not require", Run: func(p *Pass) (any, error) {
		narrativeOf(p)
		return nil, nil
	}}
	res := Check(&extract.Document{}, []*Analyzer{orphan})
	require.Len(t, res.Errors, 1)
	assert.Contains(t, res.Errors[0].Error(), "rule orphan: internal error: rule orphan reads the claims, but the result of claims is <nil>")
}

// Tables of random cells from the reports' vocabulary, merged cells
// included, must never make a rule fail or panic.
func TestRandomTablesDoNotBreakRules(t *testing.T) {
	vocab := []string{"", "", "", "合计", "总计", "小计", "本年收入合计", "年初结转和结余", "一、一般公共服务支出", "1.一般公共预算",
		"201", "20113", "2011301", "06", "1", "301", "30102津贴补贴", "5,662.95", "0.00", "12", "-", "45.5%", "项目", "科目编码",
		"基本支出", "人员经费", "公用经费", "因公出国（境）费", "公务用车购置及运行费", "公务接待费", "预算数", "决算数", "栏次"}
	titles := []string{"", "收入支出决算总表", "支出决算表", "一般公共预算财政拨款支出决算表", "基本支出决算表", "“三公”经费支出决算表", "财政拨款收入支出决算总表"}
	state := uint64(42)
	next := func(n int) int { // a fixed linear congruential sequence: the same tables every run
		state = state*6364136223846793005 + 1442695040888963407
		return int((state >> 33) % uint64(n))
	}
	for i := 0; i < 300; i++ {
		rows, cols := 1+next(8), 1+next(8)
		tb := &extract.Table{Title: titles[next(len(titles))], Rows: rows, Cols: cols, Pages: []int{1}, HeaderRows: next(3)}
		for r := 0; r < rows; r++ {
			for c := 0; c < cols; c++ {
				if next(4) == 0 {
					continue
				}
				tb.Cells = append(tb.Cells, extract.Cell{Row: r, Col: c, RowSpan: 1 + next(2), ColSpan: 1 + next(2), Text: vocab[next(len(vocab))], Page: 1})
			}
		}
		doc := &extract.Document{Blocks: []extract.Block{{Table: tb}, {Table: tb}}}
		res := Check(doc, Analyzers())
		require.Empty(t, res.Errors, "table %d: %+v", i, tb)
	}
}

func TestTextEvidence(t *testing.T) {
	doc, err := extract.ReadText("s.txt", strings.NewReader("标题\n\n本年收入合计5662.95万元，其中：财政拨款收入5662.95万元。\n"))
	require.NoError(t, err)
	var ev Evidence
	var pos Position
	a := &Analyzer{Name: "text", Doc: "reads evidence", Run: func(p *Pass) (any, error) {
		ev = p.TextEvidence(1, 0, len("本年收入合计5662.95万元"))
		pos = p.TextPosition(1, 3)
		return nil, nil
	}}
	Check(doc, []*Analyzer{a})
	assert.Equal(t, Evidence{Kind: "text", Page: 1, Quote: "本年收入合计5662.95万元", Line: 3}, ev)
	assert.Equal(t, Position{Block: 1, Row: 3}, pos)
}

// The tables of another real report (corpus/real/putuo-czj-2024-final.pdf,
// transcribed in the text format with the PDF's split 类/款/项 code columns,
// two-panel 基本支出 table without 人员经费/公用经费 headings, and 三公
// columns with 预算数/决算数 under each item) agree under the same rule.
// Its rounding is larger than the seed's: 商品和服务支出 302 prints 171.07
// while its twelve 款 add up to 171.09 (allowed: 13 × 0.005 = 0.065), and
// 社会保障和就业支出 is 326.71 in the 总表 but 326.72 in the 支出决算表
// (the two intervals touch at 326.715).
func TestOtherReportLayout(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "putuo-czj-2024-final-tables.txt"))
	require.NoError(t, err)
	res := check(t, string(b))
	assert.Empty(t, reported(res))
	for _, a := range Analyzers() {
		if tableRule(a) && !notInSeed[a.Name] {
			assert.Positive(t, res.ByRule[a.Name].Checked, a.Name)
		}
	}

	// The same 302 total off by 0.10 is caught.
	text := strings.Replace(string(b), "302\t\t商品和服务支出\t171.07", "302\t\t商品和服务支出\t171.17", 1)
	require.NotEqual(t, string(b), text)
	fs := reported(check(t, text))
	require.Equal(t, []string{"code-sum"}, rules(fs), "302 against its 款; 公用经费合计 against 302 + 310 fails by the same cell and is its evidence (blame)")
	assert.Equal(t, "171.09", fs[0].Expected)
}
