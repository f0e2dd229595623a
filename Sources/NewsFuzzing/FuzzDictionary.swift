import NewsQuery

/// Pieces of input that steer each target down its branches. Mutations splice them in; `make fuzz` hands them
/// to libFuzzer as its dictionary.
enum FuzzDictionary {
  /// For the extractor: quotation marks of every style, speech verbs, titles, pronouns, the shapes of
  /// datelines, labels and bylines, and the bytes that break naive text handling.
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

extension FuzzDictionary {
  /// NewsQL's own words, from the language's tables (keywords, collections and their fields, functions,
  /// measures), its operators, and literals of every kind.
  static var query: [String] {
    var words = Keyword.allCases.map(\.rawValue)
    for collection in Catalog.collections {
      words += [collection.name] + collection.aliases + collection.fields.map(\.name)
    }
    words += LanguageHelp.functionNames + LanguageHelp.collocateMeasures
    words += ["=", "!=", "<>", "<", "<=", ">", ">=", "+", "-", "*", "/", "||", "(", ")", "[", "]", ",", ".", ";"]
    words += ["\"", "'", "--", "$x", "\"Vidal\"", "\"Harbour Wire\"", "\"2024-03-04\"", "0", "1", "-1", "2.5", "1e308"]
    words += ["/a(b/i", "/(a*)*b/", "/^.*$/", "\"strike\"", "\"we will\"", "count(distinct", "mentions(", "let r = "]
    words += ["é", "日本", "\u{301}", "\u{0}", "\n", "\t", "🙂", "\u{FEFF}"]
    var seen = Set<String>()
    return words.filter { seen.insert($0).inserted }
  }

  /// The pieces of a JSONL record: the field names the reader maps, JSON's punctuation, values of every JSON type,
  /// escapes, and the bytes that break decoding.
  static let jsonl: [String] =
    ["{", "}", "[", "]", ":", ",", "\"", "\\", "\\\"", "\\n", "\\u0000", "\\u00e9", "\\ud83d\\ude00", "\\ud800"]
    + ["\"text\"", "\"body\"", "\"content\"", "\"title\"", "\"headline\"", "\"source\"", "\"outlet\"", "\"publisher\"",
      "\"date\"", "\"published_at\"", "\"author\"", "\"authors\"", "\"byline\"", "\"url\"", "\"id\"", "\"name\"",
      "\"tags\""]
    + ["null", "true", "false", "0", "-1", "1.5e300", "1e999", "\"\"", "{}", "[]", "{\"name\": \"A\"}", "\"By \""]
    + ["\"2024-03-04\"", "\"03/04/2024\"", "\"4 March 2024\"", "\"March 4, 2024\"", "\"2024-02-30\""]
    + ["\n", "\r\n", " ", "\t", "\u{FEFF}", "\u{0}", "\u{FF}", "\u{C0}\u{80}", "é", "🙂"]

  /// The pieces of a manifest in either form: column names, CSV quoting, JSON arrays of objects, dates.
  static let manifest: [String] =
    ["file", "filename", "path", "id", "title", "outlet", "source", "author", "date", "published", "url", "section"]
    + [",", "\"", "\"\"", "\n", "\r\n", "\r", " ", "a.txt", "../a.txt", "/", "x/y.txt"]
    + ["[", "]", "{", "}", ":", "[{\"file\": \"a.txt\"}]", "null", "true", "1", "[\"x\", \"y\"]"]
    + ["2024-03-04", "03/04/2024", "4 March 2024", "March 4, 2024", "2024-13-45", "\u{FEFF}", "\u{0}", "é"]

  /// The bytes that steer text decoding: byte-order marks, NUL, invalid and overlong UTF-8, surrogates, line ends.
  static let text: [String] =
    ["\u{FEFF}", "\u{0}", "\n", "\r\n", "\r", "\t", " ", "é", "日本", "🙂", "\u{301}", "\u{1B}[2J", "\u{85}"]
    + ["Title\n\n", "“", "”", "\"", "said"]

  /// Files a text reader must decode or refuse, as bytes (no String literal holds invalid UTF-8): byte-order
  /// marks of UTF-8 and UTF-16, overlong forms, surrogates, values past U+10FFFF, cut sequences, NUL.
  static let textSnippets: [[UInt8]] = [
    [0xEF, 0xBB, 0xBF] + Array("Title\n\nBody.".utf8), [0xFF, 0xFE, 0x54, 0x00, 0x0A, 0x00],
    [0xFE, 0xFF, 0x00, 0x54, 0x00, 0x0A], Array("A \u{201C}b\u{201D}".utf8) + [0xC0, 0x80, 0x20, 0xED, 0xA0, 0x80],
    Array("x".utf8) + [0xF4, 0x90, 0x80, 0x80, 0xE2, 0x80], [0x80, 0x0A, 0xF8, 0x88, 0x80, 0x80, 0x80],
    Array("Title\r\n\r\nLine\rline".utf8), [0x20, 0x0A, 0x09, 0x0D], Array("a\u{0}b".utf8),
  ]

  /// Records in the shapes a JSONL export has: names as lists or objects, nulls, numbers, unknown fields.
  static let jsonlSnippets: [String] = [
    #"{"id": "a", "title": "T", "source": {"name": "Wire"}, "authors": ["Ann Lee", {"name": "Bo Ek"}], "date": "2024-03-04", "text": "T\n\n\u201cWe go,\u201d Ann Lee said."}"#,
    #"{"headline": null, "body": "B", "published_at": "03/04/2024", "tags": ["x", 1, null, {"a": 1}], "n": 2, "ok": true}"#,
    #"{"content": 3}"# + "\n" + #"{"text": ""}"# + "\n\n" + #"[1, 2]"# + "\n" + #"{"text": "a", "id": "a"}"#,
    #"{"maintext": "x", "byline": "By Kim Wu", "date": "4 March 2024", "extra": {"deep": [[[]]]}}"#,
  ]

  /// Manifests in both forms, with the rows a folder may give: quoted fields, short rows, no file, dates.
  static let manifestSnippets: [String] = [
    "file,title,date,section\na.txt,\"A, \"\"quoted\"\" title\",2024-03-04,World\nb.txt,B,03/04/2024\n,C,,\n",
    "filename,id,outlet\r\n\"multi\nline.txt\",x,Wire\r\n../up.txt,y,\"\"\r\n",
    #"[{"file": "a.txt", "author": "Ann Lee", "date": "March 4, 2024", "tags": ["a", "b"]}, {"path": "b.txt"}, {}]"#,
    #"{"file": "a.txt"}"#,
  ]

  /// Scripts over `FuzzCorpus` that reach every kind of statement, so the run starts deep in the engine.
  static let querySnippets: [String] = [
    "quotes where speaker = \"Vidal\" show speaker, text, document.outlet as outlet order by length(text) desc limit 2",
    "let q = quotes where speaker is not null; q group by speaker top 2; explain q count",
    "people where quotes > 0 show name, quotes.cue as cues, affiliation",
    "documents where date between \"2024-03-01\" and \"2024-03-31\" and words > 50 show id, date, section, tags",
    "sentences where text matches /str(ike|ong)/i context; paragraphs including boilerplate count",
    "concordance \"strike\" width 3 words order by left(1) limit 4; collocates of \"workers\" window 3",
    "frequencies of words in (quotes where speaker.kind = \"person\") limit 5",
    "quotes where exists (people where name contains \"a\") sample 2 seed 7",
    "mentions group by entity order by count desc limit 3 chart",
    "quotes show case when length(text) > 20 then \"long\" else \"short\" end as size group by size",
    "quotes where speaker in (people where name contains \"Olsen\" show name) show text",
    "documents group by outlet show outlet, count, round(count * 100.0 / total, 1) as share",
  ]
}
