package tables

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/gouji/gouji/i18n"
)

// View is an analysed table as a person compares it with the page: title,
// unit, pages, the heading path of every column with its role, and every
// body row with its code, name, level and printed cells. `gouji extract
// --tables` prints it; golden tables written by hand are compared with it.
type View struct {
	Title  string `json:"title"`
	Form   string `json:"form,omitempty"`
	Unit   string `json:"unit,omitempty"`
	Pages  []int  `json:"pages"`
	Kind   string `json:"kind"`
	Header int    `json:"header_rows"`
	// Unread says why the table was not understood (see Index.Unread); ""
	// for a table read with confidence.
	Unread string       `json:"unread,omitempty"`
	Cols   []ColumnView `json:"columns"`
	Rows   []RowView    `json:"rows"`
}

// ColumnView is one column of a View.
type ColumnView struct {
	Index int      `json:"index"`
	Path  []string `json:"path"`
	Role  string   `json:"role"`
	Panel int      `json:"panel"`
}

// RowView is one body row of a View: the printed cells, and what the
// records of its panels made of them.
type RowView struct {
	Row   int          `json:"row"`
	Page  int          `json:"page"`
	Cells []string     `json:"cells"`
	Items []RecordView `json:"records,omitempty"`
}

// RecordView is one record (one panel of a row).
type RecordView struct {
	Panel   int    `json:"panel"`
	Code    string `json:"code,omitempty"`
	Label   string `json:"label,omitempty"`
	Level   int    `json:"level,omitempty"`
	Parent  string `json:"parent,omitempty"`
	Heading bool   `json:"heading,omitempty"`
}

var roleNames = [...]string{
	RoleNone:  "none",
	RoleCode:  "code",
	RolePart:  "code-part",
	RoleLabel: "label",
	RoleSeq:   "line-number",
	RoleValue: "amount",
}

func (r Role) String() string {
	if r >= 0 && int(r) < len(roleNames) {
		return roleNames[r]
	}
	return "none"
}

// View returns the table as it was read.
func (t *Table) View() View {
	v := View{Title: t.Src.Title, Form: t.Src.FormID, Unit: t.Src.Unit, Pages: t.Src.Pages,
		Kind: t.Kind.String(), Header: t.Header}
	for _, c := range t.Columns {
		path := c.Path
		if path == nil {
			path = []string{}
		}
		v.Cols = append(v.Cols, ColumnView{Index: c.Index, Path: path, Role: c.Role.String(), Panel: c.Panel})
	}
	g := newGrid(t.Src)
	byRow := map[int][]*Record{}
	for _, r := range t.Records {
		byRow[r.Row] = append(byRow[r.Row], r)
	}
	for r := t.Header; r < g.rows; r++ {
		row := RowView{Row: r, Cells: make([]string, g.cols)}
		for c := 0; c < g.cols; c++ {
			row.Cells[c] = g.originText(r, c)
			if cell := g.origin(r, c); cell != nil && row.Page == 0 {
				row.Page = cell.Page
			}
		}
		for _, rec := range byRow[r] {
			rv := RecordView{Panel: rec.Panel, Code: rec.Code, Label: rec.Label, Level: rec.Level, Heading: rec.Heading}
			if rec.Parent != nil {
				rv.Parent = rec.Parent.Code
				if rv.Parent == "" {
					rv.Parent = rec.Parent.Label
				}
			}
			row.Items = append(row.Items, rv)
		}
		v.Rows = append(v.Rows, row)
	}
	return v
}

// WriteText prints the view for a person: a line for the table, one for
// each column, then one for each body row with its cells separated by
// " | " and what its records were read as.
func (v View) WriteText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "表 %s", orDash(v.Title))
	if v.Form != "" {
		fmt.Fprintf(&b, "（%s）", v.Form)
	}
	fmt.Fprintf(&b, "  单位：%s  页：%s  类型：%s  表头：%d 行\n", orDash(v.Unit), pageList(v.Pages), v.Kind, v.Header)
	if v.Unread != "" {
		fmt.Fprintf(&b, "  未能读懂，不据此表核对：%s\n", v.Unread)
	}
	for _, c := range v.Cols {
		fmt.Fprintf(&b, "  列%-2d %-11s 栏%-2d %s\n", c.Index, c.Role, c.Panel, orDash(strings.Join(c.Path, " / ")))
	}
	for _, r := range v.Rows {
		fmt.Fprintf(&b, "  行%-3d p%-3d %s", r.Row, r.Page, strings.Join(r.Cells, " | "))
		for _, it := range r.Items {
			b.WriteString("   ⟶ ")
			if it.Heading {
				b.WriteString("表头 ")
			}
			fmt.Fprintf(&b, "[%d] %s %s", it.Panel, orDash(it.Code), orDash(it.Label))
			if it.Level > 0 {
				fmt.Fprintf(&b, " L%d", it.Level)
			}
			if it.Parent != "" {
				fmt.Fprintf(&b, " ↑%s", it.Parent)
			}
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func pageList(pages []int) string {
	if len(pages) == 0 {
		return "—"
	}
	s := make([]string, len(pages))
	for i, p := range pages {
		s[i] = fmt.Sprint(p)
	}
	return strings.Join(s, ",")
}

// Views returns every table of the index in document order, those set
// aside as not understood included, with the reason.
func (ix *Index) Views() []View {
	all := append([]*Table(nil), ix.Tables...)
	why := map[*Table]i18n.Msg{}
	for _, u := range ix.Unread {
		all = append(all, u.Table)
		why[u.Table] = u.Why
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].Block < all[j].Block })
	out := make([]View, len(all))
	for i, t := range all {
		out[i] = t.View()
		out[i].Unread = why[t].String()
	}
	return out
}
