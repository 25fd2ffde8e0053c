package text

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestCliticAhead checks that the clitic word emits when it ends a word at one ("Trump’s") is
// the token that mark would emit after the word, on texts generated from words, apostrophes,
// clitics, numbers, marks and spaces.
func TestCliticAhead(t *testing.T) {
	words := []string{"Trump", "trump", "TRUMP", "don", "O", "ca", "1990", "x2", "é", "Ünïcode", "我们", "U.S", "Mr", "a-b"}
	apostrophes := []string{"'", "’", "ʼ", "‘", "`", "\"", "“"}
	ends := []string{"s", "S", "re", "RE", "ve", "ll", "LL", "d", "m", "t", "st", "sé", "s1", "s-", "s’", "s'"}
	gaps := []string{" ", " ", "\n", "\n\n", ".", ",", "-", "‐", "\u200d", ""}
	parts := [][]string{words, apostrophes, ends, gaps}
	rng := rand.New(rand.NewPCG(3, 5))
	var b strings.Builder
	clitics := 0
	for n := range 20000 {
		b.Reset()
		for range 1 + rng.IntN(6) { // mostly a word, an apostrophe and a clitic, in turn
			for _, p := range parts {
				if rng.IntN(5) > 0 {
					b.WriteString(p[rng.IntN(len(p))])
				} else {
					q := parts[rng.IntN(len(parts))]
					b.WriteString(q[rng.IntN(len(q))])
				}
			}
		}
		in := b.String()
		cliticAhead = true
		d := Analyze(in)
		got, gotKeys := slices.Clone(d.Tokens), slices.Clone(d.Keys())
		cliticAhead = false
		d = Analyze(in)
		cliticAhead = true
		if !slices.Equal(got, d.Tokens) || !slices.Equal(gotKeys, d.Keys()) {
			t.Fatalf("text %d %q: tokens differ from mark's (-mark +word):\n%s%s", n, in,
				cmp.Diff(d.Tokens, got, cmp.AllowUnexported(Token{})), cmp.Diff(d.Keys(), gotKeys))
		}
		for _, tk := range got {
			if tk.Flags&Clitic != 0 {
				clitics++
			}
		}
	}
	if clitics < 2000 {
		t.Fatalf("only %d clitics in the generated texts", clitics)
	}
}
