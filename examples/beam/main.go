// Command beam attributes the statements of documents in JSON Lines files with an Apache Beam
// pipeline, on the local runner or on any Beam runner (Dataflow, Flink, Spark).
//
// Each input line is a JSON object {"id", "text", "date"} (date "YYYY-MM-DD" or null), as for
// the batch program; each output line is the document's attribution.Record. A line that is not
// a JSON object, lacks "text", has an invalid date or is too large becomes
// {"schema": 1, "id": …, "error": "…"} (with the id when it could be read) and the pipeline
// goes on. Blank lines are skipped.
//
//	go run . --input 'docs/*.jsonl' --output /tmp/statements
//
// writes /tmp/statements-00000-of-00001.jsonl. --shards N spreads the records over up to N files
// <prefix>-SSSSS-of-NNNNN.jsonl (a shard that gets no record writes no file); within and across
// files the records are in no particular order. Paths may be local or gs://.
//
// The pipeline runs on the local Prism runner by default; --runner picks another, with that
// runner's own flags (see README.md):
//
//	go run . --runner dataflow --project my-project --region europe-west1 \
//		--staging_location gs://my-bucket/staging \
//		--input 'gs://my-bucket/docs/*.jsonl' --output gs://my-bucket/out/statements
//
// Each worker builds one attribution.Attributor per instance of the attributing DoFn, in its
// Setup method, and uses it for every document of every bundle that instance processes. The
// counters whosaid/documents, whosaid/statements and whosaid/bad_lines count what was done; on
// runners that report metrics, the program prints them at the end.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/metrics"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/whosaid/whosaid/attribution"
)

var (
	input    = flag.String("input", "", "JSON Lines files to read: a path or glob, local or gs:// (required)")
	output   = flag.String("output", "", "prefix of the output files, <prefix>-SSSSS-of-NNNNN.jsonl (required)")
	shards   = flag.Int("shards", 1, "number of output files")
	maxBytes = flag.Int("max-bytes", attribution.DefaultMaxInputBytes, "largest document text, in bytes")
	nested   = flag.Bool("nested", false, "report a quotation inside another, with its own cue, as a statement of its own")
)

func init() {
	register.DoFn3x0[context.Context, string, func(string)](&attributeFn{})
	register.DoFn1x2[string, int, string](&shardFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.Emitter1[string]()
	register.Iter1[string]()
}

func main() {
	flag.Parse()
	beam.Init()
	ctx := context.Background()
	if *input == "" || *output == "" || *shards < 1 || *maxBytes < 1 {
		flag.Usage()
		log.Exit(ctx, "beam: --input and --output are required; --shards and --max-bytes must be positive")
	}
	p, s := beam.NewPipelineWithRoot()
	buildPipeline(s, config{Input: *input, Output: *output, Shards: *shards, MaxBytes: *maxBytes, Nested: *nested})
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		log.Exitf(ctx, "beam: %v", err)
	}
	if res != nil {
		c := counts(res.Metrics())
		fmt.Fprintf(os.Stderr, "beam: %d documents, %d statements, %d bad lines\n", c["documents"], c["statements"], c["bad_lines"])
	}
}

// counts returns the whosaid counters of a finished pipeline, by name, summed over its steps.
// Runners that report no metrics give an empty map.
func counts(m metrics.Results) map[string]int64 {
	c := map[string]int64{}
	for _, r := range m.Query(func(r metrics.SingleResult) bool { return r.Namespace() == "whosaid" }).Counters() {
		c[r.Name()] += r.Result()
	}
	return c
}

// config holds the settings of a pipeline.
type config struct {
	Input, Output string
	Shards        int
	MaxBytes      int
	Nested        bool
}

// buildPipeline adds to s the reading of cfg.Input, the attribution of each line and the
// writing of the records to cfg.Output.
func buildPipeline(s beam.Scope, cfg config) {
	lines := textio.Read(s, cfg.Input)
	records := attribute(s, cfg.MaxBytes, cfg.Nested, lines)
	writeSharded(s, cfg.Output, cfg.Shards, records)
}

// attribute returns the JSON record of each JSON Lines document of lines.
func attribute(s beam.Scope, maxBytes int, nested bool, lines beam.PCollection) beam.PCollection {
	return beam.ParDo(s.Scope("attribute"), &attributeFn{MaxBytes: maxBytes, Nested: nested}, lines)
}

var (
	documents  = beam.NewCounter("whosaid", "documents")
	statements = beam.NewCounter("whosaid", "statements")
	badLines   = beam.NewCounter("whosaid", "bad_lines")
)

// attributeFn turns a JSON Lines document into its attribution.Record, as JSON. Its exported
// fields are what Beam sends to the workers; the Attributor is built there, in Setup.
type attributeFn struct {
	MaxBytes int  `json:"max_bytes"`
	Nested   bool `json:"nested"`

	a *attribution.Attributor
}

// Setup builds the Attributor that this instance uses for all its bundles.
func (f *attributeFn) Setup() error {
	a, err := attribution.New(attribution.Options{MaxInputBytes: f.MaxBytes, Nested: f.Nested})
	if err != nil {
		return err
	}
	f.a = a
	return nil
}

// ProcessElement attributes one line and emits its record; a bad line gives an error record.
func (f *attributeFn) ProcessElement(ctx context.Context, line string, emit func(string)) {
	line = strings.TrimSuffix(line, "\r")
	if strings.TrimSpace(line) == "" {
		return
	}
	rec, err := process(f.a, line, f.MaxBytes)
	if err != nil {
		badLines.Inc(ctx, 1)
		log.Warnf(ctx, "whosaid: document %q: %v", rec.ID, err)
		rec = attribution.Record{Schema: attribution.SchemaVersion, ID: rec.ID, Error: err.Error()}
	} else {
		documents.Inc(ctx, 1)
		n := 0
		for _, q := range rec.Quotes {
			if q.Part == 0 {
				n++
			}
		}
		statements.Inc(ctx, int64(n))
	}
	b, err := json.Marshal(rec)
	if err != nil { // a Record always marshals; keep the line's place all the same
		b = fmt.Appendf(nil, `{"schema":%d,"id":"","error":"cannot encode the record"}`, attribution.SchemaVersion)
	}
	emit(string(b))
}

// process attributes one JSON Lines document. On error the record holds the document's id
// when it could be read.
func process(a *attribution.Attributor, line string, maxBytes int) (attribution.Record, error) {
	var rec attribution.Record
	// A line may hold the text escaped (\u00e9 is six bytes for two), plus id and date.
	if limit := 6*maxBytes + 4096; len(line) > limit {
		return rec, fmt.Errorf("line longer than the %d-byte limit", limit)
	}
	var in attribution.Input
	if err := attribution.ParseInput([]byte(line), &in); err != nil {
		return rec, err
	}
	doc, err := in.Document()
	rec.ID = doc.ID
	if err != nil {
		return rec, err
	}
	res, err := a.Attribute(doc)
	if err != nil {
		return rec, err
	}
	return res.Record(), nil
}

// writeSharded writes the lines of col to up to shards files named
// <prefix>-SSSSS-of-NNNNN.jsonl.
func writeSharded(s beam.Scope, prefix string, shards int, col beam.PCollection) {
	s = s.Scope("writeSharded")
	filesystem.ValidateScheme(prefix)
	keyed := beam.ParDo(s, &shardFn{Shards: shards}, col)
	beam.ParDo0(s, &writeShardFn{Prefix: prefix, Shards: shards}, beam.GroupByKey(s, keyed))
}

// shardFn keys each line by the shard it goes to, a hash of the line.
type shardFn struct {
	Shards int `json:"shards"`
}

// ProcessElement returns the shard of line, and line.
func (f *shardFn) ProcessElement(line string) (int, string) {
	h := fnv.New32a()
	h.Write([]byte(line))
	return int(h.Sum32() % uint32(f.Shards)), line
}

// writeShardFn writes the lines of one shard to its file.
type writeShardFn struct {
	Prefix string `json:"prefix"`
	Shards int    `json:"shards"`
}

// shardName returns the name of the file of shard i of n.
func shardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, n)
}

// ProcessElement writes the lines of shard to its file, one per line; a retry rewrites the file.
func (f *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	name := shardName(f.Prefix, shard, f.Shards)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	fd, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(fd, 1<<20)
	var line string
	for lines(&line) {
		w.WriteString(line)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		fd.Close()
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err := fd.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	log.Infof(ctx, "wrote %s", name)
	return nil
}
