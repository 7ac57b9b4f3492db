package main

import (
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
// terminal. github.com/vbauerster/mpb draws it (terminal width, refresh,
// time estimate, lines printed above the bar); it is small and pulls in
// no network code, unlike schollz/progressbar, which imports net/http and
// with it the TLS stack's start-up cost.
type progress struct {
	p     *mpb.Progress
	bar   *mpb.Bar
	out   io.Writer
	start time.Time
	pages atomic.Int64
}

func newProgress(w io.Writer, total int, l i18n.Lang) *progress {
	f, ok := w.(*os.File)
	if !ok || total < 2 || !term.IsTerminal(int(f.Fd())) {
		return &progress{out: w}
	}
	pr := &progress{out: w, start: time.Now()}
	pr.p = mpb.New(mpb.WithOutput(w), mpb.WithWidth(40), mpb.WithRefreshRate(150*time.Millisecond))
	pr.bar = pr.p.AddBar(int64(total),
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
	if p.p != nil {
		p.bar.Abort(true) // the bar goes; the lines printed above it stay
		p.p.Wait()
	}
}
