/// A checked expression: the shape of its values and how to compute them for a row.
struct Compiled: Sendable {
  typealias Evaluator = @Sendable (QueryContext, Row) -> Value
  var shape: Shape
  var evaluate: Evaluator
  /// The literal this came from, for rules that need a constant (contains, in, dates).
  var literal: Literal? = nil
  /// Whether it is `null` written out.
  var isNullLiteral: Bool { literal?.value == .null }

  init(_ shape: Shape, literal: Literal? = nil, evaluate: @escaping Evaluator) {
    self.shape = shape
    self.literal = literal
    self.evaluate = evaluate
  }

  /// Whether the expression is true for a row (null and non-booleans are false).
  func holds(_ context: QueryContext, _ row: Row) -> Bool { evaluate(context, row) == .bool(true) }
}
