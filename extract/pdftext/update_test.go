package pdftext

import (
	"math"
	"os"
	"strings"
	"testing"
)

// TestToUser: ToUser undoes the page matrix for every /Rotate, with a
// MediaBox away from the origin and a CropBox inside it.
func TestToUser(t *testing.T) {
	for _, rot := range []int{0, 90, 180, 270} {
		pi := pageInfo{media: [4]float64{10, 20, 620, 812}, crop: [4]float64{30, 40, 600, 800}, hasCr: true, rotate: rot}
		d := &Document{pages: []pageInfo{pi}}
		m, _, _ := pageMatrix(pi.visible(), rot)
		for _, p := range [][2]float64{{30, 40}, {600, 800}, {123.5, 456.25}} {
			x, y := m.apply(p[0], p[1])
			ux, uy := d.ToUser(1, x, y)
			if math.Abs(ux-p[0]) > 1e-9 || math.Abs(uy-p[1]) > 1e-9 {
				t.Errorf("rotate %d: user %v → page (%g, %g) → user (%g, %g)", rot, p, x, y, ux, uy)
			}
		}
	}
}

// TestPageEntries: a page dictionary is written back with its references
// as references, and the trailer names the catalog.
func TestPageEntries(t *testing.T) {
	data, err := os.ReadFile("../../corpus/real/putuo-wanli-2024-budget.pdf")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Open(data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := d.PageRef(1); !ok {
		t.Fatal("no reference for page 1")
	}
	es, _, err := d.PageEntries(1)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, e := range es {
		got[e.Key] = e.Value
	}
	if got["Type"] != "/Page" || !strings.HasSuffix(got["Parent"], " R") || got["Contents"] == "" {
		t.Errorf("page 1 written as %v", got)
	}
	tr, err := d.TrailerEntries()
	if err != nil {
		t.Fatal(err)
	}
	root := false
	for _, e := range tr {
		root = root || e.Key == "Root" && strings.HasSuffix(e.Value, " R")
	}
	if !root {
		t.Errorf("trailer %v has no /Root reference", tr)
	}
}
