package tables

import (
	"os"
	"testing"

	"github.com/gouji/gouji/extract"
)

// TestDumpTables prints the tables of $GOUJI_DUMP (a development aid until
// gouji extract --tables exists).
func TestDumpTables(t *testing.T) {
	path := os.Getenv("GOUJI_DUMP")
	if path == "" {
		t.Skip("set GOUJI_DUMP")
	}
	doc, err := extract.Open(path, extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tb := range NewIndex(doc).Tables {
		tb.View().WriteText(os.Stdout)
	}
}
