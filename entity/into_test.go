package entity_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/whosaid/whosaid/entity"
	"github.com/whosaid/whosaid/internal/testdoc"
	"github.com/whosaid/whosaid/internal/text"
)

// TestRecognizeDocInto recognises the test articles one after another into one Analysis, all
// of them first so that each later text lands in memory full of more entities and mentions:
// each result must be RecognizeDoc's.
func TestRecognizeDocInto(t *testing.T) {
	texts, err := testdoc.Articles("../testdata/articles")
	if err != nil {
		t.Fatal(err)
	}
	texts = append([]string{strings.Join(texts, "\n\n")}, texts...)
	texts = append(texts, "", "no names here")
	r := newRecognizer(t)
	var fresh entity.Analysis
	if r.RecognizeDocInto(&fresh, text.Analyze(""), nil); fresh.Mentions == nil || fresh.Entities == nil {
		t.Error("RecognizeDocInto of an empty text into a zero Analysis left nil slices; RecognizeDoc gives empty ones")
	}
	var a entity.Analysis
	for i, s := range texts {
		d := text.Analyze(s)
		want := r.RecognizeDoc(d, nil)
		r.RecognizeDocInto(&a, d, nil)
		if diff := cmp.Diff(want, &a, cmpopts.IgnoreUnexported(entity.Analysis{}, entity.Entity{}, entity.Mention{})); diff != "" {
			t.Errorf("text %d: RecognizeDocInto differs from RecognizeDoc (-want +got):\n%s", i, diff)
		}
	}
}
