package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/gouji/gouji/i18n"
)

// outputFlag is the value of -o / --output: the file a command writes its
// report to instead of stdout, for places with no shell to redirect (a
// container's entrypoint, a scheduled task).
type outputFlag struct {
	path string
	lang *i18n.Lang // the command's language (--lang)
}

// output adds -o and --output to the command's flags.
func (f *commandFlags) output() *outputFlag {
	o := &outputFlag{lang: &f.lang}
	f.StringVar(&o.path, "output", "", "write the report to `FILE` instead of stdout")
	f.StringVar(&o.path, "o", "", "short for --output")
	return o
}

// open returns where the report goes: stdout when no file was named, else
// the file, created or truncated. It refuses to write over an input. The
// report is written to a temporary file beside it and renamed into place
// by commit, so that a report is never seen half-written.
func (o *outputFlag) open(stdout io.Writer, inputs []string) (*reportOut, error) {
	if o == nil || o.path == "" || o.path == "-" {
		return &reportOut{Writer: stdout}, nil
	}
	if info, err := os.Stat(o.path); err == nil {
		if info.IsDir() {
			return nil, i18n.Errorf("out.dir", o.path)
		}
		for _, in := range inputs {
			if in2, err := os.Stat(in); err == nil && os.SameFile(info, in2) {
				return nil, i18n.Errorf("out.input", o.path)
			}
		}
	}
	tmp, err := os.CreateTemp(filepath.Dir(o.path), "."+filepath.Base(o.path)+".*")
	if err != nil {
		return nil, i18n.Errorf("out.write", o.path, unwrapPath(err))
	}
	return &reportOut{Writer: tmp, file: tmp, path: o.path, lang: *o.lang}, nil
}

// reportOut is a report's destination: stdout, or a file being written.
type reportOut struct {
	io.Writer
	file *os.File // nil for stdout
	path string
	lang i18n.Lang
}

// commit closes the file and puts it in place; on stdout it does nothing.
func (r *reportOut) commit() error {
	if r.file == nil {
		return nil
	}
	err := r.file.Close()
	if err == nil {
		// CreateTemp makes the file private (0600); a report is an
		// ordinary file.
		_ = os.Chmod(r.file.Name(), 0o644)
		err = os.Rename(r.file.Name(), r.path)
	}
	if err != nil {
		os.Remove(r.file.Name())
		return i18n.Errorf("out.write", r.path, unwrapPath(err))
	}
	return nil
}

// finish commits the report, whatever code the command ends with (a
// batch with one unreadable file still has its report). It returns the
// code, turned to 2 when the report could not be written.
func (r *reportOut) finish(code int, stderr io.Writer) int {
	if err := r.commit(); err != nil {
		fmt.Fprintln(stderr, "gouji:", errorText(err, r.lang))
		return exitError
	}
	return code
}

// unwrapPath drops the path an *os.PathError repeats.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
