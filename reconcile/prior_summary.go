package reconcile

import (
	"regexp"
	"slices"
	"strings"

	"github.com/gouji/gouji/num"
	"github.com/gouji/gouji/reconcile/tables"
	"github.com/gouji/gouji/report"
	"github.com/gouji/gouji/segment"
)

// The summary of a report that cross-report rules (prior-year,
// budget-final) read: the figures the report prints for its own year, and
// the figures it gives for last year. Pairing keeps this, not the
// document, so that a run over many reports stays small.

// Summary is what cross-report checks keep of one report.
type Summary struct {
	// File is the report's (first) file; Files all of them.
	File  string   `json:"file"`
	Files []string `json:"files,omitempty"`
	// Identity is the report's kind, year and issuer (package report).
	Identity report.Identity `json:"report"`
	// Figures are the report's own figures of its year, by item key.
	Figures map[string][]Printed `json:"-"`
	// Restated are the figures the report gives for last year.
	Restated []Restatement `json:"-"`
	// Headline is the table figure of each probe name ("收入合计",
	// "基本支出", "公务接待费" …) the tables print: what gouji series shows.
	Headline map[string]Printed `json:"-"`
	// Initial are, in a final account, the figures it gives for the year's
	// budget (年初预算).
	Initial []Restatement `json:"-"`
}

// Printed is one printed figure of an item: its value in 元 (the rounding
// interval of the printed figure) and where it stands.
type Printed struct {
	Text     string
	Iv       num.Interval
	Evidence Evidence
}

// RestateHow says how a report gives a figure for last year.
type RestateHow string

// The ways a report restates last year.
const (
	// ByAmount: current ∓ the stated change (增加X万元).
	ByAmount RestateHow = "amount"
	// ByPercent: current ÷ (1 ± p%).
	ByPercent RestateHow = "percent"
	// ByEqual: 与上年持平 / 相等 / 一致: last year's figure is the current one.
	ByEqual RestateHow = "equal"
	// ByPrinted: last year's figure printed (上年 column, 上年预算为X).
	ByPrinted RestateHow = "printed"
	// ByRate: a final account's completion rate: actual ÷ rate is the
	// budget it was measured on.
	ByRate RestateHow = "rate"
)

// Restatement is one item's figure for last year as this report gives it,
// in one or more ways (a change stated as an amount and a percentage).
type Restatement struct {
	Key  string
	Name string
	// Ways are the figures implied, one per way of stating it.
	Ways []RestateWay
	// Finding is where the statement stands: page, quote, position and
	// the evidence of this report (filled as for a finding).
	Finding Finding
}

// RestateWay is one way the report gives last year's figure.
type RestateWay struct {
	How RestateHow
	// Claimed is the printed figure the way rests on (the amount of the
	// change, the percentage, the current figure), Unit its unit.
	Claimed, Unit string
	// Prev is last year's figure it implies, in 元.
	Prev num.Interval
	// Cur is this year's figure in 元, for the expected value.
	Cur num.Interval
	// Scale is the power of ten of Claimed's unit (4 for 万元, 0 for %),
	// Decimal its printed decimals; CurScale the power of ten of the
	// current figure's unit, in which messages print last year's figure.
	Scale, Decimal, CurScale int32
}

// summaryOf builds the summary of a document.
func summaryOf(p *Pass, n *narrative) *Summary {
	s := &Summary{File: p.Doc.Source, Files: p.Doc.Files, Identity: report.Identify(p.Doc), Figures: map[string][]Printed{}, Headline: map[string]Printed{}}
	if s.Identity.Year == 0 {
		s.Identity.Year = n.res.ReportYear
	}
	if s.File == "" && len(s.Files) > 0 {
		s.File = s.Files[0]
	}
	s.addTableFigures(p)
	s.addProbeFigures(p, n)
	s.addRestated(p, n)
	s.addPrevColumns(p)
	s.addInitial(p, n)
	s.compact()
	return s
}

// addTableFigures keeps every function-classification row's total.
func (s *Summary) addTableFigures(p *Pass) {
	for _, t := range p.Tables.Tables {
		col := firstAmountColumn(t, s.Identity.Year)
		if col < 0 {
			continue
		}
		e, ok := tableUnitExp(t)
		if !ok {
			continue
		}
		for _, r := range t.Records {
			code := recordCode(r)
			if r.Heading || code == "" {
				continue
			}
			c, has := r.Cells[col]
			if !has || c.Pct {
				continue
			}
			x := cellOf(t, r, col)
			s.add("code:"+code, Printed{Text: c.Text, Iv: c.Interval().Scale(e), Evidence: x.evidence()})
		}
	}
}

// firstAmountColumn returns a table's first amount column of the
// report's own year and kind (no 上年 column, no other year's, no change
// column, no 预算 column of a final account), or −1.
func firstAmountColumn(t *tables.Table, year int) int {
	for _, c := range t.Columns {
		if c.Role != tables.RoleValue || c.Percent {
			continue
		}
		h := c.Heading()
		if strings.Contains(h, "上年") || strings.Contains(h, "增") || strings.Contains(h, "减") ||
			t.Budget && strings.Contains(h, "决算") || !t.Budget && strings.Contains(h, "预算") {
			continue
		}
		if y := pathYear(c.Path); y != 0 && year != 0 && y != year {
			continue
		}
		return c.Index
	}
	return -1
}

// recordCode is a row's function-classification code: printed, or the
// 类 its name gives in a summary table; "" for none.
func recordCode(r *tables.Record) string {
	switch {
	case r == nil:
		return ""
	case functionCode(r.Code):
		return r.Code
	case r.Code == "" && functionCode(r.Class):
		return r.Class
	}
	return ""
}

// functionCode reports whether a code is a function-classification code
// (201, 20101, 2010101).
func functionCode(c string) bool {
	return (len(c) == 3 || len(c) == 5 || len(c) == 7) && c[0] == '2'
}

// add keeps a figure of an item, once per value: the first place that
// prints it (tables come first) is the one a finding cites.
func (s *Summary) add(key string, f Printed) {
	for _, o := range s.Figures[key] {
		if o.Iv.Lo.Equal(f.Iv.Lo) && o.Iv.Hi.Equal(f.Iv.Hi) {
			return
		}
	}
	s.Figures[key] = append(s.Figures[key], f)
}

// probes are the names looked up in a report's tables for its headline
// items, each under the item key termKey gives it.
var probes = []string{
	"收入总计", "支出总计", "收入合计", "支出合计",
	"财政拨款收入", "财政拨款支出", "一般公共预算支出", "一般公共预算财政拨款支出", "政府性基金预算财政拨款支出",
	"基本支出", "项目支出",
	"三公经费", "因公出国（境）费", "公务用车购置及运行费", "公务用车购置费", "公务用车运行维护费", "公务接待费",
	"会议费", "培训费", "机关运行经费",
}

// addProbeFigures keeps the table figure of each headline item, looked up
// as a sentence naming it would be, and the amounts the narrative states
// for them.
func (s *Summary) addProbeFigures(p *Pass, n *narrative) {
	like := segment.Mention{Kind: segment.KindMoney, Unit: "万元", Scale: 4, Value: num.MustParse("1.00"), Bound: segment.BoundExact}
	src := segment.Source{Block: firstParagraph(p), Sentence: -1} // no sentence: the report's year
	for _, name := range probes {
		key := termKey(name)
		probe := segment.Claim{ID: -1, Kind: segment.ClaimAmount, Subject: segment.Subject{Text: name}, Source: src,
			Args: []segment.Arg{{Role: segment.RoleValue, Mention: like}}}
		f := n.lookup(p, &probe)
		for i, x := range append([]term{f.x}, f.alt...) {
			if !f.found || x.T == nil || !x.Cell.Has || x.Cell.Pct {
				continue
			}
			e, ok := tableUnitExp(x.T)
			if !ok {
				continue
			}
			pr := Printed{Text: x.Cell.Text, Iv: x.Cell.Interval().Scale(e), Evidence: x.evidence()}
			s.add(key, pr)
			if i == 0 {
				s.Headline[name] = pr
			}
		}
	}
	for c := range n.claims(segment.ClaimAmount) {
		a, ok := c.Arg(segment.RoleValue)
		if !ok || !isMoney(a.Mention) || !exact(a.Mention) || c.Aspect != "" && c.Aspect != "预算" && c.Aspect != "决算" {
			continue
		}
		if n.claimYear(c, a.Mention) != s.Identity.Year || c.Subject.Inherited {
			continue
		}
		key := n.itemKey(p, c, a)
		if key == "" {
			continue
		}
		ev := p.mentionEvidence(n, a.Ref)
		s.add(key, Printed{Text: a.Mention.Text, Iv: valueIn(a.Mention, 0), Evidence: ev})
	}
}

// firstParagraph is the block index of the document's first paragraph
// (probes stand there: the nearest table is then the first of its kind).
func firstParagraph(p *Pass) int {
	for i, b := range p.Doc.Blocks {
		if b.Paragraph != nil {
			return i
		}
	}
	return 0
}

// itemKey is the key of the item an amount claim names: its
// classification code when its figure is a classification row of the
// tables, else the headline item its words name ("" for none).
func (n *narrative) itemKey(p *Pass, c *segment.Claim, a segment.Arg) string {
	if c.Subject.Kind == segment.SubjectClass || c.Subject.Code != "" || len(c.Subject.Chain) > 0 {
		if c.Subject.Code != "" && functionCode(c.Subject.Code) {
			return "code:" + c.Subject.Code
		}
		f := n.figure(p, c)
		if code := recordCode(f.x.R); f.found && code != "" {
			return "code:" + code // found by name: a differing amount is text-vs-table's
		}
		if !f.found {
			return classByName(p, c.Subject.Chain, a.Mention)
		}
		return ""
	}
	return termKey(c.Subject.Text)
}

// termKey names the headline item a subject's words name: 总计, 财政拨款,
// 一般公共预算, 政府性基金, 基本支出, 项目支出, a 三公 item, 会议费, 培训费,
// 机关运行经费; "" for none. The words of one fund (一般公共预算) come
// before the wider ones (财政拨款).
func termKey(text string) string {
	k0 := strings.NewReplacer("“", "", "”", "", "\"", "").Replace(factKey(text))
	k0 = strings.TrimPrefix(k0, "本部门")
	if totalWords.MatchString(k0) {
		return "总计"
	}
	k := strings.NewReplacer("预算", "", "拨款", "", "收、支", "").Replace(k0)
	switch {
	case k == "":
		return ""
	case strings.Contains(k, "三公") || sgConceptOf(k) != sgNone:
		if c := sgConceptOf(k); c != sgNone && c != sgTotal {
			return "三公:" + sgNames[c]
		}
		return "三公:合计"
	case meetingWordIn(k) != "":
		return meetingWordIn(k)
	case strings.Contains(k, "机关运行经费"):
		return "机关运行经费"
	case strings.Contains(k, "人员经费") || strings.Contains(k, "公用经费") || strings.Contains(k, "机动") || strings.Contains(k, "结转") || strings.Contains(k, "采购"):
		return ""
	case strings.Contains(k, "项目支出"):
		return "项目支出"
	case strings.Contains(k, "基本支出"):
		return "基本支出"
	case strings.Contains(k, "政府性基金"):
		return "政府性基金"
	case strings.Contains(k, "国有资本"):
		return "国有资本经营"
	case strings.Contains(k, "一般公共"):
		return "一般公共预算"
	case strings.Contains(k, "财政"):
		return "财政拨款"
	}
	return ""
}

// totalWords are the names of a report's whole income or spending.
var totalWords = regexp.MustCompile(`^(部门)?(收、?支|收入|支出|收支)?(预算)?(总计|合计)$|^(部门)?(收入|支出)预算$`)

// meetingWordIn returns 会议费 or 培训费 when k names one (会议费预算支出).
func meetingWordIn(k string) string {
	for _, w := range []string{"会议费", "培训费"} {
		if strings.Contains(k, w) && !strings.Contains(k, "三公") {
			return w
		}
	}
	return ""
}

// ItemKey is the key a headline name is kept under (termKey), for callers
// that look restatements up by name (gouji series).
func ItemKey(name string) string { return termKey(name) }

// compact copies the strings a summary keeps out of the document's text
// (a quote is a slice of its paragraph, which it would keep alive), so that
// the summary holds only what it shows.
func (s *Summary) compact() {
	for k, fs := range s.Figures {
		for i := range fs {
			if fs[i].Evidence.Kind == EvidenceTable {
				fs[i].Evidence.Quote = "" // the cell is named by table, row and column
			}
			fs[i].Evidence = cloneEvidence(fs[i].Evidence)
		}
		s.Figures[k] = slices.Clip(fs)
	}
	for k, f := range s.Headline {
		f.Evidence.Quote = ""
		f.Evidence = cloneEvidence(f.Evidence)
		s.Headline[k] = f
	}
	for _, rs := range [][]Restatement{s.Restated, s.Initial} {
		for i := range rs {
			f := &rs[i].Finding
			f.Quote, f.Claimed, f.Unit = strings.Clone(f.Quote), strings.Clone(f.Claimed), strings.Clone(f.Unit)
			f.Evidence = slices.Clone(f.Evidence)
			for j := range f.Evidence {
				if f.Evidence[j].Quote == f.Quote {
					f.Evidence[j].Quote = "" // shared below
				}
				f.Evidence[j] = cloneEvidence(f.Evidence[j])
				if f.Evidence[j].Quote == "" && f.Evidence[j].Kind == EvidenceText {
					f.Evidence[j].Quote = f.Quote
				}
			}
			rs[i].Name = strings.Clone(rs[i].Name)
		}
	}
	s.Restated, s.Initial = slices.Clip(s.Restated), slices.Clip(s.Initial)
}

func cloneEvidence(e Evidence) Evidence {
	e.Quote, e.Table, e.Row, e.Column, e.Value = strings.Clone(e.Quote), strings.Clone(e.Table), strings.Clone(e.Row), strings.Clone(e.Column), strings.Clone(e.Value)
	return e
}
