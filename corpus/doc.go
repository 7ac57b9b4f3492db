// Package corpus runs regression checks over a folder of reports that
// carry their expected findings.
//
// Beside every report NAME.pdf or NAME.txt a file NAME.expected.json lists
// the findings that must appear (by rule, page and claimed number, with
// the message last seen and a note saying why the finding is real) and,
// optionally, findings that must not. A run reports regressions: an
// expected finding missing, a new error, a finding whose message changed,
// a finding listed as absent that appeared. The folder this package lives
// in is the project's own corpus: the seed report, its renders, the real
// reports and their expected findings; `go test ./corpus` runs it.
package corpus
