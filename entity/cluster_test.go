package entity

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/whosaid/whosaid/internal/text"
)

// TestTitledAs checks titledAs, which onlyTitled asks first, against the map titledPersons
// makes, for every word of each test article taken as a role.
func TestTitledAs(t *testing.T) {
	lex, err := loadLexicons()
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatal("no articles", err)
	}
	r := &Recognizer{opts: Options{MaxInputBytes: DefaultMaxInputBytes}, lex: lex}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := text.Analyze(string(b))
		a := r.RecognizeDoc(d, nil)
		var names []int32
		for mi := range a.Mentions {
			if a.Mentions[mi].Kind == Name {
				names = append(names, int32(mi))
			}
		}
		byTitle := map[string]int{}
		titledPersons(d, a, byTitle)
		for i := range d.Tokens {
			role := d.Key(i)
			want, ok := byTitle[role]
			if !ok {
				want = -1
			}
			if got := titledAs(d, a, names, role); got != want {
				t.Errorf("%s: titledAs(%q) = %d, want %d", filepath.Base(f), role, got, want)
			}
		}
	}
}
