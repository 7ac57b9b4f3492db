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

	// cmd/gouji
	"cli.lang.bad": "--lang: %s",
}
