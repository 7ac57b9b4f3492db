package pdftext

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Tests on small documents built here, where every expected position can
// be computed by hand (and was checked against pdftotext -bbox once).

// onePage builds a document with the test fonts and interprets its pages
// without Page's recover, so that a panic fails the test.
func onePage(t *testing.T, o docOpts, content string) *Page {
	t.Helper()
	d, err := Open(simpleDoc(o, content), Options{})
	require.NoError(t, err)
	p, err := d.page(1)
	require.NoError(t, err)
	return p
}

type box struct {
	text           string
	x0, x1, y0, y1 float64
}

func assertGlyphs(t *testing.T, p *Page, want []box) {
	t.Helper()
	if !assert.Len(t, p.Glyphs, len(want), "glyphs %q", pageText(p)) {
		return
	}
	for i, w := range want {
		g := p.Glyphs[i]
		assert.Equal(t, w.text, g.Text, "glyph %d", i)
		assert.InDelta(t, w.x0, g.X0, 0.01, "glyph %d %q X0", i, g.Text)
		assert.InDelta(t, w.x1, g.X1, 0.01, "glyph %d %q X1", i, g.Text)
		if w.y0 != 0 || w.y1 != 0 {
			assert.InDelta(t, w.y0, g.Y0, 0.01, "glyph %d %q Y0", i, g.Text)
			assert.InDelta(t, w.y1, g.Y1, 0.01, "glyph %d %q Y1", i, g.Text)
		}
	}
}

// TestFontKinds: a simple TrueType font with Word-style partial /Widths,
// a CID font with /W and /DW, a Type 3 font whose widths go through its
// FontMatrix and whose text comes from /Differences.
func TestFontKinds(t *testing.T) {
	p := onePage(t, docOpts{}, `
		BT /F1 10 Tf 1 0 0 1 100 700 Tm (12 34) Tj ET
		BT /F2 20 Tf 100 650 Td <000100020003> Tj <0011> Tj ET
		BT /F3 10 Tf 100 600 Td (AB) Tj ET`)
	assertGlyphs(t, p, []box{
		{"1", 100, 105.56, 91.2, 101.2}, {"2", 105.56, 111.12, 0, 0}, {" ", 111.12, 113.90, 0, 0},
		{"3", 113.90, 119.46, 0, 0}, {"4", 119.46, 125.02, 0, 0},
		{"一", 100, 120, 132.4, 152.4}, {"二", 120, 140, 0, 0}, {"三", 140, 160, 0, 0}, {"1", 160, 170, 0, 0},
		{"A", 100, 105, 191.2, 201.2}, {"B", 105, 115, 0, 0},
	})
	assert.Equal(t, "Helvetica", p.Glyphs[0].Font)
	assert.Equal(t, "TestSong", p.Glyphs[5].Font)
	for _, g := range p.Glyphs {
		assert.Equal(t, 0, g.Rotation)
		assert.InDelta(t, g.Y0+0.88*g.Size, g.Baseline, 0.01)
	}
}

// TestTextState covers the text state operators and TJ adjustments.
func TestTextState(t *testing.T) {
	cases := []struct {
		name, content string
		want          []box
	}{
		{"Tc", `BT /F2 10 Tf 2 Tc 100 700 Td <00010002> Tj ET`,
			[]box{{"一", 100, 110, 0, 0}, {"二", 112, 122, 0, 0}}},
		{"Tw on code 32", `BT /F1 10 Tf 5 Tw 100 700 Td (1 2) Tj ET`,
			[]box{{"1", 100, 105.56, 0, 0}, {" ", 105.56, 108.34, 0, 0}, {"2", 113.34, 118.90, 0, 0}}},
		{"Tz", `BT /F1 10 Tf 50 Tz 100 700 Td (11) Tj ET`,
			[]box{{"1", 100, 102.78, 0, 0}, {"1", 102.78, 105.56, 0, 0}}},
		{"TL T*", `BT /F1 10 Tf 12 TL 100 700 Td (1) Tj T* (2) Tj ET`,
			[]box{{"1", 100, 105.56, 91.2, 101.2}, {"2", 100, 105.56, 103.2, 113.2}}},
		{"quote", `BT /F1 10 Tf 12 TL 100 700 Td (1) Tj (2) ' ET`,
			[]box{{"1", 100, 105.56, 91.2, 101.2}, {"2", 100, 105.56, 103.2, 113.2}}},
		{"doublequote", `BT /F1 10 Tf 12 TL 100 700 Td (1) Tj 3 1 (2 3) " ET`,
			[]box{{"1", 100, 105.56, 0, 0}, {"2", 100, 105.56, 103.2, 113.2}, {" ", 106.56, 109.34, 0, 0}, {"3", 113.34, 118.90, 0, 0}}},
		{"Ts", `BT /F1 10 Tf 3 Ts 100 700 Td (1) Tj ET`,
			[]box{{"1", 100, 105.56, 88.2, 98.2}}},
		{"TJ", `BT /F2 10 Tf 100 700 Td [<0001> -500 <0002> 250 <0003>] TJ ET`,
			[]box{{"一", 100, 110, 0, 0}, {"二", 115, 125, 0, 0}, {"三", 122.5, 132.5, 0, 0}}},
		{"TD sets TL", `BT /F1 10 Tf 100 700 Td (1) Tj 0 -20 TD (2) Tj T* (3) Tj ET`,
			[]box{{"1", 100, 105.56, 91.2, 101.2}, {"2", 100, 105.56, 111.2, 121.2}, {"3", 100, 105.56, 131.2, 141.2}}},
		{"Tm scale", `BT /F2 1 Tf 20 0 0 20 100 700 Tm <0001> Tj ET`,
			[]box{{"一", 100, 120, 82.4, 102.4}}},
		{"cm scale", `2 0 0 2 0 0 cm BT /F2 10 Tf 50 350 Td <0001> Tj ET`,
			[]box{{"一", 100, 120, 82.4, 102.4}}},
		{"q Q restore text state", `q 5 Tc Q BT /F2 10 Tf 100 700 Td <00010002> Tj ET`,
			[]box{{"一", 100, 110, 0, 0}, {"二", 110, 120, 0, 0}}},
		{"Tj after TJ has no stray glyph", `BT /F2 10 Tf 100 700 Td [<0001>] TJ [<0002>] TJ ET`,
			[]box{{"一", 100, 110, 0, 0}, {"二", 110, 120, 0, 0}}},
		{"outside the page dropped", `BT /F2 10 Tf -100 700 Td <0001> Tj 700 0 Td <0002> Tj 0 -1000 Td <0003> Tj ET BT /F2 10 Tf 100 700 Td <0001> Tj ET`,
			[]box{{"一", 100, 110, 0, 0}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assertGlyphs(t, onePage(t, docOpts{}, c.content), c.want)
		})
	}
}

func TestRenderModes(t *testing.T) {
	p := onePage(t, docOpts{}, `BT /F2 10 Tf 100 700 Td <0001> Tj 2 Tr <0001> Tj 3 Tr <0001> Tj 7 Tr <0001> Tj 0 Tr <0001> Tj ET`)
	require.Len(t, p.Glyphs, 5)
	assert.Equal(t, []bool{false, true, false, false, false}, []bool{p.Glyphs[0].Bold, p.Glyphs[1].Bold, p.Glyphs[2].Bold, p.Glyphs[3].Bold, p.Glyphs[4].Bold})
	assert.Equal(t, []bool{false, false, true, true, false}, []bool{p.Glyphs[0].Invisible, p.Glyphs[1].Invisible, p.Glyphs[2].Invisible, p.Glyphs[3].Invisible, p.Glyphs[4].Invisible})
}

// TestRotate: /Rotate turns page space; positions as pdftotext -bbox gives
// them for the same file.
func TestRotate(t *testing.T) {
	const content = `BT /F2 20 Tf 100 650 Td <00010002> Tj ET`
	cases := []struct {
		rotate, rot int
		w, h        float64
		x0, x1      float64
		y0, y1      float64
		baseline    float64
	}{
		{0, 0, 600, 800, 90, 110, 152.4, 172.4, 170},
		{90, 90, 800, 600, 627.6, 647.6, 90, 110, 630},
		{180, 180, 600, 800, 490, 510, 627.6, 647.6, 630},
		{270, 270, 800, 600, 152.4, 172.4, 490, 510, 170},
		{-90, 270, 800, 600, 152.4, 172.4, 490, 510, 170},
		{450, 90, 800, 600, 627.6, 647.6, 90, 110, 630},
	}
	for _, c := range cases {
		t.Run(fmt.Sprint(c.rotate), func(t *testing.T) {
			p := onePage(t, docOpts{rotate: c.rotate, mediaBox: "[10 20 610 820]"}, content)
			assert.Equal(t, c.w, p.Width)
			assert.Equal(t, c.h, p.Height)
			assert.Equal(t, c.rot, p.Rotate)
			require.Len(t, p.Glyphs, 2)
			g := p.Glyphs[0]
			assert.Equal(t, c.rot, g.Rotation)
			assert.InDelta(t, c.x0, g.X0, 0.01)
			assert.InDelta(t, c.x1, g.X1, 0.01)
			assert.InDelta(t, c.y0, g.Y0, 0.01)
			assert.InDelta(t, c.y1, g.Y1, 0.01)
			assert.InDelta(t, c.baseline, g.Baseline, 0.01)
			assert.InDelta(t, g.Baseline, p.Glyphs[1].Baseline, 0.01, "baseline constant along the line")
		})
	}
}

func TestCropBox(t *testing.T) {
	p := onePage(t, docOpts{pageExtra: "/CropBox [50 100 550 750]"}, `BT /F2 20 Tf 100 650 Td <0001> Tj 1000 0 Td <0002> Tj ET`)
	assert.Equal(t, 500.0, p.Width)
	assert.Equal(t, 650.0, p.Height)
	assertGlyphs(t, p, []box{{"一", 50, 70, 82.4, 102.4}})
}

// TestVerticalText: text rotated on an upright page (a label running up a
// narrow column).
func TestVerticalText(t *testing.T) {
	p := onePage(t, docOpts{}, `BT /F2 10 Tf 0 1 -1 0 100 100 Tm <00010002> Tj ET`)
	require.Len(t, p.Glyphs, 2)
	for _, g := range p.Glyphs {
		assert.Equal(t, 270, g.Rotation)
		assert.InDelta(t, 100, g.Baseline, 0.01)
	}
	assert.InDelta(t, 700, p.Glyphs[0].Y1, 0.01)
	assert.InDelta(t, 690, p.Glyphs[0].Y0, 0.01)
	assert.InDelta(t, 680, p.Glyphs[1].Y0, 0.01)
}

func TestActualText(t *testing.T) {
	res := func(b *pdfBuilder) string {
		return "/Properties << /P1 << /ActualText <FEFF4E94> >> >>"
	}
	p := onePage(t, docOpts{resources: res}, `BT /F2 10 Tf 100 700 Td
		/Span << /ActualText <FEFF4E94> >> BDC <0001> Tj EMC <0002> Tj
		/Span << /ActualText (AB) >> BDC <00010002> Tj EMC
		/Span << /ActualText (ABC) >> BDC <00010002> Tj EMC
		/Span /P1 BDC <0003> Tj EMC
		/Artifact BMC <0001> Tj EMC
		/Artifact << /Type /Pagination >> BDC <0002> Tj EMC
		<0003> Tj ET`)
	var texts []string
	var art []bool
	for _, g := range p.Glyphs {
		texts = append(texts, g.Text)
		art = append(art, g.Artifact)
	}
	assert.Equal(t, []string{"五", "二", "A", "B", "一", "二", "五", "一", "二", "三"}, texts)
	assert.Equal(t, []bool{false, false, false, false, false, false, false, true, true, false}, art)
}

// TestUndecodable: a code with no mapping anywhere is U+FFFD, with one
// warning per font.
func TestUndecodable(t *testing.T) {
	p := onePage(t, docOpts{}, `BT /F2 10 Tf 100 700 Td <0001 0777 0778> Tj ET`)
	assert.Equal(t, "一\uFFFD\uFFFD", pageText(p))
	assert.Equal(t, []string{"font TestSong: 2 glyphs without a Unicode mapping"}, p.Warnings)
	// The missing code still advances by /DW.
	assert.InDelta(t, 120, p.Glyphs[2].X0, 0.01)
}

func TestMissingFont(t *testing.T) {
	p := onePage(t, docOpts{}, `BT /F9 10 Tf 100 700 Td (x) Tj /F2 10 Tf <0001> Tj ET`)
	assert.Equal(t, "一", pageText(p))
	assert.Equal(t, []string{"font /F9 not found: its text is skipped"}, p.Warnings)
}

func TestCompressedContent(t *testing.T) {
	p := onePage(t, docOpts{compress: true}, `BT /F2 10 Tf 100 700 Td <00010002> Tj ET`)
	assert.Equal(t, "一二", pageText(p))
}

func rules(p *Page) string {
	var b strings.Builder
	for _, r := range p.Rules {
		fmt.Fprintf(&b, "%.2f,%.2f-%.2f,%.2f/%.2f ", r.X0, r.Y0, r.X1, r.Y1, r.Width)
	}
	return strings.TrimSpace(b.String())
}

func TestRules(t *testing.T) {
	sep := func(b *pdfBuilder) string {
		return "/ColorSpace << /Sp [/Separation /Black /DeviceCMYK null] /Icc [/ICCBased " +
			fmt.Sprint(b.add(stream("/N 3", []byte("x")))) + " 0 R] >>"
	}
	cases := []struct{ name, content, rules, fills string }{
		{"stroked horizontal", `0 0 0 RG 1 w 100 100 m 300 100 l S`, "100.00,700.00-300.00,700.00/1.00", ""},
		{"stroked vertical, reversed", `0.5 w 100 300 m 100 100 l S`, "100.00,500.00-100.00,700.00/0.50", ""},
		{"CTM applies to points and width", `2 0 0 2 0 0 cm 1 w 50 60 m 150 60 l S`, "100.00,680.00-300.00,680.00/2.00", ""},
		{"q Q restores the CTM", `q 2 0 0 2 0 0 cm Q 1 w 50 60 m 150 60 l S`, "50.00,740.00-150.00,740.00/1.00", ""},
		{"stroked re gives four edges", `1 w 10 10 100 50 re S`,
			"10.00,790.00-110.00,790.00/1.00 110.00,740.00-110.00,790.00/1.00 10.00,740.00-110.00,740.00/1.00 10.00,740.00-10.00,790.00/1.00", ""},
		{"polyline with h", `1 w 10 10 m 110 10 l 110 60 l h S`,
			"10.00,790.00-110.00,790.00/1.00 110.00,740.00-110.00,790.00/1.00", ""},
		{"thin filled re is a rule", `0 0 0 rg 10 400 200 0.5 re f 10 300 0.5 100 re f`,
			"10.00,399.75-210.00,399.75/0.50 10.25,400.00-10.25,500.00/0.50", ""},
		{"thin filled polygon is a rule", `300 300 m 400 300 l 400 301 l 300 301 l h f`, "300.00,499.50-400.00,499.50/1.00", ""},
		{"thick fill", `0.8 g 10 200 100 50 re f`, "", "{10 550 110 600}"},
		{"white stroke dropped", `1 1 1 RG 100 50 m 300 50 l S 1 G 100 60 m 300 60 l S 0 0 0 0 K 100 70 m 300 70 l S`, "", ""},
		{"white fill dropped", `1 g 10 100 200 0.5 re f 1 1 1 rg 10 200 100 100 re f`, "", ""},
		{"separation tint 0 is white", `/Sp CS 0 SCN 100 30 m 300 30 l S /Sp CS 1 SCN 100 40 m 300 40 l S`, "100.00,760.00-300.00,760.00/1.00", ""},
		{"ICC RGB white", `/Icc CS 1 1 1 SC 100 30 m 300 30 l S /Icc cs 1 1 1 sc 0 0 100 1 re f`, "", ""},
		{"diagonal and curves ignored", `100 100 m 200 200 l S 100 100 m 150 150 200 100 200 100 c S`, "", ""},
		{"clip path not painted", `10 10 500 500 re W n 100 100 m 300 100 l n`, "", ""},
		{"short dots ignored", `0 0 0 rg 10 10 0.5 0.5 re f 20 20 m 20.5 20 l S`, "", ""},
		{"fill and stroke", `1 w 0 g 10 10 100 1 re B`,
			"10.00,789.50-110.00,789.50/1.00 10.00,790.00-110.00,790.00/1.00 110.00,789.00-110.00,790.00/1.00 10.00,789.00-110.00,789.00/1.00 10.00,789.00-10.00,790.00/1.00", ""},
		{"clipped to the page", `1 w -100 100 m 900 100 l S`, "0.00,700.00-600.00,700.00/1.00", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := onePage(t, docOpts{resources: sep}, c.content)
			assert.Equal(t, c.rules, rules(p))
			fills := ""
			if len(p.Fills) > 0 {
				fills = strings.TrimSuffix(strings.TrimPrefix(fmt.Sprint(p.Fills), "["), "]")
			}
			assert.Equal(t, c.fills, fills)
		})
	}
}

// formResources adds Form and Image XObjects:
//
//	/X1  a form with a Matrix, its own resources, text and a rule
//	/X2  a form drawing X1 twice, shifted
//	/X3  a form that draws itself
//	/X4, /X5 forms that draw each other
//	/X6  a form whose /F1 is the page's /F2
//	/Im1 an image
func formResources(b *pdfBuilder) string {
	fonts := testFonts(b)
	x1 := b.add(stream("/Type /XObject /Subtype /Form /BBox [0 0 100 100] /Matrix [1 0 0 1 100 100] /Resources << /Font << "+fonts+" >> >>",
		[]byte("BT /F2 10 Tf 0 0 Td <0001> Tj ET 1 w 0 -5 m 50 -5 l S")))
	x2 := b.add(stream(fmt.Sprintf("/Subtype /Form /BBox [0 0 100 100] /Resources << /XObject << /A %d 0 R >> >>", x1),
		[]byte("/A Do 1 0 0 1 0 100 cm /A Do")))
	x3 := b.reserve()
	b.set(x3, stream(fmt.Sprintf("/Subtype /Form /BBox [0 0 100 100] /Resources << /XObject << /Self %d 0 R >> >>", x3), []byte("/Self Do")))
	x4, x5 := b.reserve(), b.reserve()
	b.set(x4, stream(fmt.Sprintf("/Subtype /Form /BBox [0 0 1 1] /Resources << /XObject << /B %d 0 R >> >>", x5), []byte("/B Do")))
	b.set(x5, stream(fmt.Sprintf("/Subtype /Form /BBox [0 0 1 1] /Resources << /XObject << /A %d 0 R >> >>", x4), []byte("/A Do")))
	im := b.add(stream("/Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8", []byte{0}))
	// X6 calls the CID font /F1: the page's /F1 is another font.
	cidFont := strings.Fields(fonts)[5]
	x6 := b.add(stream("/Subtype /Form /BBox [0 0 1 1] /Resources << /Font << /F1 "+cidFont+" 0 R >> >>",
		[]byte("BT /F1 10 Tf 100 600 Td <0001> Tj ET")))
	return fmt.Sprintf("/XObject << /X1 %d 0 R /X2 %d 0 R /X3 %d 0 R /X4 %d 0 R /X6 %d 0 R /Im1 %d 0 R >>", x1, x2, x3, x4, x6, im)
}

func TestFormXObjects(t *testing.T) {
	p := onePage(t, docOpts{resources: formResources}, `/X1 Do q 1 0 0 1 200 0 cm /X2 Do Q`)
	assertGlyphs(t, p, []box{
		{"一", 100, 110, 691.2, 701.2},
		{"一", 300, 310, 691.2, 701.2},
		{"一", 300, 310, 591.2, 601.2},
	})
	assert.Equal(t, "100.00,705.00-150.00,705.00/1.00 300.00,705.00-350.00,705.00/1.00 300.00,605.00-350.00,605.00/1.00", rules(p))
	assert.Empty(t, p.Warnings)
}

// TestFormFontNames: a font name means what the running resources say.
func TestFormFontNames(t *testing.T) {
	p := onePage(t, docOpts{resources: formResources}, `BT /F1 10 Tf 100 700 Td (1) Tj ET /X6 Do BT /F1 10 Tf 100 500 Td (2) Tj ET`)
	assert.Equal(t, "1一2", pageText(p))
	assert.Empty(t, p.Warnings)
}

func TestFormCycles(t *testing.T) {
	p := onePage(t, docOpts{resources: formResources}, `/X3 Do /X4 Do BT /F2 10 Tf 100 700 Td <0001> Tj ET`)
	assert.Equal(t, "一", pageText(p))
	require.Len(t, p.Warnings, 2)
	assert.Contains(t, p.Warnings[0], "draws itself")
	assert.Contains(t, p.Warnings[1], "draws itself")
}

func TestFormDepth(t *testing.T) {
	d, err := Open(simpleDoc(docOpts{resources: formResources}, `/X2 Do`), Options{MaxDepth: 2})
	require.NoError(t, err)
	p, err := d.page(1)
	require.NoError(t, err)
	assert.Empty(t, p.Glyphs)
	assert.Equal(t, []string{"Form XObjects nested deeper than 2: skipped"}, p.Warnings)
}

func TestImages(t *testing.T) {
	p := onePage(t, docOpts{resources: formResources}, `q 300 0 0 400 0 0 cm /Im1 Do Q q 60 0 0 40 0 0 cm BI /W 4 /H 1 /CS /G /BPC 8 ID `+"\x01 EI"+` EI Q BT /F2 10 Tf 100 700 Td <0001> Tj ET`)
	assert.InDelta(t, 0.25+60.0*40/(600*800), p.ImageArea, 1e-9)
	assert.Equal(t, "一", pageText(p))
}

// TestInlineImages: image data that contains "EI" must not end the image
// early; filtered data (length unknown) is searched for a delimited EI.
func TestInlineImages(t *testing.T) {
	cases := []string{
		"BI /W 8 /H 1 /CS /G /BPC 8 ID \x01 EI \xff\xfe\x00 EI",
		"BI /Width 2 /Height 2 /ColorSpace /DeviceRGB /BitsPerComponent 8 ID \x01\x02\x03 EI\x05\x06\x07\x08\x09\x0a\x0b\x0c EI",
		"BI /W 4 /H 4 /CS /G /BPC 8 /F /AHx ID 00ff00ff EI00 00ff> EI",
		"BI /W 4 /H 4 /IM true ID \x00\x00\x00\x00 EI",
		"BI /W 4 /H 4 /CS /Indexed /F /Fl ID \x80\x81 EI\x82\x83 EI\n",
		"BI /W 4 /H 4 /L 3 ID abc EI",
	}
	for i, c := range cases {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			p := onePage(t, docOpts{}, "q 10 0 0 10 0 0 cm "+c+" Q BT /F2 10 Tf 100 700 Td <0001> Tj ET")
			assert.Equal(t, "一", pageText(p))
			assert.Greater(t, p.ImageArea, 0.0)
		})
	}
}

// TestMalformedContent: no malformed content may panic the interpreter
// (called without Page's recover here); what can be read is read.
func TestMalformedContent(t *testing.T) {
	cases := []string{
		`BT /F2 10 Tf (unterminated`,
		`BT /F2 10 Tf <0001 Tj ET`,
		strings.Repeat("[", 200) + "<0001> TJ",
		strings.Repeat("<<", 200) + "/A 1",
		`1 2 3 4 5 6 7 cm Td Tm TJ Tj ' " re m l c v y h S s f B b n W q Q BT ET Tf Tc Tw Tz TL Ts Tr Do gs cs CS sc scn SC SCN g G rg RG k K`,
		`/F2 Td (x) Tm [1 2] Tf (a) (b) TD`,
		`q q q Q Q Q Q Q Q Q`,
		`EMC EMC BDC BMC /Span BDC (x) BDC EMC`,
		`BI /W 10 /H 10 ID`,
		`BI`,
		`BI /W 10 /H 10 /BPC 8 ID abc`,
		`BT /F2 1e400 Tf <0001> Tj ET`,
		`BT /F2 10 Tf 1e308 0 0 1e308 0 0 Tm <0001> Tj ET`,
		`BT /F2 10 Tf 99999999999999999999999 0 0 99999999999999999999999 1 1 Tm <0001> Tj ET`,
		`BT /F2 10 Tf 0 0 0 0 0 0 Tm <0001> Tj ET`,
		`--5 ---3 Td 1.2.3 4..5 Td -.5 +.5 Td . - + Td`,
		`/Name#zz#4 /# /#41 Tf`,
		`(\\\) \777 \ ) Tj (\`,
		`<< /A [1 2 << >> ] /B (x) >> BDC EMC`,
		"%comment only",
		"\x00\x01\x02 binary \xff\xfe garbage \x80",
		`BT /F2 10 Tf 100 700 Td 1 Tr 7 Tr -1 Tr 100000 Tr <0001> Tj ET`,
		`BT /F2 10 Tf 100 700 Td [<0001> 1e300 <0002> -1e300] TJ ET`,
		`/X9 Do /Im9 Do /G9 gs /CS9 cs 1 sc`,
		`0 0 m 1e308 1e308 l 1e308 0 l h S 1e308 1e308 1e308 1e308 re f`,
		`BT /F1 10 Tf 100 700 Td <> Tj () Tj [] TJ [()] TJ ET`,
		`] ] >> > ) } { BT ET`,
		`BX /Foo 1 2 unknownop EX`,
		`0 Tz BT /F2 10 Tf 100 700 Td <0001> Tj ET`,
		`BT /F3 10 Tf 100 700 Td (\000\001\377) Tj ET`,
	}
	for i, c := range cases {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			d, err := Open(simpleDoc(docOpts{}, c), Options{})
			require.NoError(t, err)
			p, err := d.page(1)
			if err == nil {
				for _, g := range p.Glyphs {
					assert.False(t, g.X0 != g.X0 || g.Y0 != g.Y0, "NaN glyph %+v", g)
				}
			}
		})
	}
}
