package reconcile

import (
	"regexp"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/i18n"
	"github.com/gouji/gouji/report"
)

// MissingSection warns of a section the report's kind requires that its
// narrative lacks: 主要职能, 机构设置, the 收支 说明, 三公经费, 机关运行经费,
// 政府采购, 名词解释, and in a final account 国有资产占用 and 绩效 too. Names
// vary by year and province, so each section is recognised by the words
// every report of corpus/real and the national template uses for it, and a
// report is held to them only when it follows the standard set of tables
// (or is a narrative whose tables are printed apart): a report on a
// template of its own (高等学校) is not.
var MissingSection = &Analyzer{
	Name: "missing-section",
	Doc:  "a section the report's kind requires (主要职能, 机构设置, 收支说明, 三公经费, 机关运行经费, 政府采购, 名词解释; 决算: 国有资产占用, 绩效) is absent from the narrative (warning)",
	Run:  runMissingSection,
}

// section is a required section: its name, the words that show it, and
// whether a final account alone requires it.
type section struct {
	name      string
	words     *regexp.Regexp
	finalOnly bool
}

var sections = []section{
	{"主要职能", regexp.MustCompile(`职能|职责`), false},
	{"机构设置", regexp.MustCompile(`机构设置|机构编制|机构情况|机构组成|内设机构|单位构成|部门构成|所属单位|下属单位`), false},
	{"收支情况说明", regexp.MustCompile(`编制说明|收支.{0,6}情况|收入.{0,8}情况说明|支出.{0,8}情况说明|收支预算|收入支出决算`), false},
	{"“三公”经费", regexp.MustCompile(`三公`), false},
	{"机关运行经费", regexp.MustCompile(`机关运行`), false},
	{"政府采购", regexp.MustCompile(`政府采购`), false},
	{"国有资产占用", regexp.MustCompile(`国有资产|资产占用|资产占有`), true},
	{"绩效", regexp.MustCompile(`绩效`), true},
	{"名词解释", regexp.MustCompile(`名词解释|专业名词|名词说明|术语`), false},
}

func runMissingSection(p *Pass) (any, error) {
	id := identity(p)
	if id.Kind == report.KindUnknown || !hasNarrative(p.Doc) {
		return nil, nil
	}
	if p.Tables.HasReportTable() && !followsStandard(id.Kind, printedKinds(p.Doc, p.Tables)) {
		return nil, nil
	}
	body := bodyText(p.Doc)
	page := 1
	if entries := toc(p.Doc); len(entries) > 0 {
		page = entries[0].Para.Page
	}
	for _, s := range sections {
		if s.finalOnly && !id.Kind.Final() || s.words.MatchString(body) {
			continue
		}
		p.record(Finding{Severity: Warning, Page: page, Msg: i18n.M("missing-section", s.name, id.Kind.String())})
	}
	return nil, nil
}

// bodyText joins the paragraphs of a document, its 目录 left out: a
// section the 目录 lists but the body lacks is missing.
func bodyText(doc *extract.Document) string {
	inTOC := map[int]bool{}
	for _, e := range toc(doc) {
		inTOC[e.Block] = true
	}
	var b []byte
	for i, blk := range doc.Blocks {
		if blk.Paragraph != nil && !inTOC[i] {
			b = append(b, blk.Paragraph.Text...)
			b = append(b, '\n')
		}
	}
	return string(b)
}
