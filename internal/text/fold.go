package text

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// folder computes the keys lexicons are matched on. It holds a cases.Caser, which is not safe
// for concurrent use, so each scanner has its own, made on the first token that needs it.
type folder struct {
	caser *cases.Caser
}

// appendKey appends the folded form of w to dst: lower-case, NFC, width-folded, with ’ ‘ ʼ
// made '. Words of ASCII letters and typographic apostrophes, the bulk of English news, take a
// byte loop; everything else goes through golang.org/x/text.
func (f *folder) appendKey(dst []byte, w string, nonASCII bool) []byte {
	if !nonASCII && !hasUpperASCII(w) {
		return append(dst, w...) // the common case: a lower-case ASCII word is its own key
	}
	if !nonASCII || apostrophesOnly(w) {
		for i := 0; i < len(w); i++ {
			c := w[i]
			switch {
			case 'A' <= c && c <= 'Z':
				dst = append(dst, c+'a'-'A')
			case c < utf8.RuneSelf:
				dst = append(dst, c)
			default:
				_, n := utf8.DecodeRuneInString(w[i:])
				dst = append(dst, '\'')
				i += n - 1
			}
		}
		return dst
	}
	if !norm.NFC.IsNormalString(w) {
		w = norm.NFC.String(w)
	}
	w = width.Fold.String(w)
	if f.caser == nil {
		c := cases.Fold()
		f.caser = &c
	}
	w = f.caser.String(w)
	for _, r := range w {
		if isApostrophe(r) {
			r = '\''
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

func hasUpperASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' {
			return true
		}
	}
	return false
}

// apostrophesOnly reports whether every non-ASCII rune of w is a typographic apostrophe.
func apostrophesOnly(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < utf8.RuneSelf {
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		if r != '’' && r != '‘' && r != 'ʼ' {
			return false
		}
		i += n - 1
	}
	return true
}

// Fold returns the key of an arbitrary string as the scanner would compute it for a word, for
// building lexicons at start-up. It is not for hot paths.
func Fold(s string) string {
	var f folder
	return string(f.appendKey(nil, s, strings.ContainsFunc(s, func(r rune) bool { return r >= utf8.RuneSelf })))
}
