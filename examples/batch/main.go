// Command batch attributes the statements of documents read as JSON Lines.
//
// Each input line is a JSON object {"id", "text", "date"} (date "YYYY-MM-DD" or null); each
// output line is the document's attribution.Record, in input order:
//
//	go run ./examples/batch -j 4 < docs.jsonl > statements.jsonl
//
// A line that is not a JSON object, lacks "text", has an invalid date or is too long yields
// {"schema": 1, "id": …, "error": "…"} (with the id when it could be read) and a message naming
// the line on stderr; the program goes on with the next line and exits with status 1 at the
// end. With -topics FILE, statements also get the topics of a taxonomy: FILE is a JSON object
// mapping each label to its terms ({"NATO": ["NATO", "alliance"]}), or to terms by language.
// Memory is bounded: lines are read one at a time and at most a few per worker are in
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
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
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
	buf  *[]byte // line's memory, from outBufs, to give back once written; or nil
}

// outBufs holds the memory of output lines once written. A record is several times the size of
// its document; reusing the memory spares the garbage collector most of what the program
// allocates.
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
	o := &output{w: bufio.NewWriterSize(out, 1<<20), errOut: errOut}
	// A line may hold the text escaped (\u00e9 is six bytes for two), plus id and date.
	limit := 6*maxBytes + 4096
	var readErr error
	if workers == 1 {
		readErr = runSerial(a, r, o, limit, maxBytes)
	} else {
		readErr = runParallel(a, r, o, workers, limit, maxBytes)
	}
	if err := o.w.Flush(); o.err == nil {
		o.err = err
	}
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
	var buf []byte
	for n := 1; ; n++ {
		line, long, err := readLine(r, limit, buf)
		if len(line) > 0 || long {
			o.write(n, process(a, job{n: n, line: line, long: long}, maxBytes))
		}
		if buf = line[:0]; cap(buf) > maxPooledLine {
			buf = nil
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
				j.out <- process(a, j, maxBytes)
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
			line, long, err := readLine(r, limit, *buf)
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
		o.write(j.n, <-j.out)
	}
	wg.Wait()
	select {
	case err := <-readErr:
		return err
	default:
		return nil
	}
}

// output writes the results of lines in the order it is given them, and counts the failed.
type output struct {
	w      *bufio.Writer
	errOut io.Writer
	failed int
	err    error // the first error of writing; nothing is written after it
}

// write writes the result of line n, names the line on errOut when it failed, and gives the
// result's memory back to outBufs.
func (o *output) write(n int, res result) {
	if res.err != nil {
		o.failed++
		fmt.Fprintf(o.errOut, "batch: line %d: %v\n", n, res.err)
	}
	if o.err == nil {
		_, o.err = o.w.Write(res.line)
	}
	if res.buf != nil && cap(res.line) <= maxPooledLine {
		*res.buf = res.line[:0] // written: bufio copied it or passed it on
		outBufs.Put(res.buf)
	}
}

// readLine reads one line without its line ending, into buf's memory. A line longer than limit
// is consumed to its end but only its first limit bytes are returned, with long set.
func readLine(r *bufio.Reader, limit int, buf []byte) (line []byte, long bool, err error) {
	line = buf[:0]
	for {
		chunk, err := r.ReadSlice('\n')
		if len(line)+len(chunk) > limit {
			long = true
		} else {
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

// input is an input line; pointers tell a missing field from an empty one.
// process attributes one line and returns its output line, ending in a newline.
func process(a *attribution.Attributor, j job, maxBytes int) result {
	var in attribution.Input
	id := ""
	fail := func(err error) result {
		b, _ := json.Marshal(attribution.Record{Schema: attribution.SchemaVersion, ID: id, Error: err.Error()})
		return result{line: append(b, '\n'), err: err}
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
	if len(doc.Text) <= maxPooledLine {
		defer resultBufs.Put(rb) // the record is written before this returns: the Result is done with
	}
	res, err := a.AttributeInto(rb, doc)
	if err != nil {
		return fail(err)
	}
	// AppendRecordJSON writes what json.Marshal of the Record would, without reflection or the
	// Record; where it fails, Marshal fails too, and its error is the one the record carries.
	buf := outBufs.Get().(*[]byte)
	b, err := res.AppendRecordJSON((*buf)[:0])
	if err != nil {
		outBufs.Put(buf)
		if b, err = json.Marshal(res.Record()); err != nil {
			return fail(err)
		}
		return result{line: append(b, '\n')}
	}
	return result{line: append(b, '\n'), buf: buf}
}
