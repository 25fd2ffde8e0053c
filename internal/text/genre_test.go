package text

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestCountFictionAgainstFull checks countFiction, which stops once the numbers or the news
// words so far settle the answer, against a count of every word, on texts generated near its
// thresholds: numbers about a hundredth of the words, pronouns about a twentieth, news words
// about a hundredth, in narration and in dialogue.
func TestCountFictionAgainstFull(t *testing.T) {
	if most := max(fictionNumbers, fictionNumbersNone, fictionNumbersFirst, fictionNumbersFew); fictionNumbersMost < most {
		t.Fatalf("fictionNumbersMost = %v, below %v: a text could stop on numbers and still be fiction", fictionNumbersMost, most)
	}
	rng := rand.New(rand.NewPCG(7, 11))
	pronouns := []string{"he", "she", "him", "her", "his", "hers", "I", "me", "my", "myself"}
	plain := []string{"the", "garden", "walked", "slowly", "towards", "a", "house", "and", "it", "rained"}
	fiction, stopped := 0, 0
	for n := range 3000 {
		pNum := rng.Float64() * 0.02
		pPron := rng.Float64() * 0.1
		pNews := rng.Float64() * 0.015
		dialogue := n%3 == 0
		var b strings.Builder
		for words := 0; words < 900+rng.IntN(400); {
			if dialogue {
				b.WriteString("\"")
			}
			for range 4 + rng.IntN(12) {
				switch r := rng.Float64(); {
				case r < pNum:
					b.WriteString("42")
				case r < pNum+pPron:
					b.WriteString(pronouns[rng.IntN(len(pronouns))])
				case r < pNum+pPron+pNews:
					b.WriteString("senator")
				default:
					b.WriteString(plain[rng.IntN(len(plain))])
				}
				b.WriteString(" ")
				words++
			}
			b.WriteString("end.")
			if dialogue {
				b.WriteString("\"\n\n")
			} else {
				b.WriteString(" ")
			}
		}
		d := Analyze(b.String())
		want := fullCountFiction(d)
		if got := d.countFiction(); got != want {
			t.Fatalf("text %d (%d tokens): countFiction = %v, a full count says %v", n, len(d.Tokens), got, want)
		}
		if want {
			fiction++
		}
		if numbers := countKind(d, Number); float64(numbers)/float64(len(d.Tokens)) >= fictionNumbersMost {
			stopped++
		}
	}
	// The texts must reach both answers, and the stop on numbers, for the test to mean anything.
	if fiction < 100 || fiction > 2900 || stopped < 100 {
		t.Fatalf("%d texts of 3000 are fiction, %d stop on numbers: the generator misses the thresholds", fiction, stopped)
	}
}

func countKind(d *Doc, k Kind) int {
	n := 0
	for _, t := range d.Tokens {
		if t.Kind == k {
			n++
		}
	}
	return n
}

// fullCountFiction is countFiction counting every word of the text, without stopping early.
func fullCountFiction(d *Doc) bool {
	if len(d.Tokens) < fictionMinimumWords {
		return false
	}
	words, numbers, third, first, news := 0, 0, 0, 0, 0
	for i := range d.Tokens {
		switch d.Tokens[i].Kind {
		case Number:
			numbers++
			words++
		case Word:
			words++
			switch k := d.Key(i); k {
			case "he", "she", "him", "her", "his", "hers":
				third++
			case "i", "me", "my", "myself":
				first++
			default:
				if isNewsWord(k) {
					news++
				}
			}
		}
	}
	if words < fictionMinimumWords || float64(news)/float64(words) >= fictionNewsWords {
		return false
	}
	num := float64(numbers) / float64(words)
	switch {
	case d.IsDialogue() && num < fictionNumbers:
		return true
	case num < fictionNumbersNone && float64(third)/float64(words) >= fictionPronouns:
		return true
	}
	persons := float64(third+first) / float64(words)
	return num < fictionNumbersFirst && persons >= fictionPersons ||
		num < fictionNumbersFew && persons >= fictionPersonsDense
}
