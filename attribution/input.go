package attribution

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/bits"
	"strings"
	"time"
	"unicode/utf8"
)

// An Input is one document as the JSON Lines programs read it: {"id", "text", "date"}, the
// date YYYY-MM-DD, an RFC 3339 time (its date as written counts), or null. Pointers tell a missing field from an empty one. Embed it in a larger
// request to read more fields beside it.
type Input struct {
	ID   *string `json:"id"`   // the caller's document id, echoed in the output
	Text *string `json:"text"` // the article text; required
	Date *string `json:"date"` // the publication date, YYYY-MM-DD or an RFC 3339 time, or null
}

// Document returns the document in. Its error, for a missing text or a date that is neither
// YYYY-MM-DD nor an RFC 3339 time, says what is wrong; the Document's ID is set whenever in has one, so that an
// error record can name it.
func (in *Input) Document() (Document, error) {
	var doc Document
	if in.ID != nil {
		doc.ID = *in.ID
	}
	if in.Text == nil {
		return doc, errors.New(`missing "text"`)
	}
	doc.Text = *in.Text
	if in.Date != nil && *in.Date != "" {
		t, ok := parseDate(*in.Date)
		if !ok {
			t, ok = parseDateTime(*in.Date)
		}
		if !ok {
			return doc, fmt.Errorf("invalid date %q: want YYYY-MM-DD or an RFC 3339 time", *in.Date)
		}
		doc.Published = t
	}
	return doc, nil
}

// parseDateTime reads an RFC 3339 time, as feeds give a publication time
// ("2025-01-21T09:30:00+01:00"), and returns its date as written: the day of the place it was
// published, not of UTC.
func parseDateTime(s string) (time.Time, bool) {
	if len(s) <= len(time.DateOnly) || s[len(time.DateOnly)] != 'T' {
		return time.Time{}, false
	}
	if _, err := time.Parse(time.RFC3339Nano, s); err != nil {
		return time.Time{}, false
	}
	return parseDate(s[:len(time.DateOnly)])
}

// parseDate reads s as time.Parse(time.DateOnly, s) does, and reports whether it is such a
// date: four digits of year, two of month, two of day within the month, at under a third of
// the cost of the general layout parser.
func parseDate(s string) (time.Time, bool) {
	if len(s) != len(time.DateOnly) || s[4] != '-' || s[7] != '-' {
		return time.Time{}, false
	}
	y, ok1 := digitsOf(s[:4])
	m, ok2 := digitsOf(s[5:7])
	d, ok3 := digitsOf(s[8:])
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || d < 1 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false // past the month's end, which time.Date carries into the next
	}
	return t, true
}

// digitsOf returns the value of s and whether it is all ASCII digits.
func digitsOf(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// ParseInput reads one JSON Lines input line into v, an *Input or a struct embedding one, and
// says which way it is wrong: "not JSON: …" for a line that does not parse, "not a document
// object: …" for JSON of another shape.
func ParseInput(line []byte, v any) error {
	if in, ok := v.(*Input); ok && in.parseFlat(line) {
		return nil
	}
	if err := json.Unmarshal(line, v); err != nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) {
			return fmt.Errorf("not JSON: %v", err)
		}
		return fmt.Errorf("not a document object: %v", err)
	}
	return nil
}

// parseFlat is ParseInput's fast path for the common line: an object of the keys id, text and
// date, each once, spelt so and with a string or null value, whose strings are valid UTF-8
// with no \u escape. It sets what json.Unmarshal would and reports true, or reports false and
// leaves in alone for json.Unmarshal to read (and report on) every other line. The batch
// program reads about as many bytes as Attribute does; encoding/json's reflection and its
// separate validation pass cost a tenth of the program's time.
func (in *Input) parseFlat(line []byte) bool {
	var vals [3]*string
	var seen [3]bool
	i := skipSpace(line, 0)
	if i >= len(line) || line[i] != '{' {
		return false
	}
	i = skipSpace(line, i+1)
	if i < len(line) && line[i] == '}' {
		return skipSpace(line, i+1) == len(line)
	}
	for {
		key, j, ok := flatString(line, i)
		if !ok {
			return false
		}
		f := -1
		switch key {
		case "id":
			f = 0
		case "text":
			f = 1
		case "date":
			f = 2
		}
		if f < 0 || seen[f] {
			return false // other keys match fields case-insensitively, and a repeated key overrides
		}
		seen[f] = true
		i = skipSpace(line, j)
		if i >= len(line) || line[i] != ':' {
			return false
		}
		i = skipSpace(line, i+1)
		if i+4 <= len(line) && string(line[i:i+4]) == "null" {
			i += 4
		} else {
			val, j, ok := flatString(line, i)
			if !ok {
				return false
			}
			vals[f], i = &val, j
		}
		i = skipSpace(line, i)
		if i >= len(line) {
			return false
		}
		if line[i] == '}' {
			break
		}
		if line[i] != ',' {
			return false
		}
		i = skipSpace(line, i+1)
	}
	if skipSpace(line, i+1) != len(line) {
		return false
	}
	for f, p := range []**string{&in.ID, &in.Text, &in.Date} {
		if seen[f] {
			*p = vals[f]
		}
	}
	return true
}

// skipSpace returns the index of the first byte of b from i on that is not JSON whitespace.
func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// flatString decodes the JSON string that starts at b[i] and returns it and the index after it.
// It reports false for anything else, and for a string with a \u escape, a control character or
// invalid UTF-8, which json.Unmarshal reads (replacing lone surrogates and invalid bytes).
func flatString(b []byte, i int) (string, int, bool) {
	if i >= len(b) || b[i] != '"' {
		return "", 0, false
	}
	// One pass finds the end: bytes.IndexByte finds the next quote and the next backslash
	// before it, each looking at every byte once. From the first escape on, the string is
	// unescaped as it goes, into room for the rest of the line, which bounds it.
	// A string that ends there is then checked for control characters and invalid UTF-8.
	var sb strings.Builder
	j, run := i+1, i+1 // the plain bytes from run to j are not yet in sb
	quote := -1        // the first quote from j on, once found
	for {
		if quote < j {
			k := bytes.IndexByte(b[j:], '"')
			if k < 0 {
				return "", 0, false
			}
			quote = j + k
		}
		if b[j] != '\\' { // escapes come in runs (\n\n between paragraphs): the next needs no search
			k := bytes.IndexByte(b[j:quote], '\\')
			if k < 0 {
				j = quote
				break
			}
			j += k
		}
		c := unescape(b[j+1]) // b[j+1] exists: the quote is after it
		if c == 0 {
			return "", 0, false // \u, or not an escape
		}
		if sb.Cap() == 0 {
			sb.Grow(len(b) - (i + 1)) // the line bounds the string; the quote found may be an escaped one
		}
		sb.Write(b[run:j])
		sb.WriteByte(c)
		j += 2
		run = j
	}
	if !plainText(b[i+1 : j]) {
		return "", 0, false
	}
	if sb.Cap() == 0 {
		return string(b[i+1 : j]), j + 1, true
	}
	sb.Write(b[run:j])
	return sb.String(), j + 1, true
}

// plainText reports whether b holds no control character (a byte below 0x20) and is valid
// UTF-8: one pass, where a test for control characters and utf8.Valid took two, the second
// slow around each of news text's curly quotes and dashes. It looks at sixteen bytes at a
// time, and from a block's first byte from utf8.RuneSelf on reads one character, then goes on
// sixteen bytes at a time after it.
func plainText(b []byte) bool {
	const ones, tops = 0x0101010101010101, 0x8080808080808080
	for len(b) >= 16 {
		x, y := binary.LittleEndian.Uint64(b), binary.LittleEndian.Uint64(b[8:])
		// A top bit set where a byte is from utf8.RuneSelf on, or below 0x20, which wraps
		// round when 0x20 is taken from it (no other byte starts a borrow): one test passes
		// the blocks of plain ASCII, most of a text.
		if ((x-ones*0x20)|x|(y-ones*0x20)|y)&tops == 0 {
			b = b[16:]
			continue
		}
		// The same for control characters alone: exact as to whether there is one.
		if ((x-ones*0x20)&^x|(y-ones*0x20)&^y)&tops != 0 {
			return false
		}
		k := bits.TrailingZeros64(x&tops) / 8 // 8 when x has none
		if k == 8 {
			k += bits.TrailingZeros64(y&tops) / 8
		}
		n := plainLen(b[k:])
		if n == 0 {
			return false
		}
		b = b[k+n:]
	}
	for len(b) > 0 {
		n := plainLen(b)
		if n == 0 {
			return false
		}
		b = b[n:]
	}
	return true
}

// plainLen returns the length of the character b starts with, or 0 for a control character
// or invalid UTF-8. The three-byte characters of punctuation (E2 80 9C is “) are tested here,
// without a call.
func plainLen(b []byte) int {
	c := b[0]
	if c < utf8.RuneSelf {
		if c < 0x20 {
			return 0
		}
		return 1
	}
	// From E1 to EF but ED, the second byte takes any value from 80 to BF.
	if c&0xF0 == 0xE0 && c != 0xE0 && c != 0xED && len(b) >= 3 && b[1]&0xC0 == 0x80 && b[2]&0xC0 == 0x80 {
		return 3
	}
	r, n := utf8.DecodeRune(b)
	if r == utf8.RuneError && n == 1 {
		return 0
	}
	return n
}

// unescape returns the byte the escape \c stands for, or 0 for an escape flatString leaves to
// encoding/json.
func unescape(c byte) byte {
	switch c {
	case '"', '\\', '/':
		return c
	case 'b':
		return '\b'
	case 'f':
		return '\f'
	case 'n':
		return '\n'
	case 'r':
		return '\r'
	case 't':
		return '\t'
	}
	return 0
}
