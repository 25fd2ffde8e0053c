package attribution

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"
	"unicode/utf8"
)

// An Input is one document as the JSON Lines programs read it: {"id", "text", "date"}, the
// date YYYY-MM-DD or null. Pointers tell a missing field from an empty one. Embed it in a larger
// request to read more fields beside it.
type Input struct {
	ID   *string `json:"id"`   // the caller's document id, echoed in the output
	Text *string `json:"text"` // the article text; required
	Date *string `json:"date"` // the publication date, YYYY-MM-DD, or null
}

// Document returns the document in. Its error, for a missing text or a date that is not
// YYYY-MM-DD, says what is wrong; the Document's ID is set whenever in has one, so that an
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
		t, err := time.Parse(time.DateOnly, *in.Date)
		if err != nil {
			return doc, fmt.Errorf("invalid date %q: want YYYY-MM-DD", *in.Date)
		}
		doc.Published = t
	}
	return doc, nil
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
	start := i + 1
	var buf []byte // the decoded string, once it has an escape
	for j := start; j < len(b); {
		for j < len(b) && flatPlain[b[j]] { // the common case, a byte at a time
			j++
		}
		if j == len(b) {
			break
		}
		switch c := b[j]; {
		case c == '"':
			if buf == nil {
				return string(b[start:j]), j + 1, true
			}
			return string(append(buf, b[start:j]...)), j + 1, true
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRune(b[j:])
			if r == utf8.RuneError && n == 1 {
				return "", 0, false
			}
			j += n
		case c == '\\':
			if j+1 >= len(b) {
				return "", 0, false
			}
			var r byte
			switch b[j+1] {
			case '"', '\\', '/':
				r = b[j+1]
			case 'b':
				r = '\b'
			case 'f':
				r = '\f'
			case 'n':
				r = '\n'
			case 'r':
				r = '\r'
			case 't':
				r = '\t'
			default:
				return "", 0, false
			}
			if buf == nil {
				buf = make([]byte, 0, len(b)-start)
			}
			buf = append(buf, b[start:j]...)
			buf = append(buf, r)
			j += 2
			start = j
		default: // a control character
			return "", 0, false
		}
	}
	return "", 0, false
}

// flatPlain holds the bytes that stand for themselves in a JSON string: ASCII but for control
// characters, the quote and the backslash.
var flatPlain = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()
