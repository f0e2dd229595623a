import NewsCorpus
import Testing

@testable import NewsQuery

/// The column `name` of a result, as text.
func column(_ name: String, of result: ResultSet) -> [String] {
  guard let index = result.columns.firstIndex(of: name) else { return [] }
  return result.rows.map { $0[index].displayText }
}

@Suite("Evaluation")
struct EvaluationTests {
  let seeds = QueryEngine(corpus: Fixtures.seedCorpus)
  let wire = QueryEngine(corpus: WireFixture.corpus)

  @Test("quotes lists every quotation of the five seeds with document, speaker, cue and text")
  func allQuotes() throws {
    let result = try seeds.query("quotes")
    #expect(result.columns == ["document", "speaker", "cue", "text"])
    #expect(result.rows.count == Fixtures.seedCorpus.quotations.count)
    #expect(Set(column("document", of: result)).count == 5)
  }

  @Test("a surname, the full name and any case find the same person")
  func speakerNameForms() throws {
    let bySurname = try seeds.query(#"quotes where speaker = "Stoltenberg""#)
    #expect(!bySurname.rows.isEmpty)
    #expect(try seeds.query(#"quotes where speaker = "stoltenberg""#) == bySurname)
    #expect(try seeds.query(#"quotes where speaker = "Jens Stoltenberg""#) == bySurname)
    #expect(try seeds.query(#"quotes where speaker = "Jens""#).rows.isEmpty)
    #expect(try wire.query(#"quotes where speaker = "keller""#).rows.count == 2)
  }

  @Test("contains finds whole words and phrases, ignoring case and accents")
  func contains() throws {
    #expect(
      column("text", of: try seeds.query(#"sentences where text contains "niinisto""#)).allSatisfy {
        $0.contains("Niinistö")
      })
    #expect(try seeds.query(#"sentences where text contains "niinisto""#).rows.count == 1)
    #expect(try wire.query(#"sentences where text contains "ZOE ORSTED""#).rows.count == 1)
    #expect(try wire.query(#"quotes where text contains "firm guarantees""#).rows.count == 1)
    #expect(try wire.query(#"quotes where text contains "guarantees firm""#).rows.isEmpty)
    #expect(try wire.query(#"quotes where text contains "guarantee""#).rows.isEmpty)
  }

  @Test("contains on paragraphs and documents finds a phrase that runs across a sentence boundary, as a scan does")
  func containsAcrossSentences() throws {
    #expect(try wire.query(#"paragraphs where text contains "after the talks zoe orsted""#).rows.count == 1)
    #expect(
      try wire.query(#"documents where text contains "after the talks. Zoë Ørsted" show id"#).rows == [
        [.string("wire-2")]
      ])
    // Every boundary between two sentences of a paragraph of the seeds: the last word before it and the first
    // after it, found through the index and by a scan (`not not` keeps the index out).
    let corpus = Fixtures.seedCorpus
    var phrases: [String] = []
    for paragraph in corpus.paragraphs where paragraph.sentenceIDs.count > 1 && !paragraph.isBoilerplate {
      for id in paragraph.sentenceIDs.dropLast() {
        let before = words(of: corpus.sentences[id], in: corpus)
        let after = words(of: corpus.sentences[id + 1], in: corpus)
        if let last = before.last, let first = after.first,
          [last, first].allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isLetter) })
        {
          phrases.append(last + " " + first)
        }
      }
    }
    #expect(phrases.count > 20)
    for phrase in phrases {
      for collection in ["paragraphs", "documents"] {
        let indexed = try seeds.query("\(collection) where text contains \"\(phrase)\"")
        let scanned = try seeds.query("\(collection) where not not text contains \"\(phrase)\"")
        #expect(!indexed.rows.isEmpty, "\(collection): \(phrase)")
        #expect(indexed == scanned, "\(collection): \(phrase)")
      }
    }
  }

  /// The sentence's words, with the punctuation around them dropped (a number is left empty).
  private func words(of sentence: Sentence, in corpus: Corpus) -> [String] {
    corpus.text(of: sentence.byteRange, inDocument: sentence.documentID).split(whereSeparator: \.isWhitespace)
      .map { String($0.drop { !$0.isLetter }.reversed().drop { !$0.isLetter }.reversed()) }
  }

  @Test("comparisons on dates, numbers and strings; in, is null, not, or")
  func comparisons() throws {
    func ids(_ source: String) throws -> [String] { column("id", of: try wire.query(source + " show id")) }
    #expect(try ids(#"documents where date >= "2022-01-01""#) == ["wire-1", "wire-2"])
    #expect(try ids(#"documents where date < "2022""#) == ["wire-3"])
    #expect(try ids(#"documents where date = "2022-01-12""#) == ["wire-2"])
    #expect(try ids("documents where quotes > 1") == ["wire-1"])
    #expect(try ids("documents where quotes = 1 and not outlet = \"daily ledger\"") == ["wire-3"])
    #expect(
      try ids(#"documents where outlet in ["Daily Ledger", "nobody"] or author is not null"#) == ["wire-1", "wire-2"])
    #expect(try ids(#"documents where author is null"#) == ["wire-2", "wire-3"])
    #expect(try ids(#"documents where outlet != "Northern Wire""#) == ["wire-2"])
    #expect(try ids(#"documents where title matches /^a /i"#) == ["wire-3"])
    #expect(try ids(#"documents where title matches /^a/i"#) == ["wire-2", "wire-3"])
    #expect(try ids(#"documents where title matches /^a /"#).isEmpty)
  }

  @Test("paths run across relations: quote → document → outlet; person → quotes as a count")
  func paths() throws {
    let ledger = try wire.query(#"quotes where document.outlet = "Daily Ledger" show speaker, document.outlet"#)
    #expect(ledger.rows.map { $0.map(\.displayText) } == [["Tom Birch", "Daily Ledger"]])
    #expect(column("name", of: try wire.query("people where quotes > 1 show name")) == ["Anna Keller", "Tom Birch"])
    #expect(
      column("outlet", of: try wire.query(#"quotes where speaker = "Birch" show document.outlet"#)) == [
        "Daily Ledger", "Northern Wire",
      ])
  }

  @Test("a list of items prints as its count in every row of its column, 0 when it is empty")
  func itemListsPrintAsCounts() throws {
    for query in ["people", "people show name, quotes, mentions, documents", "documents show id, quotes, sentences"] {
      let result = try seeds.query(query)
      for name in ["quotes", "mentions", "documents", "sentences"] where result.columns.contains(name) {
        #expect(column(name, of: result).allSatisfy { Int($0) != nil }, "\(query): \(name)")
      }
    }
    #expect(try seeds.query(#"people where name = "Putin" show quotes"#).rows == [[.number(0)]])
    #expect(try seeds.query(#"people where name = "Putin""#).rows.first?[3] == .number(0))
  }

  @Test("count(distinct) with nothing to count is an error, not the number of rows")
  func countDistinctNeedsAValue() {
    let error = #expect(throws: QueryError.self) { try seeds.query("quotes show count(distinct)") }
    #expect(error?.diagnostic.message == "count(distinct) needs a value to count, such as count(distinct speaker)")
    #expect(error?.diagnostic.range.start.column == 13)
  }

  @Test("show, order by, limit, offset, distinct, count, group by with aggregates, top")
  func shaping() throws {
    let ordered = try wire.query("documents show id, date as published order by published desc")
    #expect(ordered.columns == ["id", "published"])
    #expect(column("id", of: ordered) == ["wire-2", "wire-1", "wire-3"])
    #expect(column("id", of: try wire.query("documents order by outlet, date limit 1 offset 1")) == ["wire-3"])
    #expect(
      column("outlet", of: try wire.query("documents show distinct outlet")) == ["Northern Wire", "Daily Ledger"])
    #expect(try wire.query("quotes count").rows == [[.number(4)]])
    let grouped = try wire.query(
      "quotes group by document.outlet show outlet, count, count(distinct speaker) as speakers order by outlet")
    #expect(grouped.columns == ["outlet", "count", "speakers"])
    #expect(grouped.rows.map { $0.map(\.displayText) } == [["Daily Ledger", "1", "1"], ["Northern Wire", "3", "2"]])
    let top = try wire.query("quotes group by speaker top 1")
    #expect(top.columns == ["speaker", "count"])
    #expect(top.rows.map { $0.map(\.displayText) } == [["Anna Keller", "2"]])
    let overall = try wire.query("documents show count, min(date), max(date), sum(quotes), avg(quotes)")
    #expect(overall.rows.map { $0.map(\.displayText) } == [["3", "2021-12-30", "2022-01-12", "4", "1.3333"]])
    #expect(column("count", of: try wire.query("quotes group by speaker where count > 1 show count")) == ["2", "2"])
  }

  @Test("named results: let keeps rows that later queries narrow")
  func namedResults() throws {
    var engine = wire
    guard case .bound(let summary) = try engine.run(#"let keller = quotes where speaker = "Keller""#) else {
      Issue.record("expected a binding")
      return
    }
    #expect(summary.rowCount == 2)
    #expect(summary.collection == "quotes")
    let narrowed = try engine.run(#"keller where text contains "guarantees""#).resultSet
    #expect(narrowed?.rows.count == 1)
    #expect(engine.namedResults.map(\.name) == ["keller"])
    #expect(throws: QueryError.self) { _ = try engine.run("let quotes = documents") }
  }

  @Test("concordance lines up each occurrence with its document, position and context")
  func concordance() throws {
    let result = try wire.query(#"concordance "guarantees" width 12"#)
    #expect(result.kind == .concordance)
    #expect(result.columns == ["document", "position", "left", "match", "right"])
    #expect(
      result.rows.map { $0.map(\.displayText) } == [
        ["wire-1", "69", "e want firm ", "guarantees", " from the al"],
        ["wire-2", "128", "thing about ", "guarantees", "."],
      ])
  }

  @Test("context shows a quotation in its sentence, split around the match")
  func context() throws {
    let result = try wire.query(#"quotes where speaker = "Birch" and document = "wire-3" context"#)
    #expect(result.kind == .context)
    #expect(
      result.rows.map { $0.map(\.displayText) } == [
        ["wire-3", "1", "“", "Nobody wants a war in Europe,", "” said Tom Birch."]
      ])
  }

  @Test("explain names the index that answers each predicate and counts the rows of each step")
  func explain() throws {
    let plan = try seeds.query(#"explain quotes where speaker = "Stoltenberg" and text contains "NATO""#)
    #expect(plan.kind == .plan)
    #expect(plan.columns == ["step", "operation", "detail", "estimated", "actual"])
    // Both indexes answer exactly, so nothing is rechecked.
    #expect(column("operation", of: plan) == ["index", "index"])
    #expect(column("detail", of: plan)[0].contains("entity name index"))
    #expect(column("detail", of: plan)[1].contains("word index"))
    #expect(column("actual", of: plan) == column("estimated", of: plan))
    let partly = try seeds.query(#"explain quotes where text contains "NATO" and cue = "said""#)
    #expect(column("operation", of: partly) == ["index", "filter"])
    let scan = try seeds.query(#"explain quotes where cue = "said""#)
    #expect(column("operation", of: scan) == ["scan", "filter"])
  }

  @Test("boilerplate paragraphs are hidden unless the query names the boilerplate field")
  func boilerplate() throws {
    let all = try seeds.query("paragraphs where boilerplate is null or boilerplate is not null count")
    let body = try seeds.query("paragraphs count")
    let hidden = Fixtures.seedCorpus.paragraphs.filter(\.isBoilerplate).count
    #expect(all.rows == [[.number(Double(Fixtures.seedCorpus.paragraphs.count))]])
    #expect(body.rows == [[.number(Double(Fixtures.seedCorpus.paragraphs.count - hidden))]])
  }
}

@Suite("Catalog")
struct CatalogTests {
  @Test("value suggestions give every name form of the speakers, most quoted first, and none for free text")
  func suggestions() {
    let names = Catalog.valueSuggestions(collection: "quotes", field: "speaker", corpus: WireFixture.corpus)
    #expect(names.contains("Tom Birch") && names.contains("Anna Keller"))
    #expect(Catalog.valueSuggestions(collection: "quotes", field: "text", corpus: WireFixture.corpus).isEmpty)
    #expect(
      Catalog.valueSuggestions(collection: "documents", field: "outlet", corpus: WireFixture.corpus).first
        == "Northern Wire")
    #expect(Catalog.valueSuggestions(collection: "nothing", field: "x", corpus: WireFixture.corpus).isEmpty)
  }

  @Test("every collection has fields, default columns among them, and targets that exist")
  func tables() {
    for collection in Catalog.collections {
      #expect(!collection.fields.isEmpty)
      for name in collection.defaultColumns {
        #expect(collection.field(named: name) != nil, "\(collection.name).\(name)")
      }
      for field in collection.fields {
        if let target = field.target {
          #expect(Catalog.collection(named: target) != nil, "\(collection.name).\(field.name)")
        }
      }
      #expect(Catalog.schemaTable(collection.name)?.rows.count == collection.fields.count)
    }
    #expect(Catalog.collection(named: "organisations")?.name == "organizations")
    #expect(Catalog.schemaTable("nothing") == nil)
  }

  @Test("every field of every collection reads on both corpora without trapping")
  func everyField() throws {
    for corpus in [Fixtures.seedCorpus, WireFixture.corpus] {
      let engine = QueryEngine(corpus: corpus)
      for collection in Catalog.collections {
        let fields = collection.fields.map(\.name).joined(separator: ", ")
        let everything =
          collection.field(named: "boilerplate") == nil ? "" : " where boilerplate is null or boilerplate is not null"
        let result = try engine.query("\(collection.name)\(everything) show \(fields)")
        #expect(result.columns.count == collection.fields.count)
      }
    }
  }
}
