package annotate

import (
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/extract/docx"
	"github.com/gouji/gouji/extract/ooxml"
	"github.com/gouji/gouji/reconcile"
)

func init() { Register(".docx", DOCX) }

// Word comments: each finding becomes a comment by "gouji" (word/comments.xml)
// holding its message and evidence, anchored by commentRangeStart/End
// around the runs that print the claimed figure; a run holding more than
// the figure is split so that the range covers the figure alone. Only
// document.xml, its relationships and [Content_Types].xml change (and
// comments.xml is added or extended): every other part is copied byte for
// byte.

const (
	commentsType        = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
	commentsContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
	wordNS              = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
)

// DOCX returns a copy of a Word document with the findings as comments.
func DOCX(in Input) ([]byte, error) {
	pkg, main, data, err := docx.Open(in.Src, ooxml.DefaultLimits)
	if err != nil {
		return nil, err
	}
	runs, err := docx.Runs(data, ooxml.DefaultLimits)
	if err != nil {
		return nil, err
	}
	parts := docxParts{pkg: pkg, main: main}
	if err := parts.read(); err != nil {
		return nil, err
	}
	var anchors []anchor
	for i := range in.Findings {
		f := &in.Findings[i]
		n, figure, occurrence, ok := docxPlace(in, f)
		if !ok {
			continue
		}
		a := spanOf(runs, n, figure, occurrence)
		a.id = parts.nextID + len(anchors)
		a.f = f
		anchors = append(anchors, a)
	}
	if len(anchors) == 0 {
		return in.Src, nil
	}
	out := map[string][]byte{main: commentDocument(data, runs, anchors)}
	parts.add(anchors, in, out)
	return ooxml.Rewrite(in.Src, out)
}

// docxPlace returns where finding f's figure is printed in the document
// of in: its paragraph number, the figure as printed, and which
// occurrence of it in the paragraph (1-based). ok is false for a finding
// that stands in another file of the report.
func docxPlace(in Input, f *reconcile.Finding) (n int, figure string, occurrence int, ok bool) {
	if in.Doc == nil || f.Pos.Block < 0 || f.Pos.Block >= len(in.Doc.Blocks) {
		return 0, "", 0, false
	}
	b := in.Doc.Blocks[f.Pos.Block]
	if !ownBlock(in, b) {
		return 0, "", 0, false
	}
	if t := b.Table; t != nil {
		if f.Pos.Row < 0 || f.Pos.Row >= t.Rows || f.Pos.Col < 0 || f.Pos.Col >= t.Cols {
			return firstParagraph(t), "", 1, true
		}
		if c := t.Grid()[f.Pos.Row][f.Pos.Col]; c != nil {
			return c.Paragraph, c.Text, 1, true
		}
		return firstParagraph(t), "", 1, true
	}
	p := b.Paragraph
	off := min(max(f.Pos.Row, 0), len(p.Text))
	figure = printedFigure(f)
	want := squeezed(figure)
	occurrence = 1
	if want != "" {
		occurrence += strings.Count(squeezed(p.Text[:off]), want)
	}
	return p.ParagraphAt(off), figure, occurrence, true
}

// firstParagraph is the paragraph of a table's first cell.
func firstParagraph(t *extract.Table) int {
	for _, c := range t.Cells {
		if c.Paragraph > 0 {
			return c.Paragraph
		}
	}
	return 0
}

// figurePattern matches a printed figure: digits with separators, a
// decimal part and a percent sign.
var figurePattern = regexp.MustCompile(`-?\d[\d,]*(?:\.\d+)?%?`)

// printedFigure is the claimed figure as the text prints it: the number of
// the finding's own evidence ("535.69万元" → 535.69), else its claimed
// value.
func printedFigure(f *reconcile.Finding) string {
	if len(f.Evidence) > 0 && f.Evidence[0].Kind == reconcile.EvidenceText {
		if m := figurePattern.FindString(f.Evidence[0].Value); m != "" {
			return m
		}
	}
	return claimedText(f)
}

// squeezed is text normalised without spaces, as figures are matched.
func squeezed(s string) string { return strings.ReplaceAll(extract.Normalize(s), " ", "") }

// anchor is a comment's range: from rune a0 of run a to rune b1 (exclusive)
// of run b, both in paragraph n.
type anchor struct {
	n      int
	a, a0  int
	b, b1  int
	id     int
	f      *reconcile.Finding
	placed bool
}

// spanOf finds the occurrence-th figure in paragraph n's runs; the whole
// paragraph when the figure is not found, the document's first printed
// run when the paragraph has none.
func spanOf(runs map[int][]docx.Run, n int, figure string, occurrence int) anchor {
	rs := runs[n]
	if len(rs) == 0 {
		n = firstRunParagraph(runs)
		rs = runs[n]
	}
	if len(rs) == 0 {
		return anchor{n: n}
	}
	whole := anchor{n: n, a: 0, a0: 0, b: len(rs) - 1, b1: runeLen(rs[len(rs)-1]), placed: true}
	want := []rune(squeezed(figure))
	if len(want) == 0 {
		return whole
	}
	// chars are the runs' characters, normalised, spaces left out; at maps
	// each to its run and rune.
	var chars []rune
	var at [][2]int
	for i, r := range rs {
		k := 0
		for _, t := range r.Texts {
			for _, c := range t.Text {
				if nc := []rune(extract.Normalize(string(c))); len(nc) == 1 && nc[0] != ' ' {
					chars = append(chars, nc[0])
					at = append(at, [2]int{i, k})
				}
				k++
			}
		}
	}
	seen := 0
	for i := 0; i+len(want) <= len(chars); i++ {
		if string(chars[i:i+len(want)]) != string(want) || !standsAlone(chars, i, len(want)) {
			continue
		}
		if seen++; seen < occurrence && i+len(want) < len(chars) {
			continue
		}
		first, last := at[i], at[i+len(want)-1]
		return anchor{n: n, a: first[0], a0: first[1], b: last[0], b1: last[1] + 1, placed: true}
	}
	return whole
}

func firstRunParagraph(runs map[int][]docx.Run) int {
	best := 0
	for n, rs := range runs {
		if len(rs) > 0 && (best == 0 || n < best) {
			best = n
		}
	}
	return best
}

func runeLen(r docx.Run) int {
	n := 0
	for _, t := range r.Texts {
		n += utf8.RuneCountInString(t.Text)
	}
	return n
}

// rangeMark is markup to insert in a run: a range's start or its end.
type rangeMark struct {
	text string
	end  bool
}

// runMarks collects, per run (paragraph, index), the marks at rune offsets.
type runMarks map[[2]int]map[int][]rangeMark

func (m runMarks) add(n, run, off int, mk rangeMark) {
	k := [2]int{n, run}
	if m[k] == nil {
		m[k] = map[int][]rangeMark{}
	}
	if mk.end {
		// Ends go before starts at one offset.
		m[k][off] = append([]rangeMark{mk}, m[k][off]...)
	} else {
		m[k][off] = append(m[k][off], mk)
	}
}

// commentDocument returns document.xml with the ranges and references of
// the anchors' comments.
func commentDocument(data []byte, runs map[int][]docx.Run, anchors []anchor) []byte {
	m := runMarks{}
	for _, a := range anchors {
		if !a.placed {
			continue
		}
		p := prefixOf(data, runs[a.n][a.a])
		m.add(a.n, a.a, a.a0, rangeMark{fmt.Sprintf(`<%scommentRangeStart %sid="%d"/>`, p, p, a.id), false})
		m.add(a.n, a.b, a.b1, rangeMark{fmt.Sprintf(`<%scommentRangeEnd %sid="%d"/><%sr><%scommentReference %sid="%d"/></%sr>`, p, p, a.id, p, p, p, a.id, p), true})
	}
	type edit struct {
		start, end int
		text       string
	}
	var edits []edit
	for k, offs := range m {
		r := runs[k[0]][k[1]]
		edits = append(edits, edit{r.Start, r.End, splitRun(data, r, offs)})
	}
	sort.Slice(edits, func(i, j int) bool { return edits[i].start < edits[j].start })
	var out bytes.Buffer
	last := 0
	for _, e := range edits {
		if e.start < last {
			continue // runs do not overlap; a safeguard
		}
		out.Write(data[last:e.start])
		out.WriteString(e.text)
		last = e.end
	}
	out.Write(data[last:])
	return out.Bytes()
}

// prefixOf returns the namespace prefix of a run's element ("w:").
func prefixOf(data []byte, r docx.Run) string {
	tag := data[r.Start+1:]
	if i := bytes.IndexAny(tag, " />"); i >= 0 {
		tag = tag[:i]
	}
	if i := bytes.IndexByte(tag, ':'); i >= 0 {
		return string(tag[:i+1])
	}
	return ""
}

// splitRun returns run r with the marks of offs inserted: at its start
// and end around it, inside it by splitting it into runs of the same
// properties. A run with several w:t is not split: its starts go before
// it and its ends after it.
func splitRun(data []byte, r docx.Run, offs map[int][]rangeMark) string {
	n := runeLen(r)
	var b strings.Builder
	write := func(ms []rangeMark, ends bool) {
		for _, mk := range ms {
			if mk.end == ends {
				b.WriteString(mk.text)
			}
		}
	}
	var cuts []int
	for off := range offs {
		cuts = append(cuts, off)
	}
	sort.Ints(cuts)
	inner := false
	for _, c := range cuts {
		inner = inner || c > 0 && c < n
	}
	if !inner || len(r.Texts) != 1 {
		// Ranges start before the run and end after it.
		for _, c := range cuts {
			write(offs[c], false)
		}
		b.Write(data[r.Start:r.End])
		for _, c := range cuts {
			write(offs[c], true)
		}
		return b.String()
	}
	t := r.Texts[0]
	text := []rune(t.Text)
	openEnd := bytes.IndexByte(data[r.Start:r.End], '>') + r.Start + 1
	runOpen := string(data[r.Start:openEnd])
	rpr := ""
	if r.RPr[1] > r.RPr[0] {
		rpr = string(data[r.RPr[0]:r.RPr[1]])
	}
	tOpen := bytes.LastIndexByte(data[:t.Start], '<')
	p := prefixOf(data, r)
	preserve := fmt.Sprintf(`<%st xml:space="preserve">`, p)
	points := []int{0}
	for _, c := range cuts {
		if c > 0 && c < n {
			points = append(points, c)
		}
	}
	points = append(points, n)
	write(offs[0], true)
	write(offs[0], false)
	for i := 0; i+1 < len(points); i++ {
		lo, hi := points[i], points[i+1]
		if lo > 0 {
			write(offs[lo], true)
			write(offs[lo], false)
		}
		var seg bytes.Buffer
		escape(&seg, string(text[lo:hi]))
		switch {
		case lo == 0 && hi == n:
			b.Write(data[r.Start:r.End])
		case lo == 0:
			b.Write(data[r.Start:tOpen])
			b.WriteString(preserve + seg.String() + "</" + p + "t></" + p + "r>")
		case hi == n:
			b.WriteString(runOpen + rpr + preserve + seg.String())
			b.Write(data[t.End:r.End])
		default:
			b.WriteString(runOpen + rpr + preserve + seg.String() + "</" + p + "t></" + p + "r>")
		}
	}
	for _, c := range cuts {
		if c >= n {
			write(offs[c], true)
			write(offs[c], false)
		}
	}
	return b.String()
}

// escape writes s as XML character data.
func escape(b *bytes.Buffer, s string) {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	b.WriteString(r.Replace(s))
}

// docxParts are the parts a commented copy changes besides document.xml.
type docxParts struct {
	pkg  *ooxml.Package
	main string
	// comments is the comments part's name and bytes (nil when the
	// document has none yet); rels and types the relationships of the
	// main part and [Content_Types].xml.
	comments     string
	commentsData []byte
	rels         string
	relsData     []byte
	typesData    []byte
	hasRel       bool
	nextID       int
}

var idPattern = regexp.MustCompile(`\bw:id="(\d+)"`)

// read finds the comments part the document already has, and the first
// free comment id.
func (d *docxParts) read() error {
	dir := d.main[:strings.LastIndex(d.main, "/")+1]
	d.rels = dir + "_rels/" + d.main[len(dir):] + ".rels"
	d.comments = dir + "comments.xml"
	if d.pkg.Has(d.rels) {
		data, err := d.pkg.Read(d.rels)
		if err != nil {
			return err
		}
		d.relsData = data
		if t := relTargetOf(data, commentsType); t != "" {
			d.comments, d.hasRel = resolve(dir, t), true
		}
	}
	if d.pkg.Has(d.comments) {
		data, err := d.pkg.Read(d.comments)
		if err != nil {
			return err
		}
		d.commentsData = data
		for _, m := range idPattern.FindAllSubmatch(data, -1) {
			if id, err := strconv.Atoi(string(m[1])); err == nil && id >= d.nextID {
				d.nextID = id + 1
			}
		}
	}
	if d.pkg.Has("[Content_Types].xml") {
		data, err := d.pkg.Read("[Content_Types].xml")
		if err != nil {
			return err
		}
		d.typesData = data
	}
	return nil
}

// relTargetOf returns the target of the first relationship of the type.
func relTargetOf(rels []byte, typ string) string {
	re := regexp.MustCompile(`<Relationship\b[^>]*>`)
	for _, m := range re.FindAll(rels, -1) {
		if bytes.Contains(m, []byte(`Type="`+typ+`"`)) {
			if t := regexp.MustCompile(`Target="([^"]*)"`).FindSubmatch(m); t != nil {
				return string(t[1])
			}
		}
	}
	return ""
}

func resolve(dir, target string) string {
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(target, "/")
	}
	return dir + target
}

// add puts the comments part, the relationship and the content type into
// out.
func (d *docxParts) add(anchors []anchor, in Input, out map[string][]byte) {
	var b bytes.Buffer
	for _, a := range anchors {
		fmt.Fprintf(&b, `<w:comment w:id="%d" w:author="gouji" w:initials="gouji">`, a.id)
		for _, line := range strings.Split(contents(a.f, in.Lang), "\n") {
			b.WriteString(`<w:p><w:r><w:t xml:space="preserve">`)
			escape(&b, line)
			b.WriteString(`</w:t></w:r></w:p>`)
		}
		b.WriteString(`</w:comment>`)
	}
	if d.commentsData != nil {
		if i := bytes.LastIndex(d.commentsData, []byte("</")); i >= 0 && bytes.Contains(d.commentsData[i:], []byte("comments>")) {
			// The comments part may bind the namespace to another prefix:
			// ours declare w on each comment.
			added := bytes.ReplaceAll(b.Bytes(), []byte(`<w:comment `), []byte(`<w:comment xmlns:w="`+wordNS+`" `))
			out[d.comments] = concat(d.commentsData[:i], added, d.commentsData[i:])
		}
	} else {
		out[d.comments] = concat([]byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+"\n"+`<w:comments xmlns:w="`+wordNS+`">`), b.Bytes(), []byte(`</w:comments>`))
	}
	if !d.hasRel {
		rel := `<Relationship Id="` + freeID(d.relsData) + `" Type="` + commentsType + `" Target="comments.xml"/>`
		if d.relsData == nil {
			out[d.rels] = []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
				`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + rel + `</Relationships>`)
		} else if i := bytes.LastIndex(d.relsData, []byte("</Relationships>")); i >= 0 {
			out[d.rels] = concat(d.relsData[:i], []byte(rel), d.relsData[i:])
		}
	}
	if d.typesData != nil && !bytes.Contains(d.typesData, []byte(`PartName="/`+d.comments+`"`)) {
		if i := bytes.LastIndex(d.typesData, []byte("</Types>")); i >= 0 {
			o := `<Override PartName="/` + d.comments + `" ContentType="` + commentsContentType + `"/>`
			out["[Content_Types].xml"] = concat(d.typesData[:i], []byte(o), d.typesData[i:])
		}
	}
}

// freeID returns a relationship id the relationships do not use.
func freeID(rels []byte) string {
	for k := 0; ; k++ {
		id := "rIdGouji" + strconv.Itoa(k)
		if !bytes.Contains(rels, []byte(`"`+id+`"`)) {
			return id
		}
	}
}

func concat(parts ...[]byte) []byte {
	var b bytes.Buffer
	for _, p := range parts {
		b.Write(p)
	}
	return b.Bytes()
}
