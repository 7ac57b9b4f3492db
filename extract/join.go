package extract

// Join makes one document of the documents read from the files of one
// report: a narrative published apart from its tables (江苏 prints 情况说明
// and 公开表 as two PDFs), or a draft's text beside its spreadsheet. The
// pages and blocks follow each other in the order given; the warnings are
// kept. Page numbers stay each file's own, so every page, paragraph, table
// and warning of the joined document records the file it came from
// (File), and Files lists the files. Source is the first document's.
//
// Join takes the documents over: their blocks are shared, not copied. One
// document is returned as it is, and no document gives nil.
func Join(docs ...*Document) *Document {
	switch len(docs) {
	case 0:
		return nil
	case 1:
		return docs[0]
	}
	out := &Document{Source: docs[0].Source}
	for _, d := range docs {
		out.Files = append(out.Files, d.Source)
		for _, p := range d.Pages {
			p.File = d.Source
			out.Pages = append(out.Pages, p)
		}
		for _, b := range d.Blocks {
			switch {
			case b.Paragraph != nil:
				b.Paragraph.File = d.Source
			case b.Table != nil:
				b.Table.File = d.Source
			}
			out.Blocks = append(out.Blocks, b)
		}
		for _, w := range d.Warnings {
			w.File = d.Source
			out.Warnings = append(out.Warnings, w)
		}
	}
	return out
}
