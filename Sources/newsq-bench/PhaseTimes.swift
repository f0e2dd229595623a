import Foundation
import NewsCorpus
import Synchronization

/// When each phase of a load began, from its progress reports: where a large load spends its time.
final class PhaseTimes: Sendable {
  private let started = Date()
  private let starts = Mutex<[(LoadProgress.Phase, Date, Int)]>([])

  /// Notes when `phase` began and the resident memory then (megabytes), the first time it is reported.
  func note(_ phase: LoadProgress.Phase) {
    starts.withLock { starts in
      if starts.last?.0 != phase { starts.append((phase, Date(), Self.residentMegabytes())) }
    }
  }

  /// VmRSS from /proc/self/status: the memory the process holds now, in megabytes.
  static func residentMegabytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
      let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "")
    else { return 0 }
    return kilobytes / 1024
  }

  /// "reading 3.1 s, extracting 20.2 s, assembling 4.0 s": seconds from each phase to the next; then
  /// the memory held as each later phase began ("RSS 400 MB after reading, 900 MB after extracting").
  func summary(total: Double) -> String {
    let marks = starts.withLock { $0 }
    var parts: [String] = []
    var memory: [String] = []
    for (index, (phase, date, _)) in marks.enumerated() where phase != .done {
      let begin = index == 0 ? 0 : date.timeIntervalSince(started)
      let end = index + 1 < marks.count ? marks[index + 1].1.timeIntervalSince(started) : total
      parts.append("\(phase.rawValue) \(String(format: "%.2f", end - begin)) s")
      if index + 1 < marks.count { memory.append("\(marks[index + 1].2) MB after \(phase.rawValue)") }
    }
    return parts.joined(separator: ", ") + (memory.isEmpty ? "" : "; RSS " + memory.joined(separator: ", "))
  }
}
