import Testing

@testable import NewsQuery

/// What a value can be made of beyond a field: arithmetic, shares of a total, rounding, text functions, regex
/// captures, `case`, `between`, dates and the periods they fall in; and how columns are named.
@Suite("Expressions")
struct ExpressionTests {
  let seeds = QueryEngine(corpus: Fixtures.seedCorpus)
  static let dated = QueryEngine(
    corpus: JSONLFixture.corpus([
      #"{"id": "t1", "title": "A", "text": "“We will hold firm on the border,” said Anna Keller.", "date": "2022-01-03", "words": 300}"#,
      #"{"id": "t2", "title": "B", "text": "“There are 40 ships in the strait,” said Tom Birch.", "date": "2022-01-12", "words": 500}"#,
      #"{"id": "t3", "title": "C", "text": "“Talks resume in March,” said Anna Keller.", "date": "2022-02-28", "words": 250}"#,
      #"{"id": "t4", "title": "D", "text": "No one spoke.", "date": "2099-12-31"}"#,
    ]))

  func values(_ source: String, _ engine: QueryEngine? = nil) throws -> [String] {
    let result = try (engine ?? Self.dated).query(source)
    return result.rows.map { $0.map(\.displayText).joined(separator: "|") }
  }

  @Test("arithmetic on numbers, with * and / before + and -, a list as its length, division by zero as null")
  func arithmetic() throws {
    #expect(try values("documents where id = \"t1\" show words * 2 + 1, words / 4 - 1, -words, words / 0") == ["601|74|-300|"])
    #expect(try values("documents where id = \"t2\" show (words + 100) * 2") == ["1200"])
    #expect(try values("people where name = \"Keller\" show quotes * 10") == ["20"])
    #expect(throws: QueryError.self) { try Self.dated.query("documents show title + 1") }
  }

  @Test("a share of the total after group by, rounded")
  func shares() throws {
    #expect(
      try values("quotes group by speaker show speaker, count, round(count * 100.0 / total, 1) as share")
        == ["Anna Keller|2|66.7", "Tom Birch|1|33.3"])
    #expect(try values("quotes show count, total") == ["3|3"])
    #expect(try values("documents show round(avg(words)), round(avg(words), 2)") == ["350|350"])
    #expect(throws: QueryError.self) { try Self.dated.query("quotes where total > 1") }
  }

  @Test("text functions: lower, upper, substr, replace, length, coalesce, and extract's regex capture")
  func texts() throws {
    #expect(try values(#"quotes where text contains "ships" show upper(substr(text, 11, 8)), lower(speaker)"#) == ["40 SHIPS|tom birch"])
    #expect(try values(#"quotes where text contains "ships" show replace(text, "ships", "boats")"#) == ["There are 40 boats in the strait,"])
    #expect(try values(#"quotes show extract(text, /(\d+) ships/) as ships where ships is not null"#) == ["40"])
    #expect(try values(#"documents where id = "t4" show coalesce(words, length(title), 0)"#) == ["1"])
  }

  @Test("|| joins texts as in SQL: numbers, dates and entities as shown, null when a side is null")
  func concatenation() throws {
    #expect(
      try values(#"quotes where text contains "ships" show speaker || ": " || document.words || " on " || document.date"#)
        == ["Tom Birch: 500 on 2022-01-12"])
    #expect(try values(#"documents where id = "t4" show title || words"#) == [""])
    #expect(try values(#"documents where id || "!" = "t3!" show id"#) == ["t3"])
    do {
      _ = try Self.dated.query(#"documents show title | "x""#)
      Issue.record("a single bar must be an error")
    } catch {
      #expect(error.diagnostic.message == "unexpected character '|' — '||' joins texts")
    }
  }

  @Test("case when … then … else … end, and between")
  func caseAndBetween() throws {
    #expect(
      try values("documents show id, case when words > 400 then \"long\" when words > 0 then \"short\" else \"none\" end")
        == ["t1|short", "t2|long", "t3|short", "t4|none"])
    #expect(try values("documents where words between 250 and 300 show id") == ["t1", "t3"])
    #expect(try values("documents where words not between 250 and 300 show id") == ["t2"])
    #expect(try values(#"documents where date between "2022-01" and "2022-01" show id"#) == ["t1", "t2"])
    #expect(throws: QueryError.self) { try Self.dated.query("documents show case when words > 1 then 1 else \"x\" end") }
  }

  @Test("day, week, month and year of a date group and sort in time; today and date arithmetic")
  func time() throws {
    #expect(
      try values("quotes group by month(document.date) as month")
        == ["2022-01|2", "2022-02|1"])
    #expect(try values("documents where id in [\"t1\", \"t2\"] show week(date), day(date), year(date)")
      == ["2022-W01|2022-01-03|2022", "2022-W02|2022-01-12|2022"])
    #expect(try values("documents show date + 30, date - \"2022-01-01\" where id = \"t3\"") == ["2022-03-30|58"])
    #expect(try values("documents where date >= today - 30 show id") == ["t4"])
    #expect(try values("documents where date < today() show id") == ["t1", "t2", "t3"])
    #expect(try values("quotes group by month(document.date) show month(document.date), count order by month(document.date) desc")
      == ["2022-02|1", "2022-01|2"])
  }

  @Test("matches and contains on a name look at the canonical name; = finds every name form")
  func canonicalName() throws {
    let byPattern = try seeds.query("people where name matches /^S/ show name")
    #expect(!column("name", of: byPattern).contains("Jens Stoltenberg"))
    #expect(column("name", of: byPattern).allSatisfy { $0.hasPrefix("S") })
    #expect(try seeds.query(#"people where name = "Stoltenberg" show name"#).rows.count == 1)
    #expect(try seeds.query("people where aliases matches /^Stoltenberg$/ show name").rows.count == 1)
  }

  @Test("a column's name is its field; when that is taken, the whole path")
  func columnNames() throws {
    let result = try seeds.query("quotes show text, sentence.text, document.id, document limit 1")
    #expect(result.columns == ["text", "sentence.text", "id", "document"])
  }
}
