/// A value of a metadata field that newsq has no column of its own for (`wire`, `section`, `tags`), kept with
/// the type the input gave it, so queries can compare numbers as numbers and look into lists.
///
/// A CSV manifest's cells are all text; the query layer reads a field whose every value is a number or a
/// date as such (see `ExtraFields` in NewsQuery).
public enum MetadataField: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
  case string(String)
  case number(Double)
  case bool(Bool)
  /// A list of scalars, each as text (`["politics", "europe"]`).
  case list([String])

  public init(stringLiteral value: String) { self = .string(value) }

  /// The value as text: a whole number without a decimal point, a list joined with commas.
  public var description: String {
    switch self {
    case .string(let text): return text
    case .number(let number):
      return number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
    case .bool(let flag): return flag ? "true" : "false"
    case .list(let items): return items.joined(separator: ", ")
    }
  }
}
