package i18n

// The notes that say how a figure printed with fewer decimals than its
// peers was read (reconcile/precision.go): at the precision of the table
// that prints it, or by the document's convention, as exact with trailing
// zeros dropped.

var precisionEn = map[ID]string{
	"note.precision.convention": " (reading %[3]s: this report prints its %[1]s amounts with %[2]d decimals, so a shorter figure is taken as exact with trailing zeros dropped; read as rounded, it agrees)",
	"note.precision.fig":        "%s as %s",
	"note.precision.table":      " (%s read as %s, as %s prints it)",
}

var precisionZh = map[ID]string{
	"note.precision.convention": "（按本报告%[1]s金额保留%[2]d位小数的惯例，将%[3]s，视为省略末尾的0；若按四舍五入理解则相符）",
	"note.precision.fig":        "%s读作%s",
	"note.precision.table":      "（%[1]s按%[3]s所列%[2]s计）",
}

func init() { addCatalogue(precisionEn, precisionZh) }
