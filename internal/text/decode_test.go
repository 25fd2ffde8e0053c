package text

import (
	"testing"
	"unicode/utf8"
)

// TestDecodeTables checks decode, which classes Latin-1 and General Punctuation from tables,
// against decoding with package utf8 and runeClass: every character up to U+3000 and some of
// those beyond (the rest decode as before, and would take fifty times as long), and every
// sequence of the lead bytes C2, C3 and E2 with any one or two bytes after, cut short or not.
func TestDecodeTables(t *testing.T) {
	check := func(s string) {
		t.Helper()
		r, n := utf8.DecodeRuneInString(s)
		if gc, gr, gn := decode(s, 0); gc != runeClass(r, n) || gr != r || gn != n {
			t.Fatalf("decode(%q) = %d, %U, %d; want %d, %U, %d", s, gc, gr, gn, runeClass(r, n), r, n)
		}
	}
	for _, rs := range [][2]rune{{0x80, 0x3000}, {0xfff0, 0x10100}, {utf8.MaxRune - 0x10, utf8.MaxRune + 1}} {
		for r := rs[0]; r < rs[1]; r++ {
			if utf8.ValidRune(r) {
				check(string(r))
				check(string(r) + "a")
			}
		}
	}
	for _, lead := range []byte{0xc2, 0xc3, 0xe2} {
		check(string([]byte{lead}))
		for b := range 256 {
			check(string([]byte{lead, byte(b)}))
			check(string([]byte{lead, byte(b), 'x'}))
			for c := range 256 {
				check(string([]byte{lead, byte(b), byte(c)}))
			}
		}
	}
}

// TestASCIIWordClass checks that asciiWord marks the ASCII bytes that asciiClass calls letters
// or digits, and no others: number passes them without decode.
func TestASCIIWordClass(t *testing.T) {
	for b := range byte(utf8.RuneSelf) {
		if got, want := asciiWord[b] != 0, asciiClass[b] == cLetter || asciiClass[b] == cDigit; got != want {
			t.Errorf("byte %q: asciiWord marks it %v, asciiClass has it a letter or digit %v", b, got, want)
		}
	}
}
