package main

import (
	"fmt"
	"io"
)

// runCheck is a placeholder until the reconcile stage lands.
func runCheck(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "gouji check: not implemented yet")
	return exitError
}
