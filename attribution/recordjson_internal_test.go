package attribution

import (
	"math"
	"strconv"
	"testing"
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
