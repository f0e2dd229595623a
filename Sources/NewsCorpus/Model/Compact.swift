/// An id or offset in 4 bytes instead of 8, and a range of them in 8 instead of 16: the records a load builds
/// (millions of mentions, sentences and paragraphs) are held until every batch is in, and their width was most
/// of a load's peak. Values beyond 32 bits cannot be written to an image (`Corpus.imageLimit`); here they clamp
/// rather than trap.
@propertyWrapper
public struct Compact: Sendable, Equatable {
  private var stored: Int32

  public init(wrappedValue: Int) { stored = Int32(clamping: wrappedValue) }

  public var wrappedValue: Int {
    get { Int(stored) }
    set { stored = Int32(clamping: newValue) }
  }
}
