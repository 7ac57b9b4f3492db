package docx

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/gouji/gouji/extract/ooxml"
)

// numbering holds a document's list definitions (numbering.xml) and the
// counters of the lists met so far, so that each numbered paragraph gets
// its number as printed: "（一）", "1.", "第一章".
type numbering struct {
	// nums maps a numId to its abstract list and level overrides.
	nums map[string]*num
	// abstracts maps an abstractNumId to its levels.
	abstracts map[string]map[int]*level
	// styles maps a paragraph style to the numPr it carries, through its
	// basedOn chain.
	styles map[string]styleNum
	// counters are the current numbers per abstract list and level.
	counters map[string]map[int]int
}

type num struct {
	abstract string
	starts   map[int]int
}

type level struct {
	start int
	fmt   string
	text  string
	suff  string
}

type styleNum struct {
	numID, ilvl, basedOn string
	hasNum               bool
}

// readNumbering reads numbering.xml and styles.xml when the package has
// them; a document without lists has an empty numbering.
func readNumbering(pkg *ooxml.Package, limits ooxml.Limits) (*numbering, error) {
	n := &numbering{nums: map[string]*num{}, abstracts: map[string]map[int]*level{}, styles: map[string]styleNum{}, counters: map[string]map[int]int{}}
	main := MainPart(pkg)
	dir := main[:strings.LastIndex(main, "/")+1]
	rels := dir + "_rels/" + main[len(dir):] + ".rels"
	for _, part := range []struct{ typ, def string }{{"/numbering", "numbering.xml"}, {"/styles", "styles.xml"}} {
		name := relTarget(pkg, rels, dir, part.typ)
		if name == "" {
			name = dir + part.def
		}
		if !pkg.Has(name) {
			continue
		}
		data, err := pkg.Read(name)
		if err != nil {
			return nil, err
		}
		if err := n.read(data, limits); err != nil {
			return nil, err
		}
	}
	return n, nil
}

// read takes the list and style definitions from one part.
func (n *numbering) read(data []byte, limits ooxml.Limits) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	depth := 0
	var abs map[int]*level
	var lvl *level
	var cur *num
	var overrideLvl = -1
	var style string
	var sn styleNum
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%w: %v", ooxml.ErrDamaged, err)
		}
		if e, ok := tok.(xml.EndElement); ok {
			depth--
			if e.Name.Space == nsW && e.Name.Local == "style" && style != "" {
				n.styles[style] = sn
				style = ""
			}
			continue
		}
		t, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if depth++; depth > limits.MaxDepth {
			return fmt.Errorf("%w: elements nested deeper than %d", ooxml.ErrLimit, limits.MaxDepth)
		}
		if t.Name.Space != nsW {
			continue
		}
		val := attr(t, "val")
		switch t.Name.Local {
		case "abstractNum":
			abs = map[int]*level{}
			n.abstracts[attr(t, "abstractNumId")] = abs
			cur = nil
		case "lvl":
			lvl = &level{start: 1, suff: "tab"}
			if abs != nil && cur == nil {
				abs[atoi(attr(t, "ilvl"), 0)] = lvl
			}
		case "start":
			if lvl != nil {
				lvl.start = atoi(val, 1)
			}
		case "numFmt":
			if lvl != nil {
				lvl.fmt = val
			}
		case "lvlText":
			if lvl != nil {
				lvl.text = val
			}
		case "suff":
			if lvl != nil {
				lvl.suff = val
			}
		case "num":
			cur = &num{starts: map[int]int{}}
			n.nums[attr(t, "numId")] = cur
			abs, lvl = nil, nil
		case "abstractNumId":
			if cur != nil {
				cur.abstract = val
			}
		case "lvlOverride":
			overrideLvl = atoi(attr(t, "ilvl"), 0)
		case "startOverride":
			if cur != nil && overrideLvl >= 0 {
				cur.starts[overrideLvl] = atoi(val, 1)
			}
		case "style":
			style, sn = attr(t, "styleId"), styleNum{}
		case "basedOn":
			sn.basedOn = val
		case "numId":
			sn.numID, sn.hasNum = val, true
		case "ilvl":
			sn.ilvl = val
		}
	}
}

// label returns the list number printed before paragraph p ("（一）"), and
// advances the list's counter; "" for a paragraph outside lists.
func (n *numbering) label(p *paraState) string {
	id, ilvl, ok := p.numID, p.ilvl, p.hasNum
	if !ok {
		id, ilvl, ok = n.styleNumbering(p.style)
	}
	if !ok || id == "" || id == "0" {
		return ""
	}
	nm := n.nums[id]
	if nm == nil {
		return ""
	}
	levels := n.abstracts[nm.abstract]
	lv := atoi(ilvl, 0)
	l := levels[lv]
	if l == nil {
		return ""
	}
	counts := n.counters[nm.abstract]
	if counts == nil {
		counts = map[int]int{}
		n.counters[nm.abstract] = counts
	}
	if c, ok := counts[lv]; ok {
		counts[lv] = c + 1
	} else if s, ok := nm.starts[lv]; ok {
		counts[lv] = s
	} else {
		counts[lv] = l.start
	}
	for k := range counts {
		if k > lv {
			delete(counts, k)
		}
	}
	text := l.text
	for k := 0; k <= 8; k++ {
		ph := "%" + strconv.Itoa(k+1)
		if !strings.Contains(text, ph) {
			continue
		}
		f, c := "decimal", counts[k]
		if lk := levels[k]; lk != nil {
			f = lk.fmt
			if _, seen := counts[k]; !seen {
				c = lk.start
			}
		}
		if k == lv {
			f = l.fmt
		}
		text = strings.ReplaceAll(text, ph, formatNumber(c, f))
	}
	switch {
	case l.fmt == "bullet" || l.fmt == "none" && !strings.ContainsAny(text, "0123456789"):
		return ""
	case l.suff == "nothing":
		return text
	}
	return text + " "
}

// styleNumbering follows a style's basedOn chain to the numbering it
// carries.
func (n *numbering) styleNumbering(style string) (id, ilvl string, ok bool) {
	for range 16 {
		s, found := n.styles[style]
		if !found {
			return "", "", false
		}
		if s.hasNum {
			return s.numID, s.ilvl, true
		}
		style = s.basedOn
	}
	return "", "", false
}
