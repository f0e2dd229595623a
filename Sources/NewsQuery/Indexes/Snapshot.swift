import NewsCorpus

/// A corpus with its query indexes in one file, written after extraction and opened instead of extracting
/// again: the model's columns (`Corpus.addSections`) and the indexes' (`CorpusIndex.addSections`) as the
/// sections of one `CorpusImage`, mapped when opened and read in place.
public enum Snapshot {
  /// The file name extension of a snapshot.
  public static let fileExtension = "newsq"

  /// Writes `corpus` and its indexes to `path`, atomically; `metadata` says which build and inputs.
  public static func write(_ corpus: Corpus, metadata: ImageMetadata, to path: String) throws(SnapshotError) {
    var writer = ImageWriter()
    try corpus.addSections(to: &writer)
    CorpusIndex.addSections(of: corpus, to: &writer)
    try writer.write(to: path, metadata: metadata)
  }

  /// The corpus and indexes of the snapshot at `path`, read in place. Checks every byte first unless
  /// `verifying` is false (a file this process has just written).
  public static func open(_ path: String, verifying: Bool = true) throws(SnapshotError) -> (Corpus, CorpusIndex) {
    let image = try CorpusImage.open(path: path, verifying: verifying)
    return (try Corpus(image: image), try CorpusIndex(image: image))
  }
}

extension QueryEngine {
  /// An engine over a corpus and indexes opened from a snapshot.
  public init(corpus: Corpus, index: CorpusIndex) {
    self.init(context: QueryContext(corpus: corpus, index: index))
  }
}
