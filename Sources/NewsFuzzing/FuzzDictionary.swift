/// Pieces of text that steer extraction down its branches: quotation marks of every style, speech
/// verbs, titles, pronouns, the shapes of datelines, labels and bylines, and the bytes that break naive
/// text handling. Mutations splice them in; `make fuzz` hands them to libFuzzer as its dictionary.
enum FuzzDictionary {
  static let extractor: [String] =
    ["\"", "'", "“", "”", "‘", "’", "«", "»", "''", "``", "„", "‚", "—", "–", " - ", ":", ";", ",", ".", "…", ". . ."]
    + ["said", "says", "told", "added", "according to", "according to the", "said the", "he said", "she said",
      "they said", "it said", "asked", "wrote", "tweeted", "insisted", "and said", "who said"]
    + ["the minister", "the company", "the 27-year-old", "a spokesman", "the court", "the statement", "a source"]
    + ["Mr", "Mrs.", "Ms", "Dr.", "Prof", "President", "Minister for Health", "Sen.", "Rep.", "Jr.", "(R-Fla.)"]
    + ["Jane Doe", "John Smith", "Anna Berg", "al-Burhan", "de Blasio", "O'Neill", "Ní Bhriain", "NATO", "the UN"]
    + ["He", "She", "They", "It", "his", "her", "their", "its", "Her father,", "his wife"]
    + ["By Jane Doe", "BERLIN (Reuters) -", "Washington (CNN) —", "Source: Al Jazeera", "Jan. 12, 2022",
      "READ MORE:", "Advertisement", "Share", "PENCE:", "Q:", "A:", "(Getty Images)", "Photo: AP"]
    + ["\n", "\n\n", "\r\n", "\t", " ", "\u{A0}", "\u{2009}", "\u{FEFF}", "\u{0}", "\u{1B}[2J", "\u{301}", "日本", "🙂"]

  /// Whole small articles in the shapes extraction must handle, so the run starts deep in the code.
  static let extractorSnippets: [String] = [
    "Title\n\nThe cost rose, according to the \"Medicare\" plan.",
    "Title\n\n“We will go,” Jane Doe said. “And we will stay.”\n\n“Nobody asked,” she added.",
    "Title\n\nMinister for Health Jane Doe said: 'It is over.'\n\n'It was never going to work,' said the minister.",
    "Title\n\nBERLIN (Reuters) - \"Talks failed,\" a source told Reuters, according to a statement from the UN.",
    "Title\n\nPENCE: \"We will.\"\n\nKAINE: \"You won't.\"\n\nQ: Why?\n\nA: Because.",
    "Title\n\n\"Open\n\n\"Still open,\n\nHe said: \"closed.\"",
    "\"\"\"''''“”“”‘’‘’",
  ]
}
