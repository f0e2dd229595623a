import Foundation

/// Why a corpus could not be loaded at all. A single bad file is not one of these: it is skipped and reported.
public enum CorpusError: Error, Sendable, Equatable, CustomStringConvertible {
  case pathNotFound(String)
  case notReadable(String, reason: String)
  /// The articles would take more memory than the process may have (`MemoryBudget`); nothing was loaded.
  case insufficientMemory(needed: Int, available: Int, input: Int, what: String)

  public var description: String {
    switch self {
    case .pathNotFound(let path): return "no such file or folder: \(path)"
    case .notReadable(let path, let reason): return "cannot read \(path): \(reason)"
    case .insufficientMemory(let needed, let available, let input, let what):
      return "not enough memory to load \(Self.megabytes(input)) of articles: they need about \(Self.megabytes(needed)), "
        + "and there are \(Self.megabytes(available)) \(what)"
    }
  }

  /// "61.0 MB", and below a megabyte "58 KB", so that a small corpus is not "0.0 MB".
  static func megabytes(_ bytes: Int) -> String {
    bytes < 1_048_576 ? "\(max(1, (bytes + 1023) / 1024)) KB" : String(format: "%.1f MB", Double(bytes) / 1_048_576)
  }
}
