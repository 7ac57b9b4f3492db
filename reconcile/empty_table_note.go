package reconcile

import (
	"regexp"
	"strings"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/reconcile/tables"
)

// EmptyTableNote warns of a standard table printed without data (no
// amount, or only zeros) and without a word that it is empty: the rules
// ask for 本表无数据 or 本部门无…收支 below the table or in the narrative, so
// that a reader knows the table was not forgotten.
var EmptyTableNote = &Analyzer{
	Name: "empty-table-note",
	Doc:  "a standard table printed without data and without a statement that it is empty (本表无数据, 本部门无…收支), below it or in the narrative (warning)",
	Run:  runEmptyTableNote,
}

// emptyStatementRe matches a statement that something is empty or absent.
var emptyStatementRe = regexp.MustCompile(`无数据|空表|为空|均为0|均为零|为零|未安排|不涉及|没有|无发生|(?:部门|单位)(?:（单位）)?无|无[^。；;，,]{0,20}(?:收入|支出|收支|经费|安排|数据)|(?:支出|收入|安排|为|拨款)0(?:\.0+)?(?:万元|元)`)

// kindWords are the words a statement uses for a kind of table
// (本部门无政府性基金预算财政拨款收入和支出).
var kindWords = map[tables.Kind][]string{
	tables.KindGovFund:           {"政府性基金"},
	tables.KindStateCapital:      {"国有资本经营"},
	tables.KindSanGong:           {"三公"},
	tables.KindBasic:             {"基本支出"},
	tables.KindGeneral:           {"一般公共预算"},
	tables.KindFiscalSummary:     {"财政拨款"},
	tables.KindFiscalExpenditure: {"财政拨款"},
}

// statementBlocks is how many blocks after a table its statement may
// follow in.
const statementBlocks = 3

func runEmptyTableNote(p *Pass) (any, error) {
	if !hasNarrative(p.Doc) {
		return nil, nil // a file of tables alone: its statements may be in the narrative's file
	}
	var sentences []string
	for _, b := range p.Doc.Blocks {
		if b.Paragraph != nil {
			sentences = append(sentences, splitSentences(b.Paragraph.Text)...)
		}
	}
	for _, t := range reportTables(p.Tables) {
		if t.Kind == tables.KindOther || !emptyTable(t) || continued(p.Doc, t) || statedBeside(p.Doc, t) || statedInNarrative(sentences, t.Kind) {
			continue
		}
		p.record(Finding{Severity: Warning, Page: t.Page(), Pos: Position{Block: t.Block}, Quote: t.Src.Title,
			Msg: i18n.M("empty-table-note", t.Name())})
	}
	return nil, nil
}

// emptyTable reports whether a table prints no amount other than zero.
func emptyTable(t *tables.Table) bool {
	for _, r := range t.Records {
		for _, c := range r.Cells {
			if c.Has && !c.Value.D.IsZero() {
				return false
			}
		}
	}
	return true
}

// continued reports whether a table is followed at once by an untitled
// one, which may hold its rows (a table broken where gouji did not join
// it).
func continued(doc *extract.Document, t *tables.Table) bool {
	i := t.Block + 1
	return i < len(doc.Blocks) && doc.Blocks[i].Table != nil && doc.Blocks[i].Table.Title == ""
}

// moneyRe matches an amount in the narrative.
var moneyRe = regexp.MustCompile(`\d\s*(?:万元|亿元|元)`)

// hasNarrative reports whether a document has a narrative that states
// amounts (and not only tables).
func hasNarrative(doc *extract.Document) bool {
	for _, b := range doc.Blocks {
		if b.Paragraph != nil && moneyRe.MatchString(b.Paragraph.Text) {
			return true
		}
	}
	return false
}

// statedBeside reports whether a table says it is empty in its cells or
// notes, or in the paragraphs just below it.
func statedBeside(doc *extract.Document, t *tables.Table) bool {
	texts := append([]string(nil), t.Src.Notes...)
	for _, c := range t.Src.Cells {
		texts = append(texts, c.Text)
	}
	for i := t.Block + 1; i < len(doc.Blocks) && i <= t.Block+statementBlocks; i++ {
		b := doc.Blocks[i]
		if b.Paragraph == nil {
			break
		}
		texts = append(texts, b.Paragraph.Text)
	}
	for _, s := range texts {
		if emptyStatementRe.MatchString(s) {
			return true
		}
	}
	return false
}

// statedInNarrative reports whether a sentence of the narrative says the
// report has nothing of the table's kind.
func statedInNarrative(sentences []string, k tables.Kind) bool {
	for _, s := range sentences {
		if !emptyStatementRe.MatchString(s) {
			continue
		}
		for _, w := range kindWords[k] {
			if strings.Contains(s, w) {
				return true
			}
		}
	}
	return false
}

// splitSentences cuts text after each 。；; or !.
func splitSentences(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool { return r == '。' || r == '；' || r == ';' || r == '！' })
}
