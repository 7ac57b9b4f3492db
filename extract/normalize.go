package extract

import (
	"strings"
	"unicode"
)

// Normalize returns s the way every later stage expects text: CJK radicals
// as the ideographs they stand for, full-width digits, letters and number
// signs as ASCII, odd spaces as plain spaces, spaces inside printed numbers
// removed ("5, 662. 95" → "5,662.95") and spaces between CJK text and digits
// removed ("2021 年度" → "2021年度"). Chinese punctuation (（）“”；，：。) is
// kept as printed: it carries meaning for the sentence splitter.
func Normalize(s string) string {
	if s == "" {
		return s
	}
	rs := make([]rune, 0, len(s))
	for _, r := range s {
		rs = append(rs, mapRune(r))
	}
	out := make([]rune, 0, len(rs))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r != ' ' {
			out = append(out, r)
			continue
		}
		j := i
		for j < len(rs) && rs[j] == ' ' {
			j++
		}
		var prev, next rune
		if len(out) > 0 {
			prev = out[len(out)-1]
		}
		if j < len(rs) {
			next = rs[j]
		}
		if dropSpace(out, prev, next, rs[j:]) {
			i = j - 1
			continue
		}
		out = append(out, ' ')
		i = j - 1
	}
	return strings.TrimSpace(string(out))
}

// mapRune maps one code point to its normal form.
func mapRune(r rune) rune {
	switch {
	case r < 0x80:
		if r == '\t' || r == '\r' || r == '\n' {
			return ' '
		}
		return r
	case r == 0x3000, r == 0x00A0, r == 0x2002, r == 0x2003, r == 0x2009, r == 0x202F:
		return ' '
	case r >= 0xFF10 && r <= 0xFF19, // ０-９
		r >= 0xFF21 && r <= 0xFF3A,                                      // Ａ-Ｚ
		r >= 0xFF41 && r <= 0xFF5A,                                      // ａ-ｚ
		r == 0xFF05, r == 0xFF0B, r == 0xFF0D, r == 0xFF0E, r == 0xFF0F: // ％＋－．／
		return r - 0xFF00 + 0x20
	case r == 0x2212: // minus sign
		return '-'
	case r == 0xFE50: // small comma, used as a thousands separator
		return ','
	}
	if to, ok := radicals[r]; ok {
		return to
	}
	return r
}

// dropSpace decides whether a run of spaces between prev and next goes.
// rest starts at next.
func dropSpace(out []rune, prev, next rune, rest []rune) bool {
	if prev == 0 || next == 0 {
		return true
	}
	if isCJK(prev) && (isCJK(next) && isCJKPunct(prev, next) || isDigit(next)) ||
		isCJK(next) && isDigit(prev) {
		return true
	}
	// Inside a number: "5, 662" and "662. 95".
	if isDigit(next) && (prev == ',' || prev == '.') && len(out) >= 2 && isDigit(out[len(out)-2]) {
		n := 0
		for n < len(rest) && isDigit(rest[n]) {
			n++
		}
		after := rune(0)
		if n < len(rest) {
			after = rest[n]
		}
		if prev == ',' && n == 3 && !isDigit(after) {
			return true
		}
		// A list number is followed by text ("2. 本套报表") or by a year
		// ("1. 2021年", four digits); a fraction has one to three digits.
		if prev == '.' && n >= 1 && n <= 3 {
			return true
		}
	}
	return false
}

// isCJKPunct lets CJK–CJK spaces go only when one side is punctuation: a
// space between two Han characters may be a deliberate separator
// ("部门：某局 2021年度 公开08表" keeps its separators after digits go).
func isCJKPunct(a, b rune) bool {
	return unicode.Is(unicode.P, a) || unicode.Is(unicode.P, b)
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// isCJK reports whether r is a Han character or CJK/full-width punctuation.
func isCJK(r rune) bool {
	return r >= 0x2E80 && r <= 0x9FFF || r >= 0xF900 && r <= 0xFAFF ||
		r >= 0xFF00 && r <= 0xFFEF || r >= 0x20000 && r <= 0x3FFFF ||
		r == '“' || r == '”' || r == '‘' || r == '’' || r == '—' || r == '…' || r == '·'
}

// IsHan reports whether r is a Han ideograph.
func IsHan(r rune) bool { return unicode.Is(unicode.Han, r) }
