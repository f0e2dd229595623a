/// The ids the input gave (a JSONL record's `id`, a manifest's `id` column), each with where it was first given:
/// an id names one article, so a later article with an id already given is kept out, and the message names both
/// places. The first read wins — paths in the order given, a folder's files in name order, a file's lines in
/// order — so a record exported twice is counted once. Ids newsq makes up from file names are not checked.
struct IdRegistry {
  /// Where an id was given: a JSONL record's line, or a manifest row's.
  struct Place {
    var path: String
    var line: Int?
    var description: String { line.map { "\(path):\($0)" } ?? path }
  }

  private var firstPlaces: [String: Place] = [:]

  /// Registers the ids of `articles[first...]`, removing each whose id was given before and reporting it as
  /// skipped. `manifestRow` is the row that gave the (single) article its id, if one did.
  mutating func admit(
    _ articles: inout [RawArticle], from first: Int, manifestRow: ManifestReader.Row?, report: inout LoadReport
  ) {
    var duplicates: Set<Int> = []
    for index in first..<articles.count where articles[index].isIdGiven {
      let article = articles[index]
      let place =
        manifestRow.map { Place(path: $0.path, line: $0.line) }
        ?? Place(path: article.origin.path, line: article.origin.line)
      guard let earlier = firstPlaces[article.id] else {
        firstPlaces[article.id] = place
        continue
      }
      duplicates.insert(index)
      report.skipped.append(
        LoadProblem(
          path: place.path, line: place.line,
          message: "duplicate id \"\(article.id)\", first given at \(earlier.description); the first is kept"))
    }
    guard !duplicates.isEmpty else { return }
    let kept = (first..<articles.count).filter { !duplicates.contains($0) }.map { articles[$0] }
    articles.replaceSubrange(first..., with: kept)
  }
}
