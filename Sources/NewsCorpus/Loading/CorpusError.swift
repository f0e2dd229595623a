/// Why a corpus could not be loaded at all. A single bad file is not one of these: it is skipped and reported.
public enum CorpusError: Error, Sendable, Equatable, CustomStringConvertible {
  case pathNotFound(String)
  case notReadable(String, reason: String)

  public var description: String {
    switch self {
    case .pathNotFound(let path): return "no such file or folder: \(path)"
    case .notReadable(let path, let reason): return "cannot read \(path): \(reason)"
    }
  }
}
