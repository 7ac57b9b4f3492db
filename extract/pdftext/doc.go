// Package pdftext interprets the page content of a PDF into positioned
// glyphs and ruling lines: the raw material from which package extract
// rebuilds lines, paragraphs and tables.
//
// github.com/ledongthuc/pdf reads the file structure (xref, objects,
// streams, filters, decryption); everything about page content is done
// here, because that library's content interpretation loses or invents text
// on the reports we read: it decodes a stray byte after every TJ array,
// prefers /Encoding over /ToUnicode, ignores CID and Type 3 widths, misses
// stroked ruling lines and Form XObjects, panics on malformed content and
// re-parses every font at every font switch.
//
// All coordinates are in page space: points, origin at the top left of the
// visible page (CropBox, else MediaBox), Y growing downwards, with the
// page's /Rotate applied, so that a landscape table printed on a rotated
// portrait page reads left to right like any other page. float64 is fine
// here: these are positions, never money.
//
// Text is decoded ToUnicode first, with code lengths from the font's
// encoding CMap (Identity-H: two bytes; simple fonts: one), then through
// the font's /Encoding and /Differences glyph names. A marked-content
// /ActualText replaces the text of the glyphs it covers when it gives one
// character per glyph (Chromium writes the ideograph there while its
// ToUnicode says the look-alike CJK radical).
//
// Encryption: files that open with the empty user password (an owner
// password only: "protected" reports) are read, with RC4 40 to 128 bit,
// AES-128 and AES-256 (revisions 5 and 6); see decrypt.go. Files that need
// a user password, or use another security handler, give ErrEncrypted.
//
// Every stream is decoded through MaxStreamBytes, every page through an
// operator budget and output caps, and every page runs under recover, so
// that a hostile or broken file costs an error for its page, never a crash
// or an unbounded allocation.
package pdftext

import "errors"

// Sentinel errors, tested with errors.Is. Package extract maps them to its
// own error classes; the wrapping error carries a detail for the user.
var (
	// ErrEncrypted: the file needs a user password, or uses an encryption
	// the reader does not implement (then the detail says which).
	ErrEncrypted = errors.New("encrypted")
	// ErrDamaged: not a PDF, truncated, damaged cross-reference table or
	// objects, or a content stream that cannot be decoded.
	ErrDamaged = errors.New("damaged PDF")
	// ErrLimit: a resource cap was hit (decoded stream size, operator or
	// glyph budget of a page).
	ErrLimit = errors.New("resource limit exceeded")
)

// Options bound the work done on one document. The zero value is usable.
type Options struct {
	// MaxStreamBytes caps the decoded size of any one stream (content
	// stream, Form XObject, CMap). A small stream that inflates past it is
	// refused with ErrLimit instead of exhausting memory. Zero means
	// DefaultMaxStreamBytes.
	MaxStreamBytes int64
	// MaxDepth caps the nesting of Form XObjects within a page and the depth
	// of the page tree, so that a deliberately deep or cyclic file cannot
	// exhaust the stack. Zero means DefaultMaxDepth.
	MaxDepth int
}

// Defaults for Options fields left zero.
const (
	DefaultMaxStreamBytes = 256 << 20
	DefaultMaxDepth       = 32
)

// Per-page caps. maxPageOps is the budget of operators plus glyphs one
// page may cost, Form XObjects included: real pages of our reports stay
// below 200 000, busy vector drawings below a few million; the cap stops
// forms that draw each other exponentially many times. The output caps
// bound the memory one page can take (a real page has some thousands of
// glyphs and rules).
const (
	maxPageOps    = 10_000_000
	maxPageGlyphs = 500_000
	maxPageRules  = 200_000
)

func (o Options) maxStream() int64 {
	if o.MaxStreamBytes > 0 {
		return o.MaxStreamBytes
	}
	return DefaultMaxStreamBytes
}

func (o Options) maxDepth() int {
	if o.MaxDepth > 0 {
		return o.MaxDepth
	}
	return DefaultMaxDepth
}

// Glyph is one character shown on the page.
type Glyph struct {
	// Text is the Unicode text of the glyph as decoded: /ActualText when the
	// producer gave one for exactly this glyph, else /ToUnicode, else the
	// font's /Encoding. It is not normalised (CJK radicals stay radicals;
	// extract.Normalize maps them). A glyph that cannot be decoded at all is
	// U+FFFD, so that callers can tell "undecodable" from "absent".
	Text string
	// X0, X1 are the left and right edge; X1 = X0 + advance width (without
	// character or word spacing).
	X0, X1 float64
	// Y0, Y1 are the top and bottom of the glyph's em box, estimated from
	// the size as baseline-0.88*size .. baseline+0.12*size: fonts' own
	// ascent values are too unreliable in these files to be worth reading.
	Y0, Y1 float64
	// Baseline is the Y of the glyph's baseline; for text rotated by 90 or
	// 270 degrees it is the X of the (vertical) baseline, so that it stays
	// constant along a line in every orientation.
	Baseline float64
	// Size is the effective font size in page space: Tf size times the
	// vertical scale of the text matrix and CTM.
	Size float64
	// Font is the font's BaseFont name, e.g. "ABCDEE+SimHei". Names that are
	// not UTF-8 (GBK names written by Word) are spelt with #XX escapes for
	// the non-ASCII bytes, as in the file.
	Font string
	// Bold is set when the font name or descriptor says bold, or the text
	// is painted with render mode 2 (fill and stroke: fake bold).
	Bold bool
	// Invisible is set for text render modes 3 and 7: an OCR layer or other
	// text that is present but not painted.
	Invisible bool
	// Artifact is set inside /Artifact marked content (running headers,
	// footers, page numbers, as tagged by the producer).
	Artifact bool
	// Rotation is the text direction in page space in degrees, clockwise:
	// 0 for normal left-to-right text, 90 for text running downwards, 270
	// for text running upwards. For rotated text X0..Y1 is the axis-aligned
	// box of the glyph and X1-X0 is no longer the advance.
	Rotation int
}

// Rule is a horizontal (Y0 == Y1) or vertical (X0 == X1) ruling segment,
// normalised so that X0 <= X1 and Y0 <= Y1. Width is the painted thickness
// in page space (0 for a hairline).
type Rule struct {
	X0, Y0, X1, Y1 float64
	Width          float64
}

// Horizontal reports whether r runs left to right.
func (r Rule) Horizontal() bool { return r.Y0 == r.Y1 && r.X1 > r.X0 }

// Rect is an axis-aligned rectangle in page space.
type Rect struct{ X0, Y0, X1, Y1 float64 }

// Page is what one page paints.
type Page struct {
	Number int
	// Width and Height of the visible page (CropBox, else MediaBox), after
	// /Rotate.
	Width, Height float64
	// Rotate is the page's /Rotate, normalised to 0, 90, 180 or 270. It is
	// already applied to every coordinate; it is here for diagnostics.
	Rotate int
	// Glyphs in content-stream order. Glyphs entirely outside the visible
	// page are dropped.
	Glyphs []Glyph
	// Rules are the thin axis-aligned lines painted on the page, in painting
	// order: stroked horizontal and vertical segments of any width, the
	// edges of stroked rectangles and filled rectangles thinner than
	// ThinRule. Lines painted white are dropped: they hide nothing and would
	// mislead table detection.
	Rules []Rule
	// Fills are non-white filled rectangles too thick to be rules (cell
	// shading, highlight boxes).
	Fills []Rect
	// ImageArea is the fraction (0..1) of the page area covered by painted
	// images, for telling a scanned page from a text page. Overlapping
	// images are counted twice, then the sum is capped at 1.
	ImageArea float64
	// Warnings are problems that did not stop the page: a skipped
	// self-referencing Form XObject, an undecodable font, a content stream
	// cut short.
	Warnings []string
}

// ThinRule is the thickness below which a filled rectangle counts as a
// ruling line: producers (WPS, Word) draw table borders as thin filled
// rectangles rather than stroked lines.
const ThinRule = 2.5

// minRuleLength is the shortest segment reported as a rule: shorter ones are
// the square dots some producers paint at border intersections.
const minRuleLength = 1.0
