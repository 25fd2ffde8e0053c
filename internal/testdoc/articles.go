// Package testdoc holds what the tests of every package need of a document: the articles of
// testdata/articles, written for this module's tests, and the character boundaries every span
// must keep.
package testdoc

import (
	"os"
	"path/filepath"
	"strings"
)

// Articles returns the text of every .txt file in dir, in file name order.
func Articles(dir string) ([]string, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	texts := make([]string, 0, len(paths))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		texts = append(texts, string(b))
	}
	return texts, nil
}

// Joined returns the articles of dir as one text, each followed by a blank line so that no
// paragraph runs into the next article's.
func Joined(dir string) (string, error) {
	texts, err := Articles(dir)
	if err != nil {
		return "", err
	}
	var sb strings.Builder
	for _, t := range texts {
		sb.WriteString(t)
		sb.WriteString("\n\n")
	}
	return sb.String(), nil
}
