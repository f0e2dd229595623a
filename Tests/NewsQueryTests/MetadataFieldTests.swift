import Testing

@testable import NewsQuery

/// The fields of a JSONL record or manifest that newsq has no field of its own for are fields of `documents`,
/// typed from their values, that conditions, paths, `show` and `.schema` use like any other.
@Suite("Extra metadata fields")
struct MetadataFieldTests {
  static let engine = QueryEngine(
    corpus: JSONLFixture.corpus([
      #"{"id": "m1", "title": "Act", "text": "“We will act,” Jane Doe said.", "wire": "AP", "words": 420, "tags": ["politics", "europe"], "embargo": "2023-05-02", "breaking": true, "word count": "12", "order": 1}"#,
      #"{"id": "m2", "title": "Act not", "text": "“We will not act on this,” John Roe said.", "wire": "Reuters", "words": 300, "tags": "economy", "embargo": "May 1, 2023", "breaking": false, "word count": "7"}"#,
      #"{"id": "m3", "text": "Nothing was said."}"#,
    ]))

  @Test("each extra field is typed from its values and named so a query can write it")
  func schema() throws {
    let table = try #require(Self.engine.context.catalog.schemaTable("documents"))
    let types = Dictionary(uniqueKeysWithValues: table.rows.map { ($0[0].displayText, $0[1].displayText) })
    #expect(types["wire"] == "string")
    #expect(types["words"] == "number")
    #expect(types["tags"] == "list of string")
    #expect(types["embargo"] == "date")
    #expect(types["breaking"] == "boolean")
    #expect(types["word_count"] == "number")
    #expect(types["meta_order"] == "number")
  }

  @Test("conditions compare extra fields by their type; paths reach them from quotes")
  func conditions() throws {
    func ids(_ source: String) throws -> [String] { column("id", of: try Self.engine.query(source + " show id")) }
    #expect(try ids(#"documents where wire = "ap""#) == ["m1"])
    #expect(try ids("documents where words > 350") == ["m1"])
    #expect(try ids("documents where word_count < 10") == ["m2"])
    #expect(try ids(#"documents where tags = "europe""#) == ["m1"])
    #expect(try ids(#"documents where embargo <= "2023-05-01""#) == ["m2"])
    #expect(try ids("documents where breaking = true") == ["m1"])
    #expect(try ids("documents where wire is null") == ["m3"])
    let speakers = try Self.engine.query(#"quotes where document.wire = "Reuters" show speaker"#)
    #expect(column("speaker", of: speakers) == ["John Roe"])
    let shown = try Self.engine.query(#"documents where id = "m1" show wire, words, tags, embargo"#)
    #expect(shown.rows.first?.map(\.displayText) == ["AP", "420", "politics; europe", "2023-05-02"])
  }

  @Test("a value in a list field, as DuckDB users write it; a kept result of that name comes first")
  func valueInListField() throws {
    func ids(_ source: String) throws -> [String] { column("id", of: try Self.engine.query(source + " show id")) }
    #expect(try ids(#"documents where "europe" in tags"#) == ["m1"])
    #expect(try ids(#"documents where "economy" not in tags"#) == ["m1", "m3"])
    #expect(try Self.engine.query(#"people where "x" in aliases"#).rows.isEmpty)
    var engine = Self.engine
    _ = try engine.run(#"let tags = documents where id = "m2" show title"#)
    #expect(column("id", of: try engine.query(#"documents where "Act not" in tags show id"#)) == ["m1", "m2", "m3"])
    #expect(throws: QueryError.self) { try Self.engine.query(#"documents where "x" in tagz"#) }
  }

  @Test("a misspelt extra field is suggested like any other")
  func suggestion() {
    #expect(throws: QueryError.self) { try Self.engine.query(#"documents where wier = "AP""#) }
    do {
      _ = try Self.engine.query(#"documents where wier = "AP""#)
    } catch {
      #expect(error.diagnostic.message == "unknown field 'wier' in documents — did you mean 'wire'?")
    }
  }

  @Test("every extra field's value is offered inside a string, most frequent first")
  func values() {
    #expect(Catalog.valueSuggestions(collection: "documents", field: "wire", engine: Self.engine) == ["AP", "Reuters"])
  }
}
