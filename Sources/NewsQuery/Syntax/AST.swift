/// One statement of a NewsQL script.
public struct Statement: Sendable, Hashable {
  public var query: Query
  public var range: SourceRange
}

/// `collection [where condition]`.
public struct Query: Sendable, Hashable {
  public var collection: Identifier
  public var filter: Expression?
  public var range: SourceRange
}

/// A name in the source (a collection or field), with where it was written.
public struct Identifier: Sendable, Hashable {
  public var name: String
  public var range: SourceRange
}

/// A dotted field path: `speaker`, `speaker.affiliation`.
public struct FieldPath: Sendable, Hashable {
  public var components: [Identifier]
  public var range: SourceRange { components[0].range.union(components[components.count - 1].range) }
  public var dotted: String { components.map(\.name).joined(separator: ".") }
}

/// A literal value in a condition.
public struct Literal: Sendable, Hashable {
  public enum Value: Sendable, Hashable {
    case string(String)
    case number(Double)
  }
  public var value: Value
  public var range: SourceRange
}

/// The comparison operators.
public enum ComparisonOperator: String, Sendable, Hashable, CaseIterable {
  case equal = "=", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
}

/// A boolean condition of a `where` clause.
public struct Expression: Sendable, Hashable {
  public indirect enum Kind: Sendable, Hashable {
    case comparison(FieldPath, ComparisonOperator, Literal)
    case contains(FieldPath, Literal)
    case and(Expression, Expression)
    case or(Expression, Expression)
    case not(Expression)
  }
  public var kind: Kind
  public var range: SourceRange
}
