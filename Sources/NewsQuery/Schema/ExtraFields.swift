import NewsCorpus

/// The extra metadata of a corpus's documents as typed fields: a field whose every value is a number is a number,
/// every value `true` or `false` a boolean, every value a date a date (read as the loader reads dates); a field
/// with a list anywhere is a list of strings; anything else is a string. Names are made writable in a query:
/// `word count` is `word_count`, and a name taken by a field or keyword gets `meta_` before it (`meta_text`).
enum ExtraFields {
  static func fields(of corpus: Corpus) -> [FieldSchema] {
    var keys: [String] = []
    var seen = Set<String>()
    for document in corpus.documents {
      for key in document.extraMetadata.keys.sorted() where seen.insert(key).inserted { keys.append(key) }
    }
    var taken = Set(Catalog.documents.fields.map { $0.name.lowercased() })
    return keys.map { key in
      let name = writableName(key, taken: taken)
      taken.insert(name.lowercased())
      return field(key: key, name: name, type: type(of: key, in: corpus.documents))
    }
  }

  /// A name a path can write: letters, digits and `_`, not starting with a digit, no keyword and no field's name.
  static func writableName(_ key: String, taken: Set<String>) -> String {
    var name = String(key.map { $0.isLetter || $0.isNumber || $0 == "_" ? $0 : "_" })
    if name.isEmpty || name.first?.isNumber == true { name = "_" + name }
    if Keyword(rawValue: name.lowercased()) != nil || taken.contains(name.lowercased()) { name = "meta_" + name }
    var unique = name
    var suffix = 2
    while taken.contains(unique.lowercased()) {
      unique = "\(name)_\(suffix)"
      suffix += 1
    }
    return unique
  }

  /// The type every value of `key` fits.
  static func type(of key: String, in documents: some Collection<Document>) -> ValueType {
    var (numbers, bools, dates, values) = (true, true, true, 0)
    for document in documents {
      guard let field = document.extraMetadata[key] else { continue }
      switch field {
      case .list: return .list
      case .number: (bools, dates) = (false, false)
      case .bool: (numbers, dates) = (false, false)
      case .string(let text):
        if text.isEmpty { continue }
        numbers = numbers && number(text) != nil
        bools = bools && ["true", "false"].contains(text.lowercased())
        dates = dates && DateReader.date(text) != nil
      }
      values += 1
    }
    if values == 0 { return .string }
    return numbers ? .number : bools ? .bool : dates ? .date : .string
  }

  private static func number(_ text: String) -> Double? {
    Double(text.trimmingCharacters(in: .whitespaces)).flatMap { $0.isFinite ? $0 : nil }
  }

  private static func field(key: String, name: String, type: ValueType) -> FieldSchema {
    let summary = "from the input's \"\(key)\""
    return FieldSchema(
      name: name, type: type, summary: summary, element: type == .list ? .string : nil
    ) { context, id in
      guard let field = context.corpus.documents[id].extraMetadata[key] else { return .null }
      return value(field, as: type)
    }
  }

  static func value(_ field: MetadataField, as type: ValueType) -> Value {
    switch (type, field) {
    case (.list, .list(let items)): return .list(items.map(Value.string))
    case (.list, let scalar): return scalar.description.isEmpty ? .list([]) : .list([.string(scalar.description)])
    case (.number, .number(let number)): return .number(number)
    case (.number, .string(let text)): return number(text).map(Value.number) ?? .null
    case (.bool, .bool(let flag)): return .bool(flag)
    case (.bool, .string(let text)): return text.isEmpty ? .null : .bool(text.lowercased() == "true")
    case (.date, .string(let text)): return DateReader.date(text).map(Value.date) ?? .null
    case (_, let other): return other.description.isEmpty ? .null : .string(other.description)
    }
  }
}
