package pdftext

import "testing"

// Borders drawn as filled slivers with a mitred end (guangzhou-tjj-2026:
// "162.86 474.79 m 253.5 474.79 l 253.5 474.04 l 163.61 474.04 l h f") are
// rules; a slanted line or a filled box is not.
func TestThinPolygon(t *testing.T) {
	cases := []struct {
		name string
		pts  []pathPt
		want bool
	}{
		{"horizontal sliver", []pathPt{{x: 162.86, y: 474.79}, {x: 253.5, y: 474.79}, {x: 253.5, y: 474.04}, {x: 163.61, y: 474.04}}, true},
		{"vertical sliver", []pathPt{{x: 162.86, y: 442.09}, {x: 162.86, y: 474.79}, {x: 163.61, y: 474.04}, {x: 163.61, y: 442.09}}, true},
		{"slanted line", []pathPt{{x: 0, y: 0}, {x: 100, y: 50}, {x: 100.5, y: 50}, {x: 0.5, y: 0}}, false},
		{"box", []pathPt{{x: 0, y: 0}, {x: 100, y: 0}, {x: 100, y: 20}, {x: 0, y: 20}}, false},
		{"curve", []pathPt{{x: 0, y: 0}, {x: 100, y: 0, curve: true}, {x: 100, y: 0.5}}, false},
	}
	for _, c := range cases {
		if _, ok := thinPolygon(c.pts); ok != c.want {
			t.Errorf("%s: thin = %v, want %v", c.name, ok, c.want)
		}
	}
}
