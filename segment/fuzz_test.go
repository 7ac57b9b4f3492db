package segment

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gouji/gouji/extract"
)

var fuzzSeeds = []string{
	"2021年度收、支总计5799.97万元（收入总计含年初结转和结余137.01万元）。与上年相比，减少264.17万元，减少4.4%",
	"本年支出合计5662.95万元，其中：基本支出2877.36万元，50.8%；项目支出2785.59万元，占49.2%。",
	"截至2021年12月31日，共有车辆8辆，其中，主要机要通信用车2辆、应急保障用车1辆、其他用车5辆",
	"年中追加项目“招商联络处重大招商经费”，金额314万元，上年结转84.74万元，合计398.74万元，实际支出375.17万元，结转23.57万元。",
	"其中投资5-10亿元项目33个，投资10-49亿元项目14个，访客数量近5万人次，超180家，80余万元，10万余斤，3万5千人次",
	"（株政发〔2017〕20号），株发[2015]8号，1-12月，12月8日-11日，9月10至12日，2020年12月-2021年11月份",
	"5, 662. 95万元，1,917.26万元，-12.5%，20多年，单价100万元（含）以上设备2台（套），高于全国1.9个百分点",
	"一般公共服务（类）商贸事务（款）行政运行（项）（2011308），W3馆 A04位，5G，“三类500强”，6.9折算",
	"拨付给湖南易新家庭服务管理有限公司等3家企业各10万元，合计30万元。决算数大于年初预算数的主要原因是",
	"1.9.9.9.9,999,999.9万万亿亿元元%%个百分点（（（（））））“““”””12月32日2100年13月",
	"-", "1", "1-", "1至", "〔2021〕", "第", "1、", "（1", "99999999999999999999999999999.99999万元",
}

// FuzzMentions: any text parses without panicking, mentions are in order,
// do not overlap, and their text is what the input holds at their offsets.
func FuzzMentions(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, m := range ParseMentions(s) {
			if m.Start < prev || m.End < m.Start || m.End > len(s) {
				t.Fatalf("bad span %d-%d (prev %d) in %q", m.Start, m.End, prev, s)
			}
			if s[m.Start:m.End] != m.Text {
				t.Fatalf("text %q at %d-%d is %q", m.Text, m.Start, m.End, s[m.Start:m.End])
			}
			if m.Text == "" {
				t.Fatalf("empty mention in %q", s)
			}
			if m.Bound == BoundRange && m.Hi == nil && m.DateEnd == nil {
				t.Fatalf("range without high end: %+v", m)
			}
			_ = m.Interval(0)
			_ = m.In(8)
			prev = m.End
		}
		for _, sp := range SplitSentences(s) {
			if sp.Start < 0 || sp.End > len(s) || sp.Start >= sp.End {
				t.Fatalf("bad sentence %+v in %q", sp, s)
			}
		}
		var b strings.Builder
		for _, tk := range Tokenize(s) {
			b.WriteString(tk.Text)
		}
		if utf8.ValidString(s) && b.String() != s {
			t.Fatalf("tokens do not cover %q: %q", s, b.String())
		}
	})
}

// FuzzClaims: claim extraction from one sentence (and the same sentence
// split over two paragraphs) never panics, and every claim points at
// mentions and text that exist.
func FuzzClaims(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, 7)
	}
	f.Fuzz(func(t *testing.T, s string, cut int) {
		if !utf8.ValidString(s) {
			return
		}
		docs := []*extract.Document{{Blocks: []extract.Block{{Paragraph: &extract.Paragraph{Page: 1, Text: s}}}}}
		if cut > 0 && cut < len(s) && utf8.RuneStart(s[cut]) {
			docs = append(docs, &extract.Document{Blocks: []extract.Block{
				{Paragraph: &extract.Paragraph{Page: 1, Text: s[:cut]}},
				{Paragraph: &extract.Paragraph{Page: 2, Text: s[cut:]}},
			}})
		}
		for _, doc := range docs {
			r := Claims(doc)
			for _, c := range r.Claims {
				if c.Source.Block < 0 || c.Source.Block >= len(doc.Blocks) {
					t.Fatalf("bad block %d", c.Source.Block)
				}
				p := doc.Blocks[c.Source.Block].Paragraph
				if c.Source.Start < 0 || c.Source.End > len(p.Text) || p.Text[c.Source.Start:c.Source.End] != c.Source.Text {
					t.Fatalf("bad source %+v", c.Source)
				}
				for _, a := range c.Args {
					if a.Ref < 0 || a.Ref >= len(r.Mentions) {
						t.Fatalf("bad ref %d", a.Ref)
					}
				}
				for _, l := range c.Links {
					if l.Claim < 0 || l.Claim >= len(r.Claims) {
						t.Fatalf("bad link %+v", l)
					}
				}
			}
			if r.Stats.Claimed > r.Stats.Numbers {
				t.Fatalf("claimed %d of %d", r.Stats.Claimed, r.Stats.Numbers)
			}
		}
	})
}
