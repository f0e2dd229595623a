/// How far a load has got, for a progress line such as "loading: 1,234 of 40,000 files…".
///
/// Counts only grow from one report to the next. During `.reading` the article total is the number
/// read so far (a JSONL file holds any number); from `.extracting` on it is final.
public struct LoadProgress: Sendable, Equatable {
  /// The stages of a load, in the order they run.
  public enum Phase: String, Sendable, CaseIterable {
    /// Files are read and decoded, JSONL records parsed; one at a time.
    case reading
    /// Articles are extracted (sentences, quotations, names), on every core.
    case extracting
    /// Documents get their corpus-wide ids and entities are merged across documents.
    case assembling
    /// The corpus is built; the last report of a load.
    case done
  }

  public var phase: Phase
  public var filesDone: Int
  public var filesTotal: Int
  /// Articles through the current phase: read while reading, extracted while extracting, assembled after.
  public var articlesDone: Int
  public var articlesTotal: Int

  public init(phase: Phase, filesDone: Int, filesTotal: Int, articlesDone: Int, articlesTotal: Int) {
    self.phase = phase
    self.filesDone = filesDone
    self.filesTotal = filesTotal
    self.articlesDone = articlesDone
    self.articlesTotal = articlesTotal
  }
}
