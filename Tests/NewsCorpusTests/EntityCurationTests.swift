import Testing

@testable import NewsCorpus

/// The entities.csv beside a corpus corrects its entities at every load: merges, renames, splits, kinds and
/// genders, each change recorded with its line, and a row that cannot apply reported.
@Suite("Entity curation")
struct EntityCurationTests {
  static let articles = """
    {"id": "c1", "title": "One", "text": "“We will act,” said Lukas Meyer, the port spokesman. “Soon,” Meyer added."}
    {"id": "c2", "title": "Two", "text": "“The law is on our side,” the lawyer Meyer said."}
    {"id": "c3", "title": "Three", "text": "“Nothing new,” said Marta Lindquist. Ana Ruiz of Harbour Shipping agreed."}
    {"id": "c4", "title": "Four", "text": "“There is no relief,” said Marta Lindqvist."}
    """

  func load(_ entities: String?) throws -> Corpus {
    let folder = try TemporaryFolder()
    try folder.write("export.jsonl", Self.articles)
    if let entities { try folder.write("entities.csv", entities) }
    return try CorpusLoader().load(paths: [folder.path])
  }

  func entity(_ name: String, in corpus: Corpus) -> Entity? { corpus.entities.first { $0.name == name } }

  @Test("without the file the extraction stands: a misspelling apart, a lone surname merged")
  func withoutFile() throws {
    let corpus = try load(nil)
    #expect(entity("Marta Lindquist", in: corpus) != nil)
    #expect(entity("Lukas Meyer", in: corpus)?.quotationIDs.count == 3)
    #expect(corpus.report.entityFiles.isEmpty)
  }

  @Test("merge, split, rename, kind and gender, each change recorded with its line; ids stay dense")
  func corrections() throws {
    let corpus = try load(
      """
      name,canonical,kind,gender,split
      Marta Lindquist,Marta Lindqvist,,female,
      Meyer,Karl Meyer,,male,yes
      Ana Ruiz,Ana Ruiz Gomez,person,female,
      """)
    let marta = try #require(entity("Marta Lindqvist", in: corpus))
    #expect(marta.aliases == ["Marta Lindquist"])
    #expect(marta.quotationIDs.count == 2)
    #expect(marta.gender == .female)
    #expect(entity("Marta Lindquist", in: corpus) == nil)
    let karl = try #require(entity("Karl Meyer", in: corpus))
    #expect(karl.quotationIDs.map { corpus.quotations[$0].documentID } == [1])
    #expect(karl.gender == .male)
    #expect(entity("Lukas Meyer", in: corpus)?.quotationIDs.count == 2)
    #expect(entity("Lukas Meyer", in: corpus)?.aliases.contains("Meyer") == true)
    let ana = try #require(entity("Ana Ruiz Gomez", in: corpus))
    #expect(ana.aliases.contains("Ana Ruiz"))
    #expect(ana.kind == .person)
    #expect(corpus.entities.enumerated().allSatisfy { $0.offset == $0.element.id })
    #expect(corpus.quotations.allSatisfy { $0.speakerID.map { corpus.entities.indices.contains($0) } ?? true })
    for entity in corpus.entities {
      #expect(entity.mentionIDs.allSatisfy { corpus.mentions[$0].entityID == entity.id })
      #expect(entity.quotationIDs.allSatisfy { corpus.quotations[$0].speakerID == entity.id })
    }
    let changes = corpus.report.entityChanges.map { "\($0.line) \($0.change)" }
    #expect(changes.contains("2 merged into Marta Lindqvist (1 mention, 1 quotation)"))
    #expect(changes.contains("3 split from Lukas Meyer as Karl Meyer (1 mention, 1 quotation)"))
    #expect(changes.contains("4 renamed to Ana Ruiz Gomez (was Ana Ruiz)"))
    #expect(changes.contains("2 gender: female"))
  }

  @Test("a row naming no entity, an unknown kind or gender, or a missing header is a warning with its line")
  func problems() throws {
    let corpus = try load(
      """
      name,canonical,kind,gender,split
      Nobody Atall,,,,
      Marta Lindqvist,,planet,,
      Marta Lindqvist,,,robot,
      """)
    #expect(corpus.report.warnings.map(\.line) == [2, 3, 4])
    #expect(corpus.report.warnings.first?.message == "no entity is named \"Nobody Atall\"; the row is ignored")
    let headless = try load("Marta Lindqvist,,,female,\n")
    #expect(headless.report.warnings.first?.message.contains("header") == true)
  }
}
