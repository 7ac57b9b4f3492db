package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/segment"
)

const claimsUsage = "usage: gouji claims [--format text|json] [--stats] FILE..."

// runClaims lists the numeric claims of each report's narrative — page,
// kind, subject, aspect and numbers — and the sentences with figures that
// produced none, so the gaps are visible. --stats prints the coverage: the
// share of narrative numbers (amounts, percentages, counts; not years or
// codes) that belong to a claim. Exit codes: 0, or 2 on a usage error or
// a file that cannot be read (the other files are still read).
func runClaims(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("claims", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text or json")
	stats := fs.Bool("stats", false, "print only the coverage statistics")
	fs.Usage = func() {
		fmt.Fprintln(stderr, claimsUsage)
		fs.PrintDefaults()
	}
	files, err := parseInterleaved(fs, args)
	if err != nil {
		if err == flag.ErrHelp {
			return exitOK
		}
		return exitError
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "gouji claims: unknown format %q (want text or json)\n", *format)
		return exitError
	}
	if len(files) == 0 {
		fmt.Fprintln(stderr, claimsUsage)
		return exitError
	}
	code := exitOK
	var results []*segment.Result
	for _, path := range files {
		doc, err := extract.Open(path, extract.Options{})
		if err != nil {
			fmt.Fprintln(stderr, "gouji:", err)
			code = exitError
			continue
		}
		res := segment.Claims(doc)
		switch {
		case *format == "json":
			results = append(results, res)
		case *stats:
			writeClaimStats(stdout, res)
		default:
			writeClaimsText(stdout, res)
		}
	}
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		var out any
		if *stats {
			type docStats struct {
				Source   string        `json:"source"`
				Coverage string        `json:"coverage"`
				Stats    segment.Stats `json:"stats"`
			}
			var ds []docStats
			for _, r := range results {
				ds = append(ds, docStats{r.Source, r.Stats.Coverage(), r.Stats})
			}
			out = struct {
				Tool      string     `json:"tool"`
				Version   string     `json:"version"`
				Documents []docStats `json:"documents"`
			}{"gouji", version, ds}
		} else {
			out = struct {
				Tool      string            `json:"tool"`
				Version   string            `json:"version"`
				Documents []*segment.Result `json:"documents"`
			}{"gouji", version, results}
		}
		if err := enc.Encode(out); err != nil {
			fmt.Fprintln(stderr, "gouji:", err)
			return exitError
		}
	}
	return code
}

func writeClaimStats(w io.Writer, r *segment.Result) {
	st := r.Stats
	fmt.Fprintf(w, "== %s\n", r.Source)
	fmt.Fprintf(w, "coverage %s: %d of %d narrative numbers belong to a claim (%d other numbers: years, dates, ordinals, codes)\n",
		st.Coverage(), st.Claimed, st.Numbers, st.Other)
	for _, k := range st.ByKind {
		if k.Numbers == 0 {
			continue
		}
		fmt.Fprintf(w, "  %-9s %4d of %4d\n", k.Kind, k.Claimed, k.Numbers)
	}
	var parts []string
	total := 0
	for _, c := range st.Claims {
		parts = append(parts, fmt.Sprintf("%s %d", c.Kind, c.Count))
		total += c.Count
	}
	fmt.Fprintf(w, "claims %d: %s\n", total, strings.Join(parts, ", "))
	fmt.Fprintf(w, "sentences with unclaimed numbers: %d of %d\n", len(r.Unclaimed), st.Sentences)
}

func writeClaimsText(w io.Writer, r *segment.Result) {
	head := r.Source
	if r.ReportKind != "" || r.ReportYear != 0 {
		head += fmt.Sprintf(" (%s %d)", r.ReportKind, r.ReportYear)
	}
	fmt.Fprintf(w, "== %s: %d claims, coverage %s\n", head, len(r.Claims), r.Stats.Coverage())
	for _, c := range r.Claims {
		fmt.Fprintf(w, "p%-3d #%-4d %-10s %s\n", c.Source.Page, c.ID, c.Kind, describeClaim(c))
	}
	if len(r.Unclaimed) > 0 {
		fmt.Fprintf(w, "-- sentences with numbers no claim uses: %d\n", len(r.Unclaimed))
		for _, u := range r.Unclaimed {
			s := r.Sentences[u.Sentence]
			var nums []string
			for _, mi := range u.Mentions {
				nums = append(nums, r.Mentions[mi].Text)
			}
			fmt.Fprintf(w, "p%-3d [%s] %s\n", s.Page, strings.Join(nums, " "), s.Text)
		}
	}
	fmt.Fprintln(w)
}

func describeClaim(c segment.Claim) string {
	var b strings.Builder
	subj := c.Subject.Text
	if subj == "" {
		subj = "-"
	}
	b.WriteString(subj)
	if c.Subject.Level != "" {
		fmt.Fprintf(&b, " [%s %s]", c.Subject.Level, c.Subject.Canonical)
	}
	if c.Subject.Inherited {
		b.WriteString(" ^")
	}
	if c.Aspect != "" {
		fmt.Fprintf(&b, " {%s}", c.Aspect)
	}
	if c.Whole != nil {
		fmt.Fprintf(&b, " of %q", c.Whole.Text)
	}
	if c.Direction != "" {
		fmt.Fprintf(&b, " %s", c.Direction)
	}
	if c.Relation != "" {
		fmt.Fprintf(&b, " %s", c.Relation)
	}
	if c.Base != "" {
		fmt.Fprintf(&b, " vs %s", c.Base)
	}
	if c.Date != nil {
		fmt.Fprintf(&b, " %s", formatDate(c.Date, c.DateEnd))
	}
	b.WriteString(":")
	for _, a := range c.Args {
		fmt.Fprintf(&b, " %s=%s", a.Role, a.Mention.Text)
		if a.Sign < 0 {
			b.WriteString("(-)")
		}
		if a.Times > 1 {
			fmt.Fprintf(&b, "×%d", a.Times)
		}
		if a.Subject != nil && a.Subject.Text != "" && a.Subject.Text != c.Subject.Text {
			fmt.Fprintf(&b, "(%s)", a.Subject.Text)
		}
	}
	return b.String()
}

func formatDate(d, end *segment.Date) string {
	f := func(d *segment.Date) string {
		var parts []string
		if d.Year > 0 {
			parts = append(parts, fmt.Sprintf("%d", d.Year))
		}
		if d.Month > 0 {
			parts = append(parts, fmt.Sprintf("%02d", d.Month))
		}
		if d.Day > 0 {
			parts = append(parts, fmt.Sprintf("%02d", d.Day))
		}
		return strings.Join(parts, "-")
	}
	s := f(d)
	if end != nil {
		s += ".." + f(end)
	}
	return s
}
