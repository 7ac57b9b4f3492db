package annotate

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/extract/pdftext"
	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/reconcile"
)

func init() { Register(".pdf", PDF) }

// PDF returns in.Src with each finding added as a highlight annotation
// (with its popup) on the page of its figure, in an incremental update:
// in.Src is the unchanged prefix of the result, so a signed report stays
// verifiable. The highlight covers the glyphs of the claimed figure and of
// each figure of the evidence printed on the same page; its colour says
// the severity and its text is the finding's message. The update's cross-
// reference section has the style of the file's last one (a table or a
// stream).
func PDF(in Input) ([]byte, error) {
	doc, err := pdftext.Open(in.Src, pdftext.Options{})
	if err != nil {
		return nil, err
	}
	if doc.Encrypted() {
		return nil, errors.New(i18n.M("annot.encrypted").In(in.Lang))
	}
	if !bytes.HasPrefix(in.Src, []byte("%PDF-")) {
		return nil, errors.New(i18n.M("annot.offset").In(in.Lang))
	}
	prev, stream, ok := lastXref(in.Src)
	if !ok {
		return nil, errors.New(i18n.M("annot.xref").In(in.Lang))
	}
	trailer, err := doc.TrailerEntries()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", i18n.M("annot.xref").In(in.Lang), err)
	}
	u := &update{out: bytes.NewBuffer(append([]byte(nil), in.Src...)), next: trailerSize(trailer)}
	if u.next <= 0 {
		return nil, errors.New(i18n.M("annot.xref").In(in.Lang))
	}
	if !bytes.HasSuffix(in.Src, []byte("\n")) {
		u.out.WriteByte('\n')
	}
	if err := u.annotatePages(doc, in); err != nil {
		return nil, err
	}
	if len(u.offsets) == 0 {
		return append([]byte(nil), in.Src...), nil // nothing to add
	}
	u.finish(trailer, prev, stream)
	return u.out.Bytes(), nil
}

// mark is one finding's highlight on one page: quads in page space, the
// claimed figure's first.
type mark struct {
	page  int
	quads []extract.Rect
	own   int // quads[:own] are the claimed figure's, the rest evidence
	f     *reconcile.Finding
}

// marks places every finding that can be placed on a page of in.
func marks(doc *pdftext.Document, in Input) []mark {
	g := &glyphs{doc: doc, pages: map[int][]pdftext.Glyph{}}
	var out []mark
	for i := range in.Findings {
		f := &in.Findings[i]
		t, ok := claimTarget(in, f)
		if !ok || t.page < 1 || t.page > doc.NumPages() {
			continue
		}
		m := mark{page: t.page, quads: locate(g, t), f: f}
		m.own = len(m.quads)
		for _, e := range f.Evidence {
			if e.At == nil || *e.At == f.Pos {
				continue
			}
			if et, ok := targetAt(in, *e.At, e.Value); ok && et.page == t.page {
				m.quads = append(m.quads, locate(g, et)...)
			}
		}
		out = append(out, m)
	}
	return out
}

// update is an incremental update being written after the original bytes.
type update struct {
	out     *bytes.Buffer
	next    int            // next free object number
	offsets map[int]int    // object number → offset of its new version
	gens    map[int]uint16 // object number → generation
}

// object writes object id at the end of the output and records its offset.
func (u *update) object(id int, gen uint16, body string) {
	if u.offsets == nil {
		u.offsets, u.gens = map[int]int{}, map[int]uint16{}
	}
	u.offsets[id], u.gens[id] = u.out.Len(), gen
	fmt.Fprintf(u.out, "%d %d obj\n%s\nendobj\n", id, gen, body)
}

func (u *update) alloc() int {
	u.next++
	return u.next - 1
}

// annotatePages writes the annotations of every page concerned and the
// page's new version with them appended to its /Annots.
func (u *update) annotatePages(doc *pdftext.Document, in Input) error {
	byPage := map[int][]mark{}
	var pages []int
	for _, m := range marks(doc, in) {
		if byPage[m.page] == nil {
			pages = append(pages, m.page)
		}
		byPage[m.page] = append(byPage[m.page], m)
	}
	for _, n := range pages {
		ref, ok := doc.PageRef(n)
		entries, annots, err := doc.PageEntries(n)
		if !ok || err != nil {
			return errors.New(i18n.M("annot.page", n).In(in.Lang))
		}
		for _, m := range byPage[n] {
			annots = append(annots, u.highlight(doc, ref, m, in.Lang)...)
		}
		var b strings.Builder
		b.WriteString("<<")
		for _, e := range entries {
			fmt.Fprintf(&b, "/%s %s", pdftext.Name(e.Key), e.Value)
		}
		fmt.Fprintf(&b, "/Annots [%s]>>", strings.Join(annots, " "))
		u.object(int(ref.ID), ref.Gen, b.String())
	}
	return nil
}

// colours of the highlights by severity (RGB). The evidence is drawn in
// a paler tint of the same colour.
var colours = map[reconcile.Severity][3]float64{
	reconcile.Error:   {1, 0.45, 0.45},
	reconcile.Warning: {1, 0.8, 0.2},
	reconcile.Info:    {0.55, 0.75, 1},
}

// pale mixes c half and half with white.
func pale(c [3]float64) [3]float64 { return [3]float64{(1 + c[0]) / 2, (1 + c[1]) / 2, (1 + c[2]) / 2} }

func rgb(c [3]float64) string { return fmt.Sprintf("%s %s %s", num(c[0]), num(c[1]), num(c[2])) }

// highlight writes one highlight annotation, its appearance and its popup,
// and returns the references to list in the page's /Annots.
func (u *update) highlight(doc *pdftext.Document, page pdftext.ObjRef, m mark, lang i18n.Lang) []string {
	annot, popup, ap := u.alloc(), u.alloc(), u.alloc()
	c := colours[m.f.Severity]
	quads, rect, fill := geometry(doc, m, c)
	colour := rgb(c)
	r := fmt.Sprintf("%s %s %s %s", num(rect[0]), num(rect[1]), num(rect[2]), num(rect[3]))
	content := "/GS0 gs\n" + fill
	u.object(ap, 0, fmt.Sprintf("<</Type /XObject /Subtype /Form /BBox [%s] /Resources <</ExtGState <</GS0 <</Type /ExtGState /BM /Multiply /ca 1 /CA 1>>>>>> /Length %d>>\nstream\n%sendstream", r, len(content), content))
	u.object(annot, 0, fmt.Sprintf("<</Type /Annot /Subtype /Highlight /Rect [%s] /QuadPoints [%s] /C [%s] /CA 1 /F 4 /P %s /T (gouji) /NM (gouji-p%d-%d) /Contents %s /Popup %d 0 R /AP <</N %d 0 R>>>>",
		r, strings.Join(quads, " "), colour, page, m.page, annot, text(contents(m.f, lang)), popup, ap))
	pr := fmt.Sprintf("%s %s %s %s", num(rect[2]), num(rect[3]-120), num(rect[2]+200), num(rect[3]))
	u.object(popup, 0, fmt.Sprintf("<</Type /Annot /Subtype /Popup /Rect [%s] /Parent %d 0 R /P %s /Open false /F 28>>", pr, annot, page))
	return []string{fmt.Sprintf("%d 0 R", annot), fmt.Sprintf("%d 0 R", popup)}
}

// geometry maps m's quads to user space: the /QuadPoints (corners in the
// spec's practice: upper left, upper right, lower left, lower right, as
// the page is read), their bounding /Rect, and the appearance's fills
// (the claimed figure in colour c, the evidence paler).
func geometry(doc *pdftext.Document, m mark, c [3]float64) (quads []string, rect [4]float64, fill string) {
	rect = [4]float64{1e9, 1e9, -1e9, -1e9}
	var b strings.Builder
	for i, q := range m.quads {
		switch i {
		case 0:
			fmt.Fprintf(&b, "%s rg\n", rgb(c))
		case m.own:
			fmt.Fprintf(&b, "%s rg\n", rgb(pale(c)))
		}
		var pts [4][2]float64
		for k, p := range [4][2]float64{{q.X0, q.Y0}, {q.X1, q.Y0}, {q.X0, q.Y1}, {q.X1, q.Y1}} {
			x, y := doc.ToUser(m.page, p[0], p[1])
			pts[k] = [2]float64{x, y}
			rect = [4]float64{min(rect[0], x), min(rect[1], y), max(rect[2], x), max(rect[3], y)}
			quads = append(quads, num(x), num(y))
		}
		fmt.Fprintf(&b, "%s %s m %s %s l %s %s l %s %s l h f\n",
			num(pts[0][0]), num(pts[0][1]), num(pts[1][0]), num(pts[1][1]),
			num(pts[3][0]), num(pts[3][1]), num(pts[2][0]), num(pts[2][1]))
	}
	return quads, rect, b.String()
}

// contents is the annotation's text: severity and message, what was
// expected, and the evidence.
func contents(f *reconcile.Finding, lang i18n.Lang) string {
	message := f.Message
	if !f.Msg.IsZero() {
		message = f.Msg.In(lang)
	}
	lines := []string{i18n.M("annot.note", severityName(f.Severity), message).In(lang)}
	if f.Expected != "" {
		lines = append(lines, i18n.M("annot.expected", i18n.Amount{Value: i18n.Num(f.Expected), Unit: f.Unit}).In(lang))
	}
	for _, e := range f.Evidence {
		where := e.Quote
		if e.Kind == reconcile.EvidenceTable {
			cell := i18n.Text(e.Row)
			if e.Column != "" {
				cell = i18n.M("table.cell", e.Row, e.Column)
			}
			where = strings.Join(strings.Fields(e.Table+" "+cell.In(lang)+" "+e.Value), " ")
		}
		if e.Page > 0 {
			where = i18n.M("annot.evidence.page", where, e.Page).In(lang)
		}
		lines = append(lines, i18n.M("annot.evidence", where).In(lang))
	}
	return strings.Join(lines, "\n")
}

// severityName is the severity in the reader's words.
func severityName(s reconcile.Severity) i18n.Msg {
	switch s {
	case reconcile.Error:
		return i18n.M("annot.severity.error")
	case reconcile.Warning:
		return i18n.M("annot.severity.warning")
	}
	return i18n.M("annot.severity.info")
}

// text writes s as a PDF text string: UTF-16BE with a byte order mark, in
// hex so that no byte needs escaping.
func text(s string) string {
	var b strings.Builder
	b.WriteString("<FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	b.WriteString(">")
	return b.String()
}

// num writes a coordinate with two decimals at most.
func num(x float64) string {
	s := strconv.FormatFloat(x, 'f', 2, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" || s == "" {
		return "0"
	}
	return s
}

var (
	startxrefRE = regexp.MustCompile(`startxref\s+(\d+)\s+%%EOF`)
	objHeaderRE = regexp.MustCompile(`^\d+\s+\d+\s+obj`)
)

// lastXref returns the offset of the file's last cross-reference section
// and whether it is a stream; ok is false when the file does not end with
// a startxref pointing at one.
func lastXref(src []byte) (off int, stream, ok bool) {
	all := startxrefRE.FindAllSubmatchIndex(src, -1)
	if len(all) == 0 {
		return 0, false, false
	}
	last := all[len(all)-1]
	off, err := strconv.Atoi(string(src[last[2]:last[3]]))
	if err != nil || off <= 0 || off >= len(src) {
		return 0, false, false
	}
	at := bytes.TrimLeft(src[off:min(off+64, len(src))], " \t\r\n\f\x00")
	switch {
	case bytes.HasPrefix(at, []byte("xref")):
		return off, false, true
	case objHeaderRE.Match(at):
		return off, true, true
	}
	return 0, false, false
}

// trailerSize reads /Size from the trailer entries (0 when absent).
func trailerSize(es []pdftext.Entry) int {
	for _, e := range es {
		if e.Key == "Size" {
			n, _ := strconv.Atoi(e.Value)
			return n
		}
	}
	return 0
}

// finish writes the cross-reference section of the update, in the style
// of the file's last one, and its trailer.
func (u *update) finish(trailer []pdftext.Entry, prev int, stream bool) {
	keep := ""
	for _, e := range trailer {
		switch e.Key {
		case "Root", "Info", "ID":
			keep += fmt.Sprintf("/%s %s ", e.Key, e.Value)
		}
	}
	if stream {
		u.xrefStream(keep, prev)
		return
	}
	ids := u.ids()
	start := u.out.Len()
	u.out.WriteString("xref\n")
	for _, run := range runs(ids) {
		fmt.Fprintf(u.out, "%d %d\n", run[0], run[1])
		for id := run[0]; id < run[0]+run[1]; id++ {
			fmt.Fprintf(u.out, "%010d %05d n \n", u.offsets[id], u.gens[id])
		}
	}
	fmt.Fprintf(u.out, "trailer\n<</Size %d %s/Prev %d>>\nstartxref\n%d\n%%%%EOF\n", u.next, keep, prev, start)
}

// xrefStream writes the update's cross-reference stream (uncompressed).
func (u *update) xrefStream(keep string, prev int) {
	self := u.alloc()
	start := u.out.Len()
	u.offsets[self], u.gens[self] = start, 0
	ids := u.ids()
	var data []byte
	for _, id := range ids {
		o := u.offsets[id]
		data = append(data, 1, byte(o>>40), byte(o>>32), byte(o>>24), byte(o>>16), byte(o>>8), byte(o), byte(u.gens[id]>>8), byte(u.gens[id]))
	}
	var index []string
	for _, run := range runs(ids) {
		index = append(index, strconv.Itoa(run[0]), strconv.Itoa(run[1]))
	}
	fmt.Fprintf(u.out, "%d 0 obj\n<</Type /XRef /Size %d /W [1 6 2] /Index [%s] %s/Prev %d /Length %d>>\nstream\n",
		self, u.next, strings.Join(index, " "), keep, prev, len(data))
	u.out.Write(data)
	fmt.Fprintf(u.out, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", start)
}

// ids are the object numbers written, in order.
func (u *update) ids() []int {
	ids := make([]int, 0, len(u.offsets))
	for id := range u.offsets {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	return ids
}

// runs groups sorted object numbers into subsections: first and count.
func runs(ids []int) [][2]int {
	var out [][2]int
	for _, id := range ids {
		if n := len(out); n > 0 && out[n-1][0]+out[n-1][1] == id {
			out[n-1][1]++
			continue
		}
		out = append(out, [2]int{id, 1})
	}
	return out
}
