import Foundation
import NewsCorpus

/// The seeds as the gold file annotates them: the extracted documents, paragraphs and sentences, with the
/// quotations and speakers of `seeds-quotes.jsonl` in place of the extracted ones. Running the seed
/// questions over it checks the language alone, whatever the extraction finds today.
///
/// What the gold file does not say is derived here from the seed text by rules of the test, not typed in:
/// a speaker is Russian when "Russian" or "Kremlin" stands shortly before the full name; Putin and NATO are
/// mentioned in every sentence holding the word.
enum GoldModel {
  static let corpus: Corpus = build()

  /// Whether the seed text introduces `name` as Russian ("Russian Deputy Foreign Minister Sergei Ryabkov").
  static func isRussian(_ name: String, in corpus: Corpus) -> Bool {
    corpus.documents.contains { document in
      var searchStart = document.text.startIndex
      while let found = document.text.range(of: name, range: searchStart..<document.text.endIndex) {
        let before = document.text[..<found.lowerBound].suffix(40)
        if before.contains("Russian") || before.contains("Kremlin") { return true }
        searchStart = found.upperBound
      }
      return false
    }
  }

  private static func build() -> Corpus {
    var corpus = Fixtures.seedCorpus
    let gold = (try? Fixtures.goldQuotes()) ?? []
    var entities: [Entity] = []
    var entityByName: [String: Int] = [:]
    func entity(_ name: String, kind: EntityKind) -> Int {
      if let id = entityByName[name] { return id }
      let words = name.split(separator: " ")
      let aliases = kind == .person && words.count > 1 ? [String(words[words.count - 1])] : []
      entities.append(Entity(id: entities.count, kind: kind, name: name, aliases: aliases))
      entityByName[name] = entities.count - 1
      return entities.count - 1
    }
    var located: [(document: Int, range: Range<Int>, quote: Fixtures.GoldQuote)] = []
    for quote in gold {
      guard let documentID = corpus.documents.firstIndex(where: { $0.id == quote.document }) else { continue }
      let text = corpus.documents[documentID].text
      guard let found = text.range(of: quote.quote) else { continue }
      let lower = text.utf8.distance(from: text.startIndex, to: found.lowerBound)
      let upper = text.utf8.distance(from: text.startIndex, to: found.upperBound)
      located.append((documentID, lower..<upper, quote))
    }
    located.sort { ($0.document, $0.range.lowerBound) < ($1.document, $1.range.lowerBound) }
    corpus.quotations = []
    for (documentID, range, quote) in located {
      let sentenceID =
        corpus.documents[documentID].sentenceIDs.first { corpus.sentences[$0].byteRange.contains(range.lowerBound) }
        ?? corpus.documents[documentID].sentenceIDs.lowerBound
      let speakerID = quote.speaker.map {
        entity($0, kind: $0.hasPrefix("The ") || $0.contains("Politico") ? .outlet : .person)
      }
      corpus.quotations.append(
        Quotation(
          id: corpus.quotations.count, documentID: documentID, paragraphID: corpus.sentences[sentenceID].paragraphID,
          sentenceID: sentenceID, byteRange: range, text: quote.quote, speakerID: speakerID, cue: quote.cue))
    }
    for documentID in corpus.documents.indices {
      let ids = corpus.quotations.indices.filter { corpus.quotations[$0].documentID == documentID }
      corpus.documents[documentID].quotationIDs = (ids.first ?? 0)..<((ids.last ?? -1) + 1)
    }
    let putin = entity("Vladimir Putin", kind: .person)
    let nato = entity("NATO", kind: .organization)
    corpus.mentions = []
    for sentence in corpus.sentences {
      let text = corpus.documents[sentence.documentID].text(in: sentence.byteRange)
      for (word, entityID) in [("Putin", putin), ("NATO", nato)] where containsWord(word, in: text) {
        corpus.mentions.append(
          Mention(
            id: corpus.mentions.count, entityID: entityID, documentID: sentence.documentID, sentenceID: sentence.id,
            byteRange: sentence.byteRange, text: word))
      }
    }
    for index in entities.indices {
      entities[index].quotationIDs = corpus.quotations.filter { $0.speakerID == index }.map(\.id)
      entities[index].mentionIDs = corpus.mentions.filter { $0.entityID == index }.map(\.id)
      if entities[index].kind == .person, isRussian(entities[index].name, in: corpus) {
        entities[index].affiliation = "Russia"
      }
    }
    corpus.entities = Table(entities)
    return corpus
  }

  /// Whether `word` occurs in `text` with no letter on either side.
  static func containsWord(_ word: String, in text: some StringProtocol) -> Bool {
    let text = String(text)
    var searchStart = text.startIndex
    while let found = text.range(of: word, range: searchStart..<text.endIndex) {
      let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
      let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
      if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) { return true }
      searchStart = found.upperBound
    }
    return false
  }
}
