package extract

import (
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/gouji/gouji/extract/pdftext"
)

// dumpFlag names a page to print line by line, for working on layout:
//
//	go test ./extract -run TestDumpPage -dump corpus/x.pdf:7
var dumpFlag = flag.String("dump", "", "FILE:PAGE to dump lines, runs and rules of")

func TestDumpPage(t *testing.T) {
	if *dumpFlag == "" {
		t.Skip("no -dump")
	}
	i := strings.LastIndexByte(*dumpFlag, ':')
	file, pageStr := (*dumpFlag)[:i], (*dumpFlag)[i+1:]
	page, _ := strconv.Atoi(pageStr)
	doc, err := pdftext.Open(mustRead(t, "../"+file), pdftext.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := doc.Page(page)
	if err != nil {
		t.Fatal(err)
	}
	var gs []glyph
	for _, g := range p.Glyphs {
		gs = append(gs, glyph{text: g.Text, x0: g.X0, x1: g.X1, y0: g.Y0, y1: g.Y1, base: g.Baseline, size: g.Size, bold: g.Bold})
	}
	fmt.Printf("page %d: %.1f×%.1f, %d glyphs, %d rules\n", page, p.Width, p.Height, len(p.Glyphs), len(p.Rules))
	for _, l := range buildLines(gs) {
		fmt.Printf("base %6.1f size %4.1f box [%5.1f %5.1f %5.1f %5.1f]", l.base, l.size, l.box.X0, l.box.Y0, l.box.X1, l.box.Y1)
		for _, r := range l.runs {
			fmt.Printf(" | %.1f-%.1f %q", r.box.X0, r.box.X1, r.text)
		}
		fmt.Println()
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
