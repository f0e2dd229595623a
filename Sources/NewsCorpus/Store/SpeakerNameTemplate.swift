/// A quotation's "why" with its speaker's name taken out: "she → Jane Doe, nearest female person, 1 sentence
/// back; …" differs from thousands of others only by the name, so with a placeholder in its place the string
/// table keeps one text for all of them, and reading puts the speaker's name back.
///
/// Works on bytes, so a text reads back byte for byte: a name is replaced only when it occurs exactly once and
/// the text holds no placeholder of its own; any other text is kept as it is (`encode` returns nil for a text
/// that holds the placeholder, which must then be stored apart, since reading would fill it in).
enum SpeakerNameTemplate {
  /// U+0001, which no extracted text holds; one byte in UTF-8.
  static let placeholder: UInt8 = 0x01

  /// The text to store for `text` said by `name`: `text` with `name` replaced by the placeholder when that
  /// reads back to `text`, else `text` itself; nil when `text` holds the placeholder.
  static func encode(_ text: String, name: String?) -> String? {
    let bytes = Array(text.utf8)
    guard !bytes.contains(placeholder) else { return nil }
    guard let name, !name.isEmpty else { return text }
    let nameBytes = Array(name.utf8)
    guard let at = onlyOccurrence(of: nameBytes, in: bytes) else { return text }
    var template = Array(bytes[..<at])
    template.append(placeholder)
    template.append(contentsOf: bytes[(at + nameBytes.count)...])
    let stored = String(decoding: template, as: UTF8.self)
    return decode(stored, name: name).utf8.elementsEqual(text.utf8) ? stored : text
  }

  /// The text `stored` stands for, said by `name`: the placeholder, if any, replaced by `name`.
  static func decode(_ stored: String, name: String?) -> String {
    guard let name, stored.utf8.contains(placeholder) else { return stored }
    let bytes = Array(stored.utf8)
    guard let at = bytes.firstIndex(of: placeholder) else { return stored }
    var text = Array(bytes[..<at])
    text.append(contentsOf: name.utf8)
    text.append(contentsOf: bytes[(at + 1)...])
    return String(decoding: text, as: UTF8.self)
  }

  /// Where `needle` starts in `bytes` when it occurs there exactly once (overlapping occurrences counted).
  private static func onlyOccurrence(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
    guard needle.count <= bytes.count else { return nil }
    var found: Int?
    for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
      guard bytes[start..<(start + needle.count)].elementsEqual(needle) else { continue }
      if found != nil { return nil }
      found = start
    }
    return found
  }
}
