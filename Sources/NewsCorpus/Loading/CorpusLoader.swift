import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Reads folders and files of articles into a `Corpus`.
///
/// A folder contributes its `.txt`, `.jsonl` and `.ndjson` files in name order, with the fields of
/// its manifest (`manifest.csv` or `manifest.json`) if it has one; a file named directly is read
/// whatever its extension. A file that is empty, binary or unreadable is skipped
/// and reported; only a path that does not exist stops loading.
public struct CorpusLoader: Sendable {
  public static let articleExtensions: Set<String> = ["txt", "text", "jsonl", "ndjson"]

  /// The longest line a file may have: a JSONL record, or a paragraph of a text file. A longer one is skipped
  /// with a message, so that no one line takes the memory of a corpus (a 100 MB line would need gigabytes).
  public static let maximumLineBytes = 64 << 20

  /// The memory a load may take when given (for tests); nil asks the process's limits before reading and
  /// before extracting.
  let fixedBudget: MemoryBudget?

  public init() {
    fixedBudget = nil
  }

  /// A loader that takes `budget` as the memory left, instead of asking the process's limits.
  public init(budget: MemoryBudget) {
    fixedBudget = budget
  }

  public func load(paths: [String]) throws(CorpusError) -> Corpus {
    try load(paths: paths, progress: nil)
  }

  /// Loads like `load(paths:)`, telling `progress` how far it has got: files read, then articles
  /// extracted and assembled, at most ten times a second within a phase and once at each change of
  /// phase, the last with `.done`. It is called from the loading threads, one call at a time.
  public func load(
    paths: [String], progress: (@Sendable (LoadProgress) -> Void)?
  ) throws(CorpusError) -> Corpus {
    let started = Date()
    let reporter = ProgressReporter(progress)
    var report = LoadReport()
    let filesByPath = try paths.map { path throws(CorpusError) in try files(at: path) }
    let filesTotal = filesByPath.reduce(0) { $0 + $1.count }
    // Before reading: the files' sizes, each text file one document.
    let sizes = filesByPath.joined().map { (fileSize($0), isJSONLines($0)) }
    let inputBytes = sizes.reduce(0) { $0 + $1.0 }
    try checkMemory(
      LoadEstimate(
        inputBytes: inputBytes, largestFile: sizes.map(\.0).max() ?? 0,
        largestDocuments: LoadEstimate.largest(sizes.filter { !$0.1 }.map(\.0), count: LoadEstimate.workers),
        workers: LoadEstimate.workers))
    var articles: [RawArticle] = []
    var filesDone = 0
    var ids = IdRegistry()
    for (path, files) in zip(paths, filesByPath) {
      let inFolder = isFolder(path)
      let manifest = inFolder ? ManifestReader.read(folder: path, articles: files, report: &report) : nil
      for file in files {
        readArticles(of: file, allowsStreams: !inFolder, manifest: manifest, ids: &ids, into: &articles, report: &report)
        filesDone += 1
        reporter.update {
          $0.filesDone = filesDone
          $0.filesTotal = filesTotal
          $0.articlesDone = articles.count
          $0.articlesTotal = articles.count
        }
      }
    }
    // Before extracting: the documents as read.
    try checkMemory(
      LoadEstimate(
        inputBytes: inputBytes, largestFile: 0,
        largestDocuments: LoadEstimate.largest(articles.map(\.text.utf8.count), count: LoadEstimate.workers),
        workers: LoadEstimate.workers))
    reporter.update {
      $0.phase = .extracting
      $0.filesTotal = filesTotal
      $0.articlesDone = 0
    }
    // The corpus's image holds each text once extracted; the articles' are emptied as it takes them.
    var corpus = CorpusBuilder.build(releasing: &articles, reporter: reporter)
    articles = []
    report.warnings += corpus.report.warnings
    EntityCuration.apply(for: paths, to: &corpus, report: &report)
    corpus.report = report
    // An entities file changes tables of the image, which are then compacted again.
    corpus.compact()
    corpus.report.loadSeconds = Date().timeIntervalSince(started)
    FreedMemory.release()
    reporter.update { $0.phase = .done }
    return corpus
  }

  /// Extracts articles already in memory into a corpus, as a load does after reading its files: for
  /// front ends that get their articles elsewhere, and for tests and fuzzing, which need no files.
  public func build(articles: [RawArticle]) -> Corpus {
    CorpusBuilder.build(articles)
  }

  /// The files a load of `paths` reads — each folder's articles and its manifest, then the entities files — in
  /// the order it reads them: what a snapshot of the corpus records, to tell later whether it is still up to date.
  public func inputFiles(paths: [String]) throws(CorpusError) -> [String] {
    var result: [String] = []
    for path in paths {
      result += try files(at: path)
      guard isFolder(path) else { continue }
      for name in ManifestReader.fileNames {
        let manifest = (path as NSString).appendingPathComponent(name)
        if FileManager.default.fileExists(atPath: manifest) { result.append(manifest) }
      }
    }
    // The entities files change what a load gives too, so a snapshot of the corpus is stale once one changes.
    return result + EntityCuration.files(for: paths)
  }

  /// The part of `path` after its last slash, by plain string work: NSString's lastPathComponent traps on a
  /// path such as `a//é`, which a user may type.
  static func lastName(of path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }

  private func isFolder(_ path: String) -> Bool {
    var isFolder: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
  }

  private func files(at path: String) throws(CorpusError) -> [String] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      // A link that loops or leads nowhere is there, and its read says which.
      guard FileBytes.isPresent(path) else { throw .pathNotFound(path) }
      return [path]
    }
    guard isFolder.boolValue else { return [path] }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: path)
    } catch {
      // Foundation's error does not keep the system's reason; opening the folder again gives it.
      guard let listing = opendir(path) else {
        throw .notReadable(path, reason: "the folder cannot be listed: \(FileBytes.reason(errno, path: path))")
      }
      closedir(listing)
      throw .notReadable(path, reason: "the folder cannot be listed")
    }
    return names.sorted()
      .filter { !$0.hasPrefix(".") && Self.articleExtensions.contains(fileExtension(of: $0)) }
      .map { (path as NSString).appendingPathComponent($0) }
  }

  /// Reads one file's articles, gives a text file the fields of its manifest row, and keeps out an article whose
  /// id an earlier one was given (`IdRegistry`).
  private func readArticles(
    of file: String, allowsStreams: Bool, manifest: [String: ManifestReader.Row]?, ids: inout IdRegistry,
    into articles: inout [RawArticle], report: inout LoadReport
  ) {
    let first = articles.count
    read(file: file, allowsStreams: allowsStreams, into: &articles, report: &report)
    var row: ManifestReader.Row?
    if let found = manifest?[Self.lastName(of: file)], articles.count == first + 1,
      articles[first].origin.line == nil
    {
      ManifestReader.apply(found.fields, to: &articles[first])
      row = found
    }
    let dateGiver = row.flatMap { $0.givesDate ? (path: $0.path, line: $0.line) : nil }
    DateProblems.check(articles[first...], file: file, dateGivenAt: dateGiver, into: &report)
    ids.admit(&articles, from: first, manifestRow: row?.givesId == true ? row : nil, report: &report)
  }

  /// `allowsStreams`: the file was named on its own, so a FIFO or pipe is read rather than refused.
  private func read(
    file path: String, allowsStreams: Bool, into articles: inout [RawArticle], report: inout LoadReport
  ) {
    // The file's bytes are gone once decoded: a large JSONL file is then held once, as records.
    let fileBytes: [UInt8]
    switch FileBytes.read(path, allowsStreams: allowsStreams) {
    case .bytes(let bytes): fileBytes = bytes
    case .unreadable(let reason):
      report.skipped.append(LoadProblem(path: path, message: "cannot be read: \(reason)"))
      return
    }
    let name = Self.lastName(of: path)
    let decoded = TextDecoder.decodeBytes(fileBytes)
    switch decoded {
    case .empty:
      report.skipped.append(LoadProblem(path: path, message: "empty file"))
    case .binary(let reason):
      report.skipped.append(LoadProblem(path: path, message: "binary file (\(reason))"))
    case .bytes(let bytes, let invalidByteOffset):
      if let invalidByteOffset {
        let encoding = TextEncoding.of(fileBytes).rawValue
        report.warnings.append(
          LoadProblem(path: path, byteOffset: invalidByteOffset, message: "invalid \(encoding) replaced with U+FFFD"))
      }
      report.filesRead += 1
      if isJSONLines(name) {
        JSONLinesReader.read(bytes, path: path, fileName: name, into: &articles, report: &report)
      } else {
        if let (line, length) = LineLength.longest(in: bytes), length > Self.maximumLineBytes {
          report.skipped.append(
            LoadProblem(path: path, line: line, message: LineLength.tooLong(length, what: "a paragraph")))
          return
        }
        articles.append(
          RawArticle(id: name, origin: SourceOrigin(path: path), text: String(decoding: bytes, as: UTF8.self)))
      }
    }
  }

  private func checkMemory(_ estimate: LoadEstimate) throws(CorpusError) {
    let budget = fixedBudget ?? MemoryBudget.current()
    if let shortfall = budget.shortfall(estimate) { throw shortfall }
    if fixedBudget == nil && budget.addressSpaceLimit != nil { MemoryBudget.shareOneMallocArena() }
  }

  private func fileSize(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
  }

  /// Whether the file holds one JSON record a line (by its extension), else one article of text: the memory
  /// estimate and the read decide alike.
  private func isJSONLines(_ path: String) -> Bool { ["jsonl", "ndjson"].contains(fileExtension(of: path)) }

  private func fileExtension(of name: String) -> String {
    (name as NSString).pathExtension.lowercased()
  }
}
