import Foundation
import NewsCorpus

/// The start-up line: what was loaded, how long it took, how to get help.
enum Banner {
  /// `newsq: 5 documents, … from seeds (0.11 s).`; the default corpus is named as such, with where it was found;
  /// `snapshot` names the snapshot the corpus was opened from, which the line says: `(from its snapshot in 0.01 s)`.
  static func line(for corpus: Corpus, paths: [String], isDefault: Bool = false, snapshot: String? = nil) -> String {
    let source = VisibleText.of(paths.joined(separator: ", ")) + (isDefault ? ", the default corpus; --corpus PATH for another" : "")
    return "newsq: \(summary(of: corpus)) from \(source) (" + (snapshot == nil ? "" : "from its snapshot in ")
      + String(format: "%.2f", corpus.report.loadSeconds) + " s). Enter .help for help.\n"
  }

  /// `5 documents, 48 quotations, 21 speakers`.
  static func summary(of corpus: Corpus) -> String {
    let speakers = corpus.speakerCount
    return [
      counted(corpus.documents.count, "document"), counted(corpus.quotations.count, "quotation"),
      counted(speakers, "speaker"),
    ].joined(separator: ", ")
  }

  /// `1 document`, `20,000 documents`.
  static func counted(_ count: Int, _ noun: String) -> String {
    "\(grouped(count)) \(noun)\(count == 1 ? "" : "s")"
  }

  /// A whole number with a comma every three digits, whatever the locale.
  static func grouped(_ number: Int) -> String {
    let digits = String(number.magnitude)
    var result = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return (number < 0 ? "-" : "") + result
  }
}

/// What loading skipped or found odd, on standard error, one line each.
enum LoadMessages {
  static func report(_ report: LoadReport) {
    for problem in report.skipped {
      StandardStream.error.write("newsq: skipped \(VisibleText.of(problem.description))\n")
    }
    for problem in report.warnings {
      StandardStream.error.write("newsq: warning: \(VisibleText.of(problem.description))\n")
    }
  }
}
