// Command highlight writes an HTML page of an article with each statement highlighted in the
// colour of its speaker.
//
// With no argument it reads an article embedded in the program; with a path, or - for standard
// input, it reads that file. -date gives the publication date and -o the page to write
// (standard output by default):
//
//	go run ./examples/highlight -o /tmp/sample.html
//	go run ./examples/highlight -date 2025-01-21 -o out.html article.txt
//
// The page is self-contained: inline CSS and no script. Each speaker has a colour of its own,
// and statements without a speaker are grey; direct statements are underlined with a solid
// line, reported speech with a dashed one and mixed statements with a dotted one. Hovering over
// a statement, or focusing it with the Tab key, shows its speaker, kind, cue, date and topics.
// A side panel lists the speakers with their statements, each linked to its highlight.
//
// Paragraphs are separated by blank lines; in a text with no blank line, each line is a
// paragraph. A statement inside another (with -nested) is highlighted inside it; a statement
// that crosses another, or a paragraph break, is highlighted in pieces.
package main

import (
	_ "embed"
	"flag"
	"fmt"
	"html/template"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/whosaid/whosaid/attribution"
	"github.com/whosaid/whosaid/quote"
)

//go:embed article.txt
var sample string

// sampleDate is the publication date of the embedded article.
const sampleDate = "2025-10-19"

// options holds the command-line settings.
type options struct {
	date   string // publication date, YYYY-MM-DD
	out    string // the page to write; "" or "-" for standard output
	nested bool   // report a quotation inside another as a statement of its own
}

func main() {
	var opts options
	flag.StringVar(&opts.date, "date", "", "publication date of the article, YYYY-MM-DD")
	flag.StringVar(&opts.out, "o", "", "write the page to this file instead of standard output")
	flag.BoolVar(&opts.nested, "nested", false, "highlight a quotation inside another, with its own cue, as a statement of its own")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: highlight [-date YYYY-MM-DD] [-o out.html] [-nested] [article.txt | -]\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if err := run(flag.Args(), opts, os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "highlight:", err)
		os.Exit(1)
	}
}

// run reads the article named by args, attributes it and writes its page.
func run(args []string, opts options, stdin io.Reader, stdout io.Writer) error {
	text, source := sample, "embedded sample"
	switch {
	case len(args) > 1:
		return fmt.Errorf("want one file, got %d", len(args))
	case len(args) == 1 && args[0] == "-":
		b, err := io.ReadAll(stdin)
		if err != nil {
			return err
		}
		text, source = string(b), "standard input"
	case len(args) == 1:
		b, err := os.ReadFile(args[0])
		if err != nil {
			return err
		}
		text, source = string(b), filepath.Base(args[0])
	default:
		if opts.date == "" {
			opts.date = sampleDate
		}
	}
	doc := attribution.Document{ID: source, Text: text}
	if opts.date != "" {
		t, err := time.Parse(time.DateOnly, opts.date)
		if err != nil {
			return fmt.Errorf("invalid -date %q: want YYYY-MM-DD", opts.date)
		}
		doc.Published = t
	}
	a, err := attribution.New(attribution.Options{Nested: opts.nested})
	if err != nil {
		return err
	}
	res, err := a.Attribute(doc)
	if err != nil {
		return err
	}
	p := newPage(text, res)
	p.Source, p.Date = source, opts.date
	if opts.out == "" || opts.out == "-" {
		return pageTemplate.Execute(stdout, p)
	}
	f, err := os.Create(opts.out)
	if err != nil {
		return err
	}
	if err := pageTemplate.Execute(f, p); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// A page is what the template shows.
type page struct {
	Title        string
	Source       string
	Date         string
	Headline     []node   // the article's first line, when it looks like a headline
	Paragraphs   [][]node // the rest of the article
	Speakers     []*speakerView
	Unattributed *speakerView // statements without a speaker, or nil
	Statements   int
}

// A node is a stretch of text or a highlighted statement holding further nodes.
type node struct {
	Text     string
	Mark     *mark
	Children []node
}

// A mark is one highlight: a whole statement part, or a piece of one.
type mark struct {
	ID    string // "s3" on the first piece of statement 3, for the side panel's links
	Kind  string // direct, indirect or mixed
	Color string // the speaker's colour, #rrggbb
	Tip   string // what hovering shows
}

// A speakerView is one entry of the side panel.
type speakerView struct {
	Name       string
	Color      string
	Statements []statementView
}

// A statementView is one statement in the side panel.
type statementView struct {
	ID      string
	Kind    string
	Excerpt string
}

// grey is the colour of statements without a speaker.
const grey = "#8a8f98"

// palette holds the first speakers' colours, in order of first statement; later speakers get
// colours spread around the colour wheel.
var palette = []string{
	"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1",
	"#edc948", "#76b7b2", "#ff9da7", "#9c755f", "#17becf",
}

// speakerColor returns the colour of the i'th speaker.
func speakerColor(i int) string {
	if i < len(palette) {
		return palette[i]
	}
	// The golden angle keeps consecutive hues far apart.
	h := float64(i-len(palette)) * 137.508
	return hslHex(h-360*float64(int(h/360)), 0.55, 0.5)
}

// hslHex converts a colour given by hue (degrees), saturation and lightness to #rrggbb.
func hslHex(h, s, l float64) string {
	c := (1 - abs(2*l-1)) * s
	hp := h / 60
	x := c * (1 - abs(hp-2*float64(int(hp/2))-1))
	var r, g, b float64
	switch int(hp) {
	case 0:
		r, g = c, x
	case 1:
		r, g = x, c
	case 2:
		g, b = c, x
	case 3:
		g, b = x, c
	case 4:
		r, b = x, c
	default:
		r, b = c, x
	}
	m := l - c/2
	byteOf := func(v float64) int { return min(255, max(0, int((v+m)*255+0.5))) }
	return fmt.Sprintf("#%02x%02x%02x", byteOf(r), byteOf(g), byteOf(b))
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// newPage lays out text and the statements of res.
func newPage(text string, res *attribution.Result) *page {
	p := &page{Statements: len(res.Statements)}
	marks := make([]mark, len(res.Statements))
	bySpeaker := map[string]*speakerView{}
	for i := range res.Statements {
		s := &res.Statements[i]
		v := statementView{ID: "s" + strconv.Itoa(i), Kind: s.Kind.String(), Excerpt: excerpt(text, s)}
		color := grey
		if s.Speaker == nil {
			if p.Unattributed == nil {
				p.Unattributed = &speakerView{Name: "No speaker found", Color: grey}
			}
			p.Unattributed.Statements = append(p.Unattributed.Statements, v)
		} else {
			key := "name:" + s.Speaker.Name
			if s.Speaker.Entity >= 0 {
				key = "entity:" + strconv.Itoa(s.Speaker.Entity)
			}
			sv := bySpeaker[key]
			if sv == nil {
				sv = &speakerView{Name: s.Speaker.Name, Color: speakerColor(len(p.Speakers))}
				bySpeaker[key] = sv
				p.Speakers = append(p.Speakers, sv)
			}
			sv.Statements = append(sv.Statements, v)
			color = sv.Color
		}
		marks[i] = mark{Kind: v.Kind, Color: color, Tip: tip(text, s)}
	}
	// Most statements first; the stable sort keeps ties in order of first statement.
	slices.SortStableFunc(p.Speakers, func(a, b *speakerView) int {
		return len(b.Statements) - len(a.Statements)
	})

	paras := paragraphs(text)
	headline := len(paras) > 1 && isHeadline(paras[0].Of(text))
	if len(paras) > 0 {
		p.Title = clip(paras[0].Of(text), 80)
	}
	var pieces []piece
	for i, s := range res.Statements {
		for _, part := range s.Parts {
			pieces = append(pieces, piece{part.Start, part.End, i})
		}
	}
	seen := make([]bool, len(marks))
	for n, para := range paras {
		var in []piece
		for _, pc := range pieces {
			if start, end := max(pc.start, para.Start), min(pc.end, para.End); start < end {
				in = append(in, piece{start, end, pc.stmt})
			}
		}
		nodes := layout(text, para.Start, para.End, in, func(stmt int) *mark {
			m := marks[stmt] // a copy: only the first piece gets the id
			if !seen[stmt] {
				seen[stmt] = true
				m.ID = "s" + strconv.Itoa(stmt)
			}
			return &m
		})
		if n == 0 && headline {
			p.Headline = nodes
		} else {
			p.Paragraphs = append(p.Paragraphs, nodes)
		}
	}
	return p
}

// paragraphs returns the spans of the paragraphs of text, without their surrounding space.
// Paragraphs are separated by blank lines or, in a text with no blank line, by line breaks.
func paragraphs(text string) []attribution.Span {
	type line struct {
		span  attribution.Span
		blank bool
	}
	var lines []line
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		l := line{span: attribution.Span{Start: start, End: end}}
		l.blank = strings.TrimSpace(l.span.Of(text)) == ""
		lines = append(lines, l)
		start = end + 1
	}
	// Do blank lines separate paragraphs, or does each line stand alone?
	byBlank, sawText, gap := false, false, false
	for _, l := range lines {
		if l.blank {
			gap = sawText
		} else if gap {
			byBlank = true
			break
		} else {
			sawText = true
		}
	}
	var paras []attribution.Span
	open := false
	for _, l := range lines {
		switch {
		case l.blank:
			open = false
		case open && byBlank:
			paras[len(paras)-1].End = l.span.End
		default:
			paras = append(paras, l.span)
			open = true
		}
	}
	for i, p := range paras {
		s := p.Of(text)
		p.Start += len(s) - len(strings.TrimLeft(s, " \t\r\n"))
		p.End -= len(s) - len(strings.TrimRight(s, " \t\r\n"))
		paras[i] = p
	}
	return paras
}

// isHeadline reports whether a first paragraph reads as a headline: one short line without
// closing punctuation.
func isHeadline(s string) bool {
	if strings.Contains(s, "\n") || utf8.RuneCountInString(s) > 120 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune(".!?:;,\"'”’)", r)
}

// A piece is a stretch of a statement part, [start, end), inside one paragraph.
type piece struct {
	start, end int
	stmt       int
}

// layout returns the nodes of text[lo:hi] with the pieces highlighted by the marks that markOf
// returns. Pieces may nest, as a quotation inside another; a piece that crosses another is cut
// where the other ends, so that the marks always nest.
func layout(text string, lo, hi int, pieces []piece, markOf func(stmt int) *mark) []node {
	less := func(a, b piece) int {
		if a.start != b.start {
			return a.start - b.start
		}
		if a.end != b.end {
			return b.end - a.end // the outer first
		}
		return a.stmt - b.stmt
	}
	todo := slices.Clone(pieces)
	slices.SortFunc(todo, less)
	var nested []piece // properly nested, in the order of todo
	var open []piece   // the pieces that contain the current position, outermost first
	for len(todo) > 0 {
		x := todo[0]
		todo = todo[1:]
		if x.start >= x.end {
			continue
		}
		for len(open) > 0 && open[len(open)-1].end <= x.start {
			open = open[:len(open)-1]
		}
		if n := len(open); n > 0 && x.end > open[n-1].end {
			// x crosses the piece it starts in: keep the part inside, and look at the rest again.
			rest := piece{open[n-1].end, x.end, x.stmt}
			x.end = rest.start
			i, _ := slices.BinarySearchFunc(todo, rest, less)
			todo = slices.Insert(todo, i, rest)
		}
		nested = append(nested, x)
		open = append(open, x)
	}
	return build(text, lo, hi, nested, markOf)
}

// build returns the nodes of text[lo:hi] for pieces that nest properly, sorted by start and
// then by end, outer first.
func build(text string, lo, hi int, pieces []piece, markOf func(stmt int) *mark) []node {
	var nodes []node
	pos := lo
	for i := 0; i < len(pieces); {
		x := pieces[i]
		j := i + 1
		for j < len(pieces) && pieces[j].start < x.end {
			j++
		}
		if pos < x.start {
			nodes = append(nodes, node{Text: text[pos:x.start]})
		}
		nodes = append(nodes, node{Mark: markOf(x.stmt), Children: build(text, x.start, x.end, pieces[i+1:j], markOf)})
		pos, i = x.end, j
	}
	if pos < hi {
		nodes = append(nodes, node{Text: text[pos:hi]})
	}
	return nodes
}

// tip returns what hovering over statement s shows, one fact per line.
func tip(text string, s *attribution.Statement) string {
	var b strings.Builder
	if s.Speaker == nil {
		b.WriteString("No speaker found")
	} else {
		b.WriteString(s.Speaker.Name)
		if m := s.Speaker.Mention.Of(text); m != "" && m != s.Speaker.Name {
			fmt.Fprintf(&b, " (as “%s”)", clip(m, 40))
		}
	}
	fmt.Fprintf(&b, "\n%s statement", s.Kind)
	if s.Cue.Lemma != "" {
		fmt.Fprintf(&b, "\ncue: “%s” (%s, %s", clip(s.Cue.Span.Of(text), 40), s.Cue.Lemma, s.Cue.Class)
		if s.Cue.Negated {
			b.WriteString(", negated")
		}
		if s.Cue.Hedged {
			b.WriteString(", hedged")
		}
		b.WriteString(")")
	} else {
		b.WriteString("\nno cue")
	}
	if s.SaidOn.Value != "" {
		fmt.Fprintf(&b, "\nsaid on %s (%s", s.SaidOn.Value, s.SaidOn.Source)
		if !s.SaidOn.Span.IsZero() {
			fmt.Fprintf(&b, ": “%s”", clip(s.SaidOn.Span.Of(text), 40))
		}
		b.WriteString(")")
	} else {
		b.WriteString("\ndate unknown")
	}
	if len(s.Topics) > 0 {
		labels := make([]string, len(s.Topics))
		for i, t := range s.Topics {
			labels[i] = t.Label
		}
		fmt.Fprintf(&b, "\ntopics: %s", strings.Join(labels, ", "))
	}
	if s.Speaker != nil {
		fmt.Fprintf(&b, "\nconfidence %.2f, by rule %s", s.Confidence, s.Rule)
	}
	return b.String()
}

// excerpt returns the parts of a statement on one line, shortened, a direct one in quotation
// marks.
func excerpt(text string, s *attribution.Statement) string {
	parts := make([]string, len(s.Parts))
	for i, p := range s.Parts {
		parts[i] = strings.TrimRight(p.Of(text), ",;: ")
	}
	e := clip(strings.Join(parts, " … "), 90)
	if s.Kind == quote.Direct {
		e = "“" + e + "”"
	}
	return e
}

// clip shortens s to at most n characters, on one line.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimRight(string(r[:n-1]), " ") + "…"
}

//go:embed page.html
var pageHTML string

// pageTemplate renders a page. html/template escapes every string that comes from the article.
var pageTemplate = template.Must(template.New("page").Parse(pageHTML))
