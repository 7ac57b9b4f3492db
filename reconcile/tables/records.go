package tables

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gouji/gouji/extract"
)

// buildRecords reads every data row, panel by panel.
func (t *Table) buildRecords(g *grid) {
	// last类 and last款 per panel: a split code may print its 类 (and 款)
	// only on the first row of a group.
	lastLei := make([]string, len(t.Panels))
	lastKuan := make([]string, len(t.Panels))
	for r := t.Header; r < g.rows; r++ {
		quote := strings.Join(g.rowTexts(r), " ")
		page, line := t.rowPlace(g, r)
		recs := make([]*Record, len(t.Panels))
		for p := range t.Panels {
			rec := &Record{Row: r, Panel: p, Cells: map[int]Cell{}, Page: page, Line: line, Quote: quote}
			var parts [3]string
			nPart := 0
			for _, c := range t.Panels[p].Columns {
				col := &t.Columns[c]
				switch col.Role {
				case RoleCode:
					s, cell := g.labelText(r, c)
					rec.noteIndent(cell)
					switch {
					case IsCode(s):
						parts[0] = s
					case govCodePattern.MatchString(s):
						rec.Gov = s
					case !IsNil(s):
						if code, name, ok := SplitCodeName(s); ok {
							parts[0] = code
							rec.setLabel(name)
						} else {
							rec.setLabel(s)
						}
					}
				case RolePart:
					s, _ := g.labelText(r, c)
					i := 1 + nPart
					switch col.Leaf() {
					case "款":
						i = 1
					case "项":
						i = 2
					}
					nPart++
					if partPattern.MatchString(s) && i <= 2 {
						parts[i] = s
					} else if !IsNil(s) {
						rec.setLabel(s)
					}
				case RoleLabel:
					s, cell := g.labelText(r, c)
					if IsNil(s) || rec.Label != "" {
						continue
					}
					rec.noteIndent(cell)
					if IsCode(s) && parts[0] == "" {
						parts[0] = s
					} else if code, name, ok := SplitCodeName(s); ok && parts[0] == "" {
						parts[0] = code
						rec.setLabel(name)
					} else {
						rec.setLabel(s)
					}
				case RoleValue:
					cell := g.origin(r, c)
					v := Cell{Row: r, Col: c, Page: page, Line: line}
					if cell != nil {
						v.Text = strings.TrimSpace(cell.Text)
						v.Page = cell.Page
						v.Line = cell.SourceLine
						v.Paragraph, v.Ref = cell.Paragraph, cell.Ref
						if v.Page == 0 {
							v.Page = page
						}
					}
					if val, pct, ok := ParseAmount(v.Text); ok {
						v.Value, v.Pct, v.Has = val, pct, true
					} else if !IsNil(v.Text) {
						rec.Heading = true
					}
					rec.Cells[c] = v
				}
			}
			rec.Code = assembleCode(parts, &lastLei[p], &lastKuan[p])
			recs[p] = rec
		}
		// A label merged across panels (公用经费合计 over the second and third
		// panels of the 基本支出 table) leaves its amount in a later panel
		// with no label of its own: give the amount to the label.
		for p := len(recs) - 1; p > 0; p-- {
			cur, prev := recs[p], recs[p-1]
			if cur == nil || prev == nil || cur.Code != "" || cur.Label != "" || !cur.hasValue() {
				continue
			}
			if prev.Label == "" || prev.hasValue() {
				continue
			}
			// The label's own cells are all empty: the amounts are the later
			// panel's.
			prev.Cells = cur.Cells
			recs[p] = nil
		}
		for _, rec := range recs {
			if rec == nil || rec.Code == "" && rec.Label == "" && !rec.hasValue() {
				continue
			}
			if prev := lastOf(t.Records, rec.Panel); prev != nil && prev.absorb(rec) {
				continue
			}
			t.Records = append(t.Records, rec)
		}
	}
}

// lastOf returns the last record of a panel, or nil.
func lastOf(recs []*Record, panel int) *Record {
	for i := len(recs) - 1; i >= 0; i-- {
		if recs[i].Panel == panel {
			return recs[i]
		}
	}
	return nil
}

// rowPlace returns the page and source line of row r.
func (t *Table) rowPlace(g *grid, r int) (page, line int) {
	for c := 0; c < g.cols; c++ {
		if cell := g.origin(r, c); cell != nil {
			return cell.Page, cell.SourceLine
		}
	}
	return t.Page(), 0
}

func (r *Record) setLabel(s string) {
	if r.Label == "" {
		r.Label = s
	}
}

// noteIndent remembers where the label cell starts on the page, for rows
// whose level shows only by indentation.
func (r *Record) noteIndent(cell *extract.Cell) {
	if cell != nil && r.indent == 0 && !cell.Box.Empty() && !IsNil(cell.Text) {
		r.indent = cell.Box.X0
	}
	if cell != nil && r.span == nil && cell.RowSpan > 1 && !IsNil(cell.Text) {
		r.span = cell
	}
}

// absorb merges a record into the previous one when both rows are covered
// by the same merged code or name cell (a wrapped name in a PDF grid): the
// amounts may stand on either row.
func (r *Record) absorb(next *Record) bool {
	if r == nil || next == nil || r.span == nil || r.span != next.span || r.Panel != next.Panel {
		return false
	}
	for c, v := range next.Cells {
		if old, ok := r.Cells[c]; !ok || !old.Has && v.Has {
			r.Cells[c] = v
		}
	}
	r.Heading = r.Heading || next.Heading
	return true
}

func (r *Record) hasValue() bool {
	for _, c := range r.Cells {
		if c.Has {
			return true
		}
	}
	return false
}

// HasValue reports whether any amount is printed on the row.
func (r *Record) HasValue() bool { return r.hasValue() }

// assembleCode joins the parts of a code split over cells, carrying the 类
// and 款 down from earlier rows when a row prints only the lower parts.
func assembleCode(parts [3]string, lastLei, lastKuan *string) string {
	lei, kuan, xiang := parts[0], pad2(parts[1]), pad2(parts[2])
	if len(lei) > 3 {
		// A whole code in one cell.
		*lastLei = lei[:3]
		if len(lei) >= 5 {
			*lastKuan = lei[3:5]
		}
		return lei
	}
	if lei == "" && kuan == "" && xiang == "" {
		return ""
	}
	if lei == "" {
		lei = *lastLei
	}
	if kuan == "" && xiang != "" {
		kuan = *lastKuan
	}
	if len(lei) != 3 {
		return ""
	}
	*lastLei = lei
	code := lei
	if kuan != "" {
		*lastKuan = kuan
		code += kuan
		if xiang != "" {
			code += xiang
		}
	}
	return code
}

func pad2(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}

// buildHierarchy sets each record's level and parent: from its code when
// one is printed; from the names of function 类 and the indentation of
// the rows below them when not.
func (t *Table) buildHierarchy() {
	byCode := map[string]*Record{}
	for _, r := range t.Records {
		switch len(r.Code) {
		case 3:
			r.Level = 1
		case 5:
			r.Level = 2
		case 7:
			r.Level = 3
		}
		if r.Code == "" {
			r.Class = FunctionClassCode(r.Label)
		} else if _, dup := byCode[r.Code]; !dup {
			byCode[r.Code] = r
		}
	}
	// A code may head two groups (301 工资福利支出 under 501 机关工资福利支出
	// and again under 505 对事业单位经常性补助): a row belongs to the last
	// row with its parent code printed above it in its panel, and only
	// when there is none to the first anywhere.
	last := map[[2]string]*Record{}
	for _, r := range t.Records {
		if len(r.Code) >= 5 {
			code := r.Code[:len(r.Code)-2]
			r.Parent = last[[2]string{fmt.Sprint(r.Panel), code}]
			if r.Parent == nil {
				r.Parent = byCode[code]
			}
		}
		if r.Code != "" {
			last[[2]string{fmt.Sprint(r.Panel), r.Code}] = r
		}
	}
	t.indentHierarchy()
}

// indentHierarchy gives levels to the rows of a panel that prints no codes
// but names its function 类 (一般公共服务支出) without item numbers: the rows
// after a 类 belong to it; their indentation on the page, where known,
// tells 款 from 项. Summary tables, whose 类 rows carry item numbers (一、),
// are statements, not hierarchies, and are left alone.
func (t *Table) indentHierarchy() {
	for p := range t.Panels {
		var recs []*Record
		coded := false
		for _, r := range t.Records {
			if r.Panel == p {
				recs = append(recs, r)
				coded = coded || r.Code != ""
			}
		}
		if coded {
			continue
		}
		var class *Record
		var group []*Record
		flush := func() {
			if class != nil {
				levelByIndent(class, group)
			}
			group = nil
		}
		for _, r := range recs {
			switch {
			case r.Class != "" && !Ordinal(r.Label) && !SubItem(r.Label):
				flush()
				class = r
				r.Level = 1
			case IsTotal(r.Label):
				flush()
				class = nil
			case class != nil:
				group = append(group, r)
			}
		}
		flush()
	}
}

// levelByIndent assigns 款 and 项 levels to the rows under a 类 by the
// left edge of their label cells: the least indented rows are 款, the next
// 项. Without positions (text input) nothing is assigned.
func levelByIndent(class *Record, rows []*Record) {
	if class.indent <= 0 || len(rows) == 0 {
		return
	}
	var xs []float64
	for _, r := range rows {
		if r.indent <= class.indent {
			return
		}
		xs = append(xs, r.indent)
	}
	sort.Float64s(xs)
	// Two indentation steps at most; positions within a point are one step.
	levels := []float64{xs[0]}
	for _, x := range xs[1:] {
		if x-levels[len(levels)-1] > 1 {
			levels = append(levels, x)
		}
	}
	if len(levels) > 2 {
		return
	}
	var kuan *Record
	for _, r := range rows {
		if r.indent-levels[0] <= 1 {
			r.Level, r.Parent = 2, class
			kuan = r
		} else if kuan != nil {
			r.Level, r.Parent = 3, kuan
		}
	}
}
