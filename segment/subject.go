package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// levelMarkers are the classification level markers and their level.
var levelMarkers = []struct{ text, level string }{
	{"（类）", "类"}, {"（款）", "款"}, {"（项）", "项"},
	{"(类)", "类"}, {"(款)", "款"}, {"(项)", "项"},
}

// ParseChain reads a classification chain such as
// "一般公共服务（类）商贸事务（款）行政运行（项）" or
// "一般公共服务（类）支出" from text. It returns the chain, the span of
// text it covers and whether one was found. A 类 marker followed by 支出
// reads as the 类 name with 支出 ("一般公共服务支出").
func ParseChain(text string) ([]ClassName, Span, bool) {
	var chain []ClassName
	span := Span{-1, -1}
	pos := 0
	for pos < len(text) {
		at, level, mlen := nextMarker(text, pos)
		if at < 0 {
			break
		}
		start := at
		if len(chain) > 0 && at == span.End {
			// Two markers in a row: no name between them.
			pos = at + mlen
			continue
		}
		nameEnd := at
		for nameEnd > 0 && text[nameEnd-1] == ' ' {
			nameEnd--
		}
		if len(chain) > 0 && nameRun(text, span.End, nameEnd) {
			start = span.End
		} else {
			start = nameStart(text, nameEnd)
			if len(chain) > 0 && start > span.End {
				// A gap: a new chain starts; keep the first one.
				break
			}
		}
		name := strings.TrimSpace(text[start:nameEnd])
		pos = at + mlen
		if name == "" {
			continue
		}
		if span.Start < 0 {
			span.Start = start
		}
		end := at + mlen
		if level == "类" && strings.HasPrefix(text[end:], "支出") {
			if !strings.HasSuffix(name, "支出") {
				name += "支出"
			}
			end += len("支出")
			pos = end
		}
		chain = append(chain, ClassName{Level: level, Name: name})
		span.End = end
	}
	if len(chain) == 0 {
		return nil, Span{}, false
	}
	// "行政运行（项）支出 17279.29 万元": the trailing 支出 belongs to the
	// subject text, not to the name.
	if strings.HasPrefix(text[span.End:], "支出") {
		span.End += len("支出")
	}
	return chain, span, true
}

func nextMarker(text string, pos int) (at int, level string, n int) {
	at = -1
	for _, m := range levelMarkers {
		if i := strings.Index(text[pos:], m.text); i >= 0 && (at < 0 || pos+i < at) {
			at, level, n = pos+i, m.level, len(m.text)
		}
	}
	return at, level, n
}

// nameRun reports whether text[a:b] is all name characters.
func nameRun(text string, a, b int) bool {
	if a >= b {
		return false
	}
	return nameStart(text, b) <= a
}

// nameStart walks back from the marker at end over the name: Han
// characters and parenthesised inserts that are not level markers
// ("政府办公厅（室）及相关机构事务").
func nameStart(text string, end int) int {
	i := end
	for i > 0 {
		r, w := utf8.DecodeLastRuneInString(text[:i])
		switch {
		case r == '）' || r == ')':
			// An insert like （室） or （境）, not a level marker.
			open := strings.LastIndexAny(text[:i-w], "（(")
			if open < 0 || i-open > 12 {
				return i
			}
			inner := text[open+len("（") : i-w]
			if text[open] == '(' {
				inner = text[open+1 : i-w]
			}
			if inner == "类" || inner == "款" || inner == "项" {
				return i
			}
			i = open
		case unicode.Is(unicode.Han, r) && !strings.ContainsRune("为是占", r):
			i -= w
		default:
			return i
		}
	}
	return i
}

// subjectKey is the form subjects are compared in: quotes, spaces and
// level markers removed, and the funding qualifier 财政拨款 when enough is
// left ("“三公”经费财政拨款支出" and "“三公”经费支出" are one subject).
func subjectKey(s string) string {
	var b strings.Builder
	for _, m := range levelMarkers {
		s = strings.ReplaceAll(s, m.text, "")
	}
	if t := strings.ReplaceAll(s, "财政拨款", ""); t != s && utf8.RuneCountInString(t) >= 4 {
		s = t
	}
	for _, r := range s {
		if strings.ContainsRune("“”‘’\"' 　", r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// sameSubject reports whether two subject texts name the same thing: equal
// keys, or one ends with the other ("一般公共预算财政拨款基本支出" and
// "基本支出").
func sameSubject(a, b string) bool {
	ka, kb := subjectKey(a), subjectKey(b)
	if ka == "" || kb == "" {
		return false
	}
	if ka == kb {
		return true
	}
	if utf8.RuneCountInString(ka) < 2 || utf8.RuneCountInString(kb) < 2 {
		return false
	}
	return strings.HasSuffix(ka, kb) || strings.HasSuffix(kb, ka)
}

// quotedName returns the text of the first “…” (or "…") in s, if any.
func quotedName(s string) (string, bool) {
	for _, q := range [][2]string{{"“", "”"}, {"\"", "\""}, {"《", "》"}} {
		i := strings.Index(s, q[0])
		if i < 0 {
			continue
		}
		rest := s[i+len(q[0]):]
		// Nested quotes: “““双比双看”竞赛奖励资金” — take the outermost.
		depth := 1
		for j := 0; j < len(rest); {
			r, w := utf8.DecodeRuneInString(rest[j:])
			switch {
			case q[0] != q[1] && strings.HasPrefix(rest[j:], q[0]):
				depth++
			case strings.HasPrefix(rest[j:], q[1]):
				depth--
				if depth == 0 {
					name := strings.TrimSpace(rest[:j])
					return name, name != ""
				}
			}
			_ = r
			j += w
		}
	}
	return "", false
}

// classSubject builds the subject of a classification chain.
func classSubject(text string, chain []ClassName) Subject {
	names := make([]string, len(chain))
	_, terms, _ := loadDictionary()
	for i, c := range chain {
		// "一般公共服务（类）" names the 类 一般公共服务支出.
		if c.Level == "类" && !strings.HasSuffix(c.Name, "支出") {
			if t, ok := terms[c.Name+"支出"]; ok && t.tag == TagClass {
				chain[i].Name = c.Name + "支出"
			}
		}
		names[i] = chain[i].Name
	}
	return Subject{
		Text:      text,
		Kind:      SubjectClass,
		Level:     chain[len(chain)-1].Level,
		Chain:     chain,
		Canonical: strings.Join(names, "/"),
	}
}
