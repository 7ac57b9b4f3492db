package pdftext

import (
	"github.com/ledongthuc/pdf"
)

// resources is a resource dictionary (of a page or a Form XObject) with
// its lookups cached by name for the life of one page: WPS sets the same
// ExtGState before every text run, and every access through pdf.Value
// would parse the object again.
type resources struct {
	v    pdf.Value
	subs map[string]pdf.Value

	fonts   map[string]*font
	gstates map[string]*extGState
	spaces  map[string]cspace
	xobjs   map[string]*xobject
}

type extGState struct {
	lw       float64
	hasLW    bool
	font     *font
	fontSize float64
}

type xkind uint8

const (
	xOther xkind = iota
	xImage
	xForm
)

// xobject is an XObject as used on one page; a form's decoded content is
// kept for the page so that a form drawn many times is decoded once.
type xobject struct {
	kind   xkind
	v      pdf.Value
	ref    ref
	hasRef bool
	matrix matrix
	res    *resources
	loaded bool
	data   []byte
}

func newResources(v pdf.Value) *resources {
	return &resources{v: v}
}

// sub returns the resource category dictionary (Font, XObject...).
func (r *resources) sub(key string) pdf.Value {
	if v, ok := r.subs[key]; ok {
		return v
	}
	if r.subs == nil {
		r.subs = map[string]pdf.Value{}
	}
	v := r.v.Key(key)
	r.subs[key] = v
	return v
}

// font returns the font named name (without allocating once it is known:
// Tf is among the most frequent operators).
func (r *resources) font(d *Document, name []byte) *font {
	if f, ok := r.fonts[string(name)]; ok {
		return f
	}
	if r.fonts == nil {
		r.fonts = map[string]*font{}
	}
	f := d.font(r.sub("Font"), string(name))
	r.fonts[string(name)] = f
	return f
}

func (r *resources) extGState(d *Document, name string) *extGState {
	if g, ok := r.gstates[name]; ok {
		return g
	}
	if r.gstates == nil {
		r.gstates = map[string]*extGState{}
	}
	var g *extGState
	if v := r.sub("ExtGState").Key(name); v.Kind() == pdf.Dict {
		g = &extGState{}
		if lw := v.Key("LW"); lw.Kind() == pdf.Integer || lw.Kind() == pdf.Real {
			g.lw, g.hasLW = max(lw.Float64(), 0), true
		}
		if fa := v.Key("Font"); fa.Kind() == pdf.Array && fa.Len() == 2 {
			g.font = d.fontAt(fa, 0)
			g.fontSize = fa.Index(1).Float64()
		}
	}
	r.gstates[name] = g
	return g
}

func (r *resources) colorSpace(name string) cspace {
	if cs, ok := deviceColorSpace(name); ok {
		return cs
	}
	if name == "Pattern" {
		return csOther
	}
	if cs, ok := r.spaces[name]; ok {
		return cs
	}
	if r.spaces == nil {
		r.spaces = map[string]cspace{}
	}
	cs := colorSpaceOf(r.sub("ColorSpace").Key(name), 0)
	r.spaces[name] = cs
	return cs
}

// deviceColorSpace reads a colour space named by itself (DeviceGray, RGB,
// CalRGB …).
func deviceColorSpace(name string) (cspace, bool) {
	switch name {
	case "DeviceGray", "G", "CalGray":
		return csGray, true
	case "DeviceRGB", "RGB", "CalRGB":
		return csRGB, true
	case "DeviceCMYK", "CMYK":
		return csCMYK, true
	}
	return 0, false
}

func colorSpaceOf(v pdf.Value, depth int) cspace {
	switch v.Kind() {
	case pdf.Name:
		if cs, ok := deviceColorSpace(v.Name()); ok {
			return cs
		}
	case pdf.Array:
		switch v.Index(0).Name() {
		case "CalGray":
			return csGray
		case "CalRGB":
			return csRGB
		case "ICCBased":
			switch v.Index(1).Key("N").Int64() {
			case 1:
				return csGray
			case 3:
				return csRGB
			case 4:
				return csCMYK
			}
			if depth < 4 {
				return colorSpaceOf(v.Index(1).Key("Alternate"), depth+1)
			}
		case "Separation", "DeviceN":
			return csTint
		}
	}
	return csOther
}

func (r *resources) xobject(name string) *xobject {
	if x, ok := r.xobjs[name]; ok {
		return x
	}
	if r.xobjs == nil {
		r.xobjs = map[string]*xobject{}
	}
	dict := r.sub("XObject")
	var x *xobject
	if v := dict.Key(name); v.Kind() == pdf.Stream {
		x = &xobject{v: v, matrix: identity}
		x.ref, x.hasRef = refOf(dict, name)
		switch v.Key("Subtype").Name() {
		case "Image":
			x.kind = xImage
		case "Form":
			x.kind = xForm
			if m := v.Key("Matrix"); m.Kind() == pdf.Array && m.Len() == 6 {
				for i := range x.matrix {
					x.matrix[i] = clampNum(m.Index(i).Float64())
				}
			}
			if rv := v.Key("Resources"); rv.Kind() == pdf.Dict {
				x.res = newResources(rv)
			}
		}
	}
	r.xobjs[name] = x
	return x
}

func clampNum(v float64) float64 {
	if v != v {
		return 0
	}
	return min(max(v, -maxNumber), maxNumber)
}

// fontAt is Document.font for element i of an array (an ExtGState /Font).
func (d *Document) fontAt(arr pdf.Value, i int) *font {
	r, ok := refAt(arr, i)
	if !ok {
		v := arr.Index(i)
		if v.Kind() != pdf.Dict {
			return nil
		}
		return d.loadFont(v)
	}
	e := d.fontEntry(r)
	e.once.Do(func() {
		if v := arr.Index(i); v.Kind() == pdf.Dict {
			e.f = d.loadFont(v)
		}
	})
	return e.f
}

func (d *Document) fontEntry(r ref) *fontEntry {
	d.mu.Lock()
	defer d.mu.Unlock()
	e := d.fonts[r]
	if e == nil {
		e = &fontEntry{}
		d.fonts[r] = e
	}
	return e
}
