/// Finds the spans between double quotation marks, straight (") or curly (“ ”), within one paragraph.
///
/// This is the first, honest rule: a curly opening mark pairs with the next curly closing mark, and
/// straight marks pair in order. An opening mark never closed yields nothing.
enum QuoteFinder {
  /// The content ranges (without the marks) of each quotation in `paragraph`.
  static func find(_ bytes: [UInt8], _ paragraph: Range<Int>) -> [Range<Int>] {
    var quotes: [Range<Int>] = []
    var openContentStart: Int?
    var openIsCurly = false
    var index = paragraph.lowerBound
    while index < paragraph.upperBound {
      let mark = QuotationMark.at(index, in: bytes)
      switch mark {
      case .straightDouble:
        if let start = openContentStart, !openIsCurly {
          quotes.append(start..<index)
          openContentStart = nil
        } else if openContentStart == nil {
          openContentStart = index + 1
          openIsCurly = false
        }
        index += 1
      case .curlyOpen:
        if openContentStart == nil || openIsCurly {
          openContentStart = index + 3
          openIsCurly = true
        }
        index += 3
      case .curlyClose:
        if let start = openContentStart, openIsCurly {
          quotes.append(start..<index)
          openContentStart = nil
        }
        index += 3
      case nil:
        index += 1
      }
    }
    return quotes.filter { !ByteText.trimmed(bytes, $0).isEmpty }
  }
}

/// The double quotation marks the finder recognises.
enum QuotationMark {
  case straightDouble, curlyOpen, curlyClose

  static func at(_ index: Int, in bytes: [UInt8]) -> QuotationMark? {
    if bytes[index] == UInt8(ascii: "\"") { return .straightDouble }
    guard bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return nil }
    switch bytes[index + 2] {
    case 0x9C: return .curlyOpen
    case 0x9D: return .curlyClose
    default: return nil
    }
  }

  var byteLength: Int { self == .straightDouble ? 1 : 3 }
}
