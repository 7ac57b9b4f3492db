package segment

import (
	"strings"
	"testing"

	"github.com/go-ego/gse"
)

// BenchmarkDictionaryLoad builds the tokenizer from the embedded
// dictionary, as the first call of a process does (once, lazily).
func BenchmarkDictionaryLoad(b *testing.B) {
	for b.Loop() {
		_, text, err := readDictionary(dictFS)
		if err != nil {
			b.Fatal(err)
		}
		seg := &gse.Segmenter{NotLoadHMM: true, SkipLog: true}
		if err := seg.LoadDictStr(text); err != nil {
			b.Fatal(err)
		}
		if seg.Dict.NumTokens() < 600 {
			b.Fatal("dictionary not loaded")
		}
	}
}

// BenchmarkTokenize tokenises the seed report's narrative.
func BenchmarkTokenize(b *testing.B) {
	doc := seed(b)
	var paras []string
	n := 0
	for _, bl := range doc.Blocks {
		if bl.Paragraph != nil {
			paras = append(paras, bl.Paragraph.Text)
			n += len(bl.Paragraph.Text)
		}
	}
	text := strings.Join(paras, "\n")
	Tokenize("预热")
	b.SetBytes(int64(n))
	for b.Loop() {
		Tokenize(text)
	}
}

// BenchmarkParseMentions finds the numbers of the seed's narrative.
func BenchmarkParseMentions(b *testing.B) {
	doc := seed(b)
	for b.Loop() {
		for _, bl := range doc.Blocks {
			if bl.Paragraph != nil {
				ParseMentions(bl.Paragraph.Text)
			}
		}
	}
}

// BenchmarkClaimsSeed extracts every claim of the seed report once the
// document is read (the issue asks for under 50 ms).
func BenchmarkClaimsSeed(b *testing.B) {
	doc := seed(b)
	Claims(doc)
	for b.Loop() {
		Claims(doc)
	}
}
