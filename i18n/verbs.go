package i18n

import "fmt"

// verbs returns the verb each argument of a format string is printed with
// ({1: 's', 2: 'd'}, indexes from 1), following fmt's rules for explicit
// argument indexes ("%[2]s"); an argument printed twice with two verbs is
// an error, as is a malformed directive.
func verbs(format string) (map[int]rune, error) {
	out := map[int]rune{}
	arg := 1
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		for i < len(format) && isFlag(format[i]) {
			i++
		}
		if i < len(format) && format[i] == '%' {
			continue
		}
		if i < len(format) && format[i] == '[' {
			n, end := 0, i+1
			for end < len(format) && format[end] >= '0' && format[end] <= '9' {
				n = n*10 + int(format[end]-'0')
				end++
			}
			if end >= len(format) || format[end] != ']' || n == 0 {
				return nil, fmt.Errorf("malformed argument index at byte %d", i)
			}
			arg, i = n, end+1
		}
		for i < len(format) && (format[i] == '.' || format[i] >= '0' && format[i] <= '9') {
			i++
		}
		if i >= len(format) {
			return nil, fmt.Errorf("directive without a verb at the end")
		}
		v := rune(format[i])
		if !(v >= 'a' && v <= 'z' || v >= 'A' && v <= 'Z') {
			return nil, fmt.Errorf("%%%c at byte %d is no verb (write %%%% for a percent sign)", v, i)
		}
		if old, ok := out[arg]; ok && old != v {
			return nil, fmt.Errorf("argument %d printed with %%%c and %%%c", arg, old, v)
		}
		out[arg] = v
		arg++
	}
	return out, nil
}

func isFlag(b byte) bool { return b == '+' || b == '-' || b == '#' || b == ' ' || b == '0' }
