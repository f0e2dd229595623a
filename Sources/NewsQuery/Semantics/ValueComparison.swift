import NewsCorpus

/// How values compare at run time: text ignoring case and accents, an entity by any of its name forms,
/// a list by any of its elements, dates and numbers by value. Sorting puts nulls last.
enum ValueComparison {
  /// Whether `lhs op rhs` holds. A list holds if any element does (`!=`: if none is equal). A list of whole
  /// documents is long work, so `isCancelled` is asked between its elements; once it says so the answer is
  /// false and the plan step throws.
  static func holds(
    _ op: ComparisonOperator, _ lhs: Value, _ rhs: Value, _ context: QueryContext,
    isCancelled: (@Sendable () -> Bool)? = nil
  ) -> Bool {
    if case .list(let elements) = lhs {
      return any(elements, op, isCancelled: isCancelled) { holds($0, $1, rhs, context) }
    }
    if case .list(let elements) = rhs {
      return any(elements, op, isCancelled: isCancelled) { holds($0, lhs, $1, context) }
    }
    if lhs.isNull || rhs.isNull { return false }
    if case .date(let a) = lhs, case .date(let b) = rhs { return periods(op, a, b) }
    if op == .equal || op == .notEqual {
      return equal(lhs, rhs, context) == (op == .equal)
    }
    guard let order = order(lhs, rhs) else { return false }
    switch op {
    case .less: return order < 0
    case .lessEqual: return order <= 0
    case .greater: return order > 0
    case .greaterEqual: return order >= 0
    default: return false
    }
  }

  /// A list compared with a value: whether some element holds (`!=`: whether no element is equal). Asks
  /// `isCancelled` before each element and answers false at once when it says so.
  private static func any(
    _ elements: [Value], _ op: ComparisonOperator, isCancelled: (@Sendable () -> Bool)? = nil,
    _ test: (ComparisonOperator, Value) -> Bool
  ) -> Bool {
    let tested: ComparisonOperator = op == .notEqual ? .equal : op
    for element in elements {
      if isCancelled?() == true { return false }
      if test(tested, element) { return op != .notEqual }
    }
    return op == .notEqual
  }

  /// Dates are periods (`2022` a year, `2022-01` a month, `2022-01-12` a day): `=` holds when they share a day,
  /// `<` when the left one ends before the right one starts, `<=` unless it starts after the right one ends —
  /// so `date <= "2022-01"` keeps the whole of January and `date = "2022"` the whole year.
  static func periods(_ op: ComparisonOperator, _ a: NewsDate, _ b: NewsDate) -> Bool {
    let before = a.end < b.start
    let after = a.start > b.end
    switch op {
    case .equal: return !before && !after
    case .notEqual: return before || after
    case .less: return before
    case .lessEqual: return !after
    case .greater: return after
    case .greaterEqual: return !before
    }
  }

  /// Equality as queries see it: entity names are alias-aware, text ignores case and accents.
  static func equal(_ lhs: Value, _ rhs: Value, _ context: QueryContext) -> Bool {
    switch (lhs, rhs) {
    case (.entity(let a, _), .entity(let b, _)): return a == b
    case (.entity(let id, _), .string(let name)), (.string(let name), .entity(let id, _)):
      return context.index.knows(entity: id)
        ? context.index.entity(id, isNamed: normalizedName(name))
        : TextFolding.fold(context.corpus.entities.name(id)) == TextFolding.fold(name)
    case (.item(let a, let x, _), .item(let b, let y, _)): return a == b && x == y
    case (.number(let a), .number(let b)): return a == b
    case (.date(let a), .date(let b)): return periods(.equal, a, b)
    case (.bool(let a), .bool(let b)): return a == b
    case (.date(let date), .string(let text)), (.string(let text), .date(let date)):
      return DateReader.date(text).map { periods(.equal, date, $0) } ?? false
    default:
      guard let a = text(lhs), let b = text(rhs) else { return false }
      return TextFolding.fold(a) == TextFolding.fold(b)
    }
  }

  /// Ordering for `<` and sorting: negative, zero or positive; nil when the values do not compare.
  static func order(_ lhs: Value, _ rhs: Value) -> Int? {
    switch (lhs, rhs) {
    case (.number(let a), .number(let b)): return a < b ? -1 : (a > b ? 1 : 0)
    case (.date(let a), .date(let b)): return a < b ? -1 : (a > b ? 1 : 0)
    case (.date(let a), .string(let text)):
      guard let b = DateReader.date(text) else { return nil }
      return a < b ? -1 : (a > b ? 1 : 0)
    case (.bool(let a), .bool(let b)): return a == b ? 0 : (a ? 1 : -1)
    case (.list(let a), .list(let b)): return a.count < b.count ? -1 : (a.count > b.count ? 1 : 0)
    default:
      guard let a = text(lhs), let b = text(rhs) else { return nil }
      let foldedA = TextFolding.fold(a)
      let foldedB = TextFolding.fold(b)
      if foldedA != foldedB { return foldedA < foldedB ? -1 : 1 }
      return a < b ? -1 : (a > b ? 1 : 0)
    }
  }

  /// Sorting order: like `order`, with nulls after every value and mixed types by kind.
  static func sortOrder(_ lhs: Value, _ rhs: Value) -> Int {
    switch (lhs.isNull, rhs.isNull) {
    case (true, true): return 0
    case (true, false): return 1
    case (false, true): return -1
    default: return order(lhs, rhs) ?? (lhs.displayText < rhs.displayText ? -1 : 1)
    }
  }

  /// The text a value is read as, for text comparison and `contains`.
  static func text(_ value: Value) -> String? {
    switch value {
    case .string(let text): return text
    case .entity(_, let name): return name
    case .item(_, _, let label): return label
    default: return nil
    }
  }

  /// The texts `contains` and `matches` look in: an entity's canonical name (its other forms are `aliases`), a
  /// list's every element.
  static func texts(_ value: Value, _ context: QueryContext) -> [String] {
    switch value {
    case .entity(_, let name): return [name]
    case .list(let elements): return elements.flatMap { texts($0, context) }
    default: return text(value).map { [$0] } ?? []
    }
  }

  /// A name as the entity index stores it: folded, single spaces.
  static func normalizedName(_ name: String) -> String {
    TextFolding.fold(name).split(separator: " ").joined(separator: " ")
  }
}
