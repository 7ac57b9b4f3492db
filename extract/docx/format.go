package docx

import (
	"strconv"
	"strings"
)

// formatNumber prints n in a Word number format (w:numFmt).
func formatNumber(n int, format string) string {
	switch format {
	case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographTraditional", "taiwaneseCounting", "taiwaneseCountingThousand":
		if format == "ideographTraditional" {
			return cycle(n, []string{"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"})
		}
		return chinese(n)
	case "upperLetter":
		return letters(n, 'A')
	case "lowerLetter":
		return letters(n, 'a')
	case "upperRoman":
		return roman(n)
	case "lowerRoman":
		return strings.ToLower(roman(n))
	case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
		if n >= 1 && n <= 20 {
			return string(rune('①' + n - 1))
		}
	case "decimalZero":
		if n < 10 {
			return "0" + strconv.Itoa(n)
		}
	case "none", "bullet":
		return ""
	}
	return strconv.Itoa(n)
}

func cycle(n int, names []string) string {
	if n < 1 {
		return strconv.Itoa(n)
	}
	return names[(n-1)%len(names)]
}

var digits = []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}

// chinese prints n the way list numbers count in Chinese: 一 … 十, 十一,
// 二十一, 一百零五.
func chinese(n int) string {
	if n <= 0 || n >= 10000 {
		return strconv.Itoa(n)
	}
	var b strings.Builder
	units := []struct {
		v    int
		name string
	}{{1000, "千"}, {100, "百"}, {10, "十"}}
	zero := false
	for _, u := range units {
		d := n / u.v
		n %= u.v
		switch {
		case d > 0:
			if zero {
				b.WriteString("零")
				zero = false
			}
			if !(u.v == 10 && d == 1 && b.Len() == 0) {
				b.WriteString(digits[d])
			}
			b.WriteString(u.name)
		case b.Len() > 0:
			zero = true
		}
	}
	if n > 0 {
		if zero {
			b.WriteString("零")
		}
		b.WriteString(digits[n])
	}
	return b.String()
}

func letters(n int, base rune) string {
	if n < 1 {
		return strconv.Itoa(n)
	}
	k := (n - 1) / 26
	return strings.Repeat(string(base+rune((n-1)%26)), k+1)
}

func roman(n int) string {
	if n < 1 || n >= 4000 {
		return strconv.Itoa(n)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}
