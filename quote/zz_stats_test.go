package quote

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/whosaid/whosaid/internal/text"
)

type zzShapes [16 * 26 * 26 / 64]uint64

func zzBit(k string) (int, bool) {
	n := len(k)
	if n == 0 || n > 16 {
		return 0, false
	}
	f, e := int(k[0])-'a', int(k[n-1])-'a'
	if f < 0 || f >= 26 || e < 0 || e >= 26 {
		return 0, false
	}
	return ((n-1)*26+f)*26 + e, true
}

func TestZZShapes(t *testing.T) {
	l := builtinCues()
	var ss zzShapes
	nfirst := 0
	for w := range l.forms.Firsts() {
		nfirst++
		if b, ok := zzBit(w); ok {
			ss[b/64] |= 1 << (b % 64)
		}
	}
	set := 0
	for _, x := range ss {
		for ; x != 0; x &= x - 1 {
			set++
		}
	}
	f, _ := os.Open("../../shared/corpora/polnear-dev.input.jsonl")
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	words, pass, hits := 0, 0, 0
	for sc.Scan() {
		var doc struct{ Text string }
		json.Unmarshal(sc.Bytes(), &doc)
		d := text.Analyze(doc.Text)
		for i := range d.Tokens {
			if d.Tokens[i].Kind != text.Word {
				continue
			}
			words++
			k := d.Key(i)
			if b, ok := zzBit(k); !ok || ss[b/64]&(1<<(b%64)) != 0 {
				pass++
			}
			if _, _, ok := l.forms.Match(d, i, i+1); ok {
				hits++
			}
			if _, ok := map[string]bool{}[k]; ok {
			}
		}
	}
	t.Logf("firsts=%d bits=%d words=%d pass=%d hits(1-word)=%d", nfirst, set, words, pass, hits)
}
