package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"github.com/gouji/gouji/reconcile"
)

// FormatCSV is one row per finding, for a spreadsheet (gouji check
// --format csv).
const FormatCSV Format = "csv"

// utf8BOM opens the CSV so that Excel and WPS read it as UTF-8 and show
// the Chinese, instead of guessing the local code page.
const utf8BOM = "\ufeff"

// csvHeader names the columns, in the words of the page.
var csvHeader = []string{"文件", "页码", "行号", "规则", "严重程度", "报告数", "应为", "单位", "说明", "原文", "依据位置"}

// csvWriter prints a header, then one row per finding as each file is
// done; a file that could not be read gets one row saying so.
type csvWriter struct {
	out    io.Writer
	w      *csv.Writer
	header bool
}

func newCSVWriter(out io.Writer) writer[fileResult] {
	return &csvWriter{out: out, w: csv.NewWriter(out)}
}

func (c *csvWriter) write(r fileResult) error {
	if err := c.start(); err != nil {
		return err
	}
	if r.doc.Error != nil {
		c.w.Write([]string{r.doc.File, "", "", "", severityZH(reconcile.Error), "", "", "", *r.doc.Error, "", ""})
	}
	for _, f := range r.doc.Findings {
		c.w.Write(csvRow(r, f))
	}
	c.w.Flush()
	return c.w.Error()
}

// start writes the BOM and the header once, even for a run with no input.
func (c *csvWriter) start() error {
	if c.header {
		return nil
	}
	c.header = true
	if _, err := io.WriteString(c.out, utf8BOM); err != nil {
		return err
	}
	return c.w.Write(csvHeader)
}

func (c *csvWriter) close() error {
	if err := c.start(); err != nil {
		return err
	}
	c.w.Flush()
	return c.w.Error()
}

// csvRow is one finding's row.
func csvRow(r fileResult, f reconcile.Finding) []string {
	line := ""
	if r.byLine && f.Line > 0 {
		line = fmt.Sprint(f.Line)
	}
	places := make([]string, len(f.Evidence))
	for i, e := range f.Evidence {
		places[i] = evidenceLine(r.doc.File, e, r.byLine)
	}
	return []string{
		findingFile(r.doc.File, f), fmt.Sprint(f.Page), line, f.Rule, severityZH(f.Severity),
		f.Claimed, f.Expected, f.Unit, f.Message, f.Quote, strings.Join(places, "\n"),
	}
}

// severityZH names a severity as a Chinese reader does.
func severityZH(s reconcile.Severity) string {
	switch s {
	case reconcile.Error:
		return "错误"
	case reconcile.Warning:
		return "警告"
	}
	return "提示"
}
