package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/whosaid/whosaid/attribution"
)

func newAttributor(t *testing.T, maxBytes int) *attribution.Attributor {
	t.Helper()
	a, err := attribution.New(attribution.Options{MaxInputBytes: maxBytes})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestRun feeds good and bad lines and checks that every line gets its output line, in order,
// with errors for the bad ones only.
func TestRun(t *testing.T) {
	lines := []string{
		`{"id":"ok","text":"\"We will win,\" said Ann Lee.","date":"2025-01-21"}`,
		`not json`,
		`{"id":"notext","date":"2025-01-21"}`,
		`{"id":"baddate","text":"x","date":"21/01/2025"}`,
		`{"id":"big","text":"` + strings.Repeat("a", 200) + `"}`,
		`[1,2]`,
		`{"id":"nodate","text":"\"Fine,\" he said.","date":null}`,
		"",
		`{"id":"crlf","text":"\"Yes,\" said Bo Tan."}` + "\r",
	}
	in := strings.Join(lines, "\n") + "\n"
	for _, workers := range []int{1, 4} {
		t.Run(fmt.Sprintf("j%d", workers), func(t *testing.T) {
			var out, errOut bytes.Buffer
			failed, err := run(newAttributor(t, 100), strings.NewReader(in), &out, &errOut, workers, 100)
			if err != nil {
				t.Fatal(err)
			}
			if failed != 5 {
				t.Errorf("failed = %d, want 5; stderr:\n%s", failed, errOut.String())
			}
			type line struct {
				ID       string
				Error    bool
				Speakers []string
			}
			var got []line
			for l := range strings.Lines(out.String()) {
				var rec attribution.Record
				if err := json.Unmarshal([]byte(l), &rec); err != nil {
					t.Fatalf("output line %q: %v", l, err)
				}
				if rec.Schema != attribution.SchemaVersion {
					t.Errorf("schema = %d", rec.Schema)
				}
				g := line{ID: rec.ID, Error: rec.Error != ""}
				for _, q := range rec.Quotes {
					if q.Speaker != nil {
						g.Speakers = append(g.Speakers, *q.Speaker)
					}
				}
				got = append(got, g)
			}
			want := []line{
				{ID: "ok", Speakers: []string{"Ann Lee"}},
				{ID: "", Error: true},
				{ID: "notext", Error: true},
				{ID: "baddate", Error: true},
				{ID: "big", Error: true},
				{ID: "", Error: true},
				{ID: "nodate", Speakers: []string{"he"}}, // no antecedent: the mention stands
				{ID: "crlf", Speakers: []string{"Bo Tan"}},
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("output (-want +got):\n%s", diff)
			}
			for _, n := range []string{"line 2:", "line 3:", "line 4:", "line 5:", "line 6:"} {
				if !strings.Contains(errOut.String(), n) {
					t.Errorf("stderr does not name %q:\n%s", n, errOut.String())
				}
			}
		})
	}
}

// TestOrder checks that many workers keep the input order.
func TestOrder(t *testing.T) {
	var in strings.Builder
	for i := range 200 {
		fmt.Fprintf(&in, `{"id":"d%d","text":"\"Line %d,\" said Kim Lo. %s"}`+"\n", i, i, strings.Repeat("More words here. ", i%13))
	}
	var out, errOut bytes.Buffer
	if _, err := run(newAttributor(t, 0), strings.NewReader(in.String()), &out, &errOut, 8, 1<<20); err != nil {
		t.Fatal(err)
	}
	i := 0
	for l := range strings.Lines(out.String()) {
		var rec attribution.Record
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatal(err)
		}
		if want := fmt.Sprintf("d%d", i); rec.ID != want {
			t.Fatalf("line %d has id %q, want %q", i+1, rec.ID, want)
		}
		i++
	}
	if i != 200 {
		t.Fatalf("%d output lines, want 200", i)
	}
}

// TestLongLine checks that a line far over the limit is consumed and reported, and the next
// line still read.
func TestLongLine(t *testing.T) {
	in := `{"id":"huge","text":"` + strings.Repeat("x", 3<<20) + "\"}\n" + `{"id":"after","text":"\"Hi,\" said Al Bo."}` + "\n"
	var out, errOut bytes.Buffer
	failed, err := run(newAttributor(t, 1000), strings.NewReader(in), &out, &errOut, 2, 1000)
	if err != nil || failed != 1 {
		t.Fatalf("failed = %d, err = %v", failed, err)
	}
	if !strings.Contains(out.String(), `"id":"after"`) {
		t.Errorf("the line after the long one is missing:\n%.300s", out.String())
	}
}

// TestInternalError checks that a panic inside the attribution, a bug, becomes the document's
// error instead of ending the program: a nil Attributor panics on every document.
func TestInternalError(t *testing.T) {
	res, err := attributeSafely(nil, new(attribution.Buffer), attribution.Document{ID: "x", Text: "Hi."})
	if res != nil || !errors.Is(err, errInternal) {
		t.Fatalf("attributeSafely on a nil Attributor: %v, %v; want nil and an internal error", res, err)
	}
}

func TestReadTaxonomy(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.json", `{"NATO": ["NATO", "alliance"], "talks": ["peace talks"]}`)
	if tax, err := readTaxonomy(good); err != nil || len(tax.Labels()) != 2 {
		t.Errorf("readTaxonomy(good) = %v, %v", tax, err)
	}
	for _, tc := range []struct{ path, want string }{
		{filepath.Join(dir, "missing.json"), "no such file"},
		{write("cut.json", `{"NATO": [`), "cut.json"},
		{write("empty.json", `{"NATO": []}`), "no terms"},
	} {
		if _, err := readTaxonomy(tc.path); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("readTaxonomy(%s) error = %v, want one containing %q", tc.path, err, tc.want)
		}
	}
}
