import Foundation
import Testing

@testable import NewsCorpus

/// A corpus compacted into an image, or written to a snapshot file and opened, reads back field for field;
/// a snapshot that is truncated, damaged, foreign or from another version or build is refused, never read.
@Suite("Corpus image")
struct CorpusImageTests {
  static let seedsPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("seeds").path

  /// Every field of every item, one line each: two corpora that describe alike are the same.
  static func describe(_ corpus: Corpus) -> [String] {
    var lines: [String] = []
    for document in corpus.documents {
      lines.append(
        "D \(document.id) \(document.origin.description) title=\(String(describing: document.title)) "
          + "outlet=\(String(describing: document.outlet)) author=\(String(describing: document.author)) "
          + "date=\(String(describing: document.date)) url=\(String(describing: document.url)) "
          + "extra=\(document.extraMetadata.sorted { $0.key < $1.key }) \(document.paragraphIDs) \(document.sentenceIDs) "
          + "\(document.quotationIDs) \(String(describing: document.outletEntityID)) \(document.text.utf8.count) "
          + "\(document.text.hashValue)")
    }
    for paragraph in corpus.paragraphs {
      lines.append(
        "P \(paragraph.id) \(paragraph.documentID) \(paragraph.ordinal) \(paragraph.byteRange) "
          + "\(String(describing: paragraph.boilerplate)) \(paragraph.sentenceIDs)")
    }
    for sentence in corpus.sentences {
      lines.append("S \(sentence.id) \(sentence.documentID) \(sentence.paragraphID) \(sentence.byteRange)")
    }
    for quotation in corpus.quotations {
      lines.append(
        "Q \(quotation.id) \(quotation.documentID) \(quotation.paragraphID) \(quotation.sentenceID) \(quotation.byteRange) "
          + "\(String(describing: quotation.speakerID)) \(String(describing: quotation.cue)) "
          + "\(String(describing: quotation.cueByteRange)) \(quotation.form) \(quotation.attribution) \(quotation.why) "
          + quotation.text)
    }
    for term in corpus.quotedTerms {
      lines.append("T \(term.id) \(term.documentID) \(term.paragraphID) \(term.sentenceID) \(term.byteRange) \(term.kind) \(term.text)")
    }
    for mention in corpus.mentions {
      lines.append(
        "M \(mention.id) \(mention.entityID) \(mention.documentID) \(mention.sentenceID) \(mention.byteRange) \(mention.text)")
    }
    for entity in corpus.entities {
      lines.append(
        "E \(entity.id) \(entity.kind) \(entity.name) \(entity.aliases) \(entity.roles) "
          + "\(String(describing: entity.affiliation)) \(String(describing: entity.country)) "
          + "\(String(describing: entity.gender)) \(entity.mentionIDs) "
          + "\(entity.quotationIDs)")
    }
    lines.append("R \(corpus.report.filesRead) \(corpus.report.skipped) \(corpus.report.warnings)")
    return lines
  }

  /// A small corpus written by hand with what extraction rarely makes: texts of their own, metadata of every
  /// kind, partial dates, non-ASCII text.
  static func handMade() -> Corpus {
    var first = Document(
      id: "first", origin: SourceOrigin(path: "/tmp/a.jsonl", line: 3), text: "Zoë said “we are ready” today.\nNext line.",
      title: MetadataValue("A title", isInferred: true), outlet: MetadataValue("The Daily", isInferred: false),
      author: nil, date: MetadataValue(NewsDate(year: 2022, month: 1), isInferred: true),
      url: MetadataValue("https://example.org/a", isInferred: false), extraMetadata: ["section": "world", "lang": "en"])
    first.paragraphIDs = 0..<2
    first.sentenceIDs = 0..<2
    first.quotationIDs = 0..<2
    first.outletEntityID = 1
    var second = Document(id: "second", origin: SourceOrigin(path: "/tmp/b.txt"), text: "")
    second.paragraphIDs = 2..<2
    var paragraph = Paragraph(id: 0, documentID: 0, ordinal: 0, byteRange: 0..<33)
    paragraph.sentenceIDs = 0..<1
    var boilerplate = Paragraph(id: 1, documentID: 0, ordinal: 1, byteRange: 34..<44, boilerplate: .relatedLinks)
    boilerplate.sentenceIDs = 1..<2
    var speaker = Entity(id: 0, kind: .person, name: "Zoë Ark", aliases: ["Zoë"], roles: ["minister"], affiliation: "X")
    speaker.country = "Norway"
    speaker.gender = .female
    speaker.mentionIDs = [0]
    speaker.quotationIDs = [0, 1]
    var corpus = Corpus(
      documents: [first, second], paragraphs: [paragraph, boilerplate],
      sentences: [
        Sentence(id: 0, documentID: 0, paragraphID: 0, byteRange: 0..<33),
        Sentence(id: 1, documentID: 0, paragraphID: 1, byteRange: 34..<44),
      ],
      quotations: [
        Quotation(
          id: 0, documentID: 0, paragraphID: 0, sentenceID: 0, byteRange: 13..<25, text: "we are ready", speakerID: 0,
          cue: "said", cueByteRange: 5..<9, attribution: .named, why: "subject of 'said'"),
        Quotation(
          id: 1, documentID: 0, paragraphID: 0, sentenceID: 0, byteRange: 13..<25, text: "a text of its own",
          speakerID: 0, form: .block, attribution: .continuation),
      ],
      entities: [speaker, Entity(id: 1, kind: .outlet, name: "The Daily")],
      mentions: [Mention(id: 0, entityID: 0, documentID: 0, sentenceID: 0, byteRange: 0..<4, text: "Zoë")],
      report: LoadReport(filesRead: 2, skipped: [LoadProblem(path: "c.bin", message: "binary file")]))
    corpus.quotedTerms = [
      QuotedTerm(id: 0, documentID: 0, paragraphID: 1, sentenceID: 1, byteRange: 34..<38, text: "Next", kind: .title)
    ]
    return corpus
  }

  @Test("a compacted corpus reads back every field of every item", arguments: ["seeds", "hand-made"])
  func compactedReadsBack(name: String) throws {
    let corpus = name == "seeds" ? try CorpusLoader().load(paths: [Self.seedsPath]) : Self.handMade()
    let compacted = corpus.compacted()
    #expect(compacted.image != nil)
    #expect(Self.describe(compacted) == Self.describe(corpus))
    #expect(compacted.text(of: 14..<26, inDocument: 0) == corpus.text(of: 14..<26, inDocument: 0))
    #expect(compacted.characterOffset(ofByte: 14, inDocument: 0) == corpus.documents[0].characterOffset(ofByte: 14))
  }

  @Test("a snapshot file opens to the same corpus")
  func fileReadsBack() throws {
    let folder = try TemporaryFolder()
    let path = folder.path + "/seeds.newsq"
    let corpus = try CorpusLoader().load(paths: [Self.seedsPath])
    try Self.write(corpus, to: path)
    let opened = try Corpus(image: CorpusImage.open(path: path))
    #expect(opened.image?.path == path)
    #expect(Self.describe(opened) == Self.describe(corpus))
  }

  @Test("changing a table read from an image copies it first and leaves the image as it was")
  func changingCopies() throws {
    let compacted = Self.handMade().compacted()
    var changed = compacted
    changed.quotations[0].cue = "told"
    changed.documents.append(Document(id: "third", origin: SourceOrigin(path: "c"), text: "New."))
    #expect(changed.quotations[0].cue == "told")
    #expect(changed.quotations.image == nil)
    #expect(compacted.quotations[0].cue == "said")
    #expect(changed.documents.count == 3 && compacted.documents.count == 2)
  }

  static func write(_ corpus: Corpus, to path: String, producer: String = CorpusImage.currentProducer) throws {
    var writer = ImageWriter()
    try corpus.addSections(to: &writer)
    try writer.write(to: path, metadata: ImageMetadata(producer: producer))
  }

  /// Opening the file at `path` throws; the error.
  static func refusal(_ path: String) -> SnapshotError? {
    do {
      _ = try CorpusImage.open(path: path)
      return nil
    } catch {
      return error
    }
  }

  @Test("a snapshot truncated by one byte is refused")
  func truncated() throws {
    let folder = try TemporaryFolder()
    let path = folder.path + "/seeds.newsq"
    try Self.write(Self.handMade(), to: path)
    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    bytes.removeLast()
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let error = Self.refusal(path)
    #expect(error == .wrongLength(expected: bytes.count + 1, actual: bytes.count))
    #expect(error?.description == "is truncated (\(bytes.count) bytes of \(bytes.count + 1))")
  }

  @Test("a snapshot with one byte changed is refused, wherever the byte lies")
  func flippedByte() throws {
    let folder = try TemporaryFolder()
    let path = folder.path + "/seeds.newsq"
    try Self.write(try CorpusLoader().load(paths: [Self.seedsPath]), to: path)
    let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    let image = try CorpusImage.open(path: path)
    // The prefix, the metadata, the padding before the data, and the first, middle and last byte of every
    // section and of the gaps between them, and the trailer.
    var positions = Set([0, 8, 12, 20, 30, 45, 50, 54, 58, 63, 64, 100, 4000, original.count - 1, original.count - 4])
    for section in image.metadata.sections where section.length > 0 {
      positions.formUnion([section.offset, section.offset + section.length / 2, section.offset + section.length - 1])
      positions.insert(section.offset + section.length)
    }
    for position in positions.sorted() where position < original.count {
      var bytes = original
      bytes[position] ^= 0x20
      try Data(bytes).write(to: URL(fileURLWithPath: path))
      #expect(Self.refusal(path) != nil, "byte \(position) of \(original.count) changed and the snapshot still opened")
    }
  }

  @Test("a file that is not a snapshot is refused as such")
  func foreign() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("notes.newsq", "Some notes, not a snapshot.\n")
    #expect(Self.refusal(path) == .notASnapshot)
    let empty = try folder.write("empty.newsq", [])
    #expect(Self.refusal(empty) == .notASnapshot)
  }

  @Test("a snapshot of another format version is refused with both versions")
  func otherVersion() throws {
    let folder = try TemporaryFolder()
    let path = folder.path + "/seeds.newsq"
    try Self.write(Self.handMade(), to: path)
    var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    // Format version + 1, with the prefix's checksum made right again: a genuine file of another version.
    bytes[8] &+= 1
    let checksum = CorpusImage.checksum(bytes[0..<60])
    withUnsafeBytes(of: checksum.littleEndian) { for (index, byte) in $0.enumerated() { bytes[60 + index] = byte } }
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    #expect(Self.refusal(path) == .otherFormatVersion(found: ImageFormat.version + 1))
  }

  @Test("the metadata records which build wrote a snapshot")
  func producer() throws {
    let folder = try TemporaryFolder()
    let path = folder.path + "/seeds.newsq"
    try Self.write(Self.handMade(), to: path, producer: "another-build")
    #expect(try CorpusImage.open(path: path).metadata.producer == "another-build")
    #expect(!CorpusImage.currentProducer.isEmpty && CorpusImage.currentProducer != "unknown")
  }

  @Test("writing leaves no partial file behind, and replaces a file at once")
  func atomicWrite() throws {
    let folder = try TemporaryFolder()
    let path = folder.path + "/seeds.newsq"
    try Self.write(Self.handMade(), to: path)
    try Self.write(try CorpusLoader().load(paths: [Self.seedsPath]), to: path)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["seeds.newsq"])
    #expect(try Corpus(image: CorpusImage.open(path: path)).documents.count == 5)
  }
}

/// Every stored field of every model type is one the image keeps: a field added to the model fails here until
/// its `Store/Records/TYPE+Image.swift` writes and reads it (and `ImageFormat.version` is bumped).
@Suite("Corpus image fields")
struct CorpusImageFieldTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var type: String
    var value: any Sendable
    /// The fields the image keeps for the type (`id` is the record's place in its table).
    var kept: Set<String>
    var testDescription: String { type }
  }

  static let cases: [Case] = {
    let corpus = CorpusImageTests.handMade()
    return [
      Case(
        type: "Document", value: corpus.documents[0],
        kept: [
          "id", "origin", "storage", "title", "outlet", "author", "date", "url", "extraMetadata", "paragraphIDs",
          "sentenceIDs", "quotationIDs", "outletEntityID",
        ]),
      // Paragraphs, sentences, quotations, terms and mentions keep their ids and ranges in 32-bit wrappers (`Compact`, `CompactRange`).
      Case(
        type: "Paragraph", value: corpus.paragraphs[0],
        kept: ["_id", "_documentID", "_ordinal", "_byteRange", "boilerplate", "_sentenceIDs"]),
      Case(
        type: "Sentence", value: corpus.sentences[0],
        kept: ["_id", "_documentID", "_paragraphID", "_byteRange"]),
      Case(
        type: "Quotation", value: corpus.quotations[0],
        kept: [
          "_id", "_documentID", "_paragraphID", "_sentenceID", "_byteRange", "sharedText", "speakerID", "cue", "cueByteRange",
          "form", "attribution", "why",
        ]),
      Case(
        type: "QuotedTerm", value: corpus.quotedTerms[0],
        kept: ["_id", "_documentID", "_paragraphID", "_sentenceID", "_byteRange", "sharedText", "kind"]),
      Case(
        type: "Mention", value: corpus.mentions[0],
        kept: ["_id", "_entityID", "_documentID", "_sentenceID", "_byteRange", "text"]),
      Case(
        type: "Entity", value: corpus.entities[0],
        kept: [
          "id", "kind", "name", "aliases", "roles", "affiliation", "country", "gender", "mentionIDs", "quotationIDs",
        ]),
    ]
  }()

  @Test("the image keeps every field of the model", arguments: cases)
  func everyFieldKept(_ item: Case) {
    let fields = Set(Mirror(reflecting: item.value).children.compactMap(\.label))
    let missing = fields.subtracting(item.kept).sorted()
    #expect(
      missing.isEmpty,
      "\(item.type) has fields a snapshot would lose: \(missing); write and read them in Store/Records/\(item.type)+Image.swift, bump ImageFormat.version, and list them here"
    )
  }
}
