import NewsCorpus
import NewsQuery

/// A corpus ready to be queried, and whether it was read from a snapshot.
struct OpenedCorpus {
  var corpus: Corpus
  /// The indexes read with the corpus from a snapshot; nil when the engine is to build them.
  var index: CorpusIndex?
  /// The snapshot the corpus was opened from, when it was not extracted now.
  var snapshotPath: String?

  /// The engine that queries it.
  var engine: QueryEngine {
    if let index { return QueryEngine(corpus: corpus, index: index) }
    return QueryEngine(corpus: corpus)
  }
}
