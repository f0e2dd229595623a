/// One statement of a NewsQL script: a query, a named result, or a query to explain.
public struct Statement: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    case query(Query)
    /// `let name = query`: the result is kept under `name`.
    case binding(name: Identifier, query: Query)
    /// `explain query`: the plan, with estimated and actual rows.
    case explain(Query)
  }
  public var kind: Kind
  public var range: SourceRange

  /// The query the statement runs, whatever its kind.
  public var query: Query {
    switch kind {
    case .query(let query), .binding(_, let query), .explain(let query): return query
    }
  }
}

/// `source { clause }`: rows from a collection, a named result or a concordance, shaped clause by clause.
public struct Query: Sendable, Hashable {
  public var source: Source
  public var clauses: [Clause]
  public var range: SourceRange
}

/// Where a query's rows come from.
public struct Source: Sendable, Hashable {
  public indirect enum Kind: Sendable, Hashable {
    /// A collection (`quotes`) or a named result (`russia`); which one is decided when planning.
    case named(Identifier)
    /// `concordance "phrase" [in source] [width N [words]]`.
    case concordance(Concordance)
    /// `collocates of "phrase" [in source] [window N] [by measure]`.
    case collocates(Collocates)
    /// `frequencies of words [in source]`.
    case frequencies(scope: Query?)
  }

  /// A concordance's phrase (words may hold `*` and `?`), where it looks, and how much context it shows.
  public struct Concordance: Sendable, Hashable {
    public var phrase: Literal
    public var scope: Query?
    public var width: Literal?
    /// `width N words` rather than characters.
    public var widthInWords: Bool
  }

  /// What collocates are counted for, where, how near, and how they are scored.
  public struct Collocates: Sendable, Hashable {
    public var phrase: Literal
    public var scope: Query?
    public var window: Literal?
    public var measure: Identifier?
  }
  public var kind: Kind
  public var range: SourceRange
  /// `including boilerplate` after a collection: its page furniture is among the rows (see `Query.includesBoilerplate`).
  public var includesBoilerplate = false
}

/// One clause of a query; each transforms the rows the previous ones produced.
public struct Clause: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    case filter(Expression)
    case show(distinct: Bool, columns: [Projection])
    /// `group by key [as name], …`.
    case group(keys: [Projection])
    case order(keys: [OrderKey])
    /// `top N [by key] [per group, …]`.
    case top(count: Literal, key: OrderKey?, partition: [Expression])
    case limit(count: Literal, offset: Literal?)
    case offset(Literal)
    /// `sample N [seed S]`.
    case sample(count: Literal, seed: Literal?)
    case distinct
    case count
    /// `chart`: the result drawn as bars.
    case chart
    /// `context [sentence | paragraph]`.
    case context(scope: Identifier?)
  }
  public var kind: Kind
  public var range: SourceRange

  /// Every expression the clause holds. The switch has no default, so a new clause must say what it holds,
  /// and rules about the fields a query names (boilerplate) see every clause alike.
  public var expressions: [Expression] {
    switch kind {
    case .filter(let condition): return [condition]
    case .show(_, let columns): return columns.map(\.expression)
    case .group(let keys): return keys.map(\.expression)
    case .order(let keys): return keys.map(\.expression)
    case .top(_, let key, let partition): return (key.map { [$0.expression] } ?? []) + partition
    case .limit, .offset, .sample, .distinct, .count, .chart, .context: return []
    }
  }
}

extension Query {
  /// Whether the rows include page furniture: the source says `including boilerplate`, or some clause —
  /// any clause, `where`, `show`, `group by`, `order by` or `top … by` — names the `boilerplate` field.
  public var includesBoilerplate: Bool {
    source.includesBoilerplate || clauses.contains { $0.expressions.contains { $0.namesField("boilerplate") } }
  }
}

/// A column of `show`: an expression and the name it is printed under.
public struct Projection: Sendable, Hashable {
  public var expression: Expression
  public var alias: Identifier?
}

/// A sort key of `order by` or `top … by`.
public struct OrderKey: Sendable, Hashable {
  public var expression: Expression
  public var isDescending: Bool
}

/// A name in the source (a collection, field or function), with where it was written.
public struct Identifier: Sendable, Hashable {
  public var name: String
  public var range: SourceRange
}

/// A dotted field path: `speaker`, `speaker.affiliation`, `document.outlet`.
public struct FieldPath: Sendable, Hashable {
  public var components: [Identifier]
  public var range: SourceRange { components[0].range.union(components[components.count - 1].range) }
  public var dotted: String { components.map(\.name).joined(separator: ".") }
}

/// A literal value.
public struct Literal: Sendable, Hashable {
  public enum Value: Sendable, Hashable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
  }
  public var value: Value
  public var range: SourceRange

  public init(value: Value, range: SourceRange) {
    self.value = value
    self.range = range
  }

  /// How a message names the literal: `the string "x"`, `the number 3`.
  public var description: String {
    switch value {
    case .string(let text): return "the string \"\(text)\""
    case .number(let number): return "the number \(NewsQuery.Value.format(number))"
    case .bool(let flag): return "the boolean \(flag)"
    case .null: return "null"
    }
  }
}

/// The comparison operators.
public enum ComparisonOperator: String, Sendable, Hashable, CaseIterable {
  case equal = "="
  case notEqual = "!="
  case less = "<"
  case lessEqual = "<="
  case greater = ">"
  case greaterEqual = ">="
}

/// The arithmetic operators, in the precedence groups of the grammar (`*` and `/` bind tighter).
public enum ArithmeticOperator: String, Sendable, Hashable, CaseIterable {
  case add = "+"
  case subtract = "-"
  case multiply = "*"
  case divide = "/"
  /// `||`: the texts of both sides, one after the other.
  case concatenate = "||"
}

/// `when condition then value` of a `case`.
public struct WhenClause: Sendable, Hashable {
  public var condition: Expression
  public var value: Expression
}

/// An expression: a value (path, literal, list, call) or a condition built from them.
public struct Expression: Sendable, Hashable {
  public indirect enum Kind: Sendable, Hashable {
    case path(FieldPath)
    case literal(Literal)
    case regex(pattern: String, flags: String)
    case list([Expression])
    /// `name(args)`, `count`, `count(distinct x)`.
    case call(Identifier, arguments: [Expression], distinct: Bool)
    case comparison(Expression, ComparisonOperator, Expression)
    case arithmetic(Expression, ArithmeticOperator, Expression)
    /// `- x`.
    case negation(Expression)
    /// `x [not] between low and high`.
    case between(Expression, low: Expression, high: Expression, negated: Bool)
    /// `case when … then … [else …] end`.
    case caseWhen([WhenClause], otherwise: Expression?)
    /// `(query)` after `in`, or a named result named after `in`: its rows are the list.
    case subquery(Query)
    /// `exists (query)`.
    case exists(Query)
    case contains(Expression, Expression)
    case matches(Expression, Expression)
    case membership(Expression, list: Expression, negated: Bool)
    case nullTest(Expression, negated: Bool)
    /// Flat, so that a long chain of `and` or `or` does not make a deep tree.
    case and([Expression])
    case or([Expression])
    case not(Expression)
  }
  public var kind: Kind
  public var range: SourceRange

  /// The source text a column is named after when `show` gives no `as` name.
  public var columnName: String {
    switch kind {
    case .path(let path): return path.components[path.components.count - 1].name
    case .call(let name, let arguments, let distinct):
      if arguments.isEmpty { return name.name.lowercased() }
      let inner = arguments.map(\.columnName).joined(separator: ", ")
      return "\(name.name.lowercased())(\(distinct ? "distinct " : "")\(inner))"
    case .literal(let literal) where arguments(of: literal) != nil: return arguments(of: literal) ?? "value"
    default: return "value"
    }
  }

  /// How a literal is written inside a call's column name: `substr(name, 1, 3)`.
  private func arguments(of literal: Literal) -> String? {
    switch literal.value {
    case .number(let number): return NewsQuery.Value.format(number)
    case .string(let text): return "\"\(text)\""
    default: return nil
    }
  }

  /// Whether a path anywhere inside the expression has `field` as one of its components (case-insensitive).
  public func namesField(_ field: String) -> Bool {
    switch kind {
    case .path(let path): return path.components.contains { $0.name.lowercased() == field }
    case .literal, .regex: return false
    case .list(let elements): return elements.contains { $0.namesField(field) }
    case .call(_, let arguments, _): return arguments.contains { $0.namesField(field) }
    case .comparison(let left, _, let right), .contains(let left, let right), .matches(let left, let right),
      .arithmetic(let left, _, let right):
      return left.namesField(field) || right.namesField(field)
    case .membership(let left, let list, _): return left.namesField(field) || list.namesField(field)
    case .nullTest(let operand, _), .not(let operand), .negation(let operand): return operand.namesField(field)
    case .between(let value, let low, let high, _): return [value, low, high].contains { $0.namesField(field) }
    case .caseWhen(let branches, let otherwise):
      return branches.contains { $0.condition.namesField(field) || $0.value.namesField(field) }
        || otherwise?.namesField(field) == true
    case .and(let operands), .or(let operands): return operands.contains { $0.namesField(field) }
    // A query inside a condition reads its own rows: its fields are its own.
    case .subquery, .exists: return false
    }
  }
}
