package testdoc

import (
	"os"
	"path/filepath"
	"testing"
)

func TestJoined(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{"b.txt": "second", "a.txt": "first", "c.md": "skipped"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := Joined(dir)
	if err != nil {
		t.Fatal(err)
	}
	if want := "first\n\nsecond\n\n"; got != want {
		t.Errorf("Joined = %q, want %q", got, want)
	}
}

func TestArticlesUnreadable(t *testing.T) {
	dir := t.TempDir()
	// A directory named like an article cannot be read as one.
	if err := os.Mkdir(filepath.Join(dir, "x.txt"), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := Articles(dir); err == nil {
		t.Error("Articles of a directory named x.txt: no error")
	}
}

func TestBoundaries(t *testing.T) {
	// "é" is two bytes; \xff is an invalid byte, a character of its own.
	got := Boundaries("aé\xffb")
	want := []bool{true, true, false, true, true, true}
	if len(got) != len(want) {
		t.Fatalf("Boundaries: %d entries, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Boundaries[%d] = %v, want %v", i, got[i], want[i])
		}
	}
}
