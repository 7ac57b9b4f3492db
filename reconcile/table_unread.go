package reconcile

import (
	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/reconcile/tables"
)

// TableUnread reports each table gouji did not understand: one whose sums
// (类 = Σ款, 合计 = Σ columns, 总计 = Σ items, 三公) fail in most of its
// rows. A wrong figure fails in its own row and in the rows that total it;
// a misread heading or column fails nearly everywhere, and dozens of errors
// drawn from it would only be noise. Such a table is set aside before any
// rule runs — nothing is checked in it or against it — and this rule says
// so once, naming it, so that a person knows what was not checked.
var TableUnread = &Analyzer{
	Name: "table-unread",
	Doc:  "a table whose sums fail in most of its rows was not understood: it is named once and nothing is checked against it",
	Run:  runTableUnread,
}

// Set-aside thresholds: at least unreadMinRows rows fail, and more than
// half of the rows whose sums could be checked.
const unreadMinRows = 3

// sumRules are the rules whose outcomes judge whether a table was read
// right: they check a table against itself.
func sumRules() []*Analyzer { return []*Analyzer{CodeSum, ColumnSum, StatementSum, SanGongSum} }

func runTableUnread(p *Pass) (any, error) {
	for range p.Tables.Tables {
		p.Consistent() // read with confidence
	}
	for _, u := range p.Tables.Unread {
		t := u.Table
		where := i18n.M("table.page", t.Page())
		if t.Src.File != "" { // a report joined from files: name the file
			where = i18n.M("table.file.page", t.Src.File, t.Page())
		}
		p.Report(Finding{
			Severity: Warning,
			Page:     t.Page(),
			Quote:    t.Name(),
			Unit:     t.Unit(),
			Msg:      i18n.M("table.unread", t.Name(), where, u.Why),
		})
	}
	return nil, nil
}

// rowTally counts, table by table, the rows whose sums were checked and
// those where one failed.
type rowTally struct {
	checked map[*tables.Table]map[*tables.Record]bool // row → some sum failed
	example map[*tables.Table]i18n.Msg
}

func newRowTally() *rowTally {
	return &rowTally{checked: map[*tables.Table]map[*tables.Record]bool{}, example: map[*tables.Table]i18n.Msg{}}
}

// count records one checked sum whose total is x.
func (r *rowTally) count(x term, ok bool) {
	if r == nil || x.T == nil || x.R == nil {
		return
	}
	rows := r.checked[x.T]
	if rows == nil {
		rows = map[*tables.Record]bool{}
		r.checked[x.T] = rows
	}
	rows[x.R] = rows[x.R] || !ok
	if _, seen := r.example[x.T]; !ok && !seen {
		r.example[x.T] = x.where()
	}
}

// ReadTables analyses the tables of doc as the rules see them: the tables
// whose sums fail in most rows are set aside (Index.Unread).
func ReadTables(doc *extract.Document) *tables.Index {
	ix := tables.NewIndex(doc)
	setAsideUnread(doc, ix)
	return ix
}

// setAsideUnread runs the sum rules on every table without reporting,
// and sets aside in ix the tables whose sums fail in most rows.
func setAsideUnread(doc *extract.Document, ix *tables.Index) {
	tally := newRowTally()
	var scratch []Finding
	for _, a := range sumRules() {
		pass := &Pass{Analyzer: a, Doc: doc, Tables: ix, ResultOf: map[*Analyzer]any{}, findings: &scratch, tally: tally}
		if _, err := run(a, pass); err != nil {
			return // a failing rule reports itself in the real run
		}
	}
	for _, t := range append([]*tables.Table(nil), ix.Tables...) {
		rows := tally.checked[t]
		failed := 0
		for _, bad := range rows {
			if bad {
				failed++
			}
		}
		if failed >= unreadMinRows && 2*failed > len(rows) {
			ix.SetAside(t, i18n.M("table.unread.why", failed, len(rows), tally.example[t]))
		}
	}
}
