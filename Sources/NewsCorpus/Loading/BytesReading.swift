/// The readers of a load — text decoding, JSONL records, manifests, dates — on bytes already in memory: a
/// fuzzer's inputs are bytes, and writing each to a file to read it back would cost more than the read.
/// Each entry point does what a load does with a file of that name, short of extraction.
public enum BytesReading {
  /// What reading gave: the articles, and the problems a load would report about them.
  public struct Outcome: Sendable {
    public var articles: [RawArticle]
    public var report: LoadReport
  }

  /// The articles of a JSONL file with these bytes, their dates read as a load reads them.
  public static func jsonLines(_ bytes: [UInt8], fileName: String = "input.jsonl") -> Outcome {
    var outcome = Outcome(articles: [], report: LoadReport())
    guard case .bytes(let body, _) = TextDecoder.decodeBytes(bytes) else { return outcome }
    JSONLinesReader.read(body, path: fileName, fileName: fileName, into: &outcome.articles, report: &outcome.report)
    DateProblems.check(outcome.articles[...], file: fileName, into: &outcome.report)
    return outcome
  }

  /// The article of a text file with these bytes: decoded (a byte-order mark dropped, invalid UTF-8 repaired),
  /// or none when they are empty or binary.
  public static func text(_ bytes: [UInt8], fileName: String = "input.txt") -> Outcome {
    var outcome = Outcome(articles: [], report: LoadReport())
    guard case .text(let text, _) = TextDecoder.decode(bytes) else { return outcome }
    outcome.articles.append(RawArticle(id: fileName, origin: SourceOrigin(path: fileName), text: text))
    return outcome
  }

  /// A manifest with these bytes (`manifest.csv`, else JSON) applied to one article per row it gives, and the
  /// dates it gives read, as a load applies a folder's manifest to the files it names.
  public static func manifest(_ bytes: [UInt8], fileName: String = "manifest.csv") -> Outcome {
    var outcome = Outcome(articles: [], report: LoadReport())
    let rows = ManifestReader.read(bytes, path: fileName, report: &outcome.report) ?? [:]
    for (file, row) in rows.sorted(by: { $0.key < $1.key }) {
      var article = RawArticle(id: file, origin: SourceOrigin(path: file), text: "")
      ManifestReader.apply(row.fields, to: &article)
      outcome.articles.append(article)
      if row.givesDate {
        DateProblems.check(outcome.articles.suffix(1), file: file, dateGivenAt: (row.path, row.line), into: &outcome.report)
      }
    }
    return outcome
  }
}
