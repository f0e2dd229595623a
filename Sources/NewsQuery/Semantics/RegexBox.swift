import CRegex

/// A compiled regular expression, shared by the rows of a query: PCRE2 with its JIT, matching the UTF-8
/// bytes of a text where they lie (a Swift string's own storage), with Unicode letters and case (`\w`, `\b`
/// and `/i` know "é" and "Ж"). Compiled once; each match allocates its own state, so rows on every core may
/// share one.
final class RegexBox: @unchecked Sendable {
  private let regex: OpaquePointer

  /// How many steps a match may take before it stops to ask whether the query was cancelled; each time it
  /// asks again it may take twice as many, so asking costs at most as much again as the match itself.
  static let stepsBeforeAsking: UInt32 = 1 << 20

  init(pattern: String, flags: String, range: SourceRange) throws(QueryError) {
    var options: UInt32 = 0
    for flag in flags {
      switch flag {
      case "i": options |= UInt32(NEWSQ_REGEX_CASELESS)
      case "m": options |= UInt32(NEWSQ_REGEX_MULTILINE)
      case "s": options |= UInt32(NEWSQ_REGEX_DOTALL)
      case "x": options |= UInt32(NEWSQ_REGEX_EXTENDED)
      default: throw QueryError("unknown regular expression flag '\(flag)' (use i, m, s or x)", at: range)
      }
    }
    var message = [CChar](repeating: 0, count: 256)
    var offset = 0
    var source = pattern
    let compiled = source.withUTF8 { bytes in
      bytes.withMemoryRebound(to: CChar.self) {
        newsq_regex_compile($0.baseAddress, $0.count, options, &message, message.count, &offset)
      }
    }
    guard let compiled else {
      let reason = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
      // PCRE2 counts bytes; a reader counts characters.
      let character = String(decoding: pattern.utf8.prefix(offset), as: UTF8.self).count + 1
      throw QueryError("invalid regular expression /\(pattern)/: \(reason) at character \(character)", at: range)
    }
    regex = compiled
  }

  deinit { newsq_regex_free(regex) }

  /// Whether the pattern matches somewhere in `text`. A pattern can backtrack for hours on one text, so with
  /// `isCancelled` the match runs in rounds of a bounded number of steps, asking between them, and gives up
  /// (no match) once it is true; the caller then throws.
  func matches(_ text: String, isCancelled: (@Sendable () -> Bool)?) -> Bool {
    var text = text
    return text.withUTF8 { matches($0, isCancelled: isCancelled) }
  }

  /// `matches(_:isCancelled:)` over UTF-8 bytes as they lie (a snapshot's text, mapped).
  func matches(_ bytes: UnsafeBufferPointer<UInt8>, isCancelled: (@Sendable () -> Bool)?) -> Bool {
    guard let isCancelled else { return match(bytes, limit: 0, group: 0).result == NEWSQ_REGEX_MATCH }
    if isCancelled() { return false }
    var limit = Self.stepsBeforeAsking
    while true {
      let result = match(bytes, limit: limit, group: 0).result
      if result != NEWSQ_REGEX_LIMIT { return result == NEWSQ_REGEX_MATCH }
      if isCancelled() { return false }
      limit = limit > UInt32.max / 2 ? UInt32.max : limit * 2
    }
  }

  /// The first group of the first match in `text` (the whole match when the pattern has no group, or it took
  /// no part), or nil.
  func capture(in text: String) -> String? {
    var text = text
    return text.withUTF8 { bytes -> String? in
      let (result, range) = match(bytes, limit: 0, group: 1)
      guard result == NEWSQ_REGEX_MATCH else { return nil }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
  }

  /// One match within `limit` steps (0: unbounded): its NEWSQ_REGEX_* result and the byte range of `group`.
  private func match(_ bytes: UnsafeBufferPointer<UInt8>, limit: UInt32, group: UInt32) -> (result: Int32, range: Range<Int>) {
    var start = 0
    var end = 0
    let result = newsq_regex_match(regex, bytes.baseAddress, bytes.count, limit, group, &start, &end)
    return (result, result == NEWSQ_REGEX_MATCH && start <= end ? start..<end : 0..<0)
  }
}
