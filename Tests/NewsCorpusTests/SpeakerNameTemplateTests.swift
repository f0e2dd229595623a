import Testing

@testable import NewsCorpus

/// A quotation's why is stored without its speaker's name and read back with it: every why, however its text
/// and the name fall (the name twice, not at all, the placeholder in the text, a name that is part of another
/// word, accents in other normalization forms), reads back byte for byte, from the template alone and through
/// an image.
@Suite("Speaker name templates")
struct SpeakerNameTemplateTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let why: String
    let name: String?
    /// Whether the stored text should be a template, with the name taken out.
    let isTemplate: Bool
    var testDescription: String { "\(why.debugDescription) by \(name.debugDescription)" }
  }

  static let cases: [Case] = [
    Case(
      why: "she → Jane Doe, nearest female person, 1 sentence back; subject of 'said' in the same sentence",
      name: "Jane Doe", isTemplate: true),
    Case(why: "named subject of 'said' in the same sentence", name: "Jane Doe", isTemplate: false),
    Case(why: "Ann → Ann, nearest person", name: "Ann", isTemplate: false),
    Case(why: "he → Annan, nearest male person", name: "Ann", isTemplate: true),
    Case(why: "he → Ann\u{1} Lee", name: "Ann", isTemplate: false),
    Case(why: "he → \u{1}", name: "\u{1}", isTemplate: false),
    Case(why: "she → José Ñúñez, same sentence", name: "José Ñúñez", isTemplate: true),
    // The same name decomposed: equal as Strings, not as bytes, so not replaced.
    Case(why: "she → Jose\u{301} Ruiz", name: "José Ruiz", isTemplate: false),
    Case(why: "aa → aaa", name: "aa", isTemplate: false),
    Case(why: "", name: "Ann", isTemplate: false),
    Case(why: "he → Ann", name: "", isTemplate: false),
    Case(why: "no speaker", name: nil, isTemplate: false),
  ]

  @Test("a why reads back byte for byte from what is stored", arguments: cases)
  func roundTrip(_ example: Case) {
    guard let stored = SpeakerNameTemplate.encode(example.why, name: example.name) else {
      #expect(example.why.utf8.contains(SpeakerNameTemplate.placeholder))
      return
    }
    #expect(Array(SpeakerNameTemplate.decode(stored, name: example.name).utf8) == Array(example.why.utf8))
    #expect(stored.utf8.contains(SpeakerNameTemplate.placeholder) == example.isTemplate)
  }

  @Test("whys of different speakers found the same way are stored as one string")
  func sharedTemplate() {
    let first = SpeakerNameTemplate.encode("she → Ann Lee, nearest female person", name: "Ann Lee")
    let second = SpeakerNameTemplate.encode("she → Bo Ma, nearest female person", name: "Bo Ma")
    #expect(first != nil)
    #expect(first == second)
  }

  @Test("every why reads back through an image, the placeholder's own included")
  func throughImage() {
    let whys = Self.cases.map(\.why)
    let text = String(repeating: "Words here. ", count: whys.count)
    var document = Document(id: "d", origin: SourceOrigin(path: "/tmp/d.txt"), text: text)
    document.paragraphIDs = 0..<1
    document.sentenceIDs = 0..<1
    document.quotationIDs = 0..<whys.count
    var paragraph = Paragraph(id: 0, documentID: 0, ordinal: 0, byteRange: 0..<text.utf8.count)
    paragraph.sentenceIDs = 0..<1
    let names = Self.cases.map { $0.name ?? "Nobody" }
    let entities = names.enumerated().map { index, name in
      var entity = Entity(id: index, kind: .person, name: name)
      entity.quotationIDs = [index]
      return entity
    }
    let quotations = whys.enumerated().map { index, why in
      Quotation(
        id: index, documentID: 0, paragraphID: 0, sentenceID: 0, byteRange: 0..<5, text: "Words",
        speakerID: Self.cases[index].name == nil ? nil : index, why: why)
    }
    let corpus = Corpus(
      documents: [document], paragraphs: [paragraph],
      sentences: [Sentence(id: 0, documentID: 0, paragraphID: 0, byteRange: 0..<text.utf8.count)],
      quotations: quotations, entities: entities, mentions: [])
    let compacted = corpus.compacted()
    #expect(compacted.image != nil)
    for index in whys.indices {
      #expect(Array(compacted.quotations[index].why.utf8) == Array(whys[index].utf8), "why \(index)")
    }
  }
}
