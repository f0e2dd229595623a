import NewsCorpus

/// The values of an `in [...]` list, hashed the ways `ValueComparison.equal` compares them, so that testing a
/// row costs about as much as one `=` whatever the list's length (a list of 8,000 names once took a minute, and
/// the same names as an `or` chain a tenth of a second). `contains` answers exactly what
/// `values.contains { ValueComparison.holds(.equal, value, $0, context) }` would.
struct ValueSet: Sendable {
  /// Strings as an entity's name forms are stored (folded, single spaces), for an entity compared with them.
  private var names: Set<String> = []
  /// Strings folded, for text compared with them.
  private var texts: Set<String> = []
  /// Numbers and booleans, compared as they are.
  private var others: Set<Value> = []
  /// Dates, and strings that read as dates: a date is a period ("2019" holds every day of it), so a date is
  /// compared with each of these as `=` compares them, not hashed.
  private var dates: [NewsDate] = []

  init(_ values: [Value]) {
    for value in values {
      if case .string(let text) = value {
        names.insert(ValueComparison.normalizedName(text))
        texts.insert(TextFolding.fold(text))
        if let date = DateReader.date(text) { dates.append(date) }
      } else if case .date(let date) = value {
        dates.append(date)
      } else if !value.isNull {
        others.insert(value)
      }
    }
  }

  /// Whether `value` equals one of the values, as `=` decides: a list when one of its elements does.
  func contains(_ value: Value, _ context: QueryContext) -> Bool {
    switch value {
    case .null: return false
    case .list(let elements): return elements.contains { contains($0, context) }
    case .entity(let id, _):
      if let forms = context.index.nameForms(of: id) { return forms.contains(where: names.contains) }
      return texts.contains(TextFolding.fold(context.corpus.entities.name(id)))
    case .string(let text), .item(_, _, let text): return texts.contains(TextFolding.fold(text))
    case .date(let date): return dates.contains { ValueComparison.periods(.equal, date, $0) }
    case .number, .bool: return others.contains(value)
    }
  }
}
