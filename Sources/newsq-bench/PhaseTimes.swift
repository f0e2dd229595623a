import Foundation
import NewsCorpus
import Synchronization

/// When each phase of a load began, from its progress reports: where a large load spends its time.
final class PhaseTimes: Sendable {
  private let started = Date()
  private let starts = Mutex<[(LoadProgress.Phase, Date)]>([])

  func note(_ phase: LoadProgress.Phase) {
    starts.withLock { starts in
      if starts.last?.0 != phase { starts.append((phase, Date())) }
    }
  }

  /// "reading 3.1 s, extracting 20.2 s, assembling 4.0 s": seconds from each phase to the next.
  func summary(total: Double) -> String {
    let marks = starts.withLock { $0 }
    var parts: [String] = []
    for (index, (phase, date)) in marks.enumerated() where phase != .done {
      let begin = index == 0 ? 0 : date.timeIntervalSince(started)
      let end = index + 1 < marks.count ? marks[index + 1].1.timeIntervalSince(started) : total
      parts.append("\(phase.rawValue) \(String(format: "%.2f", end - begin)) s")
    }
    return parts.joined(separator: ", ")
  }
}
