package i18n

import "errors"

// Error is an error whose text is a message of the catalogues: its Error
// is English, and In gives it in another language.
type Error struct{ Msg Msg }

// Errorf is an Error of message id with args.
func Errorf(id ID, args ...any) error { return &Error{Msg: M(id, args...)} }

func (e *Error) Error() string { return e.Msg.In(En) }

// ErrorIn renders err in language l: an Error (or one wrapping it, whose
// own words are then lost) in l, any other error as its Error text.
func ErrorIn(err error, l Lang) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Msg.In(l)
	}
	return err.Error()
}
