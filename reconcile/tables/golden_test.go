package tables

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gouji/gouji/extract"
	"github.com/stretchr/testify/require"
)

// A golden table is a table of a real report written by hand from the
// page image (corpus/real/tables/NAME.pPAGE.tsv; the format is described in
// corpus/real/tables/README.md). TestGoldenTables reads each report and
// compares the table gouji rebuilds with it cell for cell: title, unit,
// pages, the heading path of every column and every body cell.
type golden struct {
	file, report string
	title, form  string
	unit         string
	pages        []int
	status       string // "known-mismatch": a reading gouji does not get right yet
	header, body [][]string
}

func readGolden(path string) (*golden, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	g := &golden{file: filepath.Base(path)}
	name := strings.TrimSuffix(g.file, ".tsv")
	if i := strings.LastIndex(name, ".p"); i > 0 {
		g.report = name[:i] + ".pdf"
	}
	nHeader := -1
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if meta, ok := strings.CutPrefix(line, "# "); ok {
			k, v, _ := strings.Cut(meta, ":")
			v = strings.TrimSpace(v)
			switch strings.TrimSpace(k) {
			case "title":
				g.title = v
			case "form":
				g.form = v
			case "unit":
				g.unit = v
			case "status":
				g.status = v
			case "pages":
				for _, p := range strings.Fields(v) {
					n, err := strconv.Atoi(p)
					if err != nil {
						return nil, fmt.Errorf("%s: pages: %v", path, err)
					}
					g.pages = append(g.pages, n)
				}
			case "header":
				if nHeader, err = strconv.Atoi(v); err != nil {
					return nil, fmt.Errorf("%s: header: %v", path, err)
				}
			}
			continue
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		cells := strings.Split(line, "\t")
		if len(g.header) < nHeader {
			g.header = append(g.header, cells)
		} else {
			g.body = append(g.body, cells)
		}
	}
	if nHeader < 0 || len(g.pages) == 0 || g.report == "" {
		return nil, fmt.Errorf("%s: needs '# pages:' and '# header:' lines and a NAME.pPAGE.tsv name", path)
	}
	return g, sc.Err()
}

// paths returns the heading path of every column, in the package's keys;
// rows of column numbers (栏次 1 2 3) are not headings.
func (g *golden) paths() [][]string {
	n := 0
	for _, r := range g.header {
		n = max(n, len(r))
	}
	out := make([][]string, n)
	for _, row := range g.header {
		if columnNumbers.MatchString(strings.Join(row, "")) {
			continue
		}
		for c := range n {
			k := ""
			if c < len(row) {
				k = Key(extract.Normalize(row[c]))
			}
			if k != "" && (len(out[c]) == 0 || out[c][len(out[c])-1] != k) {
				out[c] = append(out[c], k)
			}
		}
	}
	return out
}

var columnNumbers = regexp.MustCompile(`^[\d栏次行次]+$`)

// cellKey is how cells are compared: as printed, without spaces.
func cellKey(s string) string { return Key(extract.Normalize(s)) }

// find returns the table of ix that g describes: one that starts on g's
// first page, the one whose title matches when there are several.
func (g *golden) find(ix *Index) *Table {
	var best *Table
	for _, t := range ix.Tables {
		if len(t.Src.Pages) == 0 || t.Src.Pages[0] != g.pages[0] {
			continue
		}
		if Key(t.Src.Title) == Key(g.title) {
			return t
		}
		if best == nil {
			best = t
		}
	}
	return best
}

// diff lists how t differs from g, at most limit lines.
func (g *golden) diff(t *Table, limit int) []string {
	var out []string
	add := func(format string, args ...any) {
		if len(out) < limit {
			out = append(out, fmt.Sprintf(format, args...))
		}
	}
	if t == nil {
		return []string{fmt.Sprintf("no table starts on page %d", g.pages[0])}
	}
	if Key(t.Src.Title) != Key(g.title) {
		add("title %q, want %q", t.Src.Title, g.title)
	}
	if t.Src.Unit != g.unit {
		add("unit %q, want %q", t.Src.Unit, g.unit)
	}
	if fmt.Sprint(t.Src.Pages) != fmt.Sprint(g.pages) {
		add("pages %v, want %v", t.Src.Pages, g.pages)
	}
	want := g.paths()
	if len(t.Columns) != len(want) {
		add("%d columns, want %d", len(t.Columns), len(want))
	}
	for c := 0; c < min(len(t.Columns), len(want)); c++ {
		if strings.Join(t.Columns[c].Path, "/") != strings.Join(want[c], "/") {
			add("column %d heading %q, want %q", c, t.Columns[c].Heading(), strings.Join(want[c], "/"))
		}
	}
	body, gbody := bodyRows(t), g.goldenBody()
	if len(body) != len(gbody) {
		add("%d body rows, want %d", len(body), len(gbody))
	}
	for r := 0; r < min(len(body), len(gbody)); r++ {
		for _, c := range body[r] {
			// A cell merged over several columns (合计 over 科目编码 and
			// 科目名称) is written once by hand, in any column it covers.
			var parts []string
			for k := c.col; k < c.col+c.span && k < len(gbody[r]); k++ {
				if s := cellKey(gbody[r][k]); s != "" {
					parts = append(parts, s)
				}
			}
			if got, exp := cellKey(c.text), strings.Join(parts, ""); got != exp {
				add("body row %d column %d: %q, want %q", r+1, c.col, got, exp)
			}
		}
		if w := body[r].width(); w != len(gbody[r]) {
			add("body row %d: %d columns, want %d", r+1, w, len(gbody[r]))
		}
	}
	return out
}

// spanCell is a body cell as gouji read it: its text and the columns it
// covers.
type spanCell struct {
	text      string
	col, span int
}

type spanRow []spanCell

func (r spanRow) width() int {
	if len(r) == 0 {
		return 0
	}
	return r[len(r)-1].col + r[len(r)-1].span
}

// bodyRows returns the cells of the rows below the heading, without
// headings repeated after a page break, empty rows (ruled padding) and
// rows of column numbers. A position covered by a cell that starts in a
// row above reads as empty.
func bodyRows(t *Table) []spanRow {
	v := t.View()
	g := newGrid(t.Src)
	var out []spanRow
	for _, r := range v.Rows {
		repeated := len(r.Items) > 0
		for _, it := range r.Items {
			repeated = repeated && it.Heading
		}
		if repeated || skippedRow(r.Cells) {
			continue
		}
		var row spanRow
		for c := 0; c < g.cols; {
			span := 1
			if cell := g.origin(r.Row, c); cell != nil {
				span = max(1, min(cell.ColSpan, g.cols-c))
			}
			row = append(row, spanCell{text: r.Cells[c], col: c, span: span})
			c += span
		}
		out = append(out, row)
	}
	return out
}

// skippedRow reports whether a body row is left out of the comparison on
// both sides: an empty row, or a row of column numbers (栏次 1 2 3).
func skippedRow(cells []string) bool {
	joined := strings.Join(cells, "")
	if cellKey(joined) == "" {
		return true
	}
	nums := 0
	for _, c := range cells {
		k := cellKey(c)
		switch {
		case k == "":
		case columnNumbers.MatchString(k) && utf8.RuneCountInString(k) <= 3, k == "**", k == "*":
			nums++
		default:
			return false
		}
	}
	return nums >= 3
}

// goldenBody returns the golden body rows compared: as bodyRows, without
// empty rows and rows of column numbers.
func (g *golden) goldenBody() [][]string {
	var out [][]string
	for _, r := range g.body {
		if !skippedRow(r) {
			out = append(out, r)
		}
	}
	return out
}

func goldenDir(t *testing.T) string {
	return filepath.Join(filepath.Dir(seedPath(t)), "..", "real", "tables")
}

func TestGoldenTables(t *testing.T) {
	dir := goldenDir(t)
	files, err := filepath.Glob(filepath.Join(dir, "*.tsv"))
	require.NoError(t, err)
	require.NotEmpty(t, files, "golden tables in %s", dir)
	docs := map[string]*Index{}
	matched := 0
	for _, path := range files {
		g, err := readGolden(path)
		require.NoError(t, err)
		ix := docs[g.report]
		if ix == nil {
			doc, err := extract.Open(filepath.Join(dir, "..", g.report), extract.Options{})
			require.NoError(t, err, g.report)
			ix = NewIndex(doc)
			docs[g.report] = ix
		}
		d := g.diff(g.find(ix), 12)
		switch {
		case len(d) == 0 && g.status == "known-mismatch":
			t.Errorf("%s: now read right: remove its '# status: known-mismatch' line", g.file)
		case len(d) == 0:
			matched++
		case g.status == "known-mismatch":
			t.Logf("%s (known mismatch):\n  %s", g.file, strings.Join(d, "\n  "))
		default:
			t.Errorf("%s:\n  %s", g.file, strings.Join(d, "\n  "))
		}
	}
	t.Logf("golden tables read cell for cell: %d of %d", matched, len(files))
}
