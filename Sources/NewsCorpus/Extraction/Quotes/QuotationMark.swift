/// A quotation mark in the text: its family (double, single, guillemet), the way it faces, and its bytes.
struct QuotationMark: Equatable {
  enum Family { case double, single }
  enum Facing { case opening, closing, either }

  var family: Family
  var facing: Facing
  var range: Range<Int>

  /// The mark at `index`, if the byte there starts one; two straight single marks ('') or two
  /// backticks (``) stand for a double mark, as in some wire copy. Straight marks face `either` way here;
  /// `QuoteFinder` decides from the characters around them.
  @inline(__always)
  static func at(_ index: Int, in bytes: [UInt8]) -> QuotationMark? {
    let byte = bytes[index]
    // Most bytes start no mark: rejected here, in the caller's loop, without a call.
    guard byte == 0x22 || byte == 0x27 || byte == 0x60 || byte == 0xC2 || byte == 0xE2 else { return nil }
    return mark(at: index, in: bytes)
  }

  private static func mark(at index: Int, in bytes: [UInt8]) -> QuotationMark? {
    let byte = bytes[index]
    if byte == 0x22 { return QuotationMark(family: .double, facing: .either, range: index..<index + 1) }
    if byte == 0x27 {
      if index + 1 < bytes.count, bytes[index + 1] == 0x27 {
        return QuotationMark(family: .double, facing: .either, range: index..<index + 2)
      }
      if index > 0, bytes[index - 1] == 0x27 { return nil }
      return QuotationMark(family: .single, facing: .either, range: index..<index + 1)
    }
    if byte == 0x60, index + 1 < bytes.count, bytes[index + 1] == 0x60 {
      return QuotationMark(family: .double, facing: .opening, range: index..<index + 2)
    }
    if byte == 0xC2, index + 1 < bytes.count {
      if bytes[index + 1] == 0xAB { return QuotationMark(family: .double, facing: .opening, range: index..<index + 2) }
      if bytes[index + 1] == 0xBB { return QuotationMark(family: .double, facing: .closing, range: index..<index + 2) }
      return nil
    }
    guard byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return nil }
    let range = index..<index + 3
    switch bytes[index + 2] {
    case 0x9C, 0x9E, 0x9F: return QuotationMark(family: .double, facing: .opening, range: range)
    case 0x9D: return QuotationMark(family: .double, facing: .closing, range: range)
    case 0x98, 0x9A, 0x9B: return QuotationMark(family: .single, facing: .opening, range: range)
    case 0x99: return QuotationMark(family: .single, facing: .closing, range: range)
    default: return nil
    }
  }
}
