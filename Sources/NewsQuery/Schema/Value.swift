import NewsCorpus

/// A value a query reads from the model or prints in a result.
public enum Value: Sendable, Hashable {
  case null
  case string(String)
  case number(Double)
  case bool(Bool)
  case date(NewsDate)
  /// An entity, printed as its canonical name; comparisons see every name form.
  case entity(id: Int, name: String)
  /// An item of another collection (a document, sentence, paragraph, quotation, mention), printed as its label.
  case item(collection: String, id: Int, label: String)
  case list([Value])

  /// The value as a person reads it in a table; null is empty.
  public var displayText: String {
    switch self {
    case .null: return ""
    case .string(let text): return text
    case .number(let number): return Value.format(number)
    case .bool(let flag): return flag ? "true" : "false"
    case .date(let date): return date.description
    case .entity(_, let name): return name
    case .item(_, _, let label): return label
    case .list(let values): return values.map(\.displayText).joined(separator: "; ")
    }
  }

  /// Whole numbers print without a decimal point; others with at most four decimals.
  public static func format(_ number: Double) -> String {
    if number.rounded() == number, abs(number) < 1e15 { return String(Int(number)) }
    let rounded = (number * 10_000).rounded() / 10_000
    return String(rounded)
  }

  var isNull: Bool { self == .null }
}
