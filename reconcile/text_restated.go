package reconcile

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/segment"
)

// Restated finds one fact stated twice with different values: the seed's
// 中国动力谷会客厅 "接触项目50余个，举办私董会6场，带客商回株考察7批次，接待…
// 40余次" in one paragraph and "接触项目50余个，举办私董会7场，带客商回株考察
// 9批次，接待…40余次" in another.
//
// It is conservative. A figure is a fact by its subject as printed (not
// inherited from a heading), its aspect, its unit and, for counts, its
// threshold (5亿元以上项目); two figures state the same fact when those
// agree, the subjects up to one character (已接触项目, 接触项目). Two sentences
// restate each other when at least three of their facts are the same and
// at least one of them is printed with the same value — the passage was
// written twice; then every fact of the two with values that cannot be
// equal is an error. Sentences about different years are never compared.
// A fact printed with two values outside such a passage (the same subject
// in two places of one section) is a weak match, shown as information.
var Restated = narrativeRule("restated",
	"the same fact (subject, aspect, unit) stated twice with different values",
	checkRestated)

// fact is one figure of a sentence.
type fact struct {
	c   *segment.Claim
	arg segment.Arg
	key string // subject key
	// sig is what must agree besides the subject: aspect, unit, threshold.
	sig string
}

// sentenceFacts are the facts of one sentence.
type sentenceFacts struct {
	idx   int // sentence index
	facts []fact
	years map[int]bool
	// fund is the fund the sentence speaks of (fundAt): passages about
	// different funds (all funds, 财政拨款, 一般公共预算) state different
	// facts with the same names.
	fund fundKind
}

func checkRestated(p *Pass, n *narrative) {
	sents := collectFacts(p, n)
	// Candidate pairs share at least one subject key; keys that many
	// sentences share (企业, 项目) say little and are not used to pair.
	byKey := map[string][]int{}
	for i, s := range sents {
		seen := map[string]bool{}
		for _, f := range s.facts {
			if !seen[f.key] {
				seen[f.key] = true
				byKey[f.key] = append(byKey[f.key], i)
			}
		}
	}
	keys := make([]string, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	type pair struct{ a, b int }
	pairs := map[pair]bool{}
	var order []pair
	for _, k := range keys {
		list := byKey[k]
		if len(list) > 12 {
			continue
		}
		for i := 0; i < len(list); i++ {
			for j := i + 1; j < len(list); j++ {
				pr := pair{list[i], list[j]}
				if !pairs[pr] {
					pairs[pr] = true
					order = append(order, pr)
				}
			}
		}
	}
	sort.Slice(order, func(i, j int) bool {
		if order[i].b != order[j].b {
			return order[i].b < order[j].b
		}
		return order[i].a < order[j].a
	})
	reported := map[int]bool{} // mention refs already reported
	counted := map[int]bool{}  // mention refs already counted as consistent
	copiedSentences(p, n, reported)
	for _, pr := range order {
		a, b := sents[pr.a], sents[pr.b]
		if disjointYears(a.years, b.years) || a.fund != b.fund {
			continue
		}
		matches := matchFacts(a.facts, b.facts)
		same, differ := 0, 0
		for _, m := range matches {
			if m.equal {
				same++
			} else if m.conflict {
				differ++
			}
		}
		for _, m := range matches {
			if m.equal && !counted[m.b.arg.Ref] {
				counted[m.b.arg.Ref] = true
				p.Consistent() // a fact restated with the same value
			}
		}
		if differ == 0 || same == 0 {
			continue
		}
		if len(matches) >= 3 && same < differ {
			// A passage restated keeps most of its figures; one that
			// changes most of them is a formula filled in again ("该指标
			// 分值20分，得分17.90分，得分率89.50%" for another 指标).
			continue
		}
		if len(matches) < 3 {
			weakRestated(p, n, matches, reported)
			continue
		}
		for _, m := range matches {
			if !m.conflict || reported[m.b.arg.Ref] {
				continue
			}
			reported[m.b.arg.Ref] = true
			bm, am := m.b.arg.Mention, m.a.arg.Mention
			p.reportText(m.b.c, bm, Error, am.Value.String(), i18n.M("restated.differs",
				strings.TrimSpace(m.b.c.Subject.Text), fig(bm), fig(am), same, len(matches)), p.mentionEvidence(n, m.a.arg.Ref))
		}
	}
}

// weakRestated records a weak match as information: two sentences of one
// section that share two facts, one with the same value and one with
// another — perhaps a restatement, perhaps two events described alike.
func weakRestated(p *Pass, n *narrative, matches []factMatch, reported map[int]bool) {
	for _, m := range matches {
		if !m.conflict || reported[m.b.arg.Ref] || m.a.c.Source.Block == m.b.c.Source.Block {
			continue
		}
		ha, hb := n.headsAt(m.a.c.Source.Block), n.headsAt(m.b.c.Source.Block)
		if strings.Join(ha, "|") != strings.Join(hb, "|") || utf8.RuneCountInString(m.a.key) < 3 {
			continue
		}
		reported[m.b.arg.Ref] = true
		bm, am := m.b.arg.Mention, m.a.arg.Mention
		p.uncheckedText(m.b.c, bm, i18n.M("restated.maybe",
			strings.TrimSpace(m.b.c.Subject.Text), fig(bm), fig(am)), p.mentionEvidence(n, m.a.arg.Ref))
	}
}

// collectFacts gathers the facts of every sentence, in order.
func collectFacts(p *Pass, n *narrative) []sentenceFacts {
	bySentence := map[int]*sentenceFacts{}
	var out []*sentenceFacts
	get := func(s int) *sentenceFacts {
		if sf, ok := bySentence[s]; ok {
			return sf
		}
		sf := &sentenceFacts{idx: s, years: map[int]bool{}}
		bySentence[s] = sf
		out = append(out, sf)
		return sf
	}
	for c := range n.claims(segment.ClaimDate, segment.ClaimAmount, segment.ClaimCount, segment.ClaimShare, segment.ClaimCompletion, segment.ClaimChange) {
		if c.Kind == segment.ClaimDate {
			if c.Date != nil && c.Date.Year > 0 {
				get(c.Source.Sentence).years[c.Date.Year] = true
			}
			continue
		}
		if c.Subject.Inherited {
			continue
		}
		key := factKey(c.Subject.Text)
		if utf8.RuneCountInString(key) < 2 {
			continue
		}
		// An amount or a count is its value; a rate is its percent (and a
		// change its delta too), kept apart by the kind of claim.
		var args []segment.Arg
		switch c.Kind {
		case segment.ClaimAmount, segment.ClaimCount:
			if v, ok := c.Arg(segment.RoleValue); ok {
				args = append(args, v)
			}
		default:
			for _, r := range []segment.Role{segment.RolePercent, segment.RoleDelta} {
				if v, ok := c.Arg(r); ok {
					args = append(args, v)
				}
			}
		}
		for _, v := range args {
			if !v.Mention.Kind.Claimable() {
				continue
			}
			sig := string(c.Kind) + "|" + string(v.Role) + "|" + c.Aspect + "|" + string(c.Direction) + "|" + v.Mention.BaseUnit + "|" + v.Mention.Currency
			if th, ok := c.Arg(segment.RoleThreshold); ok {
				sig += "|" + th.Mention.Text
			}
			if c.Whole != nil {
				sig += "|" + factKey(c.Whole.Text)
			}
			sf := get(sentenceOf(n, v.Ref))
			if len(sf.facts) == 0 {
				sf.fund = n.fundAt(p, c, v.Mention.Start)
			}
			sf.facts = append(sf.facts, fact{c: c, arg: v, key: key, sig: sig})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].idx < out[j].idx })
	res := make([]sentenceFacts, 0, len(out))
	for _, s := range out {
		if len(s.facts) > 0 {
			res = append(res, *s)
		}
	}
	return res
}

// factKey is the key of a subject: the table key without quotes and
// brackets.
func factKey(s string) string {
	k := nameKey(s)
	return strings.NewReplacer("(", "", ")", "", "《", "", "》", "").Replace(k)
}

func disjointYears(a, b map[int]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for y := range a {
		if b[y] {
			return false
		}
	}
	return true
}

// factMatch pairs a fact of an earlier sentence with one of a later.
type factMatch struct {
	a, b fact
	// equal: the values may be the same; conflict: both exact and they
	// cannot be.
	equal, conflict bool
}

// matchFacts pairs the facts of two sentences, each at most once, in
// order.
func matchFacts(as, bs []fact) []factMatch {
	var out []factMatch
	used := make([]bool, len(bs))
	for _, a := range as {
		for j, b := range bs {
			if used[j] || a.sig != b.sig || !sameFactKey(a.key, b.key) {
				continue
			}
			used[j] = true
			m := factMatch{a: a, b: b}
			am, bm := a.arg.Mention, b.arg.Mention
			scale := min(am.Scale, bm.Scale)
			switch {
			case am.Text == bm.Text || valueIn(am, scale).Overlaps(valueIn(bm, scale)):
				m.equal = true
			case exact(am) && exact(bm):
				m.conflict = true
			}
			out = append(out, m)
			break
		}
	}
	return out
}

// sameFactKey reports whether two subject keys name the same thing: equal,
// one character apart, or one a copy of the other with one character more
// (会客厅已接触项目, 会客厅接触项目).
func sameFactKey(a, b string) bool {
	if a == b || oneTypo(a, b) {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	if len(ra) != len(rb)+1 || len(rb) < 4 {
		return false
	}
	for i := range ra {
		if string(ra[:i])+string(ra[i+1:]) == string(rb) {
			return true
		}
	}
	return false
}

// copiedSentences finds a sentence printed twice, in two paragraphs, with
// the same words but a figure changed: the figures aside, the two read
// alike (years, dates and item numbers included; a particle such as 的 or
// 等 may be added or dropped: "主管的卫生健康事业发展专项资金1个专项资金项目"
// and "主管的的卫生健康事业发展专项资金等1个专项资金项目"), and at least one
// of their figures is the same while another is not. A report that repeats
// a project's account under two headings (the seed's 项目绩效情况) shows
// this way a figure edited in one copy only. A template filled in with
// other figures (two 项 of a budget: "执行数为#，预算安排#，增加#") is not a
// copy: a copy keeps at least as many figures as it changes.
func copiedSentences(p *Pass, n *narrative, reported map[int]bool) {
	groups := map[string][]shaped{}
	var keys []string
	for si := range n.res.Sentences {
		sh, ok := shapeOf(n, si)
		if !ok {
			continue
		}
		k := sh.fixed + "|" + strconv.Itoa(len(sh.values))
		if _, seen := groups[k]; !seen {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], sh)
	}
	sort.Strings(keys)
	for _, k := range keys {
		g := groups[k]
		for j := 1; j < len(g); j++ {
			for i := 0; i < j; i++ {
				if g[i].shape == g[j].shape || particleEdits([]rune(g[i].shape), []rune(g[j].shape), 2) {
					reportCopy(p, n, g[i], g[j], reported)
				}
			}
		}
	}
}

// shaped is a sentence with its figures blanked out.
type shaped struct {
	idx    int
	shape  string // the text with every mention written #
	fixed  string // non-figure mentions, which must agree
	values []int  // figure mentions, in order
}

// shapeOf returns the shape of sentence si, if it has two figures or
// more and is long enough to be a copy rather than a formula.
func shapeOf(n *narrative, si int) (shaped, bool) {
	s := &n.res.Sentences[si]
	var b strings.Builder
	var fixed []string
	var values []int
	pos := 0
	for _, ref := range s.Mentions {
		if ref < 0 || ref >= len(n.res.Mentions) {
			return shaped{}, false
		}
		m := n.res.Mentions[ref]
		from, to := m.Start-s.Start, m.End-s.Start
		if from < pos || to > len(s.Text) {
			return shaped{}, false
		}
		b.WriteString(s.Text[pos:from])
		b.WriteString("#")
		pos = to
		if m.Kind.Claimable() {
			values = append(values, ref)
		} else {
			fixed = append(fixed, m.Text)
		}
	}
	if len(values) < 2 {
		return shaped{}, false
	}
	b.WriteString(s.Text[pos:])
	shape := strings.Join(strings.Fields(b.String()), "")
	if utf8.RuneCountInString(shape)-len(s.Mentions) < 20 {
		return shaped{}, false // too short to be a copy rather than a formula
	}
	return shaped{idx: si, shape: shape, fixed: strings.Join(fixed, "|"), values: values}, true
}

// particles are characters whose presence or absence does not change
// what a sentence states: a repeated 的, an 等 after a single example.
const particles = "的等"

// particleEdits reports whether a and b are the same text but for at most
// budget particles added to either.
func particleEdits(a, b []rune, budget int) bool {
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	switch {
	case len(a) == 0 && len(b) == 0:
		return true
	case budget == 0:
		return false
	}
	if len(a) > 0 && strings.ContainsRune(particles, a[0]) && particleEdits(a[1:], b, budget-1) {
		return true
	}
	return len(b) > 0 && strings.ContainsRune(particles, b[0]) && particleEdits(a, b[1:], budget-1)
}

// reportCopy reports the figures that differ between two copies of a
// sentence, a printed before b.
func reportCopy(p *Pass, n *narrative, a, b shaped, reported map[int]bool) {
	sa, sb := &n.res.Sentences[a.idx], &n.res.Sentences[b.idx]
	if sa.Block == sb.Block || a.fixed != b.fixed || len(a.values) != len(b.values) {
		return
	}
	if ta, tb := inheritedTopic(n, a.idx), inheritedTopic(n, b.idx); ta != "" && tb != "" && ta != tb {
		// Words that name nothing themselves, said of two items of a
		// list ("2022年当年预算执行数为#，2023年预算安排#…" under two 项): a
		// formula, not a copy.
		return
	}
	same := 0
	var differ []int
	for x := range a.values {
		am, bm := n.res.Mentions[a.values[x]], n.res.Mentions[b.values[x]]
		switch {
		case am.Text == bm.Text:
			same++
		case sameBase(am, bm) && exact(am) && exact(bm) && !valueIn(am, min(am.Scale, bm.Scale)).Overlaps(valueIn(bm, min(am.Scale, bm.Scale))):
			differ = append(differ, x)
		}
	}
	// A copy keeps most of its figures; a formula filled in twice
	// ("执行数为#，预算安排#，增加#") changes most of them.
	if same == 0 || len(differ) == 0 || same < len(differ) {
		return
	}
	for _, x := range differ {
		ref := b.values[x]
		if reported[ref] {
			continue
		}
		reported[ref] = true
		am, bm := n.res.Mentions[a.values[x]], n.res.Mentions[ref]
		c := &segment.Claim{ID: -1, Source: segment.Source{Page: sb.Page, Block: sb.Block, Sentence: b.idx, Text: sb.Text, Start: sb.Start, End: sb.End}}
		p.reportText(c, bm, Error, am.Value.String(), i18n.M("restated.twice", fig(bm), fig(am)),
			p.mentionEvidence(n, a.values[x]))
	}
}

// inheritedTopic returns the subject that the figures of a sentence take
// from their heading or paragraph when none of them names its own, or "".
func inheritedTopic(n *narrative, si int) string {
	topic := ""
	for i := range n.res.Claims {
		c := &n.res.Claims[i]
		if c.Source.Sentence != si || c.Kind == segment.ClaimDate {
			continue
		}
		if !c.Subject.Inherited {
			return ""
		}
		t := c.Subject.Canonical
		if t == "" {
			t = c.Subject.Text
		}
		if topic != "" && t != topic {
			return ""
		}
		topic = t
	}
	return topic
}
