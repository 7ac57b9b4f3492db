package annotate

import (
	"errors"
	"strings"
	"testing"
)

// TestAnnotateDispatch: the writer is chosen by extension, whatever its
// case; other inputs get ErrNoCopy, and a writer's panic is an error.
func TestAnnotateDispatch(t *testing.T) {
	if _, err := Annotate(Input{Path: "seed.txt"}); !errors.Is(err, ErrNoCopy) {
		t.Errorf("text input: %v, want ErrNoCopy", err)
	}
	if !Supported("REPORT.PDF") || Supported("report.txt") {
		t.Error("Supported: wrong by extension")
	}
	Register(".panics", func(Input) ([]byte, error) { panic("boom") })
	defer delete(writers, ".panics")
	if _, err := Annotate(Input{Path: "x.PANICS"}); err == nil || !strings.Contains(err.Error(), "boom") {
		t.Errorf("panicking writer: %v", err)
	}
}
