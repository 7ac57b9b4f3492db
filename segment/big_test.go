package segment

import (
	"strings"
	"testing"
)

// Pathological paragraphs: long runs of digits, brackets, quotes, invalid
// bytes and lists are read without panicking (the fuzzers found the slow
// ones; their cost is linear now).
func TestPathologicalParagraphs(t *testing.T) {
	for _, s := range []string{
		strings.Repeat("\xa6", 20000), strings.Repeat("1", 20000), strings.Repeat("“1万元", 2000),
		strings.Repeat("（1", 2000), strings.Repeat("其中：1万元，", 1000), strings.Repeat("2021年，", 2000),
		strings.Repeat("合计1万元、", 1000), strings.Repeat("（类）", 2000), strings.Repeat("与上年相比，", 1000),
	} {
		r := claimsOf(s)
		if r.Stats.Claimed > r.Stats.Numbers {
			t.Fatalf("claimed %d of %d", r.Stats.Claimed, r.Stats.Numbers)
		}
	}
	ms := ParseMentions(strings.Repeat("9", 100))
	if len(ms) != 1 || ms[0].Kind != KindCode {
		t.Fatalf("a hundred digits: %+v", ms)
	}
}
