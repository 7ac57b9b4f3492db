//go:build explore

package pdftext

import (
	"bytes"
	"github.com/ledongthuc/pdf"
	"syscall"
	"path/filepath"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
)

// go test -tags explore -run TestDump -v ./extract/pdftext/ -args FILE PAGE
func TestDump(t *testing.T) {
	args := os.Args
	var file string
	page := 1
	for i, a := range args {
		if a == "-args" || strings.HasSuffix(a, ".pdf") {
			if strings.HasSuffix(a, ".pdf") {
				file = a
				if i+1 < len(args) {
					page, _ = strconv.Atoi(args[i+1])
				}
			}
		}
	}
	if file == "" {
		file = os.Getenv("F")
		page, _ = strconv.Atoi(os.Getenv("P"))
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Now()
	d, err := Open(data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := d.Page(page)
	t.Logf("time %v", time.Since(t0))
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("page %d %.2fx%.2f glyphs %d rules %d fills %d img %.3f warnings %q\n", p.Number, p.Width, p.Height, len(p.Glyphs), len(p.Rules), len(p.Fills), p.ImageArea, p.Warnings)
	// group by baseline
	type line struct {
		y  float64
		gs []Glyph
	}
	var lines []*line
	for _, g := range p.Glyphs {
		var found *line
		for _, l := range lines {
			if abs(l.y-g.Baseline) < 2 {
				found = l
			}
		}
		if found == nil {
			found = &line{y: g.Baseline}
			lines = append(lines, found)
		}
		found.gs = append(found.gs, g)
	}
	sort.Slice(lines, func(i, j int) bool { return lines[i].y < lines[j].y })
	for _, l := range lines {
		sort.SliceStable(l.gs, func(i, j int) bool { return l.gs[i].X0 < l.gs[j].X0 })
		var b strings.Builder
		prev := -1.0
		for _, g := range l.gs {
			if prev >= 0 && g.X0-prev > g.Size*0.5 {
				b.WriteString(" | ")
			}
			b.WriteString(g.Text)
			prev = g.X1
		}
		fmt.Printf("%7.2f x=%6.1f sz=%4.1f %s %v: %s\n", l.y, l.gs[0].X0, l.gs[0].Size, l.gs[0].Font, l.gs[0].Bold, b.String())
	}
	if os.Getenv("RULES") != "" {
		for _, r := range p.Rules {
			fmt.Printf("rule %.2f %.2f %.2f %.2f w=%.2f\n", r.X0, r.Y0, r.X1, r.Y1, r.Width)
		}
	}
	if os.Getenv("GLYPHS") != "" {
		for _, g := range p.Glyphs {
			fmt.Printf("%q %.2f-%.2f %.2f-%.2f b=%.2f s=%.2f r=%d\n", g.Text, g.X0, g.X1, g.Y0, g.Y1, g.Baseline, g.Size, g.Rotation)
		}
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// F=... go test -tags explore -run TestAllText: writes /tmp/ours/<base>-<page>.txt
func TestAllText(t *testing.T) {
	file := os.Getenv("F")
	data, _ := os.ReadFile(file)
	t0 := time.Now()
	d, err := Open(data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll("/tmp/ours", 0o755)
	base := strings.TrimSuffix(file[strings.LastIndex(file, "/")+1:], ".pdf")
	nr := 0
	for i := 1; i <= d.NumPages(); i++ {
		p, err := d.Page(i)
		if err != nil {
			t.Errorf("page %d: %v", i, err)
			continue
		}
		var b strings.Builder
		for _, g := range p.Glyphs {
			b.WriteString(g.Text)
		}
		nh, nv := 0, 0
		for _, r := range p.Rules {
			if r.Y0 == r.Y1 {
				nh++
			} else {
				nv++
			}
		}
		nr += len(p.Rules)
		fmt.Printf("p%d glyphs=%d rules h%d v%d fills=%d img=%.2f warn=%q\n", i, len(p.Glyphs), nh, nv, len(p.Fills), p.ImageArea, p.Warnings)
		os.WriteFile(fmt.Sprintf("/tmp/ours/%s-%d.txt", base, i), []byte(b.String()), 0o644)
	}
	t.Logf("%s: %d pages in %v", file, d.NumPages(), time.Since(t0))
}

// F=... go test -tags explore -run TestAllGlyphs: writes /tmp/ours/<base>-<page>.tsv
func TestAllGlyphs(t *testing.T) {
	file := os.Getenv("F")
	data, _ := os.ReadFile(file)
	d, err := Open(data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	base := strings.TrimSuffix(file[strings.LastIndex(file, "/")+1:], ".pdf")
	for i := 1; i <= d.NumPages(); i++ {
		p, _ := d.Page(i)
		var b strings.Builder
		for _, g := range p.Glyphs {
			fmt.Fprintf(&b, "%s\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\n", g.Text, g.X0, g.X1, g.Y0, g.Y1, g.Size)
		}
		os.WriteFile(fmt.Sprintf("/tmp/ours/%s-%d.tsv", base, i), []byte(b.String()), 0o644)
	}
}

func TestWriteSynthetic(t *testing.T) {
	c := "BT /F1 10 Tf 1 0 0 1 100 700 Tm (12 34) Tj ET BT /F2 20 Tf 100 650 Td <000100020003> Tj <0011> Tj ET BT /F3 10 Tf 100 600 Td (AB) Tj ET"
	os.WriteFile("/tmp/syn.pdf", simpleDoc(docOpts{}, c), 0o644)
	os.WriteFile("/tmp/syn90.pdf", simpleDoc(docOpts{rotate: 90, mediaBox: "[10 20 610 820]"}, c), 0o644)
	os.WriteFile("/tmp/syn270.pdf", simpleDoc(docOpts{rotate: 270, mediaBox: "[10 20 610 820]"}, c), 0o644)
	os.WriteFile("/tmp/syn180.pdf", simpleDoc(docOpts{rotate: 180, mediaBox: "[10 20 610 820]"}, c), 0o644)
}

func TestFontsOf(t *testing.T) {
	data, _ := os.ReadFile(os.Getenv("F"))
	d, _ := Open(data, Options{})
	n, _ := strconv.Atoi(os.Getenv("P"))
	p, _ := d.Page(n)
	want := os.Getenv("S")
	var text []string
	for _, g := range p.Glyphs {
		text = append(text, g.Text)
	}
	all := strings.Join(text, "")
	i := strings.Index(all, want)
	if i < 0 {
		t.Fatal("not found")
	}
	// map byte offset to glyph index
	off := 0
	for k, g := range p.Glyphs {
		if off >= i && off < i+len(want) {
			fmt.Printf("%q %s x=%.2f-%.2f w=%.2f size=%.2f\n", g.Text, g.Font, g.X0, g.X1, g.X1-g.X0, g.Size)
		}
		off += len(g.Text)
		_ = k
	}
	for r := range d.fonts {
		_ = r
	}
}

func TestWritePlain(t *testing.T) {
	os.WriteFile("/tmp/plain.pdf", simpleDoc(docOpts{compress: true}, "BT /F2 20 Tf 100 650 Td <000100020003> Tj /F1 10 Tf (12 34) Tj ET 1 w 100 600 m 300 600 l S"), 0o644)
}

func TestEncExplore(t *testing.T) {
	files, _ := filepath.Glob("/tmp/enc/*.pdf")
	for _, f := range files {
		data, _ := os.ReadFile(f)
		d, err := Open(data, Options{})
		if err != nil {
			fmt.Printf("%s: open error %v\n", f, err)
			continue
		}
		p, err := d.Page(1)
		if err != nil {
			fmt.Printf("%s: page error %v\n", f, err)
			continue
		}
		var b strings.Builder
		for _, g := range p.Glyphs {
			b.WriteString(g.Text)
		}
		fmt.Printf("%s: %q rules %d warn %q\n", f, b.String(), len(p.Rules), p.Warnings)
	}
}

func TestEncBig(t *testing.T) {
	for _, pair := range [][2]string{
		{"/tmp/enc-big-jiangsu-court-2019-budget.pdf", "../../corpus/real/jiangsu-court-2019-budget.pdf"},
		{"/tmp/enc40-big-jiangsu-court-2019-budget.pdf", "../../corpus/real/jiangsu-court-2019-budget.pdf"},
		{"/tmp/enc-big-putuo-czj-2024-final.pdf", "../../corpus/real/putuo-czj-2024-final.pdf"},
		{"/tmp/enc-big-seed-chromium.pdf", "../../corpus/synthetic/seed-chromium.pdf"},
		{"/tmp/enc40-big-seed-chromium.pdf", "../../corpus/synthetic/seed-chromium.pdf"},
	} {
		a, _ := os.ReadFile(pair[0])
		b, _ := os.ReadFile(pair[1])
		t0 := time.Now()
		da, err := Open(a, Options{})
		if err != nil {
			t.Errorf("%s: %v", pair[0], err)
			continue
		}
		db, _ := Open(b, Options{})
		same := 0
		for n := 1; n <= db.NumPages(); n++ {
			pa, err := da.Page(n)
			if err != nil {
				t.Errorf("%s p%d: %v", pair[0], n, err)
				continue
			}
			pb, _ := db.Page(n)
			if pageText(pa) == pageText(pb) && len(pa.Rules) == len(pb.Rules) {
				same++
			}
		}
		t.Logf("%s: %d/%d pages identical (%v)", pair[0], same, db.NumPages(), time.Since(t0))
	}
}

func BenchmarkFile(b *testing.B) {
	data, _ := os.ReadFile(os.Getenv("F"))
	for b.Loop() {
		d, err := Open(data, Options{})
		if err != nil {
			b.Fatal(err)
		}
		for n := 1; n <= d.NumPages(); n++ {
			d.Page(n)
		}
	}
}

func TestPeak(t *testing.T) {
	data, _ := os.ReadFile(os.Getenv("F"))
	t0 := time.Now()
	d, err := Open(data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var pages []*Page
	for n := 1; n <= d.NumPages(); n++ {
		p, err := d.Page(n)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, p)
	}
	fmt.Printf("PEAK %s %d pages %v\n", os.Getenv("F"), len(pages), time.Since(t0))
}

func TestCPU(t *testing.T) {
	for _, f := range corpusFiles {
		data, _ := os.ReadFile(f)
		run := func() {
			d, err := Open(data, Options{})
			if err != nil {
				t.Fatal(err)
			}
			for n := 1; n <= d.NumPages(); n++ {
				if _, err := d.Page(n); err != nil {
					t.Fatal(err)
				}
			}
		}
		run()
		best := time.Hour
		for i := 0; i < 7; i++ {
			var r0, r1 syscall.Rusage
			syscall.Getrusage(syscall.RUSAGE_SELF, &r0)
			run()
			syscall.Getrusage(syscall.RUSAGE_SELF, &r1)
			cpu := time.Duration(r1.Utime.Nano()-r0.Utime.Nano()) + time.Duration(r1.Stime.Nano()-r0.Stime.Nano())
			best = min(best, cpu)
		}
		fmt.Printf("CPU %-50s %6.1f ms\n", f, float64(best.Microseconds())/1000)
	}
}

func TestUnguarded(t *testing.T) {
	var data []byte
	switch os.Getenv("CASE") {
	case "nest":
		data = objStmDoc(func(e [][3]int, _, _ *string) { e[5] = [3]int{2, 5, 0} })
	case "size":
		data = objStmDoc(func(_ [][3]int, _, x *string) { *x = strings.Replace(*x, "/Size 8", "/Size 1000000000000", 1) })
	case "cycle":
		data = objStmDoc(func(e [][3]int, o, _ *string) { *o += " /Extends 7 0 R"; e[1] = [3]int{2, 5, 9} })
	}
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	fmt.Println("open", err)
	if err == nil {
		func() {
			defer func() { fmt.Println("recovered", recover()) }()
			fmt.Println(r.Trailer().Key("Root").Key("Pages"))
		}()
	}
}
