package reconcile

import (
	"regexp"
	"sort"
	"strings"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/i18n"
)

// TemplateLeftover names what an author left of the template a report is
// written from: placeholders (XX, XXX, 20XX), both alternatives kept
// (增加（减少）, 增长（下降）), the template's instructions to the author
// (（如持平作持平表述）, （不涉及的不列）, 仍保留该表格式，并在本表下方作下述说明)
// and 说明 slots left empty (主要原因是。). One error per paragraph or table,
// listing what it holds, so that a template is named once per place and
// not once per placeholder.
var TemplateLeftover = &Analyzer{
	Name: "template-leftover",
	Doc:  "placeholders (XX, 20XX), both alternatives kept (增加（减少）), instructions to the author and empty 说明 slots left from the template",
	Run:  runTemplateLeftover,
}

// leftoverRes match what a template leaves, most specific first.
var leftoverRes = []*regexp.Regexp{
	regexp.MustCompile(`20[XxＸ×]{2}`),
	regexp.MustCompile(`[XＸ×]{2,}`),
	regexp.MustCompile(`(?:增加|增长|上升|大于|高于)[（(](?:减少|下降|降低|小于|低于)[)）]|(?:增加|增长)[/／](?:减少|下降)`),
	regexp.MustCompile(`[（(【][^（()）【】]{0,40}?(?:不涉及的?不列|如持平|持平表述|仅有一个单位|本部分内容|制度名称|请填写|请说明|如无|如有|据实填|填写|填列)[^（()）【】]{0,40}[)）】]`),
	regexp.MustCompile(`仍保留该表格式|作下述说明`),
	regexp.MustCompile(`(?:主要原因(?:是|为)?|主要用于|原因是)[：:]?[。；;]`),
}

// placeholderRe matches a run of placeholder letters: XX, XXX and
// XXXXXXXX are one kind of leftover and are listed once, as XX.
var placeholderRe = regexp.MustCompile(`[XxＸ×]{2,}`)

// maxListed is how many leftovers of one place a message quotes.
const maxListed = 3

// leftovers returns the distinct leftovers in s, in order, and the offset
// of the first.
func leftovers(s string) ([]string, int) {
	type hit struct {
		at   int
		text string
	}
	var hits []hit
	covered := make([]bool, len(s))
	for _, re := range leftoverRes {
		for _, m := range re.FindAllStringIndex(s, -1) {
			if covered[m[0]] {
				continue
			}
			for i := m[0]; i < m[1]; i++ {
				covered[i] = true
			}
			hits = append(hits, hit{m[0], placeholderRe.ReplaceAllString(s[m[0]:m[1]], "XX")})
		}
	}
	if len(hits) == 0 {
		return nil, -1
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].at < hits[j].at })
	seen := map[string]bool{}
	var out []string
	for _, h := range hits {
		if !seen[h.text] {
			seen[h.text] = true
			out = append(out, h.text)
		}
	}
	return out, hits[0].at
}

func runTemplateLeftover(p *Pass) (any, error) {
	for i, b := range p.Doc.Blocks {
		switch {
		case b.Paragraph != nil:
			leftoverInParagraph(p, i, b.Paragraph)
		case b.Table != nil:
			leftoverInTable(p, i, b.Table)
		}
	}
	return nil, nil
}

func leftoverInParagraph(p *Pass, block int, para *extract.Paragraph) {
	found, at := leftovers(para.Text)
	if found == nil {
		return
	}
	page, line := p.TextPlace(block, at)
	p.record(Finding{Severity: Error, Page: page, Pos: Position{Block: block, Row: at},
		Quote: para.Text, Line: line, Msg: leftoverMsg(found), Mark: found[0]})
}

// leftoverInTable reports a table's leftovers once: in its title and
// cells, at the first cell that holds one.
func leftoverInTable(p *Pass, block int, t *extract.Table) {
	var found []string
	seen := map[string]bool{}
	page, row, quote := 0, 0, ""
	add := func(s string, pg, r int) {
		fs, _ := leftovers(s)
		for _, f := range fs {
			if !seen[f] {
				seen[f] = true
				found = append(found, f)
			}
		}
		if fs != nil && quote == "" {
			page, row, quote = pg, r, s
		}
	}
	first := 0
	if len(t.Pages) > 0 {
		first = t.Pages[0]
	}
	add(t.Title, first, 0)
	for _, c := range t.Cells {
		add(c.Text, c.Page, c.Row)
	}
	if found == nil {
		return
	}
	p.record(Finding{Severity: Error, Page: page, Pos: Position{Block: block, Row: row}, Quote: quote, Msg: leftoverMsg(found), Mark: found[0]})
}

// leftoverMsg quotes up to maxListed leftovers.
func leftoverMsg(found []string) i18n.Msg {
	more := len(found) - maxListed
	if more > 0 {
		found = found[:maxListed]
	}
	list := "“" + strings.Join(found, "”、“") + "”"
	if more > 0 {
		return i18n.M("template-leftover.more", list, more)
	}
	return i18n.M("template-leftover", list)
}
