package text

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// foldReference is the folding of appendKey written the plain way, with the String methods of
// golang.org/x/text: the reference the buffered version must agree with.
func foldReference(w string) string {
	if !strings.ContainsFunc(w, func(r rune) bool { return r >= utf8.RuneSelf && r != '’' && r != '‘' && r != 'ʼ' }) {
		var b strings.Builder
		for _, r := range w {
			switch {
			case 'A' <= r && r <= 'Z':
				b.WriteRune(r + 'a' - 'A')
			case r < utf8.RuneSelf:
				b.WriteRune(r)
			default:
				b.WriteByte('\'')
			}
		}
		return b.String()
	}
	if !norm.NFC.IsNormalString(w) {
		w = norm.NFC.String(w)
	}
	w = width.Fold.String(w)
	w = cases.Fold().String(w)
	var b strings.Builder
	for _, r := range w {
		if isApostrophe(r) {
			r = '\''
		}
		b.WriteRune(r)
	}
	return b.String()
}

var foldCases = []string{
	"said", "Said", "MINISTRY", "Don’t", "O’Brien", "Zürich", "ZÜRICH", "Straße", "ǅemal",
	"Ｔｏｋｙｏ", "ｶﾀｶﾅ", "e\u0301", "İstanbul", "ΣΟΦΙΑ", "Ωμέγα", "Ｈｅｌｌｏ’ｓ", "ﬁnance",
	"x\u200dy", "a‐b", "Łódź", "", "ʼokina", "中文", "Москва",
	"céderons", "DÉCLARÉ", "Ÿÿ×÷ÀÞàþ", "必ず実現する", "ラーメン", "ゝゞヽヾ", "か\u3099", "ｶ", "Qu’à", "µ",
}

func TestFoldBuffered(t *testing.T) {
	var f folder
	for _, w := range foldCases {
		nonASCII := strings.ContainsFunc(w, func(r rune) bool { return r >= utf8.RuneSelf })
		got := string(f.appendKey([]byte("prefix"), w, nonASCII))
		if want := "prefix" + foldReference(w); got != want {
			t.Errorf("appendKey(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestFoldEveryRune checks appendKey against foldReference for every character of the Basic
// Multilingual Plane, alone, among ASCII letters and next to a character of each script that
// appendKnownFold takes, so that its table of characters is checked whole.
func TestFoldEveryRune(t *testing.T) {
	var f folder
	for r := rune(utf8.RuneSelf); r < 0x10000; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		c := string(r)
		for _, w := range []string{c, "A" + c + "b", c + "’S", "É" + c, c + "ち", "字" + c} {
			if got, want := string(f.appendKey(nil, w, true)), foldReference(w); got != want {
				t.Fatalf("appendKey(%q) = %q, want %q", w, got, want)
			}
		}
	}
}

// FuzzFold checks the buffered folding of appendKey against foldReference, one folder serving
// every input as in a scan.
func FuzzFold(f *testing.F) {
	for _, w := range foldCases {
		f.Add(w)
	}
	var fo folder
	f.Fuzz(func(t *testing.T, w string) {
		if !utf8.ValidString(w) {
			return // words never hold invalid bytes: the scanner makes each one a symbol
		}
		nonASCII := strings.ContainsFunc(w, func(r rune) bool { return r >= utf8.RuneSelf })
		want := foldReference(w)
		if got := string(fo.appendKey(nil, w, nonASCII)); got != want {
			t.Errorf("appendKey(%q) = %q, want %q", w, got, want)
		}
		if got := Fold(w); got != want {
			t.Errorf("Fold(%q) = %q, want %q", w, got, want)
		}
	})
}

// TestFoldASCII checks that Fold's path for ASCII strings, strings.ToLower, gives the key the
// scanner's folder gives, for every ASCII byte at the start, middle and end of a word.
func TestFoldASCII(t *testing.T) {
	for c := range utf8.RuneSelf {
		for _, s := range []string{string(rune(c)), "Ab" + string(rune(c)) + "cD", "McDONALD'S" + string(rune(c))} {
			var f folder
			if got, want := Fold(s), string(f.appendKey(nil, s, false)); got != want {
				t.Errorf("Fold(%q) = %q, want %q", s, got, want)
			}
		}
	}
}

// TestLowerASCII checks that callers may skip strings.ToLower and Fold wherever LowerASCII holds:
// on every string of one or two bytes, and on words in and out of lower case.
func TestLowerASCII(t *testing.T) {
	check := func(s string) {
		if LowerASCII(s) && (strings.ToLower(s) != s || Fold(s) != s) {
			t.Fatalf("LowerASCII(%q) holds, but ToLower gives %q and Fold %q", s, strings.ToLower(s), Fold(s))
		}
	}
	for a := range 256 {
		check(string([]byte{byte(a)}))
		for b := range 256 {
			check(string([]byte{byte(a), byte(b)}))
		}
	}
	for _, s := range []string{"", "gentleman", "Gentleman", "gentlemaN", "GIRL", "k\u212a", "straße", "ıi", "companion"} {
		check(s)
	}
	if !LowerASCII("gentleman") || LowerASCII("Girl") || LowerASCII("girL") || LowerASCII("gir\u00e9") {
		t.Error("lowerASCII misjudges a plain word")
	}
}
