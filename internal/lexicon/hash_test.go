package lexicon

import (
	"fmt"
	"strings"
	"testing"
)

// TestHash checks that Hash reads every byte it should: strings of every length it reads
// differently, differing in one byte anywhere, hash apart, and a seed changes the hash.
func TestHash(t *testing.T) {
	seed := NewSeed()
	seen := map[uint64]string{}
	for n := range 40 {
		base := strings.Repeat("a", n)
		for i := range n {
			s := base[:i] + "b" + base[i+1:]
			h := Hash(seed, s)
			if o, ok := seen[h]; ok {
				t.Fatalf("Hash(%q) = Hash(%q)", s, o)
			}
			seen[h] = s
		}
		if h := Hash(seed, base); seen[h] != "" && seen[h] != base {
			t.Fatalf("Hash(%q) = Hash(%q)", base, seen[h])
		} else {
			seen[h] = base
		}
	}
	if Hash(seed, "word") == Hash(seed+1, "word") {
		t.Error("the seed does not change the hash")
	}
	if fmt.Sprint(Hash(seed, "")) == "" {
		t.Error("no hash of the empty string")
	}
}
