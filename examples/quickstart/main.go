// Command quickstart prints who said what, and when, in a news article.
//
// With no argument it reads an article embedded in the program:
//
//	go run ./examples/quickstart
//
// With a path, or - for standard input, it reads that file; -date gives the publication date:
//
//	go run ./examples/quickstart -date 2025-01-21 article.txt
package main

import (
	_ "embed"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/whosaid/whosaid/attribution"
)

//go:embed article.txt
var sample string

// sampleDate is the publication date of the embedded article.
const sampleDate = "2025-11-13"

func main() {
	date := flag.String("date", "", "publication date of the article, YYYY-MM-DD")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: quickstart [-date YYYY-MM-DD] [file | -]\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if err := run(flag.Args(), *date, os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}

func run(args []string, date string, stdin io.Reader, stdout io.Writer) error {
	text := sample
	switch {
	case len(args) > 1:
		return fmt.Errorf("want one file, got %d", len(args))
	case len(args) == 1 && args[0] == "-":
		b, err := io.ReadAll(stdin)
		if err != nil {
			return err
		}
		text = string(b)
	case len(args) == 1:
		b, err := os.ReadFile(args[0])
		if err != nil {
			return err
		}
		text = string(b)
	default:
		if date == "" {
			date = sampleDate
		}
	}
	doc := attribution.Document{Text: text}
	if date != "" {
		t, err := time.Parse("2006-01-02", date)
		if err != nil {
			return fmt.Errorf("invalid -date %q: want YYYY-MM-DD", date)
		}
		doc.Published = t
	}
	a, err := attribution.New(attribution.Options{})
	if err != nil {
		return err
	}
	res, err := a.Attribute(doc)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SPEAKER\tKIND\tDATE\tSTATEMENT\tTOPICS")
	for _, s := range res.Statements {
		speaker := "?"
		if s.Speaker != nil {
			speaker = s.Speaker.Name
		}
		when := s.SaidOn.Value
		if when == "" {
			when = "-"
		}
		var parts []string
		for _, p := range s.Parts {
			parts = append(parts, p.Of(text))
		}
		var topics []string
		for _, t := range s.Topics[:min(len(s.Topics), 3)] {
			topics = append(topics, t.Label)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", speaker, s.Kind, when, clip(strings.Join(parts, " … "), 60),
			strings.Join(topics, ", "))
	}
	return tw.Flush()
}

// clip shortens s to at most n characters, on one line.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
