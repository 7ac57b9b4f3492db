package ooxml

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"sort"
)

// Rewrite returns a copy of the zip package src in which the parts named
// in parts have the given bytes; a name src does not hold is added at the
// end (in name order). Every other part is copied as it is stored, its
// compressed bytes untouched.
func Rewrite(src []byte, parts map[string][]byte) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrDamaged, err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	done := map[string]bool{}
	for _, f := range zr.File {
		if data, ok := parts[f.Name]; ok {
			done[f.Name] = true
			if err := writePart(zw, f.FileHeader, data); err != nil {
				return nil, err
			}
			continue
		}
		if err := copyRaw(zw, f); err != nil {
			return nil, err
		}
	}
	var added []string
	for name := range parts {
		if !done[name] {
			added = append(added, name)
		}
	}
	sort.Strings(added)
	for _, name := range added {
		if err := writePart(zw, zip.FileHeader{Name: name, Method: zip.Deflate}, parts[name]); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

// writePart writes data as a part with header h's name, method and time.
func writePart(zw *zip.Writer, h zip.FileHeader, data []byte) error {
	nh := zip.FileHeader{Name: h.Name, Method: h.Method, Modified: h.Modified}
	if nh.Method != zip.Store {
		nh.Method = zip.Deflate
	}
	w, err := zw.CreateHeader(&nh)
	if err != nil {
		return err
	}
	_, err = w.Write(data)
	return err
}

// copyRaw copies a part without decompressing it.
func copyRaw(zw *zip.Writer, f *zip.File) error {
	r, err := f.OpenRaw()
	if err != nil {
		return fmt.Errorf("%w: %s: %v", ErrDamaged, f.Name, err)
	}
	h := f.FileHeader
	w, err := zw.CreateRaw(&h)
	if err != nil {
		return err
	}
	_, err = io.Copy(w, r)
	return err
}
