import Foundation

/// `trimmingCharacters(in:)` for the character sets metadata inference trims with, without Foundation
/// for an ASCII string: which ASCII bytes a set holds is read from the set once, so the answer is the
/// same, and only a string that is not ASCII goes through Foundation.
struct ASCIITrimming: Sendable {
  private let set: CharacterSet
  private let holds: [Bool]

  init(_ set: CharacterSet) {
    self.set = set
    holds = (0..<128).map { set.contains(Unicode.Scalar(UInt8($0))) }
  }

  func trim(_ text: some StringProtocol) -> String {
    let text = String(text)
    let utf8 = text.utf8
    guard !utf8.contains(where: { $0 >= 0x80 }) else { return text.trimmingCharacters(in: set) }
    guard let first = utf8.firstIndex(where: { !holds[Int($0)] }), let last = utf8.lastIndex(where: { !holds[Int($0)] })
    else { return "" }
    return String(decoding: utf8[first...last], as: UTF8.self)
  }

  static let whitespaces = ASCIITrimming(.whitespaces)
  static let punctuation = ASCIITrimming(.punctuationCharacters)
  static let whitespacesAndPunctuation = ASCIITrimming(CharacterSet.whitespaces.union(.punctuationCharacters))
}
