// Command batch attributes the statements of documents read as JSON Lines.
//
// Each input line is a JSON object {"id", "text", "date"} (date "YYYY-MM-DD", an RFC 3339 time,
// or null); each output line is the document's attribution.Record, in input order:
//
//	go run ./examples/batch -j 4 < docs.jsonl > statements.jsonl
//
// A line that is not a JSON object, lacks "text", has an invalid date or is too long, or whose
// attribution fails on a bug of whosaid's ("internal error: …", with the stack on stderr),
// yields {"schema": 1, "id": …, "error": "…"} (with the id when it could be read) and a message
// naming the line on stderr; the program goes on with the next line and exits with status 1 at
// the end. With -topics FILE, statements also get the topics of a taxonomy: FILE is a JSON
// object mapping each label to its terms ({"NATO": ["NATO", "alliance"]}), or to terms by
// language. Memory is bounded: lines are read one at a time and at most a few per worker are in
// flight.
package main

// default.pgo is a CPU profile of BenchmarkRun, which go build uses for profile-guided
// optimisation of the program: 5% fewer instructions per document (callgrind, BenchmarkRun,
// 83.6M -> 79.0M per run). Regenerate it after large changes to the pipeline, and after
// changes to the lines of hot functions, whose call sites it names by line. A profile of a
// minute's samples does better than one of ten seconds', whose inlining choices vary from run
// to run (batch -j 1 over 200 PolNeAR lines: 298.7M against 302.7M for the profile it replaced):
//
//	go test -pgo=off -run XXX -bench 'Run$' -benchtime 60s -cpuprofile default.pgo .

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"sync"

	"github.com/whosaid/whosaid/attribution"
)

func main() {
	workers := flag.Int("j", runtime.NumCPU(), "number of documents attributed at once")
	maxBytes := flag.Int("max-bytes", attribution.DefaultMaxInputBytes, "largest document text, in bytes")
	nested := flag.Bool("nested", false, "report a quotation inside another, with its own cue, as a statement of its own")
	topics := flag.String("topics", "", "JSON `file` mapping each topic label to its terms, for taxonomy topics")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: batch [-j N] [-max-bytes N] [-nested] [-topics file] < in.jsonl > out.jsonl\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 || *workers < 1 || *maxBytes < 1 {
		flag.Usage()
		os.Exit(2)
	}
	opts := attribution.Options{MaxInputBytes: *maxBytes, Nested: *nested}
	if *topics != "" {
		tax, err := readTaxonomy(*topics)
		if err != nil {
			fmt.Fprintln(os.Stderr, "batch:", err)
			os.Exit(2)
		}
		opts.Taxonomy = tax
	}
	a, err := attribution.New(opts)
	if err != nil {
		fmt.Fprintln(os.Stderr, "batch:", err)
		os.Exit(2)
	}
	failed, err := run(a, os.Stdin, os.Stdout, os.Stderr, *workers, *maxBytes)
	if err != nil {
		fmt.Fprintln(os.Stderr, "batch:", err)
		os.Exit(1)
	}
	if failed > 0 {
		fmt.Fprintf(os.Stderr, "batch: %d line(s) failed\n", failed)
		os.Exit(1)
	}
}

// readTaxonomy reads the taxonomy file of -topics; its errors name the file.
func readTaxonomy(path string) (*attribution.Taxonomy, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("-topics: %w", err)
	}
	defer f.Close()
	tax, err := attribution.ParseTaxonomy(f)
	if err != nil {
		return nil, fmt.Errorf("-topics %s: %w", path, err)
	}
	return tax, nil
}

// A job is one input line and the slot its output goes to.
type job struct {
	n    int // 1-based line number
	line []byte
	buf  *[]byte // line's memory, from lineBufs, to give back once processed
	long bool    // the line was longer than the limit and was cut
	out  chan result
}

// lineBufs holds the memory of input lines once processed: parsing copies what it keeps.
var lineBufs = sync.Pool{New: func() any { return new([]byte) }}

type result struct {
	line []byte
	err  error
	buf  *[]byte // line's memory, from outBufs, to give back once copied to the output
}

// outBufs holds the memory of output lines once copied to the output. A record is several
// times the size of its document; reusing the memory spares the garbage collector most of what
// the program allocates.
var outBufs = sync.Pool{New: func() any { return new([]byte) }}

// resultBufs holds the memory of Results once their records are written: the program keeps
// no Result past its record, so the next document's is built in the same memory.
var resultBufs = sync.Pool{New: func() any { return new(attribution.Buffer) }}

// maxPooledLine bounds the input, output and result buffers kept for reuse, so that one huge
// line does not hold its memory for the small ones after it.
const maxPooledLine = 4 << 20

// run attributes every line of in and writes the records to out in input order. It returns
// the number of lines that failed, and an error only when reading or writing fails.
func run(a *attribution.Attributor, in io.Reader, out, errOut io.Writer, workers, maxBytes int) (int, error) {
	r := bufio.NewReaderSize(in, 1<<20)
	o := &output{w: out, buf: make([]byte, 0, 2*outputSize), errOut: errOut}
	// A line may hold the text escaped (\u00e9 is six bytes for two), plus id and date.
	limit := 6*maxBytes + 4096
	var readErr error
	if workers == 1 {
		readErr = runSerial(a, r, o, limit, maxBytes)
	} else {
		readErr = runParallel(a, r, o, workers, limit, maxBytes)
	}
	o.flush()
	if readErr != nil {
		return o.failed, fmt.Errorf("reading input: %w", readErr)
	}
	if o.err != nil {
		return o.failed, fmt.Errorf("writing output: %w", o.err)
	}
	return o.failed, nil
}

// runSerial attributes the lines one after the other in the caller's goroutine: one worker
// gains nothing from handing each line to another goroutine and back, whose channel operations
// and switches cost 0.3% of the program's instructions. It returns the error of reading, if
// not io.EOF.
func runSerial(a *attribution.Attributor, r *bufio.Reader, o *output, limit, maxBytes int) error {
	for n := 1; ; n++ {
		// A line is done with before the next is read: it may stay in r's buffer. One longer
		// than that buffer (1 MiB) is gathered in memory of its own, a copy that its
		// attribution outweighs.
		line, long, err := readLine(r, limit, nil, true)
		if len(line) > 0 || long {
			rec, err := process(a, job{n: n, line: line, long: long}, maxBytes, o.buf)
			o.add(n, rec, err)
		}
		if err != nil {
			if err == io.EOF {
				return nil
			}
			return err
		}
	}
}

// runParallel attributes the lines with workers goroutines, a reader and the caller as the
// writer, which writes the results in input order. It returns the error of reading, if not
// io.EOF.
func runParallel(a *attribution.Attributor, r *bufio.Reader, o *output, workers, limit, maxBytes int) error {
	jobs := make(chan job, workers)
	order := make(chan job, 2*workers) // the writer reads results in this order
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				buf := outBufs.Get().(*[]byte)
				rec, err := process(a, j, maxBytes, (*buf)[:0])
				j.out <- result{line: rec, err: err, buf: buf}
				if cap(j.line) <= maxPooledLine {
					*j.buf = j.line[:0]
					lineBufs.Put(j.buf)
				}
			}
		})
	}
	readErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		for n := 1; ; n++ {
			buf := lineBufs.Get().(*[]byte)
			line, long, err := readLine(r, limit, *buf, false)
			if len(line) > 0 || long {
				j := job{n: n, line: line, buf: buf, long: long, out: make(chan result, 1)}
				order <- j
				jobs <- j
			} else {
				lineBufs.Put(buf)
			}
			if err != nil {
				if err != io.EOF {
					readErr <- err
				}
				return
			}
		}
	}()
	for j := range order {
		res := <-j.out
		o.add(j.n, append(o.buf, res.line...), res.err)
		if cap(res.line) <= maxPooledLine {
			*res.buf = res.line[:0] // copied
			outBufs.Put(res.buf)
		}
	}
	wg.Wait()
	select {
	case err := <-readErr:
		return err
	default:
		return nil
	}
}

// output writes the records of lines in the order it is given them, and counts the failed.
// One worker appends each record to buf itself, where a bufio.Writer took a copy of it.
type output struct {
	w      io.Writer
	buf    []byte // the records not yet written
	errOut io.Writer
	failed int
	err    error // the first error of writing; nothing is written after it
}

// outputSize is the amount of records output gathers before it writes them.
const outputSize = 1 << 20

// add takes buf, now with the record of line n appended, names the line on errOut when it
// failed (with err), and writes the records once there are outputSize bytes of them.
func (o *output) add(n int, buf []byte, err error) {
	o.buf = buf
	if err != nil {
		o.failed++
		fmt.Fprintf(o.errOut, "batch: line %d: %v\n", n, err)
	}
	if len(o.buf) >= outputSize {
		o.flush()
	}
}

// flush writes the records gathered, and lets a buffer grown past maxPooledLine go.
func (o *output) flush() {
	if o.err == nil && len(o.buf) > 0 {
		_, o.err = o.w.Write(o.buf)
	}
	if o.buf = o.buf[:0]; cap(o.buf) > maxPooledLine {
		o.buf = make([]byte, 0, 2*outputSize)
	}
}

// readLine reads one line without its line ending, into buf's memory; with inPlace, a line
// that fits in r's buffer is returned there, valid until the next read. A line longer than
// limit is consumed to its end but returned cut, with long set: process reads no more of it.
func readLine(r *bufio.Reader, limit int, buf []byte, inPlace bool) (line []byte, long bool, err error) {
	line = buf[:0]
	for {
		chunk, err := r.ReadSlice('\n')
		switch {
		case len(line)+len(chunk) > limit:
			long = true
		case inPlace && len(line) == 0 && err != bufio.ErrBufferFull:
			line = chunk
		default:
			line = append(line, chunk...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if n := len(line); n > 0 && line[n-1] == '\n' {
			line = line[:n-1]
			if n := len(line); n > 0 && line[n-1] == '\r' {
				line = line[:n-1]
			}
		}
		return line, long, err
	}
}

// errInternal marks a document whose attribution panicked: a bug of whosaid's.
var errInternal = errors.New("internal error")

// attributeSafely is AttributeInto, but a panic inside it becomes the document's error, so that
// the documents around it are still attributed; the stack goes to standard error, for a bug
// report.
func attributeSafely(a *attribution.Attributor, rb *attribution.Buffer, doc attribution.Document) (res *attribution.Result, err error) {
	defer func() {
		if v := recover(); v != nil {
			fmt.Fprintf(os.Stderr, "batch: document %q: %v: %v\n%s", doc.ID, errInternal, v, debug.Stack())
			res, err = nil, fmt.Errorf("%w: %v", errInternal, v)
		}
	}()
	return a.AttributeInto(rb, doc)
}

// process attributes one line and returns dst with its output line appended, ending in a
// newline, and the error the line's record reports, if any.
func process(a *attribution.Attributor, j job, maxBytes int, dst []byte) ([]byte, error) {
	var in attribution.Input
	id := ""
	fail := func(err error) ([]byte, error) {
		b, _ := json.Marshal(attribution.Record{Schema: attribution.SchemaVersion, ID: id, Error: err.Error()})
		return append(append(dst, b...), '\n'), err
	}
	if j.long {
		return fail(fmt.Errorf("line longer than the %d-byte limit", maxBytes))
	}
	if err := attribution.ParseInput(j.line, &in); err != nil {
		return fail(err)
	}
	doc, err := in.Document()
	id = doc.ID
	if err != nil {
		return fail(err)
	}
	rb := resultBufs.Get().(*attribution.Buffer)
	res, err := attributeSafely(a, rb, doc)
	if len(doc.Text) <= maxPooledLine && !errors.Is(err, errInternal) {
		defer resultBufs.Put(rb) // the record is written before this returns: the Result is done with
	}
	if err != nil {
		return fail(err)
	}
	// AppendRecordJSON writes what json.Marshal of the Record would, without reflection or the
	// Record; where it fails, Marshal fails too, and its error is the one the record carries.
	// What it appended before failing lies past dst's length, to be overwritten.
	b, err := res.AppendRecordJSON(dst)
	if err != nil {
		if b, err = json.Marshal(res.Record()); err != nil {
			return fail(err)
		}
		return append(append(dst, b...), '\n'), nil
	}
	return append(b, '\n'), nil
}
