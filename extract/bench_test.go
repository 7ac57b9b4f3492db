package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkExtract reads each corpus PDF into the document model: PDF
// parsing, page interpretation, layout and assembly.
//
//	go test ./extract -run XXX -bench Extract -benchmem
func BenchmarkExtract(b *testing.B) {
	files, _ := filepath.Glob("../corpus/*/*.pdf")
	for _, f := range files {
		if filepath.Base(filepath.Dir(f)) == "broken" {
			continue
		}
		data := mustReadB(b, f)
		b.Run(filepath.Base(f), func(b *testing.B) {
			pages := 0
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				doc, err := Read(f, data, Options{})
				if err != nil {
					b.Fatal(err)
				}
				pages = len(doc.Pages)
			}
			b.ReportMetric(float64(pages)*float64(b.N)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}

func mustReadB(b *testing.B, path string) []byte {
	b.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	return data
}
