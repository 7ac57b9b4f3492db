package pdftext

import (
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// Predefined CMaps whose codes are a legacy Chinese charset (GBK-EUC-H,
// GB-EUC-H, B5pc-H...). A viewer maps such a code to a CID of the
// character collection and the CID to Unicode; the charset's own mapping
// to Unicode gives the same text in one step. WPS writes non-embedded
// FangSong and SimHei as Type 0 fonts on GBK-EUC-H without ToUnicode, and
// their text is only readable this way.

// legacyCharset is a code → Unicode table of one charset, built once per
// process: two-byte codes by lead byte 0x81-0xFE, single bytes as ASCII.
type legacyCharset struct {
	once  sync.Once
	enc   encoding.Encoding
	table []rune // (lead-0x81)*256 + trail → rune, 0 when undefined
}

var (
	gbkCharset  = &legacyCharset{enc: simplifiedchinese.GBK}
	big5Charset = &legacyCharset{enc: traditionalchinese.Big5}
)

// legacyCMap returns the charset of a predefined CMap name, nil when its
// codes are not one we can decode.
func legacyCMap(name string) *legacyCharset {
	// GB/T 12345 (GBT-*) is the traditional-character GB set: not GBK.
	switch {
	case strings.HasPrefix(name, "GB-EUC-"), strings.HasPrefix(name, "GBpc-EUC-"),
		strings.HasPrefix(name, "GBK-EUC-"), strings.HasPrefix(name, "GBKp-EUC-"),
		strings.HasPrefix(name, "GBK2K-"):
		return gbkCharset
	case strings.HasPrefix(name, "B5pc-"), strings.HasPrefix(name, "ETen-B5-"),
		strings.HasPrefix(name, "HKscs-B5-"), strings.HasPrefix(name, "B5-"):
		return big5Charset
	}
	return nil
}

func (c *legacyCharset) build() {
	c.table = make([]rune, 126*256)
	dec := c.enc.NewDecoder()
	var b [2]byte
	for lead := 0x81; lead <= 0xfe; lead++ {
		for trail := 0x40; trail <= 0xfe; trail++ {
			b[0], b[1] = byte(lead), byte(trail)
			out, err := dec.Bytes(b[:])
			if err != nil {
				continue
			}
			r, n := utf8.DecodeRune(out)
			// Private-use code points (GBK's user-defined areas) name
			// no character.
			if n != len(out) || validRune(r) == 0 || r >= 0xe000 && r < 0xf900 {
				continue
			}
			c.table[(lead-0x81)*256+trail] = r
		}
	}
}

// text decodes one code as split by font.nextCode (1 or 2 bytes); it is
// empty for codes the charset leaves undefined.
func (c *legacyCharset) text(code uint32) string {
	if code < 0x100 {
		if code >= 0x20 && code < 0x7f {
			return string(rune(code))
		}
		return ""
	}
	lead, trail := code>>8, code&0xff
	if code > 0xffff || lead < 0x81 || lead > 0xfe {
		return ""
	}
	c.once.Do(c.build)
	if r := c.table[(lead-0x81)*256+trail]; r != 0 {
		return string(r)
	}
	return ""
}
