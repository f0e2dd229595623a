/// One copy of each string that many records of a corpus repeat — a person's name in every mention of them,
/// the few reasons a speaker is chosen for — so that the records share its storage instead of each holding its
/// own: a loaded corpus keeps hundreds of thousands of these until it is compacted.
struct StringPool {
  private var strings: Set<String> = []

  /// `text`, or the equal string the pool already holds. A string of 15 bytes or fewer is stored inside its
  /// String value, with nothing to share, and is returned as it is.
  mutating func shared(_ text: String) -> String {
    guard text.utf8.count > 15 else { return text }
    return strings.insert(text).memberAfterInsert
  }
}
