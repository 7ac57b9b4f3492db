package tables

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/gouji/gouji/extract"
)

// grid is a table's cells by position. It is built here rather than with
// extract.Table.Grid so that a malformed cell (negative position, span past
// the edge) is clipped instead of indexing out of range.
type grid struct {
	rows, cols int
	cover      [][]*extract.Cell
}

func newGrid(t *extract.Table) *grid {
	g := &grid{rows: t.Rows, cols: t.Cols}
	g.cover = make([][]*extract.Cell, t.Rows)
	for r := range g.cover {
		g.cover[r] = make([]*extract.Cell, t.Cols)
	}
	for i := range t.Cells {
		c := &t.Cells[i]
		for r := max(c.Row, 0); r < c.Row+max(c.RowSpan, 1) && r < t.Rows; r++ {
			for k := max(c.Col, 0); k < c.Col+max(c.ColSpan, 1) && k < t.Cols; k++ {
				g.cover[r][k] = c
			}
		}
	}
	return g
}

// text returns the text of the cell covering (r, c): a merged heading
// reads the same at every position it covers.
func (g *grid) text(r, c int) string {
	if r < 0 || r >= g.rows || c < 0 || c >= g.cols || g.cover[r][c] == nil {
		return ""
	}
	return strings.TrimSpace(g.cover[r][c].Text)
}

// origin returns the cell that starts at (r, c), or nil: an amount is read
// once, where its cell starts.
func (g *grid) origin(r, c int) *extract.Cell {
	if r < 0 || r >= g.rows || c < 0 || c >= g.cols {
		return nil
	}
	cell := g.cover[r][c]
	if cell == nil || cell.Row != r || cell.Col != c {
		return nil
	}
	return cell
}

func (g *grid) originText(r, c int) string {
	if cell := g.origin(r, c); cell != nil {
		return strings.TrimSpace(cell.Text)
	}
	return ""
}

// labelText returns the text of the cell in column c of row r for a label
// or code column: a name cell merged over two rows (a wrapped name) labels
// both, but a cell merged across columns labels only its first.
func (g *grid) labelText(r, c int) (string, *extract.Cell) {
	if r < 0 || r >= g.rows || c < 0 || c >= g.cols {
		return "", nil
	}
	cell := g.cover[r][c]
	if cell == nil || cell.Col != c {
		return "", nil
	}
	return strings.TrimSpace(cell.Text), cell
}

// rowTexts returns the non-empty texts of the cells starting in row r.
func (g *grid) rowTexts(r int) []string {
	var out []string
	for c := 0; c < g.cols; c++ {
		if s := g.originText(r, c); s != "" {
			out = append(out, s)
		}
	}
	return out
}

var colNumberWords = map[string]bool{"栏次": true, "行次": true, "甲": true, "乙": true, "丙": true, "丁": true, "序号": true, "项目": true}

// colNumberWord reports whether s stands beside the column numbers in
// their row: 栏次, 甲, or a placeholder of asterisks (** | 1 | 2 | 3).
func colNumberWord(s string) bool {
	k := Key(s)
	return colNumberWords[k] || k != "" && strings.Trim(k, "*＊") == ""
}

// colNumberRow reports whether row r numbers the columns (栏次 | 1 | 2 | 3):
// besides such words it holds only the integers 1, 2, 3… in order.
func (g *grid) colNumberRow(r int) bool {
	want := -1
	n := 0
	for _, s := range g.rowTexts(r) {
		if colNumberWord(s) {
			continue
		}
		i, err := strconv.Atoi(s)
		if err != nil {
			return false
		}
		if want < 0 && (i == 0 || i == 1) {
			want = i
		}
		if i != want {
			return false
		}
		want++
		n++
	}
	return n >= 2
}

// isDataRow reports whether row r holds data rather than headings: an
// amount with decimals or separators, a classification code, an item
// number (一、), or a total label followed only by amounts.
func (g *grid) isDataRow(r int) bool {
	if g.colNumberRow(r) {
		return false
	}
	texts := g.rowTexts(r)
	if len(texts) == 0 {
		return false
	}
	numbers := 0
	for _, s := range texts {
		if IsCode(s) {
			return true
		}
		if _, _, ok := SplitCodeName(s); ok {
			return true
		}
		if v, _, ok := ParseAmount(s); ok {
			numbers++
			if v.Decimals > 0 || strings.Contains(s, ",") {
				return true
			}
		} else if IsNil(s) {
			numbers++
		}
	}
	if Ordinal(texts[0]) {
		return true
	}
	others := len(texts) - 1
	if IsTotal(texts[0]) && numbers == others {
		return true
	}
	// A label followed by integer amounts, or integer amounts alone.
	if numbers == len(texts) || numbers == others && numbers > 0 {
		return true
	}
	return false
}

// headerRows returns the number of heading rows: the rows before the first
// data row. hint is extract's guess, used when no row reads as data.
func (g *grid) headerRows(hint int) int {
	for r := 0; r < g.rows; r++ {
		if g.isDataRow(r) {
			return r
		}
	}
	if hint >= 0 && hint <= g.rows {
		return hint
	}
	return 0
}

// headingPaths returns the columns with their heading paths. A heading
// cell followed by empty cells in text input stands for a merged cell:
// an empty position takes the heading at its left when both have the same
// headings above and something is printed below it (a sub-heading).
func (g *grid) headingPaths(header int) []Column {
	cols := make([]Column, g.cols)
	paths := make([][]string, g.cols)
	for r := 0; r < header; r++ {
		if g.colNumberRow(r) {
			continue
		}
		filled := make([]string, g.cols)
		for c := 0; c < g.cols; c++ {
			filled[c] = Key(g.text(r, c))
		}
		for c := 1; c < g.cols; c++ {
			if filled[c] != "" || filled[c-1] == "" {
				continue
			}
			if equalPaths(paths[c-1], paths[c]) && g.headedBelow(r, c, header) {
				filled[c] = filled[c-1]
			}
		}
		for c := 0; c < g.cols; c++ {
			k := filled[c]
			if k == "" || len(paths[c]) > 0 && paths[c][len(paths[c])-1] == k {
				continue
			}
			p := make([]string, len(paths[c]), len(paths[c])+1)
			copy(p, paths[c])
			paths[c] = append(p, k)
		}
	}
	for c := range cols {
		cols[c] = Column{Index: c, Path: paths[c], Panel: -1}
	}
	return cols
}

// headedBelow reports whether a heading row below r has text in column c.
func (g *grid) headedBelow(r, c, header int) bool {
	for k := r + 1; k < header; k++ {
		if g.colNumberRow(k) {
			continue
		}
		if Key(g.text(k, c)) != "" {
			return true
		}
	}
	return false
}

func equalPaths(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// integerPattern matches a plain integer, as printed in a 行次 column.
var integerPattern = regexp.MustCompile(`^\d+$`)

// assignRoles decides what each column holds from its heading and from
// what its data cells look like.
func (g *grid) assignRoles(t *Table) {
	for c := range t.Columns {
		col := &t.Columns[c]
		var nonNil, nNum, nPct, nCode, nCodeName, nPart, nText int
		var ints []int
		codes := map[string]bool{}
		for r := t.Header; r < g.rows; r++ {
			s := g.originText(r, c)
			if IsNil(s) {
				continue
			}
			nonNil++
			if IsCode(s) {
				nCode++
				codes[s] = true
			} else if _, _, ok := SplitCodeName(s); ok {
				nCodeName++
			}
			if partPattern.MatchString(s) {
				nPart++
			}
			if _, pct, ok := ParseAmount(s); ok {
				nNum++
				if pct {
					nPct++
				}
				if integerPattern.MatchString(s) {
					i, _ := strconv.Atoi(s)
					ints = append(ints, i)
				}
			} else if !IsCode(s) {
				nText++
			}
		}
		leaf := col.Leaf()
		codeHeading := false
		for _, k := range col.Path {
			if isCodeHeading(k) {
				codeHeading = true
			}
		}
		switch {
		case codeHeading && (leaf == "款" || leaf == "项"):
			col.Role = RolePart
		case codeHeading:
			if nCode == 0 && nPart > 0 && nPart >= nonNil-nText {
				col.Role = RolePart
			} else {
				col.Role = RoleCode
			}
		case isSeqHeading(leaf):
			col.Role = RoleSeq
		case isLabelHeading(leaf):
			if nCode+nCodeName > 0 && nCode+nCodeName >= nText-nCodeName {
				col.Role = RoleCode
			} else {
				col.Role = RoleLabel
			}
		case nonNil == 0:
			if len(col.Path) > 0 {
				col.Role = RoleValue
			}
		case nCode == nonNil && hierarchical(codes):
			col.Role = RoleCode
		case nCodeName*2 > nonNil:
			col.Role = RoleCode
		case nText > nNum:
			col.Role = RoleLabel
		case len(ints) == nonNil && consecutive(ints):
			col.Role = RoleSeq
		case nNum > 0:
			col.Role = RoleValue
		default:
			col.Role = RoleLabel
		}
		col.Percent = col.Role == RoleValue && nPct > 0 && nPct*2 >= nNum
	}
	// The 款 and 项 parts of a split code may have lost their sub-headings:
	// a column of one- or two-digit numbers right after a code column.
	for c := 1; c < len(t.Columns); c++ {
		prev, col := t.Columns[c-1].Role, &t.Columns[c]
		if prev != RoleCode && prev != RolePart || col.Role == RolePart {
			continue
		}
		if col.Role == RoleCode && len(col.Path) > 0 && col.Leaf() != t.Columns[c-1].Leaf() {
			continue
		}
		nonNil, nPart := 0, 0
		for r := t.Header; r < g.rows; r++ {
			s := g.originText(r, c)
			if IsNil(s) {
				continue
			}
			nonNil++
			if partPattern.MatchString(s) {
				nPart++
			}
		}
		if nonNil > 0 && nPart == nonNil && (col.Role == RoleValue || col.Role == RoleSeq || col.Role == RoleCode) {
			col.Role = RolePart
		}
	}
}

// hierarchical reports whether a set of codes nests: some code is the
// prefix of another, as in a classification.
func hierarchical(codes map[string]bool) bool {
	for c := range codes {
		if len(c) > 3 && codes[c[:len(c)-2]] {
			return true
		}
	}
	return false
}

// consecutive reports whether ints count up by one (a 行次 column).
func consecutive(ints []int) bool {
	if len(ints) < 3 {
		return false
	}
	for i := 1; i < len(ints); i++ {
		if ints[i] != ints[i-1]+1 {
			return false
		}
	}
	return true
}
