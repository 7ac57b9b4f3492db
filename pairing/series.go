package pairing

import (
	"fmt"
	"path/filepath"
	"sort"

	"github.com/gouji/gouji/num"
	"github.com/gouji/gouji/reconcile"
	"github.com/shopspring/decimal"
)

// SeriesItems are the headline figures of a series row, in order: the
// item's name and the probe names (reconcile.Summary.Headline) that give
// it, first found first.
var SeriesItems = []struct {
	Name   string
	Probes []string
}{
	{"收入合计", []string{"收入合计", "收入总计"}},
	{"支出合计", []string{"支出合计", "支出总计"}},
	{"财政拨款", []string{"财政拨款收入", "财政拨款支出"}},
	{"基本支出", []string{"基本支出"}},
	{"项目支出", []string{"项目支出"}},
	{"三公经费", []string{"三公经费"}},
	{"因公出国（境）费", []string{"因公出国（境）费"}},
	{"公务用车购置及运行费", []string{"公务用车购置及运行费"}},
	{"公务用车购置费", []string{"公务用车购置费"}},
	{"公务用车运行维护费", []string{"公务用车运行维护费"}},
	{"公务接待费", []string{"公务接待费"}},
	{"会议费", []string{"会议费"}},
	{"培训费", []string{"培训费"}},
	{"机关运行经费", []string{"机关运行经费"}},
}

// SeriesValue is one headline figure of one report.
type SeriesValue struct {
	Item string `json:"item"`
	// Value is in 万元, as printed (to its printed precision); "" when the
	// report prints no such figure.
	Value string `json:"value"`
	// Place is where it stands: file, page, table and row.
	Place string `json:"place,omitempty"`
	// Change is Value minus the year before's, "" without one.
	Change string `json:"change,omitempty"`
	// Restated is last year's figure as this report gives it, set only when
	// it differs from what last year's report printed (Previous).
	Restated string `json:"restated,omitempty"`
	Previous string `json:"previous,omitempty"`
}

// SeriesRow is one report of one issuer and year.
type SeriesRow struct {
	Issuer string        `json:"issuer"`
	Year   int           `json:"year"`
	Kind   string        `json:"kind"`
	File   string        `json:"file"`
	Values []SeriesValue `json:"values"`
}

// Series returns one row per report, grouped by issuer (by normalised
// name, then year and kind), with each row's change from the same
// issuer's report of the year before.
func Series(sums []*reconcile.Summary) []SeriesRow {
	idx := make([]int, 0, len(sums))
	for i, s := range sums {
		if s != nil {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool {
		x, y := sums[idx[a]].Identity, sums[idx[b]].Identity
		if x.IssuerKey != y.IssuerKey {
			return x.IssuerKey < y.IssuerKey
		}
		if x.Kind != y.Kind {
			return x.Kind < y.Kind
		}
		if x.Year != y.Year {
			return x.Year < y.Year
		}
		return sums[idx[a]].File < sums[idx[b]].File
	})
	var rows []SeriesRow
	for _, i := range idx {
		s := sums[i]
		var prev *reconcile.Summary
		if j := find(sums, s.Identity, s.Identity.Year-1, s.Identity.Kind); j >= 0 && s.Identity.Year > 0 {
			prev = sums[j]
		}
		rows = append(rows, seriesRow(s, prev))
	}
	return rows
}

func seriesRow(s, prev *reconcile.Summary) SeriesRow {
	row := SeriesRow{Issuer: s.Identity.Issuer, Year: s.Identity.Year, Kind: s.Identity.Kind.String(), File: s.File}
	for _, it := range SeriesItems {
		v := SeriesValue{Item: it.Name}
		cur, ok := headline(s, it.Probes)
		if ok {
			v.Value, v.Place = wan(cur.Iv), place(s, cur.Evidence)
		}
		if prev != nil {
			if p, okp := headline(prev, it.Probes); okp {
				if ok {
					v.Change = wanDiff(cur.Iv, p.Iv)
				}
				if r, differs := restatedOf(s, it.Probes, p); differs {
					v.Restated, v.Previous = r, wan(p.Iv)
				}
			}
		}
		row.Values = append(row.Values, v)
	}
	return row
}

// headline is the first table figure of the probes a report prints, else
// the first figure its narrative states for the item.
func headline(s *reconcile.Summary, probes []string) (reconcile.Printed, bool) {
	for _, p := range probes {
		if f, ok := s.Headline[p]; ok {
			return f, true
		}
	}
	for _, p := range probes {
		for _, f := range s.Figures[reconcile.ItemKey(p)] {
			if f.Evidence.Kind == reconcile.EvidenceText {
				return f, true
			}
		}
	}
	return reconcile.Printed{}, false
}

// restatedOf is last year's figure as s gives it for the item, when
// none of its ways of giving it agrees with last year's printed p.
func restatedOf(s *reconcile.Summary, probes []string, p reconcile.Printed) (string, bool) {
	key := reconcile.ItemKey(probes[0])
	for _, r := range s.Restated {
		if r.Key != key {
			continue
		}
		for _, w := range r.Ways {
			if !w.Prev.Overlaps(p.Iv) {
				return wan(w.Prev), true
			}
		}
	}
	return "", false
}

var tenThousand = decimal.New(1, 4)

// wan prints an interval of 元 as 万元, its midpoint to two decimals.
func wan(iv num.Interval) string {
	return iv.Mid().Div(tenThousand).StringFixed(2)
}

func wanDiff(a, b num.Interval) string {
	d := a.Mid().Sub(b.Mid()).Div(tenThousand)
	if d.Sign() > 0 {
		return "+" + d.StringFixed(2)
	}
	return d.StringFixed(2)
}

// place names where a figure stands: "file p13 table [row]".
func place(s *reconcile.Summary, e reconcile.Evidence) string {
	file := e.File
	if file == "" {
		file = s.File
	}
	out := fmt.Sprintf("%s p%d", filepath.Base(file), e.Page)
	if e.Table != "" {
		out += " " + e.Table
	}
	if e.Row != "" {
		out += " [" + e.Row + "]"
	}
	return out
}
