import Testing

@testable import NewsQuery

/// Concordance, collocates and frequencies as corpus linguists use them: sorted by the words around the match,
/// whatever the width shown; wildcards; context in words; the nth word on either side; scored collocates.
@Suite("Corpus-linguistics views")
struct CorpusViewTests {
  let seeds = QueryEngine(corpus: Fixtures.seedCorpus)
  static let views = QueryEngine(
    corpus: JSONLFixture.corpus([
      #"{"id": "v1", "title": "One", "text": "New sanctions hit oil. Economic sanctions hit gas. New sanctions again."}"#,
      #"{"id": "v2", "title": "Two", "text": "Tough sanctions work. Sanctions hurt. The guarantees held and the guarantee lapsed."}"#,
    ]))

  func positions(_ result: ResultSet) -> [String] {
    zip(column("document", of: result), column("position", of: result)).map { "\($0):\($1)" }
  }

  @Test("order by left and right sort by the words from the match outwards, the same at every width")
  func orderIndependentOfWidth() throws {
    for side in ["left", "right"] {
      let narrow = try seeds.query(#"concordance "NATO" in quotes width 5 order by \#(side)"#)
      let wide = try seeds.query(#"concordance "NATO" in quotes width 60 order by \#(side)"#)
      let words = try seeds.query(#"concordance "NATO" in quotes width 2 words order by \#(side)"#)
      #expect(positions(narrow) == positions(wide), "\(side)")
      #expect(positions(words) == positions(wide), "\(side)")
    }
    let byRight = try Self.views.query(#"concordance "sanctions" order by right show right(1) as next"#)
    #expect(column("next", of: byRight) == ["again", "hit", "hit", "hurt", "work"])
    let byLeft = try Self.views.query(#"concordance "sanctions" order by left(1), position show left(1) as before"#)
    // The words before a match run back across sentences within its document: "work. Sanctions".
    #expect(column("before", of: byLeft) == ["Economic", "New", "New", "Tough", "work"])
  }

  @Test("left and right are fields of a concordance line to filter on; the fields note names each field once")
  func filters() throws {
    let filtered = try Self.views.query(#"concordance "sanctions" where left(1) = "new" show document, right(1)"#)
    #expect(filtered.rows.count == 2)
    #expect(try seeds.query(#"concordance "NATO" where right contains "needs""#).rows.count == 1)
    do {
      _ = try seeds.query(#"concordance "NATO" where rigt contains "x""#)
      Issue.record("a misspelt field must be an error")
    } catch {
      let note = error.diagnostic.notes.first ?? ""
      let fields = note.dropFirst("fields: ".count).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      #expect(Set(fields).count == fields.count, "\(note)")
      #expect(error.diagnostic.message.hasSuffix("did you mean 'right'?"))
    }
    #expect(throws: QueryError.self) { try seeds.query("quotes show left(1)") }
  }

  @Test("CQP's spellings: sort by left 1 is order by left(1); a collocates' window and measure in either order")
  func cqpSpellings() throws {
    let written = try Self.views.query(#"concordance "sanctions" sort by left 1, position show left(1) as before"#)
    let called = try Self.views.query(#"concordance "sanctions" order by left(1), position show left(1) as before"#)
    #expect(column("before", of: written) == ["Economic", "New", "New", "Tough", "work"])
    #expect(written.rows == called.rows)
    let descending = try Self.views.query(#"concordance "sanctions" order by right 1 desc show right(1) as next"#)
    #expect(column("next", of: descending) == ["work", "hurt", "hit", "hit", "again"])
    #expect(try Self.views.query("documents sort by id desc show id").rows == [[.string("v2")], [.string("v1")]])
    let measureFirst = try Self.views.query(#"collocates of "sanctions" by mi window 1"#)
    let windowFirst = try Self.views.query(#"collocates of "sanctions" window 1 by mi"#)
    #expect(measureFirst.rows == windowFirst.rows)
    #expect(throws: QueryError.self) { try Self.views.query(#"collocates of "sanctions" window 1 window 2"#) }
  }

  @Test("a word with * or ? stands for every word it fits; a term that fits none is a warning at the term")
  func wildcards() throws {
    let stems = try Self.views.query(#"concordance "guarantee*""#)
    #expect(column("match", of: stems) == ["guarantees", "guarantee"])
    #expect(try Self.views.query(#"concordance "sanction? hit""#).rows.count == 2)
    let none = try Self.views.query(#"concordance "NAT*""#)
    #expect(none.rows.isEmpty)
    #expect(none.warnings.map(\.message) == ["no word in sentences matches 'nat*'"])
    #expect(none.warnings.first?.range.start.column == 13)
  }

  @Test("width N words shows N words on each side")
  func widthInWords() throws {
    let line = try Self.views.query(#"concordance "hurt" width 2 words"#)
    #expect(column("left", of: line) == ["work. Sanctions "])
    #expect(column("right", of: line) == [". The guarantees"])
  }

  @Test("collocates count the words near the phrase and score them; frequencies list the words")
  func collocatesAndFrequencies() throws {
    let collocates = try Self.views.query(#"collocates of "sanctions" window 1 by mi"#)
    #expect(collocates.columns == ["word", "count", "frequency", "logdice", "mi", "t"])
    let new = try #require(collocates.rows.first { $0[0] == .string("new") })
    #expect(new[1] == .number(2))
    #expect(new[2] == .number(2))
    // logDice = 14 + log2(2 * 2 / (5 + 2)); MI = log2(2 * 23 / (5 * 2)) with 23 words in the sentences.
    #expect(new[3] == .number(13.19))
    #expect(new[4] == .number(2.2))
    let mi = column("mi", of: collocates).compactMap(Double.init)
    #expect(mi == mi.sorted(by: >))
    let frequencies = try Self.views.query("frequencies of words limit 2")
    #expect(frequencies.rows.map { $0.map(\.displayText) } == [["sanctions", "5", "21.74"], ["hit", "2", "8.7"]])
    let scoped = try seeds.query(#"frequencies of words in (quotes where speaker = "Peskov") limit 1"#)
    #expect(scoped.rows.count == 1)
    #expect(throws: QueryError.self) { try Self.views.query(#"collocates of "sanctions" by dice"#) }
  }
}
