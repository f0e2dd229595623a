import Foundation
import NewsCorpus
import NewsQuery

/// Query timings for `make bench`: how long building the indexes takes, and the median time of
/// representative queries — those answered from indexes and those that scan — on the loaded corpus.
enum QueryTimings {
  /// One query of each kind the planner treats differently. Names are looked up in the corpus, not typed in.
  static func queries(for corpus: Corpus) -> [(kind: String, query: String)] {
    let speaker = corpus.entities.filter { $0.kind == .person }.max { $0.quotationIDs.count < $1.quotationIDs.count }
    let surname = speaker.flatMap { $0.name.split(separator: " ").last.map(String.init) } ?? "Smith"
    let organization = corpus.entities.filter { $0.kind == .organization }.max { $0.mentionIDs.count < $1.mentionIDs.count }
    let second = organization?.name ?? "NATO"
    return [
      ("entity equality (name index)", "quotes where speaker = \"\(surname)\" count"),
      ("word (word index)", "quotes where text contains \"security\" count"),
      ("phrase (word index + recheck)", "sentences where text contains \"the united states\" count"),
      ("mentions (mention index)", "sentences where mentions(\"\(surname)\") and mentions(\"\(second)\") count"),
      ("entity field (entity table)", "quotes where speaker.affiliation = \"Russia\" count"),
      ("scan and filter", "quotes where cue = \"said\" count"),
      ("regex scan", "sentences where text matches /\\bsecur/i count"),
      ("group by speaker, top 10", "quotes where speaker is not null group by speaker top 10"),
      ("concordance", "concordance \"security\" count"),
    ]
  }

  static func measure(_ corpus: Corpus, runs: Int) {
    let clock = ContinuousClock()
    let began = clock.now
    let engine = QueryEngine(corpus: corpus)
    print("queries: indexes built in \(format(clock.now - began))")
    for (kind, query) in queries(for: corpus) {
      var times: [Duration] = []
      var rows = 0
      do {
        for _ in 0..<runs {
          let start = clock.now
          let result = try engine.query(query)
          times.append(clock.now - start)
          rows = result.rows.first?.first.map { Int($0.displayText) ?? result.rows.count } ?? 0
        }
      } catch {
        print("  \(kind): error \(error)")
        continue
      }
      let median = times.sorted()[times.count / 2]
      print("  \(kind.padding(toLength: 32, withPad: " ", startingAt: 0)) \(format(median))  (\(rows) rows)  \(query)")
    }
  }

  private static func format(_ duration: Duration) -> String {
    let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    return String(format: "%8.2f ms", seconds * 1000)
  }
}
