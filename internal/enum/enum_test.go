package enum

import "testing"

func TestNames(t *testing.T) {
	n := Names{Pkg: "quote", Type: "kind", Names: []string{"", "direct", "mixed"}}
	if got := n.Name(2); got != "mixed" {
		t.Errorf("Name(2) = %q", got)
	}
	if got := n.Name(9); got != "" {
		t.Errorf("Name(9) = %q", got)
	}
	if b, err := n.Marshal(1); err != nil || string(b) != "direct" {
		t.Errorf("Marshal(1) = %q, %v", b, err)
	}
	if _, err := n.Marshal(7); err == nil || err.Error() != "quote: invalid kind 7" {
		t.Errorf("Marshal(7) error = %v", err)
	}
	if i, err := n.Unmarshal([]byte("MIXED")); err != nil || i != 2 {
		t.Errorf("Unmarshal(MIXED) = %d, %v", i, err)
	}
	if i, err := n.Unmarshal([]byte("Mixed")); err != nil || i != 2 {
		t.Errorf("Unmarshal(MIXED) = %d, %v", i, err)
	}
	if _, err := n.Unmarshal([]byte("bogus")); err == nil || err.Error() != `quote: unknown kind "bogus"` {
		t.Errorf("Unmarshal(bogus) error = %v", err)
	}
}
