package i18n

// duplicates are the ids that a part of a catalogue (see addCatalogue)
// defined again; TestNoIDDefinedTwice fails on any.
var duplicates []ID

// addCatalogue merges a part of the catalogues kept in a file of its own
// (one area's messages, in both languages) into en and zh, at init.
func addCatalogue(enPart, zhPart map[ID]string) {
	for _, c := range []struct{ to, from map[ID]string }{{en, enPart}, {zh, zhPart}} {
		for id, s := range c.from {
			if _, ok := c.to[id]; ok {
				duplicates = append(duplicates, id)
			}
			c.to[id] = s
		}
	}
}
