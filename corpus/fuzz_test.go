package corpus

import (
	"os"
	"testing"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/reconcile"
)

// FuzzCheck runs the whole pipeline — PDF reading, layout, claims, every
// rule — on mutated copies of a real report: whatever the bytes, the
// result is a document with findings or an input error, never a panic.
//
//	go test ./corpus -run XXX -fuzz FuzzCheck -fuzztime 10m
func FuzzCheck(f *testing.F) {
	// One page of a real report (qpdf --empty --pages …shgzb… 12 --): small
	// enough for the fuzzer to mutate quickly, with CID fonts, ToUnicode
	// maps and a ruled table.
	for _, p := range []string{"testdata/fuzz-seed-page.pdf"} {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	analyzers := reconcile.Analyzers()
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := extract.Read("fuzz.pdf", data, extract.Options{MaxStreamBytes: 64 << 20})
		if err != nil {
			return
		}
		res := reconcile.Check(doc, analyzers)
		for _, e := range res.Errors {
			t.Fatalf("rule failed: %v", e)
		}
	})
}
