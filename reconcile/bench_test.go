package reconcile

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gouji/gouji/extract"
)

// BenchmarkCheck is a full check of a report as gouji check runs it: the
// PDF read, the tables analysed, the narrative read into claims and every
// rule run. The issue asks for under 0.2 s for putuo-czj-2024-final.pdf
// and under 1 s for seed-chromium.pdf.
func BenchmarkCheck(b *testing.B) {
	for _, path := range []string{
		filepath.Join("..", "corpus", "real", "putuo-czj-2024-final.pdf"),
		filepath.Join("..", "corpus", "synthetic", "seed-chromium.pdf"),
	} {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(filepath.Base(path), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				doc, err := extract.Read(path, data, extract.Options{})
				if err != nil {
					b.Fatal(err)
				}
				if res := Check(doc, Analyzers()); len(res.Errors) > 0 {
					b.Fatal(res.Errors)
				}
			}
		})
	}
}
