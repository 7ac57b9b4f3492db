package main

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/creack/pty"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// In a terminal, with stdout and stderr on the same screen, the progress
// bar erases no result: every line the check prints stays on the screen,
// and the bar is gone at the end. The screen is what a terminal makes of
// the bytes written (see screen); run in a pseudo-terminal.
func TestProgressKeepsResultsOnScreen(t *testing.T) {
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skip("no pseudo-terminal:", err)
	}
	defer ptmx.Close()
	require.NoError(t, pty.Setsize(ptmx, &pty.Winsize{Rows: 50, Cols: 200}))
	// The terminal is read until a mark written after the run comes back,
	// so that nothing is lost when the terminal closes.
	const mark = "--end of run--"
	read := make(chan []byte)
	go func() {
		var b []byte
		buf := make([]byte, 4096)
		for !bytes.Contains(b, []byte(mark)) {
			n, err := ptmx.Read(buf)
			b = append(b, buf[:n]...)
			if err != nil {
				t.Log("reading the terminal:", err)
				break
			}
		}
		read <- b
	}()
	args := []string{"check", "--jobs", "1", someReports(t), seedFile}
	code := run(args, strings.NewReader(""), tty, tty)
	fmt.Fprintln(tty, mark)
	lines := screen(<-read)
	tty.Close()

	var want, wantErr bytes.Buffer
	assert.Equal(t, run(args, strings.NewReader(""), &want, &wantErr), code)
	require.Greater(t, strings.Count(want.String(), "\n"), 20)
	results, _, _ := strings.Cut(want.String(), "\n== summary") // timings differ from run to run
	assert.Contains(t, strings.Join(lines, "\n"), "\n== summary: 5 files, 109 pages in ", "the summary follows")
	at := 0
	for _, l := range strings.Split(strings.TrimSpace(results), "\n") {
		for at < len(lines) && lines[at] != l {
			at++
		}
		require.Less(t, at, len(lines), "line %q is not on the screen:\n%s", l, strings.Join(lines, "\n"))
	}
	for _, l := range lines {
		assert.NotContains(t, l, "checking ", "the bar is gone at the end")
	}
}

// screen returns the lines a terminal shows after the bytes b: text, CR,
// LF, and the cursor movements and erasures a progress bar uses (ESC [ n
// A: up n lines; ESC [ J: clear to the end of the screen; ESC [ K: to the
// end of the line); other escapes are ignored.
func screen(b []byte) []string {
	var rows [][]rune
	row, col := 0, 0
	put := func(r rune) {
		for len(rows) <= row {
			rows = append(rows, nil)
		}
		for len(rows[row]) < col {
			rows[row] = append(rows[row], ' ')
		}
		if col < len(rows[row]) {
			rows[row][col] = r
		} else {
			rows[row] = append(rows[row], r)
		}
		col++
	}
	clearLine := func() {
		if row < len(rows) && col < len(rows[row]) {
			rows[row] = rows[row][:col]
		}
	}
	s := []rune(string(b))
	for i := 0; i < len(s); i++ {
		switch r := s[i]; {
		case r == '\r':
			col = 0
		case r == '\n':
			row++
		case r == 0x1b && i+1 < len(s) && s[i+1] == '[':
			j := i + 2
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ';' || s[j] == '?') {
				j++
			}
			if j == len(s) {
				break
			}
			n, err := strconv.Atoi(string(s[i+2 : j]))
			if err != nil {
				n = 1
			}
			switch s[j] {
			case 'A':
				row = max(0, row-n)
			case 'J':
				clearLine()
				if row+1 < len(rows) {
					rows = rows[:row+1]
				}
			case 'K':
				clearLine()
			}
			i = j
		case r >= ' ':
			put(r)
		}
	}
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = strings.TrimRight(string(r), " ")
	}
	return out
}
