package reconcile

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/num"
	"github.com/gouji/gouji/segment"
	"github.com/shopspring/decimal"
)

// The narrative checks. Each is an Analyzer that requires claimsAnalyzer,
// which reads the narrative into claims once (package segment) and keeps
// what several checks need: the section headings in force at every
// paragraph, and the table figure each amount claim names (found once,
// shared by text-vs-table, unit-slip and report-year). How a check judges
// a figure is in judge.go; how it records a finding, in text.go.

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
	// tableRead are the figures read at a table's finer printing by
	// refined (precision.go).
	tableRead []tableReading
}

// amountClaimOf returns the amount claim whose value is a, or nil.
func (n *narrative) amountClaimOf(a segment.Arg) *segment.Claim {
	if n.valueClaims == nil {
		n.valueClaims = map[int]int{}
		for c := range n.claims(segment.ClaimAmount) {
			if v, ok := c.Arg(segment.RoleValue); ok {
				if _, dup := n.valueClaims[v.Ref]; !dup {
					n.valueClaims[v.Ref] = c.ID
				}
			}
		}
	}
	id, ok := n.valueClaims[a.Ref]
	if !ok || a.Ref < 0 {
		return nil
	}
	return n.claim(id)
}

// refined returns the interval of a figure at scale, narrowed by the table
// cell that prints the same figure when the two agree: both are printings
// of one true value, which lies in both intervals. "“三公”经费…预算为68万元"
// stands for 67.5 to 68.5, but the 三公 table prints 68.00, so a rate of it
// is computed on 67.995 to 68.005.
func (n *narrative) refined(p *Pass, a segment.Arg, scale int32) num.Interval {
	iv := valueIn(a.Mention, scale)
	c := n.amountClaimOf(a)
	if c == nil || !isMoney(a.Mention) || !exact(a.Mention) {
		return iv
	}
	cv, ok := n.figure(p, c).cellAmount(scale)
	if !ok {
		return iv
	}
	civ := cv.Interval()
	if !iv.Overlaps(civ) {
		return iv // they disagree: text-vs-table says so
	}
	n.noteTableReading(a, cv, n.figure(p, c))
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

// percentOf returns the percentage a share or a completion claim prints.
func percentOf(c *segment.Claim) (segment.Mention, bool) {
	pa, ok := c.Arg(segment.RolePercent)
	return pa.Mention, ok && pa.Mention.Kind == segment.KindPercent
}

// underProject reports whether a claim stands under a project.
func (n *narrative) underProject(c *segment.Claim) bool {
	return c.ID >= 0 && c.ID < len(n.project) && n.project[c.ID]
}

// narrativeOf returns the claims read by claimsAnalyzer. A rule that reads
// them without listing claimsAnalyzer in Requires is a programming error:
// it panics (and Check lists the rule in Result.Errors) rather than check
// an empty narrative.
func narrativeOf(p *Pass) *narrative {
	r := p.ResultOf[claimsAnalyzer]
	n, ok := r.(*narrative)
	if !ok || n == nil || n.res == nil {
		panic(fmt.Sprintf("rule %v reads the claims, but the result of %s is %T (is %s in its Requires?)", p.Analyzer, claimsAnalyzer.Name, r, claimsAnalyzer.Name))
	}
	return n
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

// sentenceOf returns the sentence index of a mention, or −1.
func sentenceOf(n *narrative, ref int) int {
	if n.mentionSentence == nil {
		n.mentionSentence = make([]int, len(n.res.Mentions))
		for i := range n.mentionSentence {
			n.mentionSentence[i] = -1
		}
		for si := range n.res.Sentences {
			for _, r := range n.res.Sentences[si].Mentions {
				if r >= 0 && r < len(n.mentionSentence) && n.mentionSentence[r] < 0 {
					n.mentionSentence[r] = si
				}
			}
		}
	}
	if ref < 0 || ref >= len(n.mentionSentence) {
		return -1
	}
	return n.mentionSentence[ref]
}

// blockOf returns the paragraph of a mention, or −1.
func blockOf(n *narrative, ref int) int {
	if s := sentenceOf(n, ref); s >= 0 {
		return n.res.Sentences[s].Block
	}
	return -1
}
