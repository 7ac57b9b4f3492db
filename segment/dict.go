package segment

import (
	"bufio"
	"embed"
	"io/fs"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/go-ego/gse"
)

// The domain dictionary: classification names, economic classification,
// 三公 terms, table and section vocabulary, aspects and cue words. It is
// built into the binary and is the only dictionary gse loads: gse's own
// default dictionary is never touched (it costs seconds and hundreds of
// MiB to load and tens of MB of binary).
//
//go:embed dict/*.txt
var dictFS embed.FS

// Tags of dictionary terms (the section a term is listed in). A line is
// "term", "term=canonical" or either followed by a frequency.
const (
	TagClass    = "cls"   // function classification name (类/款/项)
	TagEconomic = "eco"   // economic classification name (301 工资福利支出 …)
	TagSanGong  = "sg"    // 三公 expense terms
	TagItem     = "item"  // table and section vocabulary (基本支出, 本年收入合计)
	TagLevel    = "lvl"   // （类）（款）（项）
	TagAspect   = "asp"   // 年初预算, 决算数, 上年 …
	TagCue      = "cue"   // 占, 完成, 增加, 合计, 其中 …
	TagScope    = "scope" // 全年, 截至 …
	TagFunction = "fn"    // 的, 和, 主要用于 …
	TagAction   = "act"   // 支付, 拨付, 争取 …
	// Tags of text outside the dictionary.
	TagText   = ""      // Han text not in the dictionary
	TagPunct  = "punct" // punctuation and spaces
	TagLatin  = "latin" // ASCII letters and digits
	TagNumber = "num"   // a mention (only in claim processing)
)

// Token is one token of a tokenised string.
type Token struct {
	Text string `json:"text"`
	// Start and End are byte offsets in the tokenised string.
	Start int `json:"start"`
	End   int `json:"end"`
	// Tag is the dictionary section of the term, or TagText, TagPunct,
	// TagLatin for text outside the dictionary.
	Tag string `json:"tag,omitempty"`
	// Canon is the canonical form of an aspect (年初预算数 → 年初预算) or
	// the kind of a cue (增加 → up).
	Canon string `json:"canon,omitempty"`
}

type term struct{ tag, canon string }

var (
	dictOnce  sync.Once
	dictSeg   *gse.Segmenter
	dictTerms map[string]term
	dictErr   error
)

// loadDictionary builds the segmenter from the embedded dictionary, once.
func loadDictionary() (*gse.Segmenter, map[string]term, error) {
	dictOnce.Do(func() {
		terms, text, err := readDictionary(dictFS)
		if err != nil {
			dictErr = err
			return
		}
		seg := &gse.Segmenter{NotLoadHMM: true, SkipLog: true}
		if err := seg.LoadDictStr(text); err != nil {
			dictErr = err
			return
		}
		dictSeg, dictTerms = seg, terms
	})
	return dictSeg, dictTerms, dictErr
}

// readDictionary reads the dictionary files into a term map and the line
// format gse loads ("term freq tag"). A term listed twice keeps its first
// section, as gse keeps its first insertion.
func readDictionary(fsys fs.FS) (map[string]term, string, error) {
	names, err := fs.Glob(fsys, "dict/*.txt")
	if err != nil {
		return nil, "", err
	}
	terms := make(map[string]term)
	var b strings.Builder
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, "", err
		}
		tag := ""
		sc := bufio.NewScanner(strings.NewReader(string(data)))
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
				tag = line[1 : len(line)-1]
				continue
			}
			freq := "100"
			if f := strings.Fields(line); len(f) == 2 {
				line, freq = f[0], f[1]
			}
			word, canon, _ := strings.Cut(line, "=")
			if word == "" || strings.ContainsAny(word, " \t") {
				continue
			}
			if _, dup := terms[word]; dup {
				continue
			}
			terms[word] = term{tag: tag, canon: canon}
			// Equal frequencies by default: the shortest path then
			// prefers the segmentation with the fewest terms, so the
			// longest terms win. A term may lower its own ("支出决算
			// 50") to lose ties against a longer subject term.
			b.WriteString(word)
			b.WriteString(" " + freq + " ")
			b.WriteString(tag)
			b.WriteByte('\n')
		}
	}
	return terms, b.String(), nil
}

// DictionarySize returns the number of terms the tokenizer loaded (0 if
// the dictionary failed to load): a check that the embedded dictionary is
// really there.
func DictionarySize() int {
	seg, _, err := loadDictionary()
	if err != nil || seg == nil || seg.Dict == nil {
		return 0
	}
	return seg.Dict.NumTokens()
}

// Tokenize splits s into dictionary terms and the runs of text between
// them. Han text outside the dictionary is kept as one token per run, so a
// subject is built from whole terms and whole runs, never from a term cut
// in two.
func Tokenize(s string) []Token {
	return appendTokens(nil, s, 0)
}

// appendTokens tokenises s and appends the tokens, with offsets shifted by
// base, to out.
func appendTokens(out []Token, s string, base int) []Token {
	if s == "" {
		return out
	}
	seg, terms, err := loadDictionary()
	if err != nil || seg == nil {
		return appendPlain(out, s, base)
	}
	plain := -1 // start of a run of text outside the dictionary
	for _, sg := range seg.Segment([]byte(s)) {
		start, end := sg.Start(), sg.End()
		if start < 0 || end > len(s) || start >= end {
			continue
		}
		text := s[start:end]
		t, known := terms[text]
		if known && sg.Token() != nil && sg.Token().Pos() != "x" {
			if plain >= 0 {
				out = appendPlain(out, s[plain:start], base+plain)
				plain = -1
			}
			out = append(out, Token{Text: text, Start: base + start, End: base + end, Tag: t.tag, Canon: t.canon})
			continue
		}
		if plain < 0 {
			plain = start
		}
	}
	if plain >= 0 {
		out = appendPlain(out, s[plain:], base+plain)
	}
	return out
}

// appendPlain appends text outside the dictionary: runs of Han text,
// Latin letters and digits, and single punctuation marks.
func appendPlain(out []Token, s string, base int) []Token {
	for i, r := range s {
		tag := TagText
		switch {
		case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			tag = TagLatin
		case unicode.IsPunct(r) || unicode.IsSpace(r) || unicode.IsSymbol(r):
			tag = TagPunct
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		if n := len(out); n > 0 && tag != TagPunct && out[n-1].Tag == tag && out[n-1].End == base+i &&
			out[n-1].Start >= base && (tag == TagText || tag == TagLatin) {
			out[n-1].End += w
			out[n-1].Text = s[out[n-1].Start-base : i+w]
			continue
		}
		out = append(out, Token{Text: s[i : i+w], Start: base + i, End: base + i + w, Tag: tag})
	}
	return out
}
