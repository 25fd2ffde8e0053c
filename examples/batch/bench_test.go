package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"testing"

	"github.com/whosaid/whosaid/attribution"
	"github.com/whosaid/whosaid/internal/testdoc"
)

// BenchmarkRun runs the program's path with one worker over the test articles as JSON Lines:
// reading and parsing each line, attributing it, writing its record. The articles come ten
// times over, so that the setup of a run (its two buffers of a megabyte) weighs as little as
// it does on a corpus. A CPU profile of it is the program's default.pgo (see main.go).
func BenchmarkRun(b *testing.B) {
	texts, err := testdoc.Articles("../../testdata/articles")
	if err != nil {
		b.Fatal(err)
	}
	var in bytes.Buffer
	for i := range 10 * len(texts) {
		t := texts[i%len(texts)]
		line, err := json.Marshal(map[string]any{"id": fmt.Sprint(i), "text": t, "date": "2025-01-21"})
		if err != nil {
			b.Fatal(err)
		}
		in.Write(line)
		in.WriteByte('\n')
	}
	a, err := attribution.New(attribution.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(in.Len()))
	b.ReportAllocs()
	for b.Loop() {
		if failed, err := run(a, bytes.NewReader(in.Bytes()), io.Discard, io.Discard, 1, attribution.DefaultMaxInputBytes); failed > 0 || err != nil {
			b.Fatal(failed, err)
		}
	}
}
