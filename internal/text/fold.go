package text

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// folder computes the keys lexicons are matched on. It holds a cases.Caser, which is not safe
// for concurrent use, so each scanner has its own, made on the first token that needs it, and
// scratch buffers for the steps of folding a non-ASCII word.
type folder struct {
	caser      transform.Transformer
	nfc, width []byte
	folded     []byte
}

// widthFold is width.Fold as a transform.Transformer, converted once: it keeps no state.
var widthFold transform.Transformer = width.Fold

// appendKey appends the folded form of w to dst: lower-case, NFC, width-folded, with ’ ‘ ʼ
// made '. Words of ASCII letters and typographic apostrophes, the bulk of English news, take a
// byte loop; everything else goes through golang.org/x/text.
func (f *folder) appendKey(dst []byte, w string, nonASCII bool) []byte {
	if !nonASCII {
		return appendLowerASCII(dst, w)
	}
	if d, ok := appendApostrophes(dst, w); ok {
		return d
	}
	if d, ok := appendKnownFold(dst, w); ok {
		return d
	}
	if f.caser == nil {
		f.caser = cases.Fold()
	}
	// NFC, width folding and case folding, each appending to a buffer kept for the next word.
	f.nfc = norm.NFC.AppendString(f.nfc[:0], w)
	f.width, _, _ = transform.Append(widthFold, f.width[:0], f.nfc)
	f.folded, _, _ = transform.Append(f.caser, f.folded[:0], f.width)
	for _, r := range string(f.folded) {
		if isApostrophe(r) {
			r = '\''
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// appendLowerASCII appends the ASCII word w to dst in lower case. It lower-cases into dst's
// spare room, which the scanner sizes for all the keys of a text, rather than append a byte
// at a time: capitalised words are the bulk of the folded keys.
func appendLowerASCII(dst []byte, w string) []byte {
	n := len(dst)
	if cap(dst)-n < len(w) {
		dst = append(dst, w...)
	}
	dst = dst[:n+len(w)]
	k := dst[n:]
	for i, c := range []byte(w[:len(k)]) {
		if c-'A' < 26 {
			c += 'a' - 'A'
		}
		k[i] = c
	}
	return dst
}

// appendKnownFold appends the key of w if every character of w that is not ASCII is one whose
// key is known without golang.org/x/text: a letter of Latin-1 but ß, a kana or a CJK ideograph
// (each its own NFC, width and case folding, and composing with nothing), or an apostrophe. It
// returns false, and dst as it was, for any other: the words of French, Spanish or Japanese
// skip the thousands of instructions of the transforms.
func appendKnownFold(dst []byte, w string) ([]byte, bool) {
	n := len(dst)
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			if c-'A' < 26 {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		switch {
		case r == '’' || r == 'ʼ':
			dst = append(dst, '\'')
		case r == 'ß': // folds to ss
			return dst[:n], false
		case 'À' <= r && r <= 'Þ' && r != '×':
			dst = utf8.AppendRune(dst, r+'à'-'À')
		case '×' <= r && r <= 'ÿ', // the rest of Latin-1's letters, lower-case already
			'ぁ' <= r && r <= 'ゖ', 'ゝ' <= r && r <= 'ヿ', // kana, less the combining sound marks
			'一' <= r && r <= '\u9fff': // CJK Unified Ideographs
			dst = append(dst, w[i:i+size]...)
		default:
			return dst[:n], false
		}
		i += size
	}
	return dst, true
}

func hasUpperASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' {
			return true
		}
	}
	return false
}

// appendApostrophes appends the key of w if its only characters beyond ASCII are typographic
// apostrophes (’ ‘ ʼ), each made ', as in English news's don’t and O’Brien. It returns false,
// and dst as it was, for any other. The apostrophes are told by their bytes, in one pass.
func appendApostrophes(dst []byte, w string) ([]byte, bool) {
	n := len(dst)
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c-'A' < 26:
			dst = append(dst, c+'a'-'A')
		case c < utf8.RuneSelf:
			dst = append(dst, c)
		case c == 0xe2 && i+2 < len(w) && w[i+1] == 0x80 && w[i+2]&^1 == 0x98: // ’ ‘
			dst = append(dst, '\'')
			i += 2
		case c == 0xca && i+1 < len(w) && w[i+1] == 0xbc: // ʼ
			dst = append(dst, '\'')
			i++
		default:
			return dst[:n], false
		}
	}
	return dst, true
}

// LowerASCII reports whether s is ASCII with no capital letter: then strings.ToLower(s) and
// Fold(s) are s itself, which callers folding many such words can skip the call for.
func LowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c-'A' < 26 {
			return false
		}
	}
	return true
}

// Fold returns the key of an arbitrary string as the scanner would compute it for a word, for
// building lexicons at start-up. It is not for hot paths, but the lists it folds are long and
// nine words in ten ASCII, whose key is the word in lower case: one pass finds whether s is
// ASCII and has capitals, and a word already in lower case is its own key, with no copy.
func Fold(s string) string {
	upper := false
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf {
			var f folder
			return string(f.appendKey(nil, s, true))
		} else if c-'A' < 26 {
			upper = true
		}
	}
	if !upper {
		return s
	}
	return strings.ToLower(s)
}
