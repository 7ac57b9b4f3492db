package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"sync/atomic"
	"time"

	"github.com/gouji/gouji/i18n"
	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
	"golang.org/x/term"
)

// progress is the progress bar of a batch run: files done of total,
// pages per second and time left, on stderr, only when stderr is a
// terminal. Each redraw moves the cursor up over the bar and clears what
// follows, so nothing may be written to that terminal but through the
// bar: lines for stderr go through println, and results bound for the
// same terminal through the writer results returns.
// github.com/vbauerster/mpb draws it (terminal width, refresh, time
// estimate, lines printed above the bar); it is small and pulls in no
// network code, unlike schollz/progressbar, which imports net/http and
// with it the TLS stack's start-up cost.
type progress struct {
	p     *mpb.Progress
	bar   *mpb.Bar
	out   io.Writer
	start time.Time
	pages atomic.Int64
	above *aboveBar // results printed above the bar, when any
}

func newProgress(w io.Writer, total int, l i18n.Lang) *progress {
	f, ok := w.(*os.File)
	if !ok || total < 2 || !term.IsTerminal(int(f.Fd())) {
		return &progress{out: w}
	}
	pr := &progress{out: w, start: time.Now()}
	pr.p = mpb.New(mpb.WithOutput(w), mpb.WithWidth(40), mpb.WithRefreshRate(150*time.Millisecond))
	pr.bar = pr.p.AddBar(int64(total), mpb.BarRemoveOnComplete(),
		mpb.PrependDecorators(decor.Any(func(s decor.Statistics) string {
			return tr(l, "cli.progress.files", s.Current, s.Total)
		})),
		mpb.AppendDecorators(
			decor.Any(func(decor.Statistics) string {
				return tr(l, "cli.progress.rate", float64(pr.pages.Load())/time.Since(pr.start).Seconds())
			}),
			decor.AverageETA(decor.ET_STYLE_GO),
		),
	)
	return pr
}

// done records one finished file of the given number of pages.
func (p *progress) done(pages int) {
	if p.bar == nil {
		return
	}
	p.pages.Add(int64(pages))
	p.bar.Increment()
}

// println prints a line on stderr above the bar.
func (p *progress) println(s string) {
	if p.p == nil {
		fmt.Fprintln(p.out, s)
		return
	}
	fmt.Fprintln(p.p, s)
}

func (p *progress) finish() {
	if p.p == nil {
		return
	}
	if p.above != nil {
		p.above.flush(true)
	}
	p.bar.Abort(true) // the bar goes; the lines printed above it stay
	p.p.Wait()
	if p.above != nil {
		p.above.direct = true
	}
}

// results returns the writer for results bound for out: out itself,
// unless the bar is drawn and out is a terminal too — the same screen —
// where they go through the bar and are printed above it.
func (p *progress) results(out io.Writer) io.Writer {
	dest := out
	if r, ok := out.(*reportOut); ok {
		dest = r.Writer // stdout, or the file of -o
	}
	f, ok := dest.(*os.File)
	if p.p == nil || !ok || !term.IsTerminal(int(f.Fd())) {
		return out
	}
	p.above = &aboveBar{p: p.p, out: out}
	return p.above
}

// aboveBar writes whole lines through the progress bar, which prints them
// above itself at its next redraw; once the bar is gone (direct), it
// writes to out.
type aboveBar struct {
	p      *mpb.Progress
	out    io.Writer
	buf    []byte
	direct bool
}

func (a *aboveBar) Write(b []byte) (int, error) {
	if a.direct {
		return a.out.Write(b)
	}
	a.buf = append(a.buf, b...)
	return len(b), a.flush(false)
}

// flush hands the complete lines gathered to the bar; with all, the rest
// too.
func (a *aboveBar) flush(all bool) error {
	n := len(a.buf)
	if !all {
		n = bytes.LastIndexByte(a.buf, '\n') + 1
	}
	if n == 0 {
		return nil
	}
	_, err := a.p.Write(a.buf[:n])
	a.buf = append(a.buf[:0], a.buf[n:]...)
	return err
}
