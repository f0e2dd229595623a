/// The longest line of a file's bytes, for the limit `CorpusLoader.maximumLineBytes` puts on one record or
/// paragraph, and the message that refuses a longer one.
enum LineLength {
  /// The 1-based number and the length in bytes of the longest line, nil for no bytes.
  static func longest(in bytes: ArraySlice<UInt8>) -> (line: Int, length: Int)? {
    guard !bytes.isEmpty else { return nil }
    var best = (line: 1, length: 0)
    var line = 1
    var start = bytes.startIndex
    for index in bytes.indices where bytes[index] == 0x0A {
      if index - start > best.length { best = (line, index - start) }
      line += 1
      start = index + 1
    }
    if bytes.endIndex - start > best.length { best = (line, bytes.endIndex - start) }
    return best
  }

  /// "a record of 70.0 MB is longer than the 64.0 MB one line may hold; skipped".
  static func tooLong(_ length: Int, what: String) -> String {
    "\(what) of \(CorpusError.megabytes(length)) on one line is longer than the "
      + "\(CorpusError.megabytes(CorpusLoader.maximumLineBytes)) one line may hold; skipped"
  }
}
