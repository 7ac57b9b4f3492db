package main

import (
	"encoding/json"
	"io"
)

// jsonlWriter prints one JSON document per input, on one line, as soon as
// the input is done: a batch's output can be read while it runs.
type jsonlWriter[T, D any] struct {
	enc *json.Encoder
	doc func(T) D
}

// jsonlWriterOf returns the constructor of a JSON Lines writer that prints
// doc(result) for every result.
func jsonlWriterOf[T, D any](doc func(T) D) func(io.Writer) writer[T] {
	return func(out io.Writer) writer[T] {
		enc := json.NewEncoder(out)
		enc.SetEscapeHTML(false)
		return &jsonlWriter[T, D]{enc: enc, doc: doc}
	}
}

func (j *jsonlWriter[T, D]) write(r T) error { return j.enc.Encode(j.doc(r)) }

func (j *jsonlWriter[T, D]) close() error { return nil }
