package segment

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/gouji/gouji/extract"
)

// stok is a token of a sentence, with its mention (for numbers) and
// bracket context.
type stok struct {
	Token
	ref     int  // index in Result.Mentions for a number, -1 otherwise
	paren   int  // id of the innermost bracket group, 0 at top level
	quote   bool // inside “…” or 《…》
	passage bool // inside a long quotation: words of others, not claims
	carried bool // from the unfinished sentence of the previous paragraph
}

// elem is a narrative number of a sentence being read: its mention and
// what the words before it say.
type elem struct {
	ref    int
	kind   MentionKind
	family string
	sent   int // index in Result.Sentences
	block  int
	toks   []stok // the sentence's tokens
	pos    int    // index of the number in toks
	leadLo int    // first token of the lead (after the previous number)
	paren  int

	cue      string // share, completion, up, down, flat, gt, lt, to-up, to-down, target, rate
	named    string // 占X的 / 完成X的: X
	aspect   string
	base     string // what a change is compared with, as printed
	baseAsp  string // its aspect (上年, 年初预算 …)
	year     int    // a year printed in the number's clause ("2023年当年预算执行数为…")
	total    bool   // 合计/共计 … before the number
	each     bool   // 各 before the number
	times    int
	timesRef int
	from     bool   // 由/从 before the number (the start of a change)
	isBase   bool   // 比/较 X before the number and no cue: the printed base of a change ("比上年28479.84万元增加…")
	opens    bool   // 其中/包括/以下方面 in the lead: a list starts here
	opensAt  int    // bracket group of the list opener
	opener   string // "of" or "open"
	quoted   bool   // printed inside quotes (part of a name)
	cont     bool   // lead is only 、 or 和: continues the previous number
	bareLead bool   // lead is only punctuation
	subject  Subject
	own      bool // subject printed next to the number

	role    Role // value, delta, percent, threshold, target, difference
	claim   int  // its amount/count claim, or the claim it is part of; -1
	list    *listCtx
	balance bool
}

// listCtx is an open list of items: after 其中, 包括, 以下方面：.
type listCtx struct {
	totals []*elem
	items  [][]*elem // per total
	named  *Subject  // a whole named without a figure ("…决算中，")
	paren  int
	spans  bool // opened by a paragraph ending in 其中：; runs over paragraphs
	short  bool // a spanning list that takes the next paragraph only
	paras  int  // paragraphs ended since a spanning list opened
	main   bool // the opener says the main parts follow (其中主要…)
	// subRun is set while the figures after an item's colon are read:
	// they are the item's parts ("其中一般公共预算拨款50,106.43万元：货物
	// 664.38万元、…"), not the list's.
	subRun bool
}

type baseInfo struct{ text, asp string }

type engine struct {
	doc      *extract.Document
	res      *Result
	parenSeq int

	heading    *Subject // classification or project heading in force
	chainCarry string   // an unterminated heading, continued by the next paragraph

	carry       bool // the last paragraph ended mid-sentence
	paraElems   []*elem
	prevPara    []*elem
	sentElems   []*elem
	lists       []*listCtx
	sentBase    baseInfo
	topic       *Subject
	among       *Subject // "X中，" at the head of a sentence
	amongAspect string
	lastClaim   int // last claim created in the sentence, -1
	changeAt    int // last change claim of the sentence still open, -1
	threshold   *elem

	pendingShare *elem    // "36%为…人员开支，…171万元": a percentage waiting for its part
	sentSubj     *Subject // the project or classification a sentence is about
	carryToks    []stok   // words of the unfinished sentence after its last figure
	openEnd      bool     // the paragraph ends with ；
	depts        []string // the reporting unit's names, longest first
}

func newEngine(doc *extract.Document, res *Result) *engine {
	return &engine{doc: doc, res: res, lastClaim: -1, changeAt: -1}
}

var sectionHeadingPattern = regexp.MustCompile(`^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])`)

// breakFlow ends whatever runs across paragraphs: an unfinished sentence,
// lists, the heading in force.
func (e *engine) breakFlow() {
	if e.carry {
		e.endParagraph()
	}
	e.carry = false
	e.flushLists(true)
	e.chainCarry = ""
	e.sentElems = nil
	e.prevPara = nil
}

func (e *engine) paragraph(bi int, p *extract.Paragraph) {
	text := p.Text
	if sectionHeadingPattern.MatchString(text) && !e.carry {
		e.breakFlow()
		e.heading = nil
	}
	continued := e.carry
	if !continued {
		e.prevPara = e.paraElems
		e.paraElems = nil
		e.sentElems = nil
	}
	e.carry = false
	spans := SplitSentences(text)
	for i, sp := range spans {
		e.sentence(bi, p, sp, i == 0 && continued, i == len(spans)-1, len(spans) == 1)
	}
	// A sentence begun after a full stop ("…（项）。年初预算") is broken by a
	// line break, whatever its length: a heading is one sentence.
	if len(spans) > 0 && !terminated(text) && (len(spans) > 1 || !e.headingLike(text)) {
		e.carry = true
		return
	}
	e.carryToks = nil
	t := strings.TrimRight(text, " "+closers)
	e.openEnd = strings.HasSuffix(t, "；") || strings.HasSuffix(t, ";")
	e.endParagraph()
	e.openEnd = false
	if strings.HasSuffix(strings.TrimSpace(text), "其中：") || strings.HasSuffix(strings.TrimSpace(text), "其中:") {
		e.openSpanningList()
	}
}

// headingLike reports whether an unterminated paragraph is a heading
// rather than a sentence broken by a line or page break.
func (e *engine) headingLike(text string) bool {
	if sectionHeadingPattern.MatchString(text) {
		return true
	}
	ms := ParseMentions(text)
	for _, m := range ms {
		if m.Kind.Claimable() {
			return false
		}
	}
	if e.chainCarry != "" {
		return false
	}
	if strings.Count(text, "“") > strings.Count(text, "”") || strings.Count(text, "（") > strings.Count(text, "）") {
		return false
	}
	return utf8.RuneCountInString(text) < 30
}

// endParagraph runs the paragraph-wide passes: balances, totals after
// their items, and closes the lists of the paragraph — unless the
// paragraph ends with ；and the statement goes on below.
func (e *engine) endParagraph() {
	e.balances()
	e.sums()
	if !e.openEnd {
		e.flushLists(false)
	}
}

func (e *engine) sentence(bi int, p *extract.Paragraph, sp Span, continued, last, alone bool) {
	text := p.Text[sp.Start:sp.End]
	si := len(e.res.Sentences)
	sent := Sentence{Block: bi, Page: p.PageAt(sp.Start), Start: sp.Start, End: sp.End, Text: text}
	ms := ParseMentions(text)
	refs := make([]int, len(ms))
	for i := range ms {
		ms[i].Start += sp.Start
		ms[i].End += sp.Start
		refs[i] = len(e.res.Mentions)
		e.res.Mentions = append(e.res.Mentions, ms[i])
		sent.Mentions = append(sent.Mentions, refs[i])
	}
	e.res.Sentences = append(e.res.Sentences, sent)
	claimable := 0
	for _, m := range ms {
		if m.Kind.Claimable() {
			claimable++
		}
	}
	// Tokens are needed around figures, for comparisons without figures,
	// and for a sentence the next paragraph may carry on.
	var toks []stok
	if claimable > 0 || continued || last && !terminated(text) || hasComparisonWord(text) {
		toks = e.tokens(p.Text, sp, ms, refs)
		if continued && len(e.carryToks) > 0 {
			toks = joinCarry(e.carryToks, toks)
		}
		e.annotate(toks)
	}
	e.carryToks = nil

	if !continued {
		e.sentElems = nil
		e.sentBase = baseInfo{}
		e.topic, e.among, e.amongAspect = nil, nil, ""
		e.sentSubj = nil
	}
	e.lastClaim, e.changeAt = -1, -1
	e.threshold = nil
	e.pendingShare = nil

	// Headings: a classification chain or a numbered title on its own.
	if claimable == 0 {
		e.headingSentence(text, continued, last, alone)
	} else {
		e.chainCarry = ""
	}

	// Elements.
	var elems []*elem
	lead := 0
	for i, t := range toks {
		if t.ref < 0 || t.carried || !e.res.Mentions[t.ref].Kind.Claimable() {
			continue
		}
		if t.passage {
			// Numbers quoted from a policy are not the report's claims.
			lead = i + 1
			continue
		}
		m := e.res.Mentions[t.ref]
		el := &elem{ref: t.ref, kind: m.Kind, family: familyOf(m), sent: si, block: bi, toks: toks, pos: i, leadLo: lead, paren: t.paren, claim: -1, timesRef: -1, quoted: t.quote}
		elems = append(elems, el)
		lead = i + 1
	}
	if len(elems) > 0 || claimable == 0 {
		e.sentenceTopic(toks, elems)
	}
	bases := e.baseClauses(toks)
	for _, el := range elems {
		if b, ok := bases[el.pos]; ok && b.text != "" {
			e.sentBase = b
		}
		e.analyze(el)
		e.place(el)
		e.sentElems = append(e.sentElems, el)
		e.paraElems = append(e.paraElems, el)
	}
	e.distribute(elems)
	e.comparisons(si, toks)
	e.dates(si, text, sp.Start, ms, refs)
	if sentenceEndsStatement(text) {
		e.closeSentenceLists()
	}
	if last {
		// Keep the words after the last figure: the next paragraph may
		// carry on this sentence.
		for i := lead; i < len(toks); i++ {
			t := toks[i]
			t.carried = true
			e.carryToks = append(e.carryToks, t)
		}
	}
}

// joinCarry puts the words of the unfinished sentence before the tokens of
// its continuation, tokenising again the words a line break cut in two
// ("完" + "成年初预算的" → "完成" "年初预算" "的").
func joinCarry(carry, toks []stok) []stok {
	isWord := func(t stok) bool { return t.Tag != TagNumber && (t.Tag != TagPunct || t.Text == "、") }
	a := len(carry)
	for a > 0 && isWord(carry[a-1]) {
		a--
	}
	b := 0
	for b < len(toks) && isWord(toks[b]) {
		b++
	}
	out := append([]stok(nil), carry[:a]...)
	if a == len(carry) || b == 0 {
		out = append(out, carry[a:]...)
		return append(out, toks...)
	}
	left := joinText(carry[a:])
	right := ""
	for _, t := range toks[:b] {
		right += t.Text
	}
	base := toks[0].Start
	for _, t := range Tokenize(left + right) {
		st := stok{Token: t, ref: -1}
		if t.End <= len(left) {
			st.carried = true
			st.Start, st.End = -1, -1
		} else {
			st.Start = base + max(t.Start-len(left), 0)
			st.End = base + t.End - len(left)
		}
		out = append(out, st)
	}
	return append(out, toks[b:]...)
}

// comparisonWords are the cues of comparisons printed without figures.
var comparisonWords = []string{"大于", "小于", "等于", "高于", "低于", "超过", "超出", "多于", "少于", "持平", "相等"}

func hasComparisonWord(s string) bool {
	for _, w := range comparisonWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// sentenceEndsStatement reports whether a sentence ends a statement (。！？)
// rather than a clause group (；).
func sentenceEndsStatement(text string) bool {
	t := strings.TrimRight(text, closers+" ")
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune("。！？!?", r)
}

// tokens tokenises a sentence: the text between numbers with gse, each
// number as one token; then marks bracket groups and quotes.
func (e *engine) tokens(ptext string, sp Span, ms []Mention, refs []int) []stok {
	var toks []stok
	at := sp.Start
	add := func(ts []Token) {
		for _, t := range ts {
			toks = append(toks, stok{Token: t, ref: -1})
		}
	}
	for i, m := range ms {
		if m.Start > at {
			add(appendTokens(nil, ptext[at:m.Start], at))
		}
		toks = append(toks, stok{Token: Token{Text: m.Text, Start: m.Start, End: m.End, Tag: TagNumber}, ref: refs[i]})
		at = m.End
	}
	if at < sp.End {
		add(appendTokens(nil, ptext[at:sp.End], at))
	}
	return toks
}

// annotate marks the bracket groups, quotes and long quotations of a
// sentence's tokens (after the words carried from the paragraph before
// are joined, so a bracket opened there is closed here).
func (e *engine) annotate(toks []stok) {
	var stack []int
	quote := 0
	for i := range toks {
		t := &toks[i]
		t.paren, t.quote, t.passage = 0, false, false
		if t.Tag == TagPunct {
			switch t.Text {
			case "（", "(":
				if len(stack) > 0 {
					t.paren = stack[len(stack)-1]
				}
				e.parenSeq++
				stack = append(stack, e.parenSeq)
				t.quote = quote > 0
				continue
			case "）", ")":
				if len(stack) > 0 {
					t.paren = stack[len(stack)-1]
					stack = stack[:len(stack)-1]
				}
				t.quote = quote > 0
				continue
			case "“", "《", "‘":
				quote++
			case "”", "》", "’":
				if quote > 0 {
					quote--
				}
			}
		}
		if len(stack) > 0 {
			t.paren = stack[len(stack)-1]
		}
		t.quote = quote > 0
	}
	// Long quotations are passages quoted from elsewhere.
	var open []int
	for i, t := range toks {
		if t.Tag != TagPunct {
			continue
		}
		switch t.Text {
		case "“", "‘":
			open = append(open, i)
		case "”", "’":
			if len(open) == 0 {
				continue
			}
			o := open[len(open)-1]
			open = open[:len(open)-1]
			n := 0
			for k := o + 1; k < i; k++ {
				n += utf8.RuneCountInString(toks[k].Text)
			}
			if n > 30 {
				for k := o + 1; k < i; k++ {
					toks[k].passage = true
				}
			}
		}
	}
}

func familyOf(m Mention) string {
	switch m.Kind {
	case KindMoney:
		return "money:" + m.Currency
	case KindPercent, KindPoints:
		return string(m.Kind)
	}
	return string(m.Kind) + ":" + m.BaseUnit
}

func isClauseSep(t stok) bool {
	return t.Tag == TagPunct && strings.Contains("，,：:；;（）()", t.Text)
}

func (e *engine) mention(t stok) *Mention {
	if t.ref < 0 || t.ref >= len(e.res.Mentions) {
		return nil
	}
	return &e.res.Mentions[t.ref]
}

// cueOf returns the cue kind of a token ("" if it is not a cue).
func cueOf(t stok) string {
	if t.Tag == TagCue {
		return t.Canon
	}
	return ""
}

func joinText(ts []stok) string {
	var b strings.Builder
	for _, t := range ts {
		b.WriteString(t.Text)
	}
	return strings.TrimSpace(b.String())
}

// leadStripTags may open a subject but are not part of it.
func leadStrip(t stok, m *Mention) bool {
	switch t.Tag {
	case TagPunct:
		return !strings.Contains("“《‘\"", t.Text)
	case TagScope, TagAction:
		return true
	case TagFunction:
		return utf8.RuneCountInString(t.Text) > 1 || strings.Contains("和及的了另均", t.Text)
	case TagCue:
		return true
	case TagNumber:
		return m != nil && !t.quote && !m.Kind.Claimable()
	}
	return false
}

// subjectFrom builds the subject printed in toks[lo:hi]: the leading
// scopes, connectors, years and aspects are stripped (a leading aspect is
// returned), the rest is the subject as printed. act reports that the
// phrase ends with a verb whose object follows the number.
func (e *engine) subjectFrom(toks []stok, lo, hi int) (Subject, string, bool) {
	asp := ""
	// Start after the last year or date outside quotes: what precedes it
	// is the department ("上海市普陀区财政局2024年度收入支出总计").
	for i := hi - 1; i >= lo; i-- {
		if toks[i].Tag == TagNumber && !toks[i].quote {
			if m := e.mention(toks[i]); m != nil && (m.Kind == KindYear || m.Kind == KindDate) {
				lo = i + 1
				break
			}
		}
	}
	for lo < hi {
		t := toks[lo]
		if t.Tag == TagAspect {
			if asp == "" {
				asp = t.Canon
			}
			lo++
			continue
		}
		if leadStrip(t, e.mention(t)) {
			lo++
			continue
		}
		break
	}
	// Connectors inside the phrase: the subject follows them ("经费支出为
	// 会议场租费", "该专项资金用于招商云平台开发费用", "收入总计含年初结转和结余").
	for k := hi - 1; k > lo; k-- {
		if cutsSubject(toks[k]) {
			lo = k + 1
			for lo < hi && leadStrip(toks[lo], e.mention(toks[lo])) {
				lo++
			}
			break
		}
	}
	act := false
	for hi > lo {
		t := toks[hi-1]
		if t.Tag == TagAction {
			act = true
			hi--
			continue
		}
		if t.Tag == TagPunct && !strings.Contains("”》’）)\"", t.Text) || t.Tag == TagFunction || t.Tag == TagScope || t.Tag == TagCue {
			hi--
			continue
		}
		break
	}
	if lo >= hi {
		return Subject{}, asp, act
	}
	text := e.spanText(toks, lo, hi)
	for _, d := range e.depts {
		if rest := strings.TrimSpace(strings.TrimPrefix(text, d)); rest != text && rest != "" {
			text = rest
			break
		}
	}
	return makeSubject(text, toks[lo:hi]), asp, act
}

// cutsSubject reports whether a token inside a phrase ends what comes
// before it as far as the subject is concerned.
func cutsSubject(t stok) bool {
	switch t.Tag {
	case TagCue:
		switch t.Canon {
		case "be", "incl", "of", "open", "total":
			return t.Text != "共" && t.Text != "计"
		}
		return utf8.RuneCountInString(t.Text) > 1 && t.Canon != "base"
	case TagFunction:
		return t.Text == "用于" || t.Text == "主要用于"
	}
	return false
}

// spanText returns the paragraph text covered by toks[lo:hi], with
// unbalanced quotes and brackets trimmed.
func (e *engine) spanText(toks []stok, lo, hi int) string {
	var b strings.Builder
	for i := lo; i < hi; i++ {
		b.WriteString(toks[i].Text)
		if i+1 < hi && toks[i+1].Start > toks[i].End && !toks[i].carried && !toks[i+1].carried && toks[i].Start >= 0 {
			b.WriteByte(' ')
		}
	}
	return balance(strings.TrimSpace(b.String()))
}

// balance drops unmatched closing marks at the start and unmatched
// opening marks at the end of s, and closes a quote left open.
func balance(s string) string {
	pairs := [][2]string{{"“", "”"}, {"（", "）"}, {"(", ")"}, {"《", "》"}}
	for changed := true; changed; {
		changed = false
		for _, p := range pairs {
			if strings.HasPrefix(s, p[1]) {
				s, changed = s[len(p[1]):], true
			}
			if strings.HasSuffix(s, p[0]) {
				s, changed = s[:len(s)-len(p[0])], true
			}
		}
	}
	for _, p := range pairs {
		o, c := strings.Count(s, p[0]), strings.Count(s, p[1])
		if o > c && p[0] == "“" {
			s += strings.Repeat(p[1], o-c)
		}
		if c > o && strings.HasSuffix(s, p[1]) && p[0] != "“" {
			s = strings.TrimSuffix(s, p[1])
		}
	}
	return strings.TrimSpace(s)
}

// makeSubject classifies a printed subject.
func makeSubject(text string, toks []stok) Subject {
	if chain, sp, ok := ParseChain(text); ok && sp.End-sp.Start >= len(text)/2 {
		s := classSubject(text[sp.Start:sp.End], chain)
		return s
	}
	if name, ok := quotedName(text); ok {
		i := strings.Index(text, name)
		after := strings.TrimSpace(text[i+len(name):])
		if i >= 0 && (after == "”" || after == "\"" || after == "") && (strings.HasPrefix(text, "“") || strings.HasPrefix(text, "\"") || hasProjectWord(text[:i])) {
			return Subject{Text: name, Kind: SubjectProject, Canonical: name}
		}
	}
	s := Subject{Text: text, Canonical: text}
	if len(toks) == 1 {
		switch toks[0].Tag {
		case TagSanGong, TagItem, TagEconomic, TagClass:
			s.Kind = SubjectTerm
		}
	}
	return s
}

// hasProjectWord reports whether the words before a quoted name say it is
// a project or a fund ("年中追加项目“…”", "财政公共专项“…”").
func hasProjectWord(s string) bool {
	for _, w := range []string{"项目", "专项", "资金", "经费", "追加", "结转", "预算"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// tailSubject reads a subject printed after the number ("800吨市级冻猪肉
// 储备", "争取3339万元中央、省级资金").
func (e *engine) tailSubject(el *elem) Subject {
	toks := el.toks
	lo := el.pos + 1
	if lo < len(toks) && (toks[lo].Text == "（" || toks[lo].Text == "(") {
		depth := 0
		for k := lo; k < len(toks); k++ {
			if toks[k].Text == "（" || toks[k].Text == "(" {
				depth++
			}
			if toks[k].Text == "）" || toks[k].Text == ")" {
				depth--
				if depth == 0 {
					lo = k + 1
					break
				}
			}
		}
	}
	hi := lo
	for hi < len(toks) && !isClauseSep(toks[hi]) && toks[hi].Tag != TagNumber && toks[hi].Tag != TagCue && toks[hi].Tag != TagAction &&
		!(toks[hi].Tag == TagPunct && strings.Contains("。；;！？", toks[hi].Text)) {
		hi++
	}
	// Cut at 的 or a function word: "市级冻猪肉储备有序建立" keeps its noun.
	for i := lo; i < hi; i++ {
		if toks[i].Tag == TagFunction {
			hi = i
			break
		}
	}
	if hi-lo > 4 {
		hi = lo + 4
	}
	s, _, _ := e.subjectFrom(toks, lo, hi)
	if utf8.RuneCountInString(s.Text) > 24 || utf8.RuneCountInString(s.Text) < 2 {
		return Subject{}
	}
	return s
}

// headingSentence reads a sentence without figures as a heading when it
// is a classification chain ("1、一般公共服务（类）…（项）。") or a short
// numbered title ("（1）市驻外招商领导小组办公室工作经费").
func (e *engine) headingSentence(text string, continued, last, alone bool) {
	full := text
	if continued && e.chainCarry != "" {
		full = e.chainCarry + text
	}
	body := strings.TrimSpace(full)
	numbered := false
	if ms := ParseMentions(body); len(ms) > 0 && ms[0].Kind == KindOrdinal && ms[0].Start == 0 {
		body = strings.TrimSpace(body[ms[0].End:])
		numbered = true
	}
	body = strings.TrimRight(body, "。.；; ")
	if chain, s, ok := ParseChain(body); ok {
		rest := strings.Trim(body[:s.Start]+body[s.End:], "（）() ")
		code := ""
		if rest != "" && isCode(rest) {
			code = rest
		}
		if s.Start <= 3 && len(body)-s.End <= 3 || code != "" {
			subj := classSubject(body[s.Start:s.End], chain)
			subj.Code = code
			e.heading = &subj
			e.chainCarry = ""
			return
		}
	}
	// An unterminated chain: the next paragraph finishes it.
	if last && !terminated(text) && strings.ContainsAny(full, "（(") && hasMarker(full) {
		e.chainCarry = full
		return
	}
	e.chainCarry = ""
	if !continued && numbered && alone && utf8.RuneCountInString(body) <= 40 && !strings.ContainsAny(body, "。，；：") && body != "" &&
		strings.Count(body, "“") == strings.Count(body, "”") {
		subj := Subject{Text: body, Canonical: body}
		if name, ok := quotedName(body); ok {
			subj = Subject{Text: name, Kind: SubjectProject, Canonical: name}
		}
		e.heading = &subj
	}
}

func hasMarker(s string) bool {
	for _, m := range levelMarkers {
		if strings.Contains(s, m.text) {
			return true
		}
	}
	return false
}

// sentenceTopic reads the first clause of a sentence when it holds no
// figure: a project ("1. 年中追加项目“…”，金额…") or a whole named for
// the shares that follow ("…“三公”经费财政拨款支出决算中，…").
func (e *engine) sentenceTopic(toks []stok, elems []*elem) {
	end := len(toks)
	for i, t := range toks {
		if isClauseSep(t) && t.Text != "（" && t.Text != "(" && t.Text != "）" && t.Text != ")" {
			end = i
			break
		}
	}
	if len(elems) > 0 && elems[0].pos < end {
		// The first clause holds a figure: a topic only if it is a project
		// heading with its amount ("“流通产业发展资金”240万元").
		return
	}
	for i := 0; i < end; i++ {
		if cueOf(toks[i]) == "base" {
			return
		}
	}
	hi := end
	among := false
	if hi > 0 && toks[hi-1].Text == "中" {
		hi--
		among = true
	}
	subj, asp, _ := e.subjectFrom(toks, 0, hi)
	if subj.Text == "" || utf8.RuneCountInString(subj.Text) > 40 {
		return
	}
	// A trailing aspect ("…支出决算中") belongs to the whole, not the
	// subject text.
	for hi > 0 && toks[hi-1].Tag == TagAspect {
		asp = toks[hi-1].Canon
		hi--
	}
	if among {
		s2, _, _ := e.subjectFrom(toks, 0, hi)
		if s2.Text != "" {
			subj = s2
		}
		e.among = &subj
		e.amongAspect = asp
		return
	}
	numbered := numberedStart(toks, e)
	if numbered && subj.Kind == "" {
		// "（1）拨株洲市商务和粮食局“三大行动方案编制经费”，金额20万元": a
		// numbered item about a quoted fund.
		if name, ok := quotedName(subj.Text); ok && strings.HasSuffix(subj.Text, "”") && strings.HasSuffix(strings.TrimSuffix(subj.Text, "”"), name) {
			subj = Subject{Text: name, Kind: SubjectProject, Canonical: name}
		}
	}
	if subj.Kind == SubjectProject || subj.Kind == SubjectClass {
		e.topic = &subj
		if numbered {
			h := subj
			e.heading = &h
		}
	}
}

// numberedStart reports whether a sentence starts with a list number.
func numberedStart(toks []stok, e *engine) bool {
	for _, t := range toks {
		if t.carried || t.Tag == TagPunct {
			continue
		}
		m := e.mention(t)
		return m != nil && m.Kind == KindOrdinal
	}
	return false
}

// baseClauses finds clauses that set the base of the changes after them
// ("与上年相比，", "与2023年度相比，", "较上年，"), keyed by the token
// index of the first figure after them.
func (e *engine) baseClauses(toks []stok) map[int]baseInfo {
	out := map[int]baseInfo{}
	start := 0
	var cur baseInfo
	for i := 0; i <= len(toks); i++ {
		if i < len(toks) && !isClauseSep(toks[i]) {
			if toks[i].ref >= 0 && e.res.Mentions[toks[i].ref].Kind.Claimable() && cur.text != "" {
				out[i] = cur
				cur = baseInfo{}
			}
			continue
		}
		// Clause toks[start:i].
		cl := toks[start:i]
		hasNum := false
		for _, t := range cl {
			if t.ref >= 0 && e.res.Mentions[t.ref].Kind.Claimable() {
				hasNum = true
			}
		}
		if !hasNum && len(cl) > 0 {
			bi := -1
			for k, t := range cl {
				if cueOf(t) == "base" {
					bi = k
					break
				}
			}
			last := cl[len(cl)-1]
			if bi >= 0 && (last.Text == "相比" || last.Text == "相较" || last.Text == "比较" || bi == len(cl)-1 || cl[bi].Text == "同比") {
				hi := len(cl)
				if last.Text == "相比" || last.Text == "相较" || last.Text == "比较" {
					hi--
				}
				b := baseInfo{text: joinText(cl[bi+1 : hi]), asp: baseAspectOf(cl[bi+1 : hi])}
				if cl[bi].Text == "同比" {
					b = baseInfo{text: "同比", asp: "上年"}
				}
				if b.text != "" {
					cur = b
				}
			}
		}
		start = i + 1
	}
	return out
}
