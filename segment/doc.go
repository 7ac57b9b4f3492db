// Package segment turns the narrative of a report into claims: it splits
// paragraphs into sentences, finds every printed number with its unit and
// qualifiers (ParseMentions), tokenises the text around them with gse and a
// built-in domain dictionary (Tokenize), and decides what each sentence
// says about its numbers (Claims): an amount, a share of a whole, a
// completion rate, a change on the previous year, a total of items, a
// balance, a count, a comparison or a date.
//
// Every value is a num.Value (an exact decimal that remembers its printed
// precision); nothing here uses float64 for a figure from the report. The
// rules are general — sentence patterns, vocabulary, classification
// markers — and the output is deterministic: the same document gives the
// same claims in the same order.
//
// Offsets are byte offsets. ParseMentions and SplitSentences report them in
// the string they are given; in a Result, mention and sentence offsets are
// in the text of the paragraph (extract.Paragraph.Text) the sentence came
// from, so doc.Blocks[Source.Block].Paragraph.Text[Start:End] is the text.
//
// # Reading claims
//
// Claims(doc) (also named Segment) returns a Result: Sentences, Mentions
// (every number, amounts or not), Claims in reading order and the sentences
// whose narrative numbers no claim uses (Unclaimed, with Stats.Coverage).
//
// A claim's numbers are its Args, each a copy of its Mention with the index
// in Result.Mentions (Ref) and a Role. Use Claim.Arg(role) and
// Claim.ArgsOf(role). By kind:
//
//	amount      value                       Subject, Aspect (年初预算, 决算 …; "" = the report's kind)
//	count       value, threshold?, target?  "5亿元以上项目18个": threshold 5亿元以上
//	share       part?, whole?, percent      Whole names the whole when printed ("占基本支出的")
//	completion  actual?, budget?, percent   Base is the budget aspect named (年初预算, 预算)
//	change      current?, previous?, delta?, percent?, target?   Direction up/down/flat, Base (上年, 年初预算数, 2023年度)
//	total       total, item…                Relation sum (合计 after items), of-which (其中: parts, maybe not all) or main-parts (其中主要…: never all); item.Times (各)
//	balance     term… (Sign ±1), subtotal…, result   each subtotal/result = signed sum of the terms before it
//	comparison  left?, right?, difference?  Relation gt/lt/eq/approx; Base names the right side
//	date        date                        Aspect 截至 / 年度 / 年; Date, DateEnd
//
// A "?" role may be missing: the sentence did not print it or it could not
// be found; checks then report the claim as unchecked rather than guess.
// Money compares across 元/万元/亿元 through Mention.Scale (Mention.In).
// Subjects keep the report's spelling; Subject.Canonical joins a 类-款-项
// chain's names ("一般公共服务支出/商贸事务/行政运行") for table lookups,
// and Subject.Inherited marks a subject taken from a heading or the
// sentence's topic rather than printed beside the number. Links tie items
// to their total, shares to their part and whole, changes to their current
// figure.
package segment
