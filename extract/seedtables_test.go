package extract

import (
	"bufio"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// seedTable is one table block of the seed text, parsed here on its own
// (not through ReadText) so that it can serve as ground truth for tables
// rebuilt from the PDFs rendered from the same text.
type seedTable struct {
	line int        // 1-based line of the first row
	rows [][]string // cells as printed, spaces removed
}

var seedAmount = regexp.MustCompile(`^-?[\d,]*\d\.\d+$|^\d{1,3}(,\d{3})+$`)

// readSeedTables reads the tab-separated blocks of the seed text. A blank
// line between two rows with the same number of cells is a page break
// inside one table.
func readSeedTables(t *testing.T, path string) []seedTable {
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var tables []seedTable
	var cur *seedTable
	blank := false
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" {
			blank = true
			continue
		}
		if !strings.Contains(line, "\t") {
			cur = nil
			blank = false
			continue
		}
		cells := strings.Split(line, "\t")
		for i, c := range cells {
			cells[i] = strings.Join(strings.Fields(Normalize(c)), "")
		}
		if cur != nil && blank && len(cells) != len(cur.rows[len(cur.rows)-1]) {
			cur = nil
		}
		if cur == nil {
			tables = append(tables, seedTable{line: n})
			cur = &tables[len(tables)-1]
		}
		cur.rows = append(cur.rows, cells)
		blank = false
	}
	require.NoError(t, sc.Err())
	return tables
}

// dataRows returns the rows from the first one holding an amount on: the
// rows whose cells the test places exactly. Header layout may differ.
func (s seedTable) dataRows() [][]string {
	for i, r := range s.rows {
		for _, c := range r {
			if seedAmount.MatchString(c) {
				return s.rows[i:]
			}
		}
	}
	return nil
}

// checkSeedTables asserts that every data row of every seed table is found
// in one of doc's tables with each non-empty cell in the same column, and
// the rows of one seed table in order in one recovered table.
func checkSeedTables(t *testing.T, doc *Document, seed []seedTable) {
	var tables []*Table
	for _, b := range doc.Blocks {
		if b.Table != nil {
			tables = append(tables, b.Table)
		}
	}
	grids := make([][][]string, len(tables))
	for i, tb := range tables {
		g := make([][]string, tb.Rows)
		for r := range g {
			g[r] = make([]string, tb.Cols)
		}
		for _, c := range tb.Cells {
			g[c.Row][c.Col] = strings.Join(strings.Fields(c.Text), "")
		}
		grids[i] = g
	}
	next := 0
	for _, st := range seed {
		rows := st.dataRows()
		if len(rows) == 0 {
			continue
		}
		// Find the table holding the first data row: the seed's tables
		// come in order, and two of them may share a row ("合计" of 03 and
		// 05), so search after the last one matched.
		ti, ri := -1, -1
		for i := next; i < len(grids); i++ {
			g := grids[i]
			if r := findRow(g, rows[0], 0); r >= 0 {
				ti, ri = i, r
				break
			}
		}
		if !assert.GreaterOrEqual(t, ti, 0, "seed table at line %d: first data row %q not found", st.line, rows[0]) {
			continue
		}
		next = ti + 1
		g := grids[ti]
		// Every column the seed fills exists: headings collapsed into
		// fewer columns would shift the data rows' columns.
		width := 0
		for _, row := range st.rows {
			for c, cell := range row {
				if cell != "" {
					width = max(width, c+1)
				}
			}
		}
		assert.GreaterOrEqual(t, tables[ti].Cols, width, "seed table at line %d: columns", st.line)
		assert.GreaterOrEqual(t, tables[ti].HeaderRows, 1, "seed table at line %d: header rows", st.line)
		for k, row := range rows {
			r := findRow(g, row, ri)
			if !assert.GreaterOrEqual(t, r, 0, "seed table at line %d, data row %d %q: not found in table %q (%s) after row %d", st.line, k, row, tables[ti].Title, tables[ti].FormID, ri) {
				continue
			}
			ri = r + 1
		}
	}
}

// findRow returns the first row at or after from whose cells equal every
// non-empty cell of want at the same column, or -1.
func findRow(g [][]string, want []string, from int) int {
	for r := from; r < len(g); r++ {
		ok := true
		nonEmpty := 0
		for c, w := range want {
			if w == "" {
				continue
			}
			nonEmpty++
			if c >= len(g[r]) || g[r][c] != w {
				ok = false
				break
			}
		}
		if ok && nonEmpty > 0 {
			return r
		}
	}
	return -1
}

func TestSeedTablesFromText(t *testing.T) {
	seed := readSeedTables(t, "../corpus/seed/seed.txt")
	require.GreaterOrEqual(t, len(seed), 9)
	doc, err := Open("../corpus/seed/seed.txt", Options{})
	require.NoError(t, err)
	checkSeedTables(t, doc, seed)
}

func TestSeedTablesFromChromiumPDF(t *testing.T) {
	seed := readSeedTables(t, "../corpus/seed/seed.txt")
	doc, err := Open("../corpus/synthetic/seed-chromium.pdf", Options{})
	require.NoError(t, err)
	checkSeedTables(t, doc, seed)
}

func TestSeedTablesFromLibreOfficePDF(t *testing.T) {
	seed := readSeedTables(t, "../corpus/seed/seed.txt")
	doc, err := Open("../corpus/synthetic/seed-libreoffice.pdf", Options{})
	require.NoError(t, err)
	checkSeedTables(t, doc, seed)
}

// The seed's paragraph (七) was split by a page break in the original
// report; it must come out whole from both renders and from the text.
func TestSeedParagraphSevenIsWhole(t *testing.T) {
	for _, file := range []string{"../corpus/seed/seed.txt", "../corpus/synthetic/seed-chromium.pdf", "../corpus/synthetic/seed-libreoffice.pdf"} {
		doc, err := Open(file, Options{})
		require.NoError(t, err)
		found := false
		for _, b := range doc.Blocks {
			if p := b.Paragraph; p != nil && strings.HasPrefix(p.Text, "（七）贯彻执行我国多双边") {
				found = true
				assert.Equal(t, "（七）贯彻执行我国多双边（含区域、自由贸易区）经贸合作战略和政策，推进我市与其他国家（地区）的经贸往来与投资贸易合作。", p.Text, file)
			}
		}
		assert.True(t, found, file)
	}
}
