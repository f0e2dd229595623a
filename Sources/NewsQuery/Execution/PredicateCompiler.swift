import NewsCorpus

/// A compiled condition: whether item `id` of the collection satisfies it.
typealias Predicate = @Sendable (Corpus, Int) -> Bool

/// Checks a `where` condition against a collection's schema and turns it into a predicate.
struct PredicateCompiler {
  let collection: CollectionSchema

  func compile(_ expression: Expression) throws(QueryError) -> Predicate {
    switch expression.kind {
    case .and(let left, let right):
      let lhs = try compile(left)
      let rhs = try compile(right)
      return { lhs($0, $1) && rhs($0, $1) }
    case .or(let left, let right):
      let lhs = try compile(left)
      let rhs = try compile(right)
      return { lhs($0, $1) || rhs($0, $1) }
    case .not(let operand):
      let inner = try compile(operand)
      return { !inner($0, $1) }
    case .contains(let path, let literal):
      let field = try resolve(path)
      guard case .string(let phrase) = literal.value else {
        throw QueryError("'contains' takes a string", at: literal.range)
      }
      return { corpus, id in
        names(of: field.read(corpus, id), in: corpus).contains { TextFolding.containsPhrase($0, phrase) }
      }
    case .comparison(let path, let op, let literal):
      let field = try resolve(path)
      return try comparison(field, op, literal)
    }
  }

  private func resolve(_ path: FieldPath) throws(QueryError) -> FieldSchema {
    guard path.components.count == 1, let field = collection.field(named: path.components[0].name) else {
      throw QueryError(
        "unknown field '\(path.dotted)' in \(collection.name)", at: path.range,
        notes: ["fields: " + collection.fields.map(\.name).joined(separator: ", ")])
    }
    return field
  }

  private func comparison(_ field: FieldSchema, _ op: ComparisonOperator, _ literal: Literal) throws(QueryError)
    -> Predicate
  {
    switch (field.type, literal.value) {
    case (.number, .number(let number)):
      return { corpus, id in
        guard case .number(let value) = field.read(corpus, id) else { return false }
        return Self.holds(op, value, number)
      }
    case (.entity, .string(let name)), (.string, .string(let name)):
      guard op == .equal || op == .notEqual || field.type == .string else {
        throw QueryError("'\(op.rawValue)' cannot compare \(field.type.rawValue) '\(field.name)'", at: literal.range)
      }
      let wanted = TextFolding.fold(name)
      return { corpus, id in
        let value = field.read(corpus, id)
        if op == .equal || op == .notEqual {
          let matches = Self.nameForms(of: value, in: corpus).contains { $0 == wanted }
          return op == .equal ? matches : !matches
        }
        guard case .string(let text) = value else { return false }
        return Self.holds(op, TextFolding.fold(text), wanted)
      }
    case (.date, .string(let text)):
      guard let date = NewsDate(iso: text) else {
        throw QueryError("'\(field.name)' is a date and cannot be compared with the string \"\(text)\"", at: literal.range)
      }
      return { corpus, id in
        guard case .date(let value) = field.read(corpus, id) else { return false }
        return Self.holds(op, value, date)
      }
    default:
      throw QueryError(
        "'\(field.name)' is a \(field.type.rawValue) and cannot be compared with \(describe(literal))",
        at: literal.range)
    }
  }

  private func describe(_ literal: Literal) -> String {
    switch literal.value {
    case .string(let text): return "the string \"\(text)\""
    case .number(let number): return "the number \(Value.format(number))"
    }
  }

  static func holds<T: Comparable>(_ op: ComparisonOperator, _ lhs: T, _ rhs: T) -> Bool {
    switch op {
    case .equal: return lhs == rhs
    case .notEqual: return lhs != rhs
    case .less: return lhs < rhs
    case .lessEqual: return lhs <= rhs
    case .greater: return lhs > rhs
    case .greaterEqual: return lhs >= rhs
    }
  }

  /// The folded forms a value equals: a string itself; an entity every name and the surname of each.
  static func nameForms(of value: Value, in corpus: Corpus) -> [String] {
    switch value {
    case .string(let text): return [TextFolding.fold(text)]
    case .entity(let id, _):
      var forms: [String] = []
      for name in corpus.entities[id].allNames {
        let folded = TextFolding.fold(name)
        forms.append(folded)
        if let last = folded.split(separator: " ").last { forms.append(String(last)) }
      }
      return forms
    default: return []
    }
  }

  private func names(of value: Value, in corpus: Corpus) -> [String] {
    switch value {
    case .string(let text): return [text]
    case .entity(let id, _): return corpus.entities[id].allNames
    default: return []
    }
  }
}
