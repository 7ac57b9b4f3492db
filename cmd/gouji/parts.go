package main

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/internal/batch"
	"github.com/gouji/gouji/reconcile/tables"
	"github.com/gouji/gouji/report"
)

// Parts of one report in a folder run: 江苏 publishes a report's narrative
// (情况说明) and its tables (公开表) as two files. In the files found in a
// folder, a file of tables alone and a file of narrative alone with the
// same issuer, year and kind are one report, checked as --one-report
// checks named files. Conservative: only when exactly one file of each
// matches, in one folder.

// reportPart is what grouping needs of one file: its identity and whether its
// first pages print tables and no sentence.
type reportPart struct {
	path       string
	id         report.Identity
	tablesOnly bool
}

// readPart reads a file's first pages (a file of tables, whole, when
// they do not say its year and issuer); ok is false when it cannot be read.
func readPart(path string) (p reportPart, ok bool) {
	doc, err := extract.Open(path, extract.Options{MaxPages: coverPages})
	if err != nil {
		return reportPart{path: path}, false
	}
	p = reportPart{path, report.Identify(doc), tablesOnly(doc)}
	if p.tablesOnly && (p.id.Year == 0 || p.id.Issuer == "") {
		// A file of tables may name its year or issuer only in a
		// later table's title (2017年政府采购预算表): read it whole.
		if doc, err = extract.Open(path, extract.Options{}); err == nil {
			p.id = report.Identify(doc)
		}
	}
	return p, true
}

// tablesOnly reports whether a document's blocks are tables and short
// lines (表一), with no sentence: a file of tables without a narrative.
func tablesOnly(doc *extract.Document) bool {
	n := 0
	for _, b := range doc.Blocks {
		if p := b.Paragraph; p != nil && strings.ContainsAny(p.Text, "。；") {
			return false
		}
		if b.Table != nil {
			n++
		}
	}
	return n > 0
}

// narrativeOnly reports whether a whole file prints none of the report's
// tables.
func narrativeOnly(path string) bool {
	doc, err := extract.Open(path, extract.Options{})
	return err == nil && !tables.NewIndex(doc).HasReportTable()
}

// sameReport reports whether two files' identities are one report's:
// issuer, year and kind known and the same.
func sameReport(a, b report.Identity) bool {
	return a.Kind != report.KindUnknown && a.Kind == b.Kind && a.Year != 0 && a.Year == b.Year &&
		report.SameIssuer(a.Issuer, b.Issuer)
}

// joinParts groups the reports of a folder run: each tables-only file
// whose one match in its folder (sameReport) is a narrative-only file
// (narrative says so) joins it, named by the narrative, at the place of
// the earlier of the two. Files not in parts are left alone.
func joinParts(reports [][]string, parts map[string]reportPart, narrative func(string) bool) [][]string {
	with := map[string]string{} // narrative → its tables
	of := map[string]string{}   // either file → the narrative
	for _, t := range parts {
		if !t.tablesOnly {
			continue
		}
		m := matches(t, parts)
		if len(m) != 1 || m[0].tablesOnly || len(matches(m[0], parts)) != 1 || !narrative(m[0].path) {
			continue
		}
		with[m[0].path] = t.path
		of[m[0].path], of[t.path] = m[0].path, m[0].path
	}
	var out [][]string
	placed := map[string]bool{}
	for _, r := range reports {
		n, ok := of[r[0]]
		switch {
		case len(r) != 1 || !ok:
			out = append(out, r)
		case !placed[n]:
			placed[n] = true
			out = append(out, []string{n, with[n]})
		}
	}
	return out
}

// matches returns the other files of p's folder that are the same report.
func matches(p reportPart, parts map[string]reportPart) []reportPart {
	var out []reportPart
	for _, q := range parts {
		if q.path != p.path && filepath.Dir(q.path) == filepath.Dir(p.path) && sameReport(p.id, q.id) {
			out = append(out, q)
		}
	}
	return out
}

// joinFolderParts is joinParts over the files found in the folders given
// on the command line (a folder with one file has no parts to join); the
// first pages of each are read by jobs workers.
func joinFolderParts(reports [][]string, folders []string, jobs int) [][]string {
	perDir := map[string]int{}
	var cands []string
	for _, r := range reports {
		if len(r) == 1 && inFolder(r[0], folders) {
			cands = append(cands, r[0])
			perDir[filepath.Dir(r[0])]++
		}
	}
	parts := map[string]reportPart{}
	batch.RunOrdered(len(cands), jobs, func(i int) reportPart {
		if perDir[filepath.Dir(cands[i])] < 2 {
			return reportPart{}
		}
		p, _ := readPart(cands[i])
		return p
	}, func(_ int, p reportPart) {
		if p.path != "" {
			parts[p.path] = p
		}
	})
	return joinParts(reports, parts, narrativeOnly)
}

// inFolder reports whether path lies under one of folders.
func inFolder(path string, folders []string) bool {
	for _, f := range folders {
		if rel, err := filepath.Rel(f, path); err == nil && rel != "." && !strings.HasPrefix(rel, "..") {
			return true
		}
	}
	return false
}

// folderArgs returns the arguments that are folders.
func folderArgs(args []string) []string {
	var out []string
	for _, a := range args {
		if info, err := os.Stat(a); err == nil && info.IsDir() {
			out = append(out, a)
		}
	}
	return out
}
