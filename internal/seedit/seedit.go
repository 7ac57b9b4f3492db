// Package seedit edits the seed report's text for tests: edits that a
// misreading would make, so that tests can show what gouji does with them.
package seedit

import "strings"

// ShiftAmounts simulates a table read with its amounts one column off: in
// every data row of the table under the line form (公开05表) that has five
// cells — code, name and three amounts — the first amount is lost and the
// others move one column to the left. It returns the edited text and the
// number of rows shifted.
func ShiftAmounts(text, form string) (string, int) {
	lines := strings.Split(text, "\n")
	start := -1
	for i, l := range lines {
		if strings.TrimSpace(l) == form {
			start = i
			break
		}
	}
	if start < 0 {
		return text, 0
	}
	shifted := 0
	for i := start; i < len(lines) && i < start+80; i++ {
		f := strings.Split(lines[i], "\t")
		if len(f) != 5 || !(f[0] == "合计" || isDigits(f[0])) {
			continue
		}
		lines[i] = strings.Join(append(f[:2:2], f[3:]...), "\t") + "\t"
		shifted++
	}
	return strings.Join(lines, "\n"), shifted
}

func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}
