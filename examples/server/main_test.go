package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/whosaid/whosaid/attribution"
)

const article = `Harbour board backs new ferry route

Port director Ines Okoro said on Monday that the new ferry route to Kell Island would open in May.

"We have waited ten years for this," Okoro told reporters. "The island deserves a proper link."

Councillor Dev Patel was less sure. "Nobody has shown me the budget," he said.`

func newServer(t *testing.T, maxBytes int64) *httptest.Server {
	t.Helper()
	a, err := attribution.New(attribution.Options{})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(newHandler(a, maxBytes))
	t.Cleanup(srv.Close)
	return srv
}

// do sends body to url with method and returns the status, the Content-Type and the response body.
func do(t *testing.T, method, url, body string) (int, string, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header.Get("Content-Type"), b
}

func requestBody(t *testing.T, fields map[string]any) string {
	t.Helper()
	b, err := json.Marshal(fields)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func speakers(rec attribution.Record) []string {
	var names []string
	seen := map[string]bool{}
	for _, q := range rec.Quotes {
		if q.Speaker != nil && !seen[*q.Speaker] {
			seen[*q.Speaker] = true
			names = append(names, *q.Speaker)
		}
	}
	return names
}

func TestAttribute(t *testing.T) {
	srv := newServer(t, 8<<20)
	body := requestBody(t, map[string]any{
		"id":     "ferry-1",
		"text":   article,
		"date":   "2025-03-04",
		"topics": map[string][]string{"transport": {"ferry", "route"}},
	})
	status, ctype, b := do(t, http.MethodPost, srv.URL+"/attribute", body)
	if status != http.StatusOK || ctype != "application/json" {
		t.Fatalf("status %d, Content-Type %q: %s", status, ctype, b)
	}
	var rec attribution.Record
	if err := json.Unmarshal(b, &rec); err != nil {
		t.Fatal(err)
	}
	if rec.Schema != attribution.SchemaVersion || rec.ID != "ferry-1" || rec.Error != "" {
		t.Errorf("schema %d, id %q, error %q", rec.Schema, rec.ID, rec.Error)
	}
	if diff := cmp.Diff([]string{"Ines Okoro", "Dev Patel"}, speakers(rec)); diff != "" {
		t.Errorf("speakers (-want +got):\n%s", diff)
	}
	for _, q := range rec.Quotes {
		if q.SaidOn == nil || !strings.HasPrefix(*q.SaidOn, "2025-03") {
			t.Errorf("quote %q said on %v, want a date in March 2025", article[q.Start:q.End], q.SaidOn)
		}
	}

	// The answer is the same line the batch program writes with the same taxonomy: the
	// library's Record, marshalled.
	tax, err := attribution.NewTaxonomy(map[string][]string{"transport": {"ferry", "route"}})
	if err != nil {
		t.Fatal(err)
	}
	a, _ := attribution.New(attribution.Options{Taxonomy: tax})
	res, err := a.Attribute(attribution.Document{ID: "ferry-1", Text: article, Published: time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if !hasTopic(rec, "transport") {
		t.Errorf("no statement has the request's topic transport")
	}
	want, _ := json.Marshal(res.Record())
	if got := strings.TrimSuffix(string(b), "\n"); got != string(want) {
		t.Errorf("answer differs from the batch line:\n got %s\nwant %s", got, want)
	}
}

func hasTopic(rec attribution.Record, label string) bool {
	for _, q := range rec.Quotes {
		for _, t := range q.Topics {
			if t.Label == label && t.Source == "taxonomy" {
				return true
			}
		}
	}
	return false
}

// TestInternalError checks that a panic inside the attribution, a bug, becomes an error: a nil
// Attributor panics on every document.
func TestInternalError(t *testing.T) {
	defer slog.SetDefault(slog.Default())
	slog.SetDefault(slog.New(slog.NewTextHandler(io.Discard, nil)))
	res, err := attributeSafely(nil, attribution.Document{ID: "x", Text: "Hi."})
	if res != nil || !errors.Is(err, errInternal) {
		t.Fatalf("attributeSafely on a nil Attributor: %v, %v; want nil and an internal error", res, err)
	}
}

func TestErrors(t *testing.T) {
	srv := newServer(t, 1000)
	for _, tc := range []struct {
		name, method, path, body string
		status                   int
		msg                      string // part of the error message
	}{
		{"malformed", "POST", "/attribute", `{"text": "unterminated`, 400, "not JSON"},
		{"trailing data", "POST", "/attribute", `{"text": "a"} {"text": "b"}`, 400, "not JSON"},
		{"array", "POST", "/attribute", `["text"]`, 400, "not a document object"},
		{"text not a string", "POST", "/attribute", `{"text": 5}`, 400, "not a document object"},
		{"empty body", "POST", "/attribute", ``, 400, "not JSON"},
		{"missing text", "POST", "/attribute", `{"id": "x", "date": "2025-01-02"}`, 400, `missing "text"`},
		{"bad date", "POST", "/attribute", `{"text": "Hi.", "date": "02/01/2025"}`, 400, "invalid date"},
		{"impossible date", "POST", "/attribute", `{"text": "Hi.", "date": "2025-02-30"}`, 400, "invalid date"},
		{"topics not an object", "POST", "/attribute", `{"text": "Hi.", "topics": ["energy"]}`, 400, `"topics"`},
		{"topic terms not strings", "POST", "/attribute", `{"text": "Hi.", "topics": {"energy": [1, 2]}}`, 400, `"topics"`},
		{"topic terms not an array", "POST", "/attribute", `{"text": "Hi.", "topics": {"energy": "coal"}}`, 400, `"topics"`},
		{"topic term null", "POST", "/attribute", `{"text": "Hi.", "topics": {"energy": ["coal", null]}}`, 400, `"topics"`},
		{"topic without terms", "POST", "/attribute", `{"text": "Hi.", "topics": {"sport": []}}`, 400, "no terms"},
		{"topics without labels", "POST", "/attribute", `{"text": "Hi.", "topics": {}}`, 400, "no labels"},
		{"too large", "POST", "/attribute", `{"text": "` + strings.Repeat("a", 2000) + `"}`, 413, "exceeds 1000 bytes"},
		{"GET attribute", "GET", "/attribute", ``, 405, "use POST"},
		{"PUT attribute", "PUT", "/attribute", `{"text": "Hi."}`, 405, "use POST"},
		{"POST healthz", "POST", "/healthz", ``, 405, "use GET"},
		{"unknown path", "GET", "/nope", ``, 404, "no such path"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, ctype, b := do(t, tc.method, srv.URL+tc.path, tc.body)
			if status != tc.status {
				t.Errorf("status = %d, want %d", status, tc.status)
			}
			if ctype != "application/json" {
				t.Errorf("Content-Type = %q", ctype)
			}
			var e map[string]string
			if err := json.Unmarshal(b, &e); err != nil || len(e) != 1 || !strings.Contains(e["error"], tc.msg) {
				t.Errorf("body = %s, want {\"error\": \"…%s…\"}", b, tc.msg)
			}
		})
	}
}

func TestAccepted(t *testing.T) {
	srv := newServer(t, 1000)
	for _, body := range []string{
		`{"text": "\"Yes,\" said Bo Tan."}`,
		`{"text": "\"Yes,\" said Bo Tan.", "date": null, "topics": null}`,
		`{"text": "\"Yes,\" said Bo Tan.", "date": ""}`,
		`{"text": "\"Yes,\" said Bo Tan.", "topics": {"sport": ["goal"]}, "extra": true}`,
	} {
		status, _, b := do(t, http.MethodPost, srv.URL+"/attribute", body)
		var rec attribution.Record
		if status != http.StatusOK || json.Unmarshal(b, &rec) != nil || len(speakers(rec)) != 1 || speakers(rec)[0] != "Bo Tan" {
			t.Errorf("%s: status %d, answer %s", body, status, b)
		}
	}
}

func TestHealthz(t *testing.T) {
	srv := newServer(t, 1000)
	status, ctype, b := do(t, http.MethodGet, srv.URL+"/healthz", "")
	if status != http.StatusOK || ctype != "application/json" || string(b) != `{"status":"ok"}`+"\n" {
		t.Errorf("status %d, Content-Type %q, body %q", status, ctype, b)
	}
}

// TestConcurrent sends many requests at once to one shared Attributor; run it with -race.
func TestConcurrent(t *testing.T) {
	srv := newServer(t, 8<<20)
	var wg sync.WaitGroup
	for i := range 24 {
		wg.Go(func() {
			name := []string{"Ann Lee", "Bo Tan", "Cy Young"}[i%3]
			text := fmt.Sprintf("%q said %s. %s", fmt.Sprintf("Request %d is here,", i), name, strings.Repeat("The day went on. ", i))
			status, _, b := do(t, http.MethodPost, srv.URL+"/attribute", requestBody(t, map[string]any{"id": fmt.Sprint(i), "text": text}))
			var rec attribution.Record
			if err := json.Unmarshal(b, &rec); status != http.StatusOK || err != nil {
				t.Errorf("request %d: status %d, %v: %s", i, status, err, b)
				return
			}
			if got := speakers(rec); rec.ID != fmt.Sprint(i) || len(got) != 1 || got[0] != name {
				t.Errorf("request %d: id %q, speakers %q, want %q", i, rec.ID, got, name)
			}
		})
	}
	wg.Wait()
}

// TestServe starts the whole server on a loopback port and stops it as a signal would.
func TestServe(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cfg := config{maxBytes: 1 << 20, readTimeout: 5 * time.Second, writeTimeout: 5 * time.Second, idleTimeout: 5 * time.Second, shutdownTimeout: 5 * time.Second}
	done := make(chan error, 1)
	go func() { done <- serve(ctx, ln, cfg, slog.New(slog.DiscardHandler)) }()
	status, _, b := do(t, http.MethodGet, "http://"+ln.Addr().String()+"/healthz", "")
	if status != http.StatusOK {
		t.Errorf("healthz: %d %s", status, b)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve returned %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not return after the context was cancelled")
	}
}
