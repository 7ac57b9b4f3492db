package extract

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"
)

// pageNumberPattern matches a printed page number: "3", "- 3 -", "第3页",
// "3/25", "第 3 页 共 25 页".
var pageNumberPattern = regexp.MustCompile(`^[-—－–·\s]*(?:第\s*)?\d+\s*(?:页)?\s*(?:(?:[/／]|共)\s*\d+\s*页?)?[-—－–·\s]*$`)

var digitsPattern = regexp.MustCompile(`\d+`)

// assemble joins the pages' blocks into the document: running headers,
// footers and page numbers dropped, paragraphs and tables broken by a page
// break rejoined, table titles, form ids, units and notes attached.
// marginWindow is how many pages past the one being assembled are looked
// at to decide whether its margin lines are running headers or footers.
// Pages are held this long and then released, so memory stays bounded by
// the window, not the document.
const marginWindow = 8

// pageStream assembles pages as they arrive in page order, holding a
// short window of pages: a margin line repeated on enough pages of the
// window (and of the pages seen so far) is a running header or footer.
type pageStream struct {
	a      assembler
	total  int // pages in the document
	seen   int // pages pushed
	queue  []*pageLayout
	counts map[string]int // margin key → pages it appears on, so far
}

func newPageStream(doc *Document, total int) *pageStream {
	return &pageStream{a: assembler{doc: doc}, total: total, counts: map[string]int{}}
}

// push adds the next page (nil for a skipped one).
func (st *pageStream) push(p *pageLayout) {
	st.seen++
	if p != nil {
		seen := map[string]bool{}
		for _, b := range p.blocks {
			if b.margin {
				if k := marginKey(b.lines[0].text()); !seen[k] {
					seen[k] = true
					st.counts[k]++
				}
			}
		}
	}
	st.queue = append(st.queue, p)
	for len(st.queue) > marginWindow {
		st.assembleNext()
	}
}

// finish assembles the pages still held and settles the tables.
func (st *pageStream) finish() {
	for len(st.queue) > 0 {
		st.assembleNext()
	}
	for _, b := range st.a.doc.Blocks {
		if t := b.Table; t != nil {
			t.HeaderRows = headerRowCount(tableRows(t))
		}
	}
}

// repeated reports whether a margin text is a running header or footer:
// printed on at least three pages, and on at least a quarter of the pages
// seen (or of the document, when it is short).
func (st *pageStream) repeated(text string) bool {
	n := st.counts[marginKey(text)]
	return n >= 3 && 4*n >= min(st.seen, st.total)
}

func (st *pageStream) assembleNext() {
	p := st.queue[0]
	st.queue[0] = nil
	st.queue = st.queue[1:]
	if p == nil {
		return
	}
	a := &st.a
	a.page = p
	a.firstOnPage = true
	blocks := p.blocks
	if n := a.takeTop(blocks); n > 0 {
		blocks = blocks[n:]
	}
	for i, b := range blocks {
		if b.margin {
			t := b.lines[0].text()
			if pageNumberPattern.MatchString(t) || st.repeated(t) {
				continue
			}
		}
		if (i == 0 || i == len(blocks)-1) && isPageNumber(b) {
			continue
		}
		// A table that carries on the last one keeps the page's top open
		// for more of it.
		// So do the lines that describe a table (a repeated title, 续表,
		// the unit line): whether the table below them carries on the last
		// one is decided when it comes.
		carried := false
		if b.table != nil {
			carried = a.addTable(b)
		} else {
			carried = a.addParagraph(b)
		}
		a.firstOnPage = a.firstOnPage && carried
	}
}

// isPageNumber reports whether a block is a lone page number printed
// above or below the body but inside the margin band ("7" under a table
// that fills the page): one short line and nothing else.
func isPageNumber(b pageBlock) bool {
	if b.table != nil || len(b.lines) != 1 {
		return false
	}
	t := strings.TrimSpace(b.lines[0].text())
	return len(t) <= 24 && pageNumberPattern.MatchString(t)
}

// marginKey is a margin line's text with numbers blanked, so "第3页" and
// "第4页" are the same running footer.
func marginKey(s string) string { return digitsPattern.ReplaceAllString(s, "#") }

type assembler struct {
	doc         *Document
	page        *pageLayout
	firstOnPage bool
	// last describes the previous block added, for joins.
	lastPara      *Paragraph
	lastParaLines []*textLine
	lastParaPage  *pageLayout
	lastTable     *Table
	lastCols      []span
	lastLoose     *looseTable
	notes         bool
}

// addParagraph adds a paragraph block. Paragraphs that carry on a table
// at the top of a page were taken earlier, by takeTop. It reports whether
// the paragraph keeps the top of the page open for a continued table: a
// line describing a table (its repeated title, 续表, the unit) printed
// before anything else on the page.
func (a *assembler) addParagraph(b pageBlock) bool {
	text, lines := paragraphText(a.page.number, b.lines)
	if text == "" {
		return true
	}
	if a.firstOnPage && a.lastTable != nil {
		var probe tableMeta
		if probe.readLine(text) {
			a.doc.Blocks = append(a.doc.Blocks, Block{Paragraph: &Paragraph{Page: a.page.number, Text: text, Lines: lines}})
			return true
		}
	}
	if a.lastTable != nil && (strings.HasPrefix(text, "注") || a.notes && noteItemPattern.MatchString(text)) {
		a.lastTable.Notes = append(a.lastTable.Notes, text)
		a.notes = true
		return false
	}
	a.notes = false
	if p := a.lastPara; p != nil && a.lastTable == nil && a.joins(b) {
		start := len(p.Text)
		joined := joinLines(p.Text, text)
		shift := len(joined) - len(text) - start
		for i := range lines {
			lines[i].Start += start + shift
		}
		p.Text = joined
		p.Lines = append(p.Lines, lines...)
		a.lastParaLines = b.lines
		a.lastParaPage = a.page
		return false
	}
	p := &Paragraph{Page: a.page.number, Text: text, Lines: lines}
	a.doc.Blocks = append(a.doc.Blocks, Block{Paragraph: p})
	a.lastPara, a.lastParaLines, a.lastParaPage = p, b.lines, a.page
	a.lastTable, a.lastCols, a.lastLoose = nil, nil, nil
	return false
}

// takeTop gathers the blocks at the top of a page that carry on the
// unruled table the last page ended with — paragraphs and table fragments
// alike, since a row cut by the page break leaves pieces that layout
// alone cannot place — cuts their lines with that table's columns and
// appends them. It returns the number of blocks taken.
func (a *assembler) takeTop(blocks []pageBlock) int {
	t := a.lastLoose
	if t == nil || a.lastTable.Pages[len(a.lastTable.Pages)-1] != a.page.number-1 {
		return 0
	}
	var lines []*textLine
	n, taken := 0, 0
	multi := false
	for i, b := range blocks {
		if b.margin {
			continue
		}
		var bl []*textLine
		switch {
		case b.loose != nil:
			bl = b.loose.lines
		case b.table == nil:
			bl = b.lines
		}
		if bl == nil || !t.fitsColumns(bl) || startsProse(bl) {
			break
		}
		for _, l := range bl {
			multi = multi || len(l.runs) >= 2
		}
		lines = append(lines, bl...)
		n, taken = i+1, taken+1
	}
	if taken == 0 || !multi && a.carriedLines(lines) != len(lines) {
		return 0
	}
	if !a.appendLoose(lines) {
		return 0
	}
	// Margin blocks among the taken ones are dropped with them.
	return n
}

// startsProse reports whether lines begin with text that is never part
// of a table: a note, a heading, a title or unit line.
func startsProse(lines []*textLine) bool {
	text := lines[0].text()
	var m tableMeta
	return noteStart(text) || itemPattern.MatchString(text) && utf8.RuneCountInString(text) > 12 || m.readLine(text)
}

// appendLoose cuts lines with the last unruled table's columns and adds
// them to it.
func (a *assembler) appendLoose(lines []*textLine) bool {
	n := buildLooseTable(lines, a.lastLoose.columns, a.lastLoose)
	if n == nil {
		return false
	}
	tb, _ := n.toTable(a.page.number)
	if tb == nil {
		return false
	}
	appendTable(a.lastTable, tb, identity(tb.Cols))
	return true
}

// carriedLines counts the leading lines (top down) that only carry on
// text cells of the last table's final row: cut at its columns, they hold
// no numbers and text only where that row has text.
func (a *assembler) carriedLines(lines []*textLine) int {
	t := a.lastTable
	if t.Rows == 0 {
		return 0
	}
	last := tableRows(t)[t.Rows-1]
	seps := separators(a.lastLoose.columns)
	k := 0
	for _, l := range sortedByBase(lines) {
		if !a.lastLoose.fitsColumns([]*textLine{l}) {
			break
		}
		ok := true
		for c, r := range cutAt(l.glyphs, seps) {
			if c >= len(last) || last[c] == "" || r.numeric() {
				ok = false
			}
		}
		if !ok {
			break
		}
		k++
	}
	return k
}

func sortedByBase(lines []*textLine) []*textLine {
	out := append([]*textLine(nil), lines...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].base < out[j].base })
	return out
}

func identity(n int) []int {
	m := make([]int, n)
	for i := range m {
		m[i] = i
	}
	return m
}

// joins decides whether paragraph block b carries on the last paragraph:
// across a page break when the last line ran to the right margin and b
// starts flush left without a heading; anywhere when the text says so (a
// long text stopping mid-sentence, see continuesOnNextLine).
func (a *assembler) joins(b pageBlock) bool {
	prev := a.lastParaLines[len(a.lastParaLines)-1]
	first := b.lines[0]
	if isBold(prev) != isBold(first) || prev.size > first.size*1.15 || first.size > prev.size*1.15 {
		return false
	}
	firstText := first.text()
	if itemPattern.MatchString(firstText) || headingPattern.MatchString(firstText) {
		return false
	}
	if a.firstOnPage && a.lastParaPage != a.page {
		pp := a.lastParaPage
		full := prev.box.X1 >= pp.right-1.5*prev.size
		flush := first.box.X0 <= a.page.left+1.2*first.size
		last, _ := utf8.DecodeLastRuneInString(a.lastPara.Text)
		if full && flush && !strings.ContainsRune("。！？!?", last) {
			return true
		}
	}
	return continuesOnNextLine(a.lastPara.Text, firstText)
}

// addTable adds a table block; it reports whether the block carried on
// the table before it.
func (a *assembler) addTable(b pageBlock) bool {
	t := b.table
	a.notes = false
	meta := a.takeMeta()
	stripMetaRows(t, &meta)
	if a.lastTable != nil && a.firstOnPage && meta.continues(a.lastTable) {
		if a.lastLoose != nil && b.loose != nil {
			if a.lastLoose.fitsColumns(b.loose.lines) {
				if a.appendLoose(b.loose.lines) {
					return true
				}
			} else if k := a.carriedLines(b.loose.lines); k > 0 {
				// The page starts with the tail of the last row, then a
				// different table: split them.
				lines := sortedByBase(b.loose.lines)
				a.appendLoose(lines[:k])
				rest := lines[k:]
				n := buildLooseTable(rest, columnsOf(rest), nil)
				if n == nil {
					return true
				}
				b.loose = n
				if t, b.cols = n.toTable(a.page.number); t == nil {
					return true
				}
			}
		}
		if mapping := matchColumns(a.lastCols, b.cols); mapping != nil {
			appendTable(a.lastTable, t, mapping)
			return true
		}
		a.takeCarryOver(t)
		if t.Rows == 0 {
			return true
		}
	}
	t.Title, t.FormID, t.Unit, t.Dept = meta.Title, meta.FormID, meta.Unit, meta.Dept
	a.doc.Blocks = append(a.doc.Blocks, Block{Table: t})
	a.lastTable, a.lastCols, a.lastLoose = t, b.cols, b.loose
	a.lastPara = nil
	return false
}

// takeCarryOver handles a page that starts with the tail of the last
// table's final row (long text cut by the page break) drawn in the grid of
// the next, different table: the first row's cells are matched to the last
// table's columns by position and, when they only carry on long text,
// moved there. The rest of t is a table of its own.
func (a *assembler) takeCarryOver(t *Table) {
	last := a.lastTable
	if last.Rows == 0 || t.Rows < 1 {
		return
	}
	prev := tableRows(last)[last.Rows-1]
	var moves []struct{ cell, col int }
	for i, c := range t.Cells {
		if c.Row != 0 {
			continue
		}
		col := -1
		for k, sp := range a.lastCols {
			if ov := min(c.Box.X1, sp.hi) - max(c.Box.X0, sp.lo); ov > 0.5*(c.Box.X1-c.Box.X0) {
				col = k
			}
		}
		if col < 0 || utf8.RuneCountInString(prev[col]) < longCellRunes ||
			amountPattern.MatchString(c.Text) || rowStartPattern.MatchString(c.Text) {
			return
		}
		moves = append(moves, struct{ cell, col int }{i, col})
	}
	if len(moves) == 0 {
		return
	}
	for _, m := range moves {
		if k := cellAt(last, last.Rows-1, m.col); k >= 0 {
			last.Cells[k].Text = joinLines(last.Cells[k].Text, t.Cells[m.cell].Text)
		}
	}
	if p := t.Pages[0]; last.Pages[len(last.Pages)-1] != p {
		last.Pages = append(last.Pages, p)
	}
	cells := t.Cells[:0]
	for _, c := range t.Cells {
		if c.Row == 0 {
			continue
		}
		c.Row--
		cells = append(cells, c)
	}
	t.Cells = cells
	t.Rows--
}

// takeMeta removes the paragraphs just above a table that describe it
// (title, form id, unit, department, year) and returns what they say.
func (a *assembler) takeMeta() tableMeta {
	blocks := a.doc.Blocks
	i := len(blocks)
	for i > 0 && len(blocks)-i < 6 {
		p := blocks[i-1].Paragraph
		if p == nil {
			break
		}
		var probe tableMeta
		if probe.readLine(p.Text) {
			i--
			continue
		}
		if i > 1 && wrappedTitle(blocks[i-2].Paragraph, p) {
			i -= 2
			continue
		}
		break
	}
	var m tableMeta
	for k := i; k < len(blocks); k++ {
		text := blocks[k].Paragraph.Text
		if k+1 < len(blocks) && wrappedTitle(blocks[k].Paragraph, blocks[k+1].Paragraph) {
			text += blocks[k+1].Paragraph.Text
			k++
		}
		m.readLine(text)
	}
	a.doc.Blocks = blocks[:i]
	a.lastPara = nil
	if i > 0 {
		a.lastPara = blocks[i-1].Paragraph
	}
	return m
}

// wrappedTitle reports whether b is the end of a table title wrapped from
// a onto a line of its own ("“三公”经费、会议费、培训费支出预算" / "表"):
// a few characters ending in 表 that make a title of a, which is no title
// or other meta line without them.
func wrappedTitle(a, b *Paragraph) bool {
	if a == nil || b == nil {
		return false
	}
	tail, head := strings.TrimSpace(b.Text), strings.TrimSpace(a.Text)
	var probe tableMeta
	return tail != "" && utf8.RuneCountInString(tail) <= 4 && strings.HasSuffix(tail, "表") &&
		!probe.readLine(head) && isTableTitle(head+tail)
}

// stripMetaRows removes leading rows that only hold title, form id, unit,
// department or year text (printed inside the grid by some producers).
func stripMetaRows(t *Table, m *tableMeta) {
	rows := tableRows(t)
	n := 0
	for n < len(rows) && isMetaRow(rows[n]) {
		for _, c := range rows[n] {
			m.readLine(c)
		}
		n++
	}
	if n == 0 {
		return
	}
	cells := t.Cells[:0]
	for _, c := range t.Cells {
		if c.Row < n {
			continue
		}
		c.Row -= n
		cells = append(cells, c)
	}
	t.Cells = cells
	t.Rows -= n
}

// tableRows returns the table's text as rows of strings.
func tableRows(t *Table) [][]string {
	rows := make([][]string, t.Rows)
	for r := range rows {
		rows[r] = make([]string, t.Cols)
	}
	for _, c := range t.Cells {
		if c.Row < t.Rows && c.Col < t.Cols {
			rows[c.Row][c.Col] = c.Text
		}
	}
	return rows
}

// matchColumns maps each column of a table on a new page to a column of
// the table before the page break: the one its x-range overlaps most. It
// returns nil unless every column finds a distinct partner in order.
func matchColumns(prev, next []span) []int {
	if len(prev) == 0 || len(next) == 0 || len(next) > len(prev) {
		return nil
	}
	m := make([]int, len(next))
	last := -1
	for j, s := range next {
		best, bestOv := -1, 0.0
		for i, p := range prev {
			ov := min(s.hi, p.hi) - max(s.lo, p.lo)
			if ov > bestOv {
				best, bestOv = i, ov
			}
		}
		if best <= last || bestOv < 0.5*min(s.hi-s.lo, prev[best].hi-prev[best].lo) {
			return nil
		}
		m[j] = best
		last = best
	}
	return m
}

// appendTable adds next's rows to t, columns mapped. Rows at the top of
// next that repeat t's header rows are dropped, and a first row that only
// continues a cell split by the page break is merged into t's last row.
func appendTable(t, next *Table, mapping []int) {
	page := next.Pages[0]
	if t.Pages[len(t.Pages)-1] != page {
		t.Pages = append(t.Pages, page)
	}
	rows := tableRows(next)
	head := tableRows(t)
	skip := 0
	hdr := headerRowCount(head)
	for skip < len(rows) && skip < hdr && sameRow(rows[skip], head[skip], mapping) {
		skip++
	}
	// A row split by the page break: in an unruled table any text-only
	// carry-on; in a ruled table only a long text cell (the cells that run
	// past a page end), since a short ruled row at the top of a page is a
	// row of its own.
	mergeFirst := skip < len(rows) && t.Rows > 0 &&
		(continuesCells(head[t.Rows-1], rows[skip], mapping) && (!t.Ruled || longCells(head[t.Rows-1], rows[skip], mapping)) ||
			!t.Ruled && partialRow(head[t.Rows-1], rows[skip], mapping))
	base := t.Rows - skip
	if mergeFirst {
		base--
	}
	for _, c := range next.Cells {
		if c.Row < skip {
			continue
		}
		c.Col = mapping[c.Col]
		c.Row += base
		if mergeFirst && c.Row == t.Rows-1 {
			if i := cellAt(t, c.Row, c.Col); i >= 0 {
				t.Cells[i].Text = joinLines(t.Cells[i].Text, c.Text)
				continue
			}
		}
		t.Cells = append(t.Cells, c)
	}
	t.Rows = base + next.Rows
	t.Ruled = t.Ruled && next.Ruled
}

func cellAt(t *Table, r, c int) int {
	for i, cell := range t.Cells {
		if cell.Row == r && cell.Col == c {
			return i
		}
	}
	return -1
}

// sameRow reports whether a row of the new page repeats a header row.
func sameRow(next, head []string, mapping []int) bool {
	nonEmpty := 0
	for j, s := range next {
		if s == "" {
			continue
		}
		nonEmpty++
		if head[mapping[j]] != s {
			return false
		}
	}
	return nonEmpty > 0
}

// longCellRunes is the length from which a cell's text counts as running
// text that may be cut by a page break.
const longCellRunes = 40

// longCells reports whether every cell that next carries on is long text.
func longCells(last, next []string, mapping []int) bool {
	for j, s := range next {
		if s != "" && utf8.RuneCountInString(last[mapping[j]]) < longCellRunes {
			return false
		}
	}
	return true
}

// partialRow reports whether the last row before a page break is the
// start of the first row after it (an unruled row cut in two): the last
// row holds no numbers, and in every column where both hold text the new
// text carries on rather than starting a row.
func partialRow(last, next []string, mapping []int) bool {
	for _, s := range last {
		if amountPattern.MatchString(s) {
			return false
		}
	}
	shared := 0
	for j, s := range next {
		if s == "" || last[mapping[j]] == "" {
			continue
		}
		if rowStartPattern.MatchString(s) {
			return false
		}
		shared++
	}
	return shared > 0
}

// continuesCells reports whether the first row after a page break only
// carries on text cells of the row before it.
func continuesCells(last, next []string, mapping []int) bool {
	n := 0
	for j, s := range next {
		if s == "" {
			continue
		}
		n++
		prev := last[mapping[j]]
		if prev == "" || amountPattern.MatchString(s) || rowStartPattern.MatchString(s) || amountPattern.MatchString(prev) {
			return false
		}
	}
	return n > 0
}
