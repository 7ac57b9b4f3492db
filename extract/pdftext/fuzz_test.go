package pdftext

import (
	"bytes"
	"math"
	"os"
	"testing"
	"unicode/utf8"
)

// fuzzTarget is a page whose resources the fuzzed content runs with.
type fuzzTarget struct {
	d    *Document
	page int
}

// fuzzTargets opens the resource sets: the synthetic document (simple, CID
// and Type 3 test fonts, forms, an image, a separation colour space) and
// table pages of corpus reports (Chromium's Type 3 fonts, Word's CID and
// WinAnsi fonts, ONLYOFFICE's and WPS's CID fonts, LibreOffice's subsets).
func fuzzTargets(f *testing.F) []fuzzTarget {
	res := func(b *pdfBuilder) string {
		return formResources(b) + " /ColorSpace << /Sp [/Separation /Black /DeviceCMYK null] >> /Properties << /P1 << /ActualText <FEFF4E94> >> >> /ExtGState << /G1 << /LW 2 >> >>"
	}
	syn, err := Open(simpleDoc(docOpts{resources: res}, "BT ET"), Options{MaxStreamBytes: 1 << 20})
	if err != nil {
		f.Fatal(err)
	}
	targets := []fuzzTarget{{syn, 1}}
	for _, c := range []struct {
		file string
		page int
	}{
		{"seed-chromium", 6}, {"jiangsu-court-2019-budget", 8}, {"putuo-czj-2024-final", 6},
		{"putuo-shgzb-2024-final", 5}, {"seed-libreoffice", 7},
	} {
		data, err := os.ReadFile(corpusPath(c.file))
		if err != nil {
			f.Fatal(err)
		}
		d, err := Open(data, Options{MaxStreamBytes: 1 << 20})
		if err != nil {
			f.Fatal(err)
		}
		targets = append(targets, fuzzTarget{d, c.page})
	}
	return targets
}

// FuzzContent runs the page interpreter on arbitrary content-stream bytes;
// the first input byte picks the resource set. Seeds are pieces of the real
// content of the corpus pages and the synthetic tests' contents.
func FuzzContent(f *testing.F) {
	targets := fuzzTargets(f)
	for i, tg := range targets[1:] {
		it := tg.d.newInterp(tg.page)
		data, err := it.contents(tg.d.pages[tg.page-1].v)
		it.release()
		if err != nil {
			f.Fatal(err)
		}
		// Small seeds: the fuzzer minimises every new input, which takes
		// up to a minute on a large one.
		for _, at := range []int{0, len(data) / 2} {
			chunk := data[at:]
			if k := bytes.IndexByte(chunk, '\n'); at > 0 && k >= 0 {
				chunk = chunk[k+1:]
			}
			f.Add(byte(i+1), chunk[:min(len(chunk), 1500)])
		}
	}
	for _, s := range []string{
		`BT /F1 10 Tf 1 0 0 1 100 700 Tm (12 34) Tj ET BT /F2 20 Tf 100 650 Td <000100020003> Tj <0011> Tj ET BT /F3 10 Tf 100 600 Td (AB) Tj ET`,
		`BT /F2 10 Tf 100 700 Td [<0001> -500 <0002> 250 <0003>] TJ 12 TL T* (2) ' 3 1 (2 3) " 50 Tz 2 Tr 3 Ts <0001> Tj ET`,
		`/X1 Do q 1 0 0 1 200 0 cm /X2 Do Q /X3 Do /X4 Do /G1 gs`,
		`q 300 0 0 400 0 0 cm /Im1 Do Q q 60 0 0 40 0 0 cm BI /W 4 /H 1 /CS /G /BPC 8 ID ` + "\x01 EI" + ` EI Q`,
		`1 w 10 10 100 50 re S 0 g 10 400 200 0.5 re f /Sp CS 0 SCN 100 30 m 300 30 l S 1 1 1 RG 0 0 m 1 1 l B*`,
		`/Span << /ActualText <FEFF4E94> >> BDC BT /F2 10 Tf <0001> Tj ET EMC /Span /P1 BDC EMC /Artifact BMC EMC`,
		`BI /W 4 /H 4 /CS /G /BPC 8 /F /AHx ID 00ff00ff EI00 00ff> EI`,
		`[[[ << /A [1 2 << >> ] >> (\\\) \777 <0a0b`,
	} {
		f.Add(byte(0), []byte(s))
	}
	f.Fuzz(func(t *testing.T, which byte, content []byte) {
		tg := targets[int(which)%len(targets)]
		it := tg.d.newInterp(tg.page)
		defer it.release()
		p, err := it.interpret(content)
		if err != nil {
			return
		}
		for _, g := range p.Glyphs {
			if !utf8.ValidString(g.Text) || g.Text == "" {
				t.Fatalf("bad glyph text %q", g.Text)
			}
			for _, v := range []float64{g.X0, g.X1, g.Y0, g.Y1, g.Baseline, g.Size} {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					t.Fatalf("glyph %+v not finite", g)
				}
			}
			if g.X1 <= 0 || g.X0 >= p.Width || g.Y1 <= 0 || g.Y0 >= p.Height {
				t.Fatalf("glyph %+v off the page", g)
			}
		}
		for _, r := range p.Rules {
			if !(r.X0 <= r.X1 && r.Y0 <= r.Y1) || (r.X0 != r.X1) == (r.Y0 != r.Y1) {
				t.Fatalf("bad rule %+v", r)
			}
			if r.X0 < 0 || r.Y0 < 0 || r.X1 > p.Width || r.Y1 > p.Height || math.IsNaN(r.Width) {
				t.Fatalf("rule %+v off the page", r)
			}
		}
		if p.ImageArea < 0 || p.ImageArea > 1 || math.IsNaN(p.ImageArea) {
			t.Fatalf("image area %v", p.ImageArea)
		}
	})
}

// FuzzOpen reads arbitrary files: Open and Page recover panics, so what
// this finds are the failures recover cannot catch (out of memory, stack
// overflow, hangs), which guard.go must then prevent.
func FuzzOpen(f *testing.F) {
	f.Add(simpleDoc(docOpts{}, `BT /F2 10 Tf 100 700 Td <0001> Tj ET 1 w 0 0 m 100 0 l S`))
	f.Add(simpleDoc(docOpts{compress: true, resources: formResources}, `/X1 Do /X2 Do /Im1 Do`))
	f.Add(objStmDoc(nil))
	for _, name := range []string{"owner-aes-256.pdf", "owner-rc4-40-objstm.pdf", "owner-aes-128-objstm.pdf"} {
		data, err := os.ReadFile("testdata/encrypted/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Open(data, Options{MaxStreamBytes: 1 << 20})
		if err != nil {
			return
		}
		for n := 1; n <= min(d.NumPages(), 5); n++ {
			d.Page(n)
		}
	})
}
