package i18n

import (
	"fmt"
	"strings"
)

// ID names a message of the catalogues ("sum.total"). Ids are ASCII and
// stable: scripts may read them (the JSON field message_id).
type ID string

// Msg is a message to be rendered in the reader's language: an id of the
// catalogues and the arguments its format takes. The zero Msg renders as
// "".
type Msg struct {
	ID   ID
	Args []any
	// text is the message of Text: a string no catalogue holds; with
	// join, the separator of Join.
	text string
	join bool
}

// M is the message id with args.
func M(id ID, args ...any) Msg { return Msg{ID: id, Args: args} }

// Text is a message no catalogue holds, printed as it is in every
// language: for text that is the report's own (a quote, a name) and
// needs no translation. Messages for people belong in the catalogues.
func Text(s string) Msg { return Msg{text: s} }

// Join is a message that prints parts in order with sep between them
// ("本年支出/小计 + 本年支出/基本支出"), each part rendered in the language of
// the whole.
func Join(sep string, parts ...any) Msg { return Msg{Args: parts, text: sep, join: true} }

// Arg is a message that prints one argument (a Figure, a Num) alone,
// rendered in the language of the whole.
func Arg(a any) Msg { return Join("", a) }

// IsZero reports whether m is the zero Msg.
func (m Msg) IsZero() bool { return m.ID == "" && m.text == "" && len(m.Args) == 0 }

// In renders m in language l. An id that l's catalogue lacks falls back
// to English, and one no catalogue holds prints as the id and its
// arguments (the catalogue tests keep that from happening).
func (m Msg) In(l Lang) string {
	if m.join {
		var b strings.Builder
		for i, a := range renderArgs(l, m.Args) {
			if i > 0 {
				b.WriteString(m.text)
			}
			fmt.Fprint(&b, a)
		}
		return b.String()
	}
	if m.ID == "" {
		return m.text
	}
	format, ok := catalogue(l)[m.ID]
	if !ok {
		format, ok = en[m.ID]
	}
	args := renderArgs(l, m.Args)
	if !ok {
		return string(m.ID) + fmt.Sprint(args...)
	}
	return fmt.Sprintf(format, args...)
}

// String renders m in English.
func (m Msg) String() string { return m.In(En) }

// catalogue returns language l's catalogue.
func catalogue(l Lang) map[ID]string {
	if l == Zh {
		return zh
	}
	return en
}

// Has reports whether language l's catalogue holds id.
func Has(l Lang, id ID) bool {
	_, ok := catalogue(l)[id]
	return ok
}

// renderArgs renders the arguments that depend on the language: messages
// and amounts.
func renderArgs(l Lang, args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		switch v := a.(type) {
		case Msg:
			out[i] = v.In(l)
		case Num:
			out[i] = v.In(l)
		case Amount:
			out[i] = v.In(l)
		case Figure:
			out[i] = v.In(l)
		case Lang:
			out[i] = v.String()
		default:
			out[i] = a
		}
	}
	return out
}

// Num is an amount as gouji computed it ("2961.68", "-12.5"): in Chinese
// it prints as a report prints amounts, with thousands separators
// (2,961.68); in English as it is.
type Num string

// In renders the amount in language l.
func (n Num) In(l Lang) string {
	if l != Zh {
		return string(n)
	}
	return Group(string(n))
}

// Group inserts thousands separators into the integer part of a decimal
// ("2961.68" → "2,961.68", "-1234567" → "-1,234,567"); anything that is
// not a plain decimal is returned as it is.
func Group(s string) string {
	sign, rest := "", s
	if strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "+") {
		sign, rest = rest[:1], rest[1:]
	}
	intPart, frac := rest, ""
	if i := strings.IndexByte(rest, '.'); i >= 0 {
		intPart, frac = rest[:i], rest[i:]
	}
	if intPart == "" || strings.Trim(intPart, "0123456789") != "" || strings.Trim(frac, ".0123456789") != "" || strings.Count(frac, ".") > 1 {
		return s
	}
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return sign + b.String() + frac
}

// Amount is an amount with its unit where the English message leaves the
// unit to the table's heading: in English it prints as the amount alone
// ("2961.68"), in Chinese as the report prints it, grouped and with its
// unit (2,961.68万元).
type Amount struct {
	Value Num
	Unit  string
}

// In renders the amount in language l.
func (a Amount) In(l Lang) string {
	if l != Zh {
		return string(a.Value)
	}
	return a.Value.In(l) + a.Unit
}

// Figure is a figure as the report prints it, with its unit ("2106.66万元",
// "71.73%"): in Chinese its first number is grouped as the tables group
// amounts (2,106.66万元); in English it prints as it is.
type Figure string

// In renders the figure in language l.
func (f Figure) In(l Lang) string {
	s := string(f)
	if l != Zh {
		return s
	}
	start := strings.IndexAny(s, "0123456789")
	if start < 0 {
		return s
	}
	end := start
	for end < len(s) && (s[end] >= '0' && s[end] <= '9' || s[end] == '.') {
		end++
	}
	if end < len(s) && s[end] == ',' {
		return s // grouped as printed
	}
	return s[:start] + Group(s[start:end]) + s[end:]
}
