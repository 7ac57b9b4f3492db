package reconcile

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/reconcile/tables"
	"github.com/gouji/gouji/segment"
)

// ReportYear checks the years the report prints against its own year
// (segment.Result.ReportYear, read from its title) and kind:
//
//   - a title or phrase naming the report itself ("2021年度部门决算", "第三
//     部分2021年度部门决算情况说明", a table titled "2024年部门…预算总表") must
//     name its year, unless it compares (与2023年度部门决算相比);
//   - "截至 D": in a final account of year Y, a year-end date must be the
//     end of Y (a 2024 决算 saying 截至2023年12月31日 is wrong), and a date
//     before Y is suspect; a budget of year Y is prepared during Y−1, so
//     its 截至 dates lie in Y−1 or Y (截至2023年8月31日 in a 2024 预算 is
//     right), and a year-end before Y−1 is wrong;
//   - a sentence that opens with a year other than Y ("2020年度收、支总计
//     5799.97万元") and states a figure the tables print for Y, with no
//     word of comparison between them, names the wrong year;
//   - a section whose comparisons (比2021年, 较2021年度, 与2021年相比)
//     all name Y−1 but one, which names an earlier year, likely kept that
//     year from an older report: a warning;
//   - a table that names one event ("魅力中国…中国城市" 评选) with the
//     report's year in one cell and another year in another ("力争入选2020
//     年度“魅力中国——…”评选10强榜单" beside "2022年度“魅力中国—…”十强城市")
//     kept a stale year in the other: a warning.
//
// Years in the body of the text (2020年度省绩效考核奖, 2023年预算执行数) are
// not checked: a report speaks of other years all the time.
var ReportYear = narrativeRule("report-year",
	"titles, 截至 dates and sentence years agree with the report's own year",
	checkReportYear)

// reportPhrase matches a phrase naming a report: "2021年度部门决算",
// "2024年部门财务收支预算总表".
var reportPhrase = regexp.MustCompile(`(\d{4})\s*年度?\s*(?:部门|单位)[^，。；：、,;:\d]{0,12}?(决算|预算)`)

// compareBefore are words that, just before a year, make it the year
// compared with.
var compareBefore = []string{"与", "比", "较", "同", "上", "对"}

func checkReportYear(p *Pass, n *narrative) {
	year, kind := n.res.ReportYear, n.res.ReportKind
	if year == 0 || kind == "" || p.Doc == nil {
		return
	}
	for bi, b := range p.Doc.Blocks {
		if para := b.Paragraph; para != nil {
			for _, m := range reportPhrase.FindAllStringSubmatchIndex(para.Text, -1) {
				checkPhrase(p, n, year, kind, bi, para.Text, m)
			}
		}
	}
	for _, t := range p.Tables.Tables {
		title := t.Src.Title
		for _, m := range reportPhrase.FindAllStringSubmatchIndex(title, -1) {
			y, _ := strconv.Atoi(title[m[2]:m[3]])
			if title[m[4]:m[5]] != kind {
				continue
			}
			if y == year {
				p.Consistent()
				continue
			}
			page := t.Page()
			p.Report(Finding{
				Severity: Error,
				Page:     page,
				Quote:    title,
				Claimed:  strconv.Itoa(y),
				Expected: strconv.Itoa(year),
				Unit:     "年",
				Msg:      i18n.M("year.title", y, year, kind),
				Evidence: []Evidence{{Kind: EvidenceTable, Page: page, Table: t.Name(), Quote: title, File: t.Src.File}},
				Pos:      Position{Block: t.Block},
			})
		}
	}
	for c := range n.claims(segment.ClaimDate) {
		if c.Aspect == "截至" && c.Date != nil {
			checkAsOf(p, c, year, kind)
		}
	}
	checkSentenceYears(p, n, year)
	checkComparedYears(p, n, year)
	for _, t := range p.Tables.Tables {
		checkEventYears(p, t, year)
	}
}

// checkPhrase judges one report phrase of a paragraph.
func checkPhrase(p *Pass, n *narrative, year int, kind string, block int, text string, m []int) {
	if text[m[4]:m[5]] != kind {
		return
	}
	y, err := strconv.Atoi(text[m[2]:m[3]])
	if err != nil {
		return
	}
	before := text[max(0, m[0]-12):m[0]]
	for _, w := range compareBefore {
		if strings.HasSuffix(strings.TrimSpace(before), w) || strings.Contains(lastRunes(before, 2), w) {
			return
		}
	}
	if kind == "预算" && strings.HasPrefix(text[m[1]:], "执行") {
		return // 2023年部门预算执行情况 in a 2024 budget
	}
	if y == year {
		p.Consistent()
		return
	}
	page, line := p.TextPlace(block, m[2])
	quote := text
	if s := n.sentenceAt(block, m[2]); s != nil {
		quote = s.Text
	}
	ev := Evidence{Kind: EvidenceText, Page: page, Quote: quote, Value: text[m[0]:m[1]], Line: line}
	if para := p.paragraph(block); para != nil {
		ev.File = para.File
	}
	p.Report(Finding{
		Severity: Error,
		Page:     page,
		Quote:    quote,
		Claimed:  strconv.Itoa(y),
		Expected: strconv.Itoa(year),
		Unit:     "年",
		Msg:      i18n.M("year.phrase", text[m[0]:m[1]], y, year, kind),
		Evidence: []Evidence{ev},
		Pos:      p.TextPosition(block, m[2]),
		Line:     line,
	})
}

// lastRunes returns the last n runes of s.
func lastRunes(s string, n int) string {
	for utf8.RuneCountInString(s) > n {
		_, w := utf8.DecodeRuneInString(s)
		s = s[w:]
	}
	return s
}

// checkAsOf judges a 截至 date.
func checkAsOf(p *Pass, c *segment.Claim, year int, kind string) {
	a, ok := c.Arg(segment.RoleDate)
	if !ok || c.Date.Year == 0 {
		return
	}
	d := *c.Date
	yearEnd := d.Month == 12 && d.Day == 31
	sev, want := Info, year
	switch kind {
	case "决算":
		switch {
		case yearEnd && d.Year != year:
			sev = Error
		case d.Year < year:
			sev = Warning
		}
	case "预算":
		want = year - 1
		switch {
		case yearEnd && d.Year < year-1:
			sev = Error
		case d.Year < year-1 || d.Year > year:
			sev = Warning
		}
	}
	if sev == Info {
		p.Consistent()
		return
	}
	m := a.Mention
	msg := i18n.M("year.asof", m.Text, year, kind)
	if yearEnd {
		msg = i18n.M("year.asof.end", m.Text, year, kind, want, d.Year)
	}
	f := p.textFinding(c, m, sev, strconv.Itoa(want), msg)
	f.Claimed, f.Unit = strconv.Itoa(d.Year), "年"
	p.Report(f)
}

// comparisonWords mark a sentence that compares its figures with another
// year's.
var comparisonWords = []string{"相比", "比上年", "较上年", "同比", "上年", "比", "较", "增长", "减少", "增加", "下降", "持平"}

// checkSentenceYears flags a sentence that opens with another year than
// the report's and then states a figure the tables print for the report's
// year.
func checkSentenceYears(p *Pass, n *narrative, year int) {
	dept := n.res.Department
	for si := range n.res.Sentences {
		s := &n.res.Sentences[si]
		var head *segment.Claim
		var headM segment.Mention
		for _, ci := range s.Claims {
			c := n.claim(ci)
			if c == nil || c.Kind != segment.ClaimDate || c.Date == nil || c.Aspect == "截至" {
				continue
			}
			a, ok := c.Arg(segment.RoleDate)
			if !ok || a.Mention.Start < s.Start || a.Mention.Start > len(s.Text)+s.Start {
				continue
			}
			prefix := s.Text[:a.Mention.Start-s.Start]
			prefix = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(prefix), dept))
			if prefix != "" || c.DateEnd != nil || c.Date.Month != 0 {
				continue
			}
			head, headM = c, a.Mention
			break
		}
		if head == nil || head.Date.Year == year {
			continue
		}
		for _, ci := range s.Claims {
			c := n.claim(ci)
			if c == nil || c.Kind != segment.ClaimAmount {
				continue
			}
			v, ok := c.Arg(segment.RoleValue)
			if !ok || !isMoney(v.Mention) || v.Mention.Start < headM.End || v.Mention.Start-s.Start > len(s.Text) {
				continue
			}
			between := s.Text[headM.End-s.Start : v.Mention.Start-s.Start]
			if containsAny(between, comparisonWords) || containsYear(n, s, headM.End, v.Mention.Start) {
				break
			}
			f := n.lookupYear(p, c, year)
			if !f.found || !f.x.Cell.Has {
				continue
			}
			want, _ := cellIn(f.x, v.Mention.Scale)
			if judge(v.Mention, v.Mention.Scale, want.Interval()) != vOK {
				continue
			}
			fd := p.textFinding(head, headM, Error, strconv.Itoa(year),
				i18n.M("year.sentence", headM.Text, subj(subjectName(c)), fig(v.Mention), year, f.x.T.Name()),
				f.x.evidence())
			fd.Claimed, fd.Unit = strconv.Itoa(head.Date.Year), "年"
			p.Report(fd)
			break
		}
	}
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// containsYear reports whether a sentence prints another year between two
// offsets (…2024年预算安排352.67万元: the figure is that year's).
func containsYear(n *narrative, s *segment.Sentence, from, to int) bool {
	for _, ref := range s.Mentions {
		if ref < 0 || ref >= len(n.res.Mentions) {
			continue
		}
		m := n.res.Mentions[ref]
		if m.Start >= from && m.Start < to && (m.Kind == segment.KindYear || m.Kind == segment.KindDate) {
			return true
		}
	}
	return false
}

// comparedYear matches a year a figure is compared with: 比2021年,
// 较2021年度, 与2021年(度)….
var comparedYear = regexp.MustCompile(`(?:比|较|与)\s*(\d{4})\s*年`)

// yearComparison is one comparison with a year, in a paragraph.
type yearComparison struct {
	block, at, end int // paragraph, byte offsets of the year
	year           int
}

// checkComparedYears warns of the one comparison of a section that names
// an earlier year than Y−1 when at least three others of the section name
// Y−1: "西安地球环境创新研究院公用经费预算115.36万元，比2020年增加16.93万元"
// among five units of a 2022 budget compared with 2021.
func checkComparedYears(p *Pass, n *narrative, year int) {
	bySection := map[string][]yearComparison{}
	var order []string
	for bi, b := range p.Doc.Blocks {
		if b.Paragraph == nil {
			continue
		}
		key := strings.Join(n.headsAt(bi), "|")
		for _, m := range comparedYear.FindAllStringSubmatchIndex(b.Paragraph.Text, -1) {
			y, err := strconv.Atoi(b.Paragraph.Text[m[2]:m[3]])
			if err != nil {
				continue
			}
			if _, ok := bySection[key]; !ok {
				order = append(order, key)
			}
			bySection[key] = append(bySection[key], yearComparison{block: bi, at: m[2], end: m[3], year: y})
		}
	}
	for _, key := range order {
		odd, ok := oddComparison(bySection[key], year-1)
		if !ok {
			continue
		}
		reportComparedYear(p, n, odd, year)
	}
}

// oddComparison returns the one comparison of a section that names a year
// before prev when at least three others name prev and none another year.
func oddComparison(cs []yearComparison, prev int) (yearComparison, bool) {
	var odd []yearComparison
	usual := 0
	for _, c := range cs {
		switch {
		case c.year == prev:
			usual++
		case c.year < prev:
			odd = append(odd, c)
		default:
			return yearComparison{}, false
		}
	}
	if len(odd) != 1 || usual < 3 {
		return yearComparison{}, false
	}
	return odd[0], true
}

// reportComparedYear reports a comparison with a stale year.
func reportComparedYear(p *Pass, n *narrative, c yearComparison, year int) {
	text := p.Doc.Blocks[c.block].Paragraph.Text
	page, line := p.TextPlace(c.block, c.at)
	quote := text
	if s := n.sentenceAt(c.block, c.at); s != nil {
		quote = s.Text
	}
	p.Report(Finding{
		Severity: Warning,
		Page:     page,
		Quote:    quote,
		Claimed:  strconv.Itoa(c.year),
		Expected: strconv.Itoa(year - 1),
		Unit:     "年",
		Msg:      i18n.M("year.compare", c.year, year-1),
		Evidence: []Evidence{{Kind: EvidenceText, Page: page, Quote: quote, Value: text[c.at:c.end], Line: line, File: p.Doc.Blocks[c.block].Paragraph.File}},
		Pos:      p.TextPosition(c.block, c.at),
		Line:     line,
	})
}

// eventYear matches a year that names an event by its quoted name:
// 2022年度“魅力中国—外籍人才眼中最具吸引力的中国城市”.
var eventYear = regexp.MustCompile(`(\d{4})\s*年度?\s*[“"]([^”"]{4,})[”"]`)

// eventKey is an event's name without punctuation: the dashes and
// quotes of two printings of one name differ.
func eventKey(name string) string {
	var b strings.Builder
	for _, r := range name {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// checkEventYears warns of a cell that names an event with another year
// than the report's when another cell of the table names the same event
// with the report's year.
func checkEventYears(p *Pass, t *tables.Table, year int) {
	type named struct {
		cell *extract.Cell
		year int
		at   []int
	}
	byEvent := map[string][]named{}
	var keys []string
	for i := range t.Src.Cells {
		c := &t.Src.Cells[i]
		for _, m := range eventYear.FindAllStringSubmatchIndex(c.Text, -1) {
			y, err := strconv.Atoi(c.Text[m[2]:m[3]])
			k := eventKey(c.Text[m[4]:m[5]])
			if err != nil || utf8.RuneCountInString(k) < 4 {
				continue
			}
			if _, ok := byEvent[k]; !ok {
				keys = append(keys, k)
			}
			byEvent[k] = append(byEvent[k], named{cell: c, year: y, at: m})
		}
	}
	for _, k := range keys {
		list := byEvent[k]
		own := slices.ContainsFunc(list, func(x named) bool { return x.year == year })
		for _, x := range list {
			if !own || x.year == year {
				continue
			}
			page := x.cell.Page
			if page == 0 {
				page = t.Page()
			}
			p.Report(Finding{
				Severity: Warning,
				Page:     page,
				Quote:    x.cell.Text,
				Claimed:  strconv.Itoa(x.year),
				Expected: strconv.Itoa(year),
				Unit:     "年",
				Msg:      i18n.M("year.cell", x.cell.Text[x.at[4]:x.at[5]], x.year, year),
				Evidence: []Evidence{{Kind: EvidenceTable, Page: page, Table: t.Name(), Quote: x.cell.Text, Value: x.cell.Text[x.at[2]:x.at[3]], File: t.Src.File}},
				Pos:      Position{Block: t.Block, Row: x.cell.Row, Col: x.cell.Col},
			})
		}
	}
}
