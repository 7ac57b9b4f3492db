package extract

import (
	"bytes"
	"os"
	"testing"
)

// FuzzReadText reads arbitrary bytes as the plain-text report format: it
// must return a document or an error, never panic, and a document must
// hold only what the model allows (cells inside their table's grid).
//
//	go test ./extract -run XXX -fuzz FuzzReadText -fuzztime 10m
func FuzzReadText(f *testing.F) {
	seed, err := os.ReadFile("../corpus/seed/seed.txt")
	if err != nil {
		f.Fatal(err)
	}
	// Seed with slices of the real report: tables, page breaks, notes.
	for _, cut := range [][2]int{{0, 4000}, {3000, 12000}, {12000, 30000}, {len(seed) - 8000, len(seed)}} {
		f.Add(seed[cut[0]:cut[1]])
	}
	f.Add([]byte("项目\t金额\n合计\t5, 662. 95\n\n注：1. 本表\n\f下一页\t1\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := ReadText("fuzz.txt", bytes.NewReader(data))
		if err != nil {
			return
		}
		for _, b := range doc.Blocks {
			if tb := b.Table; tb != nil {
				for _, c := range tb.Cells {
					if c.Row < 0 || c.Col < 0 || c.Row >= tb.Rows || c.Col >= tb.Cols {
						t.Fatalf("cell %+v outside %d×%d", c, tb.Rows, tb.Cols)
					}
				}
			}
		}
	})
}
