package topic

import (
	"os"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/internal/text"
)

// TestLightStemReference checks lightStem against its rules written suffix by suffix, over the
// words of the test articles and every short word of a few letters.
func TestLightStemReference(t *testing.T) {
	var words []string
	b, err := os.ReadFile("testdata/harbour.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := text.Analyze(string(b))
	words = append(words, d.Keys()...)
	const letters = "aeisuyzxhcbÉé"
	var gen func(w string)
	gen = func(w string) {
		words = append(words, w, w+"s", w+"y", w+"es", w+"ies")
		if len(w) < 4 {
			for _, r := range letters {
				gen(w + string(r))
			}
		}
	}
	gen("")
	for _, w := range words {
		if got, want := lightStem(w), referenceLightStem(w); got != want {
			t.Errorf("lightStem(%q) = %q, want %q", w, got, want)
		}
	}
}

func referenceLightStem(w string) string {
	n := len(w)
	if n < 4 || w[n-1] != 's' && w[n-1] != 'y' || !isLowerASCII(w) {
		return w
	}
	switch {
	case strings.HasSuffix(w, "ies"):
		return w[:n-3]
	case w[n-1] == 'y' && !isVowel(w[n-2]):
		return w[:n-1]
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "ches"),
		strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zes"):
		return w[:n-2]
	case w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i':
		return w[:n-1]
	}
	return w
}

// TestIsLowerASCII checks isLowerASCII, which reads words eight bytes at a time, against a
// byte by byte test, for words of every length up to 20 with one byte changed.
func TestIsLowerASCII(t *testing.T) {
	for n := range 21 {
		for i := range n {
			for _, c := range []byte{'a', 'z', 'a' - 1, 'z' + 1, 'A', 'Z', '0', 0, 0x7f, 0x80, 0xC3, 0xff, '\''} {
				b := []byte(strings.Repeat("m", n))
				b[i] = c
				w := string(b)
				want := true
				for k := range len(w) {
					want = want && 'a' <= w[k] && w[k] <= 'z'
				}
				if got := isLowerASCII(w); got != want {
					t.Errorf("isLowerASCII(%q) = %v, want %v", w, got, want)
				}
			}
		}
	}
}
