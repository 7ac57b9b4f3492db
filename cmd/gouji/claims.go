package main

import (
	"io"

	"github.com/gouji/gouji/segment"
)

// runClaims lists the numeric claims of each report's narrative — page,
// kind, subject, aspect and numbers — and the sentences with figures that
// produced none, so the gaps are visible. --stats prints the coverage: the
// share of narrative numbers (amounts, percentages, counts; not years or
// codes) that belong to a claim. Exit codes: 0, or 2 on a usage error or
// a file that cannot be read (the other files are still read).
func runClaims(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("claims", stdout, stderr)
	format := fs.format(claimsWriters.formats(), "text or json")
	stats := fs.Bool("stats", false, "print only the coverage statistics")
	output := fs.output()
	files, code, ok := fs.parseInputs(args, stdin)
	if !ok {
		return code
	}
	dest, err := output.open(stdout, files)
	if err != nil {
		return fs.fail(err)
	}
	ws := claimsWriters
	if *stats {
		ws = claimStatsWriters
	}
	return dest.finish(eachDocument(files, ws.open(*format, dest), stderr, segment.Claims, fs.lang), stderr)
}
