package attribution

import (
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/quote"
)

// TestAppendInt checks appendInt against strconv at every width and at the limits of its
// short path.
func TestAppendInt(t *testing.T) {
	ns := []int{0, 9, 10, 99, 100, 101, 999, 1000, 1e8 - 1, 1e8, 1e9 - 1, 1e9, -1, -10, math.MaxInt, math.MinInt}
	for n := 1; n < 1e9; n *= 10 {
		ns = append(ns, n-1, n, n+1, 7*n+3)
	}
	for n := range 100000 {
		ns = append(ns, n)
	}
	for _, n := range ns {
		if got, want := string(appendInt([]byte("x"), n)), "x"+strconv.Itoa(n); got != want {
			t.Errorf("appendInt(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestAppendJSONString checks appendJSONString against encoding/json with a byte that needs
// care at every offset of strings up to twice the eight bytes it looks at at a time.
func TestAppendJSONString(t *testing.T) {
	for _, odd := range []string{`"`, `\`, "<", ">", "&", "\n", "\x00", "\x1f", "\x7f", "é", "\u2028",
		"\u2029", "\xff", "\xe2\x80", "😀", "~", " "} {
		for n := 0; n < 20; n++ {
			for pos := 0; pos <= n; pos++ {
				s := strings.Repeat("a", pos) + odd + strings.Repeat("b", n-pos)
				want, err := json.Marshal(s)
				if err != nil {
					t.Fatal(err)
				}
				if got := appendJSONString([]byte("x"), s); string(got) != "x"+string(want) {
					t.Fatalf("appendJSONString(%q) = %s, want x%s", s, got, want)
				}
			}
		}
	}
}

// TestNamesPlain checks what appendName relies on: the names of every value of the enums a
// Result's records carry by name need no escape.
func TestNamesPlain(t *testing.T) {
	for i := range 256 {
		for _, s := range []string{quote.Kind(i).String(), quote.CueClass(i).String(), DateSource(i).String()} {
			if got, want := string(appendName(nil, s, true)), string(appendJSONString(nil, s)); got != want {
				t.Errorf("appendName(%q) = %s, want %s", s, got, want)
			}
		}
	}
}
