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
package segment
