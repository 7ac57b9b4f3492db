package reconcile

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/segment"
)

// fig names a figure in a message as the report prints it: "5.35万元".
func fig(m segment.Mention) i18n.Figure { return i18n.Figure(m.Text) }

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

// subj is a subject named by subjectName, subjectOf and the like, for a
// message: the report's own words, or, when nothing names it, the words
// "the figure" in the reader's language.
func subj(s string) i18n.Msg {
	if s == "the figure" {
		return i18n.M("subject.figure")
	}
	return i18n.Text(s)
}

// argSubject names an argument: its own subject, else its claim's.
func (n *narrative) argSubject(p *Pass, c *segment.Claim, a segment.Arg) string {
	if a.Subject != nil && strings.TrimSpace(a.Subject.Text) != "" {
		return strings.TrimSpace(a.Subject.Text)
	}
	return n.subjectOf(p, c)
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

// subjectOf names the subject of claim c in a message, in the report's
// own words, so that no message speaks of "the figure": the claim's
// subject; else the item its paragraph opens with ("1、公共安全支出（204类）
// 司法（06款）行政运行（01项）1434.89万元。…比2025年预算执行数减少1.10%",
// "54.西安市第三医院二期扩建项目绩效自评综述：全年预算数…"); else the words
// before its first figure ("2026年支出预算29956.27万元，比…增加1476.73万元";
// "合计190万元"); else the nearest section heading ("三、支出预算情况说明").
func (n *narrative) subjectOf(p *Pass, c *segment.Claim) string {
	if s := subjectName(c); s != "the figure" {
		return s
	}
	if s := paragraphItem(p.paragraph(c.Source.Block)); s != "" {
		return s
	}
	if len(c.Args) > 0 {
		if s := n.leadOf(p, c, c.Args[0].Mention); s != "" {
			return s
		}
	}
	if hs := n.headsAt(c.Source.Block); len(hs) > 0 {
		if s := itemName(headOrdinalPrefix.ReplaceAllString(hs[len(hs)-1], "")); s != "" {
			return s
		}
	}
	return "the figure"
}

// totalSubject names the subject of a total claim: its subject when the
// sentence prints it; else the words the total's clause opens with
// (本年支出合计, 合计), since a subject taken from a heading or an earlier
// sentence may be another's; else as subjectOf.
func (n *narrative) totalSubject(p *Pass, c *segment.Claim, tot segment.Mention) string {
	if !c.Subject.Inherited {
		if s := subjectName(c); s != "the figure" {
			return s
		}
	}
	if s := n.leadOf(p, c, tot); s != "" {
		return s
	}
	return n.subjectOf(p, c)
}

// headOrdinalPrefix matches the ordinal a list item or heading opens with:
// "1、", "54.", "(15)", "（一）", "一、", "第三部分".
var headOrdinalPrefix = regexp.MustCompile(`^\s*(?:第[一二三四五六七八九十]+部分|[（(]\s*[0-9一二三四五六七八九十]+\s*[)）]|[0-9]+\s*[、.．]|[一二三四五六七八九十]+、)\s*`)

// codedChain matches a classification chain whose levels carry their
// codes: "公共安全支出（204类）司法（06款）行政运行（01项）".
var codedChain = regexp.MustCompile(`^(?:[^，,。；;：:0-9（(）)]+[（(]\s*[0-9]*\s*[类款项]\s*[)）])+`)

// itemSuffixes are the words a titled item closes with that say what the
// passage is, not what it is about ("…项目绩效自评综述", "…情况说明").
var itemSuffixes = []string{"绩效自评综述", "绩效自评情况", "自评综述", "情况说明", "说明", "情况", "综述"}

// itemName trims a titled item's closing words and spaces; "" when nothing
// is left.
func itemName(s string) string {
	s = strings.TrimSpace(s)
	for _, suf := range itemSuffixes {
		if t := strings.TrimSuffix(s, suf); t != s && t != "" {
			s = t
			break
		}
	}
	return strings.TrimSpace(s)
}

// paragraphItem returns the item a numbered paragraph opens with: its
// classification chain ("1、公共安全支出（204类）司法（06款）行政运行（01项）
// 1434.89万元"), or its title before a colon ("54.西安市第三医院二期扩建项目
// 绩效自评综述："); "" when the paragraph opens otherwise or its opening
// words are a sentence ("(15) 经分管市长批准财政直拨…10万元").
func paragraphItem(para *extract.Paragraph) string {
	if para == nil {
		return ""
	}
	loc := headOrdinalPrefix.FindStringIndex(para.Text)
	if loc == nil {
		return ""
	}
	rest := para.Text[loc[1]:]
	if chain, span, ok := segment.ParseChain(rest); ok && len(chain) > 0 && span.Start == 0 {
		return strings.TrimSpace(rest[span.Start:span.End])
	}
	if m := codedChain.FindString(rest); m != "" {
		return strings.TrimSpace(m)
	}
	end := strings.IndexAny(rest, "：:，,。；;")
	if end < 0 || (rest[end] != ':' && !strings.HasPrefix(rest[end:], "：")) {
		return ""
	}
	title := rest[:end]
	if strings.ContainsAny(title, "0123456789") || utf8.RuneCountInString(title) > 40 {
		return ""
	}
	return itemName(title)
}

// leadOf returns the words of the clause before figure m of claim c's
// paragraph ("2026年支出预算", "合计"), without an opening ordinal or
// 其中 and a closing 为/是; "" when the figure opens its clause or the
// words are long enough to be a sentence of their own.
func (n *narrative) leadOf(p *Pass, c *segment.Claim, m segment.Mention) string {
	para := p.paragraph(c.Source.Block)
	if para == nil || m.Start <= 0 || m.Start > len(para.Text) {
		return ""
	}
	text := para.Text[:m.Start]
	if at := strings.LastIndexAny(text, "，,。；;：:（("); at >= 0 {
		_, w := utf8.DecodeRuneInString(text[at:])
		text = text[at+w:]
	}
	text = headOrdinalPrefix.ReplaceAllString(text, "")
	text = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(text), "其中"))
	for _, w := range []string{"为", "是", "达", "共计", "共", "约"} {
		text = strings.TrimSpace(strings.TrimSuffix(text, w))
	}
	if text == "" || utf8.RuneCountInString(text) > 20 || !hasHan(text) {
		return ""
	}
	return text
}

// hasHan reports whether s holds a Chinese character.
func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}
