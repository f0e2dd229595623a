import Foundation
import NewsCorpus

/// `newsq-bench generate COUNT FILE`: a large corpus for benchmarks, made from real articles so that its
/// text reads like news, as JSONL (`id`, `title`, `source`, `date`, `text`), the same for a count on every run.
///
/// Each generated article takes the length and outlet of a random source article and fills each of its
/// paragraphs with a paragraph from the same relative place in another random source article. Every
/// person the source names is replaced by a generated person (`GeneratedPeople`) — consistently within a
/// generated article, so "Jane Doe said … Doe added" stays one person — so that the people, the entity
/// table and the vocabulary grow with the corpus instead of repeating the sources' cast.
/// The article text is never written anywhere but `FILE`, which belongs outside the repository.
struct CorpusGenerator {
  /// A run of a source paragraph's bytes, or a word of a person's name there to be replaced.
  enum Piece {
    case text(Range<Int>)
    case firstName(person: Int)
    case lastName(person: Int)
  }

  /// A paragraph of a source article, cut into pieces; `person` numbers are the source's entity ids.
  struct SourceParagraph {
    var document: Int
    var bytes: [UInt8]
    var pieces: [Piece]
  }

  struct SourceArticle {
    var title: String
    var outlet: String
    /// Indices into `paragraphs`.
    var paragraphs: [Int]
  }

  static let defaultSources = [
    "../shared/corpus-gold/train/polnear-train.jsonl", "../shared/corpus-gold/dev/polnear-dev.jsonl",
    "../shared/corpus-gold/world-dev/articles", "seeds",
  ]

  private(set) var articles: [SourceArticle] = []
  private(set) var paragraphs: [SourceParagraph] = []

  /// Reads the source articles and finds the people they name with newsq's own extraction.
  init(sources: [String]) throws {
    let corpus = try CorpusLoader().load(paths: sources.filter { FileManager.default.fileExists(atPath: $0) })
    for document in corpus.documents.indices {
      let text = Array(corpus.documents[document].text.utf8)
      var ids: [Int] = []
      for paragraphID in corpus.documents[document].paragraphIDs {
        let paragraph = corpus.paragraphs[paragraphID]
        guard paragraph.byteRange.count > 0 else { continue }
        ids.append(paragraphs.count)
        paragraphs.append(
          SourceParagraph(
            document: document, bytes: Array(text[paragraph.byteRange]),
            pieces: [.text(0..<paragraph.byteRange.count)]))
      }
      guard !ids.isEmpty else { continue }
      articles.append(
        SourceArticle(
          title: corpus.documents[document].title?.value ?? "", outlet: corpus.documents[document].outlet?.value ?? "",
          paragraphs: ids))
    }
    cutNames(corpus)
  }

  /// Cuts every paragraph at the words of its person mentions that are a first name or surname of the
  /// person's canonical name.
  private mutating func cutNames(_ corpus: Corpus) {
    // Mentions by paragraph: the mention's sentence gives its paragraph.
    var mentionsByParagraph: [Int: [Mention]] = [:]
    for mention in corpus.mentions where corpus.entities[mention.entityID].kind == .person {
      let paragraphID = corpus.sentences[mention.sentenceID].paragraphID
      mentionsByParagraph[paragraphID, default: []].append(mention)
    }
    var index = 0
    for document in corpus.documents.indices {
      for paragraphID in corpus.documents[document].paragraphIDs {
        let paragraph = corpus.paragraphs[paragraphID]
        guard paragraph.byteRange.count > 0 else { continue }
        defer { index += 1 }
        let mentions = (mentionsByParagraph[paragraphID] ?? []).sorted { $0.byteRange.lowerBound < $1.byteRange.lowerBound }
        guard !mentions.isEmpty else { continue }
        let base = paragraph.byteRange.lowerBound
        let bytes = paragraphs[index].bytes
        var pieces: [Piece] = []
        var cursor = 0
        for mention in mentions {
          let start = mention.byteRange.lowerBound - base
          let end = mention.byteRange.upperBound - base
          guard start >= cursor, end <= bytes.count else { continue }
          let canonical = corpus.entities[mention.entityID].name.split(separator: " ").map(String.init)
          guard canonical.count >= 2, let first = canonical.first, let last = canonical.last else { continue }
          // The words of the mention, each replaced when it is the canonical first name or surname.
          var wordStart = start
          var position = start
          while position <= end {
            if position == end || bytes[position] == 0x20 {
              let word = String(decoding: bytes[wordStart..<position], as: UTF8.self)
              let piece: Piece? =
                word == last ? .lastName(person: mention.entityID) : word == first ? .firstName(person: mention.entityID) : nil
              if let piece {
                if wordStart > cursor { pieces.append(.text(cursor..<wordStart)) }
                pieces.append(piece)
                cursor = position
              }
              wordStart = position + 1
            }
            position += 1
          }
        }
        if cursor < bytes.count { pieces.append(.text(cursor..<bytes.count)) }
        paragraphs[index].pieces = pieces
      }
    }
  }

  /// The seed `make bench` corpora are drawn with.
  static let defaultSeed: UInt64 = 12

  /// Writes `count` articles to `path`, returning the bytes of text written.
  @discardableResult
  func write(count: Int, to path: String, seed: UInt64 = defaultSeed) throws -> Int {
    guard !articles.isEmpty else { throw CocoaError(.fileReadNoSuchFile) }
    guard FileManager.default.createFile(atPath: path + ".partial", contents: nil),
      let handle = FileHandle(forWritingAtPath: path + ".partial")
    else { throw CocoaError(.fileWriteUnknown) }
    var random = SplitMix64(seed: seed)
    var people = GeneratedPeople(random: &random)
    var buffer: [UInt8] = []
    buffer.reserveCapacity(1 << 23)
    var textBytes = 0
    var text: [UInt8] = []
    for number in 0..<count {
      let template = articles[random.below(articles.count)]
      var chosen: [String: Int] = [:]
      text.removeAll(keepingCapacity: true)
      let paragraphCount = max(3, template.paragraphs.count)
      for slot in 0..<paragraphCount {
        let donor = articles[random.below(articles.count)]
        let place = min(donor.paragraphs.count - 1, slot * donor.paragraphs.count / paragraphCount)
        let paragraph = paragraphs[donor.paragraphs[place]]
        if !text.isEmpty { text += [0x0A, 0x0A] }
        for piece in paragraph.pieces {
          switch piece {
          case .text(let range):
            text += paragraph.bytes[range]
          case .firstName(let person), .lastName(let person):
            let key = "\(paragraph.document)/\(person)"
            let generated = chosen[key] ?? people.draw(&random)
            chosen[key] = generated
            if case .firstName = piece {
              text += people.people[generated].first.utf8
            } else {
              text += people.people[generated].last.utf8
            }
          }
        }
      }
      textBytes += text.count
      let day = random.below(730)
      let date = Self.date(daysAfter2015: day)
      buffer += Array("{\"id\":\"gen-\(String(format: "%07d", number))\",\"title\":".utf8)
      Self.appendJSONString(Array(template.title.utf8), to: &buffer)
      buffer += Array(",\"source\":".utf8)
      Self.appendJSONString(Array(template.outlet.utf8), to: &buffer)
      buffer += Array(",\"date\":\"\(date)\",\"text\":".utf8)
      Self.appendJSONString(text, to: &buffer)
      buffer += Array("}\n".utf8)
      if buffer.count > 1 << 23 {
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
      }
    }
    handle.write(Data(buffer))
    try handle.close()
    if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
    try FileManager.default.moveItem(atPath: path + ".partial", toPath: path)
    return textBytes
  }

  /// `2016-03-04` for a day counted from 1 January 2016.
  static func date(daysAfter2015 day: Int) -> String {
    let lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    var year = 2016
    var rest = day
    while rest >= (year % 4 == 0 ? 366 : 365) {
      rest -= year % 4 == 0 ? 366 : 365
      year += 1
    }
    var month = 0
    while rest >= lengths[month] - (month == 1 && year % 4 != 0 ? 1 : 0) {
      rest -= lengths[month] - (month == 1 && year % 4 != 0 ? 1 : 0)
      month += 1
    }
    return String(format: "%04d-%02d-%02d", year, month + 1, rest + 1)
  }

  /// `bytes` (UTF-8) as a JSON string, quotes included.
  static func appendJSONString(_ bytes: [UInt8], to buffer: inout [UInt8]) {
    let hex = Array("0123456789abcdef".utf8)
    buffer.append(0x22)
    for byte in bytes {
      switch byte {
      case 0x22: buffer += [0x5C, 0x22]
      case 0x5C: buffer += [0x5C, 0x5C]
      case 0x0A: buffer += [0x5C, 0x6E]
      case 0x0D: buffer += [0x5C, 0x72]
      case 0x09: buffer += [0x5C, 0x74]
      case 0..<0x20: buffer += [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
      default: buffer.append(byte)
      }
    }
    buffer.append(0x22)
  }
}
