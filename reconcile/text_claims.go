package reconcile

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/num"
	"github.com/gouji/gouji/reconcile/tables"
	"github.com/gouji/gouji/segment"
	"github.com/shopspring/decimal"
)

// The narrative checks. Each is an Analyzer that requires claimsAnalyzer,
// which reads the narrative into claims once (package segment) and keeps
// what several checks need: the section headings in force at every
// paragraph, and the table figure each amount claim names (found once,
// shared by text-vs-table, unit-slip and report-year).
//
// Every check judges a printed figure against an interval computed from
// other printed figures (package num): a figure printed with d decimals
// stands for v ± ½·10^-d, computed results carry the interval of their
// inputs, and the two agree when their intervals overlap. A mismatch that
// goes away if the writer truncated instead of rounding is a warning. A
// figure printed as a bound (近, 余, 以上 …) is checked only as a bound; one
// printed as an estimate (约, 左右) is not checked.

// claimsAnalyzer is the producer the narrative checks require. It checks
// nothing and is not listed in Analyzers().
var claimsAnalyzer = &Analyzer{
	Name: "claims",
	Doc:  "the narrative's numeric claims (package segment)",
	Run: func(p *Pass) (any, error) {
		return newNarrative(p), nil
	},
}

// narrative is the result of claimsAnalyzer.
type narrative struct {
	res *segment.Result
	// heads[block] are the headings in force at a paragraph, outermost
	// first ("五、一般公共预算财政拨款支出决算情况说明", "（三）…具体情况").
	heads [][]string
	// figures caches the table figure of each amount claim (by claim ID).
	figures map[int]*figure
	// project[id] is set for a claim that stands where the text speaks of
	// one project (a self-evaluation's project list): there 项目支出 and
	// 总计 are the project's, not the department's.
	project []bool
	// mentionSentence[ref] is the sentence of a mention (sentenceOf).
	mentionSentence []int
	// valueClaims maps a mention to the amount claim it is the value of.
	valueClaims map[int]int
}

// refined returns the interval of a figure at scale, narrowed by the table
// cell that prints the same figure when the two agree: both are printings
// of one true value, which lies in both intervals. "“三公”经费…预算为68万元"
// stands for 67.5 to 68.5, but the 三公 table prints 68.00, so a rate of it
// is computed on 67.995 to 68.005.
func (n *narrative) refined(p *Pass, a segment.Arg, scale int32) num.Interval {
	iv := valueIn(a.Mention, scale)
	if n.valueClaims == nil {
		n.valueClaims = map[int]int{}
		for i := range n.res.Claims {
			c := &n.res.Claims[i]
			if c.Kind != segment.ClaimAmount {
				continue
			}
			if v, ok := c.Arg(segment.RoleValue); ok {
				if _, dup := n.valueClaims[v.Ref]; !dup {
					n.valueClaims[v.Ref] = c.ID
				}
			}
		}
	}
	id, ok := n.valueClaims[a.Ref]
	if !ok || a.Ref < 0 || !isMoney(a.Mention) || !exact(a.Mention) {
		return iv
	}
	c := n.claim(id)
	if c == nil {
		return iv
	}
	f := n.figure(p, c)
	if !f.found || !f.x.Cell.Has || f.x.Cell.Pct {
		return iv
	}
	cv, _ := cellIn(f.x, scale)
	civ := cv.Interval()
	if !iv.Overlaps(civ) {
		return iv // they disagree: text-vs-table says so
	}
	return num.Interval{Lo: decimal.Max(iv.Lo, civ.Lo), Hi: decimal.Min(iv.Hi, civ.Hi)}
}

func newNarrative(p *Pass) *narrative {
	n := &narrative{res: segment.Claims(p.Doc), figures: map[int]*figure{}}
	if p.Doc != nil {
		n.heads = sectionHeads(p.Doc.Blocks)
	}
	n.project = projectScopes(p, n.res)
	return n
}

// projectScopes marks the claims that stand under a project: after a
// claim about a named project and before the next section heading.
func projectScopes(p *Pass, res *segment.Result) []bool {
	out := make([]bool, len(res.Claims))
	topic := false
	last := -1
	for i := range res.Claims {
		c := &res.Claims[i]
		b := c.Source.Block
		if b != last {
			for k := max(last+1, 0); k <= b; k++ {
				if para := p.paragraph(k); para != nil && headingLevel(para.Text) > 0 {
					topic = false
				}
			}
			last = b
		}
		if c.Subject.Kind == "project" {
			topic = true
		}
		out[i] = topic
	}
	return out
}

// underProject reports whether a claim stands under a project.
func (n *narrative) underProject(c *segment.Claim) bool {
	return c.ID >= 0 && c.ID < len(n.project) && n.project[c.ID]
}

// narrativeOf returns the claims read by claimsAnalyzer; never nil.
func narrativeOf(p *Pass) *narrative {
	if n, ok := p.ResultOf[claimsAnalyzer].(*narrative); ok && n != nil && n.res != nil {
		return n
	}
	return &narrative{res: &segment.Result{}, figures: map[int]*figure{}}
}

// claim returns the claim with the given ID, or nil.
func (n *narrative) claim(id int) *segment.Claim {
	if id < 0 || id >= len(n.res.Claims) {
		return nil
	}
	return &n.res.Claims[id]
}

// headsAt returns the headings in force at block.
func (n *narrative) headsAt(block int) []string {
	if block < 0 || block >= len(n.heads) {
		return nil
	}
	return n.heads[block]
}

// headingLevel patterns: "第三部分", "一、", "（一）" / "(一)", "1、" / "1.".
var (
	headPart    = regexp.MustCompile(`^第[一二三四五六七八九十]+部分`)
	headOrdinal = regexp.MustCompile(`^[一二三四五六七八九十]+、`)
	headParen   = regexp.MustCompile(`^[（(][一二三四五六七八九十]+[)）]`)
)

// headingLevel returns the level of a paragraph that reads as a section
// heading (1 for 第…部分, 2 for 一、, 3 for （一）), or 0. A heading is short
// and is not a sentence.
func headingLevel(text string) int {
	t := strings.TrimSpace(text)
	if t == "" || utf8.RuneCountInString(t) > 45 || strings.ContainsAny(t, "。；，") {
		return 0
	}
	switch {
	case headPart.MatchString(t):
		return 1
	case headOrdinal.MatchString(t):
		return 2
	case headParen.MatchString(t):
		return 3
	}
	return 0
}

// sectionHeads returns, for every block, the headings in force there.
func sectionHeads(blocks []extract.Block) [][]string {
	out := make([][]string, len(blocks))
	var stack [4]string
	for i, b := range blocks {
		if b.Paragraph != nil {
			if lv := headingLevel(b.Paragraph.Text); lv > 0 {
				stack[lv] = strings.TrimSpace(b.Paragraph.Text)
				for k := lv + 1; k < len(stack); k++ {
					stack[k] = ""
				}
			}
		}
		var hs []string
		for _, h := range stack[1:] {
			if h != "" {
				hs = append(hs, h)
			}
		}
		out[i] = hs
	}
	return out
}

// verdict is the outcome of comparing a printed figure with a computed
// interval.
type verdict int

const (
	vOK    verdict = iota // agrees
	vTrunc                // agrees only if the writer truncated: a warning
	vBad                  // disagrees: an error
	vSkip                 // cannot be judged (an estimate, 约)
)

// judge compares printed figure m, expressed at scale (a power of ten of
// its base unit), with a computed interval. Bounds are checked as bounds:
// "余"/"以上" (at least), "近"/"不足" (at most), a range as its span.
func judge(m segment.Mention, scale int32, computed num.Interval) verdict {
	v := m.In(scale)
	switch m.Bound {
	case segment.BoundExact, "":
		if num.Consistent(v, computed) {
			return vOK
		}
		if num.ConsistentTruncated(v, computed) {
			return vTrunc
		}
		return vBad
	case segment.BoundRange:
		if m.Interval(scale).Overlaps(computed) {
			return vOK
		}
		return vBad
	case segment.BoundAtLeast:
		if v.Interval().Lo.LessThanOrEqual(computed.Hi) {
			return vOK
		}
		return vBad
	case segment.BoundAtMost:
		if computed.Lo.LessThanOrEqual(v.Interval().Hi) {
			return vOK
		}
		return vBad
	case segment.BoundAbout:
		// 近 approaches from below: the true value is at most the figure.
		if strings.Contains(m.Qualifier, "近") || strings.Contains(m.Qualifier, "将近") {
			if computed.Lo.LessThanOrEqual(v.Interval().Hi) {
				return vOK
			}
			return vBad
		}
	}
	return vSkip
}

// exact reports whether a mention states an exact figure, so that it may
// take part in arithmetic.
func exact(m segment.Mention) bool { return m.Bound == segment.BoundExact || m.Bound == "" }

// sameBase reports whether two mentions are in units that convert into
// each other (元 and 万元; 个 and 个; % and %).
func sameBase(a, b segment.Mention) bool {
	if a.Kind == segment.KindPercent || b.Kind == segment.KindPercent {
		return a.Kind == b.Kind
	}
	if a.Kind == segment.KindPoints || b.Kind == segment.KindPoints {
		return false
	}
	if a.Kind == segment.KindMoney || b.Kind == segment.KindMoney {
		return a.Kind == b.Kind && a.Currency == b.Currency && a.BaseUnit == b.BaseUnit
	}
	return a.BaseUnit != "" && a.BaseUnit == b.BaseUnit
}

// isMoney reports whether a mention is an amount of 元 (万元, 亿元).
func isMoney(m segment.Mention) bool {
	return m.Kind == segment.KindMoney && m.BaseUnit == "元" && (m.Currency == "" || m.Currency == "CNY")
}

// sigDecimals returns the number of decimals d needs once trailing zeros
// are dropped.
func sigDecimals(d decimal.Decimal) int32 {
	s := d.String()
	i := strings.IndexByte(s, '.')
	if i < 0 {
		return 0
	}
	return int32(len(strings.TrimRight(s[i+1:], "0")))
}

// expectedExact prints what a figure should have been when gouji found or
// computed it by adding and subtracting printed figures: the interval's
// midpoint (the exact sum of the printed inputs), with the claim's
// precision or the inputs' when finer — 5.35 − 5.33 is shown as 0.02, not
// as 0.0 — and never more than four decimals beyond the claim's.
func expectedExact(claim num.Value, computed num.Interval) string {
	mid := computed.Mid()
	d := max(claim.Decimals, min(sigDecimals(mid), claim.Decimals+4))
	return mid.StringFixed(d)
}

// expectedRatio prints a computed ratio (a percentage) with the claim's
// precision: what the writer should have printed.
func expectedRatio(claim num.Value, computed num.Interval) string {
	return num.Expected(claim, computed).String()
}

// sentenceEvidence is the sentence of a claim as evidence.
func (p *Pass) sentenceEvidence(c *segment.Claim) Evidence {
	return p.TextEvidence(c.Source.Block, c.Source.Start, c.Source.End)
}

// mentionEvidence is one figure of the narrative (its sentence) as
// evidence, with the figure as its value.
func (p *Pass) mentionEvidence(n *narrative, ref int) Evidence {
	if ref < 0 || ref >= len(n.res.Mentions) {
		return Evidence{Kind: "text"}
	}
	m := n.res.Mentions[ref]
	if si := sentenceOf(n, ref); si >= 0 {
		s := n.res.Sentences[si]
		ev := p.TextEvidence(s.Block, s.Start, s.End)
		ev.Value = m.Text
		return ev
	}
	return Evidence{Kind: "text", Value: m.Text}
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// sentenceAt returns the sentence of block that holds byte offset off, or
// nil.
func (n *narrative) sentenceAt(block, off int) *segment.Sentence {
	for i := range n.res.Sentences {
		s := &n.res.Sentences[i]
		if s.Block == block && s.Start <= off && off < s.End {
			return s
		}
	}
	return nil
}

// textFinding builds a finding that stands at figure at of claim c; its
// quote is the sentence that prints the figure (a claim may run over two
// sentences: 合计…。实际支出…，结转6.8万元。).
func (p *Pass) textFinding(c *segment.Claim, at segment.Mention, sev Severity, expected, msg string, ev ...Evidence) Finding {
	page, line := p.TextPlace(c.Source.Block, at.Start)
	if page == 0 {
		page = c.Source.Page
	}
	self := p.sentenceEvidence(c)
	quote := c.Source.Text
	if s := narrativeOf(p).sentenceAt(c.Source.Block, at.Start); s != nil && s.Start != c.Source.Start {
		self = p.TextEvidence(s.Block, s.Start, s.End)
		quote = s.Text
	}
	self.Value = at.Text
	return Finding{
		Severity: sev,
		Page:     page,
		Quote:    quote,
		Claimed:  printed(at),
		Expected: expected,
		Unit:     at.Unit,
		Message:  msg,
		Evidence: append([]Evidence{self}, ev...),
		Pos:      p.TextPosition(c.Source.Block, at.Start),
		Line:     line,
	}
}

// printed is a mention's figure as printed, without separators ("5662.95").
func printed(m segment.Mention) string {
	s := m.Value.String()
	if m.Hi != nil {
		s += "-" + m.Hi.String()
	}
	return s
}

// reportText records a checked claim that failed at figure at.
func (p *Pass) reportText(c *segment.Claim, at segment.Mention, sev Severity, expected, msg string, ev ...Evidence) {
	p.Report(p.textFinding(c, at, sev, expected, msg, ev...))
}

// uncheckedText records a claim that could not be checked.
func (p *Pass) uncheckedText(c *segment.Claim, at segment.Mention, msg string, ev ...Evidence) {
	p.Unchecked(p.textFinding(c, at, Info, "", msg, ev...))
}

// severityOf maps a failed verdict to a severity.
func severityOf(v verdict) Severity {
	if v == vTrunc {
		return Warning
	}
	return Error
}

// truncNote is appended to messages of truncation-only mismatches.
func truncNote(v verdict) string {
	if v == vTrunc {
		return " (it agrees only if truncated instead of rounded)"
	}
	return ""
}

// fig names a figure in a message: "5.35万元".
func fig(m segment.Mention) string { return m.Text }

// subjectName names a claim's subject in messages; a subject the sentence
// does not print (taken from a heading or an earlier sentence) is named
// only when nothing better is known.
func subjectName(c *segment.Claim) string {
	s := strings.TrimSpace(c.Subject.Text)
	if s == "" {
		s = strings.TrimSpace(c.Subject.Canonical)
	}
	if s == "" {
		return "the figure"
	}
	return s
}

// printedSubject names a claim's subject when the sentence prints it, or
// says what the figure is (fallback: "the total").
func printedSubject(c *segment.Claim, fallback string) string {
	if c.Subject.Inherited {
		return fallback
	}
	return subjectName(c)
}

// argSubject names an argument: its own subject, else its claim's.
func argSubject(c *segment.Claim, a segment.Arg) string {
	if a.Subject != nil && strings.TrimSpace(a.Subject.Text) != "" {
		return strings.TrimSpace(a.Subject.Text)
	}
	return subjectName(c)
}

// pctInterval returns part/whole as a percentage interval; ok is false
// when the whole may be zero.
func pctInterval(part, whole num.Interval) (num.Interval, bool) {
	q, ok := part.Div(whole)
	if !ok {
		return num.Interval{}, false
	}
	return q.Scale(2), true
}

// unitWord names a scale of 元 for messages.
func unitWord(scale int32) string {
	switch scale {
	case 0:
		return "元"
	case 4:
		return "万元"
	case 8:
		return "亿元"
	}
	return fmt.Sprintf("×10^%d 元", scale)
}

// tableUnitExp returns the power of ten of a table's unit, or ok false
// when the table prints none.
func tableUnitExp(t *tables.Table) (int32, bool) { return unitExp(t.Unit()) }
