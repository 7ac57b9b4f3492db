package reconcile

import (
	"fmt"
	"strings"

	"github.com/gouji/gouji/segment"
)

// fig names a figure in a message: "5.35万元".
func fig(m segment.Mention) string { return m.Text }

// subjectName names a claim's subject in messages; a subject the sentence
// does not print (taken from a heading or an earlier sentence) is named
// only when nothing better is known.
func subjectName(c *segment.Claim) string {
	s := strings.TrimSpace(c.Subject.Text)
	if s == "" {
		s = strings.TrimSpace(c.Subject.Canonical)
	}
	if s == "" {
		return "the figure"
	}
	return s
}

// printedSubject names a claim's subject when the sentence prints it, or
// says what the figure is (fallback: "the total").
func printedSubject(c *segment.Claim, fallback string) string {
	if c.Subject.Inherited {
		return fallback
	}
	return subjectName(c)
}

// argSubject names an argument: its own subject, else its claim's.
func argSubject(c *segment.Claim, a segment.Arg) string {
	if a.Subject != nil && strings.TrimSpace(a.Subject.Text) != "" {
		return strings.TrimSpace(a.Subject.Text)
	}
	return subjectName(c)
}

// unitWord names a scale of 元 for messages.
func unitWord(scale int32) string {
	switch scale {
	case 0:
		return "元"
	case 4:
		return "万元"
	case 8:
		return "亿元"
	}
	return fmt.Sprintf("×10^%d 元", scale)
}
