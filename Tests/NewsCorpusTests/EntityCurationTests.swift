import Testing

@testable import NewsCorpus

/// The entities.csv beside a corpus corrects its entities at every load: merges, renames, splits, kinds and
/// genders, each change recorded with its line, and a row that cannot apply reported.
@Suite("Entity curation")
struct EntityCurationTests {
  static let articles = """
    {"id": "c1", "title": "One", "text": "“We will act,” said Lukas Meyer, the port spokesman. “Soon,” Meyer added."}
    {"id": "c2", "title": "Two", "text": "“The law is on our side,” the lawyer Meyer said."}
    {"id": "c3", "title": "Three", "text": "“Nothing new,” said Marta Lindquist. Ana Ruiz of Harbour Shipping agreed. “Freight is slow,” said Ana Ruiz."}
    {"id": "c4", "title": "Four", "text": "“There is no relief,” said Marta Lindqvist."}
    {"id": "c5", "title": "Five", "text": "“I played my best tennis today,” said Ana Ruiz after the final."}
    """

  func load(_ entities: String?) throws -> Corpus {
    let folder = try TemporaryFolder()
    try folder.write("export.jsonl", Self.articles)
    if let entities { try folder.write("entities.csv", entities) }
    return try CorpusLoader().load(paths: [folder.path])
  }

  func entity(_ name: String, in corpus: Corpus) -> Entity? { corpus.entities.first { $0.name == name } }

  func documents(of entity: Entity?, in corpus: Corpus) -> [String] {
    (entity?.quotationIDs ?? []).map { corpus.documents[corpus.quotations[$0].documentID].id }
  }

  @Test("without the file the extraction stands: a misspelling apart, namesakes merged, a company as a person")
  func withoutFile() throws {
    let corpus = try load(nil)
    #expect(entity("Marta Lindquist", in: corpus) != nil)
    #expect(documents(of: entity("Ana Ruiz", in: corpus), in: corpus) == ["c3", "c5"])
    #expect(corpus.report.entityFiles.isEmpty)
  }

  @Test("merge, rename, split by documents, kind and gender, each change recorded with its line; ids stay dense")
  func corrections() throws {
    let corpus = try load(
      """
      name,canonical,kind,gender,split,documents
      Marta Lindquist,Marta Lindqvist,,female,,
      Meyer,Karl Meyer,,male,,
      Ana Ruiz,Ana Ruiz (tennis),,,yes,c5
      Harbour Shipping,,organization,,,
      """)
    let marta = try #require(entity("Marta Lindqvist", in: corpus))
    #expect(marta.aliases == ["Marta Lindquist"])
    #expect(marta.quotationIDs.count == 2)
    #expect(marta.gender == .female)
    #expect(entity("Marta Lindquist", in: corpus) == nil)
    let karl = try #require(entity("Karl Meyer", in: corpus))
    #expect(documents(of: karl, in: corpus) == ["c2"])
    #expect(karl.gender == .male)
    #expect(karl.aliases == ["Meyer"])
    #expect(documents(of: entity("Lukas Meyer", in: corpus), in: corpus) == ["c1", "c1"])
    #expect(documents(of: entity("Ana Ruiz", in: corpus), in: corpus) == ["c3"])
    #expect(documents(of: entity("Ana Ruiz (tennis)", in: corpus), in: corpus) == ["c5"])
    #expect(entity("Harbour Shipping", in: corpus)?.kind == .organization)
    #expect(corpus.entities.enumerated().allSatisfy { $0.offset == $0.element.id })
    for entity in corpus.entities {
      #expect(entity.mentionIDs.allSatisfy { corpus.mentions[$0].entityID == entity.id })
      #expect(entity.quotationIDs.allSatisfy { corpus.quotations[$0].speakerID == entity.id })
    }
    let changes = corpus.report.entityChanges.map { "\($0.line) \($0.change)" }
    #expect(changes.contains("2 merged into Marta Lindqvist (1 mention, 1 quotation)"))
    #expect(changes.contains("3 renamed to Karl Meyer (was Meyer)"))
    #expect(changes.contains("4 split from Ana Ruiz as Ana Ruiz (tennis) (1 mention, 1 quotation)"))
    #expect(changes.contains("5 kind: organization (was person)"))
    #expect(corpus.report.warnings.isEmpty)
  }

  @Test("a lone form's documents split off without a list; a name matches a canonical name before an alias")
  func splitByForm() throws {
    let corpus = try load(
      """
      name,canonical,split
      Meyer,Lukas Meyer,
      Meyer,Karl Meyer,yes
      """)
    // The first row merges the lone "Meyer" into Lukas Meyer; the second takes back the document where "Meyer"
    // alone names him.
    #expect(documents(of: entity("Karl Meyer", in: corpus), in: corpus) == ["c2"])
    #expect(documents(of: entity("Lukas Meyer", in: corpus), in: corpus) == ["c1", "c1"])
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
