package text

import (
	"unicode"
	"unicode/utf8"
)

// class is the scanner's view of one character.
type class uint8

const (
	cSymbol class = iota
	cLetter
	cDigit
	cSpace
	cNewline
	cPunct
	cMark
)

// asciiClass classifies every ASCII byte; bytes >= utf8.RuneSelf go through runeClass.
var asciiClass = func() (t [utf8.RuneSelf]class) {
	for c := range utf8.RuneSelf {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			t[c] = cLetter
		case '0' <= c && c <= '9':
			t[c] = cDigit
		case c == '\n' || c == '\r':
			t[c] = cNewline
		case c == ' ' || c < 0x20 || c == 0x7f:
			// Control characters, NUL included, separate tokens like spaces: feed text carries
			// stray ones and they must never end up inside a word.
			t[c] = cSpace
		case c == '"' || c == '\'' || c == '`':
			t[c] = cMark
		case c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' ||
			c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}' ||
			c == '-' || c == '/':
			t[c] = cPunct
		default:
			t[c] = cSymbol
		}
	}
	return t
}()

// runeClass classifies a non-ASCII rune. size is the width of its encoding; an invalid byte
// (utf8.RuneError of size 1) is a symbol of its own, so that spans stay on the caller's bytes.
func runeClass(r rune, size int) class {
	switch {
	case r == utf8.RuneError && size <= 1:
		return cSymbol
	case isQuoteRune(r):
		return cMark
	case r == 0x2028 || r == 0x2029 || r == 0x85:
		return cNewline
	case r == 0x200c || r == 0x200d: // zero-width (non-)joiners sit inside words
		return cLetter
	case r == 0x200b || r == 0xfeff || r == 0x2060 || r == 0xad:
		return cSpace
	case isCJK(r) || unicode.IsLetter(r) || unicode.In(r, unicode.Mn, unicode.Mc):
		return cLetter
	case unicode.IsDigit(r):
		return cDigit
	case unicode.IsSpace(r) || unicode.IsControl(r):
		return cSpace
	case unicode.IsPunct(r):
		return cPunct
	}
	return cSymbol
}

// isCJK reports whether r is a kana or a CJK unified ideograph: letters without case, the bulk
// of Japanese and Chinese text, told by their ranges rather than by a search of the tables of
// package unicode.
func isCJK(r rune) bool {
	return 0x4e00 <= r && r <= 0x9fff || 0x3041 <= r && r <= 0x3096 || 0x30a1 <= r && r <= 0x30fa
}

// isQuoteRune reports whether r may be a quotation mark (or, for ’, an apostrophe).
func isQuoteRune(r rune) bool {
	switch r {
	case '“', '”', '„', '‟', '‘', '’', '‚', '‛', '«', '»', '‹', '›',
		'「', '」', '『', '』', '〝', '〞', '〟', '＂', '＇':
		return true
	}
	return false
}

// isApostrophe reports whether r may join the two halves of a word (don't, O’Brien).
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// isHyphen reports whether r joins the parts of a compound word.
func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// decode returns the class, rune and width of the character at s[i].
func decode(s string, i int) (class, rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return asciiClass[c], rune(c), 1
	}
	// Latin-1 and the General Punctuation block (’ “ ” — … and the no-break space), nearly
	// all the characters beyond ASCII of English news, are classed from tables of runeClass's
	// answers, without package utf8's decoding or a search of package unicode's tables.
	if c&^1 == 0xc2 && i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
		r := rune(c&1)<<6 | rune(s[i+1]&0x3f) | 0x80
		return latin1Class[r&0x7f], r, 2
	}
	if c == 0xe2 && i+2 < len(s) && s[i+1]&^1 == 0x80 && s[i+2]&0xc0 == 0x80 {
		r := rune(s[i+1]&1)<<6 | rune(s[i+2]&0x3f) | 0x2000
		return punctClass[r&0x7f], r, 3
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	return runeClass(r, n), r, n
}

// latin1Class and punctClass, runeClass's answers for U+0080 to U+00FF and for U+2000 to
// U+207F, are in classtables.go, written by TestClassTables: literals cost nothing at start-up,
// where runeClass's searches of package unicode's tables took 0.13M instructions.
