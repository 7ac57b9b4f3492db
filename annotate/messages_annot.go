package annotate

// The texts this package writes into annotated copies, Chinese and
// English side by side, to move into the message catalogue (issue 12)
// when it lands.
var messages = map[string][2]string{ // id: {zh, en}
	"severity.error":   {"错误", "error"},
	"severity.warning": {"警告", "warning"},
	"severity.info":    {"提示", "note"},
	"expected":         {"应为：%s", "expected: %s"},
	"evidence":         {"依据：%s", "evidence: %s"},
	"evidence.page":    {"（第%d页）", " (page %d)"},
	// Errors: the file cannot carry annotations.
	"err.encrypted": {"PDF 已加密，无法写入批注", "the PDF is encrypted: annotations cannot be added"},
	"err.offset":    {"PDF 文件头前有多余字节，无法追加批注", "the PDF has bytes before its %PDF- header: annotations cannot be appended"},
	"err.xref":      {"PDF 交叉引用表损坏，无法追加批注", "the PDF's cross-reference table is damaged: annotations cannot be appended"},
	"err.page":      {"第%d页的页面对象无法改写", "page %d's dictionary cannot be rewritten"},
}

// msg returns message id in lang.
func msg(lang Lang, id string) string {
	m := messages[id]
	if lang == English {
		return m[1]
	}
	return m[0]
}
