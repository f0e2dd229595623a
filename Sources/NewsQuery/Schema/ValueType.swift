/// The types of field values, which `.schema` lists and the checker compares.
public enum ValueType: String, Sendable, Hashable {
  case string, number
  case bool = "boolean"
  case date, entity, reference, list
}

/// What the checker knows about a value before it exists: its type, the type of a list's elements,
/// and the collection an entity or reference continues into (so a path can go on after it).
public struct Shape: Sendable, Hashable, CustomStringConvertible {
  public var type: ValueType
  public var element: ValueType?
  public var target: String?

  public init(_ type: ValueType, element: ValueType? = nil, target: String? = nil) {
    self.type = type
    self.element = element
    self.target = target
  }

  static let string = Shape(.string)
  static let number = Shape(.number)
  static let bool = Shape(.bool)
  static let date = Shape(.date)
  static let null = Shape(.string)

  /// The shape of one element: itself for a scalar.
  var scalar: Shape { type == .list ? Shape(element ?? .string, target: target) : self }

  /// `string`, `entity (people, organizations, places, outlets)`, `reference (documents)`, `list of string`,
  /// `list of quotes`.
  public var description: String {
    switch type {
    case .list:
      if let target, element == .reference || element == .entity { return "list of \(target)" }
      return "list of \(element?.rawValue ?? "values")"
    case .entity, .reference:
      guard let target else { return type.rawValue }
      let kinds = target == Catalog.entities.name ? Catalog.entityKinds.map(\.name).joined(separator: ", ") : target
      return "\(type.rawValue) (\(kinds))"
    default: return type.rawValue
    }
  }

  /// Whether the values are lists of items (a person's quotes): such a list counts where a number is expected,
  /// prints as its count, and has no text of its own to compare with a string.
  var countsItems: Bool { type == .list && element == .reference }

  /// `a string`, `an entity`, `a list of strings`, `a count of quotes`: how a message names the type.
  var withArticle: String {
    switch type {
    case .list where countsItems: return "a count of \(target ?? "items")"
    case .list: return "a list of " + (element.flatMap { Self.plurals[$0] } ?? "values")
    case .entity: return "an entity"
    default: return "a " + type.rawValue
    }
  }

  private static let plurals: [ValueType: String] = [
    .string: "strings", .number: "numbers", .bool: "booleans", .date: "dates", .entity: "entities",
    .reference: "items", .list: "lists",
  ]
}
