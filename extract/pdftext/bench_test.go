package pdftext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusFiles are the reports every test and benchmark runs on.
var corpusFiles = []string{
	"../../corpus/synthetic/seed-chromium.pdf",
	"../../corpus/synthetic/seed-libreoffice.pdf",
	"../../corpus/real/putuo-czj-2024-final.pdf",
	"../../corpus/real/putuo-shgzb-2024-final.pdf",
	"../../corpus/real/putuo-wanli-2024-budget.pdf",
	"../../corpus/real/jiangsu-court-2019-budget.pdf",
	"../../corpus/real/national-template-final.pdf",
}

// BenchmarkPages opens each corpus file and interprets every page, the
// whole work of this stage per file.
func BenchmarkPages(b *testing.B) {
	for _, f := range corpusFiles {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(strings.TrimSuffix(filepath.Base(f), ".pdf"), func(b *testing.B) {
			b.ReportAllocs()
			pages := 0
			for b.Loop() {
				d, err := Open(data, Options{})
				if err != nil {
					b.Fatal(err)
				}
				for n := 1; n <= d.NumPages(); n++ {
					if _, err := d.Page(n); err != nil {
						b.Fatal(err)
					}
					pages++
				}
			}
			b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}
