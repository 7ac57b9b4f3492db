package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress is the progress bar of a batch run: files done of total,
// pages per second and time left, on stderr, only when stderr is a
// terminal. schollz/progressbar does the drawing (terminal width,
// throttling, ETA); writing our own would be more code for a worse bar.
type progress struct {
	bar   *progressbar.ProgressBar
	start time.Time
	pages int
}

func newProgress(w io.Writer, total int) *progress {
	f, ok := w.(*os.File)
	if !ok || total < 2 || !term.IsTerminal(int(f.Fd())) {
		return &progress{}
	}
	bar := progressbar.NewOptions(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("checking"),
		progressbar.OptionShowCount(),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)
	return &progress{bar: bar, start: time.Now()}
}

// done records one finished file of the given number of pages.
func (p *progress) done(pages int) {
	if p.bar == nil {
		return
	}
	p.pages += pages
	rate := float64(p.pages) / time.Since(p.start).Seconds()
	p.bar.Describe(fmt.Sprintf("checking (%.0f pages/s)", rate))
	p.bar.Add(1)
}

// clear removes the bar before a line is printed to stderr.
func (p *progress) clear() {
	if p.bar != nil {
		p.bar.Clear()
	}
}

func (p *progress) finish() {
	if p.bar != nil {
		p.bar.Finish()
	}
}
