package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSample(t *testing.T) {
	var out bytes.Buffer
	if err := run(nil, "", strings.NewReader(""), &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"SPEAKER", "Elena Marquez", "Tom Reyes", "Sam Okafor", "Hannah Cole", sampleDate} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	// No speaker is a stretch of a sentence ("voted against it, said the city had not").
	for _, line := range strings.Split(out.String(), "\n") {
		if speaker, _, ok := strings.Cut(line, "  "); ok && strings.Contains(speaker, ", said") {
			t.Errorf("a speaker is not a name: %q", line)
		}
	}
}

func TestFileAndStdin(t *testing.T) {
	text := `"We are ready," said coach Maria Lopes.`
	path := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{path}, {"-"}} {
		var out bytes.Buffer
		if err := run(args, "2025-01-22", strings.NewReader(text), &out); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out.String(), "Maria Lopes") || !strings.Contains(out.String(), "2025-01-22") {
			t.Errorf("run(%q):\n%s", args, out.String())
		}
	}
}

func TestErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		date string
	}{
		{[]string{"a", "b"}, ""},
		{[]string{"-"}, "22-01-2025"},
		{[]string{filepath.Join(t.TempDir(), "missing.txt")}, ""},
	} {
		if err := run(tc.args, tc.date, strings.NewReader("x"), &bytes.Buffer{}); err == nil {
			t.Errorf("run(%q, %q) succeeded, want an error", tc.args, tc.date)
		}
	}
}
