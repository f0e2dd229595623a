/// An id or offset in 4 bytes instead of 8, and a range of them in 8 instead of 16: a corpus of records (built by
/// hand, or a loaded one an entities file changes) can hold millions of mentions, sentences and paragraphs. Values beyond 32 bits cannot be written to an image (`Corpus.imageLimit`); here they clamp
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
