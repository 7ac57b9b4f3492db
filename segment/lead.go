package segment

import (
	"strings"
)

// Reading the lead of a number: the words between the figure before it
// and the number say what it is (its cue, aspect, base and subject).

// analyze reads the lead of a number: its cue, aspect, base, subject. The
// steps run in order; each reads one thing of the words before the number.
func (e *engine) analyze(el *elem) {
	clauseLo := clauseStart(el)
	leadOpeners(el)
	leadContinues(el)
	e.clauseYear(el, clauseLo)
	z := e.trailingZone(el, clauseLo)
	if el.cue == "" {
		namedCue(el, clauseLo, &z)
	}
	if el.cue == "" {
		comparedWithCue(el, clauseLo, &z)
	}
	e.leadAspects(el, z)
	if el.each {
		el.times, el.timesRef = e.eachTimes(el, clauseLo)
	}
	e.leadSubject(el, clauseLo, z.lo)
}

// clauseStart returns the first token of the clause el is printed in,
// within its lead.
func clauseStart(el *elem) int {
	for i := el.pos - 1; i >= el.leadLo; i-- {
		if isClauseSep(el.toks[i]) {
			return i + 1
		}
	}
	return el.leadLo
}

// leadOpeners marks a list opener (其中, 包括, 以下方面) anywhere in the
// lead.
func leadOpeners(el *elem) {
	toks := el.toks
	for i := el.leadLo; i < el.pos; i++ {
		if c := cueOf(toks[i]); c == "of" || c == "open" {
			el.opens = true
			el.opener = c
			el.opensAt = toks[i].paren
			if i+1 < el.pos {
				el.opensAt = toks[i+1].paren
			}
		}
	}
}

// leadContinues reads a lead that is empty or only separators: bareLead
// when it is only punctuation, cont when it is only 、 or 和 (the number
// continues the one before).
func leadContinues(el *elem) {
	toks := el.toks
	el.bareLead = el.leadLo < el.pos
	el.cont = false
	sepOnly := true
	for i := el.leadLo; i < el.pos; i++ {
		t := toks[i]
		if t.Tag != TagPunct {
			el.bareLead = false
			if !(t.Tag == TagFunction && (t.Text == "和" || t.Text == "及")) {
				sepOnly = false
			}
		} else if t.Text != "、" && t.Text != " " {
			sepOnly = false
		}
	}
	if el.leadLo < el.pos && sepOnly {
		el.cont = true
	}
	if el.bareLead && el.leadLo < el.pos {
		for i := el.leadLo; i < el.pos; i++ {
			if toks[i].Text == "、" {
				el.cont = true
			}
		}
	}
}

// clauseYear reads a year printed in the number's clause ("2023年当年预算
// 执行数为…").
func (e *engine) clauseYear(el *elem, clauseLo int) {
	toks := el.toks
	for i := clauseLo; i < el.pos; i++ {
		if m := e.mention(toks[i]); m != nil && m.Kind == KindYear && m.Date != nil && !toks[i].quote {
			el.year = m.Date.Year
		}
	}
}

// leadZone is the trailing zone of a lead: the cue words, aspects and
// function words between the subject and the number.
type leadZone struct {
	lo      int   // first token of the zone: the subject ends before it
	cueAt   int   // the cue word, −1
	baseAt  int   // the base word (比, 较, 与…相比), −1
	aspects []int // the aspect words
}

// trailingZone reads the zone backwards from the number, setting the cue
// and the total, each and from marks of el.
func (e *engine) trailingZone(el *elem, clauseLo int) leadZone {
	toks := el.toks
	z := leadZone{cueAt: -1, baseAt: -1}
	j := el.pos - 1
	for ; j >= clauseLo; j-- {
		if !e.inZone(el, toks[j], j, &z) {
			break
		}
	}
	z.lo = j + 1
	return z
}

// inZone reads token t (at j) of the trailing zone; false when the zone
// ends before it.
func (e *engine) inZone(el *elem, t stok, j int, z *leadZone) bool {
	switch t.Tag {
	case TagPunct:
		return t.Text != "、"
	case TagFunction, TagScope:
		return true
	case TagAspect:
		z.aspects = append(z.aspects, j)
		return true
	case TagNumber:
		m := e.mention(t)
		return m != nil && !m.Kind.Claimable() && !t.quote
	case TagCue:
		switch c := t.Canon; c {
		case "be", "of", "open", "incl":
		case "total":
			el.total = true
		case "each":
			el.each = true
		case "from":
			el.from = true
		case "base":
			if z.baseAt < 0 {
				z.baseAt = j
			}
		default:
			if z.cueAt < 0 {
				z.cueAt = j
				el.cue = c
			}
		}
		return true
	}
	return false
}

// namedCue reads 占X的 / 完成X的: the cue sits before a named whole or
// budget.
func namedCue(el *elem, clauseLo int, z *leadZone) {
	toks := el.toks
	k := el.pos - 1
	for k >= clauseLo && toks[k].Tag == TagPunct {
		k--
	}
	if k < clauseLo || toks[k].Text != "的" {
		return
	}
	for i := k - 1; i >= clauseLo; i-- {
		if c := cueOf(toks[i]); c == "share" || c == "completion" {
			el.cue = c
			z.cueAt = i
			el.named = joinText(toks[i+1 : k])
			z.lo = i
			for z.lo > clauseLo && (toks[z.lo-1].Tag == TagFunction || toks[z.lo-1].Tag == TagPunct) {
				z.lo--
			}
			z.aspects = nil
			for a := i + 1; a < k; a++ {
				if toks[a].Tag == TagAspect {
					z.aspects = append(z.aspects, a)
				}
			}
			return
		}
		if isClauseSep(toks[i]) {
			return
		}
	}
}

// comparedWithCue reads "高于全国1.9个百分点", "超过长沙10个点": the
// compared-with name sits between the cue and the number.
func comparedWithCue(el *elem, clauseLo int, z *leadZone) {
	toks := el.toks
	for k := el.pos - 1; k >= clauseLo && k >= el.pos-3; k-- {
		if c := cueOf(toks[k]); c == "gt" || c == "lt" {
			el.cue = c
			el.named = joinText(toks[k+1 : el.pos])
			z.cueAt = k
			z.lo = k
			return
		}
		if toks[k].Tag == TagPunct || toks[k].Tag == TagNumber {
			return
		}
	}
}

// leadAspects reads the aspects of the zone and the base: after a base
// word they name the base; after a completion or share cue, the budget or
// the whole; otherwise the number's own aspect.
func (e *engine) leadAspects(el *elem, z leadZone) {
	toks := el.toks
	for _, a := range z.aspects {
		t := toks[a]
		switch {
		case z.baseAt >= 0 && a > z.baseAt:
			if el.baseAsp == "" {
				el.baseAsp = t.Canon
			}
		case z.cueAt >= 0 && a > z.cueAt && (el.cue == "completion" || el.cue == "share"):
			if el.baseAsp == "" {
				el.baseAsp = t.Canon
			}
		default:
			if el.aspect == "" {
				el.aspect = t.Canon
			}
		}
	}
	if z.baseAt >= 0 {
		hi := el.pos
		if z.cueAt > z.baseAt {
			hi = z.cueAt
		}
		b := strings.TrimSuffix(strings.TrimSuffix(joinText(toks[z.baseAt+1:hi]), "相比"), "相较")
		if toks[z.baseAt].Text == "同比" || toks[z.baseAt].Text == "环比" {
			b = toks[z.baseAt].Text
			if el.baseAsp == "" && b == "同比" {
				el.baseAsp = "上年"
			}
		}
		el.base = strings.TrimSpace(b)
		el.isBase = el.cue == "" && hi == el.pos && toks[z.baseAt].Text != "同比" && toks[z.baseAt].Text != "环比"
		if el.baseAsp == "" {
			el.baseAsp = baseAspectOf(toks[z.baseAt+1 : hi])
		}
	} else if el.cue == "up" || el.cue == "down" || el.cue == "flat" {
		el.base, el.baseAsp = e.sentBase.text, e.sentBase.asp
	}
	if el.cue == "completion" && el.named != "" && el.baseAsp == "" {
		el.baseAsp = el.named
	}
}

// leadSubject reads the subject: the clause before the cue words, or the
// words after a count ("230余家企业"), or the clause before a parenthesis
// ("实际利用外资（外商直接投资）累计874万美元").
func (e *engine) leadSubject(el *elem, clauseLo, zoneLo int) {
	toks := el.toks
	subj, leadAsp, act := e.subjectFrom(toks, clauseLo, zoneLo)
	if subj.Text == "" && clauseLo > el.leadLo && clauseLo > 0 && (toks[clauseLo-1].Text == "）" || toks[clauseLo-1].Text == ")") {
		if o := openParen(toks, clauseLo-1); o > el.leadLo {
			lo := o
			for lo > el.leadLo && !isClauseSep(toks[lo-1]) {
				lo--
			}
			subj, leadAsp, act = e.subjectFrom(toks, lo, o)
		}
	}
	if el.aspect == "" && leadAsp != "" {
		el.aspect = leadAsp
	}
	countTail := (el.kind == KindCount || el.kind == KindQuantity) && el.pos+1 < len(toks) && isWordTag(toks[el.pos+1].Tag)
	if act || subj.Text == "" || countTail {
		if ts := e.tailSubject(el); ts.Text != "" && el.kind != KindPercent {
			subj = ts
		}
	}
	if subj.Text != "" {
		if subj.Kind == SubjectClass || subj.Kind == SubjectTerm {
			subj.Code = e.codeIn(toks[clauseLo:el.pos])
		}
		el.subject, el.own = subj, true
	}
}

// codeIn returns the classification code printed among toks
// ("行政运行（项）（2011308）", "301工资福利支出"), or "".
func (e *engine) codeIn(toks []stok) string {
	for _, t := range toks {
		if m := e.mention(t); m != nil && m.Kind == KindCode && isCode(strings.Trim(m.Text, "（）() ")) {
			return strings.Trim(m.Text, "（）() ")
		}
	}
	return ""
}

func isWordTag(tag string) bool {
	switch tag {
	case TagText, TagItem, TagClass, TagSanGong, TagEconomic:
		return true
	}
	return false
}

// openParen returns the index of the bracket that the closing bracket at
// i closes, or −1.
func openParen(toks []stok, i int) int {
	depth := 0
	for k := i; k >= 0; k-- {
		if toks[k].Tag != TagPunct {
			continue
		}
		switch toks[k].Text {
		case "）", ")":
			depth++
		case "（", "(":
			depth--
			if depth == 0 {
				return k
			}
		}
	}
	return -1
}

// baseAspectOf reads the aspect of a base phrase: 上年, 年初预算, or
// 上年 for a year ("与2023年度相比").
func baseAspectOf(ts []stok) string {
	asp := ""
	for _, t := range ts {
		if t.Tag == TagAspect {
			asp = t.Canon
		}
	}
	if asp != "" {
		return asp
	}
	for _, t := range ts {
		if t.Tag == TagNumber {
			return "上年"
		}
	}
	return ""
}

// eachTimes counts the names that share a 各 figure: an explicit count
// just before ("等3家企业各10万元") or the names listed with 、.
func (e *engine) eachTimes(el *elem, clauseLo int) (int, int) {
	toks := el.toks
	if el.leadLo > 0 {
		prev := toks[el.leadLo-1]
		if m := e.mention(prev); m != nil && m.Kind == KindCount && m.Value.Decimals == 0 && m.Value.D.IsPositive() && m.Value.D.IntPart() < 10000 {
			return int(m.Value.D.IntPart()), prev.ref
		}
	}
	n := 1
	for i := clauseLo; i < el.pos; i++ {
		if toks[i].Tag == TagPunct && toks[i].Text == "、" {
			n++
		}
	}
	if n > 1 {
		return n, -1
	}
	return 0, -1
}
