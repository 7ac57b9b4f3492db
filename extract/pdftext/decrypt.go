package pdftext

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/md5"
	"crypto/rc4"
	"crypto/sha256"
	"crypto/sha512"
	"fmt"
	"hash"
	"strconv"

	"github.com/ledongthuc/pdf"
)

// Decryption the library cannot do itself.
//
// github.com/ledongthuc/pdf decrypts RC4 and AES-128 (V4, AESV2) files
// opened with the empty user password, but refuses AES-256 (V5, revisions 5
// and 6, the default of current Acrobat, WPS and qpdf) and decrypts 40-bit
// RC4 wrongly (it does not cut the object key to n+5 bytes). Government
// reports are often "protected" with an owner password only, which any
// reader may open, so these files must be read.
//
// For them we decrypt a copy of the file in place before the library sees
// it: every stream's data is decrypted where it lies (AES plaintext is
// shorter than its ciphertext; the rest of the old extent is blanked with
// spaces, which neither content streams nor Flate data mind), and the
// trailer's /Encrypt key is renamed so that the library reads the copy as
// an unencrypted file, object streams included. Strings inside objects
// (not inside streams) stay encrypted; we read none that matter, except
// /ActualText given through a /Properties resource, which is then ignored.

// ownCryptoNeeded reports whether an opened, encrypted file uses an RC4
// key too short for the library: object keys shorter than 16 bytes.
func ownCryptoNeeded(r *pdf.Reader) bool {
	enc := r.Trailer().Key("Encrypt")
	if enc.Kind() != pdf.Dict {
		return false
	}
	v := enc.Key("V").Int64()
	n := enc.Key("Length").Int64()
	if n == 0 {
		n = 40
	}
	return (v == 1 || v == 2) && n/8+5 < 16
}

var encryptKey = []byte("/Encrypt")

// decryptCopy returns a decrypted copy of data and the library reader on
// it, or an error wrapping ErrEncrypted.
func decryptCopy(data []byte) (*pdf.Reader, error) {
	buf := bytes.Clone(data)
	// Rename /Encrypt in trailers and cross-reference stream dictionaries
	// (not /EncryptMetadata: the next byte must end the name).
	for i := 0; ; {
		j := bytes.Index(buf[i:], encryptKey)
		if j < 0 {
			break
		}
		p := i + j + len(encryptKey)
		if p < len(buf) && !isRegular(buf[p]) {
			buf[p-1] = 'X'
		}
		i = p
	}
	r, err := pdf.NewReader(headerFix{buf}, int64(len(buf)))
	if err != nil {
		return nil, fmt.Errorf("%w: %s", ErrDamaged, trimLib(err.Error()))
	}
	enc := r.Trailer().Key("EncrypX")
	if enc.Kind() != pdf.Dict {
		return nil, fmt.Errorf("%w: encryption dictionary missing", ErrDamaged)
	}
	c, err := newCrypt(enc, r.Trailer().Key("ID").Index(0).RawString())
	if err != nil {
		return nil, err
	}
	decryptStreams(buf, c)
	return r, nil
}

type cryptMethod uint8

const (
	cryptNone cryptMethod = iota
	cryptRC4
	cryptAESV2
	cryptAESV3
)

type crypt struct {
	key    []byte
	rev    int64
	method cryptMethod
	// skipMetadata: /EncryptMetadata false leaves XMP streams in clear.
	skipMetadata bool
}

var passwordPad = []byte{
	0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
	0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
}

var errUserPassword = fmt.Errorf("%w: user password required", ErrEncrypted)

// newCrypt derives the file key for the empty user password (PDF 32000-1
// §7.6.3.3 Algorithms 2, 4 and 5; ISO 32000-2 Algorithms 2.A and 2.B).
func newCrypt(enc pdf.Value, id string) (*crypt, error) {
	if f := enc.Key("Filter").Name(); f != "Standard" {
		return nil, fmt.Errorf("%w: unsupported encryption (security handler %s)", ErrEncrypted, f)
	}
	v, rev := enc.Key("V").Int64(), enc.Key("R").Int64()
	o, u := []byte(enc.Key("O").RawString()), []byte(enc.Key("U").RawString())
	c := &crypt{rev: rev}
	if em := enc.Key("EncryptMetadata"); em.Kind() == pdf.Bool && !em.Bool() {
		c.skipMetadata = true
	}
	switch v {
	case 1, 2:
		c.method = cryptRC4
	case 4, 5:
		stmf := enc.Key("StmF").Name()
		cfm := enc.Key("CF").Key(stmf).Key("CFM").Name()
		switch {
		case stmf == "" || stmf == "Identity" || cfm == "None":
			c.method = cryptNone
		case cfm == "V2":
			c.method = cryptRC4
		case cfm == "AESV2":
			c.method = cryptAESV2
		case cfm == "AESV3":
			c.method = cryptAESV3
		default:
			return nil, fmt.Errorf("%w: unsupported encryption (crypt filter %s)", ErrEncrypted, cfm)
		}
	default:
		return nil, fmt.Errorf("%w: unsupported encryption (V=%d)", ErrEncrypted, v)
	}

	if rev >= 5 {
		ue := []byte(enc.Key("UE").RawString())
		if len(u) < 48 || len(ue) < 32 {
			return nil, fmt.Errorf("%w: malformed encryption dictionary", ErrDamaged)
		}
		check := hashR6(nil, u[32:40], rev)
		if !bytes.Equal(check, u[:32]) {
			return nil, errUserPassword
		}
		block, err := aes.NewCipher(hashR6(nil, u[40:48], rev))
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrDamaged, err)
		}
		c.key = make([]byte, 32)
		cipher.NewCBCDecrypter(block, make([]byte, 16)).CryptBlocks(c.key, ue[:32])
		return c, nil
	}

	n := enc.Key("Length").Int64()
	if n == 0 {
		n = 40
	}
	if v == 4 && c.method == cryptAESV2 {
		n = 128
	}
	if n < 40 || n > 128 || n%8 != 0 || len(o) < 32 || len(u) < 32 {
		return nil, fmt.Errorf("%w: malformed encryption dictionary", ErrDamaged)
	}
	h := md5.New()
	h.Write(passwordPad)
	h.Write(o[:32])
	p := uint32(enc.Key("P").Int64())
	h.Write([]byte{byte(p), byte(p >> 8), byte(p >> 16), byte(p >> 24)})
	h.Write([]byte(id))
	if rev >= 4 && c.skipMetadata {
		h.Write([]byte{0xff, 0xff, 0xff, 0xff})
	}
	key := h.Sum(nil)
	kn := int(n / 8)
	if rev >= 3 {
		for i := 0; i < 50; i++ {
			s := md5.Sum(key[:kn])
			key = s[:]
		}
	}
	key = key[:kn]
	// Check the key against /U (Algorithms 4 and 5).
	var want []byte
	if rev == 2 {
		want = bytes.Clone(passwordPad)
		rc, _ := rc4.NewCipher(key)
		rc.XORKeyStream(want, want)
		if !bytes.Equal(want, u[:32]) {
			return nil, errUserPassword
		}
	} else {
		s := md5.Sum(append(bytes.Clone(passwordPad), id...))
		want = s[:]
		k := make([]byte, len(key))
		for i := 0; i < 20; i++ {
			for j := range key {
				k[j] = key[j] ^ byte(i)
			}
			rc, _ := rc4.NewCipher(k)
			rc.XORKeyStream(want, want)
		}
		if !bytes.Equal(want, u[:16]) {
			return nil, errUserPassword
		}
	}
	c.key = key
	return c, nil
}

// hashR6 is the revision 6 password hash (ISO 32000-2 Algorithm 2.B) of the
// password with salt and udata; revision 5 is plain SHA-256.
func hashR6(password, salt []byte, rev int64) []byte {
	h := sha256.New()
	h.Write(password)
	h.Write(salt)
	k := h.Sum(nil)
	if rev == 5 {
		return k
	}
	var e []byte
	for i := 0; ; i++ {
		k1 := make([]byte, 0, 64*(len(password)+len(k)))
		for j := 0; j < 64; j++ {
			k1 = append(k1, password...)
			k1 = append(k1, k...)
		}
		block, _ := aes.NewCipher(k[:16])
		e = make([]byte, len(k1))
		cipher.NewCBCEncrypter(block, k[16:32]).CryptBlocks(e, k1)
		sum := 0
		for _, b := range e[:16] {
			sum += int(b)
		}
		var hh hash.Hash
		switch sum % 3 {
		case 0:
			hh = sha256.New()
		case 1:
			hh = sha512.New384()
		default:
			hh = sha512.New()
		}
		hh.Write(e)
		k = hh.Sum(nil)
		if i >= 63 && int(e[len(e)-1]) <= i-32 {
			break
		}
	}
	return k[:32]
}

// objectKey is the key for one object's data (Algorithm 1); AES-256 uses
// the file key itself.
func (c *crypt) objectKey(id, gen int) []byte {
	if c.method == cryptAESV3 {
		return c.key
	}
	h := md5.New()
	h.Write(c.key)
	h.Write([]byte{byte(id), byte(id >> 8), byte(id >> 16), byte(gen), byte(gen >> 8)})
	if c.method == cryptAESV2 {
		h.Write([]byte("sAlT"))
	}
	return h.Sum(nil)[:min(len(c.key)+5, 16)]
}

// decrypt decrypts data in place and returns the plaintext (a prefix of
// data for AES).
func (c *crypt) decrypt(id, gen int, data []byte) []byte {
	key := c.objectKey(id, gen)
	switch c.method {
	case cryptRC4:
		rc, _ := rc4.NewCipher(key)
		rc.XORKeyStream(data, data)
		return data
	case cryptAESV2, cryptAESV3:
		if len(data) < 32 {
			return nil
		}
		block, err := aes.NewCipher(key)
		if err != nil {
			return nil
		}
		body := data[16:]
		body = body[:len(body)/16*16]
		cipher.NewCBCDecrypter(block, data[:16]).CryptBlocks(body, body)
		if pad := int(body[len(body)-1]); pad >= 1 && pad <= 16 {
			body = body[:len(body)-pad]
		}
		n := copy(data, body)
		return data[:n]
	}
	return data
}

// objHeader is an "id gen obj" found in the file.
type objHeader struct {
	id, gen int
	body    int // offset just after "obj"
}

// findObjects lists the indirect object definitions in the file by their
// "id gen obj" headers. Scanning rather than following the xref: the xref
// is the library's, and a later definition of the same object (an
// incremental update) is encrypted with the same key anyway.
func findObjects(buf []byte) []objHeader {
	var out []objHeader
	for i := 0; ; {
		j := bytes.Index(buf[i:], []byte("obj"))
		if j < 0 {
			return out
		}
		p := i + j
		i = p + 3
		if i < len(buf) && isRegular(buf[i]) {
			continue // "objects", "endobj" is caught below
		}
		q := p
		numBack := func() (int, bool) {
			for q > 0 && isSpace(buf[q-1]) {
				q--
			}
			e := q
			for q > 0 && buf[q-1] >= '0' && buf[q-1] <= '9' {
				q--
			}
			if q == e || e-q > 10 {
				return 0, false
			}
			v, err := strconv.Atoi(string(buf[q:e]))
			return v, err == nil
		}
		if q == p && p > 0 && !isSpace(buf[p-1]) {
			continue // "endobj"
		}
		gen, ok1 := numBack()
		id, ok2 := numBack()
		if !ok1 || !ok2 || q > 0 && isRegular(buf[q-1]) {
			continue
		}
		out = append(out, objHeader{id: id, gen: gen, body: i})
	}
}

// decryptStreams decrypts the data of every stream object in buf in place.
func decryptStreams(buf []byte, c *crypt) {
	objs := findObjects(buf)
	last := make(map[int]int, len(objs))
	for k, o := range objs {
		last[o.id] = k
	}
	l := newLexer(nil)
	intAt := func(id int) (int, bool) { // an indirect /Length
		k, ok := last[id]
		if !ok {
			return 0, false
		}
		l.reset(buf[objs[k].body:min(len(buf), objs[k].body+64)])
		t, o, _ := l.scan(0)
		return int(o.num), t == tOperand && o.kind == kNum
	}
	for _, o := range objs {
		l.reset(buf[o.body:])
		op := l.nextOp()
		if string(op) != "stream" || len(l.ops) == 0 || l.ops[len(l.ops)-1].kind != kDict {
			continue
		}
		dict := l.ops[len(l.ops)-1]
		start := o.body + l.pos
		if start < len(buf) && buf[start] == '\r' {
			start++
		}
		if start < len(buf) && buf[start] == '\n' {
			start++
		}
		if t, ok := l.dictGet(dict, "Type"); ok && t.kind == kName {
			switch string(l.bytesOf(t)) {
			case "XRef":
				continue // never encrypted
			case "Metadata":
				if c.skipMetadata {
					continue
				}
			}
		}
		if f, ok := l.dictGet(dict, "Filter"); ok && hasCryptFilter(l, f) {
			continue // a per-stream crypt filter: only Identity is in use
		}
		n := -1
		if lv, ok := l.dictGet(dict, "Length"); ok {
			switch lv.kind {
			case kNum:
				n = int(lv.num)
			case kRef:
				if v, ok := intAt(int(lv.num)); ok {
					n = v
				}
			}
		}
		if n < 0 || start+n > len(buf) {
			e := bytes.Index(buf[start:], []byte("endstream"))
			if e < 0 {
				continue
			}
			n = e
		}
		ext := buf[start : start+n]
		plain := c.decrypt(o.id, o.gen, ext)
		for i := len(plain); i < len(ext); i++ {
			ext[i] = ' '
		}
	}
}

func hasCryptFilter(l *lexer, f operand) bool {
	if f.kind == kName {
		return string(l.bytesOf(f)) == "Crypt"
	}
	for _, e := range l.elemsOf(f) {
		if e.kind == kName && string(l.bytesOf(e)) == "Crypt" {
			return true
		}
	}
	return false
}
