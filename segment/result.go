package segment

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/gouji/gouji/extract"
)

// Result is the narrative of one document read into claims.
type Result struct {
	// Source is the document's source path.
	Source string `json:"source"`
	// ReportKind is "决算" for a final account, "预算" for a budget, ""
	// when the title does not say; ReportYear the year the report is
	// about (0 when not found). Claims without an aspect mean the
	// report's kind.
	ReportKind string `json:"report_kind,omitempty"`
	ReportYear int    `json:"report_year,omitempty"`
	// Department is the reporting unit as its title names it; subjects
	// are printed without it ("上海市普陀区财政局共有车辆" → "共有车辆").
	Department string `json:"department,omitempty"`
	// Sentences of every paragraph, in reading order.
	Sentences []Sentence `json:"sentences"`
	// Mentions are every number of the narrative, in reading order.
	Mentions []Mention `json:"mentions"`
	// Claims in reading order; Claim.ID is the index.
	Claims []Claim `json:"claims"`
	// Unclaimed lists the sentences with narrative numbers that no claim
	// uses, with those numbers.
	Unclaimed []Unclaimed `json:"unclaimed"`
	Stats     Stats       `json:"stats"`
}

// Sentence is one sentence of a paragraph.
type Sentence struct {
	// Block is the paragraph's index in Document.Blocks; Page the page the
	// sentence starts on.
	Block int `json:"block"`
	Page  int `json:"page"`
	// Start and End are byte offsets in the paragraph's text.
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Mentions and Claims index Result.Mentions and Result.Claims.
	Mentions []int `json:"mentions,omitempty"`
	Claims   []int `json:"claims,omitempty"`
}

// Unclaimed is a sentence with narrative numbers no claim uses.
type Unclaimed struct {
	Sentence int   `json:"sentence"`
	Mentions []int `json:"mentions"`
}

// Stats summarises a Result.
type Stats struct {
	Sentences int `json:"sentences"`
	// Numbers counts narrative numbers (money, percent, points, count,
	// quantity); Claimed those used by a claim.
	Numbers int `json:"numbers"`
	Claimed int `json:"claimed"`
	// Other counts the numbers that are not narrative figures (years,
	// dates, ordinals, codes, labels, bare numbers).
	Other  int         `json:"other"`
	ByKind []KindStat  `json:"by_kind"`
	Claims []ClaimStat `json:"claims"`
}

// KindStat counts the mentions of one kind.
type KindStat struct {
	Kind    MentionKind `json:"kind"`
	Numbers int         `json:"numbers"`
	Claimed int         `json:"claimed"`
}

// ClaimStat counts the claims of one kind.
type ClaimStat struct {
	Kind  ClaimKind `json:"kind"`
	Count int       `json:"count"`
}

// Coverage prints Claimed/Numbers as a percentage with one decimal,
// computed in integers ("97.3%"; "-" when there are no numbers).
func (s Stats) Coverage() string {
	return percentString(s.Claimed, s.Numbers)
}

func percentString(a, b int) string {
	if b == 0 {
		return "-"
	}
	tenths := (a*1000 + b/2) / b
	return fmt.Sprintf("%d.%d%%", tenths/10, tenths%10)
}

// ClaimCount returns the number of claims of kind k.
func (s Stats) ClaimCount(k ClaimKind) int {
	for _, c := range s.Claims {
		if c.Kind == k {
			return c.Count
		}
	}
	return 0
}

// Claims reads the narrative of doc into claims. It looks at paragraphs
// only (tables are for the reconcile stage), is deterministic and never
// panics.
func Claims(doc *extract.Document) *Result {
	res := &Result{}
	if doc == nil {
		res.finish()
		return res
	}
	res.Source = doc.Source
	e := newEngine(doc, res)
	e.depts = departments(doc)
	if len(e.depts) > 0 {
		res.Department = e.depts[0]
	}
	for bi, b := range doc.Blocks {
		switch {
		case b.Paragraph != nil:
			e.paragraph(bi, b.Paragraph)
		case b.Table != nil:
			e.breakFlow()
		}
	}
	e.breakFlow()
	e.payments()
	res.ReportKind, res.ReportYear = reportKindYear(doc)
	res.order()
	res.finish()
	return res
}

var (
	titlePattern    = regexp.MustCompile(`^(.{2,40}?)\s*(?:\d{4}年)`)
	titleDeptPrefix = regexp.MustCompile(`^(?:预算主管部门|主管部门|部门|单位)[：:]\s*(.{2,40})$`)
)

// departments reads the reporting unit's name from the title pages: the
// words before the year of "上海市普陀区财政局2024年度部门决算", the line
// above "部门决算", or "预算主管部门：…". Longest first.
func departments(doc *extract.Document) []string {
	var names []string
	var prev string
	n := 0
	for _, b := range doc.Blocks {
		p := b.Paragraph
		if p == nil {
			continue
		}
		if n++; n > 8 {
			break
		}
		t := strings.TrimSpace(p.Text)
		report := strings.Contains(t, "决算") || strings.Contains(t, "预算")
		if m := titleDeptPrefix.FindStringSubmatch(t); m != nil {
			names = append(names, strings.TrimSpace(m[1]))
		} else if m := titlePattern.FindStringSubmatch(t); m != nil && report && !strings.ContainsAny(m[1], "，。：；、") {
			names = append(names, strings.TrimSpace(m[1]))
		} else if (strings.HasPrefix(t, "部门决算") || strings.HasPrefix(t, "部门预算") || strings.HasPrefix(t, "单位决算")) &&
			prev != "" && utf8.RuneCountInString(prev) <= 30 && !strings.ContainsAny(prev, "，。：；") {
			names = append(names, prev)
		}
		prev = t
	}
	var out []string
	for _, nm := range names {
		if utf8.RuneCountInString(nm) >= 4 && !slices.Contains(out, nm) {
			out = append(out, nm)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

// reportKindYear reads the report's kind and year from its first
// paragraphs ("株洲市商务和粮食局2021年度部门决算").
func reportKindYear(doc *extract.Document) (string, int) {
	kind, year := "", 0
	n := 0
	for _, b := range doc.Blocks {
		p := b.Paragraph
		if p == nil {
			continue
		}
		if n++; n > 40 {
			break
		}
		t := p.Text
		if kind == "" {
			switch {
			case strings.Contains(t, "决算"):
				kind = "决算"
			case strings.Contains(t, "预算"):
				kind = "预算"
			}
		}
		if year == 0 {
			for _, m := range ParseMentions(t) {
				if m.Kind == KindYear && m.Date != nil && m.DateEnd == nil {
					year = m.Date.Year
					break
				}
			}
		}
		if kind != "" && year != 0 {
			break
		}
	}
	return kind, year
}

// order sorts claims by sentence (stable, so creation order breaks ties)
// and renumbers them, their links and the sentences' claim lists.
func (r *Result) order() {
	idx := make([]int, len(r.Claims))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		ca, cb := &r.Claims[idx[a]], &r.Claims[idx[b]]
		return ca.Source.Sentence < cb.Source.Sentence
	})
	newID := make([]int, len(r.Claims))
	claims := make([]Claim, len(r.Claims))
	for n, old := range idx {
		newID[old] = n
		claims[n] = r.Claims[old]
	}
	for i := range claims {
		claims[i].ID = i
		for k := range claims[i].Links {
			if l := claims[i].Links[k].Claim; l >= 0 && l < len(newID) {
				claims[i].Links[k].Claim = newID[l]
			}
		}
	}
	r.Claims = claims
	for i := range r.Sentences {
		r.Sentences[i].Claims = nil
	}
	for _, c := range r.Claims {
		if s := c.Source.Sentence; s >= 0 && s < len(r.Sentences) {
			r.Sentences[s].Claims = append(r.Sentences[s].Claims, c.ID)
		}
	}
}

// finish computes Unclaimed and Stats.
func (r *Result) finish() {
	used := make([]bool, len(r.Mentions))
	for _, c := range r.Claims {
		for _, a := range c.Args {
			if a.Ref >= 0 && a.Ref < len(used) {
				used[a.Ref] = true
			}
			if a.TimesRef != nil && *a.TimesRef >= 0 && *a.TimesRef < len(used) {
				used[*a.TimesRef] = true
			}
		}
	}
	st := Stats{Sentences: len(r.Sentences)}
	kinds := []MentionKind{KindMoney, KindPercent, KindPoints, KindCount, KindQuantity}
	by := make(map[MentionKind]*KindStat)
	for _, k := range kinds {
		st.ByKind = append(st.ByKind, KindStat{Kind: k})
	}
	for i := range st.ByKind {
		by[st.ByKind[i].Kind] = &st.ByKind[i]
	}
	for i, m := range r.Mentions {
		ks := by[m.Kind]
		if ks == nil {
			st.Other++
			continue
		}
		ks.Numbers++
		st.Numbers++
		if used[i] {
			ks.Claimed++
			st.Claimed++
		}
	}
	for _, k := range ClaimKinds {
		n := 0
		for _, c := range r.Claims {
			if c.Kind == k {
				n++
			}
		}
		st.Claims = append(st.Claims, ClaimStat{Kind: k, Count: n})
	}
	r.Stats = st
	r.Unclaimed = nil
	for si, s := range r.Sentences {
		var left []int
		for _, mi := range s.Mentions {
			if mi >= 0 && mi < len(r.Mentions) && r.Mentions[mi].Kind.Claimable() && !used[mi] {
				left = append(left, mi)
			}
		}
		if len(left) > 0 {
			r.Unclaimed = append(r.Unclaimed, Unclaimed{Sentence: si, Mentions: left})
		}
	}
}
