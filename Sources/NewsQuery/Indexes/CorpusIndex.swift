import NewsCorpus

/// Every index a query can be answered from, built once when a `QueryEngine` is made for a corpus.
///
/// - entity names: every folded name form (full name, alias, surname) → the entities that carry it;
/// - words: folded word → quotations, and → sentences, for `contains` and concordance;
/// - mentions: entity → mentions (in the model), sentence → mentions, sentence → quotations;
/// - documents: id → document.
public struct CorpusIndex: Sendable {
  /// Folded name form → entity ids, for alias-aware equality (`speaker = "Berg"`).
  var entitiesByName: [String: [Int]] = [:]
  /// Each entity's folded name forms, indexed by entity id.
  var nameForms: [Set<String>] = []
  var entitiesByKind: [EntityKind: [Int]] = [:]
  var quoteWords = WordIndex()
  var sentenceWords = WordIndex()
  var mentionsBySentence = IDLists()
  var quotesBySentence = IDLists()
  var documentsByID: [String: Int] = [:]
  /// Seconds the build took, for the benchmark.
  public private(set) var buildSeconds: Double = 0

  init() {}

  /// Builds every index; without `includingText`, only the cheap entity and document ones.
  public init(corpus: Corpus, includingText: Bool = true) {
    let clock = ContinuousClock()
    let start = clock.now
    nameForms.reserveCapacity(corpus.entities.count)
    for entity in corpus.entities {
      let forms = Self.nameForms(of: entity)
      nameForms.append(forms)
      for form in forms { entitiesByName[form, default: []].append(entity.id) }
      entitiesByKind[entity.kind, default: []].append(entity.id)
    }
    for document in corpus.documents.indices { documentsByID[corpus.documents[document].id] = document }
    guard includingText else { return }
    let texts = corpus.documents.map { ContiguousText($0.text) }
    (quoteWords, sentenceWords) = Self.wordIndexes(corpus, texts)
    mentionsBySentence = IDLists(corpus.mentions.lazy.map { ($0.sentenceID, $0.id) })
    quotesBySentence = IDLists(corpus.quotations.lazy.map { ($0.sentenceID, $0.id) })
    let elapsed = clock.now - start
    buildSeconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }

  /// The word indexes of quotations and of sentences, the sentences' read from their documents' bytes.
  private static func wordIndexes(_ corpus: Corpus, _ texts: [ContiguousText]) -> (WordIndex, WordIndex) {
    let quotePieces = WordIndex.pieces(of: corpus.quotations.indices)
    let sentencePieces = WordIndex.pieces(of: corpus.sentences.indices)
    let parts = ParallelWork.map(quotePieces.count + sentencePieces.count) { piece in
      if piece < quotePieces.count {
        return WordIndex.Part(ids: quotePieces[piece]) { id, body in
          ContiguousText(corpus.quotations[id].text).withBytes(body)
        }
      }
      return WordIndex.Part(ids: sentencePieces[piece - quotePieces.count]) { id, body in
        let sentence = corpus.sentences[id]
        texts[sentence.documentID].withBytes(in: sentence.byteRange, body)
      }
    }
    let indexes = ParallelWork.map(2) { which in
      WordIndex(combining: Array(which == 0 ? parts[..<quotePieces.count] : parts[quotePieces.count...]))
    }
    return (indexes[0], indexes[1])
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

  /// Entities one of whose name forms is `name` (folded), in id order.
  func entities(named name: String) -> [Int] {
    entitiesByName[TextFolding.fold(name).split(separator: " ").joined(separator: " ")] ?? []
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
