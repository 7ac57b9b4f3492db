package extract

// readPDF reads a PDF into a Document. (Filled in by the PDF reader.)
func readPDF(name string, data []byte, opts Options) (*Document, error) {
	return nil, &InputError{File: name, Class: ErrNotPDF, Detail: "PDF reading not implemented yet"}
}
