/// The dates a file gives that `DateReader` cannot read: reported as warnings, like other input the loader
/// had to drop, so a corpus whose dates are written `03/05/2023` does not lose them without a word.
enum DateProblems {
  /// Warnings named with their line are given for this many records of a file; the rest are counted.
  static let namedPerFile = 5

  /// `dateGivenAt` is the manifest line that gave the date, named in the warning instead of the article's file.
  static func check(
    _ articles: ArraySlice<RawArticle>, file: String, dateGivenAt: (path: String, line: Int?)? = nil,
    into report: inout LoadReport
  ) {
    var found = 0
    for article in articles {
      guard let text = article.date else { continue }
      let reason: String
      switch DateReader.read(text) {
      case .date: continue
      case .ambiguous(let dayFirst, let monthFirst):
        reason = "day and month could be either way round; write it as \(dayFirst) or \(monthFirst)"
      case .unreadable: reason = "write it as 2023-05-03, May 3, 2023 or 3 May 2023"
      }
      found += 1
      if found <= namedPerFile {
        report.warnings.append(
          LoadProblem(
            path: dateGivenAt?.path ?? article.origin.path, line: dateGivenAt.map(\.line) ?? article.origin.line,
            message: "cannot read the date \"\(text)\" (\(reason)); the article has no date"))
      }
    }
    if found > namedPerFile {
      report.warnings.append(
        LoadProblem(path: file, message: "\(found - namedPerFile) more articles with a date that cannot be read"))
    }
  }
}
