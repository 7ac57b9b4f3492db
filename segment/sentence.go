package segment

import (
	"strings"
	"unicode/utf8"
)

// Span is the byte range [Start, End) of a piece of a string.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// sentenceEnds end a sentence; ；ends one too, since reports use it
// between statements ("…占41.7%；社会保障和就业（类）支出…"). Lists that
// run across ；are joined again by the claim stage.
const sentenceEnds = "。！？；!?;"

// closers stay with the sentence they follow ("…。）", "…。”").
const closers = "”’）)》」』】〉"

// SplitSentences splits a paragraph into sentences. A sentence ends after
// 。！？；(or ! ? ;) and any closing quotes or brackets that follow; spaces
// around sentences are left out of the spans. Text after the last
// terminator is a sentence too.
func SplitSentences(text string) []Span {
	var out []Span
	start := 0
	depth := 0
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		i += w
		switch r {
		case '（', '(':
			depth++
		case '）', ')':
			depth = max(depth-1, 0)
		}
		// A terminator inside brackets ends the bracketed remark, not the
		// sentence around it: "运行维护费6.7万元（…减少2.3万元。）比上年减少
		// 2.3万元，下降25.6%" is one sentence about 6.7万元.
		if !strings.ContainsRune(sentenceEnds, r) || depth > 0 && continuesAfter(text, i) {
			continue
		}
		for i < len(text) {
			r2, w2 := utf8.DecodeRuneInString(text[i:])
			if !strings.ContainsRune(closers, r2) && !strings.ContainsRune(sentenceEnds, r2) {
				break
			}
			i += w2
		}
		out = appendSpan(out, text, start, i)
		start = i
	}
	return appendSpan(out, text, start, len(text))
}

// continuesAfter reports whether the text after a terminator at i, once
// its bracket is closed, carries on the sentence: the closing bracket is
// followed by a comparison (比上年…, 较…, 同比…) or a comma.
func continuesAfter(text string, i int) bool {
	j := strings.IndexAny(text[i:], "）)")
	if j < 0 {
		return false
	}
	rest := text[i+j:]
	_, w := utf8.DecodeRuneInString(rest)
	rest = strings.TrimLeft(rest[w:], " ")
	for _, p := range []string{"比", "较", "同比", "，", ","} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

func appendSpan(out []Span, text string, a, b int) []Span {
	for a < b && (text[a] == ' ' || text[a] == '\t') {
		a++
	}
	for b > a && (text[b-1] == ' ' || text[b-1] == '\t') {
		b--
	}
	if a < b {
		out = append(out, Span{a, b})
	}
	return out
}

// terminated reports whether text ends a sentence (after closers).
func terminated(text string) bool {
	text = strings.TrimRight(text, " ")
	for text != "" {
		r, w := utf8.DecodeLastRuneInString(text)
		if strings.ContainsRune(closers, r) {
			text = text[:len(text)-w]
			continue
		}
		return strings.ContainsRune(sentenceEnds+"：:", r)
	}
	return false
}
