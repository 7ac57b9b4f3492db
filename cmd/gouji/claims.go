package main

import (
	"fmt"
	"io"
)

// runClaims is a placeholder until the segment stage lands.
func runClaims(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "gouji claims: not implemented yet")
	return exitError
}
