package extract

import (
	"errors"
	"strings"
	"unicode"
)

// Error classes for input that cannot be read. Callers test them with
// errors.Is; the message of each is what the user sees after the file name.
var (
	ErrUnreadable = errors.New("cannot read file")
	ErrEmpty      = errors.New("empty file")
	ErrNotPDF     = errors.New("not a PDF or text report")
	ErrTruncated  = errors.New("truncated or damaged PDF")
	ErrEncrypted  = errors.New("encrypted: password required")
	ErrNoText     = errors.New("scanned: no text layer, run OCR first")
	ErrLimit      = errors.New("resource limit exceeded")
	ErrTimeout    = errors.New("time limit exceeded")
	// ErrLegacy is the class of an old binary Office file (OLE2), which
	// gouji does not read: ErrLegacyWord, ErrLegacyExcel and ErrLegacyWPS
	// say which and what to do.
	ErrLegacy      = errors.New("old Office format")
	ErrLegacyWord  = legacyFormat("Word 97–2003 document: save it as .docx")
	ErrLegacyExcel = legacyFormat("Excel 97–2003 workbook: save it as .xlsx")
	ErrLegacyWPS   = legacyFormat("WPS document in its old format: save it as .docx or .xlsx")
	// ErrDamagedDraft: a Word or Excel file whose zip or XML is broken.
	ErrDamagedDraft = errors.New("truncated or damaged Word or Excel file")
)

// legacyFormat is an ErrLegacy whose message says what to do.
type legacyFormat string

func (e legacyFormat) Error() string { return string(e) }

// Is makes every legacyFormat an ErrLegacy.
func (e legacyFormat) Is(target error) bool { return target == ErrLegacy }

// InputError is an unreadable input: which file, which class, and a detail
// that helps someone looking at the file ("xref offset 1234 past end").
type InputError struct {
	File   string
	Class  error
	Detail string
}

func (e *InputError) Error() string {
	msg := e.Class.Error()
	if d := newWords(msg, e.Detail); d != "" {
		msg += " (" + d + ")"
	}
	if e.File == "" {
		return msg
	}
	return e.File + ": " + msg
}

func (e *InputError) Unwrap() error { return e.Class }

// newWords is the part of detail that says more than msg: detail without
// its ": "-separated parts that only repeat msg ("page 1: resource limit
// exceeded: a stream decodes to …" after "resource limit exceeded"), and
// nothing when at most one of its words is new ("user password required"
// after "encrypted: password required"), so that a message does not say
// a thing twice.
func newWords(msg, detail string) string {
	said := map[string]bool{}
	for _, w := range words(msg) {
		said[w] = true
	}
	var kept []string
	fresh, all := 0, 0
	for _, part := range strings.Split(detail, ": ") {
		n := 0
		for _, w := range words(part) {
			if !said[w] {
				n++
			}
		}
		if n > 0 || len(words(part)) == 0 {
			kept = append(kept, part)
		}
		fresh, all = fresh+n, all+len(words(part))
	}
	if fresh <= 1 && all > 1 {
		return ""
	}
	return strings.Join(kept, ": ")
}

// words are the lower-case words of s (letters only).
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) })
}
