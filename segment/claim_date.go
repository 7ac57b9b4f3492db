package segment

import (
	"strings"
)

// Date claims: a date or year the text is about ("截至2021年12月31日",
// "2021年度").

// dates makes date claims: "截至2021年12月31日", "2021年度", and a year
// at the head of a sentence. Years inside quotes and titles are names.
func (e *engine) dates(si int, text string, base int, ms []Mention, refs []int) {
	q := mentionParser{s: text}
	for i, m := range ms {
		if m.Kind != KindYear && m.Kind != KindDate {
			continue
		}
		at := m.Start - base
		if at < 0 || at > len(text) {
			continue
		}
		before := strings.TrimRight(text[:at], " ")
		if q.inQuotes(at) {
			continue
		}
		aspect := ""
		switch {
		case suffixBefore(before, len(before), []string{"截止到", "截至到", "截止至", "截至", "截止"}) != "":
			aspect = "截至"
		case m.Kind == KindYear && strings.HasSuffix(m.Text, "年度"):
			aspect = "年度"
		case m.Kind == KindYear && m.DateEnd == nil && (i == 0 && strings.TrimSpace(before) == "" || i == 1 && ms[0].Kind == KindOrdinal && strings.TrimSpace(text[ms[0].End-base:at]) == ""):
			aspect = "年"
		}
		if aspect == "" {
			continue
		}
		id := e.addClaim(ClaimDate, si, Subject{}, aspect)
		c := &e.res.Claims[id]
		c.Date, c.DateEnd = m.Date, m.DateEnd
		e.addArg(id, e.argRef(refs[i], RoleDate, ""))
	}
}
