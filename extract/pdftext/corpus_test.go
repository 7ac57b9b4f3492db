package pdftext

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Tests on the seven corpus reports. The expected strings were read off
// the rendered pages (pdftoppm), not off our own output.

var (
	corpusMu   sync.Mutex
	corpusDocs = map[string]*Document{}
)

func openCorpus(t testing.TB, name string) *Document {
	t.Helper()
	corpusMu.Lock()
	defer corpusMu.Unlock()
	if d := corpusDocs[name]; d != nil {
		return d
	}
	path := corpusPath(name)
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	d, err := Open(data, Options{})
	require.NoError(t, err, path)
	corpusDocs[name] = d
	return d
}

func corpusPath(name string) string {
	for _, f := range corpusFiles {
		if strings.TrimSuffix(filepath.Base(f), ".pdf") == name {
			return f
		}
	}
	panic("no corpus file " + name)
}

func pageText(p *Page) string {
	var b strings.Builder
	for _, g := range p.Glyphs {
		b.WriteString(g.Text)
	}
	return b.String()
}

func mustPage(t testing.TB, d *Document, n int) *Page {
	t.Helper()
	p, err := d.Page(n)
	require.NoError(t, err)
	return p
}

// TestCorpusDecodes: every page of every file reads without error, its
// text is clean (no U+FFFD, no control characters, no empty glyph text),
// and every page that has text has Han text.
func TestCorpusDecodes(t *testing.T) {
	for _, f := range corpusFiles {
		name := strings.TrimSuffix(filepath.Base(f), ".pdf")
		t.Run(name, func(t *testing.T) {
			d := openCorpus(t, name)
			require.Greater(t, d.NumPages(), 20)
			for n := 1; n <= d.NumPages(); n++ {
				p := mustPage(t, d, n)
				assert.Empty(t, p.Warnings, "page %d", n)
				han := 0
				for _, g := range p.Glyphs {
					if g.Text == "" {
						t.Errorf("page %d: glyph with empty text at %.1f,%.1f", n, g.X0, g.Y0)
					}
					for _, r := range g.Text {
						if r == utf8.RuneError || unicode.IsControl(r) {
							t.Errorf("page %d: bad rune %U in %q (font %s)", n, r, g.Text, g.Font)
						}
						if unicode.Is(unicode.Han, r) {
							han++
						}
					}
				}
				if len(p.Glyphs) > 0 {
					assert.Greater(t, han, 0, "page %d has glyphs but no Han text", n)
				}
			}
		})
	}
}

// corpusStrings are strings read off rendered table pages, in reading
// order, which is also content-stream order on these pages.
var corpusStrings = []struct {
	file string
	page int
	want []string
}{
	{"seed-chromium", 6, []string{"收入支出决算总表", "公开01表", "5,662.95", "2,363.29", "664.91", "151.84", "2,482.92"}},
	{"seed-libreoffice", 7, []string{"收入支出决算总表", "公开01表", "5,662.95", "2,363.29", "664.91"}},
	{"putuo-czj-2024-final", 6, []string{"上海市普陀区财政局2024年度部门决算表", "收入支出决算总表", "2,940.05", "2,106.66", "326.71", "445.69", "2,946.25"}},
	{"putuo-shgzb-2024-final", 5, []string{"中共上海市普陀区委社会工作部", "收入支出决算总表", "307.82", "264.87", "10.82", "2.71", "29.42"}},
	{"putuo-wanli-2024-budget", 10, []string{"2024年部门财务收支预算总表", "156,211,123", "2,932,700", "19,604,064", "119,385,303"}},
	{"jiangsu-court-2019-budget", 8, []string{"收支预算总表", "江苏省高级人民法院", "37,188.34", "21,968.00", "10,208.94", "5,011.40", "27,488.23", "2,355.65", "7,344.46"}},
	{"national-template-final", 11, []string{"一般公共预算财政拨款基本支出决算表", "工资福利支出", "30101", "基本工资", "30201", "办公费", "31099", "其他资本性支出"}},
}

func TestCorpusStrings(t *testing.T) {
	for _, c := range corpusStrings {
		t.Run(c.file, func(t *testing.T) {
			text := pageText(mustPage(t, openCorpus(t, c.file), c.page))
			pos := 0
			for _, w := range c.want {
				i := strings.Index(text[pos:], w)
				if !assert.GreaterOrEqual(t, i, 0, "page %d: %q not found (in order) in %q", c.page, w, text) {
					return
				}
				pos += i + len(w)
			}
		})
	}
}

// findRun returns the consecutive glyphs whose text is s.
func findRun(t *testing.T, p *Page, s string) []Glyph {
	t.Helper()
	for i := range p.Glyphs {
		var b strings.Builder
		for j := i; j < len(p.Glyphs) && b.Len() < len(s); j++ {
			b.WriteString(p.Glyphs[j].Text)
			if b.String() == s {
				return p.Glyphs[i : j+1]
			}
		}
	}
	t.Fatalf("page %d: %q not found", p.Number, s)
	return nil
}

// fontKinds reports which kinds of loaded font carry this name (Word gives
// a CID font and a simple font the same name).
func fontKinds(d *Document, name string) (composite, simple bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, e := range d.fonts {
		if e.f != nil && e.f.name == name {
			composite = composite || e.f.composite
			simple = simple || !e.f.composite
		}
	}
	return composite, simple
}

// TestCorpusWidths: glyph advances come from the fonts' widths, for each
// kind of font the reports use. A width of zero (the old library's CID and
// Type 3 behaviour) would make X1 == X0 and stack glyphs shown by one Tj.
func TestCorpusWidths(t *testing.T) {
	cases := []struct {
		file      string
		page      int
		run       string
		composite bool    // expected font kind
		em        float64 // expected advance in ems for every glyph, 0 = no check
	}{
		// Chromium: Type 3 fonts, widths in glyph space × FontMatrix.
		{"seed-chromium", 6, "收入支出决算总表", false, 1},
		// ONLYOFFICE: CID TrueType, Identity-H, /W arrays.
		{"putuo-czj-2024-final", 6, "收入支出决算总表", true, 1},
		{"putuo-czj-2024-final", 6, "2,940.05", true, 0},
		// WPS: CID TrueType with /W and /DW.
		{"putuo-shgzb-2024-final", 5, "307.82", true, 0},
		{"national-template-final", 11, "一般公共预算财政拨款基本支出决算表", true, 1},
		// Word 2007: CID fonts for Han text, simple TrueType WinAnsi fonts
		// without ToUnicode and with partial /Widths for the digits.
		{"jiangsu-court-2019-budget", 8, "收支预算总表", true, 1},
		{"jiangsu-court-2019-budget", 8, "37,188.34", false, 0.5},
		// LibreOffice: simple TrueType subsets with ToUnicode.
		{"seed-libreoffice", 7, "5,662.95", false, 0},
	}
	for _, c := range cases {
		t.Run(c.file+"/"+c.run, func(t *testing.T) {
			d := openCorpus(t, c.file)
			run := findRun(t, mustPage(t, d, c.page), c.run)
			composite, simple := fontKinds(d, run[0].Font)
			if c.composite {
				assert.True(t, composite, "font %s is not a CID font", run[0].Font)
			} else {
				assert.True(t, simple, "font %s is not a simple font", run[0].Font)
			}
			for i, g := range run {
				w := g.X1 - g.X0
				assert.Greater(t, w, 0.2*g.Size, "%q has no width", g.Text)
				if c.em > 0 {
					assert.InDelta(t, c.em*g.Size, w, 0.02*g.Size, "%q advance", g.Text)
				}
				if i > 0 {
					prev := run[i-1]
					assert.Greater(t, g.X0, prev.X0, "%q does not advance past %q", g.Text, prev.Text)
					assert.InDelta(t, prev.X1, g.X0, 0.1*g.Size, "gap or overlap between %q and %q", prev.Text, g.Text)
					assert.InDelta(t, prev.Baseline, g.Baseline, 0.01)
				}
			}
		})
	}
}

// TestCorpusRules: ruled tables give horizontal and vertical rules;
// LibreOffice's tables have no ruling lines and must not get any.
func TestCorpusRules(t *testing.T) {
	ruled := map[string][]int{
		"seed-chromium":             {6, 8, 10, 12, 14, 16, 59, 60, 61},
		"putuo-czj-2024-final":      {6, 8, 10, 15},
		"putuo-shgzb-2024-final":    {5, 11, 13},
		"putuo-wanli-2024-budget":   {10, 16, 23},
		"jiangsu-court-2019-budget": {8, 11, 16},
		"national-template-final":   {5, 11, 12},
	}
	for file, pages := range ruled {
		d := openCorpus(t, file)
		for _, n := range pages {
			p := mustPage(t, d, n)
			h, v := 0, 0
			for _, r := range p.Rules {
				switch {
				case r.Y0 == r.Y1 && r.X1 > r.X0:
					h++
				case r.X0 == r.X1 && r.Y1 > r.Y0:
					v++
				default:
					t.Errorf("%s page %d: rule %+v neither horizontal nor vertical", file, n, r)
				}
				assert.True(t, r.X0 >= 0 && r.X1 <= p.Width && r.Y0 >= 0 && r.Y1 <= p.Height, "rule off page: %+v", r)
			}
			assert.Greater(t, h, 3, "%s page %d: horizontal rules", file, n)
			assert.Greater(t, v, 2, "%s page %d: vertical rules", file, n)
		}
	}
	d := openCorpus(t, "seed-libreoffice")
	for n := 7; n <= 29; n++ {
		p := mustPage(t, d, n)
		assert.LessOrEqual(t, len(p.Rules), 2, "seed-libreoffice page %d has rules", n)
	}
}

// TestCorpusPageSize: landscape table pages (landscape MediaBox; the
// corpus has no /Rotate, which TestRotate covers).
func TestCorpusPageSize(t *testing.T) {
	cases := []struct {
		file string
		page int
		w, h float64
	}{
		{"putuo-wanli-2024-budget", 10, 841.85, 595.25},
		{"putuo-czj-2024-final", 1, 595, 842},
		{"seed-chromium", 1, 594.96, 841.92},
	}
	for _, c := range cases {
		p := mustPage(t, openCorpus(t, c.file), c.page)
		assert.InDelta(t, c.w, p.Width, 0.01, c.file)
		assert.InDelta(t, c.h, p.Height, 0.01, c.file)
		for _, g := range p.Glyphs {
			assert.True(t, g.X1 >= 0 && g.X0 <= p.Width && g.Y1 >= 0 && g.Y0 <= p.Height, "glyph off page: %+v", g)
		}
	}
	// Some landscape pages among portrait ones.
	for _, file := range []string{"putuo-czj-2024-final", "putuo-shgzb-2024-final", "national-template-final"} {
		d := openCorpus(t, file)
		land := 0
		for n := 1; n <= d.NumPages(); n++ {
			if p := mustPage(t, d, n); p.Width > p.Height {
				land++
				assert.InDelta(t, 842, p.Width, 0.5)
			}
		}
		assert.Greater(t, land, 5, file)
	}
}

// TestConcurrentPages: pages of one document read concurrently give the
// same result as read one by one (run with -race).
func TestConcurrentPages(t *testing.T) {
	data, err := os.ReadFile(corpusPath("seed-chromium"))
	require.NoError(t, err)
	seqDoc, err := Open(data, Options{})
	require.NoError(t, err)
	d, err := Open(data, Options{})
	require.NoError(t, err)
	n := d.NumPages()
	got := make([]*Page, n+1)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 1 + w; i <= n; i += 4 {
				p, err := d.Page(i)
				assert.NoError(t, err)
				got[i] = p
			}
		}(w)
	}
	wg.Wait()
	for i := 1; i <= n; i++ {
		assert.Equal(t, mustPage(t, seqDoc, i), got[i], "page %d", i)
	}
}
