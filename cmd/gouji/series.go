package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"github.com/gouji/gouji/extract"
	"github.com/gouji/gouji/internal/batch"
	"github.com/gouji/gouji/pairing"
	"github.com/gouji/gouji/reconcile"
)

// The formats of gouji series.
var seriesFormats = []Format{FormatText, FormatCSV, FormatJSON}

// runSeries prints each issuer's headline figures over the years: one row
// per report (issuer, year, kind), each figure with the place it came from,
// its change from the year before, and, where this report gives last
// year's figure otherwise than last year's report printed it, both.
// Exit codes: 0, or 2 on a usage error or a file that cannot be read (the
// other files are still read).
func runSeries(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("series", stdout, stderr)
	format := fs.format(seriesFormats, "text, csv (UTF-8 with BOM, opens in Excel and LibreOffice) or json")
	jobs := fs.jobs("files")
	files, code, ok := fs.parseInputs(args, stdin)
	if !ok {
		return code
	}
	type read struct {
		sum *reconcile.Summary
		err error
	}
	sums := make([]*reconcile.Summary, 0, len(files))
	batch.RunOrdered(len(files), *jobs, func(i int) read {
		doc, err := extract.Open(files[i], extract.Options{})
		if err != nil {
			return read{err: err}
		}
		return read{sum: reconcile.Check(doc, []*reconcile.Analyzer{reconcile.PriorYear}).Summary}
	}, func(i int, r read) {
		if r.err != nil {
			fmt.Fprintln(stderr, "gouji:", r.err)
			code = exitError
			return
		}
		sums = append(sums, r.sum)
	})
	rows := pairing.Series(sums)
	var err error
	switch *format {
	case FormatCSV:
		err = writeSeriesCSV(stdout, rows)
	case FormatJSON:
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		err = enc.Encode(jsonOutput[pairing.SeriesRow]{Tool: "gouji", Version: version, Documents: rows})
	default:
		writeSeriesText(stdout, rows)
	}
	if err != nil {
		fmt.Fprintln(stderr, "gouji:", err)
		return exitError
	}
	return code
}

// writeSeriesText prints each row as a heading and one line per figure.
func writeSeriesText(w io.Writer, rows []pairing.SeriesRow) {
	for _, r := range rows {
		fmt.Fprintf(w, "%s %d %s (%s)\n", r.Issuer, r.Year, r.Kind, r.File)
		for _, v := range r.Values {
			if v.Value == "" {
				continue
			}
			line := fmt.Sprintf("  %-12s %12s 万元", v.Item, v.Value)
			if v.Change != "" {
				line += fmt.Sprintf("  比上年 %s", v.Change)
			}
			if v.Restated != "" {
				line += fmt.Sprintf("  (本报告所述上年数 %s，上年报告 %s)", v.Restated, v.Previous)
			}
			fmt.Fprintf(w, "%s  ← %s\n", line, v.Place)
		}
	}
}

// writeSeriesCSV writes one line per report, four columns per figure
// (value, change, last year as this report gives it when it differs,
// place), in UTF-8 with a byte-order mark so that spreadsheets read the
// Chinese as such.
func writeSeriesCSV(w io.Writer, rows []pairing.SeriesRow) error {
	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	head := []string{"单位", "年度", "类型", "文件"}
	for _, it := range pairing.SeriesItems {
		head = append(head, it.Name+"（万元）", it.Name+" 比上年", it.Name+" 本报告所述上年数", it.Name+" 出处")
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	for _, r := range rows {
		rec := []string{r.Issuer, strconv.Itoa(r.Year), r.Kind, r.File}
		for _, v := range r.Values {
			rec = append(rec, v.Value, v.Change, v.Restated, v.Place)
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
