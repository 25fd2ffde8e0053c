package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/google/go-cmp/cmp"

	"github.com/whosaid/whosaid/attribution"
)

// The direct runner is the default here; go test -args --runner=prism tries the other local runner.
func TestMain(m *testing.M) {
	ptest.MainWithDefault(m, "direct")
}

// A line is what the test checks of an output record.
type line struct {
	ID       string
	Error    string // a part of the error message
	Speakers []string
}

func TestPipeline(t *testing.T) {
	dir := t.TempDir()
	docs := []string{
		`{"id":"ok","text":"\"We will win,\" said Ann Lee.","date":"2025-01-21"}`,
		`not json`,
		``,
		`{"id":"notext","date":"2025-01-21"}`,
		`{"id":"baddate","text":"x","date":"21/01/2025"}`,
		`{"id":"big","text":"` + strings.Repeat("a", 300) + `"}`,
		`{"id":"two","text":"\"Yes,\" said Bo Tan. Mayor Cy Young said the road would open in May, at a cost of 4 million euros.","date":null}` + "\r",
	}
	// Two files, to read through a glob.
	for i, part := range [][]string{docs[:3], docs[3:]} {
		name := filepath.Join(dir, "in", []string{"a.jsonl", "b.jsonl"}[i])
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(strings.Join(part, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	prefix := filepath.Join(dir, "out", "statements")
	if err := os.MkdirAll(filepath.Dir(prefix), 0o755); err != nil {
		t.Fatal(err)
	}

	p, s := beam.NewPipelineWithRoot()
	buildPipeline(s, config{Input: filepath.Join(dir, "in", "*.jsonl"), Output: prefix, Shards: 2, MaxBytes: 200})
	res, err := ptest.RunWithMetrics(p)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(map[string]int64{"documents": 2, "statements": 3, "bad_lines": 4}, counts(res.Metrics())); diff != "" {
		t.Errorf("counters (-want +got):\n%s", diff)
	}

	files, err := filepath.Glob(prefix + "-*")
	if err != nil {
		t.Fatal(err)
	}
	var got []line
	for _, f := range files {
		if !strings.HasSuffix(f, "-of-00002.jsonl") {
			t.Errorf("unexpected output file %s", f)
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for l := range strings.Lines(string(b)) {
			var rec attribution.Record
			if err := json.Unmarshal([]byte(l), &rec); err != nil {
				t.Fatalf("%s: output line %q: %v", f, l, err)
			}
			if rec.Schema != attribution.SchemaVersion {
				t.Errorf("schema = %d in %s", rec.Schema, l)
			}
			g := line{ID: rec.ID, Error: rec.Error}
			for _, q := range rec.Quotes {
				if q.Speaker != nil && q.Part == 0 {
					g.Speakers = append(g.Speakers, *q.Speaker)
				}
			}
			got = append(got, g)
		}
	}
	slices.SortFunc(got, func(a, b line) int { return strings.Compare(a.ID, b.ID) })
	want := []line{
		{ID: "", Error: "not JSON"},
		{ID: "baddate", Error: "invalid date"},
		{ID: "big", Error: "exceeds MaxInputBytes"},
		{ID: "notext", Error: `missing "text"`},
		{ID: "ok", Speakers: []string{"Ann Lee"}},
		{ID: "two", Speakers: []string{"Bo Tan", "Cy Young"}},
	}
	// Error messages need only contain the wanted words.
	for i := range min(len(got), len(want)) {
		if want[i].Error != "" && strings.Contains(got[i].Error, want[i].Error) {
			got[i].Error = want[i].Error
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("records (-want +got):\n%s", diff)
	}
}

func TestProcess(t *testing.T) {
	a, err := attribution.New(attribution.Options{MaxInputBytes: 50})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, line string
		id, err    string
	}{
		{"ok", `{"id":"a","text":"\"Hi,\" said Al Bo."}`, "a", ""},
		{"array", `[1]`, "", "not a document object"},
		{"text too large", `{"id":"t","text":"` + strings.Repeat("b", 60) + `"}`, "t", "exceeds MaxInputBytes"},
		{"empty date", `{"id":"d","text":"x","date":""}`, "d", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec, err := process(a, tc.line, 50)
			if rec.ID != tc.id {
				t.Errorf("id = %q, want %q", rec.ID, tc.id)
			}
			if (err == nil) != (tc.err == "") || err != nil && !strings.Contains(err.Error(), tc.err) {
				t.Errorf("err = %v, want %q", err, tc.err)
			}
		})
	}
}
