// Command server answers HTTP requests to attribute the statements of a text.
//
//	go run ./examples/server -addr :8080
//
// POST /attribute takes a JSON object
//
//	{"id": "doc-1", "text": "…", "date": "2025-01-21", "topics": {"energy": ["coal", "wind"]}}
//
// in which only "text" is required; "date" is the publication date, YYYY-MM-DD or an RFC 3339
// time, or null, and "topics" is a taxonomy, each label mapped to its terms, that adds the label
// to every statement the terms support. The answer is the document's attribution.Record, the same JSON as one
// output line of the batch program:
//
//	curl -s localhost:8080/attribute -d '{"text": "\"We will win,\" said Ann Lee."}'
//
// GET /healthz answers {"status":"ok"}. Errors are JSON objects {"error": "…"}: 400 for a body
// that is not a JSON object, lacks "text" or has an invalid date or topics, 405 for a wrong
// method, 404 for an unknown path and 413 for a body over -max-bytes. One Attributor, built at
// start-up, serves every request. SIGINT or SIGTERM stops the server gracefully: it stops
// accepting connections and waits up to -shutdown-timeout for requests in flight.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
	"time"

	"github.com/whosaid/whosaid/attribution"
)

// config holds the command-line settings.
type config struct {
	addr            string
	maxBytes        int64
	readTimeout     time.Duration
	writeTimeout    time.Duration
	idleTimeout     time.Duration
	shutdownTimeout time.Duration
}

func main() {
	var cfg config
	flag.StringVar(&cfg.addr, "addr", ":8080", "address to listen on")
	flag.Int64Var(&cfg.maxBytes, "max-bytes", 8<<20, "largest request body, in bytes")
	flag.DurationVar(&cfg.readTimeout, "read-timeout", 30*time.Second, "longest time to read a request, body included")
	flag.DurationVar(&cfg.writeTimeout, "write-timeout", 60*time.Second, "longest time from the end of the request headers to the end of the response")
	flag.DurationVar(&cfg.idleTimeout, "idle-timeout", 120*time.Second, "longest time a keep-alive connection waits for its next request")
	flag.DurationVar(&cfg.shutdownTimeout, "shutdown-timeout", 30*time.Second, "longest time to wait for requests in flight on SIGINT or SIGTERM")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: server [-addr host:port] [-max-bytes N] [-read-timeout d] [-write-timeout d] [-idle-timeout d] [-shutdown-timeout d]\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 || cfg.maxBytes < 1 {
		flag.Usage()
		os.Exit(2)
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		log.Error("listen", "err", err)
		os.Exit(1)
	}
	if err := serve(ctx, ln, cfg, log); err != nil {
		log.Error("serve", "err", err)
		os.Exit(1)
	}
}

// serve answers requests on ln until ctx is done, then shuts the server down gracefully.
func serve(ctx context.Context, ln net.Listener, cfg config, log *slog.Logger) error {
	opts := attribution.Options{}
	if cfg.maxBytes > attribution.DefaultMaxInputBytes {
		opts.MaxInputBytes = int(min(cfg.maxBytes, 1<<40))
	}
	a, err := attribution.New(opts)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler:           logRequests(log, newHandler(a, cfg.maxBytes)),
		ReadHeaderTimeout: min(cfg.readTimeout, 10*time.Second),
		ReadTimeout:       cfg.readTimeout,
		WriteTimeout:      cfg.writeTimeout,
		IdleTimeout:       cfg.idleTimeout,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	log.Info("listening", "addr", ln.Addr().String(), "max_bytes", cfg.maxBytes)
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down", "timeout", cfg.shutdownTimeout)
	sctx, cancel := context.WithTimeout(context.Background(), cfg.shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// newHandler returns the service's handler: POST /attribute, GET /healthz, and JSON errors for
// everything else. Request bodies over maxBytes get 413. a is shared by every request.
func newHandler(a *attribution.Attributor, maxBytes int64) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/attribute", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			writeError(w, http.StatusMethodNotAllowed, "method "+r.Method+" not allowed: use POST")
			return
		}
		attribute(w, r, a, maxBytes)
	})
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			writeError(w, http.StatusMethodNotAllowed, "method "+r.Method+" not allowed: use GET")
			return
		}
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such path: "+r.URL.Path)
	})
	return mux
}

// request is the body of POST /attribute; pointers tell a missing field from an empty one.
type request struct {
	attribution.Input
	Topics json.RawMessage `json:"topics"`
}

// attribute serves POST /attribute.
func attribute(w http.ResponseWriter, r *http.Request, a *attribution.Attributor, maxBytes int64) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBytes))
	if err != nil {
		if errors.As(err, new(*http.MaxBytesError)) {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body exceeds %d bytes", maxBytes))
			return
		}
		writeError(w, http.StatusBadRequest, "reading request body: "+err.Error())
		return
	}
	doc, err := parseRequest(body)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	res, err := attributeSafely(a, doc)
	if errors.Is(err, attribution.ErrTooLarge) {
		writeError(w, http.StatusRequestEntityTooLarge, err.Error())
		return
	} else if err != nil {
		writeError(w, http.StatusInternalServerError, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, res.Record())
}

// errInternal marks a document whose attribution panicked: a bug of whosaid's.
var errInternal = errors.New("internal error")

// attributeSafely is Attribute, but a panic inside it becomes an error, answered with status
// 500 and logged with its stack, rather than a connection closed with no answer.
func attributeSafely(a *attribution.Attributor, doc attribution.Document) (res *attribution.Result, err error) {
	defer func() {
		if v := recover(); v != nil {
			slog.Error("attribute: internal error", "id", doc.ID, "panic", fmt.Sprint(v), "stack", string(debug.Stack()))
			res, err = nil, fmt.Errorf("%w: %v", errInternal, v)
		}
	}()
	return a.Attribute(doc)
}

// parseRequest checks a request body and returns the document it asks about.
func parseRequest(body []byte) (attribution.Document, error) {
	var doc attribution.Document
	var req request
	if err := attribution.ParseInput(body, &req); err != nil {
		return doc, fmt.Errorf("body is %v", err)
	}
	doc, err := req.Document()
	if err != nil {
		return doc, err
	}
	tax, err := parseTopics(req.Topics)
	if err != nil {
		return doc, err
	}
	doc.Taxonomy = tax
	return doc, nil
}

// parseTopics reads the taxonomy of a request, when present: an object mapping each label to
// its terms ({"energy": ["coal", "wind"]}), or to its terms by language.
func parseTopics(raw json.RawMessage) (*attribution.Taxonomy, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	tax, err := attribution.ParseTaxonomy(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf(`"topics": %v`, err)
	}
	return tax, nil
}

// writeJSON writes v as the JSON response, ending in a newline.
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		b, _ = json.Marshal(errorBody{Error: err.Error()})
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

// errorBody is the JSON answer for every error.
type errorBody struct {
	Error string `json:"error"`
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, errorBody{Error: msg})
}

// logRequests logs each request with its status and duration.
func logRequests(log *slog.Logger, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		h.ServeHTTP(sw, r)
		log.Info("request", "method", r.Method, "path", r.URL.Path, "status", sw.status,
			"bytes_in", r.ContentLength, "duration", time.Since(start))
	})
}

// statusWriter remembers the status a handler wrote.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(status int) {
	w.status = status
	w.ResponseWriter.WriteHeader(status)
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
