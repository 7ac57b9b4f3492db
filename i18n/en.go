package i18n

// en is the English catalogue. Keep its sections in the order of zh.go.
var en = map[ID]string{
	// reconcile: tables and their sums (sum.go, codesum.go, columnsum.go,
	// statement.go, crosstable.go, table_unread.go)
	"table.column.n":       "column %d",
	"table.cell":           "%s [%s]",
	"table.page":           "page %d",
	"table.file.page":      "%s page %d",
	"table.unread":         "%s (%s) was not understood: %s; nothing is checked against it",
	"table.unread.why":     "its sums fail in %d of the %d rows checked (first: %s)",
	"sum.total":            "%s is %s, but %s add up to %s",
	"sum.total.empty":      "%s is printed empty, but %s add up to %s",
	"sum.same":             "%s is %s in %s, but %s in %s",
	"sum.same.empty":       "%s is %s in %s, but printed empty in %s",
	"sum.atmost":           "%s is %s in %s, more than the %s of %s in %s",
	"sum.atmost.empty":     "%s is %s in %s, but %s is printed empty in %s",
	"sum.level.sub":        "sub",
	"sum.what.level":       "its %d %s rows",
	"sum.what.classes":     "its %d %s rows",
	"sum.what.columns":     "the columns %s",
	"sum.what.coded":       "the rows coded %s in %s",
	"sum.what.items.below": "the %d numbered items below it",
	"sum.what.items.above": "the %d numbered items above it",
	"sum.what.carries":     "%s plus the %d balance rows between them",
	"sum.what.funds":       "the %d rows breaking it down by fund",
	"sum.what.subitems":    "its %d sub-items",
	"what.of":              "%s of %s",
	"cross.norow":          "类 %s %s is %s in %s, but %s has no row for it",

	// reconcile: a document that is no report (not_a_report.go)
	"report.not": "this document does not look like a 部门预算 or 部门决算: it prints none of their tables and none of their words (%s), so nothing in it was checked; is it the right file?",

	// cmd/gouji
	"cli.lang.bad": "--lang: %s",

	// cmd/gouji: inputs, flag values, summary (inputs.go, flags.go,
	// flag_values.go, summary.go)
	"cli.noreport":          "no report found in %s (gouji reads %s files)",
	"cli.noreport.skipped":  "; skipped %d files it does not read, such as %s",
	"cli.stdin.list":        "the list on stdin",
	"cli.shard.empty":       "shard %d/%d holds no report (of %d in all)",
	"cli.stdin.pdf":         "stdin holds a PDF: pass the file name (gouji check FILE.pdf); - reads a list of file names",
	"cli.stdin.binary":      "stdin holds binary data, not a list of file names",
	"cli.stdin.nul":         "stdin holds NUL bytes: for a find -print0 list add --null",
	"cli.stdin.read":        "reading the file list from stdin: %v",
	"cli.duration.unit":     "a duration needs a unit: %[1]ss or %[1]sm",
	"cli.duration.bad":      "not a duration (like 90s or 2m)",
	"cli.positive":          "must be more than 0",
	"cli.number":            "not a whole number",
	"cli.summary.skipcount": ", %d skipped",
	"cli.summary.skipped":   "skipped (not read by gouji): %s",

	// cmd/gouji: -o, --format html and csv, gouji serve (output.go,
	// format_html.go, serve.go)
	"out.dir":            "%s is a directory: cannot write the report there",
	"out.input":          "%s is one of the inputs: the report will not be written over it",
	"out.write":          "cannot write the report %s: %v",
	"serve.listening":    "gouji serve: serving on %s (Ctrl+C stops)",
	"serve.exposed":      "note: %s is not a loopback address: other computers on the network can reach it and upload files",
	"serve.inputs":       "serve takes no inputs (got %q)",
	"serve.limits":       "--max-upload, --max-files, --jobs and --timeout must be above 0",
	"serve.nofiles":      "no file received: upload one or more files in the form field \"file\"",
	"serve.notmultipart": "the request is not a multipart/form-data upload",
	"serve.malformed":    "malformed upload: %v",
	"serve.toolarge":     "the upload exceeds the limit of %d MB",
	"serve.toomany":      "at most %d files per upload",
	"serve.empty":        "file %s is empty",
	"serve.badmode":      "unknown mode %q (want one or each)",
	"serve.method":       "this address accepts POST only",
	"serve.cancelled":    "the request was cancelled",
	"serve.unnamed":      "upload %d",
}
