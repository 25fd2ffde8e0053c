// Package entity finds the people, organisations and places a text mentions and groups the
// mentions of each into one entity.
//
// # Mentions
//
// Names are runs of capitalised words with their particles (de, van, von, bin, al-), initials
// and suffixes (Jr., III), after an optional title and the words before it ("former US President
// Joe Biden", "Mr. Blinken", "Prime Minister Keir Starmer"). Pronouns are mentions too, and so are
// roles and groups ("the spokesman", "the Russian President", "officials"), which bind to the
// named person in apposition or whose title they repeat. The
// lexicons (titles, role nouns, nationalities, places, organisation words, given names, and
// capitalised words that are not names) are embedded text files whose headers give their
// sources.
//
// # Entities
//
// A full name starts an entity; a surname, a title and surname, or a first name the text uses
// alone joins the most recent entity it fits, unless genders clash (Mr. and Mrs. Turton are two
// people). Each entity's Name is the fullest form in the text. A third-person pronoun is linked
// to the nearest entity before it that agrees in gender.
//
// # Walkthrough
//
//	r, err := entity.NewRecognizer(entity.Options{})
//	if err != nil { … }
//	a, err := r.Recognize("Vladimir Putin spoke. Putin said he was ready.")
//	// a.Entities[0].Name == "Vladimir Putin", with three mentions: the name, Putin and he.
package entity
