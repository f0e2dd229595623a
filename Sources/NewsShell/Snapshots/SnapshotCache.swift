import Foundation
import NewsCorpus

#if canImport(Glibc)
  import Glibc
#endif

/// Where newsq keeps a snapshot of each corpus it has loaded — `$XDG_CACHE_HOME/newsq/`, else
/// `~/.cache/newsq/` — and what tells whether one is still good: the files it was read from, each with
/// its size and modification time, and the build of newsq that extracted it.
enum SnapshotCache {
  /// The folder of snapshots, or nil when neither `XDG_CACHE_HOME` nor `HOME` says where.
  static func folder(environment: [String: String]) -> String? {
    if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") { return cache + "/newsq" }
    if let home = environment["HOME"], !home.isEmpty { return home + "/.cache/newsq" }
    return nil
  }

  /// The snapshot of the corpus read from `paths`: one file per list of paths (made absolute, in order), so
  /// the snapshot of a changed corpus replaces the old one rather than piling up beside it.
  static func path(for paths: [String], environment: [String: String]) -> String? {
    guard let folder = folder(environment: environment) else { return nil }
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in paths.map(absolute).joined(separator: "\u{0}").utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    let hex = String(hash, radix: 16)
    return folder + "/corpus-" + String(repeating: "0", count: 16 - hex.count) + hex + "." + "newsq"
  }

  /// `path` from the root, as the working directory makes it.
  static func absolute(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.path }

  /// The files a load of `paths` reads, as they are now.
  static func inputs(of paths: [String]) throws(CorpusError) -> [InputFile] {
    try CorpusLoader().inputFiles(paths: paths).map { file in
      var status = stat()
      guard stat(file, &status) == 0 else { return InputFile(path: absolute(file), size: -1, modified: 0) }
      return InputFile(
        path: absolute(file), size: Int(status.st_size),
        modified: Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec))
    }
  }

  /// What differs between the inputs a snapshot recorded and the files now, in words; nil when nothing does.
  static func change(from recorded: [InputFile], to current: [InputFile]) -> String? {
    let before = Dictionary(recorded.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    for file in current {
      guard let old = before[file.path] else { return "\(file.path) is new" }
      if old != file { return "\(file.path) changed" }
    }
    let now = Set(current.map(\.path))
    if let gone = recorded.first(where: { !now.contains($0.path) }) { return "\(gone.path) is gone" }
    return recorded.map(\.path) == current.map(\.path) ? nil : "the files are in another order"
  }
}
