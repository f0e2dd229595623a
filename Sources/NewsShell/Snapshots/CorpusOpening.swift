import Foundation
import NewsCorpus
import NewsQuery

/// Opens the corpus a command line or `.open` names: a snapshot file (`FILE.newsq`) as it is; folders and
/// files of articles from their snapshot in the cache when it is good, else by extracting them and writing
/// the snapshot for next time. A snapshot that is damaged, truncated, not a snapshot or of another format is
/// refused with a message naming it and the corpus extracted again; one that is merely out of date (its
/// files changed, or newsq was rebuilt) is replaced without a word, as any cache would be.
enum CorpusOpening {
  struct Settings {
    /// Whether snapshots of article folders and files are read from and written to the cache.
    var usesCache = true
    /// Seconds a load runs before its progress shows, or nil for none.
    var progressAfter: Double?
    var environment: [String: String]
  }

  static func open(paths: [String], _ settings: Settings) -> Result<OpenedCorpus, ShellError> {
    if paths.count == 1, isSnapshotFile(paths[0]) { return openSnapshot(paths[0], settings) }
    guard settings.usesCache, let cached = SnapshotCache.path(for: paths, environment: settings.environment) else {
      return extract(paths, settings, writingTo: nil)
    }
    let inputs = try? SnapshotCache.inputs(of: paths)
    if let inputs, FileManager.default.fileExists(atPath: cached) {
      do {
        let metadata = try CorpusImage.metadata(path: cached)
        if metadata.producer == CorpusImage.currentProducer, SnapshotCache.change(from: metadata.inputs, to: inputs) == nil {
          return .success(try read(cached))
        }
      } catch {
        refuse(cached, error, then: "extracting the corpus again")
      }
    }
    return extract(paths, settings, writingTo: cached, inputs: inputs, isCache: true)
  }

  /// A file named as the corpus that is a snapshot: it starts as one, or is named `….newsq`.
  static func isSnapshotFile(_ path: String) -> Bool {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { return false }
    return path.hasSuffix("." + Snapshot.fileExtension) || CorpusImage.isSnapshot(path: path)
  }

  /// A snapshot named on the command line: read as it is, unless it is out of date with the files it was
  /// made from (when they are still there) or from another build; then, as when it is refused, its corpus is
  /// extracted again and the file rewritten.
  static func openSnapshot(_ path: String, _ settings: Settings) -> Result<OpenedCorpus, ShellError> {
    let metadata: ImageMetadata
    do {
      metadata = try CorpusImage.metadata(path: path)
    } catch {
      return .failure(ShellError("\(VisibleText.of(path)): \(error); make it again with newsq index CORPUS -o \(path)"))
    }
    let paths = corpusPaths(of: metadata)
    let current = paths.isEmpty ? nil : try? SnapshotCache.inputs(of: paths)
    if metadata.producer != CorpusImage.currentProducer {
      guard let current else {
        return .failure(
          ShellError(
            "\(VisibleText.of(path)): \(SnapshotError.otherBuild(found: metadata.producer)), and its corpus is not "
              + "where it was; make it again with newsq index CORPUS -o \(path)"))
      }
      refuse(path, SnapshotError.otherBuild(found: metadata.producer), then: "extracting its corpus again")
      return extract(paths, settings, writingTo: path, inputs: current)
    }
    if let current, let change = SnapshotCache.change(from: metadata.inputs, to: current) {
      refuse(path, SnapshotError.stale(change), then: "extracting its corpus again")
      return extract(paths, settings, writingTo: path, inputs: current)
    }
    do {
      return .success(try read(path))
    } catch {
      guard let current else {
        return .failure(ShellError("\(VisibleText.of(path)): \(error); make it again with newsq index CORPUS -o \(path)"))
      }
      refuse(path, error, then: "extracting its corpus again")
      return extract(paths, settings, writingTo: path, inputs: current)
    }
  }

  /// The corpus and indexes of the snapshot at `path`, checked and mapped.
  private static func read(_ path: String) throws(SnapshotError) -> OpenedCorpus {
    let started = Date()
    var (corpus, index) = try Snapshot.open(path)
    corpus.report.loadSeconds = Date().timeIntervalSince(started)
    LoadMessages.report(corpus.report)
    return OpenedCorpus(corpus: corpus, index: index, snapshotPath: path)
  }

  /// Extracts the corpus of `paths`; with `snapshot`, writes it and its indexes there and reads them back
  /// mapped (a corpus in columns takes a fraction of the memory of one in arrays). A snapshot that cannot be
  /// written costs a warning — none for the cache's (`isCache`: a cache folder newsq may not write, as when it
  /// runs as another user, is no concern of a script's) — and the corpus is queried from memory.
  static func extract(
    _ paths: [String], _ settings: Settings, writingTo snapshot: String?, inputs: [InputFile]? = nil,
    isCache: Bool = false
  ) -> Result<OpenedCorpus, ShellError> {
    let started = Date()
    // The inputs as they were before reading them: a file changed while it is read makes the snapshot stale.
    let inputs = snapshot == nil ? [] : inputs ?? (try? SnapshotCache.inputs(of: paths)) ?? []
    let corpus: Corpus
    switch CorpusLoading.load(paths: paths, progressAfter: settings.progressAfter) {
    case .failure(let error): return .failure(error)
    case .success(let loaded): corpus = loaded
    }
    guard let snapshot else { return .success(OpenedCorpus(corpus: corpus)) }
    do {
      try FileManager.default.createDirectory(
        atPath: (snapshot as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    } catch {
      if !isCache { warnUnwritable(snapshot, error.localizedDescription) }
      return .success(OpenedCorpus(corpus: corpus))
    }
    let metadata = snapshotMetadata(paths: paths, inputs: inputs)
    do {
      try Snapshot.write(corpus, metadata: metadata, to: snapshot)
      var (mapped, index) = try Snapshot.open(snapshot, verifying: false)
      mapped.report.loadSeconds = Date().timeIntervalSince(started)
      return .success(OpenedCorpus(corpus: mapped, index: index))
    } catch {
      if !isCache { warnUnwritable(snapshot, error.description) }
      return .success(OpenedCorpus(corpus: corpus))
    }
  }

  /// The corpus paths a snapshot was made from.
  static func corpusPaths(of metadata: ImageMetadata) -> [String] {
    guard let text = metadata.notes["paths"], let paths = try? JSONDecoder().decode([String].self, from: Data(text.utf8))
    else { return [] }
    return paths
  }

  /// What a snapshot of the corpus of `paths` records: this build, the input files, the paths themselves.
  static func snapshotMetadata(paths: [String], inputs: [InputFile]) -> ImageMetadata {
    let encoded = (try? JSONEncoder().encode(paths.map(SnapshotCache.absolute))).map { String(decoding: $0, as: UTF8.self) }
    return ImageMetadata(producer: CorpusImage.currentProducer, inputs: inputs, notes: ["paths": encoded ?? "[]"])
  }

  private static func refuse(_ path: String, _ error: SnapshotError, then action: String) {
    StandardStream.error.write("newsq: \(VisibleText.of(path)): \(VisibleText.of(error.description)); \(action)\n")
  }

  private static func warnUnwritable(_ path: String, _ reason: String) {
    StandardStream.error.write(
      "newsq: warning: the snapshot \(VisibleText.of(path)) cannot be written (\(VisibleText.of(reason))); "
        + "the corpus is extracted again next time\n")
  }
}
