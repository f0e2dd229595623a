import Testing

@testable import NewsCorpus

/// People, organisations, places and outlets: merging, roles, affiliations, mentions.
@Suite("Entities")
struct EntityTests {
  @Test("full names merge across documents, the canonical name the fullest; a lone surname elsewhere stays apart")
  func mergeAcrossDocuments() throws {
    let corpus = try CorpusFixture.load([
      "Headline one\nRussian Deputy Foreign Minister Sergei A. Ryabkov spoke on Monday.",
      "Headline two\nSergei Ryabkov left. Later Mr Ryabkov returned.",
      "Headline three\n“No,” Ryabkov said.",
    ])
    let people = corpus.entities.filter { $0.kind == .person }
    #expect(people.map(\.name) == ["Sergei A. Ryabkov", "Ryabkov"])
    let person = try #require(people.first)
    #expect(Set(person.aliases) == ["Sergei Ryabkov", "Ryabkov", "Mr Ryabkov"])
    #expect(person.affiliation == "Russia")
    #expect(person.roles == ["Russian Deputy Foreign Minister"])
    #expect(person.mentionIDs.count == 3)
    #expect(people.last?.quotationIDs.count == 1)
  }

  @Test("'Ms' never joins a man of that surname; she completes the woman named by her first name")
  func honorificGender() throws {
    let corpus = try CorpusFixture.load(
      "Headline\nOliver Brand was injured. His wife, Maria, said he was “stable”.\nMs Brand said: “We are grateful.”")
    let people = corpus.entities.filter { $0.kind == .person }
    #expect(people.map(\.name) == ["Oliver Brand", "Maria Brand"])
    #expect(people.map(\.gender) == [.male, .female])
    #expect(corpus.quotations.map { corpus.speaker(of: $0)?.name } == ["Maria Brand", "Maria Brand"])
  }

  @Test("two people sharing a surname are not merged; a lone surname stays apart when ambiguous")
  func namesakes() throws {
    let corpus = try CorpusFixture.load([
      "Headline one\nBill Carter spoke on Monday.",
      "Headline two\nHelen Carter spoke on Tuesday.",
      "Headline three\n“Maybe,” Carter said.",
    ])
    let names = corpus.entities.filter { $0.kind == .person }.map(\.name).sorted()
    #expect(names == ["Bill Carter", "Carter", "Helen Carter"])
    #expect(corpus.entities.filter { $0.kind == .person }.count == 3)
  }

  @Test("a lone surname prefers the full name given in the same document")
  func surnameInDocument() throws {
    let corpus = try CorpusFixture.load([
      "Headline one\nBill Carter spoke on Monday.",
      "Headline two\nHelen Carter spoke on Tuesday. “Maybe,” Carter said.",
    ])
    #expect(corpus.quotations.map { corpus.speaker(of: $0)?.name } == ["Helen Carter"])
  }

  @Test("plural and two-word demonyms are peoples of a country, no one's name")
  func demonymsAreNoNames() throws {
    let corpus = try CorpusFixture.load(
      "Headline\nFilipinos, Sri Lankans and South Africans queued at the consulate, where Iraqis had waited all week.")
    #expect(corpus.entities.filter { $0.kind == .person }.map(\.name) == [])
  }

  @Test("British and Irish parties by their short names ('Lib Dem', 'SNP', 'Sinn Fein') are organisations, no one's name")
  func partiesByShortNames() throws {
    let corpus = try CorpusFixture.load(
      "Headline\nLib Dem councillors objected, and Sinn Fein and the SNP agreed, said councillor Ada Price.")
    #expect(corpus.entities.filter { $0.kind == .person }.map(\.name) == ["Ada Price"])
    #expect(Set(corpus.entities.filter { $0.kind == .organization }.map(\.name)).isSuperset(of: [
      "Liberal Democrats", "Sinn Féin", "Scottish National Party",
    ]))
  }

  @Test("a football club's name ending in 'United' is an organisation; 'ten' joins a Dutch name")
  func clubsAndDutchNames() throws {
    let corpus = try CorpusFixture.load("Headline\nErik ten Hag praised the side after the win over Man United.")
    let kinds = Dictionary(uniqueKeysWithValues: corpus.entities.map { ($0.name, $0.kind) })
    #expect(kinds["Man United"] == .organization)
    #expect(kinds["Erik ten Hag"] == .person)
  }

  @Test("a war's name ending in a numeral is no person's; a person's generation suffix stays a person's")
  func numeralAfterAThingsHead() throws {
    let corpus = try CorpusFixture.load(
      "Headline\nVeterans of World War II marched, said Alan Pike. Hollis Grant III also spoke.")
    let kinds = Dictionary(uniqueKeysWithValues: corpus.entities.map { ($0.name, $0.kind) })
    #expect(kinds["World War II"] == .organization)
    #expect(corpus.entities.filter { $0.kind == .person }.map(\.name) == ["Alan Pike", "Hollis Grant III"])
  }

  @Test("an organisation's name runs past 'of' when its head is plural or its last word names a field")
  func organisationNamesPastOf() throws {
    let corpus = try CorpusFixture.load(
      """
      Headline
      University Hospitals of West Anglia NHS Trust apologised. University of North Carolina Health said it would review.
      """)
    #expect(corpus.entities.filter { $0.kind == .organization }.map(\.name).sorted()
      == ["University Hospitals of West Anglia NHS Trust", "University of North Carolina Health"])
    #expect(corpus.entities.filter { $0.kind == .person }.map(\.name) == [])
  }

  @Test("a lone word the text writes as a company ('which', 'its', 'shareholders', 'CEO') is an organisation")
  func organizationByUsage() throws {
    let corpus = try CorpusFixture.load(
      """
      Headline
      Talvora said on Monday it had cut prices. Talvora, which runs the island's ferries, said its boats were full.
      Brenmark's shareholders met in Oslo. “We are pleased,” Brenmark said.
      Tom Quill spoke. “No,” Quill said.
      """)
    let kinds = Dictionary(uniqueKeysWithValues: corpus.entities.map { ($0.name, $0.kind) })
    #expect(kinds["Talvora"] == .organization)
    #expect(kinds["Brenmark"] == .organization)
    #expect(kinds["Tom Quill"] == .person)
  }

  @Test("titles give affiliations: demonyms, countries, organisations tied to a country")
  func affiliations() throws {
    let corpus = try CorpusFixture.load(
      """
      Headline for the test
      Kremlin spokesman Ivan Petrov spoke. U.S. Ambassador to NATO Julia Smith spoke. Sweden’s prime minister Eva Berg spoke.
      NATO Secretary General Lars Holm spoke. Victoria Lane, U.S. undersecretary of state for political affairs, spoke.
      US President Tom Reed spoke. Ukraine's foreign minister, Olena Kravets, spoke.
      """)
    let affiliation = Dictionary(
      uniqueKeysWithValues: corpus.entities.filter { $0.kind == .person }.map { ($0.name, $0.affiliation ?? "-") })
    #expect(affiliation["Ivan Petrov"] == "Russia")
    #expect(affiliation["Julia Smith"] == "United States")
    #expect(affiliation["Eva Berg"] == "Sweden")
    #expect(affiliation["Lars Holm"] == "NATO")
    #expect(affiliation["Victoria Lane"] == "United States")
    #expect(affiliation["Tom Reed"] == "United States")
    #expect(affiliation["Olena Kravets"] == "Ukraine")
  }

  @Test("a title that opens with a place whose name starts with a function word keeps that word")
  func titleOpeningWithAPlace() throws {
    let corpus = try CorpusFixture.load(
      """
      Headline for the test
      New York City Mayor Dana Ferrow spoke on Monday. New Zealand Prime Minister Aroha Tane spoke later.
      New rules took effect. Council member Ira Bell spoke.
      """)
    let roles = Dictionary(
      uniqueKeysWithValues: corpus.entities.filter { $0.kind == .person }.map { ($0.name, $0.roles) })
    #expect(roles["Dana Ferrow"] == ["New York City Mayor"])
    #expect(roles["Aroha Tane"] == ["New Zealand Prime Minister"])
    #expect(roles["Ira Bell"] == ["Council member"])
  }

  @Test("every mention of every entity in body sentences, with its sentence and offsets")
  func mentions() throws {
    let corpus = try CorpusFixture.load(
      "Headline for the test\nPresident Vladimir Putin met NATO envoys in Geneva. Mr Putin left.\nSign up for our newsletter about NATO")
    let document = corpus.documents[0]
    let mentioned = corpus.mentions.map { "\(corpus.entities[$0.entityID].name)@\($0.sentenceID)" }
    #expect(mentioned == ["Vladimir Putin@1", "NATO@1", "Geneva@1", "Vladimir Putin@2"])
    for mention in corpus.mentions {
      #expect(String(document.text(in: mention.byteRange)) == mention.text)
    }
    #expect(corpus.entities.first { $0.name == "NATO" }?.kind == .organization)
    #expect(corpus.entities.first { $0.name == "Geneva" }?.kind == .place)
  }

  @Test("the document's outlet is an entity of the corpus")
  func outletEntity() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write(
      "export.jsonl", #"{"id": "a1", "title": "T", "text": "Body text here.", "source": "Washington Post"}"#)
    let corpus = try CorpusLoader().load(paths: [file])
    let outlet = try #require(corpus.documents[0].outletEntityID)
    #expect(corpus.entities[outlet].name == "The Washington Post")
    #expect(corpus.entities[outlet].kind == .outlet)
  }

  @Test("in the seeds, the Russian officials' quotations have affiliation Russia")
  func seedsRussianOfficials() throws {
    let corpus = try CorpusLoader().load(paths: [SeedsAccuracyTests.packageRoot.appendingPathComponent("seeds").path])
    let speakers = Set(
      corpus.quotations.compactMap { corpus.speaker(of: $0) }.filter { $0.affiliation == "Russia" }.map(\.name))
    #expect(speakers == ["Sergei A. Ryabkov", "Dmitry Peskov"])
  }

  @Test("a surname alone after the full name is the same person, also as a speaker")
  func surname() throws {
    let corpus = try CorpusFixture.load("Headline for the test\n“One,” Jane Doe said.\n“Two,” Doe said.")
    let people = corpus.entities.filter { $0.kind == .person }
    #expect(people.map(\.name) == ["Jane Doe"])
    #expect(people.first?.quotationIDs == [0, 1])
  }
}
