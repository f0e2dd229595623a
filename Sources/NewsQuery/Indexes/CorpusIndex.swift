import Foundation
import NewsCorpus

/// Every index a query can be answered from, kept as sections of a `CorpusImage` — the snapshot's, or one
/// built on the heap — and read in place:
///
/// - entity names: every folded name form (full name, alias, surname) → the entities that carry it, and
///   each entity's forms, for alias-aware equality (`speaker = "Berg"`);
/// - entities by kind;
/// - words: the positional index of every document's text (`PositionalIndex`), which answers `contains`
///   on documents, paragraphs, sentences and quotations exactly; the few items whose text is not their
///   range of the document's words (a range cut inside a word, a text of its own) are listed and scanned;
/// - mentions and quotations by sentence; documents by id.
public struct CorpusIndex: Sendable {
  /// The image the sections are read from, kept alive with them.
  let image: CorpusImage?
  let words: PositionalIndex
  private let names: WordTable
  private let entitiesByName: ImageList<Int32>
  private let formsByEntity: ImageList<Int32>
  private let entitiesByKind: ImageList<Int32>
  let mentionsBySentence: ImageList<Int32>
  let quotesBySentence: ImageList<Int32>
  private let documentNames: WordTable
  private let documentsByName: RawColumn<Int32>
  /// Items whose text the positional index cannot answer for, by collection: scanned instead.
  private let irregular: [String: Set<Int>]
  /// Whether every quotation's speaker lists it among its quotations, and every mention's entity among its
  /// mentions, and nothing else is listed: then `speaker = …` from an entity's list is exact.
  let linksAreConsistent: Bool
  /// Seconds the build took, for the benchmark.
  public private(set) var buildSeconds: Double = 0

  /// The collections whose `text contains` the positional index answers.
  static let textCollections = ["documents", "paragraphs", "sentences", "quotes"]

  /// Builds every index of `corpus` into an image on the heap; without `includingText`, only the cheap entity
  /// and document ones.
  public init(corpus: Corpus, includingText: Bool = true) {
    let started = Date()
    var writer = ImageWriter()
    Self.addSections(of: corpus, to: &writer, includingText: includingText)
    let image = writer.makeImage(metadata: ImageMetadata(producer: CorpusImage.currentProducer))
    do {
      try self.init(image: image)
    } catch {
      preconditionFailure("an index just built reads back: \(error)")
    }
    buildSeconds = Date().timeIntervalSince(started)
  }

  /// The indexes in `image`, read in place.
  public init(image: CorpusImage) throws(SnapshotError) {
    self.image = image
    words = image.has(PositionalIndex.prefix + ".postings") ? try PositionalIndex(image: image) : PositionalIndex()
    names = try WordTable(image: image, "index.names")
    entitiesByName = try ImageList(image: image, name: "index.names.entities")
    formsByEntity = try ImageList(image: image, name: "index.entityForms")
    entitiesByKind = try ImageList(image: image, name: "index.kinds")
    documentNames = try WordTable(image: image, "index.documents")
    documentsByName = try image.column("index.documents.ids")
    let flags: RawColumn<UInt8> = try image.column("index.flags")
    linksAreConsistent = flags.first == 1
    if ImageList<Int32>.isPresent(in: image, name: "index.sentences.mentions") {
      mentionsBySentence = try ImageList(image: image, name: "index.sentences.mentions")
      quotesBySentence = try ImageList(image: image, name: "index.sentences.quotes")
    } else {
      mentionsBySentence = ImageList()
      quotesBySentence = ImageList()
    }
    var irregular: [String: Set<Int>] = [:]
    for collection in Self.textCollections where image.has("index.irregular." + collection) {
      let ids: RawColumn<Int32> = try image.column("index.irregular." + collection)
      irregular[collection] = Set(ids.map(Int.init))
    }
    self.irregular = irregular
  }

  // MARK: Entities and documents

  /// Entities one of whose name forms is `name` (folded), in id order.
  func entities(named name: String) -> [Int] {
    guard let id = names.id(of: ValueComparison.normalizedName(name)) else { return [] }
    return entitiesByName.values(id).map(Int.init)
  }

  /// Whether entity `entity` has the (normalized) name form `form`.
  func entity(_ entity: Int, isNamed form: String) -> Bool {
    guard let id = names.id(of: form) else { return false }
    return formsByEntity.values(entity).contains(Int32(id))
  }

  /// Whether the index has the name forms of entity `entity`.
  func knows(entity: Int) -> Bool { entity >= 0 && entity < formsByEntity.listCount }

  /// The normalized name forms of entity `entity` (nil for an entity the index does not know).
  func nameForms(of entity: Int) -> [String]? {
    guard knows(entity: entity) else { return nil }
    return formsByEntity[entity].map { names.word(Int($0)) }
  }

  /// The entities of one kind, in id order.
  func entities(of kind: EntityKind) -> [Int] {
    guard let place = Entity.kinds.firstIndex(of: kind) else { return [] }
    return entitiesByKind.values(place).map(Int.init)
  }

  /// The document whose id is `name` (the last, if several share it).
  func document(named name: String) -> Int? {
    guard let id = documentNames.id(of: name) else { return nil }
    return Int(documentsByName[id])
  }

  // MARK: Words

  /// Every word of the index for which `isMatch` holds, in the order the words were first met: what a search
  /// term with `*` or `?` (`guarantee*`) stands for.
  func words(where isMatch: (String) -> Bool) -> [String] {
    (0..<words.words.count).compactMap { id in
      let word = words.words.word(id)
      return isMatch(word) ? word : nil
    }
  }

  /// How many documents hold a folded word.
  func documentCount(of word: String) -> Int { words.id(of: word).map(words.documentCount) ?? 0 }

  /// The sorted ids of the items of `collection` whose text contains `phrase` (folded words), exactly as
  /// `contains` decides; nil for a collection the positional index does not cover.
  func items(containing phrase: [String], in collection: String, corpus: Corpus) -> [Int]? {
    guard Self.textCollections.contains(collection), !phrase.isEmpty else { return nil }
    let irregular = self.irregular[collection] ?? []
    var ids: [Int] = []
    if let search = PhraseSearch(index: words, phrase: phrase) {
      if collection == "documents", phrase.count == 1, let word = words.id(of: phrase[0]) {
        ids = words.documents(word).map(Int.init)
      } else if collection == "documents" {
        search.forEachDocument(in: corpus) { document, _ in ids.append(document) }
      } else {
        search.forEachDocument(in: corpus) { document, occurrences in
          Self.items(of: collection, in: document, corpus: corpus, holding: occurrences, skipping: irregular, into: &ids)
        }
      }
    }
    guard !irregular.isEmpty else { return ids }
    let scanned = irregular.filter { Self.scan(phrase, collection, $0, corpus) }
    return (ids + scanned).sorted()
  }

  /// What the word index says about a fragment of a word (`RegexLiteral`): the items whose text may hold it.
  struct FragmentCandidates {
    /// Sorted ids of the items: those of every document with a word containing the fragment, and those
    /// whose text the index does not cover.
    var ids: [Int]
    var wordCount: Int
    var documentCount: Int
  }

  /// The items of `collection` whose text may hold `fragment` (lowercase ASCII letters and digits) inside a
  /// word; nil for a collection the index does not cover, or when the words holding it are in more
  /// documents, counted with repeats, than the corpus has: reading their postings would cost about a scan.
  func items(mayHolding fragment: String, in collection: String, corpus: Corpus) -> FragmentCandidates? {
    guard Self.textCollections.contains(collection), !fragment.isEmpty, words.words.count > 0 else { return nil }
    let needle = Array(fragment.utf8)
    var holding: [Int] = []
    var postings = 0
    for id in 0..<words.words.count where Self.bytes(words.words.bytes(id), contain: needle) {
      holding.append(id)
      postings += words.documentCount(id)
      if postings > corpus.documents.count { return nil }
    }
    var isCandidate = [Bool](repeating: false, count: corpus.documents.count)
    for id in holding {
      for document in words.documents(id) where Int(document) < isCandidate.count { isCandidate[Int(document)] = true }
    }
    var ids: [Int] = []
    var documentCount = 0
    for document in isCandidate.indices where isCandidate[document] {
      documentCount += 1
      switch collection {
      case "documents": ids.append(document)
      case "paragraphs": ids += corpus.documents.paragraphIDs(document).filter(corpus.paragraphs.indices.contains)
      case "sentences": ids += corpus.documents.sentenceIDs(document).filter(corpus.sentences.indices.contains)
      default: ids += corpus.documents.quotationIDs(document).filter(corpus.quotations.indices.contains)
      }
    }
    if let irregular = irregular[collection], !irregular.isEmpty { ids = Array(Set(ids).union(irregular)) }
    ids.sort()
    return FragmentCandidates(ids: ids, wordCount: holding.count, documentCount: documentCount)
  }

  /// Whether `haystack` holds `needle` as consecutive bytes.
  private static func bytes(_ haystack: UnsafeBufferPointer<UInt8>, contain needle: [UInt8]) -> Bool {
    guard haystack.count >= needle.count, let first = needle.first else { return needle.isEmpty }
    var start = 0
    let last = haystack.count - needle.count
    while start <= last {
      if haystack[start] == first {
        var matched = 1
        while matched < needle.count, haystack[start + matched] == needle[matched] { matched += 1 }
        if matched == needle.count { return true }
      }
      start += 1
    }
    return false
  }

  /// Appends the items of `collection` in `document` that hold one of `occurrences` entirely.
  private static func items(
    of collection: String, in document: Int, corpus: Corpus, holding occurrences: [Range<Int>],
    skipping irregular: Set<Int>, into ids: inout [Int]
  ) {
    func add(_ item: Int, _ range: Range<Int>, of owner: Int) {
      guard owner == document, !irregular.contains(item) else { return }
      // The first occurrence starting in the range; occurrences are in order.
      var low = 0
      var high = occurrences.count
      while low < high {
        let middle = (low + high) / 2
        if occurrences[middle].lowerBound < range.lowerBound { low = middle + 1 } else { high = middle }
      }
      var index = low
      while index < occurrences.count, occurrences[index].lowerBound < range.upperBound {
        if occurrences[index].upperBound <= range.upperBound {
          ids.append(item)
          return
        }
        index += 1
      }
    }
    switch collection {
    case "paragraphs":
      for item in corpus.documents.paragraphIDs(document) where corpus.paragraphs.indices.contains(item) {
        add(item, corpus.paragraphs.byteRange(item), of: corpus.paragraphs.documentID(item))
      }
    case "sentences":
      for item in corpus.documents.sentenceIDs(document) where corpus.sentences.indices.contains(item) {
        add(item, corpus.sentences.byteRange(item), of: corpus.sentences.documentID(item))
      }
    default:
      for item in corpus.documents.quotationIDs(document) where corpus.quotations.indices.contains(item) {
        add(item, corpus.quotations.byteRange(item), of: corpus.quotations.documentID(item))
      }
    }
  }

  /// Whether item `id` of `collection` contains `phrase`, read as a scan reads it.
  private static func scan(_ phrase: [String], _ collection: String, _ id: Int, _ corpus: Corpus) -> Bool {
    let text: String
    switch collection {
    case "paragraphs":
      text = String(corpus.text(of: corpus.paragraphs.byteRange(id), inDocument: corpus.paragraphs.documentID(id)))
    case "sentences":
      text = String(corpus.text(of: corpus.sentences.byteRange(id), inDocument: corpus.sentences.documentID(id)))
    case "quotes": text = corpus.quotations[id].text
    default: text = corpus.documents[id].text
    }
    return TextFolding.contains(phrase, in: text)
  }

  /// The folded forms an entity's name equals: each name and alias; for a person also each one without
  /// its initials ("Anna K. Berg" → "anna berg") and its last word ("berg").
  static func nameForms(of entity: Entity) -> Set<String> {
    var forms = Set<String>()
    for name in entity.allNames {
      let words = TextFolding.fold(name).split(separator: " ")
      forms.insert(words.joined(separator: " "))
      guard entity.kind == .person else { continue }
      let withoutInitials = words.filter { !($0.count <= 2 && $0.first?.isLetter == true && ($0.count == 1 || $0.hasSuffix("."))) }
      if !withoutInitials.isEmpty { forms.insert(withoutInitials.joined(separator: " ")) }
      if let last = withoutInitials.last { forms.insert(String(last)) }
    }
    return forms
  }
}

/// What a compiled query reads: the corpus and its indexes.
public struct QueryContext: Sendable {
  public let corpus: Corpus
  public let index: CorpusIndex
  /// The corpus's collections, documents with their extra metadata fields.
  public let catalog: CorpusCatalog

  public init(corpus: Corpus, index: CorpusIndex) {
    self.corpus = corpus
    self.index = index
    catalog = CorpusCatalog(corpus: corpus)
  }
}
