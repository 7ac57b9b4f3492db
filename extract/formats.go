package extract

import (
	"path/filepath"
	"strings"
)

// readable lists the file name extensions Open reads, lower case: the one
// place that says which files of a folder gouji takes in (a file of
// another kind named on the command line is still tried, by its content).
var readable = []string{".pdf", ".txt", ".docx", ".xlsx"}

// Readable reports whether Open reads files of this name's extension.
func Readable(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, r := range readable {
		if ext == r {
			return true
		}
	}
	return false
}

// ReadableExtensions returns the extensions Open reads (".pdf", ".txt"…).
func ReadableExtensions() []string { return append([]string(nil), readable...) }
