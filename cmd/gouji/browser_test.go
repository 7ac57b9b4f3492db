package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The page and the HTML report, driven in a real headless Chromium. The
// tests skip when no Chromium is installed (.ci/run installs it).

// browser starts a headless Chromium for the test, or skips it.
func browser(t *testing.T) context.Context {
	t.Helper()
	path := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		t.Skip("no chromium binary")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.WindowSize(1200, 1600))
	// The deadline only keeps a hung browser from hanging the suite.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	ctx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancelCtx := chromedp.NewContext(ctx)
	t.Cleanup(cancelCtx)
	if err := chromedp.Do(ctx); err != nil {
		t.Skipf("chromium does not start: %v", err)
	}
	return ctx
}

// requests records the URL of every request the page makes.
func requests(t *testing.T, ctx context.Context) func() []string {
	var mu sync.Mutex
	var urls []string
	err := chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			mu.Lock()
			urls = append(urls, e.Request.URL)
			mu.Unlock()
		}
	})
	require.NoError(t, err)
	return func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), urls...)
	}
}

// screenshot writes what the window shows to a PNG in the test's
// directory, and in GOUJI_SCREENSHOTS when that names a directory (to
// look at them after the run).
func screenshot(t *testing.T, ctx context.Context, name string) {
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	require.NoError(t, err)
	require.True(t, bytes.HasPrefix(png, []byte("\x89PNG")), "a PNG")
	dirs := []string{t.TempDir()}
	if d := os.Getenv("GOUJI_SCREENSHOTS"); d != "" {
		dirs = append(dirs, d)
	}
	for _, d := range dirs {
		require.NoError(t, os.WriteFile(filepath.Join(d, name), png, 0o644))
	}
}

// evaluate runs a script in the page and returns its value.
func evaluate[T any](t *testing.T, ctx context.Context, script string) T {
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](script))
	require.NoError(t, err, script)
	return v
}

// TestBrowser starts Chromium once (it is slow to start) and runs each
// test in a tab of its own.
func TestBrowser(t *testing.T) {
	ctx := browser(t)
	for name, test := range map[string]func(*testing.T, context.Context){
		"upload": testBrowserUpload,
		"report": testBrowserHTMLReport,
	} {
		t.Run(name, func(t *testing.T) {
			tab, cancel := chromedp.NewContext(ctx)
			defer cancel()
			test(t, tab)
		})
	}
}

// A person opens the page, picks a real report, sends it, and reads its
// findings: every claimed figure gouji check finds is on the page, and the
// severity filter hides the errors.
func testBrowserUpload(t *testing.T, ctx context.Context) {
	srv := testServer(t, nil)
	_, docs, _ := checkJSON(t, putuoSFJ)
	require.Len(t, docs, 1)
	report, err := filepath.Abs(putuoSFJ)
	require.NoError(t, err)
	require.NoError(t, chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/")))
	title, err := chromedp.Run(ctx, chromedp.Title())
	require.NoError(t, err)
	require.NoError(t, chromedp.Do(ctx,
		chromedp.SetUploadFiles(chromedp.ID("file"), []string{report}),
		chromedp.Click(chromedp.ID("go")),
		chromedp.WaitVisible(chromedp.CSS("article.finding")),
	))
	body, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("body")))
	require.NoError(t, err)
	assert.Equal(t, "gouji 数字勾稽核对", title)
	assert.Contains(t, body, filepath.Base(putuoSFJ))
	for _, f := range findingsOf(t, putuoSFJ)[0] {
		assert.Contains(t, body, f.Claimed+" "+f.Unit, f.Message)
		assert.Contains(t, body, messageZH(f))
	}
	screenshot(t, ctx, "upload.png")
	assert.Contains(t, body, "核对其他文件", "a link back to the page")
	require.NoError(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS("#filters input[value=error]"))))
	shown := evaluate[int](t, ctx, `document.querySelectorAll("article.finding:not(.filtered-out)").length`)
	all := evaluate[int](t, ctx, `document.querySelectorAll("article.finding").length`)
	errors := 0
	for _, f := range docs[0].Findings {
		if f.Severity.String() == "error" {
			errors++
		}
	}
	require.Positive(t, errors)
	assert.Equal(t, len(docs[0].Findings), all)
	assert.Equal(t, all-errors, shown, "errors filtered out")
}

// The HTML report of several files renders from a file with no request
// to anywhere else, the filters appear, and every finding is there.
func testBrowserHTMLReport(t *testing.T, ctx context.Context) {
	files := htmlReportFiles(t)
	_, docs, _ := checkJSON(t, files...)
	out := filepath.Join(t.TempDir(), "报告.html")
	code, _, errOut := runGouji(append([]string{"check", "--format", "html", "--fail-on", "never", "-o", out}, files...)...)
	require.Equal(t, exitOK, code, errOut)
	seen := requests(t, ctx)
	require.NoError(t, chromedp.Do(ctx,
		chromedp.Navigate("file://"+out),
		chromedp.WaitVisible(chromedp.ID("summary")),
	))
	findings := evaluate[int](t, ctx, `document.querySelectorAll("article.finding").length`)
	excerpts := evaluate[int](t, ctx, `document.querySelectorAll("table.excerpt td.hit").length`)
	filters := evaluate[bool](t, ctx, `!document.getElementById("filters").hidden`)
	body, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("body")))
	require.NoError(t, err)
	want := 0
	for _, d := range docs {
		want += len(d.Findings)
		for _, f := range d.Findings {
			assert.Contains(t, body, f.Claimed)
		}
	}
	assert.Equal(t, want, findings)
	assert.Positive(t, excerpts)
	assert.True(t, filters, "the script ran")
	for _, u := range seen() {
		assert.True(t, strings.HasPrefix(u, "file://") || strings.HasPrefix(u, "data:"), "request to %s", u)
	}
	screenshot(t, ctx, "report.png")
}
